"""Shared pieces of the audit: figures with their printed-precision intervals, the text
structure of a report (sentences, ；-segments, clauses, parentheses), and the finding record.

Intervals follow tests/gold/GUIDELINES.md (Relations): every printed number stands for the
values that round to it (``24.3`` → [24.25, 24.35], ``715万元`` → [7145000, 7155000]);
a whole count without multiplier (``36户``) is exact; approximate figures widen their
interval (约 ±5 %; ``50余个`` → [50, 60]; ``以上`` → no upper bound; ``不足`` → [0, v]).
All arithmetic is on :class:`~decimal.Decimal`.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from functools import cached_property
from decimal import Decimal, localcontext
from typing import Dict, List, Optional, Sequence, Tuple

import regex

from fupin_extract.meaning.structure import BLANK_AFTER, blank_paragraphs
from fupin_extract.model import Figure
from fupin_extract.normalise import normalise
from fupin_extract.rules.text import text_rules
from fupin_extract.segment import TextIndex, soft_breaks

ARABIC = regex.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
RATE_UNITS = {"%", "‰", "百分点"}
#: units of a ratio, not a count: a whole number printed in them stands for the values that round to it (增长2倍 →
#: [1.5, 2.5), the guidelines' rounding rule; 36户 is a count and exact)
ROUNDED_UNITS = {"倍"}
APPROX_WIDTH = Decimal("0.05")  # 约/近/左右: ±5 % of the value
_TEXT = text_rules()  # the stop classes of patterns/text.yaml
STRONG_END = set(_TEXT.chars("strong_end"))
_STRONG = _TEXT.regex("strong_end")
_WEAK = _TEXT.regex("weak_end")
_LINE = _TEXT.regex("line_break")
#: a pinyin gloss after a character (鄉(xiāng)): text.yaml phrases.gloss, as the meaning step reads it
GLOSS = _TEXT.phrase("gloss")
WEAK_END = set(_TEXT.chars("weak_end"))
CLAUSE_END = set(_TEXT.chars("clause_mark"))
OPEN = set(_TEXT.chars("open_bracket"))
CLOSE = set(_TEXT.chars("close_bracket"))
INF = None  # an open upper bound


@dataclass(frozen=True)
class Interval:
    lo: Decimal
    hi: Optional[Decimal]  # None = no upper bound

    def __add__(self, o: "Interval") -> "Interval":
        return Interval(self.lo + o.lo, None if self.hi is None or o.hi is None else self.hi + o.hi)

    def scale(self, k: Decimal) -> "Interval":
        return Interval(self.lo * k, None if self.hi is None else self.hi * k)

    @property
    def point(self) -> bool:
        return self.hi is not None and self.hi == self.lo

    def overlaps(self, o: "Interval") -> bool:
        """Half-open intervals [lo, hi) (the values that round to a printed number); exact values are points."""
        if self.point and o.point:
            return self.lo == o.lo
        if self.point:
            return o.lo <= self.lo and (o.hi is None or self.lo < o.hi)
        if o.point:
            return self.lo <= o.lo and (self.hi is None or o.lo < self.hi)
        return (o.hi is None or self.lo < o.hi) and (self.hi is None or o.lo < self.hi)

    @property
    def mid(self) -> Decimal:
        return self.lo if self.hi is None else (self.lo + self.hi) / 2

    @property
    def half(self) -> Optional[Decimal]:
        return None if self.hi is None else (self.hi - self.lo) / 2

    def below(self, o: "Interval") -> bool:
        """Entirely below ``o``."""
        return self.hi is not None and self.hi < o.lo


ZERO = Interval(Decimal(0), Decimal(0))


def divide(a: Interval, b: Interval) -> Optional[Interval]:
    """a / b for non-negative intervals; None when b may be 0."""
    if b.lo <= 0:
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        lo = a.lo / b.hi if b.hi is not None else Decimal(0)
        hi = None if a.hi is None else a.hi / b.lo
    return Interval(lo, hi)


def multiply(a: Interval, b: Interval) -> Interval:
    return Interval(a.lo * b.lo, None if a.hi is None or b.hi is None else a.hi * b.hi)


@dataclass(slots=True)
class Measured(Figure):
    """A :class:`~fupin_extract.model.Figure` as the audit reads it: with the interval of values
    its printed number stands for (``iv``); ``implied`` marks a bare number the audit read as a
    part (its unit taken from its siblings)."""

    iv: Interval = ZERO
    implied: bool = False

    @property
    def span(self) -> List[int]:
        return [self.start, self.end]

    @property
    def exact(self) -> bool:
        return self.qualifier == "exact" and self.value_max is None


def _trailing_zeros(s: str) -> int:
    n = 0
    for c in reversed(s):
        if c != "0":
            break
        n += 1
    return n


def interval_of(text: str, value: Decimal, unit: str, qualifier: str, value_max: Optional[Decimal] = None) -> Interval:
    """The values a printed figure stands for."""
    n = normalise(text)
    m = ARABIC.search(n)
    half = Decimal(0)
    step = Decimal(1)
    if m:
        num = m.group().replace(",", "")
        printed = Decimal(num)
        decimals = len(num.split(".")[1]) if "." in num else 0
        scale = (value / printed) if printed else Decimal(1)
        if decimals or scale != 1 or unit in RATE_UNITS or unit in ROUNDED_UNITS:
            half = Decimal(5).scaleb(-(decimals + 1)) * scale
        step = (Decimal(1).scaleb(-decimals) if decimals else Decimal(10) ** _trailing_zeros(num.split(".")[0])) * scale
    lo, hi = value - half, (value_max if value_max is not None else value) + half
    if qualifier == "approx":
        w = abs(value) * APPROX_WIDTH
        lo, hi = lo - w, hi + w
    elif qualifier == "at_least":
        lo = value
        if any(c in n for c in "余多"):  # 50余个 → [50, 60]; 2100多万元 → [2100万, 2200万]
            hi = value + step
        else:  # 以上, 超过, 至少 → no upper bound
            hi = None
    elif qualifier == "at_most":
        lo = min(Decimal(0), value)
    return Interval(max(lo, Decimal(0)) if value >= 0 else lo, hi)


def fmt(d: Optional[Decimal]) -> Optional[str]:
    """An exact decimal as a plain string (no exponent, no trailing zeros)."""
    if d is None:
        return None
    d = Decimal(d)
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    s = format(d.normalize(), "f")
    return s


def fmt_num(d: Optional[Decimal], places: int = 4) -> str:
    if d is None:
        return "∞"
    q = Decimal(d).quantize(Decimal(1).scaleb(-places)) if d != d.to_integral_value() else Decimal(d)
    return fmt(q)


# --------------------------------------------------------------------------- text structure
#: what ends a line that does not go on in the next one
HARD_END = _TEXT.charset("wrap_sentence_end")  # the meaning step reads the same class
_SPACE = " \t\u3000\r"


def _soft(n: str, i: int) -> bool:
    """The line break at ``i`` is a soft wrap: one break (no blank line), the line before ends on no
    sentence end, and neither line is a heading."""
    k = i - 1
    while k >= 0 and n[k] in _SPACE:
        k -= 1
    j = i + 1
    while j < len(n) and n[j] in _SPACE:
        j += 1
    if k < 0 or j >= len(n) or n[k] in "\n" or n[j] == "\n" or n[k] in HARD_END:
        return False
    heading = _TEXT.heading_regex
    return not (heading.match(n, n.rfind("\n", 0, k) + 1) or heading.match(n, i + 1))


def _wrapped_stop(n: str, i: int) -> Optional[int]:
    """The stop before the single line break at ``i`` when the line after it goes on the paragraph (no
    blank line, no heading after it), else None."""
    k = i - 1
    while k >= 0 and n[k] in _SPACE:
        k -= 1
    if k < 0 or n[k] not in "。！？!?" or BLANK_AFTER.match(n, i + 1):
        return None
    # the heading pattern is anchored (^, not multiline): read the line's start alone
    return None if _TEXT.heading_regex.match(n[i + 1:i + 16]) else k


def soft_unwrapped(n: str) -> str:
    """``n`` with each soft line wrap (剩余\n贫困人口257户, 安置1200\n户) a space: a wrapped line ends no
    sentence nor paragraph.  Same length, so offsets hold."""
    chars = list(n)
    for i, c in enumerate(n):
        if c == "\n" and _soft(n, i):
            chars[i] = " "
    return "".join(chars)


def _wrap_cuts(n: str) -> List[Tuple[int, int]]:
    """The soft line wraps of ``n`` with the white space around them (投工投\n    劳折资, 下\n降了): what a printed
    page's line ends put inside a word or figure, never between two Latin letters."""
    out = []
    for i in (m.start() for m in regex.finditer("\n", n)):
        if not _soft(n, i):
            continue
        k, j = i, i + 1
        while k > 0 and n[k - 1] in _SPACE:
            k -= 1
        while j < len(n) and n[j] in _SPACE:
            j += 1
        if not (n[k - 1].isascii() and n[k - 1].isalpha() and n[j].isascii() and n[j].isalpha()):
            out.append((k, j))
    return out


def _page_wraps(n: str) -> List[Tuple[int, int]]:
    """The soft line wraps of the text structure (segment.soft_breaks: a fixed-width page's lines,
    page furniture between them) and the audit's own (:func:`_wrap_cuts`) that none of those holds."""
    page = soft_breaks(n)
    if not page:
        return _wrap_cuts(n)
    starts = [a for a, _ in page]
    own = []
    for a, b in _wrap_cuts(n):
        k = bisect.bisect_right(starts, b) - 1
        if k < 0 or page[k][1] <= a:
            own.append((a, b))
    return sorted(page + own)


class Glosses:
    """What the rules do not read: the pinyin glosses a site writes after rare characters (鄉(xiāng), 發(fā)生率)
    and the soft line wraps of a printed page (投工投\n劳折资), cut out of the text the rules read so that its cues read
    发生率 and 投工投劳; positions move between that text and the original."""

    def __init__(self, n: str):
        glosses = [(m.start(), m.end()) for m in GLOSS.finditer(n)]
        wraps = [w for w in _page_wraps(n) if not any(a < w[1] and w[0] < b for a, b in glosses)]
        self.cuts = sorted(glosses + wraps)
        self.removed = [0]
        for a, b in self.cuts:
            self.removed.append(self.removed[-1] + b - a)
        self.old_starts = [a for a, _ in self.cuts]
        self.new_starts = [a - r for (a, _), r in zip(self.cuts, self.removed)]

    def cut(self, s: str) -> str:
        """``s`` (of the original's length) without the glosses."""
        if not self.cuts:
            return s
        keep = zip([0] + [b for _, b in self.cuts], [a for a, _ in self.cuts] + [len(s)])
        return "".join(s[a:b] for a, b in keep)

    def inward(self, i: int) -> int:
        """An original position in the text without glosses (a position inside a gloss goes to its start)."""
        k = bisect.bisect_right(self.old_starts, i) - 1
        if k < 0:
            return i
        a, b = self.cuts[k]
        return a - self.removed[k] if i < b else i - self.removed[k + 1]

    def outward(self, j: int, end: bool = False) -> int:
        """A position of the text without glosses in the original: a start goes after a gloss cut there, an
        end stays before it."""
        k = (bisect.bisect_left if end else bisect.bisect_right)(self.new_starts, j)
        return j + self.removed[k]

    def span(self, sp: Optional[List[int]]) -> Optional[List[int]]:
        return None if sp is None else [self.outward(sp[0]), self.outward(sp[1], end=True)]


#: a thousands separator between digits (1,250户): inside a figure it ends no clause
GROUPING = regex.compile(r"(?<=\d)[,，](?=\d{3}(?!\d))")
#: what the rules read in its place (no break, no digit; offsets stay)
JOINER = "\u202f"


def _grouped_digits_joined(n: str, figs: Sequence["Measured"]) -> str:
    """``n`` with the thousands separators inside figures (1,250户, 5,000人) read as no break of a clause."""
    out = None
    for f in figs:
        for m in GROUPING.finditer(n, f.start, f.end):
            out = out if out is not None else list(n)
            out[m.start()] = JOINER
    return n if out is None else "".join(out)


#: the units of a 户/人 pair (58户226人)
PAIR_UNITS = ("户", "人")
#: what may stand between the figures of a 户/人 pair (36户84人, 36户、84人, 36户，84人, 36 户 84 人)
PAIR_GAP = regex.compile(r"[ \t\u3000\u202f]*[、，,]?[ \t\u3000\u202f]*")
_PAIR_MARKS = "、，,"
#: the characters a gap between the figures of one group may hold, once its mark is read (36户, 84人)
PAIR_STRIP = _PAIR_MARKS + " \t\u3000" + JOINER


def _pair_gaps(n: str, figs: Sequence["Measured"]) -> List[Tuple[int, int]]:
    """(index of a pair's first figure, where its mark stands or -1) of every 户/人 pair whose halves stand apart
    (36户、84人, 36户, 84人, 36户 84人)."""
    out = []
    for i, (a, b) in enumerate(zip(figs, figs[1:])):
        if {a.unit, b.unit} != set(PAIR_UNITS) or not a.end < b.start <= a.end + 3 or not PAIR_GAP.fullmatch(n, a.end, b.start):
            continue
        out.append((i, next((k for k in range(a.end, b.start) if n[k] in _PAIR_MARKS), -1)))
    return out


def _pair_gaps_joined(n: str, gaps: Sequence[Tuple[int, int]]) -> str:
    """``n`` with the mark between the figures of a 户/人 pair (36户、84人, 36户，84人) read as no break: a pair is
    one figure of a list whatever separates its halves."""
    if not any(k >= 0 for _, k in gaps):
        return n
    out = list(n)
    for _, k in gaps:
        if k >= 0:
            out[k] = JOINER
    return "".join(out)


def _pair_gaps_closed(figs: Sequence["Measured"], gaps: Sequence[Tuple[int, int]]) -> List["Measured"]:
    """``figs`` with the halves of each pair stretched over the spaces between them (36户 84人, 36户, 84人), so that
    nothing or the mark alone stands between: the pairs as the meaning step's structure reads them."""
    out = list(figs)
    for i, k in gaps:
        a, b = out[i], out[i + 1]
        cut = k if k >= 0 else b.start
        out[i], out[i + 1] = replace(a, end=cut), replace(b, start=k + 1 if k >= 0 else b.start)
    return out


class DocView:
    """A report's text with its figures and boundaries of sentences, segments, clauses, parentheses.

    The rules read the text without its pinyin glosses (:class:`Glosses`): ``text``, ``n`` and the figures'
    offsets are of that text, :meth:`original_finding` takes a finding back to the report's own offsets."""

    def __init__(self, doc: str, text: str, figs: Sequence[Measured]):
        self.doc = doc
        self.original = text
        n0 = normalise(text)
        self.glosses = Glosses(n0)
        if self.glosses.cuts:
            text, n0 = self.glosses.cut(text), self.glosses.cut(n0)
            g = self.glosses
            figs = [replace(f, start=g.inward(f.start), end=g.inward(f.end)) for f in figs]
        self.text = text
        self.figs = sorted(figs, key=lambda f: f.start)
        self.starts = [f.start for f in self.figs]
        #: the text with its marks between the halves of a pair (36户、84人), as the meaning step's structure reads it
        self.n_marked = _grouped_digits_joined(soft_unwrapped(n0), self.figs)
        gaps = _pair_gaps(self.n_marked, self.figs)
        #: the figures with each pair's halves touching its mark (36户 、84人 → 36户 、|84人), for that structure
        self.figs_paired = _pair_gaps_closed(self.figs, gaps)
        self.n = n = _pair_gaps_joined(self.n_marked, gaps)
        self.index = index = TextIndex(n)  # the text's structure, as the other steps find it
        self.strong = [0] + [i + 1 for i in index.positions(_STRONG)]
        self.weak = sorted(set(self.strong) | {i + 1 for i in index.positions(_WEAK)})
        self.paras = [0] + [i + 1 for i in index.positions(_LINE)]
        # parentheses (innermost span containing each position)
        self.parens: List[Tuple[int, int]] = []
        stack: List[int] = []
        for i, c in enumerate(n):
            if c in OPEN:
                stack.append(i)
            elif c in CLOSE and stack:
                self.parens.append((stack.pop(), i + 1))
            elif c == "\n":
                stack.clear()
        self.parens.sort()

    # -- bounds
    @staticmethod
    def _bounds(marks: List[int], pos: int, length: int) -> Tuple[int, int]:
        i = bisect.bisect_right(marks, pos) - 1
        s = marks[i]
        e = marks[i + 1] if i + 1 < len(marks) else length
        return s, e

    def sentence(self, pos: int) -> Tuple[int, int]:
        return self._bounds(self.strong, pos, len(self.n))

    def segment(self, pos: int) -> Tuple[int, int]:
        return self._bounds(self.weak, pos, len(self.n))

    def paragraph(self, pos: int) -> Tuple[int, int]:
        return self._bounds(self.paras, pos, len(self.n))

    def prev_sentence(self, pos: int) -> Optional[Tuple[int, int]]:
        """The sentence before the one holding ``pos``, if it is in the same paragraph (a text whose
        paragraphs blank lines separate goes on across a single break after a stop: :func:`_wrapped_stop`)."""
        s, _ = self.sentence(pos)
        if s == 0:
            return None
        if self.n[s - 1] == "\n":
            k = _wrapped_stop(self.n, s - 1) if self.blank_paragraphs else None
            return None if k is None else self.sentence(k)
        return self.sentence(s - 1)

    @cached_property
    def blank_paragraphs(self) -> bool:
        """Whether blank lines separate the text's paragraphs: most line breaks after a stop have a
        blank line after them (the single ones among them are then a page's wraps)."""
        return blank_paragraphs(self.n)

    def clause_lead(self, pos: int, floor: int = 0) -> str:
        """The words of the clause before ``pos`` (from :meth:`clause_start`, not before ``floor``)."""
        return self.n[self.clause_start(pos, floor):pos]

    def clause_start(self, pos: int, floor: int = 0) -> int:
        i = pos - 1
        while i >= floor:
            c = self.n[i]
            if c in CLAUSE_END or c in WEAK_END or c in STRONG_END:
                return i + 1
            i -= 1
        return floor

    def clause_end(self, pos: int) -> int:
        i = pos
        while i < len(self.n):
            c = self.n[i]
            if c in CLAUSE_END or c in WEAK_END or c in STRONG_END:
                return i
            i += 1
        return i

    def paren_of(self, pos: int) -> Optional[Tuple[int, int]]:
        best = None
        for s, e in self.parens:
            if s > pos:
                break
            if s <= pos < e and (best is None or s > best[0]):
                best = (s, e)
        return best

    def sentence_text(self, pos: int) -> Tuple[int, str]:
        """The sentence of ``pos`` as the report writes it (glosses kept), white space trimmed."""
        s, e = self.sentence(pos)
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1].isspace():
            e -= 1
        if self.glosses.cuts:
            return s, self.original[self.glosses.outward(s):self.glosses.outward(e, end=True)]
        return s, self.text[s:e]

    def original_finding(self, f: "Finding") -> "Finding":
        """``f`` with its spans in the report's own offsets (the glosses put back)."""
        g = self.glosses
        if not g.cuts:
            return f
        return replace(f, total=g.span(f.total), rate=g.span(f.rate),
                       parts=None if f.parts is None else [g.span(p) for p in f.parts])

    # -- figures
    def figs_in(self, s: int, e: int, unit: Optional[str] = None) -> List[Measured]:
        i = bisect.bisect_left(self.starts, s)
        out = []
        while i < len(self.figs) and self.figs[i].start < e:
            f = self.figs[i]
            if f.end <= e and (unit is None or f.unit == unit):
                out.append(f)
            i += 1
        return out

    def fig_at(self, pos: int) -> Optional[Measured]:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.figs[i].start <= pos < self.figs[i].end:
            return self.figs[i]
        return None

    def touching(self, a: Measured, b: Measured) -> bool:
        """``b`` follows ``a`` with nothing but a pair's gap between (36户84人, 36户、84人 once joined, 36 户 84 人)."""
        return a.end <= b.start and all(c in " \t\u3000" + JOINER for c in self.n[a.end:b.start])

    def fig_before(self, f: Measured) -> Optional[Measured]:
        """The figure that touches ``f`` from before (:meth:`touching`), if any."""
        i = bisect.bisect_left(self.starts, f.start) - 1
        return self.figs[i] if i >= 0 and self.touching(self.figs[i], f) else None

    def fig_after(self, f: Measured) -> Optional[Measured]:
        """The figure that ``f`` touches from before (:meth:`touching`), if any."""
        i = bisect.bisect_right(self.starts, f.start)
        return self.figs[i] if i < len(self.figs) and self.touching(f, self.figs[i]) else None

    def next_fig(self, pos: int, limit: int) -> Optional[Measured]:
        i = bisect.bisect_left(self.starts, pos)
        if i < len(self.figs) and self.figs[i].start < limit:
            return self.figs[i]
        return None


# --------------------------------------------------------------------------- findings
@dataclass
class Finding:
    doc: str
    kind: str
    rule: str
    holds: Optional[bool]
    explanation: str
    severity: str = "info"
    total: Optional[List[int]] = None
    parts: Optional[List[List[int]]] = None
    rate: Optional[List[int]] = None
    stated: Optional[str] = None
    recomputed: Optional[str] = None
    difference: Optional[str] = None
    tolerance: Optional[str] = None
    sentence: Optional[str] = None
    unit: Optional[str] = None
    other_doc: Optional[str] = None
    confidence: Optional[float] = None  # how sure the reading of the structure is, 0..1
    structure: Optional[str] = None  # the structural rule that produced the finding, in words

    def key(self) -> tuple:
        return (self.doc, self.kind, tuple(self.total or ()), tuple(tuple(p) for p in self.parts or ()),
                tuple(self.rate or ()))


def compare_fields(stated: Interval, recomputed: Interval, stated_value: Decimal) -> Dict[str, Optional[str]]:
    """stated, recomputed (midpoint), difference and tolerance (sum of half-widths) as exact strings."""
    rec = recomputed.mid
    diff = rec - stated_value
    hs, hr = stated.half, recomputed.half
    tol = None if hs is None or hr is None else hs + hr
    return {"stated": fmt(stated_value), "recomputed": fmt(rec), "difference": fmt(diff),
            "tolerance": "inf" if tol is None else fmt(tol)}


def quote(f: Measured) -> str:
    return f"“{f.text}”"
