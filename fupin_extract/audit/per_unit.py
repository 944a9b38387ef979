"""Per-unit figures.

* ``per_unit.monthly`` — a monthly amount × N个月 = the stated accumulated amount;
* ``per_unit.per_head`` — 每人/人均/每户/户均 X × count = the stated total; 每个/每盏/每亩 X × the count of that
  unit too (``per_unit.per_item``);
* ``per_unit.implied`` — N户 … 共T元 and a later amount X with X × N = T exactly (reported only then);
* ``per_unit.per_capita`` — 人均/户均 X = the total of X's unit named by the same words / the population
  (households).
"""
from __future__ import annotations

from decimal import Decimal
from typing import Optional, Sequence, Tuple

import regex

from fupin_extract.audit.context import BREAKS, Context, amount
from fupin_extract.audit.core import RATE_UNITS, Finding, Measured, compare_fields, divide, fmt, multiply, quote
from fupin_extract.audit.ledger import Ledger
from fupin_extract.rules.relations import cues

#: how far (characters) after 每人/每户/每个 its amount may stand (每户发放产业扶持资金5000元: a verb and an object between)
PER_REACH = 12


def _monthly_amount(c: Context, months: Measured, ws: int) -> Optional[Measured]:
    re_month = cues(c.r.per_unit.monthly)
    monthly = None
    for f in c.v.figs_in(ws, months.start):
        lead = c.n[max(ws, f.start - 6):f.start]
        if (f.unit == "元" and re_month.search(lead)) or f.unit == "元/月":
            monthly = f
    return monthly


def _accumulated(c: Context, after: int, we: int) -> Optional[Measured]:
    re_acc = cues(c.r.per_unit.accumulate)
    for f in c.v.figs_in(after, we):
        if f.unit == "元" and re_acc.search(c.n, max(after, f.start - 8), f.start):
            return f
    return None


def monthly(c: Context, led: Ledger) -> None:
    if not (cues(c.r.per_unit.monthly) and cues(c.r.per_unit.accumulate)):
        return
    for months in c.v.figs:
        if months.unit != "月":
            continue
        ws, we = c.v.segment(months.start)
        per_month = _monthly_amount(c, months, ws)
        if per_month is None:
            continue
        total = _accumulated(c, months.end, we)
        if total is None:
            continue
        prod = multiply(per_month.iv, months.iv)
        holds = prod.overlaps(total.iv)
        fields = compare_fields(per_month.iv, divide(total.iv, months.iv) or per_month.iv, per_month.value)
        expl = (f"{quote(per_month)} × {quote(months)} = {amount(prod.mid, '元')}, "
                + (f"consistent with {quote(total)}" if holds else f"≠ {quote(total)}"))
        led.record(Finding(c.doc, "per_unit", "per_unit.monthly", holds, expl, "info" if holds else "error", None,
                           [total.span, months.span], per_month.span, sentence=c.sentence(total.start),
                           unit="元", **fields))


def _per_head(c: Context, led: Ledger, m, unit: str) -> None:
    """每人 X元 … N人 … 共 T元 in one sentence (每户发放鸡苗50只 … 共2250只: any unit but the count's and a rate's)."""
    v, n = c.v, c.n
    re_acc = cues(c.r.per_unit.accumulate)
    x = v.next_fig(m.end(), m.end() + PER_REACH)
    if x is None or x.unit in RATE_UNITS or x.unit == unit or any(ch in BREAKS for ch in n[m.end():x.start]):
        return
    ss, se = v.sentence(m.start())
    counts = v.figs_in(ss, se, unit)
    totals = [f for f in v.figs_in(ss, se, x.unit) if f.start != x.start
              and re_acc.search(n, max(ss, v.clause_start(f.start), f.start - 12), f.start)]
    if len(counts) != 1:
        return
    cnt = counts[0]
    if not totals:
        totals = _governed_total(c, cnt, x, se)
    if len(totals) != 1:
        return
    tot = totals[0]
    k = Decimal(12) if regex.search(r"每月|每个月", n[m.end():x.start]) and \
        regex.search(r"全年|每年|年", n[max(ss, tot.start - 8):tot.start]) else Decimal(1)
    prod = multiply(x.iv, cnt.iv).scale(k)
    holds = prod.overlaps(tot.iv)
    fields = compare_fields(tot.iv, prod, tot.value)
    times = " × 12" if k == 12 else ""
    expl = (f"{quote(x)} × {quote(cnt)}{times} = {amount(prod.mid, x.unit)}, "
            + (f"consistent with {quote(tot)}" if holds else f"≠ {quote(tot)}"))
    led.record(Finding(c.doc, "per_unit", "per_unit.per_head", holds, expl, "info" if holds else "error",
                       tot.span, [x.span, cnt.span], x.span, sentence=c.sentence(tot.start), unit=x.unit,
                       **fields))


def _governed_total(c: Context, cnt: Measured, x: Measured, se: int) -> list:
    """共资助315人，发放资金63万元: the count's clause opens with an accumulate word (共, 累计) that governs the
    sentence after it — the one figure of the amount's unit after the count is the total."""
    v, n = c.v, c.n
    re_acc = cues(c.r.per_unit.accumulate)
    if not re_acc or not re_acc.search(n, v.clause_start(cnt.start), cnt.start) or x.start > cnt.start:
        return []
    later = [f for f in v.figs_in(cnt.end, se, x.unit) if not v.paren_of(f.start)]
    return later if len(later) == 1 else []


def per_head(c: Context, led: Ledger) -> None:
    p = c.r.per_unit
    if not cues(p.accumulate):
        return
    items = tuple(((word,), unit) for word, unit in p.per_item.items())
    for words, unit in ((p.per_person, "人"), (p.per_household, "户")) + items:
        re_per = cues(words)
        if not re_per:
            continue
        for m in re_per.finditer(c.n):
            _per_head(c, led, m, unit)


def implied(c: Context, led: Ledger) -> None:
    """N户 … 共T元 and, later in the paragraph, an amount X元 with X × N = T exactly (reported only then)."""
    v, n = c.v, c.n
    re_acc = cues(c.r.per_unit.accumulate)
    if not re_acc:
        return
    for t in v.figs:
        if t.unit != "元" or not t.exact or not re_acc.search(n, v.clause_start(t.start), t.start):
            continue
        ws, _ = v.segment(t.start)
        counts = [f for f in v.figs_in(ws, t.start) if f.unit in ("户", "人") and f.exact and f.value >= 2]
        if len(counts) != 1:
            continue
        _implied_amount(c, led, t, counts[0])


def _implied_amount(c: Context, led: Ledger, t: Measured, cnt: Measured) -> None:
    v = c.v
    _, pe = v.paragraph(t.start)
    for x in v.figs_in(t.end, pe, "元"):
        if led.is_part(x) or led.is_total(x) or x.value <= 0:
            continue
        if x.value * cnt.value == t.value:
            expl = (f"{quote(t)} / {quote(cnt)} = {amount(t.value / cnt.value, '元')}, the amount per unit "
                    f"stated as {quote(x)} (implied)")
            led.record(Finding(c.doc, "ratio", "per_unit.implied", True, expl, "info", None, [t.span, cnt.span],
                               x.span, stated=fmt(x.value), recomputed=fmt(t.value / cnt.value), difference="0",
                               tolerance="0", sentence=c.sentence(x.start), unit="元"))
            return



# ---------------------------------------------------------------------- per_unit.per_capita
#: how far (characters) a per-capita figure may be from its population and its total
CAPITA_REACH = 1000


def _shared_run(a: str, b: str) -> int:
    """The length of the longest run of Han characters ``a`` and ``b`` share."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if not regex.fullmatch(r"\p{Han}+", a[i:j]) or a[i:j] not in b:
                break
            best = j - i
    return best


def _sentence_before(c: Context, ss: int) -> Optional[Tuple[int, int]]:
    """The sentence before the one starting at ``ss``: in its paragraph, else the last of the line before."""
    v = c.v
    prev = v.prev_sentence(ss)
    if prev is None and ss > 0:
        ps, _ = v.paragraph(ss - 1)
        prev = v.sentence(max(ps, ss - 2)) if c.n[ps:ss].strip() else None
    return prev


def _capita_total(c: Context, led: Ledger, x: Measured, noun: str) -> Optional[Measured]:
    """The earlier figure of ``x``'s unit whose clause shares the longest run of words with ``noun``
    (耕地面积 over 总面积); of equal ones a whole before a part of a breakdown, then the nearest."""
    v = c.v
    if not regex.search(r"\p{Han}", noun):  # 耕地2300亩，人均1.9亩: the figure of the unit right before
        ss, _ = v.sentence(x.start)
        before = [t for t in v.figs_in(ss, x.start, x.unit) if not v.paren_of(t.start) and t.value > x.value]
        prev = _sentence_before(c, ss) if not before else None
        if prev is not None:  # 投入教育资助资金1260万元。⏎资助贫困学生8400人，人均1500元: the one amount of the line before
            before = [t for t in v.figs_in(*prev, x.unit) if not v.paren_of(t.start) and not c.per_figure(t)]
            before = before if len(before) == 1 and before[0].value > x.value else []
        return before[-1] if before else None
    best, key = None, (1, False, 0)
    for t in v.figs_in(max(0, x.start - CAPITA_REACH), x.start, x.unit):
        if v.paren_of(t.start) or c.per_figure(t) or t.value <= x.value:
            continue
        k = (_shared_run(noun, v.clause_lead(t.start)), not led.is_part(t), t.start)
        if k > key:
            best, key = t, k
    return best or _total_after(c, x, noun)


def _total_after(c: Context, x: Measured, noun: str) -> Optional[Measured]:
    """人均纯收入9800元，全村纯收入总额842.8万元: no earlier total; the first later figure of the sentence, of x's
    unit, whose clause says the per-capita figure's noun."""
    v = c.v
    _, se = v.sentence(x.start)
    for t in v.figs_in(x.end, se, x.unit):
        if v.paren_of(t.start) or c.per_figure(t) or t.value <= x.value:
            continue
        if _shared_run(noun, v.clause_lead(t.start)) >= 2:
            return t
    return None


def _head_count(c: Context, x: Measured, unit: str, indicators: Sequence[str]) -> Optional[Measured]:
    """The one figure of ``unit`` before ``x`` in its sentence (发放资金48万元，惠及160户，户均3000元: the
    households the total went to), else the population (households) figure nearest before ``x``, else the
    first after it in its paragraph."""
    v = c.v
    ss, _ = v.sentence(x.start)
    own = [f for f in v.figs_in(ss, x.start, unit) if not v.paren_of(f.start) and not c.per_figure(f)]
    if len(own) == 1:
        return own[0]
    prev = v.prev_sentence(x.start) if not own and v.clause_start(x.start) == ss else None
    before = _count_before(c, x, prev, unit) if prev else None
    if before is not None:
        return before
    ok = set(indicators)
    before = [f for f in v.figs_in(max(0, x.start - CAPITA_REACH), x.start, unit) if f.indicator in ok]
    if before:
        return before[-1]
    _, pe = v.paragraph(x.start)
    after = [f for f in v.figs_in(x.end, pe, unit) if f.indicator in ok]
    return after[0] if after else None


def _count_before(c: Context, x: Measured, prev: Tuple[int, int], unit: str) -> Optional[Measured]:
    """支持贫困户600户。户均贷款4万元: the one count of the sentence before, the average opening its own; with no count
    there, the named one of the sentence before that (:func:`_named_count`)."""
    own = [f for f in c.v.figs_in(*prev, unit) if not c.v.paren_of(f.start) and not c.per_figure(f)]
    if len(own) == 1:
        return own[0]
    return _named_count(c, x, prev, unit) if not own else None


#: how many characters the words before a count and the sentence of the amount must share (贫困户)
NAMED_COUNT_RUN = 3


def _named_count(c: Context, x: Measured, prev: Tuple[int, int], unit: str) -> Optional[Measured]:
    """全村共有贫困户80户。今年向贫困户发放分红资金12万元。户均分红1500元: the sentence before the average holds no count but
    its one amount (none of a part: 其中光伏分红8万元 may be what the average is of); the one count of the sentence before
    that one, when the words before it are named in the amount's sentence, and not as a whole of a subset (贫困户中的…)."""
    amounts = [f for f in c.v.figs_in(*prev, x.unit) if not c.v.paren_of(f.start)]
    before = _sentence_before(c, prev[0]) if len(amounts) == 1 else None
    if before is None:
        return None
    own = [f for f in c.v.figs_in(*before, unit) if not c.v.paren_of(f.start) and not c.per_figure(f)]
    if len(own) != 1:
        return None
    label, text = c.v.clause_lead(own[0].start), c.n[prev[0]:prev[1]]
    run = _shared_run(label, text)
    named = next((label[i:i + run] for i in range(len(label) - run + 1) if label[i:i + run] in text), "") if run else ""
    subset = named and text[text.index(named) + len(named):].startswith(tuple(c.r.per_unit.subset_marks))
    return own[0] if run >= NAMED_COUNT_RUN and not subset else None


def _per_capita(c: Context, led: Ledger, x: Measured, noun: str, count: Measured) -> None:
    t = _capita_total(c, led, x, noun)
    if t is None:
        return
    q = divide(t.iv, count.iv)
    if q is None:
        return
    holds = q.overlaps(x.iv)
    fields = compare_fields(x.iv, q, x.value)
    expl = (f"{quote(t)} / {quote(count)} = {amount(q.mid, x.unit)}, "
            + (f"consistent with {quote(x)}" if holds else f"≠ {quote(x)}"))
    led.record(Finding(c.doc, "ratio", "per_unit.per_capita", holds, expl, "info" if holds else "error", None,
                       [t.span, count.span], x.span, sentence=c.sentence(x.start), unit=x.unit, **fields))


def _after_time(yearly: Optional["regex.Pattern"], noun: str) -> str:
    """``noun`` without a time word (per_unit.per_year) at its start: 人均每年4800元 is of 人均 alone."""
    m = yearly.match(noun) if yearly is not None else None
    return noun[m.end():] if m else noun


def per_capita(c: Context, led: Ledger) -> None:
    """人均耕地1.2亩 against 耕地面积 / 总人口; 户均 against the households."""
    p = c.r.per_unit
    for words, unit, indicators in ((p.per_capita, "人", p.population_indicators),
                                    (p.household_average, "户", p.household_indicators)):
        rx, yearly = cues(words), cues(p.per_year)
        if rx is None:
            continue
        for x in c.v.figs:
            if x.unit in ("户", "人") or x.unit.endswith(("%", "‰")) or c.v.paren_of(x.start):
                continue
            lead = c.v.clause_lead(x.start)
            m = rx.search(lead)
            count = _head_count(c, x, unit, indicators) if m else None
            if count is not None:  # 人均每年4800元: 每年 names the period, not what the total is of
                _per_capita(c, led, x, _after_time(yearly, lead[m.end():]), count)


RULES = (monthly, per_head, implied, per_capita)
