"""Shares and named rates against their base.

* ``share.of`` — 占…的X% (numerator before 占, base between 占 and 的); 分别占A及B的X%和Y%;
* ``share.named_rate`` — …率/进度 X% with the figures it is computed from in the same clause chain;
* ``share.incidence`` — 贫困发生率X% = the poor (remaining) population / the population;
* ``share.implicit_base`` — a share whose base the text leaves unstated: the total of the breakdown
  its numerator is a part of (read from the ledger), a ``N户…中`` total, the base the words name
  (占总人口的, 占计划总投资的), or one earlier figure that several shares of a sentence agree on;
* ``share.of`` also — 其中35%的贫困户（98户）: the count after the rate's noun over that noun's earlier whole;
* ``share.completion`` — 实际完成138户，完成年度任务的115%: the completed figure over the plan (may exceed 100 %);
* ``sum.share_partition`` — those shares' figures add up to their base when their rates add up to 100 %.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Dict, List, Optional, Sequence, Tuple

import regex

from fupin_extract.audit.context import BREAKS, Context, amount
from fupin_extract.audit.core import (PAIR_STRIP, RATE_UNITS, Finding, Interval, Measured, compare_fields, divide, fmt, fmt_num,
                                      quote)
from fupin_extract.audit.ledger import Ledger
from fupin_extract.audit.plausibility import plausible
from fupin_extract.audit.sums import emit_sum
from fupin_extract.rules.relations import cues, ending
from fupin_extract.rules.text import text_rules

_TEXT_RULES = text_rules()

#: words of a named rate that say what it counts: 户数占比73% is a share of households
#: what is left of 占全村总人口数的 once the framing is dropped: the words naming the base
BASE_NOISE = _TEXT_RULES.phrase("share_base_noise")  # patterns/text.yaml phrases.share_base_noise
BASE_REACH = 600
AND_SPLIT = _TEXT_RULES.phrase("share_base_split")  # patterns/text.yaml phrases.share_base_split
#: shares of one sentence agree on an earlier base when each implied base is this close to it
SHARED_BASE_GAP = Decimal("0.02")


# ---------------------------------------------------------------------- the verdict
def _open_share(c: Context, led: Ledger, num: Measured, rate: Measured, rule: str, k: Decimal) -> None:
    expl = f"{quote(num)} is {quote(rate)} of a base the text does not state"
    if rate.value:
        expl += f" (implied base ≈ {amount(num.value * k / rate.value, num.unit)})"
    led.record(Finding(c.doc, "share" if rule == "share.of" else "ratio", rule, None, expl, "info", None,
                       [num.span], rate.span, stated=fmt(rate.value), sentence=c.sentence(rate.start), unit=rate.unit))


def share(c: Context, led: Ledger, num: Measured, den: Optional[Measured], rate: Measured, rule: str,
          base_text: str) -> None:
    """``num`` / ``den`` against ``rate`` (``den`` None: the base is looked for, else left open)."""
    k = Decimal(1000) if rate.unit == "‰" else Decimal(100)
    if den is None and rule in ("share.of", "share.named_rate"):
        den = _implicit_base(c, led, num, base_text)
        if den is not None:
            rule = "share.implicit_base"
    if den is None:
        _open_share(c, led, num, rate, rule, k)
        return
    q = divide(num.iv, den.iv)
    if q is None:
        return
    q = q.scale(k)
    holds = q.overlaps(rate.iv)
    fields = compare_fields(rate.iv, q, rate.value)
    expl = (f"{quote(num)}/{quote(den)} = {fmt_num(q.mid, 2)}{rate.unit}, "
            + (f"consistent with {quote(rate)}" if holds else f"≠ {quote(rate)}"))
    f = Finding(c.doc, "share", rule, holds, expl, "info" if holds else "error", den.span, [num.span], rate.span,
                sentence=c.sentence(rate.start), unit=rate.unit, **fields)
    if led.record(f):
        other_time = c.r.share.other_time and c.r.share.other_time.search(base_text)
        if rate.value > 100 and not other_time and num.unit == den.unit and rule != "share.completion":
            plausible(c, led, rate, f"{quote(rate)}: a share of {quote(den)} above 100% "
                      f"({quote(num)} cannot be a part of it)", "plausibility.share_over_100",
                      total=den, parts=[num])


# ---------------------------------------------------------------------- implicit bases
def _named_base(c: Context, num: Measured, base_text: str) -> Optional[Measured]:
    """An earlier figure the base words name (占总人口的 → 总人口 …)."""
    v = c.v
    core = BASE_NOISE.sub("", base_text)
    if len(core) < 2:
        return None
    # the base words as written, else their head (the last 4 or 3 characters: 计划总投资 → 总投资)
    heads = [core] + [core[-k:] for k in (4, 3, 2) if len(core) > k]
    ps, _ = v.paragraph(num.start)
    cands = [f for f in reversed(v.figs_in(max(0, ps - BASE_REACH), num.start, num.unit)) if f.exact]
    for head in heads:
        for f in cands:
            lead = v.clause_lead(f.start)
            if f.value <= num.value and (len(head) < 3 or not lead.endswith(head) or f.start == num.start):
                continue  # a base below its numerator only right under its name (计划完成项目总投资3310万元 … 已完成3779万元)
            words = lead + "|" + v.n[f.end:v.clause_end(f.end)]
            if head in words and "占" not in words:
                return f
    return None


def _names(c: Context, t: Measured, base_text: str) -> bool:
    """Whether the words around ``t`` say the base words (or their last 3 or 2 characters): the total of the
    breakdown a share's numerator is a part of is its base unless the share names another figure (总人口820人，其中
    劳动力530人，外出务工410人，占劳动力总数的77.4%: 劳动力530人)."""
    core = BASE_NOISE.sub("", base_text)
    if len(core) < 2:
        return True
    words = c.v.clause_lead(t.start) + "|" + c.v.n[t.end:c.v.clause_end(t.end)]
    return any(h in words for h in [core] + [core[-k:] for k in (3, 2) if len(core) > k])


def _implicit_base(c: Context, led: Ledger, num: Measured, base_text: str) -> Optional[Measured]:
    """The base a share leaves unstated: the total of the breakdown ``num`` is a part of, the
    total a 中 names (62户贫困户中有40户), or an earlier figure the base words name (占总人口的)."""
    start = led.total_start_of(num)
    if start is not None:
        t = c.v.fig_at(start)
        if t is not None and t.value > num.value:
            named = _named_base(c, num, base_text)
            return named if named is not None and not _names(c, t, base_text) else t
    t = of_total_base(c, num)
    if t is not None:
        return t
    return (_named_base(c, num, base_text) or _whole_base(c, num, base_text) or _noun_base(c, num)
            or _nearest_whole(c, num, base_text) or _later_base(c, num, base_text))


def _later_base(c: Context, num: Measured, base_text: str) -> Optional[Measured]:
    """外出务工320人，占全村劳动力的40%，全村劳动力800人: the base words name a figure stated after the share in
    its sentence (the first of the unit after a rate whose clause says them: the words as written, else their
    last 4 or 3 characters)."""
    v = c.v
    core = BASE_NOISE.sub("", base_text)
    if len(core) < 2:
        return None
    heads = [core] + [core[-k:] for k in (4, 3) if len(core) > k]
    _, se = v.sentence(num.start)
    rates = [f for f in v.figs_in(num.end, se) if f.unit in RATE_UNITS]
    if not rates:
        return None
    later = [f for f in v.figs_in(rates[0].end, se, num.unit) if not v.paren_of(f.start)]
    if not later or not later[0].exact or later[0].value <= num.value:
        return None
    lead = v.clause_lead(later[0].start, rates[0].end)
    return later[0] if any(h in lead for h in heads) and "占" not in lead else None


#: a total named by a noun and 中 with no figure (全县建档立卡贫困人口中，…)
NOUN_OF = regex.compile(r"(\p{Han}{2,16})中[,，:：]")


def _noun_base(c: Context, num: Measured) -> Optional[Measured]:
    """全县建档立卡贫困人口中，因病致贫的有3150人，占比为35%，全县建档立卡贫困人口9000人: the sentence names its
    base by a noun and 中 before the numerator; the base is the figure of the sentence (before or after the
    numerator) whose clause says that noun."""
    v = c.v
    ss, se = v.sentence(num.start)
    m = None
    for m2 in NOUN_OF.finditer(c.n, v.clause_start(ss, ss), num.start):
        m = m2
    if m is None or v.figs_in(m.start(), m.end()):
        return None
    core = BASE_NOISE.sub("", m.group(1))
    if len(core) < 2:
        return None
    for f in v.figs_in(ss, se, num.unit):
        if f.start == num.start or v.paren_of(f.start) or not f.exact or f.value <= num.value:
            continue
        if core in v.clause_lead(f.start, ss):
            return f
    return None


def _nearest_whole(c: Context, num: Measured, base_text: str) -> Optional[Measured]:
    """占65% with no words of a base: the whole of the numerator's unit stated right before it — the one figure
    of the unit before it in its sentence, else (the numerator the first of its unit there) the one figure of
    the unit in the sentence before (全村有劳动力640人。外出务工的有416人，占65%)."""
    if BASE_NOISE.sub("", base_text).strip():
        return None
    v = c.v
    ss, _ = v.sentence(num.start)

    def whole(figs: Sequence[Measured]) -> Optional[Measured]:
        figs = [f for f in figs if not v.paren_of(f.start) and not c.per_figure(f)]
        if len(figs) == 1 and figs[0].exact and figs[0].value > num.value:
            return figs[0]
        return None

    own = v.figs_in(ss, num.start, num.unit)
    if own:  # of a list of shares (因病致贫755户占66.3%，因学致贫20户占1.76%) no item is the whole of the next
        rated = any(f.unit in RATE_UNITS for f in v.figs_in(own[0].end, num.start))
        return None if rated else whole(own)
    prev = v.prev_sentence(num.start)
    return whole(v.figs_in(prev[0], prev[1], num.unit)) if prev else None


def _whole_base(c: Context, num: Measured, base_text: str) -> Optional[Measured]:
    """占项目区总户数的: the households (population) figure nearest before ``num`` in reach."""
    sh, pu = c.r.share, c.r.per_unit
    if num.unit == "户" and any(w in base_text for w in sh.households_base):
        ok = set(pu.household_indicators)
    elif num.unit == "人" and any(w in base_text for w in sh.population_base):
        ok = set(pu.population_indicators)
    else:
        return None
    ps, _ = c.v.paragraph(num.start)
    for f in reversed(c.v.figs_in(max(0, ps - BASE_REACH), num.start, num.unit)):
        if f.indicator in ok and f.exact and f.value > num.value:
            return f
    return None


def of_total_base(c: Context, num: Measured) -> Optional[Measured]:
    """A figure of ``num``'s unit earlier in the sentence (or the one before) followed by 中."""
    v = c.v
    ss, _ = v.sentence(num.start)
    prev = v.prev_sentence(num.start)
    for f in reversed(v.figs_in(prev[0] if prev else ss, num.start, num.unit)):
        tail = v.n[f.end:f.end + 8]
        cut = next((i for i, ch in enumerate(tail) if ch in BREAKS), len(tail))
        if "中" in tail[:cut] and f.value > num.value:
            return f
    return None


# ---------------------------------------------------------------------- share.of
def _respective_shares(c: Context, led: Ledger, m) -> bool:
    """分别占农户及农业人口的19.54%和20.58%: the n figures before, the n bases named, the n rates, in order; one base
    named for all of them (分别占劳动力总数的60%和20%) or none (分别占50%、30%、20%: the base of their breakdown) when
    the n figures are of one unit."""
    v, n = c.v, c.n
    _, se = v.segment(m.start())
    rates = [f for f in v.figs_in(m.end(), se) if f.unit in RATE_UNITS]
    if len(rates) < 2:
        return False
    ws, _ = v.segment(m.start())
    nums = [f for f in v.figs_in(ws, m.start()) if f.unit not in RATE_UNITS][-len(rates):]
    words = [w for w in AND_SPLIT.split(n[m.end():rates[0].start]) if w]
    if len(nums) != len(rates) or len(words) > 1 and len(words) != len(rates):
        return False
    if len(words) != len(rates):
        if len({f.unit for f in nums}) != 1:
            return False
        words = (words or [""]) * len(rates)
    for num, rate, w in zip(nums, rates, words):
        share(c, led, num, None, rate, "share.of", w)
    return True


def _outside_parens(c: Context, figs: Sequence[Measured], pos: int) -> List[Measured]:
    """``figs`` less those inside a parenthesis that ``pos`` is not in (a breakdown in brackets is not
    the subject of what follows it)."""
    here = c.v.paren_of(pos)
    return [f for f in figs if c.v.paren_of(f.start) in (None, here)]


def _share_numerator(c: Context, m, rate: Measured, den: Optional[Measured]) -> Optional[Measured]:
    """The figure before 占 that the share is of: of the base's unit, else of the unit the words name."""
    v, n = c.v, c.n
    ws, _ = v.segment(m.start())
    before = _outside_parens(c, [f for f in v.figs_in(ws, m.start()) if f.unit not in RATE_UNITS], m.start())
    if den is not None:
        nums = [f for f in before if f.unit == den.unit]
    else:
        noun = n[m.end():rate.start]
        lead = n[v.clause_start(m.start(), ws):m.start()]
        unit = next((u for w, u in c.r.share.count_words.items() if w in lead), None)
        nums = [f for f in before if f.unit == unit] if unit else \
            ([f for f in before if f.unit in noun] or before)
    return nums[-1] if nums else None


def _base_end(c: Context, pos: int) -> int:
    """The end of the clause after 占; a 、 joins the words of one base there (占省、市下达任务的57%)."""
    n = c.n
    i = pos
    while i < len(n) and (n[i] not in BREAKS or n[i] == "、"):
        i += 1
    return i


def share_of(c: Context, led: Ledger) -> None:
    v, n = c.v, c.n
    re_of = cues(c.r.share.of)
    if not re_of:
        return
    for m in re_of.finditer(n):
        ce = _base_end(c, m.end())
        if n[max(0, m.start() - 2):m.start()] == "分别" and _respective_shares(c, led, m):
            continue
        rate = next((f for f in v.figs_in(m.end(), ce) if f.unit in RATE_UNITS), None)
        if rate is None:
            continue
        base = [f for f in v.figs_in(m.end(), rate.start) if f.unit not in RATE_UNITS]
        den = base[-1] if base else None
        num = _share_numerator(c, m, rate, den)
        words = n[m.end():rate.start]
        if any(n.startswith(w, m.start()) for w in c.r.share.named_rate):
            words = ""  # 占比35.1%: 占 opens a named rate's word, no words of a base follow it
        if num is not None:
            share(c, led, num, den, rate, "share.of", words)
        elif den is None:
            _inputs_after(c, led, m, rate, words)


def _named_after(c: Context, words: str, after: int, se: int) -> List[Measured]:
    """The figures after ``after`` in the sentence whose clause says ``words`` (as written, else their last 4 or 3
    characters), in no bracket."""
    core = BASE_NOISE.sub("", words)
    if len(core) < 2:
        return []
    heads = [core] + [core[-k:] for k in (4, 3) if len(core) > k]
    for head in heads:
        found = [f for f in c.v.figs_in(after, se) if f.unit not in RATE_UNITS and not c.v.paren_of(f.start)
                 and head in c.v.clause_lead(f.start, after)]
        if found:
            return found
    return []


def _inputs_after(c: Context, led: Ledger, m, rate: Measured, words: str) -> None:
    """全县已脱贫人口占建档立卡贫困人口的98.6%，全县建档立卡贫困人口41280人，已脱贫人口40650人: no figure before 占 nor
    between it and the rate — the numerator and the base are the figures after the rate in its sentence that the words
    before 占 and between 占 and 的 name (one each, of one unit, the base the larger)."""
    v = c.v
    lead = c.n[v.clause_start(m.start()):m.start()]
    _, se = v.sentence(rate.start)
    nums, dens = _named_after(c, lead, rate.end, se), _named_after(c, words, rate.end, se)
    if len(nums) != 1 or len(dens) != 1 or nums[0].start == dens[0].start:
        return
    num, den = nums[0], dens[0]
    if num.unit == den.unit and den.value > num.value:
        share(c, led, num, den, rate, "share.of", words)


# ---------------------------------------------------------------------- share.named_rate
def _named_lead(c: Context, rate: Measured) -> Optional[str]:
    """The clause before a rate when it names the rate (…率, 进度) and is no 占 share nor a growth."""
    sh, g = c.r.share, c.r.growth
    re_named, re_of = cues(sh.named_rate), cues(sh.of)
    lead = c.v.clause_lead(rate.start)
    if not re_named.search(lead) or (re_of and re_of.search(lead)):
        return None
    for rx in (cues(g.up), cues(g.down), cues(g.from_)):
        if rx and rx.search(lead):
            return None
    return lead


def _shares_a_word(c: Context, num: Measured, ws: int, lead: str) -> bool:
    """The figure's clause and the rate's share a two-character word (支出146万元,支出进度94.8%)."""
    nclause = c.v.clause_lead(num.start, ws)
    return any(nclause[i:i + 2] in lead for i in range(len(nclause) - 1)
               if not any(ch.isdigit() for ch in nclause[i:i + 2]))


#: the words a status rate names before 率 (退出率, 脱贫率): Han characters right before it
RATE_WORD = regex.compile(r"(\p{Han}{2})率")
#: how far back (characters) the registered total of a status rate may be
STATUS_REACH = 1500


def _registered_total(c: Context, num: Measured, reg) -> Optional[Measured]:
    """The registered (whole) total of ``num``'s unit before it: after a ``balance.registered`` or
    ``share.status_totals`` word in its clause, not in a bracket, not below ``num``."""
    v = c.v
    ss, _ = v.sentence(num.start)
    for t in reversed(v.figs_in(max(0, ss - STATUS_REACH), v.clause_start(num.start), num.unit)):
        if v.paren_of(t.start) or not t.exact or t.value < num.value or c.per_figure(t):
            continue
        if reg.search(c.n, v.clause_start(t.start), t.start):
            return t
    return None


def _status_base(c: Context, rate: Measured, lead: str, nums: Sequence[Measured]) -> Optional[Tuple[Measured, Measured]]:
    """已经退出贫困户72户171人，退出率100%: the rate names the status of the figure right before it (退出 of
    退出率 in the figure's clause) — the numerator is that figure and the base the registered total of its unit
    stated before (``balance.registered``, ``share.status_totals``: 建档立卡贫困户72户).  Of a 户/人 pair the rate
    is of the unit whose ratio fits it, the households when neither does."""
    v = c.v
    m = RATE_WORD.search(lead)
    reg = cues(c.r.balance.registered, c.r.share.status_totals)
    if m is None or reg is None:
        return None
    last = nums[-1]
    group = [f for f in nums if f.end <= last.end and not c.n[f.end:last.start].strip(PAIR_STRIP)
             and v.clause_start(f.start) == v.clause_start(last.start)]
    first = next((f for f in group if f.unit == "户"), last)
    if m.group(1) not in v.clause_lead(first.start):
        return None
    found = [(f, t) for f in [first] + [g for g in group if g is not first and g.unit in ("户", "人")]
             for t in [_registered_total(c, f, reg)] if t is not None]
    return next((p for p in found if _fits(p[0], p[1], rate)), found[0] if found else None)


def _fits(num: Measured, base: Measured, rate: Measured) -> bool:
    """``num`` / ``base`` is within ``rate`` as printed."""
    q = divide(num.iv, base.iv)
    return q is not None and q.scale(Decimal(1000) if rate.unit == "‰" else Decimal(100)).overlaps(rate.iv)


def _status_ratio(c: Context, led: Ledger, num: Measured, base: Measured, rate: Measured) -> None:
    """A status rate (退出率) as a ratio of the status to the registered total, as the incidence is."""
    q = divide(num.iv, base.iv)
    if q is None:
        return
    q = q.scale(Decimal(100))
    holds = q.overlaps(rate.iv)
    expl = (f"{quote(num)}/the registered {quote(base)} = {fmt_num(q.mid, 2)}%, "
            + (f"consistent with {quote(rate)}" if holds else f"≠ {quote(rate)}"))
    if led.record(Finding(c.doc, "ratio", "share.status_rate", holds, expl, "info" if holds else "error", None,
                          [num.span, base.span], rate.span, sentence=c.sentence(rate.start), unit=rate.unit,
                          **compare_fields(rate.iv, q, rate.value))) and rate.value > 100:
        plausible(c, led, rate, f"{quote(rate)}: a share of {quote(base)} above 100% "
                  f"({quote(num)} cannot be a part of it)", "plausibility.share_over_100", total=base, parts=[num])


def _named_rate_share(c: Context, led: Ledger, rate: Measured, lead: str) -> None:
    v = c.v
    ws, _ = v.segment(rate.start)
    nums = _outside_parens(c, [f for f in v.figs_in(ws, rate.start) if f.unit not in RATE_UNITS], rate.start)
    if not nums:
        return
    status = _status_base(c, rate, lead, nums)
    if status is not None:
        _status_ratio(c, led, status[0], status[1], rate)
        return
    unit = next((u for w, u in c.r.share.count_words.items() if w in lead), nums[-1].unit)
    same = [f for f in nums if f.unit == unit]
    if _completion_rate(c, led, rate, lead, same):
        return
    base = of_total_base(c, same[-1]) if same else None
    if base is not None and base.value > same[-1].value:
        share(c, led, same[-1], base, rate, "share.implicit_base", lead)
    elif len(same) >= 2:
        a, b = same[-2], same[-1]
        small, large = (a, b) if a.value <= b.value else (b, a)
        share(c, led, small, large, rate, "share.named_rate", lead)
    elif _shares_a_word(c, nums[-1], ws, lead):
        # one figure: it must be what the rate measures
        share(c, led, nums[-1], None, rate, "share.named_rate", lead)


def _completion_rate(c: Context, led: Ledger, rate: Measured, lead: str, same: Sequence[Measured]) -> bool:
    """计划完成造林任务5000亩，实际完成5600亩，任务完成率112%: a rate named by a completion word over two figures of one
    unit, one of them in a clause that says a plan (share.plans) — the other over it, whichever is larger."""
    sh = c.r.share
    word = RATE_WORD.search(lead)
    if len(same) != 2 or word is None or word.group(1) not in sh.completion or not sh.plans:
        return False  # the rate's own word (完成 of 任务完成率) is a completion word
    said = [any(w in c.v.clause_lead(f.start) for w in sh.plans) for f in same]
    if said.count(True) != 1:
        return False
    den, num = (same[0], same[1]) if said[0] else (same[1], same[0])
    share(c, led, num, den, rate, "share.completion", lead)
    return True


def named_rate(c: Context, led: Ledger) -> None:
    if not cues(c.r.share.named_rate):
        return
    may_exceed = c.r.share.may_exceed
    for rate in c.v.figs:
        if rate.unit not in RATE_UNITS:
            continue
        lead = _named_lead(c, rate)
        if lead is None:
            continue
        if rate.value > 100 and not any(w in lead for w in may_exceed):
            plausible(c, led, rate, f"{quote(rate)}: a rate above 100% ({lead.strip()})", "plausibility.rate_over_100")
        _named_rate_share(c, led, rate, lead)


# ---------------------------------------------------------------------- X%的贫困户（98户）
#: 35%的贫困户（98户） / 35%的贫困户即98户: the rate, 的 and the noun it counts, then the count
RATE_OF_NOUN = regex.compile(r"的(\p{Han}{2,8}?)(?:[（(]|即|共|计)")


def rate_of_noun(c: Context, led: Ledger) -> None:
    """其中35%的贫困户（98户）加入了合作社: the count after the noun over the whole of that noun stated before (the
    earlier figure of its unit whose clause names the noun, else the one whole of the sentence before)."""
    v = c.v
    for rate in v.figs:
        if rate.unit != "%":
            continue
        m = RATE_OF_NOUN.match(c.n, rate.end)
        if m is None:
            continue
        num = v.next_fig(m.end(), m.end() + 4)
        if num is None or num.unit in RATE_UNITS or not num.exact or c.n[m.end():num.start].strip():
            continue
        base = _named_base(c, num, m.group(1))
        if base is not None and base.start < rate.start:
            share(c, led, num, base, rate, "share.of", m.group(1))


# ---------------------------------------------------------------------- share.completion


def _completion_words(c: Context, rate: Measured) -> Optional[Tuple[int, str]]:
    """(the clause start, the words between the cue and 的) of 完成年度任务的115%, 为下达任务3000亩的120%, or None."""
    sh = c.r.share
    cs = c.v.clause_start(rate.start)
    lead = c.n[cs:rate.start]
    opening = cues(sh.completion_leads)  # 已完成, 共完成, 实际完成: the words before the cue
    m = opening.match(lead) if opening is not None else None
    lead = lead[m.end():] if m else lead
    cue = next((w for w in sh.completion if lead.startswith(w)), None)
    if cue is None or not lead.endswith("的"):
        return None
    words = lead[len(cue):-1]
    if "占" in words or not any(w in words for w in sh.plans):
        return None
    return cs, words


def _plan_figure(c: Context, num: Measured, plans: Sequence[str]) -> Optional[Measured]:
    """The plan ``num`` is a share of: the nearest earlier figure of its unit in its sentence or the one before
    whose clause says a plan word (计划培训800人), not in a bracket."""
    v = c.v
    prev = v.prev_sentence(num.start)
    ss, _ = v.sentence(num.start)
    for f in reversed(v.figs_in(prev[0] if prev else ss, num.start, num.unit)):
        if v.paren_of(f.start) or c.per_figure(f):
            continue
        clause = v.clause_lead(f.start)
        if any(w in clause for w in plans):
            return f
    return None


def completion(c: Context, led: Ledger) -> None:
    """完成年度任务的115%: the completed figure right before the rate's clause over the plan it names."""
    sh = c.r.share
    if not sh.completion or not sh.plans:
        return
    for rate in c.v.figs:
        if rate.unit != "%":
            continue
        found = _completion_words(c, rate)
        if found is None:
            continue
        cs, words = found
        ws, _ = c.v.segment(rate.start)
        before = [f for f in _outside_parens(c, c.v.figs_in(ws, cs), rate.start)
                  if f.unit not in RATE_UNITS and not c.per_figure(f)]
        if not before:
            continue
        num = before[-1]
        named = [f for f in c.v.figs_in(cs, rate.start, num.unit)]
        den = named[-1] if named else _plan_figure(c, num, sh.plans)
        if den is None or den.start == num.start:
            continue
        if len([f for f in before if f.unit == num.unit and f.start != den.start]) == 1:
            share(c, led, num, den, rate, "share.completion", words)  # one completed figure (造林2000亩、种草500亩: which?)


# ---------------------------------------------------------------------- shared bases
def _agreeing_base(c: Context, pairs: Sequence[Tuple[Measured, Measured]], before: int,
                   every: bool = False) -> Optional[Measured]:
    unit = pairs[0][0].unit
    if any(num.unit != unit for num, _ in pairs):
        return None
    implied = [num.value * 100 / rate.value for num, rate in pairs]
    # all agree, or all but one of three or more: the odd share's numerator or rate is misprinted, not its base
    need = len(implied) - 1 if len(implied) >= 3 and not every else len(implied)
    for t in reversed(c.v.figs_in(0, before, unit)):
        if t.exact and not c.v.paren_of(t.start) and \
                sum(1 for b in implied if abs(t.value - b) <= b * SHARED_BASE_GAP) >= need:
            return t
    return None


def shared_base(c: Context, led: Ledger) -> None:
    """Shares of one sentence that leave their base unstated (因病致贫755户占66.3%，因学致贫20户占1.76%…)
    and whose implied bases all agree with one earlier figure of their unit: that figure is the base."""
    open_shares: Dict[Tuple[int, int], List[Finding]] = {}
    for f in led.findings:
        if f.kind == "share" and f.holds is None and f.total is None and f.parts and f.rate:
            open_shares.setdefault(c.v.sentence(f.rate[0]), []).append(f)
    for (ss, _), group in sorted(open_shares.items()):
        if len(group) < 2:
            continue
        pairs = [(c.v.fig_at(f.parts[0][0]), c.v.fig_at(f.rate[0])) for f in group]
        if any(a is None or b is None or not b.value for a, b in pairs):
            continue
        base = _agreeing_base(c, pairs, ss)
        if base is None:
            continue
        for f, (num, rate) in zip(group, pairs):
            led.withdraw(f)
            share(c, led, num, base, rate, "share.implicit_base", "")
        if _agreeing_base(c, pairs, ss, every=True) is base:
            _share_partition(c, led, base, pairs)  # not when one share is odd: its figure or its rate is misprinted


def _share_partition(c: Context, led: Ledger, base: Measured, pairs: Sequence[Tuple[Measured, Measured]]) -> None:
    """Shares of one base whose rates add up to 100 % are a breakdown: their figures add up to the base."""
    rates = Interval(Decimal(0), Decimal(0))
    for _, rate in pairs:
        if rate.unit != "%":
            return
        rates = rates + rate.iv
    if rates.overlaps(Interval(Decimal(100), Decimal(100))):
        emit_sum(c, led, base, [num for num, _ in pairs], "sum.share_partition",
                 " (the shares of this base add up to 100%)")


# ---------------------------------------------------------------------- share.incidence
#: how far (characters) the population an incidence is of may be
INCIDENCE_REACH = 1500


def _incidence_numerator(c: Context, led: Ledger, rate: Measured) -> Optional[Measured]:
    """The poor (remaining) population nearest before the rate in its sentence, no part of a breakdown
    of that sentence (其中低保户4户8人 is not the remaining population); with none there, the one such figure of the
    rate's paragraph after it (贫困村(贫困发生率为11%) … 最终认定建档立卡贫困户62户、182人: the rate announced first)."""
    ss, se = c.v.sentence(rate.start)
    ok = set(c.r.share.incidence_numerators)
    sum_totals = {f.total[0] for f in led.findings if f.kind == "sum" and f.total}  # a share's base breaks nothing down
    for f in reversed(c.v.figs_in(ss, rate.start, "人")):
        of = led.total_start_of(f)
        if f.indicator in ok and (of not in sum_totals or not ss <= of < se) and not c.v.paren_of(f.start):
            return f
    if c.v.figs_in(ss, rate.start, "人"):
        return None  # persons stated before the rate in its sentence, none of them poor: not its numerator
    _, pe = c.v.paragraph(rate.start)
    later = [f for f in c.v.figs_in(rate.end, pe, "人") if f.indicator in ok and not led.is_part(f)
             and not c.v.paren_of(f.start)]
    return later[0] if len(later) == 1 else None


def _population(c: Context, rate: Measured) -> Optional[Measured]:
    """The population figure nearest before the rate, else the first after it in its paragraph."""
    v = c.v
    ok = set(c.r.share.incidence_bases)
    before = [f for f in v.figs_in(max(0, rate.start - INCIDENCE_REACH), rate.start, "人") if f.indicator in ok]
    if before:
        return before[-1]
    _, pe = v.paragraph(rate.start)
    after = [f for f in v.figs_in(rate.end, pe, "人") if f.indicator in ok]
    return after[0] if after else None


def _any_population(c: Context) -> bool:
    """Whether the report states a population figure anywhere (``share.incidence_bases``)."""
    ok = set(c.r.share.incidence_bases)
    return any(f.indicator in ok for f in c.v.figs if f.unit == "人")


def _unstated_population(c: Context, led: Ledger, num: Measured, rate: Measured) -> None:
    """剩余贫困人口257户715人，全乡贫困发生率为2.16% in a report that states no population: the incidence of that
    poor population over a population the text does not give (cannot tell; a share of the same rate read from
    other figures is withdrawn: the rate is this one)."""
    for f in [f for f in led.findings if f.rate == rate.span]:
        led.withdraw(f)
    implied = num.value * (1000 if rate.unit == "‰" else 100) / rate.value if rate.value else None
    expl = (f"incidence {quote(num)}/the population = {quote(rate)}, but the report states no population"
            + (f" (implied ≈ {fmt_num(implied, 0)}人)" if implied is not None else "") + " (cannot tell)")
    led.record(Finding(c.doc, "share", "share.incidence", None, expl, "info", None, [num.span], rate.span,
                       sentence=c.sentence(rate.start), unit=rate.unit, stated=fmt(rate.value)))


def _incidence_rates(c: Context, led: Ledger):
    """The rates an incidence word names that no rule judged yet (nor the start of a 由…下降至 change)."""
    rx, from_ = cues(c.r.share.incidence), cues(c.r.growth.from_)
    if rx is None:
        return
    # a named rate read as some figure over another (share.named_rate, or over the total its numerator is a part of:
    # share.implicit_base) that does not fit leaves the incidence to be read
    read = {tuple(f.rate) for f in led.findings if f.rate and f.holds is not None
            and not (f.rule in ("share.named_rate", "share.implicit_base") and f.holds is False)}
    for rate in c.v.figs:
        if rate.unit not in ("%", "‰") or tuple(rate.span) in read:
            continue
        cs = c.v.clause_start(rate.start)
        if rx.search(c.n, cs, rate.start) and not _change_start(c, from_, cs, rate):
            yield rate


def _change_start(c: Context, from_, cs: int, rate: Measured) -> bool:
    """``rate`` is the first figure after 由/从 in its clause: the start of a change (由2014年的15.2%降至0.6%), not
    the incidence now (the end of the change is)."""
    m = None
    for m in (from_.finditer(c.n, cs, rate.start) if from_ else ()):
        pass
    return m is not None and not c.v.figs_in(m.end(), rate.start)


def incidence(c: Context, led: Ledger) -> None:
    """贫困发生率X% = the poor (remaining) population / the population (a share no other rule read)."""
    for rate in list(_incidence_rates(c, led)):
        num, base = _incidence_numerator(c, led, rate), _population(c, rate)
        if num is not None and base is None and not _any_population(c):
            _unstated_population(c, led, num, rate)
            continue
        if num is None or base is None or base.value <= num.value:
            continue
        for f in [f for f in led.findings if f.rate == rate.span]:
            led.withdraw(f)  # an open share of the same rate: the incidence reads its base
        q = divide(num.iv, base.iv).scale(Decimal(1000) if rate.unit == "‰" else Decimal(100))
        holds = q.overlaps(rate.iv)
        expl = (f"incidence {quote(num)}/{quote(base)} = {fmt_num(q.mid, 2)}{rate.unit}, "
                + (f"consistent with {quote(rate)}" if holds else f"≠ {quote(rate)}"))
        led.record(Finding(c.doc, "ratio", "share.incidence", holds, expl, "info" if holds else "error", None,
                           [num.span, base.span], rate.span, sentence=c.sentence(rate.start), unit=rate.unit,
                           **compare_fields(rate.iv, q, rate.value)))


# ---------------------------------------------------------------------- a rate over key:value lines
#: a key:value line up to its figure (在校贫困学生数：420人), and a line that only announces them (资助情况：)
KEY_LINE = regex.compile(r"\s*(\p{Han}[\p{Han}\w（）()]{1,15}?)\s*[：:]\s*")
KEY_HEAD = regex.compile(r"\s*\p{Han}{2,10}\s*[：:][ \t\u3000]*\n?")
KEY_LINES_MAX = 8


def _key_lines(c: Context, pos: int) -> List[Tuple[str, Measured]]:
    """The key:value items right after ``pos`` (a header with no figure, 资助情况：, may stand first): each a label, a
    colon and one figure alone (搬迁总户数：60户), one a line — the rules read a soft wrap after a figure as no break."""
    v, n = c.v, c.n
    out: List[Tuple[str, Measured]] = []
    head = KEY_HEAD.match(n, pos)
    at = head.end() if head and not v.figs_in(pos, head.end()) and "\n" in n[head.end() - 1:head.end() + 1] else pos
    for f in v.figs_in(at, min(len(n), at + 40 * KEY_LINES_MAX)):
        m = KEY_LINE.fullmatch(n, at, f.start)
        if m is None or len(out) >= KEY_LINES_MAX:
            break
        out.append((m.group(1), f))
        at = f.end
        while at < len(n) and n[at] in "。；; \t\u3000\r\n":
            at += 1
    return out


def _key_pair(c: Context, rate: Measured, lines: Sequence[Tuple[str, Measured]]) -> Optional[Tuple[Measured, Measured]]:
    """Numerator and base among the key lines: the two of one unit (the only unit with two), the smaller one's label
    sharing a word of two characters with the rate's sentence (享受资助学生数 of 有95%享受了教育资助)."""
    by_unit: Dict[str, List[Tuple[str, Measured]]] = {}
    for label, f in lines:
        if f.unit not in RATE_UNITS:
            by_unit.setdefault(f.unit, []).append((label, f))
    pairs = [xs for xs in by_unit.values() if len(xs) == 2]
    if len(pairs) != 1:
        return None
    (la, a), (lb, b) = sorted(pairs[0], key=lambda x: x[1].value)
    count = ending(c.r.share.key_counts)
    words = count.sub("", la) if count is not None else la
    said = c.sentence(rate.start)
    if a.value > b.value or not any(words[i:i + 2] in said for i in range(len(words) - 1)):
        return None
    return a, b


def key_lines(c: Context, led: Ledger) -> None:
    """全村危房改造完成率为80%。⏎计划改造户数：45户⏎已完成户数：36户: a rate whose sentence states no other figure and ends
    its paragraph, then key:value lines of which two of one unit are its numerator (the one its words name) and base."""
    v = c.v
    for rate in v.figs:
        if rate.unit != "%":
            continue
        ss, se = v.sentence(rate.start)
        _, pe = v.paragraph(rate.start)
        if any(f.unit not in RATE_UNITS for f in v.figs_in(ss, se)) or c.n[se:pe].strip("。；; \t\u3000\r\n"):
            continue
        pair = _key_pair(c, rate, _key_lines(c, pe))
        if pair is not None:
            share(c, led, pair[0], pair[1], rate, "share.key_lines", "")


RULES = (share_of, named_rate, rate_of_noun, completion, shared_base, incidence, key_lines)
