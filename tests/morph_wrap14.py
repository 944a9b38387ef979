"""Layouts a report never seen may have (session 14, wrap14): fixed-width line wraps at other widths
and ragged ones, wraps that split a year or a number that is no gold figure, PDF page breaks (a
page number line and a running header), paragraphs that lost their breaks, OCR letter-spacing in
headings.  Each class has two instances with different widths and wording.  Functions Variant →
Variant (see tests/morph.py); randomness is seeded by the document id.
"""
from __future__ import annotations

import random
import re
from typing import Callable, Dict, List

from morph import Edit, Variant, apply, edits_where, figure_spans
from morph_transforms import hard_wrap


def _rng(v: Variant, salt: str) -> random.Random:
    return random.Random(f"{v.doc}:{salt}")


def _inside(spans, pos: int) -> tuple:
    return next(((a, b) for a, b in spans if a < pos < b), None)


def _wrap_at(v: Variant, widths: Callable[[], int], shift: Callable[[int], int] = lambda c: c) -> Variant:
    """Every line broken after ``widths()`` characters (a new width for each line), the cut moved
    by ``shift`` (to land inside a number, say), never inside a gold figure."""
    spans = figure_spans(v)
    edits: List[Edit] = []
    pos = 0
    for line in v.text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        last = pos
        cut = shift(pos + widths())
        while cut < pos + len(body) - 2:
            inside = _inside(spans, cut)
            if inside:
                cut = inside[1]
                continue
            if cut > last:
                edits.append(Edit(cut, 0, "\n"))
                last = cut
            cut = shift(cut + widths())
        pos += len(line)
    return apply(v, edits)


def wrap18(v: Variant) -> Variant:
    return hard_wrap(v, 18)


def wrap25(v: Variant) -> Variant:
    return hard_wrap(v, 25)


def wrap40(v: Variant) -> Variant:
    return hard_wrap(v, 40)


def wrap_ragged(v: Variant) -> Variant:
    """A proportional font's lines: 26–34 characters each."""
    r = _rng(v, "ragged")
    return _wrap_at(v, lambda: r.randint(26, 34))


def wrap_ragged_narrow(v: Variant) -> Variant:
    """A narrow column's lines: 15–21 characters each."""
    r = _rng(v, "ragged_narrow")
    return _wrap_at(v, lambda: r.randint(15, 21))


_NUMBER = re.compile(r"\d{2,}")


def _into_numbers(v: Variant, reach: int, at: int):
    """A shift that moves a cut into the number (no gold figure) within ``reach`` characters:
    after its ``at``-th digit (201|9年, 1|5公里 …)."""
    spans = figure_spans(v)
    starts = [m.start() for m in _NUMBER.finditer(v.text) if not any(a <= m.start() < b for a, b in spans)]
    lengths = {m.start(): len(m.group()) for m in _NUMBER.finditer(v.text)}

    def shift(cut: int) -> int:
        near = [s for s in starts if abs(s - cut) <= reach]
        if not near:
            return cut
        s = min(near, key=lambda s: abs(s - cut))
        return s + min(at, lengths[s] - 1)
    return shift


def wrap_split_numbers(v: Variant) -> Variant:
    """Width 30, each cut moved into a year or number nearby that is no gold figure (20|19年)."""
    return _wrap_at(v, lambda: 30, _into_numbers(v, 5, 2))


def wrap_split_numbers_b(v: Variant) -> Variant:
    """Width 24, cuts after the number's first or third digit (2|019年, 201|8年, 1|2个)."""
    r = _rng(v, "split_b")
    shift = {k: _into_numbers(v, 4, k) for k in (1, 3)}
    return _wrap_at(v, lambda: 24, lambda c: shift[r.choice((1, 3))](c))


def _page_breaks(v: Variant, every: int, furniture: Callable[[int], str], width: int) -> Variant:
    """``v`` wrapped at ``width``, with ``furniture(page)`` after every ``every`` lines."""
    w = hard_wrap(v, width)
    spans = figure_spans(w)
    edits, page, count = [], 1, 0
    for m in re.finditer("\n", w.text):
        count += 1
        if _inside(spans, m.end()) or _inside(spans, m.start()):
            count -= 1
            continue
        if count % every == 0:
            edits.append(Edit(m.end(), 0, furniture(page)))
            page += 1
    return apply(w, edits)


def page_breaks(v: Variant) -> Variant:
    """A PDF's pages: every 40 lines of 30 characters the page number (- 3 -) and the running
    header of the next page."""
    return _page_breaks(v, 40, lambda p: f"- {p} -\n扶贫开发领导小组办公室文件\n", 30)


def page_breaks_b(v: Variant) -> Variant:
    """Other pages: every 35 lines of 26 characters a form feed, 第3页 共9页 between blank lines and
    a dated running title."""
    year = v.meta.get("year") or 2019
    return _page_breaks(v, 35, lambda p: f"\n第{p}页 共{p + 6}页\n\f{year}年度工作情况汇报材料\n\n", 26)


def run_on(v: Variant) -> Variant:
    """Paragraphs that lost their breaks: every line break gone (headings run into the text)."""
    return apply(v, edits_where(v.text, r"\n+", lambda m: "", figure_spans(v)))


def run_on_spaced(v: Variant) -> Variant:
    """A flattened web page: every run of line breaks a single space."""
    return apply(v, edits_where(v.text, r"[ \t]*\n+[ \t]*", lambda m: " ", figure_spans(v)))


_HAN = "\u4e00-\u9fff"
_SHORT_LINE = re.compile(rf"^[ \t\u3000]*(?:[一二三四五六七八九十]{{1,3}}、|[（(][一二三四五六七八九十]{{1,3}}[)）]|\d{{1,2}}[.、])?[{_HAN}、，]{{2,24}}$", re.M)


#: any short line without a sentence or clause stop (a heading with a year or a village, a title)
_ANY_SHORT = re.compile(r"^[ \t\u3000]*[^\s。，,；;！？][^\n。，,；;！？]{1,28}$", re.M)


def _spaced(v: Variant, gap: str, lines: "re.Pattern", chars: str) -> Variant:
    """``gap`` between the neighbouring ``chars`` of every line ``lines`` matches (a heading, a
    title): an OCR's letter-spacing."""
    spans = figure_spans(v)
    edits = []
    for m in lines.finditer(v.text):
        if any(a < m.end() and m.start() < b for a, b in spans):
            continue
        for k in range(m.start() + 1, m.end()):
            if re.match(f"[{chars}]", v.text[k]) and re.match(f"[{chars}]", v.text[k - 1]):
                edits.append(Edit(k, 0, gap))
    return apply(v, edits)


def letter_spaced(v: Variant) -> Variant:
    """Spaces between the Han characters of short headings (一、基 本 情 况)."""
    return _spaced(v, " ", _SHORT_LINE, _HAN)


def letter_spaced_wide(v: Variant) -> Variant:
    """Full-width spaces between every character (digits too) of any short line without a stop
    (２０１９年　脱贫攻坚 as 2　0　1　9　年…)."""
    return _spaced(v, "\u3000", _ANY_SHORT, _HAN + r"0-9a-zA-Z（）()、\-:：.")


TRANSFORMS: Dict[str, Callable[[Variant], Variant]] = {
    "wrap18": wrap18, "wrap25": wrap25, "wrap40": wrap40,
    "wrap_ragged": wrap_ragged, "wrap_ragged_narrow": wrap_ragged_narrow,
    "wrap_split_numbers": wrap_split_numbers, "wrap_split_numbers_b": wrap_split_numbers_b,
    "page_breaks": page_breaks, "page_breaks_b": page_breaks_b,
    "run_on": run_on, "run_on_spaced": run_on_spaced,
    "letter_spaced": letter_spaced, "letter_spaced_wide": letter_spaced_wide,
}
