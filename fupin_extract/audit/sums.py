"""Sums read from cue words: a total and its parts.

* ``sum.parts_after`` — a total, then 其中/包括/分别为 and its parts of the same unit up to the
  end of the sentence (past a ；only while the parts are still short of the total; into later
  sentences of the paragraph only when they complete it exactly);
* ``sum.counted`` — a total, then N个村： and a list of N figures of its unit (closed by the count);
  ``sum.subset`` — the same with a single part (the part may not exceed its total);
* ``sum.paren`` — a total with its parts in parentheses right after (or right before) it;
* ``sum.total_after`` — parts, then 共计/合计/共… and their total (or the list of the sentence before); after a
  count of years (三年累计脱贫…) the total of as many yearly figures right before it, even under a status cue;
* ``sum.total_first`` — 共计/共有 T opening its sentence's figures, then groups written like T under labels of
  one kind (共计186户712人，集中安置124户480人，分散安置62户232人);
* ``sum.parts_after`` again — after parts that add up to the total, a second list of its unit after ；under
  labels of one kind (因病致贫…；一般贫困户…，低保户…，五保户…): a second breakdown, summed on its own;
* ``sum.remainder`` — parts ending with 余下/剩余/其余 X, under the total stated before them;
* ``sum.of_total`` — a total named by 中 (38户135人中，…), then its parts to the end of the sentence;
* ``sum.change`` — 由A减少至B，累计减贫C: A = B + C (the larger end, the smaller one and the stated change).

Parts always have the unit of their total (幢 parts never count toward a 户 total).
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import regex

from fupin_extract.audit.context import (BREAKS, LEAD_NOISE, Context, amount, count_of as _count_of, count_pattern, plus,
                                         total as sum_of)
from fupin_extract.audit.core import JOINER, PAIR_STRIP, RATE_UNITS, Finding, Measured, compare_fields, interval_of, quote
from fupin_extract.audit.gate import one_dimension
from fupin_extract.audit.growth import change_ends
from fupin_extract.audit.ledger import Ledger
from fupin_extract.figures.numerals import parse_chinese
from fupin_extract.rules.relations import alternation, cues
from fupin_extract.rules.text import text_rules

_TEXT_RULES = text_rules()

#: a total named by 中 right after it, then a clause break: 38户135人中，…
OF_TOTAL = regex.compile(r"中[,，:：]")
BARE_NUMBER = regex.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.%])")
#: a year as a label (2018年, 20xx年 in a template)
YEAR_LABEL = regex.compile(r"(?:19|20)[\dxX×_＿]{2}年")
#: years listed right before a total cue: 2018年、2019年、2020年共计…
YEARS_BEFORE = _TEXT_RULES.phrase("years_listed_before")  # patterns/text.yaml phrases.years_listed_before
#: a count of years right before a total cue: 三年累计脱贫…
YEARS_COUNTED = _TEXT_RULES.phrase("years_counted_before")  # patterns/text.yaml phrases.years_counted_before
#: what may stand between the figures of one group (98户、280人)
PAIR_MARKS = {"、", "，", ",", JOINER}
#: how far back (characters) the yearly parts of 三年共计 may be
YEARLY_REACH = 2000


# ---------------------------------------------------------------------- verdicts
def _subset_finding(c: Context, t: Measured, p: Measured, note: str) -> Finding:
    unit = t.unit
    holds = t.iv.hi is None or p.iv.lo <= t.iv.hi
    fields = compare_fields(t.iv, p.iv, t.value)
    expl = (f"{quote(p)} is part of {quote(t)}: " +
            ("not more than the total" if holds else f"larger than the total by {amount(p.value - t.value, unit)}"))
    return Finding(c.doc, "sum", "sum.subset", holds, expl + note, "info" if holds else "error",
                   t.span, [p.span], None, sentence=c.sentence(t.start), unit=unit, **fields)


def sum_finding(c: Context, t: Measured, parts: List[Measured], rule: str, note: str = "") -> Finding:
    if len(parts) == 1:
        return _subset_finding(c, t, parts[0], note)
    s = sum_of(parts)
    unit = t.unit
    holds = s.overlaps(t.iv)
    fields = compare_fields(t.iv, s, t.value)
    listed = f"{plus(parts)} = {amount(s.mid, unit)}"
    if holds:
        expl, sev = f"{listed}, consistent with {quote(t)}", "info"
    elif s.hi is not None and s.hi * 2 < t.iv.lo:
        holds = None
        expl = f"{listed}, less than half of {quote(t)}: read as a selection, not a breakdown (cannot tell)"
        sev = "info"
    elif s.below(t.iv):
        expl = (f"{listed} ≠ {quote(t)}: short by {amount(t.value - s.mid, unit)}"
                " (the list may leave parts out)")
        sev = "warning"
    else:
        expl, sev = f"{listed} ≠ {quote(t)}: exceeds it by {amount(s.mid - t.value, unit)}", "error"
    return Finding(c.doc, "sum", rule, holds, expl + note, sev, t.span, [p.span for p in parts], None,
                   sentence=c.sentence(t.start), unit=unit, **fields)


def emit_sum(c: Context, led: Ledger, t: Measured, parts: List[Measured], rule: str,
             note: str = "") -> Optional[Finding]:
    """Judge ``parts`` against ``t`` and enter the sum in the ledger (None when nothing new)."""
    parts = [p for p in parts if p.start != t.start]
    if not parts:
        return None
    f = sum_finding(c, t, parts, rule, note)
    return f if led.record(f, t, parts) else None


# ---------------------------------------------------------------------- sum.parts_after
def _cue_stop(c: Context, cues_: Sequence, ci: int) -> Tuple[int, int]:
    """Where the parts after the ``ci``-th 其中 may run to, and the end of their first clause pair."""
    v = c.v
    p, q = cues_[ci].span()
    _, se = v.sentence(p)
    cue_paren = v.paren_of(p)
    stop = se
    nxt = cues_[ci + 1].start() if ci + 1 < len(cues_) else None
    if nxt is not None and nxt < stop:
        stop = nxt
    if cue_paren and cue_paren[1] < stop:
        stop = cue_paren[1]
    return stop, c.nth_clause_end(q, 2, stop)


def _ledger_total(c: Context, figs: Sequence[Measured]) -> Optional[Measured]:
    """Of several figures of one unit, the first when the text itself shows it is their total:
    a list right after it adds up to it exactly (贫困户72户，一般28户，低保37户，五保7户)."""
    t = figs[0]
    if not t.exact:
        return None
    for run in c.unit_runs(figs[1:]):
        acc = []
        for f in run:
            acc.append(f)
            if len(acc) >= 2 and all(p.exact for p in acc) and sum_of(acc).overlaps(t.iv):
                return t
    return None


def _last_sentence_before(c: Context, ss: int) -> Optional[Tuple[int, int]]:
    """The sentence a 其中 that opens a paragraph refers to: the last one of the paragraph before."""
    v = c.v
    ps, _ = v.paragraph(ss)
    if ps != ss or ss == 0:
        return None
    s, e = v.sentence(ss - 1)
    while s < e and v.n[s:e].strip() == "" and s > 0:
        s, e = v.sentence(s - 1)
    return (s, e) if v.n[s:e].strip() else None


def _totals_before(c: Context, p: int, ws: int, ss: int, parts_of: Callable) -> List[Tuple[Measured, List[Measured]]]:
    """其中 opens the sentence (or ；-segment): the total is in the one before, and must be the only
    figure of its unit there."""
    v = c.v
    region = (v.prev_sentence(p) or _last_sentence_before(c, ss)) if ws == ss else v.segment(ws - 1)
    if region is None:
        return []
    cue_paren = v.paren_of(p)
    by_unit: Dict[str, List[Measured]] = {}
    for f in v.figs_in(region[0], p):
        if f.unit in RATE_UNITS or c.per_figure(f) and not _components(c, f, parts_of(f)):
            continue
        fp = v.paren_of(f.start)
        if fp is not None and fp != cue_paren:
            continue
        by_unit.setdefault(f.unit, []).append(f)
    found = []
    for figs in by_unit.values():
        t = figs[0] if len(figs) == 1 else _ledger_total(c, figs)
        if t is not None:
            parts = parts_of(t)
            if parts:
                found.append((t, parts))
    return found


def _components(c: Context, t: Measured, parts: Sequence[Measured]) -> bool:
    """A 人均/户均 total (人均纯收入8600元) whose parts all name a component of it (工资性收入, 转移性收入:
    ``sum.components``), none of them per head itself: the per-head figure broken down by kind."""
    pu, words = c.r.per_unit, c.r.sum.components
    if len(parts) < 2 or not words:
        return False
    lead = c.v.clause_lead(t.start)
    if not any(w in lead for w in tuple(pu.per_capita) + tuple(pu.household_average)):
        return False
    for p in parts:
        label = c.v.clause_lead(p.start)
        if c.per_figure(p) or not p.exact or not any(w in label for w in words):
            return False
    return True


def _clause_totals(c: Context, figs: Sequence[Measured], seen_units: set, parts_of: Callable,
                   found: list) -> bool:
    """The nearest figure of each unit of one clause as a total; True when every one has parts."""
    nearest: Dict[str, Measured] = {}
    for f in figs:
        nearest[f.unit] = f
    all_have = True
    for unit, f in nearest.items():
        parts = [] if unit in seen_units else parts_of(f)
        if parts and c.per_figure(f) and not _components(c, f, parts):
            parts = []
        if parts:
            found.append((f, parts))
        elif unit not in seen_units:
            all_have = False
        seen_units.add(unit)
    return all_have


def _units_after(c: Context, figs: Sequence[Measured], p: int) -> bool:
    """Some unit of ``figs`` is among the figures after the cue at ``p`` in its sentence."""
    _, se = c.v.sentence(p)
    after = {f.unit for f in c.v.figs_in(p, se)}
    return any(f.unit in after for f in figs)


def _change_end(c: Context, f: Measured, p: int) -> bool:
    """The end of a 由A减少到B change whose 其中 at ``p`` breaks down the change (其中2019年减少1.1万人): the parts' clause
    says a change too, so B is no total of them."""
    g = c.r.growth
    lead = c.v.clause_lead(f.start)
    moves = cues(g.up, g.down)
    if not moves or not any(w in lead for w in g.from_) or not moves.search(lead):
        return False
    return bool(moves.search(c.n, p, c.v.clause_end(p)))


def _change_amount(c: Context, f: Measured) -> bool:
    """A change against another time (较上年减少58户, 比去年增加12人): no total of the 其中 after it."""
    g = c.r.growth
    lead = c.v.clause_lead(f.start)
    if not any(w in lead for w in tuple(g.than) + tuple(g.than_same)):
        return False
    moves = cues(g.up, g.down)
    return bool(moves and moves.search(lead))


def _totals_in_sentence(c: Context, p: int, ws: int, parts_of: Callable) -> List[Tuple[Measured, List[Measured]]]:
    """其中 inside the sentence: the totals are in the clause right before it, and in the clauses
    before that while every figure of the nearer clause has parts."""
    v, n = c.v, c.n
    cue_paren = v.paren_of(p)
    found: List[Tuple[Measured, List[Measured]]] = []
    end = p
    seen_units: set = set()
    while end > ws:
        while end > ws and (n[end - 1] in BREAKS or n[end - 1].isspace()):
            end -= 1
        if end <= ws:
            break
        cs = v.clause_start(end, ws)
        figs = [f for f in v.figs_in(cs, end) if f.unit not in RATE_UNITS and not _change_amount(c, f)
                and not _change_end(c, f, p)
                and (v.paren_of(f.start) is None or v.paren_of(f.start) == cue_paren)]
        if figs and not _clause_totals(c, figs, seen_units, parts_of, found) and _units_after(c, figs, p):
            break  # a clause of units the parts have none of (惠及学生2100人次) stands in no one's way
        end = cs
    return found


def _parts_after(c: Context, t: Measured, q: int, stop: int, first_limit: int) -> List[Measured]:
    v = c.v
    # split [q, stop) at ；
    bounds = [q] + [b for b in v.weak if q < b < stop] + [stop]
    parts: List[Measured] = []
    for i in range(len(bounds) - 1):
        a, b = bounds[i], bounds[i + 1]
        seg = [f for f in v.figs_in(a, b, t.unit)
               if f.start != t.start and not (v.paren_of(f.start) and v.paren_of(f.start)[0] >= q)]
        if i == 0:
            if not seg or seg[0].start >= first_limit:
                return []
        elif not seg or not sum_of(parts).below(t.iv):
            break
        cut = []
        for f in seg:
            if (parts or cut) and (c.total_cue_before(f, a) or c.per_figure(f)):
                break  # a total cue, or a per-head figure (人均耕地2.5亩 after 水田…旱地…), ends the list
            cut.append(f)
        parts.extend(cut)
        if len(cut) < len(seg):
            break
    return _closed_prefix(c, t, parts)


def _closed_prefix(c: Context, t: Measured, parts: List[Measured]) -> List[Measured]:
    """The parts up to where they first add up to the total exactly, when more follow (一般贫困户300户，低保户
    150户，五保户50户，因病致贫200户 of 500户): the later ones are of another breakdown, never added in.  Parts
    that exceed the total and end in a run of one kind adding up to it exactly, after a run of another kind
    (因病致贫28户，因学致贫14户，一般户40户，低保户24户 of 64户): that run is the breakdown."""
    run = None
    for i, f in enumerate(parts):
        run = f.iv if run is None else run + f.iv
        if i >= 1 and i + 1 < len(parts) and all(p.exact for p in parts[:i + 1]) and run.overlaps(t.iv) \
                and t.exact:
            return parts[:i + 1]
    return _closing_run(c, t, parts)


def _closing_run(c: Context, t: Measured, parts: List[Measured]) -> List[Measured]:
    """The last parts when they add up to ``t`` exactly, are of one kind and follow parts of another kind
    (the whole list exceeds ``t``); else ``parts``."""
    if len(parts) < 4 or not t.exact or not t.iv.below(sum_of(parts)) or not all(p.exact for p in parts):
        return parts
    for i in range(2, len(parts) - 1):
        head, tail = parts[:i], parts[i:]
        if not sum_of(tail).overlaps(t.iv):
            continue
        kinds = [[_label_of(c, f) for f in x] for x in (head, tail, parts)]
        if _one_kind(kinds[0]) and _one_kind(kinds[1]) and not _one_kind(kinds[2]):
            return tail
    return parts


def _continues(c: Context, t: Measured, f: Measured, s: int, last: int) -> Optional[bool]:
    """A figure of a later sentence: None to skip it, False when a new list starts there, True to take it."""
    if c.re_parts_after and c.re_parts_after.search(c.n, last, f.start):
        return False  # another list starts
    if c.v.paren_of(f.start) or not f.exact or c.per_figure(f):
        return None
    if c.total_cue_before(f, s):
        return False
    return True


def _extend(c: Context, t: Measured, parts: List[Measured], se: int) -> List[Measured]:
    """Parts in later sentences of the paragraph, taken only when they complete the total exactly."""
    v = c.v
    _, pe2 = v.paragraph(se - 1)
    run = sum_of(parts)
    ext: List[Measured] = []
    pos = se
    for _ in range(8):
        if pos >= pe2 or pos >= len(v.n):
            break
        s, e = v.sentence(pos)
        last = s
        for f in v.figs_in(s, e, t.unit):
            take = _continues(c, t, f, s, last)
            last = f.end
            if take is False:
                return []
            if take is None:
                continue
            ext.append(f)
            run = run + f.iv
            if run.overlaps(t.iv):
                return ext
            if not run.below(t.iv):
                return []
        pos = e
    return []


def _items_after(c: Context, t: Measured, first: Measured, se: int) -> List[Measured]:
    """其中，2017年脱贫860户。2018年脱贫1326户。2019年脱贫580户。: after a 其中 sentence of one part, the sentences of
    its paragraph that each hold one figure of the unit after the same word (and a year when the first has one)
    are the other parts, whether or not they add up (two at least; the list ends at the first other sentence)."""
    v = c.v
    word = _item_word(c, first)
    years = YEAR_LABEL.search(c.n, v.clause_start(first.start), first.start) is not None
    _, pe = v.paragraph(first.start)
    run: List[Measured] = []
    pos = se
    while word and pos < pe:
        s, e = v.sentence(pos)
        figs = v.figs_in(s, e, t.unit)
        f = figs[0] if len(figs) == 1 else None
        if f is None or not f.exact or c.per_figure(f) or c.total_cue_before(f, s) or v.paren_of(f.start) \
                or _item_word(c, f) != word \
                or (YEAR_LABEL.search(c.n, v.clause_start(figs[0].start), figs[0].start) is not None) != years \
                or figs[0].value >= t.value or (c.re_parts_after and c.re_parts_after.search(c.n, s, figs[0].start)):
            break
        run.append(figs[0])
        pos = e
    return run if len(run) >= 2 else []


def _parent_total(c: Context, led: Ledger, t: Measured, parts: List[Measured],
                  parts_of: Callable) -> Tuple[Measured, List[Measured]]:
    """A second 其中 right after the last part of a first one (贫困户120户，其中因病45户…缺劳力25户，其中一般户80户，
    低保户40户): when its parts exceed that part they are no breakdown of it but a second breakdown of the first
    其中's total."""
    start = led.total_start_of(t)
    parent = c.v.fig_at(start) if start is not None else None
    if parent is None or parent.unit != t.unit or not parts:
        return t, parts
    s = sum_of(parts)
    if s.overlaps(t.iv) or s.below(t.iv):
        return t, parts  # a breakdown of the part itself (已脱贫747户，其中2019年57户)
    return parent, parts_of(parent)


def parts_after(c: Context, led: Ledger) -> None:
    v, n = c.v, c.n
    if not c.re_parts_after:
        return
    found_cues = list(c.re_parts_after.finditer(n))
    ends = [(a.start, b.start) for a, b, _ in change_ends(c)] if found_cues else []
    for ci, m in enumerate(found_cues):
        p, q = m.span()
        if v.fig_at(p):
            continue
        ss, se = v.sentence(p)
        ws, _ = v.segment(p)
        stop, first_limit = _cue_stop(c, found_cues, ci)

        def parts_of(t: Measured) -> List[Measured]:
            return _parts_after(c, t, q, stop, first_limit)

        if LEAD_NOISE.match(n[ws:p]):
            found = _totals_before(c, p, ws, ss, parts_of)
        else:
            found = _totals_in_sentence(c, p, ws, parts_of)
        for t, parts in (_parent_total(c, led, t, parts, parts_of) for t, parts in found):
            if _both_ends(parts, ends):
                continue  # 其中光伏收益由1.5万元增加到4.2万元: the two ends of a change of a part, no parts of a sum
            note = ""
            if parts and sum_of(parts).below(t.iv) and stop == se:
                ext = _extend(c, t, parts, se)
                if ext:
                    parts = parts + ext
                    note = " (parts continue in the following sentences)"
                elif len(parts) == 1:
                    ext = _items_after(c, t, parts[0], se)
                    parts, note = parts + ext, " (one part a sentence)" if ext else ""
            emit_sum(c, led, t, parts, "sum.parts_after", note)
            second = _second_list(c, t, parts, stop)
            if second:
                emit_sum(c, led, t, second, "sum.parts_after", " (a second breakdown of the total, after ；)")


def _both_ends(parts: Sequence[Measured], ends: Sequence[Tuple[int, int]]) -> bool:
    """Two of the parts are the two ends of one 由A至B change."""
    starts = {p.start for p in parts}
    return any(a in starts and b in starts for a, b in ends)


def _plain_part(c: Context, f: Measured, b: int) -> bool:
    """An exact figure, no per-head amount, no total cue before it, no status of a total (2019年脱贫20户)."""
    status = tuple(c.r.gate.status_families)
    return f.exact and not c.per_figure(f) and not c.total_cue_before(f, b) \
        and not (f.indicator or "").startswith(status)


def _second_list(c: Context, t: Measured, parts: List[Measured], stop: int) -> List[Measured]:
    """其中因病致贫31户…缺技术24户；一般贫困户58户，低保户20户，五保户4户 of 82户: parts that add up to the total,
    then after ；and before the end of the list a second list of its unit under labels of one kind (at least
    three, exact, no cue of a total among them): a second breakdown of the same total, summed on its own."""
    v = c.v
    if len(parts) < 2 or not sum_of(parts).overlaps(t.iv):
        return []
    b = next((w for w in v.weak if parts[-1].end <= w < stop), None)
    if b is None or v.figs_in(parts[-1].end, b, t.unit):
        return []
    seg = [f for f in v.figs_in(b, stop, t.unit) if not v.paren_of(f.start)]
    if len(seg) < 3 or not all(_plain_part(c, f, b) for f in seg):
        return []
    return seg if _one_breakdown(c, [_label_of(c, f) for f in seg], _label_of(c, t)) else []


def _one_breakdown(c: Context, labels: Sequence[str], noun: str) -> bool:
    """Labels of a second list that break the total down once: each a refinement of the total's noun (一般贫困户,
    低保户 of 贫困户; 种植水稻 is none of 耕地) and of one kind, or all of one dimension (因病致贫, 因残致贫, 缺劳力); never
    measures taken (享受低保户, 危房改造户 may overlap: gate.measure_words)."""
    if any(w in x for x in labels for w in c.r.gate.measure_words):
        return False
    if noun and all(x.endswith(noun[-1]) for x in labels) and _one_kind(labels):
        return True
    return one_dimension(labels, c.r.gate.dimension_words)


# ---------------------------------------------------------------------- sum.paren
def _implied_numbers(c: Context, s: int, e: int, siblings: List[Measured]) -> List[Measured]:
    """Bare numbers listed among parts of one unit (集中供养46.9180 next to 散养五保38.526万元)."""
    v, n = c.v, c.n
    out: List[Measured] = []
    sib = siblings[0]
    num = BARE_NUMBER.search(regex.sub(r"[^\d.]", " ", n[sib.start:sib.end]))
    if not num or Decimal(num.group()) == 0:
        return out
    scale = sib.value / Decimal(num.group())
    for m in BARE_NUMBER.finditer(n, s + 1, e - 1):
        if v.fig_at(m.start()) or v.fig_at(m.end() - 1):
            continue
        after = n[m.end():m.end() + 1]
        if after not in ("）", ")", "、", "，", ",", "；", ";", "和", "及"):
            continue
        value = Decimal(m.group()) * scale
        out.append(Measured(v.doc, m.start(), m.end(), v.text[m.start():m.end()], value, sib.unit, "exact",
                            iv=interval_of(m.group(), value, sib.unit, "exact"), implied=True))
    return out


def _paren_total(c: Context, s: int, e: int, unit: str) -> Optional[Measured]:
    """The figure of ``unit`` right before the parenthesis in its clause, else right after it."""
    v = c.v
    before = [f for f in v.figs_in(v.clause_start(s), s, unit) if not v.paren_of(f.start)]
    if before:
        return before[-1]
    after = [f for f in v.figs_in(e, v.clause_end(e), unit) if not v.paren_of(f.start)]
    return after[0] if after else None


def paren(c: Context, led: Ledger) -> None:
    v, n = c.v, c.n
    for (s, e) in v.parens:
        inner = n[s + 1:e - 1]
        if any(w in inner for w in c.not_parts):
            continue
        figs = [f for f in v.figs_in(s, e) if v.paren_of(f.start) == (s, e) and f.unit not in RATE_UNITS]
        by_unit: Dict[str, List[Measured]] = {}
        for f in figs:
            by_unit.setdefault(f.unit, []).append(f)
        for unit, parts in by_unit.items():
            parts = parts + _implied_numbers(c, s, e, parts)
            parts.sort(key=lambda f: f.start)
            if len(parts) < 2:
                continue
            t = _paren_total(c, s, e, unit)
            if t is not None:
                emit_sum(c, led, t, parts, "sum.paren")


# ---------------------------------------------------------------------- sum.total_after
def _list_before(c: Context, pos: int, unit: str) -> List[Measured]:
    """The figures of ``unit`` of the sentence before ``pos`` when they are one cue-less list."""
    prev = c.v.prev_sentence(pos)
    if prev is None:
        return _lines_before(c, pos, unit)
    if not c.cue_free(*prev):
        return []
    figs = [f for f in c.v.figs_in(prev[0], prev[1]) if f.unit not in RATE_UNITS and not c.v.paren_of(f.start)]
    runs = [r for r in c.unit_runs(figs) if r[0].unit == unit]
    if len(runs) != 1 or any(c.per_figure(f) for f in runs[0]):
        return []
    return runs[0] if len(runs[0]) > 1 else _one_a_sentence(c, runs[0][0], figs)


def _line_word(c: Context, f: Measured) -> Optional[str]:
    """The word before ``f`` (its item word), or before the figure it is the pair of (45户162人: 162人 takes 困户)."""
    w = _item_word(c, f)
    if w is None and f.start > 0:
        g = c.v.fig_before(f)
        w = _item_word(c, g) if g is not None else None
    return w


def _lines_before(c: Context, pos: int, unit: str) -> List[Measured]:
    """1.甲村：建档立卡贫困户45户162人；⏎2.乙村：…38户141人；⏎3.丙村：…27户96人；⏎合计：110户399人: a total cue opening
    its line sums the lines right before it that each hold one figure of the unit, after the same word (two at least)."""
    v = c.v
    ps, _ = v.paragraph(pos)
    items: List[Measured] = []
    word = None
    while ps > 0:
        s, e = v.paragraph(ps - 1)
        here = [f for f in v.figs_in(s, e, unit) if not v.paren_of(f.start)]
        if not v.n[s:e].strip():
            break
        w = (_line_word(c, here[0]) or _place_word(c, s, here[0])) if len(here) == 1 else None
        if w is None or not c.cue_free(s, e) or c.per_figure(here[0]) or not here[0].exact \
                or (word is not None and w != word):
            break
        word = w
        items.insert(0, here[0])
        ps = s
    return items if len(items) >= 2 else []


@lru_cache(maxsize=8)
def _place_line(ends: Tuple[str, ...]) -> "regex.Pattern":
    """A line that opens on a place and its figures (石门村：86户312人；, 2.龙潭村74户): a place's line of a list — a
    number or a mark, a settlement's name (安置点一：), a place ending in one of ``sum.place_line_ends``."""
    return regex.compile(r"\s*(?:\d{1,2}[.、．]|[（(]?[一二三四五六七八九十]{1,2}[）)、])?"
                         r"(?:\p{Han}{2,4}[一二三四五六七八九十\d]{1,2}\s*[：:]\s*)?"  # 安置点一：新华社区
                         rf"\p{{Han}}{{1,5}}?{alternation(ends)}\s*[：:]?\s*$")


def _place_word(c: Context, s: int, f: Measured) -> Optional[str]:
    """The place label that alone opens ``f``'s line (or the figure ``f`` is the pair of), as one item word."""
    g = c.v.fig_before(f) if f.start > s else None
    head = f.start if g is None else g.start
    return "<place>" if _place_line(c.r.sum.place_line_ends).fullmatch(c.n, s, head) else None


#: the word before an item's figure: the last two Han characters (一组有贫困户14户 → 困户)
ITEM_WORD = regex.compile(r"(\p{Han}{2})$")


def _item_word(c: Context, f: Measured) -> Optional[str]:
    m = ITEM_WORD.search(c.n, c.v.clause_start(f.start), f.start)
    return m.group(1) if m else None


def _one_a_sentence(c: Context, last: Measured, figs: Sequence[Measured]) -> List[Measured]:
    """一组有贫困户14户。二组有贫困户17户。三组有贫困户11户。(合计42户): the items of a list written one a sentence
    — the sentences before ``last``'s in its paragraph, each cue-free with one figure, of ``last``'s unit, after the
    same word."""
    v = c.v
    word = _item_word(c, last)
    if len(figs) != 1 or word is None:
        return []
    ps, _ = v.paragraph(last.start)
    items, whole = _items_back(c, last, v.sentence(last.start)[0], ps, word)
    items.append(last)
    while whole and ps > 0:  # 上湾组…26户。下湾组…32户。⏎河坝组…18户。后山组…15户。以上合计112户: a paragraph of items
        ps2, _ = v.paragraph(ps - 1)  # before is taken whole, or not at all
        more, whole = _items_back(c, last, ps, ps2, word)
        if not whole or not more or _years_of(c, more) != _years_of(c, items):
            break  # 2019年一组…。⏎2020年一组…: the line before is another year's list
        items[:0], ps = more, ps2
    return items if len(items) >= 2 else []


def _years_of(c: Context, items: Sequence[Measured]) -> set:
    """The years the clauses of ``items`` name."""
    return {y for f in items for y in regex.findall(r"(?:19|20)\d\d(?=年)", c.v.clause_lead(f.start))}


def _items_back(c: Context, last: Measured, end: int, ps: int, word: str) -> Tuple[List[Measured], bool]:
    """The one-item sentences of ``last``'s unit and item word between ``ps`` and ``end`` (read back from ``end``),
    and whether they reach ``ps`` (the paragraph is items up to there)."""
    v = c.v
    items: List[Measured] = []
    pos = end
    while c.n[ps:pos].strip():
        while c.n[pos - 1].isspace():
            pos -= 1
        prev = v.sentence(pos - 1)
        if prev[0] < ps or not c.cue_free(*prev):
            return items, False
        here = [f for f in v.figs_in(*prev) if f.unit not in RATE_UNITS]
        if len(here) != 1 or here[0].unit != last.unit or _item_word(c, here[0]) != word or c.per_figure(here[0]):
            return items, False
        items.insert(0, here[0])
        pos = prev[0]
    return items, True


def _status_cue(c: Context, m) -> bool:
    """The total cue opens a status word of the balance (累计脱贫, 共新增 …)."""
    b = c.r.balance
    words = b.lifted + b.remaining + b.added + b.removed
    return any(c.n.startswith(w, m.start()) or c.n.startswith(w, m.end()) for w in words)


def _cued_total(c: Context, m) -> Optional[Measured]:
    """The figure a total cue (共计 …) names, right after it in its clause (or after its colon: 合计：贫困户60户)."""
    n = c.n
    if n[m.end():m.end() + 1] == "同":  # 共同
        return None
    colon = regex.match(r"\s*[：:]", n[m.end():m.end() + 3])
    start = m.end() + (colon.end() if colon else 0)
    t = c.v.next_fig(start, start + c.reach + 1)
    if t is None or t.unit in RATE_UNITS or any(ch in BREAKS for ch in n[start:t.start]):
        return None
    if n[m.start() - 1:m.start()] == "公" or c.per_figure(t):  # 公共
        return None
    return t


def _paired(c: Context, t: Measured) -> List[Measured]:
    """The figures written together with ``t`` (总计85户440人: 440人 is a total too), other units only."""
    out: List[Measured] = []
    end, units = t.end, {t.unit}
    while True:
        f = c.v.next_fig(end, end + 4)
        if f is None or f.unit in units or f.unit in RATE_UNITS or c.n[end:f.start].strip(PAIR_STRIP):
            return out
        out.append(f)
        units.add(f.unit)
        end = f.end


def _colon_totals(c: Context, m, t: Measured) -> List[Measured]:
    """合计：贫困户60户，贫困人口214人 — a total cue and a colon open a list of totals: the first figure of each
    further unit in the clauses after it, to the end of its ；-segment, other units than ``t``'s only."""
    if not regex.match(r"\s*[：:]", c.n[m.end():m.end() + 3]):
        return []
    _, se = c.v.segment(m.start())
    out: List[Measured] = []
    units = {t.unit}
    for f in c.v.figs_in(t.end, se):
        if f.unit not in units and f.unit not in RATE_UNITS and not c.v.paren_of(f.start):
            out.append(f)
            units.add(f.unit)
    return out


def _year_labelled(c: Context, f: Measured, floor: int) -> bool:
    """One year label in ``f``'s own clause (2018年脱贫12户), not a list of years several clauses back."""
    labels = list(YEAR_LABEL.finditer(c.n, floor, f.start))
    if len(labels) != 1:
        return False
    pos = labels[0].end()
    for g in c.v.figs_in(pos, f.start):  # the other figures of its group (20xx年98户、280人)
        if any(ch in BREAKS for ch in c.n[pos:g.start]) and c.n[pos:g.start] not in PAIR_MARKS:
            return False
        pos = g.end
    gap = c.n[pos:f.start]
    return not any(ch in BREAKS for ch in gap) or (pos != labels[0].end() and gap in PAIR_MARKS)


def _year_runs(c: Context, figs: List[Measured]) -> List[List[Measured]]:
    """Runs of consecutive figures (one unit, one sentence) each after a year label of its own."""
    runs: List[List[Measured]] = []
    prev = None
    for f in figs:
        ss, _ = c.v.sentence(f.start)
        labelled = _year_labelled(c, f, max(ss, prev.end if prev else 0))
        if labelled and runs and runs[-1] and prev is runs[-1][-1] and c.v.sentence(prev.start)[0] == ss:
            runs[-1].append(f)
        elif labelled:
            runs.append([f])
        else:
            runs.append([])
        prev = f
    return runs


def yearly_parts(c: Context, m, unit: str) -> List[Measured]:
    """2018年、2019年、2020年共计297户: the nearest earlier list of as many yearly figures of ``unit``."""
    ws, _ = c.v.segment(m.start())
    years = YEARS_BEFORE.search(c.n, ws, m.start())
    if years is None:
        return []
    k = len(YEAR_LABEL.findall(years.group()))
    figs = [f for f in c.v.figs_in(max(0, m.start() - YEARLY_REACH), years.start(), unit) if not c.per_figure(f)]
    runs = [r for r in _year_runs(c, figs) if r]
    return runs[-1] if runs and len(runs[-1]) == k else []


def yearly_total(c: Context, led: Ledger) -> None:
    """2018年、2019年、2020年共计297户 against the nearest earlier list of as many yearly figures (run after
    the shared structure: the yearly parts may be a breakdown of an earlier total too)."""
    if not c.re_total_before:
        return
    for m in c.re_total_before.finditer(c.n):
        t = _cued_total(c, m)
        if t is None:
            continue
        for total in [t] + _paired(c, t):
            parts = yearly_parts(c, m, total.unit)
            if parts:
                emit_sum(c, led, total, parts, "sum.total_after", " (the yearly parts stated earlier)")


def _years_counted(c: Context, m) -> int:
    """The number of years a count right before the cue names (三年累计 → 3), 0 when there is none."""
    y = YEARS_COUNTED.search(c.n, max(0, m.start() - 6), m.start())
    if y is None:
        return 0
    return parse_chinese(y.group("han")) if y.group("han") else int(y.group("num"))


def counted_total(c: Context, led: Ledger) -> None:
    """2016年脱贫56户，2017年脱贫78户，2018年脱贫40户，三年累计脱贫174户: a total cue after a count of years
    (even a status cue: 累计脱贫) against the run of as many yearly figures right before it in its sentence."""
    if not c.re_total_before:
        return
    for m in c.re_total_before.finditer(c.n):
        k = _years_counted(c, m)
        t = _cued_total(c, m) if k >= 2 else None
        if t is None:
            continue
        ss, _ = c.v.sentence(m.start())
        for total in [t] + _paired(c, t):
            figs = [f for f in c.v.figs_in(ss, m.start(), total.unit) if not c.per_figure(f)]
            runs = _year_runs(c, figs)
            listed = figs and len(YEAR_LABEL.findall(c.n, ss, figs[0].start)) == k  # 2019年、2020年分别脱贫30户、20户
            if len(figs) == k and (listed or (runs and len(runs[-1]) == k)):
                emit_sum(c, led, total, figs, "sum.total_after", " (the yearly parts of the years it counts)")


def _cue_floor(c: Context, m) -> Optional[int]:
    """Where the parts of a total cue may start: after the last earlier total cue of its segment, or after a
    分别为 that opens the list (None when a 其中 after a figure stands between, or the cue opens a status
    word: 累计脱贫400户 closes no list)."""
    n = c.n
    ws, _ = c.v.segment(m.start())
    floor = ws
    for m2 in c.re_total_before.finditer(n, ws, m.start()):
        floor = max(floor, m2.end())
    opened = c.re_parts_after.search(n, floor, m.start()) if c.re_parts_after else None
    if opened is not None:
        t = _cued_total(c, m)
        if t is None or c.v.figs_in(floor, opened.start(), t.unit):
            return None  # 其中 after a figure of the unit: the list is its parts, the cue a second total
        floor = opened.end()  # 分别为：a，b，c，合计T — a list the cue opens and the total closes
    return None if _status_cue(c, m) and not _status_parts_before(c, m, floor) else floor


def _status_parts_before(c: Context, m, floor: int) -> bool:
    """一村脱贫23户，二村脱贫31户…，合计脱贫99户: a cue that is no cumulative word (合计, 共计 — not 累计) before a status
    word the list before it repeats (two figures at least, each after that word) closes that list."""
    if any(c.n.startswith(w, m.start()) for w in c.r.gate.cumulative_words):
        return False
    b = c.r.balance
    word = next((w for w in sorted(b.lifted + b.remaining + b.added + b.removed, key=len, reverse=True)
                 if c.n.startswith(w, m.end())), None)
    if word is None:
        return False
    t = _cued_total(c, m)
    figs = c.v.figs_in(floor, m.start(), t.unit) if t is not None else []
    if t is not None and not figs:
        figs = _led_list_before(c, m, t)  # 甲村脱贫126户；…。三村合计脱贫438户: the list of the sentence before
        floor = 0
    said = [f for f in figs if c.n.endswith(word, 0, f.start) or word in c.v.clause_lead(f.start, floor)]
    return len(figs) >= 2 and len(said) == len(figs)


def _led_list_before(c: Context, m, t: Measured) -> List[Measured]:
    """The list before a cue opening its sentence after a count (三年, 三村) or a scope word (全村, 以上) alone."""
    lead = c.n[c.v.sentence(m.start())[0]:m.start()].strip()
    k = count_lead(c, lead)
    if k is not None:
        return _counted_before(c, m.start(), t.unit, _count_of(k.group(1)))
    return _list_before(c, m.start(), t.unit) if lead and _no_lead(c, lead) else []


def count_lead(c: Context, lead: str):
    """The count of the items a total opening its sentence sums (三项共投入650万元, 两村合计, 4个村共) when ``lead`` is one
    (``sum.count_leads``, a numeral, ``sum.count_units``, ``sum.count_nouns``), else None."""
    return count_pattern(c.r.sum).fullmatch(lead)


def _counted_before(c: Context, pos: int, unit: str, k: int) -> List[Measured]:
    """The figures of ``unit`` of the cue-free sentence before ``pos`` when there are ``k`` of them (one list)."""
    prev = c.v.prev_sentence(pos)
    if prev is None:
        return _lines_before(c, pos, unit)
    if not c.cue_free(*prev):
        return []
    figs = [f for f in c.v.figs_in(prev[0], prev[1], unit) if not c.v.paren_of(f.start) and not c.per_figure(f)]
    if len(figs) == 1 and k >= 2:  # 甲村修建公路4.2公里。乙村…3.5公里。丙村…2.3公里。三个村共修建11公里: one a sentence
        every = [f for f in c.v.figs_in(prev[0], prev[1]) if f.unit not in RATE_UNITS]
        figs = _one_a_sentence(c, figs[0], every)
    return figs if len(figs) == k >= 2 else []


def _parts_before_cue(c: Context, m, floor: int, total: Measured, ends: set) -> List[Measured]:
    v = c.v
    parts = [f for f in v.figs_in(floor, m.start(), total.unit) if not c.per_figure(f)]
    if ends & {f.start for f in parts}:
        return []  # 由A减少至B，累计减贫C: the two ends of a change, not parts (sum.change)
    ss = v.sentence(m.start())[0]
    lead = c.n[ss:m.start()]
    if not parts and (LEAD_NOISE.match(lead) or lead.strip() in c.r.sum.scope_lead):
        parts = _list_before(c, m.start(), total.unit)  # 甲镇43户、乙镇33户…。总计85户440人
    elif not parts and count_lead(c, lead.strip()):
        # …；就业扶贫：投入资金120万元；教育扶贫：投入资金80万元。三项共投入650万元: as many items as it counts
        k = count_lead(c, lead.strip())
        parts = _counted_before(c, m.start(), total.unit, _count_of(k.group(1)))
    elif not parts and floor > ss and _no_lead(c, c.n[floor:m.start()]) and c.cue_free(ss, floor):
        # 甲村：…32户…；乙村：…28户…；合计：60户: the cue opens its ；-segment, the list is the sentence's before it
        parts = [f for f in v.figs_in(ss, floor, total.unit) if not c.per_figure(f) and not v.paren_of(f.start)]
    return parts


def _no_lead(c: Context, lead: str) -> bool:
    """The words before a cue name nothing but its scope (（一）, 是, 全乡 — 甲村…；乙村…；全乡合计…)."""
    return bool(LEAD_NOISE.match(lead)) or lead.strip() in c.r.sum.scope_lead


def _read_breakdown(c: Context, led: Ledger, total: Measured, parts: List[Measured]) -> bool:
    """The parts are every part of one breakdown read already, of another total, that adds up (其中一般贫困户860户，低保户
    320户，五保户70户 of 1250户, then 累计500户): the cue names a figure of its own, not their sum."""
    starts = {led.total_start_of(p) for p in parts}
    if len(starts) != 1 or None in starts or total.start in starts:
        return False
    t0 = c.v.fig_at(starts.pop())
    return t0 is not None and t0.unit == total.unit and sum_of(parts).overlaps(t0.iv) and not t0.iv.overlaps(total.iv)


def total_after(c: Context, led: Ledger) -> None:
    if not c.re_total_before:
        return
    ends = {f.start for a, b, _ in change_ends(c) for f in (a, b)}
    for m in c.re_total_before.finditer(c.n):
        t = _cued_total(c, m)
        floor = _cue_floor(c, m) if t is not None else None
        if floor is None:
            continue
        paired = _paired(c, t)
        if _read_breakdown(c, led, t, _parts_before_cue(c, m, floor, t, ends)):
            continue  # and its pair figure (累计500户250人) names none either
        for total in [t] + paired + [f for f in _colon_totals(c, m, t) if f not in paired]:
            parts = _parts_before_cue(c, m, floor, total, ends)
            if len(parts) >= 2:
                emit_sum(c, led, total, parts, "sum.total_after")


# ---------------------------------------------------------------------- sum.total_first
#: a group's label: the Han characters after the last mark before its first figure
LABEL_MARK = regex.compile(r"[（(、,，：:；;]")


def _label_of(c: Context, f: Measured) -> str:
    lead = LABEL_MARK.split(c.n[c.v.clause_start(f.start, max(0, f.start - 24)):f.start])[-1]
    return regex.sub(r"[^\p{Han}]", "", lead)


def _one_kind(labels: Sequence[str]) -> bool:
    """Labels of one kind: every one shares its first or its last character with all the others (集中安置,
    分散安置; 东村, 西村)."""
    if any(not x for x in labels):
        return False
    return len({x[0] for x in labels}) == 1 or len({x[-1] for x in labels}) == 1


def _groups_after(c: Context, units: Sequence[str], s: int, e: int) -> List[List[Measured]]:
    """The figures of [s, e) as groups written like the total's (户 then 人); [] when one is not."""
    figs = [f for f in c.v.figs_in(s, e) if f.unit not in RATE_UNITS]
    if not figs or len(figs) % len(units):
        return []
    groups = [figs[i:i + len(units)] for i in range(0, len(figs), len(units))]
    for g in groups:
        if [f.unit for f in g] != list(units) or any(c.n[a.end:b.start].strip(PAIR_STRIP) for a, b in zip(g, g[1:])):
            return []
        if c.v.paren_of(g[0].start) or c.per_figure(g[0]):
            return []
    return groups


def total_first(c: Context, led: Ledger) -> None:
    """全乡易地搬迁贫困户共计186户712人，集中安置124户480人，分散安置62户232人: a cued total opening its sentence's
    figures, then (no other cue) the rest of its ；-segment is groups written like it, under labels of one kind
    — each unit's figures are parts of that unit's total (an open list: the gate judges a shortfall)."""
    if not c.re_total_before:
        return
    v, n = c.v, c.n
    for m in c.re_total_before.finditer(n):
        t = _cued_total(c, m)
        if t is None or _status_cue(c, m):
            continue
        group = [t] + _paired(c, t)
        ss, _ = v.sentence(m.start())
        _, we = v.segment(m.start())
        units = [g.unit for g in group]
        if any(f.unit in units for f in v.figs_in(ss, m.start())):
            continue  # parts before the cue: sum.total_after reads them
        after = n[group[-1].end:we]
        if (c.re_parts_after and c.re_parts_after.search(after)) or c.re_total_before.search(after):
            continue
        groups = _groups_after(c, units, group[-1].end, we)
        if len(groups) < 2 or not _one_kind([_label_of(c, g[0]) for g in groups]):
            continue
        for k, total in enumerate(group):
            emit_sum(c, led, total, [g[k] for g in groups], "sum.total_first")


# ---------------------------------------------------------------------- sum.remainder
def _balance_words(c: Context, figs: Sequence[Measured], floor: int, roles=("added", "removed")) -> bool:
    """A figure of ``figs`` whose clause says one of the balance ``roles`` (新增, 清退 …)."""
    rx = [cues(getattr(c.r.balance, r)) for r in roles]
    for f in figs:
        lead = c.v.clause_lead(f.start, floor)
        if any(r is not None and r.search(lead) for r in rx):
            return True
    return False


def _remainder_total(c: Context, m, ss: int, listed: List[Measured], unit: str):
    """The total a 剩余 part completes: a plan figure opening the list or a 中-total opening it (28个贫困村中已有22个
    出列，剩余6个), else the last figure of the unit in the sentence before.  Returns (total, the listed parts)."""
    v = c.v
    if listed and c.re_plan and c.re_plan.search(c.n, v.clause_start(listed[0].start, ss), listed[0].start):
        return listed[0], listed[1:]
    if len(listed) >= 2 and "中" in c.n[listed[0].end:v.clause_end(listed[0].end)][:8]:
        return listed[0], listed[1:]
    prev = v.prev_sentence(m.start())
    if prev:
        cand = [f for f in v.figs_in(prev[0], prev[1], unit) if not v.paren_of(f.start)]
        if cand:
            return cand[-1], listed
    return None, listed


def remainder(c: Context, led: Ledger) -> None:
    v, n = c.v, c.n
    if not c.re_remainder:
        return
    for m in c.re_remainder.finditer(n):
        rem = v.next_fig(m.end(), m.end() + 8)
        if rem is None or rem.unit in RATE_UNITS or any(ch in BREAKS for ch in n[m.end():rem.start]):
            continue
        if led.is_part(rem):
            continue
        ss, _ = v.sentence(m.start())
        if c.re_parts_after and c.re_parts_after.search(n, ss, m.start()):
            continue  # a 其中 list: sum.parts_after reads it
        listed = [f for f in v.figs_in(ss, rem.start, rem.unit) if not v.paren_of(f.start)]
        t, listed = _remainder_total(c, m, ss, listed, rem.unit)
        if t is None:
            continue
        if _balance_words(c, listed + [rem, t], ss):
            continue  # added/removed figures: balance.poverty reads it
        if _balance_words(c, listed, ss, ("lifted",)):
            continue  # 已脱贫 … 剩余: two statuses, sum.complement reads them
        emit_sum(c, led, t, listed + [rem], "sum.remainder")


# ---------------------------------------------------------------------- sum.of_total
def of_total(c: Context, led: Ledger) -> None:
    """建档立卡贫困户38户135人中，因病致贫28户93人…；因残致贫5户23人…: a total named by 中, then
    its parts to the end of the sentence (an open list: the gate judges a shortfall)."""
    v, n = c.v, c.n
    for i, t in enumerate(v.figs):
        if t.unit in RATE_UNITS or c.per_figure(t) or led.is_total(t):
            continue
        pair_end = t.end
        if v.fig_after(t) is not None:
            pair_end = v.fig_after(t).end  # 38户135人中, 38户、135人中
        if not OF_TOTAL.match(n, pair_end):
            continue
        _, se = v.sentence(t.start)
        parts = [f for f in v.figs_in(pair_end, se, t.unit) if not v.paren_of(f.start)
                 and not c.per_figure(f) and not led.is_part(f)]
        if len(parts) >= 2:
            emit_sum(c, led, t, parts, "sum.of_total")


# ---------------------------------------------------------------------- sum.change
def _stated_amount(c: Context, a: Measured, b: Measured) -> Optional[Measured]:
    """累计减贫5.3万人 right after 由A减少至B: an amount of a's unit after a ``growth.by`` word."""
    rx = cues(c.r.growth.by)
    if rx is None:
        return None
    ce = c.v.clause_end(c.v.clause_end(b.end) + 1)
    for f in c.v.figs_in(b.end, ce, a.unit):
        if rx.search(c.n, c.v.clause_start(f.start, b.end), f.start):
            return f
    return None


def change(c: Context, led: Ledger) -> None:
    """由A减少至B，累计减贫C (or 由A增加到B，净增加C): the larger end is the smaller one plus the change (C no end of another
    change: 其中光伏收益由1.5万元增加到4.2万元)."""
    pairs = change_ends(c)
    ends = {f.start for x, y, _ in pairs for f in (x, y)}
    for a, b, _ in pairs:
        d = _stated_amount(c, a, b)
        if d is not None and a.unit not in RATE_UNITS and d.start not in ends:
            big, small = (a, b) if a.value >= b.value else (b, a)
            emit_sum(c, led, big, [small, d], "sum.change", " (the two ends of a change and its amount)")


#: the values a figure a site rewrote as the year may take (web pages: 2023户 where the page had 10户)
YEAR_LIKE = (2000, 2035)


def year_like(f: Measured) -> bool:
    """A whole count that reads as a year of the campaign's time (2023户 where a site put the year for a figure)."""
    return f.value == f.value.to_integral_value() and YEAR_LIKE[0] <= f.value <= YEAR_LIKE[1]


#: a count of items, then a colon that opens them: 分布在5个村：…
COUNT_OPENS = regex.compile(r"\p{Han}{0,5}[：:]")


def _counted_parts(c: Context, k: Measured) -> List[List[Measured]]:
    """The lists of one unit after ``k`` (N个村：) in its sentence that have exactly N figures."""
    v = c.v
    m = COUNT_OPENS.match(c.n, k.end)
    if m is None or not k.exact or not 2 <= k.value <= 30:
        return []
    _, se = v.sentence(k.start)
    after = [f for f in v.figs_in(m.end(), se) if f.unit not in RATE_UNITS and not v.paren_of(f.start)]
    units = dict.fromkeys(f.unit for f in after)
    lists = [[f for f in after if f.unit == u] for u in units]
    return [x for x in lists if len(x) == int(k.value) and all(f.exact and not c.per_figure(f) for f in x)]


def counted_items(c: Context, led: Ledger) -> None:
    """全乡共有贫困户203户，分布在5个村：甲村56户、乙村48户…: a count of items opening a colon list after a total
    of the list's unit in its sentence; the list has as many figures as the count says, so it is closed."""
    v = c.v
    for k in v.figs:
        if k.unit != "个":
            continue
        ss, _ = v.sentence(k.start)
        for parts in _counted_parts(c, k):
            before = [f for f in v.figs_in(ss, k.start, parts[0].unit) if not v.paren_of(f.start)]
            t = before[-1] if before else None
            big = [p for p in parts if t is not None and p.value >= t.value]
            if t is None or not t.exact or c.per_figure(t) or big and not (len(big) == 1 and year_like(big[0])):
                continue  # a part above the total is another total's, unless it reads as a year (五组2023户 of 72户)
            emit_sum(c, led, t, parts, "sum.counted",
                     f" (the list has the {len(parts)} items its sentence counts)")


RULES = (parts_after, paren, total_after, counted_total, remainder, of_total, change, total_first, counted_items)
