"""Report metadata: place, level, county, province, date, year, villages — one record per report.

:func:`describe` reads one report and returns::

    {"place": "花园乡", "level": "乡镇", "county": "东至县", "province": "安徽省",
     "date": "2020-12-15", "year": 2020, "villages": ["…村", …], "place_rule": "head", …}

with ``None`` for what the text does not give.  Each part lives in its own module (the cue words
in ``patterns/metadata.yaml``, loaded by :mod:`fupin_extract.rules.metadata`):

* the head, tail and title of a report: :mod:`.regions`;
* unit names and self-references (我乡, 全村): :mod:`.units`;
* the reporting unit (place, level, ``place_rule``): :mod:`.place`;
* county and province with the gazetteer: :mod:`.county`, :mod:`.gazetteer`;
* date and year: :mod:`.dates`;  sub-unit names: :mod:`.villages`;
* a file holding several reports, split: :mod:`fupin_extract.load.split`.

The names of 0.1 (``describe``, ``split_reports``, ``load_rules``, ``find_units`` …) still
import from here.
"""
from __future__ import annotations

import bisect
from typing import Dict, List, Optional, Tuple

from fupin_extract.load.split import line_spans, split_points, split_reports  # noqa: F401  (old import path)
from fupin_extract.meaning import gazetteer as gz
from fupin_extract.meaning.county import county_of_townships, head_province, resolve_county, \
    text_province  # noqa: F401
from fupin_extract.meaning.dates import YEAR_RE, find_date, find_dated, find_year, implausible_year, \
    year_candidate  # noqa: F401
from fupin_extract.meaning.place import reporting_unit
from fupin_extract.meaning.regions import find_title, head_spans, new_report, tail_spans  # noqa: F401
from fupin_extract.meaning.units import LEVEL_RANK, Mention, find_units, good_generic, self_counts, \
    self_level  # noqa: F401
from fupin_extract.meaning.villages import _CHUNK_STOP_CHARS, _list_chunks, find_villages  # noqa: F401
from fupin_extract.model import Document
from fupin_extract.segment import TextIndex
from fupin_extract.rules.metadata import Rule, Rules, load_metadata_rules, load_rules  # noqa: F401
from fupin_extract.rules.text import text_rules

#: the names this module gave before it was split (they import from here for one release)
__all__ = ["describe", "split_reports", "split_points", "load_rules", "load_metadata_rules", "Rule", "Rules",
           "Mention", "find_units", "good_generic", "self_counts", "self_level", "LEVEL_RANK", "reporting_unit",
           "resolve_county", "county_of_townships", "head_province", "text_province", "find_date", "find_year",
           "year_candidate", "implausible_year", "YEAR_RE", "find_title", "head_spans", "tail_spans",
           "find_villages"]


def _as_written(name: Optional[str], original: str, simplified: str) -> Optional[str]:
    """``name`` as the text writes it (合陽縣 for 合阳县) when the text names it."""
    if not name:
        return name
    i = simplified.find(name)
    return original[i:i + len(name)] if i >= 0 else name


def _place(doc: Document, text: str, R: Rules) -> Dict[str, object]:
    unit, lvl, rule = reporting_unit(text, R)
    place = written = None
    level = unit.level if unit is not None else lvl
    if unit is not None and unit.kind == "county" and level == "市" and not gz.cities_named(unit.name):
        level = "县"  # a county-level city (宣威市) the gazetteer lists among the counties; not 东莞市, a prefecture too
    if unit is not None and not unit.placeholder:
        place, written = unit.name, doc.text[unit.start:unit.end]
    county, province = resolve_county(text, unit, R)
    if province is None:
        province = head_province(text, R) or text_province(text, R, unit)
    county_written = _as_written(county, doc.text, text)
    if unit is not None and unit.kind == "county" and len(unit.counties) == 1 and county == unit.counties[0].name:
        place = county  # the report's own county, as written (南溪县 for 南溪区), when written as a county
        county_written = written if text[unit.start:unit.end].endswith(gz.COUNTY_SUFFIXES) else county
        if level == "市":
            county_written = None  # 东莞市, a prefecture without counties: a prefecture's report has no county
    return {"place": written or place, "level": level, "county": county_written, "province": province,
            "place_rule": rule, "place_written": written, "place_standard": place}


#: a pinyin gloss after a character (長(zhǎng)樂(lè)鄉): text.yaml phrases.gloss, cut out before names are read
GLOSS = text_rules().phrase("gloss")


def _spaces_of_spaced_lines(text: str, R: Rules) -> list:
    """(start, end) of each space between the characters of a spaced line of the head (``spaced_line``:
    榜 罗 镇 …)."""
    lines = line_spans(text)[: R.regions.max_lines]
    if R.spaced_line is None or not lines:
        return []
    out = []
    for m in R.spaced_line.finditer(text, 0, min(lines[-1][1], lines[0][0] + R.regions.max_chars)):
        run = m.group()
        lead = len(run) - len(run.lstrip(" \t　"))  # the line's indent is no space between characters
        out.extend((m.start() + i, m.start() + i + 1) for i in range(lead, len(run)) if run[i] in " 　")
    return out


def _edited(text: str, cuts, breaks) -> Tuple[str, List[Tuple[int, int]]]:
    """``text`` without the spans ``cuts`` and with a line break before each position of ``breaks``, and
    the pieces of the result as (start in the result, start in ``text``) for :func:`_back`."""
    out, pieces, pos, n = [], [], 0, 0
    for a, kind, b in sorted([(a, 1, b) for a, b in cuts] + [(p, 0, p) for p in breaks]):
        if a < pos:
            continue  # a break inside a cut span
        pieces.append((n, pos))
        out.append(text[pos:a])
        n += a - pos
        if kind == 0:
            pieces.append((n, a))  # the inserted break stands for the character after it
            out.append("\n")
            n += 1
        pos = b
    pieces.append((n, pos))
    out.append(text[pos:])
    return "".join(out), pieces


def _back(pieces: List[Tuple[int, int]], j: int) -> int:
    """The position in the original text of position ``j`` of the edited text (:func:`_edited`)."""
    k = bisect.bisect_right(pieces, (j, float("inf"))) - 1
    new, old = pieces[k]
    if k + 1 < len(pieces) and pieces[k + 1][0] == new + 1 and pieces[k + 1][1] == old:
        return old  # an inserted break
    return old + (j - new)


def _runon_breaks(text: str, R: Rules) -> List[int]:
    """Where a page without line breaks starts its lines (``runon_breaks``): in the first line longer than a
    title (``regions.title_max``) among the head's lines, when the title's end (the first head rule) is found in it,
    and in a long last line (a signature run into the body)."""
    lines = line_spans(text)
    head = [r for r in R.runon_breaks if r.where == "head"]
    tail = [r for r in R.runon_breaks if r.where == "tail"]
    long = [(s, e) for s, e in lines[: R.regions.max_lines] if e - s > R.regions.title_max][:1]
    out: List[int] = []
    for s, e in long if head else ():
        line = text[s:min(e, s + 3 * R.regions.long_line)]
        if head[0].pattern.search(line):
            out.extend(s + m.start("b") for r in head for m in r.pattern.finditer(line))
    if tail and lines and lines[-1][1] - lines[-1][0] > R.regions.title_max:
        s, e = lines[-1]
        a = max(s, e - R.regions.signature_line)
        out.extend(a + m.start("b") for r in tail for m in r.pattern.finditer(text[a:e]))
    return sorted({p for p in out if p > 0 and text[p - 1] != "\n"})


def describe(doc: Document, normalised: str, index: Optional[TextIndex] = None) -> Dict[str, object]:
    """Metadata of one report: place, level, county, province, date, year, villages, and the
    evidence columns place_rule, place_written, place_standard, year_rule, year_offset,
    year_issue, title.  A text with pinyin glosses (鄉(xiāng), 長(zhǎng)樂(lè)鄉) is read without them
    (a name split by one is still a name), a spaced line (榜 罗 镇 2 0 1 9 年, ``spaced_line``) with its
    spaces cut out, and a page without line breaks with breaks where its title, stamps, sections and
    signature start (``runon_breaks``); ``year_offset`` indexes the original."""
    base = normalised if normalised is not None and len(normalised) == len(doc.text) else doc.text
    R = load_rules()
    cuts = sorted([m.span() for m in GLOSS.finditer(base)] + _spaces_of_spaced_lines(base, R))
    breaks = _runon_breaks(base, R)
    if not cuts and not breaks:
        return _describe(doc, normalised, index)
    plain, pieces = _edited(doc.text, cuts, breaks)
    out = _describe(Document(doc.doc_id, plain), _edited(base, cuts, breaks)[0], None)
    if out["year_offset"] is not None:
        out["year_offset"] = _back(pieces, out["year_offset"])
    return out


def _describe(doc: Document, normalised: str, index: Optional[TextIndex] = None) -> Dict[str, object]:
    R = load_rules()
    new_report()
    text = normalised if normalised is not None and len(normalised) == len(doc.text) else doc.text
    text = gz.simplify(text)  # one character for one: offsets still index doc.text
    where = _place(doc, text, R)
    date, page = find_dated(text, R)
    date_issue = implausible_year(text, int(date[:4]), R) if date else None
    if date_issue:
        # a copy site's page date (时间:2023-10-31 on a 2019 report), not the report's: the next date, if any
        date, page = find_dated(text, R, ok=lambda d: not implausible_year(text, int(d[:4]), R))
    year, year_at, year_rule = year_candidate(text, date, R, page)
    issue = implausible_year(text, year, R)
    if issue:
        year = year_at = None
    elif year is None:
        issue = date_issue  # nothing but the page date, and it cannot be the year reported on
    place = where["place_standard"]
    villages = find_villages(text, R, exclude=[place] if place else (), index=index)
    return {"place": where["place"], "level": where["level"], "county": where["county"],
            "province": where["province"], "date": date, "year": year, "villages": villages,
            "place_rule": where["place_rule"], "place_written": where["place_written"],
            "place_standard": place, "year_rule": year_rule, "year_offset": year_at, "year_issue": issue,
            "title": find_title(doc.text, R)}
