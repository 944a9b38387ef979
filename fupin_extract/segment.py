"""The structure of a text: sentences, clauses, enumeration items, headings, chunks, and words.

:class:`TextIndex` is one document's structure, built once from the classes of
``patterns/text.yaml`` (offsets index the text it was built on, which is the original text's
normalised copy, so they index the original too): sentences (cut after ``sentence_end``),
clauses (cut after ``figure_clause_end``), enumeration items (the ``、``-separated items of a
meaning clause that holds a list), headings (lines that open with a heading shape), and the
chunks a long text is searched in.  Lists and headings are found on first use.

Words come from jieba's dictionary and algorithm plus the domain user dictionary in
``patterns/dictionary.txt``: by default through rjieba (the same dictionary and algorithm
in Rust, ~20× faster), falling back to jieba itself.  Only the clauses around figures are
segmented on the batch path; :func:`tokens` segments any text on demand.
"""
from __future__ import annotations

import bisect
from functools import cached_property, lru_cache
from typing import List, NamedTuple, Sequence, Tuple

import regex

from fupin_extract.rules.loader import load_patterns
from fupin_extract.rules.text import TextRules, text_rules

_TEXT = text_rules()
SENTENCE_END = _TEXT.regex("sentence_end", run=True)
CLAUSE_END = _TEXT.regex("figure_clause_end")
#: a chunk of a long text ends after one of these (a sentence stop, not a line break) …
HARD_STOPS = _TEXT.chars("chunk_cut")
#: … and the stops and line breaks that follow it
STOP_RUN = frozenset(_TEXT.chars("sentence_end"))
#: a run of this many characters without a clause stop (，、。；…) is cut for the meaning step
#: (a 10 MB line of figures without a comma made that step quadratic in memory and time)
MAX_CLAUSE = 200
CLAUSE_RUN = regex.compile(_TEXT.bracket("clause_end", negate=True) + "+")
LONG_RUN = regex.compile(_TEXT.bracket("clause_end", negate=True) + "{%d,}" % (MAX_CLAUSE + 1))
_LIST_CLAUSE = regex.compile(_TEXT.bracket("meaning_clause", negate=True) + "+")
_ITEM_SEP = _TEXT.regex("enumeration_comma")
_HEADING_LINE = regex.compile(_TEXT.heading_regex.pattern, regex.MULTILINE)
_SHAPES = tuple((s.name, regex.compile(s.pattern)) for s in _TEXT.heading_shapes)
_INDENT = regex.compile(_TEXT.heading_indent)
#: soft line wraps (text.yaml ``wrap``): what a line ends on when it ends its sentence, a title line
TITLE_LINE = _TEXT.phrase("title_line")
_HARD_END = _TEXT.charset("wrap_sentence_end")
_OWN_LINE = regex.compile(_TEXT.wrap.own_line)
_PAGE_LINE = regex.compile(_TEXT.wrap.page_line)
_SHAPE_AT = regex.compile("|".join(f"(?:{s.pattern})" for s in _TEXT.heading_shapes))
_CLAUSE_MARKS = frozenset("，,、；;：:。")
#: white space between the cells of a table row or a field line (one or more gaps, one wide gap)
_CELL_GAP = regex.compile(r"[ \t\u3000]+")
_WIDE_GAP = regex.compile(r"[ \t\u3000]{2,}|\t")
#: a row that ends on two cells with numbers (2016年 120 460)
_LATIN_END, _LATIN_START = regex.compile(r"[A-Za-z]{2}$"), regex.compile(r"[A-Za-z]{2}")
#: a field's label opening a line (上一篇：, 来源：): such a line tells nothing of the page's width
_LABEL = regex.compile(r"[\u4e00-\u9fff]{2,5}[：:]")
#: a space between two Han characters: a page's banner, a byline, a title with its series name
#: (中共X县委 X县人民政府 主办, 原创 陈静 山乡巨变): such a line tells nothing of the page's width either
_HAN_GAP = regex.compile(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]")
#: a letter-spaced line is at most this long, and this share of its pieces are one character
_SPACED_MAX, _SPACED_SHARE = 80, 0.7
_LAST_CELL = regex.compile(r"[ \t\u3000]\S*\d\S*[ \t\u3000]+[-+]?\d+(?:\.\d+)?%?$")
_SPACE = " \t\u3000\r\xa0\f"
#: a running header or footer beside a page number line is at most this long
_HEADER_MAX = 40
#: a text is double-spaced when one blank line stands in this share of its (at least so many) line breaks
_DOUBLE_SHARE, _DOUBLE_MIN = 0.8, 4


#: an ordinal with a comma after a sentence stop inside a line (…已全部销号。第三，国家反馈…): a text
#: that enumerates so inside its paragraphs writes 第X， at a line's start as an enumerator too
_INLINE_ORDINAL = regex.compile(r"[。；;！？!?][ \t\u3000]*第[一二三四五六七八九十]{1,3}[，、,]")


class Heading(NamedTuple):
    start: int  # the line's first character
    end: int  # the line's end (before its line break)
    shape: str  # the name of its shape in text.yaml (arabic, chinese, chinese_bracketed)


def _starts_after(pattern, text: str) -> List[int]:
    """0 and the end of every match: the starts of the pieces the pattern cuts ``text`` into."""
    return [0] + [m.end() for m in pattern.finditer(text)]


def find_all(text: str, sub: str) -> List[int]:
    """Where ``sub`` starts in ``text``, every occurrence (overlapping ones too), in order."""
    out, i = [], text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


class _Line(NamedTuple):
    start: int  # the first character that is no white space
    end: int  # after the last such character (start == end: a blank line)
    indent: int  # white space before ``start``


def _lines(text: str) -> List[_Line]:
    """Every line of ``text`` trimmed of white space (linear: one find per line)."""
    out, pos, size = [], 0, len(text)
    while True:
        nl = text.find("\n", pos)
        end = size if nl < 0 else nl
        line = text[pos:end]
        body = line.strip(_SPACE)
        lead = len(line) - len(line.lstrip(_SPACE))
        out.append(_Line(pos + lead, pos + lead + len(body), lead))
        if nl < 0:
            return out
        pos = nl + 1


def _furniture(text: str, lines: List[_Line], width: float) -> List[bool]:
    """Which lines are a page's furniture: a page number line (``- 3 -``, ``第3页 共9页``: text.yaml
    ``wrap.page_line``) and a running header or footer next to it (one short line on either side,
    blank lines skipped, that ends no sentence and is no heading: shorter than ``full_ratio`` of the
    page's width).  Local to the page break."""
    out = [ln.start < ln.end <= ln.start + _HEADER_MAX and _PAGE_LINE.fullmatch(text, ln.start, ln.end) is not None
           for ln in lines]  # (a long line that opens with 第1页 is a page's text run into its number)
    for i in [k for k, page in enumerate(out) if page]:
        for step in (-1, 1):
            j = _nonblank(lines, i + step, step)
            if j is not None and not out[j] and _running_line(text, lines[j], width):
                out[j] = True
    return out


def _nonblank(lines: List[_Line], j: int, step: int) -> "int | None":
    while 0 <= j < len(lines) and lines[j].start == lines[j].end:
        j += step
    return j if 0 <= j < len(lines) else None


def _running_line(text: str, ln: _Line, width: float) -> bool:
    """A line beside a page number is a running header or footer: it ends no sentence, is no
    heading and is short (below ``full_ratio`` of the page's width, at most 40 characters)."""
    if text[ln.end - 1] in _HARD_END or _heading_at(text, ln.start):
        return False
    return ln.end - ln.start <= min(_HEADER_MAX, _TEXT.wrap.full_ratio * width)


def _heading_at(text: str, pos: int) -> bool:
    """A heading's number at ``pos`` (not the 12. of 12.5万元)."""
    m = _SHAPE_AT.match(text, pos)
    return m is not None and not (text[m.end() - 1] in ".．" and m.end() < len(text) and text[m.end()].isdigit())


def _ends_paragraph(text: str, line: _Line, width: float, block: bool) -> bool:
    """Whether ``line`` ends its paragraph whatever follows: it is short (shorter than
    ``full_ratio`` × ``width``, the page's width), ends on a sentence stop (but inside a ``block``:
    a full line, no longer than the page's width, after a wrapped one, where the width, not the
    paragraph, ended the line), is
    a title, or is a heading (a numbered line without a clause mark, of at most 40 characters)."""
    a, b = line.start, line.end
    size = b - a
    full = _TEXT.wrap.full_ratio * width <= size
    if not full or text[b - 1] in _HARD_END and not (block and size * _TEXT.wrap.full_ratio <= width):
        return True
    if _stands_alone(text, line):
        return True
    m = _SHAPE_AT.match(text, a)
    return m is not None and _heading_at(text, a) and size <= 40 and not any(c in _CLAUSE_MARKS for c in text[m.end():b])


def _page_width(text: str, lines: List[_Line], gap: int) -> "float | None":
    """The width a page broke its lines at, when it did: the median length of the lines that may be
    wrapped (at least ``wrap.min_width`` long, ending on no sentence stop, no label first, no space between
    two Han characters, text within ``gap`` lines
    after, a blank line or two between), when at least ``wrap.min_lines`` of them, ``wrap.share`` of
    them and ``wrap.line_share`` of all text lines lie within ``1 - full_ratio`` of it; None for a
    text whose lines are paragraphs, titles, menus and footers."""
    W = _TEXT.wrap
    sizes = []
    for i, ln in enumerate(lines[:-1]):
        size = ln.end - ln.start
        if size >= W.min_width and text[ln.end - 1] not in _HARD_END and not _stands_alone(text, ln) and \
                not _LABEL.match(text, ln.start, ln.end) and not _HAN_GAP.search(text, ln.start, ln.end) and \
                any(x.end > x.start for x in lines[i + 1:i + 3 + gap]):
            sizes.append(size)
    if len(sizes) < W.min_lines:
        return None
    sizes.sort()
    width = sizes[len(sizes) // 2]
    near = sum(1 for x in sizes if abs(x - width) <= (1 - W.full_ratio) * width)
    text_lines = sum(1 for ln in lines if ln.end > ln.start)
    return width if near >= max(W.min_lines, W.share * len(sizes), W.line_share * text_lines) else None


def _stands_alone(text: str, line: _Line) -> bool:
    """A line that is no piece of a wrapped paragraph: a title, a line that stands alone (a date, a
    page number), a table row (white space between its cells, numbers in the last two: 2016年 120 460) or
    a field line (a wide gap: 扶贫开发局编  2019年6月5日) or a letter-spaced line (基 本 情 况)."""
    a, b = line.start, line.end
    if TITLE_LINE.search(text, a, b) or _OWN_LINE.fullmatch(text, a, b) or _PAGE_LINE.fullmatch(text, a, b):
        return True
    if _WIDE_GAP.search(text, a, b) is not None or _letter_gaps(text, line):
        return True
    return len(_CELL_GAP.findall(text, a, b)) >= 2 and _LAST_CELL.search(text, a, b) is not None


def _next_stands_alone(text: str, line: _Line, before: _Line) -> bool:
    """Whether ``line`` opens a paragraph of its own after ``before``: a heading, a line that
    stands alone (a date), or a line indented deeper than ``before`` (a new paragraph's indent)."""
    if _heading_at(text, line.start) or _stands_alone(text, line):
        return True
    return line.indent > before.indent + 1


def soft_breaks(text: str) -> List[Tuple[int, int]]:
    """The soft line breaks of ``text`` with the white space around them, as (start, end) spans:
    where a fixed-width page broke a paragraph (text.yaml ``wrap``).  A break is soft when the line
    before does not end its paragraph (:func:`_ends_paragraph`), the line after does not open one
    (:func:`_next_stands_alone`) and only page furniture (a page number, a running header) stands
    between them; never between two Latin words.  Linear: each line is looked at a few times."""
    lines = _lines(text)
    double = _double_spaced(lines)
    width = _page_width(text, lines, int(double))
    out: List[Tuple[int, int]] = []
    if width is None:
        return out
    furniture = _furniture(text, lines, width)
    for i, line in enumerate(lines[:-1]):
        if line.end > line.start and not furniture[i]:
            j = _next_body(lines, furniture, i, double)
            block = bool(out) and out[-1][1] == line.start  # the line goes on a wrapped one
            if j is not None and _soft_between(text, line, lines[j], width, block):
                out.append((line.end, lines[j].start))
    return out


def _double_spaced(lines: List[_Line]) -> bool:
    """Whether a blank line follows (nearly) every line: a word processor's paragraph spacing, where
    one blank line is the document's line break, not a paragraph's end."""
    gaps = spaced = 0
    run = -1  # blank lines since the last text line (-1: no text line yet)
    for ln in lines:
        if ln.start == ln.end:
            run += run >= 0
            continue
        if run >= 0:
            gaps += 1
            spaced += run >= 1
        run = 0
    return gaps >= _DOUBLE_MIN and spaced >= _DOUBLE_SHARE * gaps


def _next_body(lines: List[_Line], furniture: List[bool], i: int, double: bool) -> "int | None":
    """The next line after ``i`` that is text: right after it (after one blank line in a
    ``double``-spaced text), or after page furniture and the blank lines around it (other blank
    lines alone are a paragraph break: None)."""
    j, skipped = i + 1, False
    while j < len(lines) and (lines[j].start == lines[j].end or furniture[j]):
        skipped = skipped or furniture[j]
        j += 1
    if j >= len(lines) or (j > i + 1 + double and not skipped):
        return None
    return j


def _soft_between(text: str, line: _Line, nxt: _Line, width: float, block: bool) -> bool:
    if _ends_paragraph(text, line, width, block) or _next_stands_alone(text, nxt, line):
        return False
    # never between two Latin words (a space there); a placeholder or an abbreviation goes on (20x\nx年)
    return not (_LATIN_END.search(text, line.start, line.end) and _LATIN_START.match(text, nxt.start, nxt.end))


#: a space before a heading's number on a flattened page (a line this long: paragraphs run together)
_BEFORE_HEADING = regex.compile(r"[ \t\u3000]+(?=(?:" + _SHAPE_AT.pattern + r")(?![\d]))")
_HEADING_STOPS = frozenset("。！？；;!?：:")

_TITLE_END = regex.compile(r"[^ \t\u3000。！？；;!?，,]{1,40}?([ \t\u3000])")


def lost_breaks(text: str) -> List[int]:
    """Where a flattened page (its paragraphs and headings run together on one long line, the line
    breaks spaces: ``…脱贫。 二、基本情况 全村…``) lost a line break: the space before a heading's
    number after a sentence stop or after the heading before, and the space after the heading's
    title (at most 40 characters, no stop or comma).  Only on lines of ``wrap.run_on`` characters
    or more; the meaning step reads a line break there (one character for one)."""
    out: List[int] = []
    ends = set()  # where a heading's title ended (a heading may follow right after)
    for ln in _lines(text):
        if ln.end - ln.start < _TEXT.wrap.run_on:
            continue
        for m in _BEFORE_HEADING.finditer(text, ln.start, ln.end):
            a = m.start()
            if not (text[a - 1] in _HEADING_STOPS or a in ends):
                continue
            out.append(a)
            t = _TITLE_END.match(text, m.end(), ln.end)
            if t is not None:
                out.append(t.start(1))
                ends.add(t.start(1))
    return out


def double_spacing(text: str, soft: "Sequence[Tuple[int, int]] | None" = None) -> List[Tuple[int, int]]:
    """In a double-spaced text (a blank line after nearly every line: a word processor's paragraph
    spacing), one blank line of each gap between text lines that is no soft wrap, as the (start,
    end) span of one line break and the white space before it: without them the text reads as
    written single-spaced (剩余\n\n贫困人口 a wrap, 。\n\n\n\n a blank line).  ``soft``: the text's soft
    wraps when known."""
    lines = _lines(text)
    if not _double_spaced(lines):
        return []
    soft = {a for a, _ in (soft_breaks(text) if soft is None else soft)}
    out = []
    for i, ln in enumerate(lines[:-1]):
        if ln.end > ln.start and lines[i + 1].start == lines[i + 1].end and ln.end not in soft:
            k = text.find("\n", ln.end)
            out.append((ln.end, k + 1))  # the line's own break (and what stood before it) goes
    return out


def _letter_gaps(text: str, ln: _Line) -> List[Tuple[int, int]]:
    """The gaps of a letter-spaced line (脱 贫 攻 坚, 一、基 本 情 况: at least four pieces, nearly all
    of one character, one space between), else none."""
    size = ln.end - ln.start
    if not 4 <= size <= _SPACED_MAX or not _CELL_GAP.search(text, ln.start, ln.end):
        return []
    gaps = [m.span() for m in _CELL_GAP.finditer(text, ln.start, ln.end)]
    pieces = [b - a for a, b in zip([ln.start] + [g[1] for g in gaps], [g[0] for g in gaps] + [ln.end])]
    if len(pieces) < 4 or sum(p == 1 for p in pieces) < _SPACED_SHARE * len(pieces):
        return []
    return [g for g in gaps if g[1] - g[0] == 1]


def letter_spaces(text: str) -> List[Tuple[int, int]]:
    """The spaces of the letter-spaced lines of ``text`` (an OCR's or a designer's heading, 基 本 情
    况), as (start, end) spans: the meaning step reads those lines without them."""
    out: List[Tuple[int, int]] = []
    for ln in _lines(text):
        out.extend(_letter_gaps(text, ln))
    return out


def with_breaks(text: str, positions: Sequence[int]) -> str:
    """``text`` with a line break at each of ``positions`` (white space there; same length)."""
    if not positions:
        return text
    chars = list(text)
    for p in positions:
        chars[p] = "\n"
    return "".join(chars)


class TextIndex:
    """One text's structure, offsets into it (see the module's docstring).

    ``around(pos)`` is the sentence of a position as the figures table gives it (leading white
    space and trailing line breaks trimmed, the stop kept).
    """

    def __init__(self, text: str, rules: TextRules = None, soft: "Sequence[Tuple[int, int]] | None" = None):
        self.text = text
        self.rules = rules or _TEXT
        self._positions: dict = {}  # stop pattern → where its matches start
        self._soft = soft  # the soft wraps when the caller knows them (a chunk: its document's)

    @cached_property
    def soft_breaks(self) -> List[Tuple[int, int]]:
        """The soft line wraps with the white space around them (:func:`soft_breaks`; for a chunk of
        a text, those of the whole text that lie in it, as the caller gave them)."""
        return list(self._soft) if self._soft is not None else soft_breaks(self.text)

    def read_across(self, pos: int, reach: int) -> "str | None":
        """The ``reach`` characters from ``pos`` with the soft wraps among them cut out (16个村民\n小组
        reads 村民小组), or None when no soft wrap starts there (read the text itself)."""
        soft = self.soft_breaks
        i = bisect.bisect_left(soft, (pos, pos))
        if i >= len(soft) or soft[i][0] >= pos + reach:
            return None
        out, last, end = [], pos, pos + reach
        while i < len(soft) and soft[i][0] < end:
            a, b = soft[i]
            out.append(self.text[last:a])
            last, end = b, end + (b - a)
            i += 1
        out.append(self.text[last:end])
        return "".join(out)

    def soft_within(self, a: int, b: int, shift: int = 0) -> List[Tuple[int, int]]:
        """The soft wraps inside ``[a, b)``, moved by ``shift`` (for a chunk's own index)."""
        soft = self.soft_breaks
        i, k = bisect.bisect_left(soft, (a, a)), bisect.bisect_left(soft, (b, b))
        return [(x + shift, y + shift) for x, y in soft[i:k] if y <= b]

    @cached_property
    def letter_spaces(self) -> List[Tuple[int, int]]:
        """The spaces of letter-spaced lines (:func:`letter_spaces`)."""
        return letter_spaces(self.text)

    @cached_property
    def double_spacing(self) -> List[Tuple[int, int]]:
        """One blank line of each gap of a double-spaced text (:func:`double_spacing`)."""
        return double_spacing(self.text, self.soft_breaks)

    @cached_property
    def lost_breaks(self) -> List[int]:
        """Where a flattened page lost a line break (:func:`lost_breaks`)."""
        return lost_breaks(self.text)

    @cached_property
    def _soft_lines(self) -> frozenset:
        """The line breaks inside the soft wraps."""
        out = set()
        for a, b in self.soft_breaks:
            k = self.text.find("\n", a, b)
            while k >= 0:
                out.add(k)
                k = self.text.find("\n", k + 1, b)
        return frozenset(out)

    def _across_wraps(self, starts: List[int], stops: str) -> List[int]:
        """``starts`` without those made by a soft wrap alone (its line break the whole stop run)."""
        soft = self._soft_lines
        if not soft:
            return starts
        return [s for s in starts if not (s - 1 in soft and self._wrap_run(s - 1, stops, soft))]

    def _wrap_run(self, k: int, stops: str, soft: frozenset) -> bool:
        """Whether the run of ``stops`` that ends at ``k`` is soft line breaks only."""
        t = self.text
        while k >= 0 and t[k] in stops:
            if t[k] != "\n" or k not in soft:
                return False
            k -= 1
        return True

    @cached_property
    def starts(self) -> List[int]:
        """Where each sentence starts (0, then after every run of ``sentence_end`` but a soft wrap)."""
        return self._across_wraps(_starts_after(self.rules.regex("sentence_end", run=True), self.text),
                                  self.rules.chars("sentence_end"))

    # ------------------------------------------------------------ sentences
    def around(self, pos: int) -> Tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        start = self.starts[i]
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        # trim leading white space, keep the terminator
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1] == "\n":
            end -= 1
        return start, end

    @property
    def sentences(self) -> List[Tuple[int, int]]:
        """Every non-empty sentence, trimmed as :meth:`around` trims it."""
        spans = (self.around(a) for a in self.starts if a < len(self.text))
        return [s for s in dict.fromkeys(spans) if s[1] > s[0]]

    # ------------------------------------------------------------ clauses
    @cached_property
    def clause_starts(self) -> List[int]:
        return self._across_wraps(_starts_after(self.rules.regex("figure_clause_end", run=True), self.text),
                                  self.rules.chars("figure_clause_end"))

    def clause_at(self, pos: int) -> Tuple[int, int]:
        """The clause that holds ``pos``: from after the previous run of clause stops to after the
        next (for a position that is no stop, the start is :func:`clause_start`'s)."""
        cs = self.clause_starts
        i = bisect.bisect_right(cs, pos) - 1
        return cs[i], cs[i + 1] if i + 1 < len(cs) else len(self.text)

    # ------------------------------------------------------------ enumerations
    @cached_property
    def enumerations(self) -> List[List[Tuple[int, int]]]:
        """The items of every list: the ``、``-separated pieces of a meaning clause that has a ``、``
        (上徐村、金黄村、琼溪村 → three items; the separators are not part of the items, and the
        ``、`` of a heading's number is none)."""
        heading_marks = {m.end() - 1 for m in _HEADING_LINE.finditer(self.text)}  # 一、 is no list
        out = []
        for m in _LIST_CLAUSE.finditer(self.text):
            a, b = m.span()
            if self.text.find("、", a, b) < 0:
                continue
            items, x = [], a
            for sep in _ITEM_SEP.finditer(self.text, a, b):
                if sep.start() not in heading_marks:
                    items.append((x, sep.start()))
                    x = sep.end()
            if items:
                out.append(items + [(x, b)])
        return out

    # ------------------------------------------------------------ stops
    def positions(self, stop: "regex.Pattern") -> List[int]:
        """Where every match of ``stop`` (a stop class of text.yaml) starts, found once per
        pattern and kept: the later steps' clause and sentence searches read these."""
        pos = self._positions.get(stop.pattern)
        if pos is None:
            pos = [m.start() for m in stop.finditer(self.text)]
            self._positions[stop.pattern] = pos
        return pos

    # ------------------------------------------------------------ headings
    @cached_property
    def headings(self) -> List[Heading]:
        out = []
        inline = _INLINE_ORDINAL.search(self.text) is not None
        for m in _HEADING_LINE.finditer(self.text):
            end = self.text.find("\n", m.start())
            num = _INDENT.match(self.text, m.start()).end()
            shape, p = next((name, p) for name, p in _SHAPES if p.match(self.text, num))
            if inline and shape == "ordinal" and self.text[p.match(self.text, num).end() - 1] in "，、,":
                continue  # 第一，… 第二，… inside paragraphs: an enumerator of this text, not a heading
            out.append(Heading(m.start(), len(self.text) if end < 0 else end, shape))
        return out

    # ------------------------------------------------------------ chunks
    def chunks(self, size: int) -> List[Tuple[int, int]]:
        return chunk_bounds(self.text, size)


#: the name :mod:`fupin_extract.figures` has used: a text's sentences
Sentences = TextIndex


def clause_start(text: str, pos: int, floor: int = 0) -> int:
    """Start of the clause that contains ``pos`` (after the previous comma, colon …)."""
    i = pos - 1
    while i >= floor:
        if CLAUSE_END.match(text, i):
            return i + 1
        i -= 1
    return floor


def chunk_bounds(n: str, size: int) -> List[Tuple[int, int]]:
    """Cut ``n`` into pieces of about ``size`` characters, each ending after a sentence stop
    (。！？；) and the stops and line breaks that follow it; failing that, after a line break;
    failing that (a page without stops), at ``size``."""
    L = len(n)
    if size <= 0 or L <= size:
        return [(0, L)]
    out = []
    a = 0
    while L - a > size:
        t = a + size
        lo = a + size // 2
        cut = max((n.rfind(c, lo, t) for c in HARD_STOPS), default=-1)
        if cut < 0:
            cut = n.rfind("\n", lo, t)
        cut = cut + 1 if cut >= 0 else t
        while cut < L and n[cut] in STOP_RUN and cut - a < 2 * size:
            cut += 1
        out.append((a, cut))
        a = cut
    out.append((a, L))
    return out


def bounded_clauses(n: str, figures: Sequence, max_run: int = MAX_CLAUSE) -> str:
    """``n`` with a clause stop (，) put in every ``max_run // 2`` or so characters of a run
    that has none: after the end of a figure there when one ends in the window, else at the
    window's end.  One character for one, so offsets hold; ``n`` itself when no run is that long."""
    runs = [m.span() for m in CLAUSE_RUN.finditer(n) if m.end() - m.start() > max_run]  # linear: one try per run
    if not runs:
        return n
    starts = {f.start for f in figures}
    ends = sorted({f.end for f in figures} - starts)  # the character after a figure, not the next one's first
    chars = list(n)
    step = max(1, max_run // 2)
    for a, b in runs:
        pos = a
        while b - pos > max_run:
            k = bisect.bisect_left(ends, pos + step)
            cut = ends[k] if k < len(ends) and ends[k] < min(b - 1, pos + max_run) else pos + step
            chars[cut] = "，"
            pos = cut + 1
    return "".join(chars)


@lru_cache(maxsize=1)
def _segmenter():
    words = load_patterns().dictionary
    try:
        import rjieba

        for w, freq, tag in words:
            rjieba.add_word(w, freq, tag)
        return rjieba.cut
    except ImportError:  # pragma: no cover - rjieba is a dependency; jieba is the fallback
        import jieba

        for w, freq, tag in words:
            jieba.add_word(w, freq, tag)
        return lambda s: jieba.lcut(s)


@lru_cache(maxsize=1)
def jieba_tokenizer():
    """jieba itself with the domain dictionary loaded (for spaCy and comparisons)."""
    import jieba

    jieba.setLogLevel(60)
    tk = jieba.Tokenizer()
    for w, freq, tag in load_patterns().dictionary:
        tk.add_word(w, freq, tag)
    return tk


def tokens(text: str) -> List[str]:
    """Segment text into words with the domain dictionary; ``"".join(tokens(t)) == t``."""
    toks = list(_segmenter()(text))
    if "".join(toks) != text:  # never trust a segmenter to rebuild the text
        toks = jieba_tokenizer().lcut(text)
    return toks


def token_bounds(text: str) -> set:
    """Offsets (relative to ``text``) where a word starts or ends."""
    out = {0}
    pos = 0
    for t in tokens(text):
        pos += len(t)
        out.add(pos)
    return out
