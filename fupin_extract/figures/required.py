"""The characters a regular expression cannot match without: a text that lacks them needs no scan.

Every exclusion rule scans the whole text; most need a character that many texts do not hold
(年, 月, 道 or 线, x or _ …).  :func:`required_sets` reads a pattern's syntax tree (the standard
library's parser, which reads the syntax the rules use like ``regex`` does) and gives sets of
characters such that every match, with its look-aheads and look-behinds, holds at least one
character of each set.  Where the parser or this reading is unsure (``regex``-only syntax,
case folding, classes like ``\\d`` or ``[^…]``), it gives fewer sets or none, never a wrong one:
a pattern without sets is always scanned.

>>> [sorted(s) for s in required_sets(r"(?<![\\d.])(?:19|20)\\d\\d(?=年|届)")]
[['1', '2'], ['届', '年']]
>>> required_sets(r"\\p{Han}村")
()
>>> may_match(required_sets(r"\\d+\\s*(?:国道|线)"), "修建道路3公里")
False
"""
from __future__ import annotations

import re
from typing import FrozenSet, List, NamedTuple, Optional, Tuple

try:  # the standard library's regular-expression parser (Python 3.11 on) …
    import re._constants as C  # noqa: N812 - the parser's opcode names
    import re._parser as P  # noqa: N812
except ImportError:  # … and its older name (Python 3.10)
    import sre_constants as C  # noqa: N812
    import sre_parse as P  # noqa: N812

#: syntax that only ``regex`` reads (or reads otherwise than ``re``): no sets for such a pattern
_REGEX_ONLY = ("\\p", "\\P", "\\X", "\\N{", "\\m", "\\M", "\\G", "\\K", "(?r", "(?V", "(?f", "(?b", "(?e", "(?p",
               "(?w", "(?|", "(?&", "(?R", "(?(", "[[", "&&", "||", "--", "~~", "{e", "{i", "{d", "{s")
#: a class larger than this is no useful requirement (and ranges are not expanded beyond it)
MAX_SET = 24
_REPEATS = tuple(getattr(C, k) for k in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, k))
#: atomic groups (Python 3.11 on); a parser without them reads no such pattern
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)


def _parsed(pattern: str, flags: int = 0):
    """The parse tree of ``pattern`` by the standard library's parser; None where it cannot tell
    what the pattern matches (case-insensitive, syntax only ``regex`` knows, a parse error)."""
    if flags & re.IGNORECASE or any(t in pattern for t in _REGEX_ONLY):
        return None
    try:
        tree = P.parse(pattern)
    except (re.error, OverflowError, RecursionError):
        return None
    return None if tree.state.flags & re.IGNORECASE else tree


def required_sets(pattern: str, flags: int = 0) -> Tuple[FrozenSet[str], ...]:
    """Sets of characters of which every match of ``pattern`` (and the text its look-arounds
    inspect) holds at least one each; () when nothing is known."""
    tree = _parsed(pattern, flags)
    if tree is None:
        return ()
    sets = list(dict.fromkeys(_sequence(list(tree))))  # without repeats, in pattern order
    return tuple(sorted(sets, key=len)[:4])


def may_match(sets: Tuple[FrozenSet[str], ...], text: str) -> bool:
    """False when ``text`` lacks every character of one of the ``sets``."""
    for s in sets:  # loops, not generators: this runs for every pattern of every text
        for c in s:
            if c in text:
                break
        else:
            return False
    return True


def _sequence(items) -> List[FrozenSet[str]]:
    out: List[FrozenSet[str]] = []
    for op, av in items:
        out += _item(op, av)
    return out


def _item(op, av) -> List[FrozenSet[str]]:
    if op is C.LITERAL:
        return [frozenset(chr(av))]
    if op is C.IN:
        s = _char_class(av)
        return [s] if s is not None else []
    if op in _REPEATS:
        lo, _, sub = av
        return _sequence(list(sub)) if lo >= 1 else []
    if op is C.SUBPATTERN:
        add_flags, sub = av[1], av[3]
        return [] if add_flags & re.IGNORECASE else _sequence(list(sub))
    if _ATOMIC is not None and op is _ATOMIC:
        return _sequence(list(av))
    if op is C.ASSERT:  # a positive look-around: what it inspects is in the text too
        return _sequence(list(av[1]))
    if op is C.BRANCH:
        s = _branches(av[1])
        return [s] if s is not None else []
    return []  # look-arounds that must fail, anchors, any character, categories, back-references


def _branches(branches) -> Optional[FrozenSet[str]]:
    """One of the alternatives matches: the union of one set of each (the smallest)."""
    union: set = set()
    for b in branches:
        sets = _sequence(list(b))
        if not sets:
            return None
        union |= min(sets, key=len)
        if len(union) > MAX_SET:
            return None
    return frozenset(union)


def _char_class(members) -> Optional[FrozenSet[str]]:
    out: set = set()
    for op, av in members:
        if op is C.LITERAL:
            out.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < MAX_SET:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY, a wide range
            return None
    return frozenset(out) if 0 < len(out) <= MAX_SET else None


def start_anchor(pattern: str, flags: int = 0, lookbehind: bool = True) -> Optional[Tuple[str, FrozenSet[str]]]:
    """Where a match of ``pattern`` can start: ``("at", chars)`` — only at one of ``chars``
    (its first character), or ``("after", chars)`` — only right after one of them (a
    look-behind before anything it consumes); None when that is not known.  For rare
    characters, trying the pattern at those places finds what a scan of the whole text finds.
    With ``lookbehind=False`` look-behinds are passed over like other zero-width items (what
    the characters it consumes first are).

    >>> kind, chars = start_anchor(r"(?<=村|社区)\\d+组"); kind, sorted(chars)
    ('after', ['区', '村'])
    >>> kind, chars = start_anchor(r"[GS]\\d{2,4}"); kind, sorted(chars)
    ('at', ['G', 'S'])
    >>> start_anchor(r"\\d+年") is None
    True
    """
    if flags & re.IGNORECASE or any(t in pattern for t in _REGEX_ONLY):
        return None
    try:
        tree = P.parse(pattern)
    except (re.error, OverflowError, RecursionError):
        return None
    if tree.state.flags & (re.IGNORECASE | re.MULTILINE):
        return None
    for op, av in tree:
        if op is C.ASSERT and av[0] < 0 and lookbehind:  # a look-behind: the character before the start
            last = _last_chars(list(av[1]))
            if last is not None:
                return "after", last
        elif op in (C.ASSERT, C.ASSERT_NOT) or (op is C.AT and av is not C.AT_BEGINNING):
            continue  # zero-width: look at what follows
        else:
            first = _first_chars(op, av)
            return ("at", first) if first is not None else None
    return None


def end_chars(pattern: str, flags: int = 0) -> Optional[FrozenSet[str]]:
    """For a pattern that ends with ``$`` (no MULTILINE): the characters a match can end with, the
    last consumed one, so that a text that ends with none of them (and not with a line break,
    before which ``$`` matches too) holds no match; None when that is not known (the pattern does
    not end so, may match nothing, or its syntax is not read here).

    >>> sorted(end_chars(r"(?:贫困户|农户)(?:共|有)?[ \\t]*$"))
    ['\\t', ' ', '共', '户', '有']
    >>> end_chars(r"电[^，。]{0,8}$") is None, end_chars(r"户\\d") is None
    (True, True)
    """
    if flags & (re.IGNORECASE | re.MULTILINE) or any(t in pattern for t in _REGEX_ONLY):
        return None
    try:
        tree = P.parse(pattern)
    except (re.error, OverflowError, RecursionError):
        return None
    items = list(tree)
    if tree.state.flags & (re.IGNORECASE | re.MULTILINE) or not items or items[-1] != (C.AT, C.AT_END):
        return None
    out: set = set()
    for op, av in reversed(items[:-1]):
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the character before it ends the match
        optional = op in _REPEATS and av[0] == 0
        last = _last_chars(list(av[2])) if optional else _last_chars([(op, av)])
        if last is None:
            return None
        out |= last
        if not optional:
            return frozenset(out)
    return None


def _first_chars(op, av) -> Optional[FrozenSet[str]]:
    """The characters a non-empty match of one consuming item starts with; None if unknown
    or if the item may match nothing."""
    if op is C.LITERAL:
        return frozenset(chr(av))
    if op is C.IN:
        return _char_class(av)
    if op in _REPEATS and av[0] >= 1 and av[2]:
        return _first_chars(*list(av[2])[0])
    if op is C.SUBPATTERN and not av[1] & re.IGNORECASE and av[3]:
        return _first_chars(*list(av[3])[0])
    if op is C.BRANCH:
        out: set = set()
        for b in av[1]:
            f = _first_chars(*b[0]) if b else None
            if f is None:
                return None
            out |= f
        return frozenset(out) if len(out) <= MAX_SET else None
    return None


def _last_chars(items) -> Optional[FrozenSet[str]]:
    """The characters a match of the sequence ``items`` (a look-behind's) ends with."""
    if not items:
        return None
    op, av = items[-1]
    if op is C.LITERAL:
        return frozenset(chr(av))
    if op is C.IN:
        return _char_class(av)
    if op in _REPEATS and av[0] >= 1:
        return _last_chars(list(av[2]))
    if op is C.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _last_chars(list(av[3]))
    if op is C.BRANCH:
        out: set = set()
        for b in av[1]:
            f = _last_chars(list(b))
            if f is None:
                return None
            out |= f
        return frozenset(out) if len(out) <= MAX_SET else None
    return None


# --------------------------------------------------------------------------- pairs
# A set of characters is often in every text (年, 县, 到), a character of one set right after a
# character of another much less often (a digit before 洪, a numeral before 户).  A pair is
# (``before``, ``after``): every match holds a character that passes ``before`` immediately
# followed by one of ``after``.  ``before`` is a CharTest: finite characters and the classes
# \d and \s, tested by ``str.isdecimal`` and ``str.isspace`` (which hold for every character the
# regex classes match, and more), any character beyond the BMP counting as both.


class CharTest(NamedTuple):
    chars: FrozenSet[str]
    digit: bool = False
    space: bool = False

    def __call__(self, c: str) -> bool:
        return (c in self.chars or (self.digit and (c.isdecimal() or c > "\uffff"))
                or (self.space and (c.isspace() or c > "\uffff")))


def _union(a: Optional[CharTest], b: Optional[CharTest]) -> Optional[CharTest]:
    if a is None or b is None:
        return None
    return CharTest(a.chars | b.chars, a.digit or b.digit, a.space or b.space)


_EMPTY = CharTest(frozenset())
_CATEGORY_TESTS = {C.CATEGORY_DIGIT: CharTest(frozenset(), digit=True),
                   C.CATEGORY_SPACE: CharTest(frozenset(), space=True)}


def _class_test(members) -> Optional[CharTest]:
    out = _EMPTY
    for op, av in members:
        if op is C.LITERAL:
            out = _union(out, CharTest(frozenset(chr(av))))
        elif op is C.RANGE and av[1] - av[0] < MAX_SET:
            out = _union(out, CharTest(frozenset(chr(c) for c in range(av[0], av[1] + 1))))
        elif op is C.CATEGORY and av in _CATEGORY_TESTS:
            out = _union(out, _CATEGORY_TESTS[av])
        else:  # NEGATE, other categories, a wide range
            return None
    return out


def _ends(items, last: bool) -> Optional[Tuple[CharTest, bool]]:
    """The characters a match of the sequence ``items`` may end with (``last``) or start with,
    and whether it may be empty; None when that is not known."""
    acc = _EMPTY
    for op, av in (reversed(items) if last else items):
        end = _item_ends(op, av, last)
        if end is None:
            return None
        acc = _union(acc, end[0])
        if not end[1]:
            return acc, False
    return acc, True


def _item_ends(op, av, last: bool) -> Optional[Tuple[CharTest, bool]]:
    if op is C.LITERAL:
        return CharTest(frozenset(chr(av))), False
    if op is C.IN:
        t = _class_test(av)
        return (t, False) if t is not None else None
    if op in _REPEATS:
        lo, hi, sub = av
        end = _ends(list(sub), last)
        return (end[0], lo == 0 or end[1]) if end is not None and hi > 0 else None
    if op is C.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _ends(list(av[3]), last)
    if _ATOMIC is not None and op is _ATOMIC:
        return _ends(list(av), last)
    if op is C.BRANCH:
        acc, empty = _EMPTY, False
        for b in av[1]:
            end = _ends(list(b), last)
            if end is None:
                return None
            acc, empty = _union(acc, end[0]), empty or end[1]
        return acc, empty
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return _EMPTY, True  # zero-width: its neighbours are next to each other
    return None


def _text_sequence(tree) -> list:
    """The items whose matches lie next to each other in the text: a look-behind before
    anything is consumed, the consumed items, a look-ahead after everything."""
    items = list(tree)
    head, tail = [], []
    if items and items[0][0] is C.ASSERT and items[0][1][0] < 0:
        head = list(items[0][1][1])
    if items and items[-1][0] is C.ASSERT and items[-1][1][0] > 0:
        tail = list(items[-1][1][1])
    return head + items + tail


def required_pairs(pattern: str, flags: int = 0, most: int = 4) -> Tuple[Tuple[CharTest, FrozenSet[str]], ...]:
    """Pairs (``before``, ``after``) such that every match of ``pattern`` (with the text its
    look-arounds inspect) holds a character passing ``before`` right before one of ``after``;
    the ``most`` with the fewest ``after`` characters, () when none is known.

    >>> [(sorted(b.chars), b.digit, sorted(a)) for b, a in required_pairs(r"\\d[.·]\\d(?=洪|灾)")]
    [([], True, ['.', '·']), ([], True, ['洪', '灾'])]
    >>> pairs_present(required_pairs(r"\\d[.·]\\d(?=洪|灾)"), "7.8日洪水，灾后重建")
    False
    """
    tree = _parsed(pattern, flags)
    if tree is None:
        return ()
    seq = _text_sequence(tree)
    pairs = []
    for k in range(1, len(seq)):
        before, after = _ends(seq[:k], last=True), _ends(seq[k:], last=False)
        if before is None or after is None or before[1] or after[1]:
            continue  # unknown, or a side that may be empty
        a = after[0]
        if a.digit or a.space or not a.chars or len(a.chars) > MAX_SET or (not before[0].chars and not before[0].digit
                                                                          and not before[0].space):
            continue
        pair = (before[0], a.chars)
        if pair not in pairs:
            pairs.append(pair)
    return Pairs(sorted(pairs, key=lambda p: len(p[1]))[:most])


def _class_of(test: CharTest) -> str:
    """The characters that pass ``test`` as the body of a character class of ``re`` (whose
    ``\\d`` and ``\\s`` are ``str.isdecimal`` and ``str.isspace``)."""
    body = "".join("\\" + c if c in "\\]^-[" else c for c in sorted(test.chars))
    if test.digit or test.space:
        body += (r"\d" if test.digit else "") + (r"\s" if test.space else "") + "\U00010000-\U0010ffff"
    return body


class Pairs(tuple):
    """The pairs of :func:`required_pairs`, each with one pattern of the standard library's engine
    per ``after`` character: that character where one passing ``before`` precedes it (the
    engine finds a literal first character fast, and checks the one before in C)."""

    def __new__(cls, pairs):
        self = super().__new__(cls, pairs)
        self.scanners = tuple(tuple(re.compile(re.escape(a) + f"(?<=[{_class_of(before)}]{re.escape(a)})")
                                    for a in sorted(after)) for before, after in self)
        return self


def pairs_present(pairs, text: str) -> bool:
    """False when, for one of the ``pairs``, no character of ``after`` in ``text`` follows a
    character that passes ``before``."""
    scanners = getattr(pairs, "scanners", None)
    if scanners is not None:
        for pair in scanners:  # loops, not generators: this runs for every pattern of every text
            for p in pair:
                if p.search(text, 1) is not None:
                    break
            else:
                return False
        return True
    for (chars, digit, space), after in pairs:  # loops, no calls: this runs for every pattern of every text
        found = False
        for c in after:
            i = text.find(c, 1)
            while i >= 0:
                b = text[i - 1]
                if (b in chars or (digit and (b.isdecimal() or b > "\uffff"))
                        or (space and (b.isspace() or b > "\uffff"))):
                    found = True
                    break
                i = text.find(c, i + 1)
            if found:
                break
        if not found:
            return False
    return True
