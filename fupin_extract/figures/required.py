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
from typing import FrozenSet, List, Optional, Tuple

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


def required_sets(pattern: str, flags: int = 0) -> Tuple[FrozenSet[str], ...]:
    """Sets of characters of which every match of ``pattern`` (and the text its look-arounds
    inspect) holds at least one each; () when nothing is known."""
    if flags & re.IGNORECASE or any(t in pattern for t in _REGEX_ONLY):
        return ()
    try:
        tree = P.parse(pattern)
    except (re.error, OverflowError, RecursionError):
        return ()
    if tree.state.flags & re.IGNORECASE:
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
