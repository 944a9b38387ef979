"""Growth against both years.

* ``growth.compare`` — 与…A…相比增长/下降X% (the new figure before 与, the old one inside), and
  较/比 + a time + A + 增长X% (较2015年的4000元增长200%); 比上年增加D，增长X%: D is the amount of the change,
  the old figure is the new one less D;
* ``growth.from_to`` — 由A下降至B: the direction, and a stated rate of change when there is one
  (由A增至B，增长X%); 年均增长X% is compounded over the years the text gives; percentage points
  (百分点) are differences of two rates.
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import List, Optional, Tuple

import regex

from fupin_extract.audit.context import BREAKS, Context, amount
from fupin_extract.audit.core import (RATE_UNITS, STRONG_END, WEAK_END, Finding, Interval, Measured, compare_fields,
                                      divide, fmt, fmt_num, quote)
from fupin_extract.audit.ledger import Ledger
from fupin_extract.rules.relations import alternation, cues, ending
from fupin_extract.rules.text import text_rules

_TEXT_RULES = text_rules()

ANNUAL = _TEXT_RULES.phrase("annual")  # patterns/text.yaml phrases.annual
YEAR = regex.compile(r"((?:19|20)\d\d)年")


@lru_cache(maxsize=8)
def _opening_time(leads: Tuple[str, ...], ends: Tuple[str, ...]) -> "regex.Pattern":
    """A sentence that opens on a time clause alone (2017年，/ 到2020年底，/ 截至2019年，): ``growth.time_leads`` before
    the year, ``growth.time_ends`` after 年."""
    return regex.compile(rf"\s*{alternation(leads)}?((?:19|20)\d\d)年{alternation(ends)}?[，,]")
#: a span of years: 2016—2020年, 2016-2020年, 2016年至2020年
YEAR_SPAN = regex.compile(r"((?:19|20)\d\d)年?\s*(?:—+|–|-|~|～|至|到)\s*((?:19|20)\d\d)年")


def _compound(old: Interval, new: Interval, years: int, sign: int) -> Optional[Interval]:
    """Average annual change in % of the interval of new/old over ``years`` years (every endpoint)."""
    ratio = divide(new, old)
    if ratio is None or ratio.lo <= 0:
        return None

    def rate(r: Decimal) -> Decimal:
        return (Decimal(str(float(r) ** (1.0 / years))) - 1) * 100

    lo = rate(ratio.lo)
    hi = None if ratio.hi is None else rate(ratio.hi)
    if sign < 0:
        lo, hi = (-(hi) if hi is not None else Decimal(-100)), -lo
        lo = max(lo, Decimal(0))
    return Interval(lo, hi)


def annual(c: Context, rate: Measured) -> bool:
    """年均增长X%: an average annual rate (compounded), not the whole change."""
    return rate.unit == "%" and ANNUAL.search(c.n, max(0, rate.start - 8), rate.start) is not None


def years_between(c: Context, old: Measured, new: Measured) -> Optional[int]:
    n = c.n
    ya = YEAR.findall(n, max(0, old.start - 12), old.start)
    yb = YEAR.findall(n, max(old.end, new.start - 12), new.start)
    if not ya or not yb:
        return _year_span(c, old)
    d = int(yb[-1]) - int(ya[-1])
    return d if 0 < d <= 30 else None


def _year_span(c: Context, old: Measured) -> Optional[int]:
    """2016—2020年，…由6200元增加到9760元，年均增长12%: the one span of years stated in the sentence before the old
    figure gives the years to compound over."""
    ss, _ = c.v.sentence(old.start)
    spans = YEAR_SPAN.findall(c.n, ss, old.start)
    if len(spans) != 1:
        return None
    d = int(spans[0][1]) - int(spans[0][0])
    return d if 0 < d <= 30 else None


def _points(old: Measured, new: Measured, sign: int) -> Interval:
    """The change in percentage points between two rates."""
    if sign < 0:
        return Interval(old.iv.lo - (new.iv.hi if new.iv.hi is not None else new.iv.lo),
                        None if old.iv.hi is None else old.iv.hi - new.iv.lo)
    return Interval(max(Decimal(0), (new.iv.lo - (old.iv.hi or old.iv.lo)) * sign),
                    None if new.iv.hi is None else (new.iv.hi - old.iv.lo) * sign)


def _relative(old: Measured, new: Measured, sign: int) -> Optional[Interval]:
    """The whole change from ``old`` to ``new`` in % (a rise, or a fall when ``sign`` < 0)."""
    ratio = divide(new.iv, old.iv)
    if ratio is None:
        return None
    if sign > 0:
        return Interval((ratio.lo - 1) * 100, None if ratio.hi is None else (ratio.hi - 1) * 100)
    return Interval((1 - (ratio.hi if ratio.hi is not None else Decimal(0))) * 100, (1 - ratio.lo) * 100)


def _times(old: Measured, new: Measured, rate: Measured) -> Optional[Interval]:
    """增长X倍: new/old = X, or new/old − 1 = X when only that reading fits (GUIDELINES)."""
    ratio = divide(new.iv, old.iv)
    if ratio is None or ratio.overlaps(rate.iv):
        return ratio
    less = Interval(ratio.lo - 1, None if ratio.hi is None else ratio.hi - 1)
    return less if less.overlaps(rate.iv) else ratio


def _no_base(c: Context, led: Ledger, new: Measured, rate: Measured, sign: int, rule: str) -> None:
    expl = f"{quote(new)} grew by {quote(rate)} from a base the text does not state"
    if rate.unit == "%":
        base = new.value / (1 + sign * rate.value / 100) if (1 + sign * rate.value / 100) else None
        if base is not None:
            expl += f" (implied base ≈ {amount(base, new.unit)})"
    led.record(Finding(c.doc, "growth", rule, None, expl, "info", None, [new.span], rate.span,
                       stated=fmt(rate.value), sentence=c.sentence(rate.start), unit=rate.unit))


def _no_years(c: Context, led: Ledger, old: Measured, new: Measured, rate: Measured, rule: str) -> None:
    led.record(Finding(c.doc, "growth", rule, None,
                       f"{quote(rate)} is an average annual rate from {quote(old)} to {quote(new)}, "
                       "but the text gives no years to compound over (cannot tell)", "info", None,
                       [new.span, old.span], rate.span, stated=fmt(rate.value), sentence=c.sentence(rate.start),
                       unit=rate.unit))


def growth(c: Context, led: Ledger, old: Optional[Measured], new: Measured, rate: Measured, sign: int,
           rule: str) -> None:
    """The change from ``old`` to ``new`` against the stated ``rate``."""
    if old is None:
        _no_base(c, led, new, rate, sign, rule)
        return
    if rate.unit in c.r.growth.times:
        if sign < 0:
            return
        q = _times(old, new, rate)
    elif rate.unit == "百分点" and old.unit == "%" and new.unit == "%":
        q = _points(old, new, sign)
    elif annual(c, rate):
        years = years_between(c, old, new)
        if years is None:
            _no_years(c, led, old, new, rate, rule)
            return
        q = _compound(old.iv, new.iv, years, sign)
    else:
        q = _relative(old, new, sign)
    if q is None:
        return
    holds = q.overlaps(rate.iv)
    fields = compare_fields(rate.iv, q, rate.value)
    word = "growth" if sign > 0 else "decline"
    if annual(c, rate) and rate.unit == "%":
        word = f"average annual {word} (compounded over {years_between(c, old, new)} years)"
    expl = (f"{word} from {quote(old)} to {quote(new)} = {fmt_num(q.mid, 2)}{rate.unit}, "
            + (f"consistent with {quote(rate)}" if holds else f"≠ {quote(rate)}"))
    led.record(Finding(c.doc, "growth", rule, holds, expl, "info" if holds else "error", None, [new.span, old.span],
                       rate.span, sentence=c.sentence(rate.start), unit=rate.unit, **fields))


# ---------------------------------------------------------------------- growth.compare
def _compare_rates(c: Context, after: int, we: int) -> List[Tuple[Measured, int]]:
    """The rates after 增长/下降 in the clause chain after 相比, each with its direction."""
    n = c.n
    re_up, re_down = cues(c.r.growth.up), cues(c.r.growth.down)
    rates: List[Tuple[Measured, int]] = []
    for f in c.v.figs_in(after, we):
        if f.unit not in RATE_UNITS and f.unit not in c.r.growth.times:
            if rates:
                break
            continue
        lead = n[max(after, f.start - 8):f.start]
        up = bool(re_up and re_up.search(lead))
        down = bool(re_down and re_down.search(lead))
        if not (up or down) and not rates:
            continue
        rates.append((f, -1 if down and not up else 1))
    return rates


def _compare_news(c: Context, ws: int, pos: int, old: Optional[Measured]) -> List[Measured]:
    """The figures before 与…相比 that the comparison is of: of the old figure's unit (any when none)."""
    return [f for f in c.v.figs_in(ws, pos) if (old is None and f.unit not in RATE_UNITS)
            or (old is not None and f.unit == old.unit)]


def _compared(c: Context, led: Ledger, m, cl) -> None:
    """One 与…A…相比: the stated rates (or 翻n番) against the figures before it."""
    v = c.v
    olds = v.figs_in(m.end(), cl.start())
    old = olds[-1] if olds else None
    ws, _ = v.segment(m.start())
    _, we = v.segment(cl.end())
    rates = _compare_rates(c, cl.end(), we)
    news = _compare_news(c, ws, m.start(), old)
    if not news:
        return
    if not rates:
        twice = _doubling(c, cl.end(), v.clause_end(cl.end() + 1))
        if twice is not None and old is not None:
            doubled(c, led, old, news[-1], twice, "growth.doubled")
        return
    if len(rates) > 1 and len(news) >= len(rates):
        pairs = list(zip(news[-len(rates):], rates))
    else:
        pairs = [(news[-1], rates[0])]
    for new, (rate, sign) in pairs:
        growth(c, led, old, new, rate, sign, "growth.compare")


def compare(c: Context, led: Ledger) -> None:
    n = c.n
    g = c.r.growth
    re_open, re_close = cues(g.compare_open), cues(g.compare_close)
    if not (re_open and re_close):
        return
    for m in re_open.finditer(n):
        cl = re_close.search(n, m.end(), min(len(n), m.end() + 30))
        if cl is None or any(ch in WEAK_END or ch in STRONG_END for ch in n[m.end():cl.start()]):
            continue
        _compared(c, led, m, cl)


def _than_time(c: Context, m):
    """The time after 较/比: a year (较2015年) or one of ``growth.than_times`` (比上年)."""
    times = cues(c.r.growth.than_times)
    return YEAR.match(c.n, m.end()) or (times.match(c.n, m.end()) if times else None)


def _than_old(c: Context, t) -> Optional[Measured]:
    """较2015年的4000元 / 比上年的3000元: the old figure after 较/比 and a time, in the same clause."""
    old = c.v.next_fig(t.end(), c.v.clause_end(t.end()))
    return old if old is not None and old.unit not in RATE_UNITS else None


def _year_of(c: Context, f: Measured) -> Optional[int]:
    """The last year named in ``f``'s clause before it, else the one of a time clause that opens its sentence
    (2017年，全村集体经济收入为5万元 / 到2020年，…达到12万元)."""
    cs = c.v.clause_start(f.start)
    ys = YEAR.findall(c.n, cs, f.start)
    if not ys:
        ss, _ = c.v.sentence(f.start)
        lead = _opening_time(c.r.growth.time_leads, c.r.growth.time_ends).match(c.n, ss, cs)
        ys = [lead.group(1)] if lead else []
    return int(ys[-1]) if ys else None


def _wanted_year(c: Context, t, new: Measured, previous: bool) -> Optional[int]:
    """The year 较/比 + ``t`` compares with: the year named, or the year before the new figure's for 上年/去年."""
    if not previous:
        return int(t.group(1))
    ny = _year_of(c, new)
    return ny - 1 if ny is not None and t.group() in c.r.growth.than_previous else None


def _earlier_year(c: Context, t, new: Measured, ws: int) -> Optional[Measured]:
    """2019年人均纯收入7642元，2020年达到8560元，比上年增长12%: no figure after the time — the old figure is
    the one of the new one's unit, earlier in the segment, whose clause names the year compared with (the
    year named, or the year before the new one's for 上年/去年); else the one such figure after the time in the
    sentence (较2019年增长25%，2019年为20万元)."""
    previous = not YEAR.fullmatch(t.group())
    want = _wanted_year(c, t, new, previous)
    if want is None and not (previous and t.group() in c.r.growth.than_previous):
        return None
    olds = [f for f in c.v.figs_in(ws, new.start, new.unit) if not c.v.paren_of(f.start) and _year_of(c, f) == want] \
        if want is not None else []
    if not olds:  # 较2019年增长25%，2019年为20万元 (较上年…，上年为10312元): the old figure stated after the rate
        _, se = c.v.sentence(new.start)
        olds = [f for f in c.v.figs_in(t.end(), se, new.unit) if not c.v.paren_of(f.start)
                and (want is not None and _year_of(c, f) == want or previous and _names_previous(c, f))]
    if not olds and (want is not None or previous):
        olds = _next_sentence_old(c, new, want)
    return olds[-1] if len(olds) == 1 else None


def _named(c: Context, f: Measured) -> str:
    """``f``'s clause without its years, 上年/去年 and a closing 为/是 (2019年全乡村集体经济收入总额为 → 全乡村集体经济收入总额)."""
    words = "|".join(regex.escape(w) for w in c.r.growth.than_previous)
    lead = regex.sub(YEAR.pattern + (f"|{words}" if words else ""), "", c.v.clause_lead(f.start))
    verb = ending(c.r.growth.name_verbs)
    return verb.sub("", lead.strip()) if verb is not None else lead.strip()




def _next_sentence_old(c: Context, new: Measured, want: Optional[int]) -> List[Measured]:
    """2020年…84万元，比上年增长20%。2019年全乡村集体经济收入总额为70万元。: the old figure in the sentence after the new
    one's (same paragraph), of its unit and indicator, after the year compared with (or 上年/去年 opening its clause),
    its clause naming what the new one's names (城镇居民 is not 农村居民)."""
    v = c.v
    _, se = v.sentence(new.start)
    _, pe = v.paragraph(new.start)
    if se >= pe:
        return []
    rx = cues(c.r.growth.than_previous)
    name = _named(c, new)
    olds = []
    for f in v.figs_in(*v.sentence(se), new.unit):
        lead = c.v.clause_lead(f.start).lstrip()
        year_ok = _year_of(c, f) == want if want is not None and YEAR.search(lead) else bool(rx and rx.match(lead))
        if year_ok and not v.paren_of(f.start) and f.indicator == new.indicator and len(_named(c, f)) >= 4 \
                and _named(c, f) in name:
            olds.append(f)
    return olds


def _by_amount(c: Context, t, amt: Measured) -> int:
    """比上年增加1600元: the figure after the time follows a word of change — it is the amount the new figure
    moved by, not the old figure (+1 up, -1 down, 0 when it is the old figure)."""
    return _by_amount_between(c, t.end(), amt.start)


def _by_amount_between(c: Context, s: int, e: int) -> int:
    """+1 / -1 when a word of a rise / fall stands in [s, e), else 0."""
    lead = c.n[s:e]
    re_up, re_down = cues(c.r.growth.up), cues(c.r.growth.down)
    if re_down and re_down.search(lead):
        return -1
    return 1 if re_up and re_up.search(lead) else 0


def _than_by(c: Context, led: Ledger, new: Measured, amt: Measured, sign: int) -> bool:
    """人均纯收入12800元，比上年增加1600元，增长14.3%: the rate is amount / (new − amount) (new + amount for a
    fall), against the rate stated in the clause after the amount's."""
    rates = _compare_rates(c, amt.end, c.v.clause_end(c.v.clause_end(amt.end) + 1) + 1)
    if not rates or rates[0][0].unit != "%" or new.iv.hi is None or amt.iv.hi is None:
        return False
    rate = rates[0][0]
    if sign > 0:
        old_lo, old_hi = new.iv.lo - amt.iv.hi, new.iv.hi - amt.iv.lo
    else:
        old_lo, old_hi = new.iv.lo + amt.iv.lo, new.iv.hi + amt.iv.hi
    if old_lo <= 0:
        return
    q = Interval(amt.iv.lo / old_hi * 100, amt.iv.hi / old_lo * 100)
    what = (f"of {quote(amt)} to {quote(new)} = {fmt_num(q.mid, 2)}% of the year before's "
            f"{amount(new.value - sign * amt.value, new.unit)}")
    _record_amount_rate(c, led, rate, q, sign, what, [new.span, amt.span])
    return True


def _same_name_before(c: Context, new: Measured) -> Optional[Measured]:
    """The one figure of the year before ``new``'s in the sentence before, under the same name (新增产业合作社 is not
    新增家庭农场)."""
    ny = _year_of(c, new)
    name = _named(c, new)
    before = [f for f in (_previous_sentence_year(c, new, ny - 1) if ny is not None else [])
              if len(_named(c, f)) >= 4 and _named(c, f) == name]
    return before[0] if len(before) == 1 else None


def _amount_only(c: Context, led: Ledger, t, new: Measured, amt: Measured, sign: int) -> None:
    """2019年新增就业4200人，2020年新增就业5100人，比上年增加900人: no rate, but the figure of the year compared
    with stands in the sentence — the larger of the two is the smaller one and the change (``growth.amount``)."""
    ws, _ = c.v.segment(new.start)
    old = _earlier_year(c, t, new, ws)
    if old is not None and old.start == amt.start:  # 比上年增加1060元。2019年…10600元: the amount names 上年, the old
        ny = _year_of(c, new)  # figure stands in the next sentence
        later = _next_sentence_old(c, new, ny - 1 if ny is not None else None)
        old = later[0] if len(later) == 1 else old
    if old is None or old.start == amt.start:  # 2019年…合作社124家。2020年…158家，较上年增加34家: the sentence before
        old = _same_name_before(c, new) or old
    if old is None or old.start == amt.start or old.unit != amt.unit or not (old.exact and new.exact and amt.exact):
        return  # 比上年增加0.4亿元: the amount after 上年 is no figure of the year before
    big, small = (new, old) if sign > 0 else (old, new)
    got = small.iv + amt.iv
    holds = got.overlaps(big.iv)
    word = "rise" if sign > 0 else "fall"
    expl = (f"{quote(small)} + the {word} {quote(amt)} = {amount(got.mid, amt.unit)}, "
            + (f"consistent with {quote(big)}" if holds else f"≠ {quote(big)}"))
    led.record(Finding(c.doc, "sum", "growth.amount", holds, expl, "info" if holds else "error", big.span,
                       [small.span, amt.span], None, sentence=c.sentence(amt.start), unit=amt.unit,
                       **compare_fields(big.iv, got, big.value)), big, [small, amt])


def _record_amount_rate(c: Context, led: Ledger, rate: Measured, q: Interval, sign: int, what: str,
                        spans: list) -> None:
    """The finding of a rate stated after an amount of change: ``q`` (the rate the figures give)
    against ``rate``; ``what`` says how ``q`` was worked out."""
    holds = q.overlaps(rate.iv)
    word = "growth" if sign > 0 else "decline"
    expl = f"{word} {what}, " + (f"consistent with {quote(rate)}" if holds else f"≠ {quote(rate)}")
    led.record(Finding(c.doc, "growth", "growth.compare", holds, expl, "info" if holds else "error", None,
                       spans, rate.span, sentence=c.sentence(rate.start), unit="%",
                       **compare_fields(rate.iv, q, rate.value)))


def _than_amount(c: Context, led: Ledger, t, old: Optional[Measured], news: List[Measured]) -> bool:
    """Whether the figure after 较/比 + a time is the amount of the change (read by :func:`_than_by`)."""
    if old is not None and not news:
        return _old_by(c, led, old)
    by = _by_amount(c, t, old) if old is not None else 0
    if not (by and news and news[-1].unit == old.unit):
        return False
    if not _than_by(c, led, news[-1], old, by):
        _amount_only(c, led, t, news[-1], old, by)
    return True


def _old_by(c: Context, led: Ledger, old: Measured) -> bool:
    """收入较2019年的8万元增加4万元，增长50%: no new figure — the amount D after the old figure, and the rate
    D / old against the stated one."""
    amt = c.v.next_fig(old.end, c.v.clause_end(old.end))
    if amt is None or amt.unit != old.unit or old.iv.hi is None or amt.iv.hi is None or old.iv.lo <= 0:
        return False
    sign = _by_amount_between(c, old.end, amt.start)
    rates = _compare_rates(c, amt.end, c.v.clause_end(c.v.clause_end(amt.end) + 1) + 1) if sign else []
    if not rates or rates[0][0].unit != "%":
        return False
    rate = rates[0][0]
    q = Interval(amt.iv.lo / old.iv.hi * 100, amt.iv.hi / old.iv.lo * 100)
    _record_amount_rate(c, led, rate, q, sign, f"of {quote(amt)} from {quote(old)} = {fmt_num(q.mid, 2)}%",
                        [old.span, amt.span])
    return True


def than(c: Context, led: Ledger) -> None:
    """人均纯收入12000元，较2015年的4000元增长200% (or 翻了一番): the new figure before 较/比, the old one after
    it — or, with no figure after the time, the one of the year compared with earlier in the segment."""
    rx = cues(c.r.growth.than)
    if rx is None:
        return
    for m in rx.finditer(c.n):
        t = _than_time(c, m)
        old = _than_old(c, t) if t is not None else None
        after = old.end if old is not None else (t.end() if t is not None else None)
        if after is None:
            continue
        ws, _ = c.v.segment(m.start())
        news = _compare_news(c, ws, m.start(), old)
        if _than_amount(c, led, t, old, news):
            continue
        if old is None and not news:
            news = _rate_news(c, ws, m.start(), after)  # 巩固率达到96.8%，较上年提高1.6个百分点，上年为95.2%
        if old is None and news:
            news = [f for f in news if f.unit == news[-1].unit]
            old = _earlier_year(c, t, news[-1], ws)
        if old is None or not news or news[-1].unit != old.unit:
            continue
        ce = c.v.clause_end(after) + 1
        rates = _compare_rates(c, after, ce)
        twice = _doubling(c, after, ce) if not rates else None
        if rates:
            growth(c, led, old, news[-1], rates[0][0], rates[0][1], "growth.compare")
        elif twice is not None:
            doubled(c, led, old, news[-1], twice, "growth.doubled")


def _rate_news(c: Context, ws: int, pos: int, after: int) -> List[Measured]:
    """The % figures before 较/比 when the change after it is in 百分点: a rate compared with the year before's."""
    rates = _compare_rates(c, after, c.v.clause_end(after) + 1)
    if not rates or rates[0][0].unit != "百分点":
        return []
    return [f for f in c.v.figs_in(ws, pos) if f.unit == "%"]


def _names_previous(c: Context, f: Measured) -> bool:
    """上年为1.7万吨: ``f``'s clause names the year before (``growth.than_previous``) right before it."""
    rx = cues(c.r.growth.than_previous)
    return bool(rx and rx.search(c.n, max(c.v.clause_start(f.start), f.start - 6), f.start))


def same_period(c: Context, led: Ledger) -> None:
    """2020年收入18.6万元，同比增长55%，2019年为12万元: 同比 names no time; the old figure is the one of the new
    one's unit in the sentence whose clause names the year before the new one's (``growth.than_same``), or
    上年/去年 right before it (上年为1.7万吨)."""
    rx = cues(c.r.growth.than_same)
    if rx is None:
        return
    for m in rx.finditer(c.n):
        rates = _compare_rates(c, m.end(), c.v.clause_end(m.end()) + 1)
        ws, _ = c.v.segment(m.start())
        news = _compare_news(c, ws, m.start(), None)
        if not (news and rates):
            continue
        new = news[-1]
        ss, se = c.v.sentence(m.start())
        if _names_previous(c, new):  # 今年达到2600万元，去年同期为2000万元，同比增长30%: the old figure came last
            newer = [f for f in news[:-1] if f.unit == new.unit and not _names_previous(c, f)]
            if newer:
                growth(c, led, new, newer[-1], rates[0][0], rates[0][1], "growth.compare")
            continue
        ny = _year_of(c, new)
        olds = [f for f in c.v.figs_in(ss, se, new.unit) if f.start != new.start and not c.v.paren_of(f.start)
                and ((ny is not None and _year_of(c, f) == ny - 1) or _names_previous(c, f))]
        if not olds and ny is not None:
            olds = _previous_sentence_year(c, new, ny - 1) or _next_sentence_old(c, new, ny - 1)
        if len(olds) == 1:
            growth(c, led, olds[0], new, rates[0][0], rates[0][1], "growth.compare")


def _previous_sentence_year(c: Context, new: Measured, want: int) -> List[Measured]:
    """2019年全乡劳务输出3400人。2020年全乡劳务输出3910人，同比增长15%: the figure of the new one's unit in the sentence
    before, after the year before the new one's, whose clause shares a phrase with the new one's (the same count)."""
    prev = c.v.prev_sentence(new.start)
    if prev is None:
        return []
    olds = [f for f in c.v.figs_in(*prev, new.unit) if not c.v.paren_of(f.start) and _year_of(c, f) == want]
    lead = c.v.clause_lead(new.start)
    return [f for f in olds if c.shares_phrase(f, lead)]


def _multiple_old(c: Context, r: Measured) -> Optional[Measured]:
    """是2015年5600元的2倍: the figure right before 的 + the multiple, after 是 (and a time)."""
    old = c.v.figs_in(max(0, r.start - 24), r.start)
    old = old[-1] if old else None
    if old is None or old.unit in RATE_UNITS or c.n[old.end:r.start].strip() != "的":
        return None
    lead = c.v.clause_lead(old.start)
    words = "|".join(regex.escape(w) for w in c.r.growth.multiple)
    return old if words and regex.search(rf"(?:{words})(?:(?:19|20)\d\d年)?(?:的)?$", lead) else None


def multiple(c: Context, led: Ledger) -> None:
    """全县人均收入达到11200元，是2015年5600元的2倍: new/old against the stated multiple (no X + 1 reading)."""
    for r in c.v.figs:
        if r.unit not in c.r.growth.times:
            continue
        old = _multiple_old(c, r)
        ws, _ = c.v.segment(r.start)
        news = [f for f in c.v.figs_in(ws, old.start, old.unit) if not c.v.paren_of(f.start)] if old else []
        q = divide(news[-1].iv, old.iv) if news else None
        if q is None:
            continue
        new = news[-1]
        holds = q.overlaps(r.iv)
        expl = (f"{quote(new)} / {quote(old)} = {fmt_num(q.mid, 2)}, "
                + (f"consistent with {quote(r)}" if holds else f"≠ {quote(r)}"))
        led.record(Finding(c.doc, "growth", "growth.multiple", holds, expl, "info" if holds else "error", None,
                           [new.span, old.span], r.span, sentence=c.sentence(r.start), unit=r.unit,
                           **compare_fields(r.iv, q, r.value)))


# ---------------------------------------------------------------------- growth.from_to
def _from_to_pair(c: Context, m) -> Optional[Tuple[Measured, Measured, int]]:
    """由A增加到B / 从A下降至B: the two figures and the direction (+1 up, -1 down)."""
    v, n = c.v, c.n
    re_up, re_down = cues(c.r.growth.up), cues(c.r.growth.down)
    a = v.next_fig(m.end(), m.end() + 12)
    if a is None or any(ch in BREAKS for ch in n[m.end():a.start]):
        return None
    window = n[a.end:a.end + 8]
    up = re_up.search(window) if re_up else None
    down = re_down.search(window) if re_down else None
    d = down if down and (not up or down.start() <= up.start()) else up
    if d is None:
        return None
    b = v.next_fig(a.end + d.end(), a.end + d.end() + 14)
    if b is None or b.unit != a.unit or any(ch in BREAKS for ch in n[a.end:b.start]):
        return None
    return a, b, -1 if d is down else 1


def _stated_change(c: Context, a: Measured, b: Measured) -> Optional[Measured]:
    """A stated rate of change right after 由A增至B: 增长X%."""
    v, n = c.v, c.n
    re_up, re_down = cues(c.r.growth.up), cues(c.r.growth.down)
    ce = v.clause_end(v.clause_end(b.end) + 1)
    between = v.figs_in(b.end, ce)
    if between and all(f.unit == a.unit for f in between):  # 增加了6200元，增长200%: the amount, then the rate
        ce = v.clause_end(ce + 1)
    rate = next((f for f in v.figs_in(b.end, ce) if f.unit in RATE_UNITS and f.unit != a.unit
                 or (f.unit in RATE_UNITS and a.unit not in RATE_UNITS) or f.unit in c.r.growth.times), None)
    if rate is not None and _other_base(c, rate):
        return None  # 由28.6%下降到0%，较上年下降1.2个百分点: a change against another time than A's
    if rate is not None and (re_up and re_up.search(n, max(b.end, rate.start - 6), rate.start)
                             or re_down and re_down.search(n, max(b.end, rate.start - 6), rate.start)):
        return rate
    return None


def _annual_after(c: Context, rate: Measured) -> Optional[Measured]:
    """A 年均 rate in the clause right after a stated rate of change (增长了2倍，年均增长31.6%), when that one is not annual."""
    if annual(c, rate):
        return None
    ce = c.v.clause_end(rate.end)
    nxt = c.v.next_fig(ce, c.v.clause_end(ce + 1))
    return nxt if nxt is not None and annual(c, nxt) and not _other_base(c, nxt) else None


def _other_base(c: Context, rate: Measured) -> bool:
    """The rate's clause compares with a time of its own (较上年, 比2019年, 同比): not the change from 由A."""
    g = c.r.growth
    lead = c.v.clause_lead(rate.start)
    if any(w in lead for w in g.than_same):
        return True
    for m in (cues(g.than).finditer(lead) if cues(g.than) else ()):
        rest = lead[m.end():]
        if YEAR.match(rest) or any(rest.startswith(w) for w in g.than_times):
            return True
    return False


def _direction(c: Context, led: Ledger, a: Measured, b: Measured, sign: int) -> None:
    holds = (b.iv.lo > a.iv.hi if a.iv.hi is not None else False) if sign > 0 else \
        (b.iv.hi is not None and b.iv.hi < a.iv.lo)
    word = "rise" if sign > 0 else "fall"
    expl = (f"stated {word} from {quote(a)} to {quote(b)}: "
            + ("direction consistent" if holds else "the figures do not move that way"))
    led.record(Finding(c.doc, "growth", "growth.from_to", holds, expl, "info" if holds else "error", None,
                       [a.span, b.span], None, stated=fmt(b.value), recomputed=fmt(b.value - a.value),
                       difference=fmt(b.value - a.value), sentence=c.sentence(a.start), unit=a.unit))


def _doubling(c: Context, pos: int, end: int) -> Optional[Tuple[int, int, int]]:
    """翻一番/翻两番 between ``pos`` and ``end``: (start, end, times doubled)."""
    table = c.r.growth.doubled
    rx = cues(tuple(table))
    m = rx.search(c.n, pos, end) if rx else None
    return (m.start(), m.end(), int(table[m.group()])) if m else None


def doubled(c: Context, led: Ledger, old: Measured, new: Measured, span: Tuple[int, int, int], rule: str) -> None:
    """new/old against 2^n (翻n番)."""
    s, e, times = span
    ratio = divide(new.iv, old.iv)
    if ratio is None:
        return
    k = Decimal(2) ** times
    stated = Interval(k, k)
    holds = ratio.overlaps(stated)
    fields = compare_fields(stated, ratio, k)
    expl = (f"{quote(new)} / {quote(old)} = {fmt_num(ratio.mid, 2)}, "
            + (f"consistent with “{c.v.text[s:e]}” (×{fmt(k)})" if holds else f"≠ “{c.v.text[s:e]}” (×{fmt(k)})"))
    led.record(Finding(c.doc, "growth", rule, holds, expl, "info" if holds else "error", None, [new.span, old.span],
                       [s, e], sentence=c.sentence(new.start), unit="倍", **fields))


def change_ends(c: Context) -> List[Tuple[Measured, Measured, int]]:
    """Every 由A增加到B / 从A下降至B of the document: (A, B, direction)."""
    re_from = cues(c.r.growth.from_)
    if not re_from:
        return []
    return [p for p in (_from_to_pair(c, m) for m in re_from.finditer(c.n)) if p is not None]


def _change_before(c: Context, a: Measured, sign: int) -> Optional[Measured]:
    """全县贫困发生率下降了2.3个百分点，由3.5%下降到1.2%: the rate of change is the last figure of the clause right
    before 由A…B, a word of the same direction right before it."""
    v = c.v
    cs = v.clause_start(a.start)
    if cs <= 0:
        return None
    pcs = v.clause_start(cs - 1)
    figs = v.figs_in(pcs, cs)
    if not figs or figs[-1].unit not in RATE_UNITS and figs[-1].unit not in c.r.growth.times:
        return None
    rate = figs[-1]
    words = cues(c.r.growth.up if sign > 0 else c.r.growth.down)
    lead = c.n[max(pcs, rate.start - 5):rate.start]
    return rate if words and words.search(lead) and not c.n[rate.end:cs].strip("，,、 ") else None


def from_to(c: Context, led: Ledger) -> None:
    for a, b, sign in change_ends(c):
        rate = _stated_change(c, a, b) or _change_before(c, a, sign)
        twice = _doubling(c, b.end, c.v.clause_end(c.v.clause_end(b.end) + 1)) if sign > 0 else None
        if rate is not None:
            growth(c, led, a, b, rate, sign, "growth.from_to")
            again = _annual_after(c, rate)
            if again is not None:
                growth(c, led, a, b, again, sign, "growth.from_to")  # 增长了2倍，年均增长31.6%
        elif twice is not None:
            doubled(c, led, a, b, twice, "growth.doubled")
        else:
            _direction(c, led, a, b, sign)




def _rate_first(c: Context, m) -> Optional[Tuple[Measured, Measured, Measured, int]]:
    """由A增长了X%，达到B: the old figure, the rate right after a word of change, then in the next clause the new
    figure of A's unit right after 达到/至/为 — (A, B, rate, direction)."""
    v, n = c.v, c.n
    a = v.next_fig(m.end(), m.end() + 12)
    if a is None or a.unit in RATE_UNITS or any(ch in BREAKS for ch in n[m.end():a.start]):
        return None
    rate = v.next_fig(a.end, a.end + 8)
    if rate is None or rate.unit not in RATE_UNITS or any(ch in BREAKS for ch in n[a.end:rate.start]):
        return None
    sign = _by_amount_between(c, a.end, rate.start)
    ce = v.clause_end(rate.end)
    b = v.next_fig(ce, v.clause_end(ce + 1))
    reached = ending(c.r.growth.reached, "了?")
    if not sign or b is None or b.unit != a.unit or reached is None:
        return None
    if not reached.search(n, v.clause_start(b.start), b.start):
        return None
    return a, b, rate, sign


def rate_first(c: Context, led: Ledger) -> None:
    """由上年的8万元增长了50%，达到12万元: the rate stated between the two ends of the change."""
    re_from = cues(c.r.growth.from_)
    for m in (re_from.finditer(c.n) if re_from else ()):
        got = _rate_first(c, m)
        if got is not None:
            a, b, rate, sign = got
            growth(c, led, a, b, rate, sign, "growth.from_to")


def _bare_change(c: Context, rate: Measured) -> int:
    """+1 / -1 when the clause before ``rate`` is only a word of a rise / fall (增长, 下降了), else 0."""
    lead = c.v.clause_lead(rate.start).strip()
    lead = regex.sub(r"(?:了|为|达|达到|是)$", "", lead)  # 增长了, 增幅为, 增幅达
    re_up, re_down = cues(c.r.growth.up), cues(c.r.growth.down)
    if re_down and re_down.fullmatch(lead):
        return -1
    return 1 if re_up and re_up.fullmatch(lead) else 0


def _yearly_ends(c: Context, rate: Measured) -> Optional[Tuple[Measured, Measured]]:
    """The two figures of one unit in the two clauses right before ``rate``'s, each after a year of its own, the
    earlier year first (2019年为8600元，2020年为9460元，增长10%)."""
    v = c.v
    ws, _ = v.segment(rate.start)
    cs = v.clause_start(rate.start)
    before = [f for f in v.figs_in(ws, cs) if not v.paren_of(f.start)]
    if len(before) == 1:
        return _previous_year_end(c, before[0])
    if len(before) < 2:
        return None
    old, new = before[-2], before[-1]
    if old.unit != new.unit or (old.unit in RATE_UNITS and rate.unit != "百分点"):
        return None
    if v.clause_start(new.start) <= old.start or v.clause_end(new.end) + 1 < cs:
        return None  # one figure a clause, the new one's clause right before the rate's
    yo, yn = _year_of(c, old), _year_of(c, new)
    return (old, new) if yo is not None and yn is not None and yo < yn else None


def _previous_year_end(c: Context, new: Measured) -> Optional[Tuple[Measured, Measured]]:
    """2019年全村人均纯收入8600元。2020年全村人均纯收入达到9460元，增长10%: the new figure alone before the rate; the
    old one is the last figure of the sentence before (its paragraph) of the new one's unit and indicator, after an
    earlier year of its own."""
    v = c.v
    prev = v.prev_sentence(new.start)
    line = _line_before(c, new) if prev is None else None
    yn = _year_of(c, new)
    if yn is None or (prev or line) is None:
        return None
    olds = [f for f in v.figs_in(*(prev or line), new.unit) if not v.paren_of(f.start)]
    same = bool(olds) and (olds[-1].indicator == new.indicator and olds[-1].scope == new.scope and new.indicator
                           and prev is not None)
    if not olds or not same and not (len(_named(c, olds[-1])) >= 4 and _named(c, olds[-1]) in _named(c, new)):
        return None  # 2018年全县特色产业产值为4.5亿元。⏎2020年全县特色产业产值达到5.4亿元: no indicator, one name
    yo = _year_of(c, olds[-1])
    return (olds[-1], new) if yo is not None and yo < yn else None


def _line_before(c: Context, new: Measured) -> Optional[Tuple[int, int]]:
    """The line before ``new``'s when ``new``'s sentence opens its line and that line is one sentence, no heading."""
    v = c.v
    ss, _ = v.sentence(new.start)
    ps, _ = v.paragraph(new.start)
    if ss != ps or ps == 0:
        return None
    qs, qe = v.paragraph(ps - 1)
    if v.sentence(qs)[1] < qe - 1 or qs in c.headings:
        return None
    return qs, qe


def yearly_change(c: Context, led: Ledger) -> None:
    """全村人均纯收入2019年为8600元，2020年为9460元，增长10%: a rate whose clause is only a word of change (no 比, 较,
    同比, 相比: the rules above read those) after two figures of one unit, one a clause, each after its own year, the
    later year last: the change from the earlier figure to the later one."""
    for rate in c.v.figs:
        if rate.unit not in RATE_UNITS and rate.unit not in c.r.growth.times:
            continue
        sign = _bare_change(c, rate)
        ends = _yearly_ends(c, rate) if sign else None
        if ends is not None:
            growth(c, led, ends[0], ends[1], rate, sign, "growth.years")


RULES = (compare, than, same_period, multiple, from_to, rate_first, yearly_change)
