"""The report's date and the year it reports on.

* **date** – ``成文日期``, then a date line at the end (signature), then a header date
  (``时间:``, ``发布日期:``), then a date line in the head; ISO ``YYYY-MM-DD``.
* **year** – a year in the title (not one that starts a period: ``2016年…以来``); a year cue
  (``现将2019年…汇报``, ``截至2020年底``); else the date's year, minus one when written in
  January–March about the year before; else the most frequent year mentioned.  A year outside
  the campaign's bounds (``year_bounds``) is a site's rewriting: no year and an issue.
"""
from __future__ import annotations

import datetime as _dt
from collections import Counter
from typing import Dict, Optional, Tuple

import regex

from fupin_extract.figures.numerals import NumeralError, parse_chinese
from fupin_extract.load.split import line_spans
from fupin_extract.meaning.regions import _SECTION_HEAD, BODY_MARK, head_spans, head_window, is_boilerplate, is_title, report_end, report_lines, tail_spans
from fupin_extract.rules.metadata import Rules

YEAR_RE = regex.compile(r"(?<!\d)((?:19|20)\d\d)\s*年")  # Arabic years only (the old name)
_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")
_SENTENCE_END = regex.compile(r"[。；！？;!?\n]")
#: a table's row flattened into a line: a year and number cells only (2016年 120 460): data, not a title
_TABLE_ROW = regex.compile(r"\s*(?:19|20)\d\d\s*年?(?:度)?(?:[ \t　|｜]+[\d.,，%％]+)+[ \t　|｜]*")
_TOPIC_END = regex.compile(r"[底末度初]?\s*")  # what may stand between a year opening its clause and the comma


def _date_from_match(m) -> Optional[str]:
    try:
        if m.group("y"):
            y, mo, d = int(m.group("y")), int(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2"))
        else:
            y, mo, d = parse_chinese(m.group("cy")), parse_chinese(m.group("cm")), parse_chinese(m.group("cd"))
        return _dt.date(y, mo, d).isoformat()
    except (ValueError, TypeError, NumeralError):
        return None


def _date_on_line(line: str, dates, rule, R: Rules, ok=None) -> Optional[str]:
    """The first date of ``dates`` (the date matches of ``line``) that ``rule`` cues."""
    for m in dates:
        # the cue ends right before the date: 200 characters of prefix are plenty
        # (the whole prefix made a long line with many dates quadratic)
        if not rule.pattern.search(line[max(0, m.start() - 200): m.start()]):
            continue
        if rule.line_end and line[m.end():].strip(" \t　)）"):
            continue
        if rule.then is not None and not rule.then.match(line, m.end()):
            continue
        d = _date_from_match(m)
        if d and (ok is None or ok(d)):
            return d
    return None


def find_date(text: str, R: Rules, ok=None) -> Optional[str]:
    """The report's date (ISO), from the cue rules in order; None when there is none.  With ``ok`` (a test
    of the date), a date it refuses is passed over for the next (a copy site's page date above the
    report's own: 发布时间：2023-05-06 … 时间:2016-05-10)."""
    return find_dated(text, R, ok)[0]


def find_dated(text: str, R: Rules, ok=None) -> Tuple[Optional[str], bool]:
    """(date, page?): the report's date as :func:`find_date` finds it, and whether a page's stamp gave it
    (``page_date_cues``).  Of a page's stamps the earliest is the date: a copy site stamps its page above
    the stamp of the page it copied (发布时间：2020-04-12 … 时间:2016-05-10), and no copy precedes its original."""
    regions = {"head": head_window(text, report_lines(text, R), R),  # bylines (时间:) included
               "tail": tail_spans(text, R), "any": [(0, len(text))]}
    lines: Dict[Tuple[int, int], tuple] = {}  # a line's dates, found once for all the cue rules
    pages = [r for r in R.date_cues if r.id in R.page_date_cues]
    found = None
    for rule in R.date_cues:
        page = rule.id in R.page_date_cues
        if found is not None and not page:
            continue
        for s, e in regions[rule.where]:
            got = lines.get((s, e))
            if got is None:
                line = text[s:e]
                got = lines[(s, e)] = (line, tuple(R.date.finditer(line)))
            d = _date_on_line(got[0], got[1], rule, R, ok) if got[1] else None
            if d and not page and not any(_date_on_line(got[0], got[1], p, R, ok) == d for p in pages):
                return d, False  # the report's own date (a stamp's line in a short text's tail is still a stamp)
            if d:
                found = d if found is None else min(found, d)
    return found, found is not None


def year_of(m) -> int:
    """The year of a match of the ``year`` pattern (二〇一九年 → 2019)."""
    return int(m.group("y")) if m.group("y") else int(m.group("cy").translate(_CN_DIGITS))


def _title_year(text: str, R: Rules) -> Optional[Tuple[Optional[int], int, str]]:
    """(year, offset, rule) of the first head line that has a year reported on: the latest year of a
    title line (2016-2020年… → 2020); of a line of body text (the first sentence of a page without a
    title) the year of a clause it opens (:func:`_sentence_year`).  A year that starts a period
    (2016年…以来) or that a plan follows (…及2020年工作计划, 2021年全镇将…) is not one; a title with a
    template's year (20xx年) gives None.  The head ends at the body's first section heading."""
    for s, e in head_spans(text, R):
        line = text[s:e]
        if is_boilerplate(line, R):
            continue  # a site's banner or navigation (…范文精选10篇, 发布时间) says nothing of the report
        if _SECTION_HEAD.match(line.strip()):
            break  # 一、基本情况: the body's sections begin (全乡2014年建档立卡… is the baseline, not the year)
        if _date_line(line, R):
            break  # （2019年12月）, a short text's signature 二〇二〇年一月: the date of writing, read as a date
        if _TABLE_ROW.fullmatch(line):
            continue  # 2016年 120 460: a row of a table of years in the head, read with the body's years
        got = _line_year(text, s, line, R)
        if got is not None:
            return got
    return None


def _date_line(line: str, R: Rules) -> bool:
    """True when the line holds a date or a month only (2019年12月20日, （2019年12月）, 二〇二〇年一月)."""
    ln = line.strip()
    return bool(ln) and (R.month_line.fullmatch(ln) is not None or R.date.fullmatch(ln.strip("（）() ")) is not None)


def _line_year(text: str, s: int, line: str, R: Rules) -> Optional[Tuple[Optional[int], int, str]]:
    """The year one head line (at ``s``) gives, as :func:`_title_year` reads it; None when it gives none."""
    found = [m for m in R.year.finditer(line) if not R.date.match(line, m.start())  # a date is not a year
             and not R.year_start.match(line[m.end():])]
    body = bool(BODY_MARK.search(line))
    if body and (_framed_by_this_year(line, found, R) or _this_year_after(line, found, R)):
        return None  # 今年以来，…。2018年12月，3个贫困村出列: the line speaks of the year of writing, its years are past
    years = _reported_years(text, s, line, found, body, R)
    if years:
        return _sentence_year(text, years) + ("head_sentence",) if body else max(years) + ("title",)
    ph = None if body or not is_title(line.strip(), R) else R.year_placeholder.search(line)
    return (None, s + ph.start(), "title_placeholder") if ph is not None else None  # 20xx年…总结


def _framed_by_this_year(line: str, found, R: Rules) -> bool:
    """True when a word of ``this_year_words`` (今年) stands in the line before its first year."""
    return bool(found) and any(0 <= line.find(w) < found[0].start() for w in R.this_year_words)


def _this_year_after(line: str, found, R: Rules) -> bool:
    """True when a word of ``this_year_words`` opens a clause after the line's last year (2016年脱贫120户，
    2017年脱贫156户，今年脱贫98户): the years are the past of the year of writing, which the date tells."""
    if not found:
        return False
    last = found[-1].end()
    for w in R.this_year_words:
        at = line.find(w, last)
        while at >= 0:
            if _opens_clause(line, at, R):
                return True
            at = line.find(w, at + 1)
    return False


def _reported_years(text: str, s: int, line: str, found, body: bool, R: Rules) -> list:
    """(year, offset) of the years ``found`` in a head line that can be the year reported on: no plan's, and in
    a body line none of history, inside a clause, a deadline or the register's baseline; a title whose only
    years are plans is a plan's own title (青山村2020年工作计划) and keeps them."""
    base = _baseline_starts(text, R) if body else set()
    years = [(year_of(m), s + m.start()) for i, m in enumerate(found) if not _plan_follows(line, m, found[i + 1:], R)
             and not (body and (_not_reported(text, line, m, R) or _baseline(text, s + m.start(), base, R)))]
    if not years and found and not body:
        years = [(year_of(m), s + m.start()) for m in found]
        review = _review_section_year(text, min(y for y, _ in years), R)
        if review is not None:  # 团坝镇2021年工作计划 whose first section is 一、2020年工作回顾: the year reported on
            years = [review]
    elif len(found) == 1 and years and not body:
        review = _review_then_plan(text, years[0][0], R)
        if review is not None:  # 2020年大竹县政府工作报告: 一、2019年工作回顾 … 二、2020年主要任务
            years = [review]
    return years


def _section_years(text: str, R: Rules):
    """(year, offset, plan heading?, heading) of each year a short section heading names, in text order."""
    for s, e in line_spans(text):
        line = text[s:e].strip()
        if len(line) <= 30 and _SECTION_HEAD.match(line):
            plan = R.plan_headings.search(line) is not None
            yield from ((year_of(m), m.start(), plan, line) for m in R.year.finditer(text, s, e))


def _review_then_plan(text: str, y: int, R: Rules) -> Optional[Tuple[int, int]]:
    """(year, offset) of the year before ``y`` when a section heading reviews it and a later one names ``y``
    with a plan heading or a word of ``year_tasks`` (a 政府工作报告 titled 2020年: 一、2019年工作回顾 … 二、2020年主要任务),
    else None."""
    review = None
    for year, at, plan, line in _section_years(text, R):
        if review is None and year == y - 1 and not plan:
            review = (year, at)
        elif review is not None and year == y and (plan or (R.year_tasks is not None and R.year_tasks.search(line))):
            return review
    return None


def _review_section_year(text: str, before: int, R: Rules) -> Optional[Tuple[int, int]]:
    """(year, offset) of the latest year before ``before`` that a section heading outside the plan
    headings names (一、2020年工作回顾 in a plan titled 2021年工作计划), else None."""
    best = None
    for y, at, plan, _ in _section_years(text, R):
        if not plan and y < before and (best is None or y > best[0]):
            best = (y, at)
    return best


def _baseline(text: str, at: int, base: set, R: Rules) -> bool:
    """True when the year at ``at`` is the register's in its sentence (``base``: :func:`_baseline_starts`)
    and the text names a later year (a date's included): the campaign's starting point, not the year
    reported on."""
    if at not in base:
        return False
    y = year_of(R.year.match(text, at))
    return any(year_of(m) > y for m in R.year.finditer(text))


def _baseline_starts(text: str, R: Rules) -> set:
    """Where the register's year stands in a sentence stating the register of the poor (2014年建档立卡贫困户
    860户，2014年贫困发生率16.2%: ``baseline``): the offsets of those year mentions."""
    out = set()
    for b in R.baseline.finditer(text):
        y = int(b.group("y"))
        a = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, b.start() - 80), b.start())),
                default=max(0, b.start() - 80))
        stop = _SENTENCE_END.search(text, b.end())
        out |= {m.start() for m in R.year.finditer(text, a, stop.start() if stop else len(text)) if year_of(m) == y}
    return out


def _not_reported(text: str, line: str, m, R: Rules) -> bool:
    """A year of a body line that is not the year reported on: history (1958年建乡), inside a clause
    (较2018年), a deadline (到2020年)."""
    return _history(text, year_of(m), R) or not _opens_clause(line, m.start(), R) or _target(line, m, R)


def _target(text: str, m, R: Rules) -> bool:
    """True when the year ``m`` is a deadline's (到2020年实现…: ``year_target``)."""
    a = max(0, m.start() - 4)
    return any(t.start("y") == m.start("y" if m.group("y") else "cy") for t in R.year_target.finditer(text, a, m.end() + 8))


def _opens_clause(line: str, at: int, R: Rules) -> bool:
    """True when the year at ``at`` opens its clause (line start or a stop before it, a time word of
    ``year_clause_leads`` between: 。截至2019年底): it governs the clause, unlike 较2018年, 比2018年."""
    before = line[:at].rstrip(" \t　")
    for w in R.year_clause_leads:
        if before.endswith(w):
            before = before[: -len(w)]
            break
    return not before or before[-1] in _CLAUSE_OPENERS


_CLAUSE_OPENERS = "，。；：,;:！？!?、（(【[“《\"|"


def _sentence_year(text: str, years):
    """The year a body line of the head reports on: the first when it frames the text (2019年是…之年,
    2020年是决胜之年 after it), else the latest (2018年，全乡脱贫56户。2019年，全乡脱贫92户)."""
    first = years[0]
    if text.startswith("是", first[1] + text[first[1]:].find("年") + 1):
        return first
    return max(years)


def _history(text: str, year: int, R: Rules) -> bool:
    """True when ``year`` is before the campaign the text names (1958年建乡 in a 脱贫攻坚 report); a
    year after it is a site's rewriting and stays, for :func:`implausible_year` to flag."""
    return any(b.word in text and year < b.first for b in R.year_bounds)


def _plan_follows(line: str, m, later, R: Rules) -> bool:
    """True when what follows the year, up to the next year or sentence stop, states a plan."""
    window = min(len(line), m.end() + 40)  # a clause, not the rest of the text
    stop = BODY_MARK.search(line, m.end(), window)
    if stop is not None and _TOPIC_END.fullmatch(line, m.end(), stop.start()):
        stop = BODY_MARK.search(line, stop.end(), window)  # 2019年，全镇计划…: the year's clause is the next one
    end = stop.start() if stop else window
    if later:
        end = min(end, later[0].start())
    return _plan_in(line, m.end(), end, R)


def _cue_year(text: str, R: Rules, where_: str) -> Optional[Tuple[int, int]]:
    for rule in (r for r in R.year_cues if r.where == where_):
        found = [(int(m.group("y")), m.start("y")) for m in rule.pattern.finditer(text)
                 if not R.year_start.match(_after_year(text, m.end("y"), m.end()))  # 就2016年…以来…总结
                 and not _plan_clause(text, m.start(), m.end(), R)]  # 力争截至2020年底前全部脱贫
        if found:  # the latest year the rule states (截至2017年底 … 截至2020年底)
            return max(found, key=lambda f: (f[0], -f[1]))
    return None


def _plan_in(text: str, a: int, b: int, R: Rules) -> bool:
    """True when ``text[a:b]`` holds a plan word (``plan_words``) outside the words that hold one and state
    no plan (``not_plan_words``: 现将…汇报如下)."""
    for m in R.plan_words.finditer(text, a, b):
        if not any(text.startswith(w, i) for w in R.not_plan_words
                   for i in range(max(0, m.start() - len(w) + 1), m.start() + 1) if i + len(w) >= m.end()):
            return True
    return False


def _plan_around(text: str, m, later, R: Rules) -> bool:
    """True when a plan word stands in the clause before the year (力争截至2020年底) or in the
    sentence after it, up to the next year (2020年，全镇将巩固)."""
    a = max((x.end() for x in BODY_MARK.finditer(text, max(0, m.start() - 40), m.start())),
            default=max(0, m.start() - 40))
    stop = _SENTENCE_END.search(text, m.end(), min(len(text), m.end() + 60))
    b = stop.start() if stop else min(len(text), m.end() + 60)
    if later:
        b = min(b, later[0].start())
    return _plan_in(text, a, m.start(), R) or _plan_in(text, m.end(), b, R)


def _plan_clause(text: str, start: int, end: int, R: Rules) -> bool:
    """True when the clause around the match ``text[start:end]`` states a plan or a deadline
    (力争…, …年底前); the match's own words (现将) do not count."""
    a = max((m.end() for m in BODY_MARK.finditer(text, max(0, start - 40), start)), default=max(0, start - 40))
    stop = BODY_MARK.search(text, end, min(len(text), end + 40))
    b = stop.start() if stop else min(len(text), end + 40)
    return _plan_in(text, a, start, R) or _plan_in(text, end, b, R) or \
        text.startswith("前", end)


def _after_year(text: str, digits_end: int, end: int) -> str:
    """What the cue says after the year's 年, up to the end of the cue's match."""
    i = text.find("年", digits_end, end)
    return text[i + 1:end] if i >= 0 else ""


def _year_counts(text: str, R: Rules, strict: bool = False) -> Tuple[Counter, Dict[int, int]]:
    """How often each year is mentioned and where first, leaving out years a plan follows
    (2020年将…, 2021年工作打算), years that start a period (2016年以来) and, while a later year
    is counted, the register's sentence (2014年建档立卡…: :func:`_baseline_starts`).  When none is left every
    mention above the plan section counts (正在上报2019年度项目计划 in a first-quarter report), unless ``strict``."""
    found = list(R.year.finditer(text, 0, report_end(text, R)))  # not the years of a site's footer
    plans = {m.start() for i, m in enumerate(found) if _plan_around(text, m, found[i + 1:i + 2], R) or _target(text, m, R)}
    counted = _without_baseline(text, [m for m in found if m.start() not in plans and not (
        R.year_start.match(text[m.end():m.end() + 40]) or _dated(text, m, R))], R)
    if not counted and not strict:  # only plans, period starts, dates: those above the plan section
        plan_at = _plan_section(text, R)  # (正在上报2019年度项目计划 in a first-quarter report), not next year's
        counted = [m for m in found if m.start() < plan_at]
    counts: Counter = Counter()
    first: Dict[int, int] = {}
    for m in counted:
        counts[year_of(m)] += 1
        first.setdefault(year_of(m), m.start())
    return counts, first


def _without_baseline(text: str, counted: list, R: Rules) -> list:
    """``counted`` without the register's sentence (2014年建档立卡…，2014年贫困发生率16.2%) while a later year
    stays counted (2019年脱贫186户)."""
    base = _baseline_starts(text, R)
    kept = [m for m in counted if m.start() not in base]
    if len(kept) < len(counted) and kept and \
            max(year_of(m) for m in kept) > min(year_of(m) for m in counted if m.start() in base):
        return kept
    return counted


def _dated(text: str, m, R: Rules) -> bool:
    """True when the year ``m`` begins a date (2020年1月8日) or a line's closing month (2020年1月): when a
    report was written, not a year it speaks of."""
    if R.date.match(text, m.start()):
        return True
    e = text.find("\n", m.end())
    line = text[max(0, m.start() - 1): e if e >= 0 else len(text)]
    month = R.month_line.search(line)
    return bool(month) and month.start("y" if month.group("y") else "cy") == (1 if m.start() > 0 else 0)


def _unmentioned_date_year(text: str, y: int, counts: Counter, said: Counter, page: bool, R: Rules) -> Optional[int]:
    """A date in a year the report never names (not even in a plan; a site's footer, 上一篇：关于做好2020年度…,
    is no part of it, nor is a date) nor calls 今年, while it names an earlier year at least twice: the report is of
    that year, the date is the page's.  A page's stamp (``page``) is weaker still: an earlier year the report
    states once is enough, the stamp's year named in the plan section only (三、2020年工作打算) does not make
    it the report's, and 今年 speaks of an earlier year the report names in its plans only (今年以来… 正在上报2019年度
    项目计划 on a page of 2020: no result of a past year is stated)."""
    if any(w in text for w in R.this_year_words) and (not page or said):
        return None  # 今年以来… 2018年全县脱贫…: the years it states are past, 今年 is the page's year
    end = report_end(text, R)
    if page:  # a stamp's year said in the plan section only, or in a date (发布时间：2020年4月12日), does not count
        end = min(end, _plan_section(text, R))
    if said.get(y, 0) or any(year_of(m) == y and not (page and _dated(text, m, R))
                             for m in R.year.finditer(text, 0, end)):
        return None
    before = {k: n for k, n in counts.items() if k < y and n >= (1 if page else 2)}
    if not before:
        return None
    best = max(before.values())
    return max(k for k, n in before.items() if n == best)


def _bulletin(text: str, R: Rules) -> bool:
    """True when a head line is a bulletin's issue number (``bulletin``: 简报 第12期): current news, dated in
    the year it reports on."""
    return R.bulletin is not None and any(R.bulletin.match(text[s:e]) for s, e in head_spans(text, R))


def _counted_year(text: str, date: Optional[str], R: Rules,
                  page: bool = False) -> Tuple[Optional[int], Optional[int], str]:
    counts, first = _year_counts(text, R)
    if date:
        y, mo = int(date[:4]), int(date[5:7])
        # the date's own year is no mention, nor are plans (2021年工作打算 in a report dated 2021年1月)
        said = _year_counts(text, R, strict=True)[0]
        earlier = _unmentioned_date_year(text, y, counts, said, page, R) if page else None
        if earlier is not None:  # a page stamped in a year after the years the report names
            return earlier, first[earlier], "date_unmentioned"
        if mo <= R.early_months and said.get(y - 1, 0) >= said.get(y, 0) and not _bulletin(text, R):
            return y - 1, None, "date_early_month"
        earlier = _unmentioned_date_year(text, y, counts, said, page, R)
        if earlier is not None:
            return earlier, first[earlier], "date_unmentioned"
        return y, None, "date"
    if counts:
        best = max(counts.values())
        y = max(y for y, n in counts.items() if n == best)
        return y, first[y], "most_frequent"
    return None, None, "none"


def year_candidate(text: str, date: Optional[str], R: Rules,
                   page: bool = False) -> Tuple[Optional[int], Optional[int], str]:
    """(year, evidence offset, rule): the title's year (``title``; ``head_sentence`` from the first
    sentence of a page without a title), a year cue (现将2019年…汇报 ``cue``, 截至2020年底
    ``cue_after_date``), the date's year (``date``, ``date_early_month``), else the most frequent
    year mentioned (``most_frequent``)."""
    found = _title_year(text, R)
    if found:
        return found
    found = _cue_year(text, R, "before_date")
    if found:
        return found[0], found[1], "cue"
    late = None if date else _cue_year(text, R, "after_date")
    if late:
        counted = _counted_year(text, None, R)
        if counted[0] is not None and counted[0] > late[0]:
            return counted  # 截至2017年底 of a village's past in a report that speaks mostly of 2020
        return late[0], late[1], "cue_after_date"
    month = None if date else signed_month(text, R)
    if month:
        y, at, rule = _counted_year(text, month, R)
        return y, at, "month_" + rule  # month_date, month_date_early_month
    found = _counted_year(text, date, R, page)
    return found if found[0] is not None else (_bare_title_year(text, R) or found)


def _bare_title_year(text: str, R: Rules) -> Optional[Tuple[int, int, str]]:
    """A year without 年 in a head line that is no sentence and no site boilerplate (执政纪要2017)."""
    for s, e in head_spans(text, R):
        line = text[s:e]
        if BODY_MARK.search(line) or is_boilerplate(line, R):
            continue
        m = R.bare_year.search(line)
        if m is not None:
            return int(m.group("y")), s + m.start("y"), "title_bare_year"
        if is_title(line.strip(), R):
            for name, last in R.plan_periods.items():  # “十三五”脱贫攻坚工作总结 → 2020
                if name in line:
                    return last, s + line.find(name), "title_plan_period"
    return _body_plan_period(text, R)


def _body_plan_period(text: str, R: Rules) -> Optional[Tuple[int, int, str]]:
    """A body clause spanning a five-year plan (“十三五”期间，全镇累计脱贫…: ``plan_period_spans``) in a
    text that names no year: the period's last year, the last resort.  Not in a template (201x年: its years
    are placeholders) nor where the sentence states a plan (“十三五”期间，我县计划搬迁…)."""
    if R.year_placeholder.search(text):
        return None
    for name, last in R.plan_periods.items():
        at = text.find(name)
        while at >= 0:
            after = text[at + len(name): at + len(name) + 4].lstrip("”\"’'」")
            end = _SENTENCE_END.search(text, at)
            if any(after.startswith(w) for w in R.plan_period_spans) and \
                    not _plan_in(text, at, min(end.start() if end else len(text), at + 60), R):
                return last, at, "body_plan_period"
            at = text.find(name, at + 1)
    return None


def signed_month(text: str, R: Rules) -> Optional[str]:
    """``YYYY-MM`` of a line that ends with a month (a signature 大铭乡人民政府 2020年12月, a
    standalone head line （2020年12月）), last lines first; None when there is none."""
    lines = list(reversed(tail_spans(text, R))) + list(line_spans(text)[: R.regions.max_lines])
    for s, e in lines:
        m = R.month_line.search(text[s:e])
        if m is None:
            continue
        try:
            y = int(m.group("y")) if m.group("y") else int(m.group("cy").translate(_CN_DIGITS))
            mo = int(m.group("m")) if m.group("m") else parse_chinese(m.group("cm"))
        except (ValueError, NumeralError):
            continue
        if 1 <= mo <= 12:
            return f"{y:04d}-{mo:02d}"
    return None


def _plan_section(text: str, R: Rules) -> int:
    """Where the report's plan section starts (a section heading holding a word of ``plan_headings``:
    三、下一步工作打算, 五、2021年工作计划), else the text's length."""
    for s, e in line_spans(text):
        line = text[s:e].strip()
        if _SECTION_HEAD.match(line) and len(line) <= 30 and R.plan_headings.search(line):
            return s
    return len(text)


def _consolidation_years(text: str, R: Rules) -> bool:
    """True when the text speaks of the consolidation years as its own (``year_bounds_later``: 巩固拓展, 过渡期 …):
    a word of them outside a plan, i.e. in a sentence without a plan word and above the plan section
    (三、下一步工作打算 — a 2020 report plans 巩固拓展脱贫攻坚成果 for 2021)."""
    end = _plan_section(text, R)
    for w in R.year_bounds_later:
        i = text.find(w, 0, end)
        while i >= 0:
            a = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, i - 80), i)), default=max(0, i - 80))
            stop = _SENTENCE_END.search(text, i)
            if not _plan_in(text, a, stop.start() if stop else len(text), R):
                return True
            i = text.find(w, i + len(w), end)
    return False


def implausible_year(text: str, year: Optional[int], R: Rules) -> Optional[str]:
    """Why ``year`` cannot be the year reported on (a site's rewriting), or None."""
    if year is None:
        return None
    later = _consolidation_years(text, R)
    for b in R.year_bounds:
        last = b.later_last if later else b.last
        if b.word in text and not b.first <= year <= last:
            return f"year {year} outside {b.first}-{last} for a {b.word} report"
    return None


def find_year(text: str, date: Optional[str], R: Rules) -> Optional[int]:
    """The main year reported on (None when implausible, see :func:`implausible_year`)."""
    y, _, _ = year_candidate(text, date, R)
    return None if implausible_year(text, y, R) else y
