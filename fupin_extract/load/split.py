"""A file holding several reports, cut into one document per report.

The cuts are driven by the heading rules of ``patterns/metadata.yaml`` ``split:`` (篇N, 【N】,
第N篇, 范文N, numbered sub-titles), numbered 1, 2, 3 … from the first heading, never by a fixed
count; without numbered headings, by title lines (``split.title_line``) that follow each other.
A part cut by one heading rule is cut again by the other rules (篇3 holding …总结一 and …总结二).

:func:`split_reports` gives parts whose texts are consecutive slices of the original text (their
concatenation is the original), so an offset into a part is an offset into ``part.text``; the
part's own offset in the file is ``part.offset`` (the documents table's ``offset`` column), and
``file_text[part.offset + start : part.offset + end]`` is a figure's text.
"""
from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import List, Optional, Sequence, Tuple

import regex

from fupin_extract.figures.numerals import NumeralError, parse_chinese
from fupin_extract.model import Document
from fupin_extract.rules.metadata import Rule, Rules, load_rules
from fupin_extract.segment import find_all


@lru_cache(maxsize=8)
def line_spans(text: str) -> Tuple[Tuple[int, int], ...]:
    """(start, end) of every non-blank line, end without the line break (kept for the
    last few texts: the steps of the metadata all ask for the same text's lines)."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            out.append((pos, pos + len(body)))
        pos += len(line)
    return tuple(out)


_MENU_ITEM = regex.compile(r"\s*\p{Han}{2,6}\s*")


def head_window(text: str, lines: Sequence[Tuple[int, int]], R: Rules) -> List[Tuple[int, int]]:
    """The first ``max_lines`` of ``lines``, a site's menu one item a line (网站首页\n机构设置\n…) counting
    as one line."""
    i, menu = 0, False
    for k, (s, e) in enumerate(lines):
        item = bool(_MENU_ITEM.fullmatch(text, s, e))
        i += not (item and menu)
        menu = item
        if i > R.regions.max_lines:
            return list(lines[:k])
    return list(lines)


def _number(s: str) -> Optional[int]:
    if s.isdigit():
        return int(s)
    try:
        return parse_chinese(s)
    except NumeralError:
        return None


def _heading_points(text: str, rule: Rule, R: Rules, top: bool = True) -> Optional[List[int]]:
    """Line starts of the 2nd, 3rd … heading of ``rule`` when they number 1, 2, 3 … and every part is
    long enough; None otherwise.  Of a rule a report's own sections share (``split.section_shaped``: 一、
    2019年工作总结), only the headings that name a unit count inside a part (``top`` false); in the file,
    when all of them do not number 1, 2, 3 …, the reports' headings are read among them (:func:`_chain`)."""
    found = [(m.start(), _number(m.group("n"))) for m in rule.pattern.finditer(text)]
    shaped = rule.id in R.split_section_shaped
    if not shaped:
        return _numbered_cuts(text, _past_contents(found, R), R)
    named = [_names_unit(text, s, R) for s, _ in found]
    if not top:
        return _numbered_cuts(text, [h for h, nm in zip(found, named) if nm], R)
    cuts = _numbered_cuts(text, _past_contents(found, R), R)
    if cuts is not None or all(named):
        return cuts
    chain = _chain(found, named)
    names = [nm for h, nm in zip(found, named) if h in chain]
    # the reports' headings are mostly titles naming their unit, the first one too (not 一、2019年工作总结)
    return _numbered_cuts(text, chain, R) if names and names[0] and 2 * sum(names) >= len(names) else None


def _chain(heads: List[Tuple[int, Optional[int]]], named: List[bool]) -> List[Tuple[int, Optional[int]]]:
    """The reports' headings among headings a report's sections share: in turn, the one numbered next
    (2 after 1 …), unless it names no unit and could go on the run of sections the report above opened
    (一、2019年工作总结 … 二、…工作汇报 inside report 1: a bare 2 is its section); the others are sections."""
    out, inner = [], 0
    for (s, n), nm in zip(heads, named):
        if n == len(out) + 1 and (nm or not out or n != inner + 1):
            out.append((s, n))
            inner = 0
        elif n == inner + 1:
            inner = n
    return out


def _numbered_cuts(text: str, heads: List[Tuple[int, Optional[int]]], R: Rules) -> Optional[List[int]]:
    if len(heads) < R.split_min_parts or [n for _, n in heads] != list(range(1, len(heads) + 1)):
        return None
    starts = [text.rfind("\n", 0, s) + 1 for s, _ in heads]  # the heading starts its line
    bounds = [0] + starts[1:] + [len(text)]
    if all(b - a >= R.split_min_chars for a, b in zip(bounds, bounds[1:])):
        return starts[1:]
    return None


def _names_unit(text: str, s: int, R: Rules) -> bool:
    """Whether the heading line at ``s`` names a unit (榜罗镇…, not 我镇…, 全县… or none)."""
    line = text[s:text.find("\n", s) if "\n" in text[s:] else len(text)]
    return any(i > 0 and line[i - 1] not in R.self_prefixes
               for suffix in R.levels for i in find_all(line, suffix))


def _past_contents(heads: List[Tuple[int, Optional[int]]], R: Rules) -> List[Tuple[int, Optional[int]]]:
    """The headings after a table of contents: when the numbers run 1 … k and again 1 … n (k ≤ n) and the
    first run's headings stand too close to each other to head reports (篇一：…\n篇二：…\n … 篇一：…),
    the second run; the headings as found otherwise."""
    ones = [i for i, (_, n) in enumerate(heads) if n == 1]
    if len(ones) != 2:
        return heads
    j = ones[1]
    toc, rest = heads[:j], heads[j:]
    runs = [n for _, n in toc] == list(range(1, j + 1)) and [n for _, n in rest] == list(range(1, len(rest) + 1))
    close = all(b - a < R.split_min_chars for (a, _), (b, _) in zip(toc, toc[1:] + rest[:1]))
    return rest if runs and j <= len(rest) and close else heads


def _long_enough(starts: List[int], text: str, R: Rules) -> bool:
    bounds = [0] + starts + [len(text)]
    return len(starts) + 1 >= R.split_min_parts and \
        all(b - a >= R.split_min_chars for a, b in zip(bounds, bounds[1:]))


def _title_points(text: str, R: Rules) -> List[int]:
    """Reports that follow each other under their own titles: the file starts with a title
    line (``split.title_line``) and each later title line starts a report: the first title repeated, or
    a title line that stands where a report begins (:func:`_title_strength`).  A title line that names no
    unit right after a sentence's end starts one only in a file cut so already (a section heading
    2019年工作总结 in one report is none)."""
    lines = line_spans(text)
    if not lines or R.split_title is None:
        return []
    i = _first_title(text, lines, R)
    if i is None:
        return []
    first = text[lines[i][0]:lines[i][1]].strip()
    strong, weak = [], []
    for k, (s, e) in enumerate(lines[i + 1:], i + 1):
        line = text[s:e].strip()
        if not R.split_title.search(line):
            continue
        grade = 2 if line == first else _title_strength(text, lines[k - 1], (s, e), R)
        (strong if grade == 2 else weak if grade == 1 else []).append(s)
    starts = _with_sentences(_spaced(sorted(strong + weak) if strong else [], len(text), R), text)
    return starts if starts and _long_enough(starts, text, R) else []


def _with_sentences(starts: List[int], text: str) -> List[int]:
    """The title lines whose part holds sentences (two stops at least): a list of links to other
    reports (相关文章\n榜罗镇…总结\n…) and a site's footer below a report belong to it."""
    out: List[int] = []
    for i, s in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        if len(_SENTENCE_STOP.findall(text, s, end)) >= 2:
            out.append(s)
    return out


def _spaced(starts: List[int], size: int, R: Rules) -> List[int]:
    """The title lines that stand ``split.min_chars`` past the last one kept: a site's header above the
    first report (导航, 乡镇扶贫工作总结（4篇）, 发布时间：…) and a title's second line (关于X乡…的\n\n工作总结报告)
    belong to the report above; so does a title line too close to the file's end."""
    out, last = [], 0
    for s in starts:
        if s - last >= R.split_min_chars:
            out.append(s)
            last = s
    while out and size - out[-1] < R.split_min_chars:
        out.pop()
    return out


def _title_strength(text: str, before: Tuple[int, int], line: Tuple[int, int], R: Rules) -> int:
    """2 when the title line ``line`` follows a blank line or a report's own footer line
    (``split.report_footer``: （来源：…）, 责任编辑：…), or names a unit (榜罗镇…总结); 1 when it names none
    and follows a line that ends a report (``split.report_end``: …。, a signature's date); 0 otherwise."""
    s, e = line
    if text[max(0, s - 2):s].count("\n") >= 2:
        return 2
    above = text[before[0]:before[1]]
    if R.split_report_footer is not None and R.split_report_footer.search(above):
        return 2  # the report above ended with its own footer
    if any(suffix in text[s:e] for suffix in R.levels):
        return 2
    return int(R.split_report_end is not None and bool(R.split_report_end.search(above)))


def _first_title(text: str, lines, R: Rules) -> Optional[int]:
    """The index of the file's first title line (``split.title_line``): the first line, or a line below a
    site's short header lines (乡镇扶贫工作总结精选4篇, 发布时间：…) among the head's first lines (a site's menu
    one item a line counting as one: ``regions.head_window``); else None."""
    for i, (s, e) in enumerate(head_window(text, lines, R)):
        line = text[s:e].strip()
        if R.split_title.search(line):
            return i
        if len(line) > R.regions.title_max or _SENTENCE_STOP.search(line):
            return None  # body text before any title
    return None


_SENTENCE_STOP = regex.compile(r"[，。；！？,;!?]")


def split_points(text: str, R: Rules, rules: Optional[Sequence[Rule]] = None) -> List[int]:
    """Offsets where the 2nd, 3rd … report starts; [] when the file holds one report.

    A part cut by one heading rule is cut again by the other rules (篇3 holding …总结一 and
    …总结二 gives two reports)."""
    rules = R.split_headings if rules is None else rules
    for rule in rules:
        cuts = _heading_points(text, rule, R, rules is R.split_headings)
        if cuts is None:
            continue
        others = [r for r in rules if r is not rule]
        bounds = [0] + cuts + [len(text)]
        out = []
        for a, b in zip(bounds, bounds[1:]):
            if a:
                out.append(a)
            if others:
                out.extend(_sub_reports(text, a, b, R, others))
        return out
    return _title_points(text, R) if rules is R.split_headings else []


def _sub_reports(text: str, a: int, b: int, R: Rules, others) -> List[int]:
    """Cuts inside the part ``text[a:b]`` by the other heading rules.  The part's own heading line starts no
    sub-report, but it may number the first one (篇二：X镇…总结一 above X镇…总结二): the part is read with it
    first, and without it when that gives nothing."""
    with_head = [c for c in split_points(text[a:b], R, others) if c > 0]
    if with_head:
        return [a + c for c in with_head]
    skip = text.find("\n", a, b) + 1 or b
    return [skip + c for c in split_points(text[skip:b], R, others)]


def split_reports(doc: Document) -> List[Document]:
    """One document per report in the file: ``[doc]`` itself when it holds one.

    Parts get ids ``<doc_id>#1``, ``#2`` …; ``part.text`` is the slice
    ``doc.text[a:b]`` of the original and the parts' texts concatenate back to
    ``doc.text``.  Offsets of figures found in a part index ``part.text``; ``part.offset``
    is where the part starts in the file (the documents table's ``offset`` column).
    """
    cuts = split_points(doc.text, load_rules())
    if not cuts:
        return [doc]
    bounds = [0] + cuts + [len(doc.text)]
    parts = []
    for i, (a, b) in enumerate(zip(bounds, bounds[1:]), 1):
        body = doc.text[a:b]
        first = next((ln.strip() for ln in body.splitlines() if ln.strip()), "")
        parts.append(dataclasses.replace(doc, doc_id=f"{doc.doc_id}#{i}", text=body,
                                         title=first[:80] or doc.title, offset=doc.offset + a))
    return parts
