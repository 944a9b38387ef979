"""Sums no cue word announces, reported only when the parts add up (a mismatch would be a guess),
and the totals and parts of the shared sentence structure.

* ``sum.implied`` — parts with no cue that add up exactly to a total stated before them (a list of
  a later segment, a total followed by its parts) or just after them; figures after one name
  (花乌路3.3公里 … 花乌路1公里 … 花乌路4.3公里) that add up to a later one;
* ``sum.type_list`` — a cue-less list of the total's own indicator in the sentence after it, reported
  whether or not it adds up (when it is not short of it and within ``gate.open_list_gap`` above it);
* ``sum.dimension_list`` — a total, then a cue-less list of three parts or more under labels of one dimension (places,
  causes, types) a little above it: a breakdown that does not add up;
* ``sum.repeated_word`` — a whole total (计划脱贫358户, 总投资560万元) and the figures after its sentence that each
  repeat its word (产业扶持脱贫156户 …; 茶叶基地投资220万元 …), reported whether or not they add up;
* ``sum.sources`` — an investment (需投资25万元) and the cue-less sources of its money after it, one raised by the
  owner (自筹, 投工投劳), reported whether or not they add up (a closed list);
* ``sum.halves`` — a total and, cue-less in its sentence, the two halves of one split (男性/女性: ``gate.complements``),
  reported whether or not they add up;
* ``sum.structure`` — totals and parts of :mod:`fupin_extract.meaning.structure` that no cue rule read;
* ``sum.total_after`` (yearly) — 2018年、2019年、2020年共计 T against the nearest earlier list of as many
  yearly figures (:func:`fupin_extract.audit.sums.yearly_total`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

import regex

from fupin_extract.audit.context import Context, total as sum_of
from fupin_extract.audit.core import RATE_UNITS, Measured
from fupin_extract.audit.gate import one_dimension, pair_of
from fupin_extract.audit.ledger import Ledger
from fupin_extract.audit.sums import _label_of as label_of, _place_word as place_word, emit_sum, year_like as _year_like, \
    yearly_total
from fupin_extract.meaning import structure
from fupin_extract.rules.relations import alternation


def implied(c: Context, led: Ledger) -> None:
    """Cue-less parts that add up exactly to a total stated before them, or just after them.

    Lists of a later segment against an earlier total go first: a 五个一批 list ending in
    ``社会保障兜底20户`` is a breakdown of the earlier total, not 10+10=20 in its own clause.
    """
    _implied_earlier_total(c, led)
    _implied_total_after(c, led)


def _run_total(c: Context, led: Ledger, t: Measured, prev: List[Measured], used: set) -> bool:
    """The longest run of ``prev`` ending right before ``t`` that adds up to it."""
    for length in range(len(prev), 1, -1):
        parts = prev[-length:]
        if any(p.start in used for p in parts) or max(p.value for p in parts) >= t.value:
            continue
        if any(p.start not in used and p.value < sum(q.value for q in prev[i + 1:]) + t.value
               for i, p in enumerate(prev[:-length])):
            return False  # 发展生产脱贫560户，…生态补偿脱贫90户，发展教育脱贫150户，社会保障兜底240户: the list goes on before
            # the run (a figure there is no total of all after it), so ``t`` is its next item, not the sum of the last ones
        if sum_of(parts).overlaps(t.iv):
            emit_sum(c, led, t, parts, "sum.implied", " (implied: no cue word; the parts add up exactly)")
            return True
    return False


def _implied_total_after(c: Context, led: Ledger) -> None:
    """(a) a run of figures followed by their sum in the same ；-segment."""
    v, n = c.v, c.n
    used = led.taken()
    for i in range(len(v.weak)):
        a = v.weak[i]
        b = v.weak[i + 1] if i + 1 < len(v.weak) else len(n)
        figs = [f for f in v.figs_in(a, b) if f.unit not in RATE_UNITS]
        for j, t in enumerate(figs):
            if not t.exact or t.value < c.min_total or t.start in used:
                continue
            prev = [f for f in figs[:j] if f.unit == t.unit]
            if len(prev) < 2 or any(not f.exact for f in prev):
                continue
            if _run_total(c, led, t, prev, used) or _rest_total(c, led, t, prev, used):
                used.add(t.start)


def _noun(c: Context, f: Measured) -> str:
    """The last two Han characters before a figure in its clause (其他转移性收入18730元 → 收入)."""
    m = NOUN_END.search(c.v.clause_lead(f.start))
    return m.group(1) if m else ""


def _rest_total(c: Context, led: Ledger, t: Measured, prev: List[Measured], used: set) -> bool:
    """低保收入15840元、补助资金6720元，其他转移性收入18730元，实现收入41290元: the run before ``t`` ends on the rest
    (``gate.rest_words``) of the noun ``t`` names — a closed list, its total ``t`` whether or not it adds up."""
    rest = tuple(c.r.gate.rest_words)
    last = prev[-1]
    if not rest or not any(w in c.v.clause_lead(last.start) for w in rest) or c.per_figure(t) != c.per_figure(last):
        return False
    noun = _noun(c, t)
    if len(noun) < 2 or _noun(c, last) != noun or c.v.figs_in(last.end, t.start, t.unit):
        return False
    parts = [p for p in prev if p.start not in used]
    if len(parts) < 2 or parts[-1] is not last or max(p.value for p in parts) >= t.value:
        return False
    return emit_sum(c, led, t, parts, "sum.rest_total",
                    " (implied: parts ending on the rest of the noun the total names)") is not None


def _implied_earlier_total(c: Context, led: Ledger) -> None:
    """(b) a segment listing parts whose sum is a total stated earlier."""
    v, n = c.v, c.n
    used = led.parts()
    bounds = [(m[i], m[i + 1] if i + 1 < len(m) else len(n)) for m in (v.strong, v.weak) for i in range(len(m))]
    read: Dict[Tuple[int, str], Measured] = {}  # (sentence, unit) → the total a list of the sentence added up to
    unread: List[List[Measured]] = []
    for s, e in bounds:  # whole sentences first (a list may run across ；), then ；-segments
        if c.cue_free(s, e):
            _segment_lists(c, led, s, e, used, read, unread)
    for parts in unread:  # before or after the list that added up (按属性分：…；按致贫原因分：…)
        t = read.get((v.sentence(parts[0].start)[0], parts[0].unit))
        if t is not None and not any(p.start in used for p in parts):
            used.update(p.start for p in _second_breakdown(c, led, t, parts))


@lru_cache(maxsize=8)
def _head_pattern(opens: Tuple[str, ...], closes: Tuple[str, ...]) -> "regex.Pattern":
    return regex.compile(rf"{alternation(opens)}\p{{Han}}{{1,6}}{alternation(closes)}[：:，,]")


def dimension_head(c: Context) -> "regex.Pattern":
    """A head that names the dimension of the list after it: 按致贫原因分：, 从贫困属性看，, 按类型划分 (a word of
    ``sum.dimension_head_opens``, the dimension, a word of ``sum.dimension_head_closes``, a mark)."""
    return _head_pattern(c.r.sum.dimension_head_opens, c.r.sum.dimension_head_closes)


def _segment_lists(c: Context, led: Ledger, s: int, e: int, used: set, read: Dict[Tuple[int, str], Measured],
                   unread: List[List[Measured]]) -> None:
    """The cue-less lists of one sentence or segment against a total: what they read goes into ``used`` and ``read``,
    the lists that read nothing into ``unread``."""
    v = c.v
    figs = [f for f in v.figs_in(s, e) if f.unit not in RATE_UNITS and not v.paren_of(f.start)]
    for parts in c.unit_runs(figs):
        if len(parts) < 2 or any(not p.exact or p.start in used or c.per_figure(p) for p in parts):
            continue
        took = _earlier_list(c, led, parts, s, e)
        start = led.total_start_of(took[0]) if took else None
        t = v.fig_at(start) if start is not None else None
        if t is not None:
            read.setdefault((v.sentence(parts[0].start)[0], t.unit), t)
        elif not took:
            unread.append(parts)
        used.update(p.start for p in took)


def _second_breakdown(c: Context, led: Ledger, t: Measured, parts: List[Measured]) -> Sequence[Measured]:
    """按致贫原因分，因病致贫156人…；按贫困属性分，一般贫困人口301人，低保贫困人口112人，特困人口25人: a cue-less list after one
    that added up to ``t`` in the same sentence, of three parts or more under labels of one dimension, each below
    ``t`` and the sum within ``gate.open_list_gap`` of it — a second breakdown of ``t``, summed on its own whether
    or not it adds up."""
    if len(parts) < 3 or not t.exact or any(p.value >= t.value for p in parts):
        return ()
    headed = dimension_head(c).search(c.n, c.v.clause_start(parts[0].start, max(0, parts[0].start - 40)) - 12,
                                   parts[0].start) if parts[0].start >= 12 else None
    if not headed and abs(sum_of(parts).mid - t.value) > t.value * c.r.gate.open_list_gap:
        return ()  # far from the total: another count, unless a head names the dimension (按致贫原因分：)
    if not _one_dimension(c, [label_of(c, p) for p in parts]):
        return ()
    found = emit_sum(c, led, t, parts, "sum.second_list",
                     " (a second cue-less breakdown of the total the list before it added up to)")
    return parts if found else ()


def _earlier_list(c: Context, led: Ledger, parts: List[Measured], s: int, e: int) -> Sequence[Measured]:
    """One cue-less list: its first figure its total, else an earlier total it adds up to, else a list of
    the total's own kind.  Returns the figures the reading took as parts (none when it read nothing)."""
    if _leading_total(c, led, parts):
        return parts[1:]
    head = _headed_total(c, parts)
    if head is not None and _leading_total(c, led, [head] + list(parts)):
        return parts  # 全村建档立卡户56户，按属性分：一般户31户，低保户19户，特困户6户
    best = _earlier_total(c, parts, s, c.n[s:e])
    if best is not None:
        found = emit_sum(c, led, best, parts, "sum.implied",
                         " (implied: parts in a later segment add up exactly to the total)")
        return parts if found else ()
    if _type_list(c, led, parts, s, e):
        return parts
    best = _earlier_total(c, parts, s, c.n[s:e], paired=True)
    if best is not None:
        found = emit_sum(c, led, best, parts, "sum.pair_partition",
                         " (implied: parts in a later segment whose 户/人 pairs add up exactly to the total's pair)")
        return parts if found else ()
    return ()


def _type_list(c: Context, led: Ledger, parts: Sequence[Measured], s: int, e: int) -> bool:
    """一般贫困户178户，低保贫困户20户，五保户5户 right after the sentence stating 贫困户203户: every figure of
    the unit in the sentence, of the total's own indicator, the total the only figure of its unit in the
    sentence before, and the sum not short of it and within ``gate.open_list_gap`` above it — a breakdown
    whether or not it adds up."""
    v = c.v
    if len(parts) < 3 or s not in v.strong:
        return False
    if len([f for f in v.figs_in(s, e, parts[0].unit) if not v.paren_of(f.start)]) != len(parts):
        return False
    prev = v.prev_sentence(s)
    cands = [f for f in v.figs_in(*prev, parts[0].unit) if not v.paren_of(f.start)] if prev else []
    if len(cands) != 1:
        return False
    t = cands[0]
    if not t.indicator or any(p.indicator != t.indicator or p.value >= t.value for p in parts):
        return False
    total = sum_of(parts)
    if total.below(t.iv) or total.mid - t.value > t.value * c.r.gate.open_list_gap:
        return False  # short: a list without a cue may leave parts out
    return emit_sum(c, led, t, list(parts), "sum.type_list",
                    " (a list of the total's own kind in the sentence after it)") is not None


def _headed_total(c: Context, parts: Sequence[Measured]) -> Optional[Measured]:
    """The figure of the parts' unit right before them when only a head naming a dimension stands between (56户，按属性
    分：一般户31户…): the list's total."""
    v = c.v
    ss, _ = v.sentence(parts[0].start)
    before = [f for f in v.figs_in(ss, parts[0].start, parts[0].unit) if not v.paren_of(f.start)]
    if not before:
        return None
    g = before[-1]
    between = c.n[g.end:v.clause_start(parts[0].start, g.end)]
    return g if dimension_head(c).fullmatch(between.lstrip("，, ")) else None


def _rate_follows(c: Context, f: Measured) -> bool:
    nxt = c.v.next_fig(f.end, c.v.clause_end(f.end) + 1)
    return nxt is not None and nxt.unit in RATE_UNITS


def _leading_total(c: Context, led: Ledger, run: Sequence[Measured]) -> bool:
    """A list whose first figure is the sum of the others: 贫困户72户，一般贫困户28户，低保户37户，五保户7户."""
    t, parts = run[0], list(run[1:])
    if len(parts) < 2 or t.value < c.min_total:
        return False
    big = [p for p in parts if p.value >= t.value]
    if big and not (len(big) == 1 and _year_like(big[0])):
        return False
    if _rate_follows(c, t):
        return False  # 因病致贫400户占50%: an item of a list of shares, not their total
    if big:
        return _dimension_list(c, led, t, parts)  # 三组2023户 of 72户: a part a site rewrote as the year
    if not sum_of(parts).overlaps(t.iv):
        if _pairs_close(c, t, parts):
            return emit_sum(c, led, t, parts, "sum.pair_partition",
                            " (implied: a total, then parts whose 户/人 pair figures add up exactly to its pair)") is not None
        return _dimension_list(c, led, t, parts)
    return emit_sum(c, led, t, parts, "sum.implied", " (implied: a total, then parts that add up exactly)") is not None


def _pairs_close(c: Context, t: Measured, parts: Sequence[Measured]) -> bool:
    """The total and every part written with a 户/人 pair figure (72户171人，一般贫困户28户84人…), the parts' pairs
    adding up to the total's pair exactly: one closed breakdown, whether or not this unit adds up."""
    status = tuple(c.r.gate.status_families)
    if status and any(p.indicator and p.indicator.startswith(status) for p in parts):
        return False  # 已脱贫 / 剩余: two statuses of the total are read by sum.complement
    tp, pairs = pair_of(c.v, t), [pair_of(c.v, p) for p in parts]
    if tp is None or None in pairs or not tp.exact or not all(p.exact for p in pairs):
        return False
    return sum_of(pairs).overlaps(tp.iv)


def _one_dimension(c: Context, labels: Sequence[str]) -> bool:
    """Every label names a word of one dimension (``gate.dimension_words``) or a place (``gate.place_ends``)."""
    g = c.r.gate
    if all(x and x.endswith(tuple(g.place_ends)) for x in labels):
        return True
    return one_dimension(labels, g.dimension_words)


def _dimension_list(c: Context, led: Ledger, t: Measured, parts: List[Measured]) -> bool:
    """全村贫困户289户，甲组98户，乙组111户，丙组88户: a total, then (no cue) three parts or more under labels of one
    dimension (places, causes, types) whose sum is above the total by at most ``gate.open_list_gap`` — a breakdown
    that does not add up (short, it may leave parts out: nothing is read)."""
    if len(parts) < 3 or not all(p.exact for p in parts) or not t.exact:
        return False
    years = [p for p in parts if _year_like(p) and p.value >= t.value]
    rest = sum_of([p for p in parts if p not in years]) if len(years) == 1 else sum_of(parts)
    if len(years) > 1 or rest.mid - t.value > t.value * c.r.gate.open_list_gap or (not years and rest.below(t.iv)):
        return False
    if not _one_dimension(c, [label_of(c, p) for p in parts]):
        return False
    note = f" (one part, {years[0].text}, reads as a year: a site may have rewritten it)" if years else ""
    return emit_sum(c, led, t, parts, "sum.dimension_list",
                    " (a total, then parts of one dimension: places, causes or types)" + note) is not None


def _earlier_total(c: Context, parts: Sequence[Measured], s: int, text: str, paired: bool = False) -> Optional[Measured]:
    """The nearest earlier total the parts add up to exactly (``paired``: whose 户/人 pair their pairs add up to
    exactly), in the paragraph or sharing a phrase with the parts' segment."""
    v = c.v
    total_iv = sum_of(parts)
    ps, _ = v.paragraph(s)
    for t in reversed(v.figs_in(0, s, parts[0].unit)):
        if not t.exact or t.value < c.min_total or t.value <= max(p.value for p in parts):
            continue
        if v.paren_of(t.start) or not (_pairs_close(c, t, parts) if paired else total_iv.overlaps(t.iv)):
            continue
        if t.start >= ps or c.shares_phrase(t, text):
            return t
    return None


def shared_structure(c: Context, led: Ledger) -> None:
    """Totals and parts of the shared sentence structure (:mod:`fupin_extract.meaning.structure`) that
    no cue rule above read: one reading of the sentence for meaning and audit."""
    figs = c.v.figs
    st = structure.read(c.v.n_marked, c.v.figs_paired)  # its groups read 289户、786人 themselves
    broken_down = led.broken_down()
    for ti, parts_idx in sorted(st.parts_of.items()):
        t = figs[ti]
        if t.unit in RATE_UNITS or t.start in broken_down or c.per_figure(t):
            continue
        pair = set(st.pair_of(ti))
        parts = [figs[j] for j in parts_idx if j not in pair and figs[j].unit == t.unit
                 and led.total_start_of(figs[j]) in (None, t.start) and not c.per_figure(figs[j])
                 and not c.nested_in(figs[j], t)]
        if len(parts) >= 2:
            emit_sum(c, led, t, parts, "sum.structure")


def _same_name_figures(c: Context) -> Dict[Tuple[str, str], List[Measured]]:
    v, n = c.v, c.n
    names: Dict[Tuple[str, str], List[Measured]] = {}
    for f in v.figs:
        name = n[max(0, f.start - 3):f.start]
        if len(name) < 3 or not regex.fullmatch(r"\p{Han}{3}", name) or f.unit in RATE_UNITS:
            continue
        if not f.exact or v.paren_of(f.start):
            continue
        names.setdefault((name, f.unit), []).append(f)
    return names


def named_parts(c: Context, led: Ledger) -> None:
    """Figures after the same name (花乌路3.3公里 … 余下花乌路1公里 … 花乌路4.3公里) that add up
    exactly to a later figure after that name (reported only when they do)."""
    v = c.v
    for figs in _same_name_figures(c).values():
        for i in range(2, len(figs)):
            t, parts = figs[i], figs[:i]
            if led.is_total(t) or max(p.value for p in parts) >= t.value:
                continue
            if all(f.value == f.value.to_integral_value() for f in figs[:i + 1]) and t.value < c.min_total:
                continue
            if sum_of(parts).overlaps(t.iv):
                emit_sum(c, led, t, parts, "sum.implied",
                         f" (implied: figures after the same name “{v.text[t.start - 3:t.start]}” add up exactly)")
                break


def _later_run(c: Context, led: Ledger, t: Measured, own: bool = False) -> List[Measured]:
    """The whole figures of ``t``'s unit in the sentences after it (its paragraph and the headed lines of one
    shape right after it; parts of breakdowns skipped), from the first on, while their running sum stays below
    ``t``: the run that reaches it exactly (``own``: parts of ``t`` itself are not skipped)."""
    v = c.v
    _, se = v.sentence(t.start)
    _, pe = v.paragraph(t.start)
    pe = c.heading_run_end(pe)
    run: List[Measured] = []
    acc = sum_of([])
    for f in v.figs_in(se, pe, t.unit):
        if led.is_part(f) and not (own and led.total_start_of(f) == t.start) or v.paren_of(f.start) \
                or c.per_figure(f) or not f.exact:
            continue
        run.append(f)
        acc = acc + f.iv
        if acc.overlaps(t.iv):
            return run if len(run) >= 3 else []
        if not acc.below(t.iv):
            return []
    return []


def later_partition(c: Context, led: Ledger) -> None:
    """搬迁1930户 … 201x年完成743户 … 201x年1089户 … 分散安置98户: a total and, over the sentences after it,
    the whole figures of its unit that add up to it exactly (three at least; reported only when they do)."""
    for t in c.v.figs:
        if t.unit in RATE_UNITS or not t.exact or t.value < c.min_total or led.is_part(t) or c.v.paren_of(t.start):
            continue
        run = _later_run(c, led, t)
        if run and _item_shape(c, t) is not None and _item_shape(c, t) == _item_shape(c, run[0]):
            continue  # 2.转移就业脱贫120户 and 3.…60户，4.…25户，5.…35户: items of one numbered list, siblings
        if run:
            emit_sum(c, led, t, run, "sum.implied",
                     " (implied: the whole figures of the sentences after it add up exactly)")
            continue
        paired = _later_pairs(c, led, t)
        if paired:
            emit_sum(c, led, t, paired, "sum.pair_partition",
                     " (implied: the figures of the sentences after it whose 户/人 pairs add up exactly to its pair)")


def _later_pairs(c: Context, led: Ledger, t: Measured) -> List[Measured]:
    """搬迁1930户7727人 … 完成743户3171人 … 1089户4123人 … 98户433人: the run after ``t``'s pair figure that adds up to
    it exactly, each of its figures written with a pair of ``t``'s unit — those pairs are ``t``'s parts, whether or not
    they add up."""
    tp = pair_of(c.v, t)
    if tp is None or not tp.exact or tp.value < c.min_total or led.is_part(tp):
        return []
    run = _later_run(c, led, tp, own=True)
    own = [led.total_start_of(f) == tp.start for f in run]
    if any(own) and not all(own):
        return []  # the pair's own parts and a stray figure: not one breakdown
    if run and _item_shape(c, tp) is not None and _item_shape(c, tp) == _item_shape(c, run[0]):
        return []
    pairs = [pair_of(c.v, f) for f in run]
    if not run or None in pairs or not all(p.exact and p.unit == t.unit for p in pairs):
        return []
    return [p for p in pairs if p is not None]


#: the noun a figure's clause ends on (转移性收入 → 收入)
NOUN_END = regex.compile(r"(\p{Han}{2})[为有达是了：:]?\s*$")
#: the word a part repeats: the last two Han characters before its figure (产业扶持脱贫156户 → 脱贫), before 一批 of a
#: 五个一批 item (发展生产脱贫一批 → 脱贫)
PART_WORD = regex.compile(r"(\p{Han}{2})(?:一批)?$")


def _whole_head(c: Context, t: Measured) -> Optional[str]:
    """The clause before a whole total (计划脱贫358户, 总投资560万元, 共有易地搬迁户165户: a ``sum.plan_words`` word
    in it), or None: the only figure of its unit in its sentence, exact, not per head, in no bracket."""
    v, n = c.v, c.n
    head = n[v.clause_start(t.start):t.start]
    if not c.re_plan or not c.re_plan.search(head):
        return None
    ss, se = v.sentence(t.start)
    if len(v.figs_in(ss, se, t.unit)) != 1 or c.per_figure(t) or v.paren_of(t.start):
        return None
    return head


def _bare_cue(c: Context, f: Measured) -> bool:
    """``f``'s clause is a total cue alone (一是产业脱贫，共40户: the item's own figure, its word in the clause before)."""
    cs = c.v.clause_start(f.start)
    m = c.re_total_before.search(c.n, cs, f.start) if c.re_total_before and cs > 0 else None
    return m is not None and not c.n[cs:m.start()].strip() and not c.n[m.end():f.start].strip()


def _part_word(c: Context, f: Measured) -> Optional[str]:
    lead = c.v.clause_lead(c.v.clause_start(f.start) - 1) if _bare_cue(c, f) else c.v.clause_lead(f.start)
    m = PART_WORD.search(lead)
    return m.group(1) if m else None


def _cue_free_run(c: Context, s: int, run: Sequence[Measured]) -> bool:
    """No cue from ``s`` to the run's end but the bare cues of its items (一是…，共40户；二是…，共27户)."""
    for f in run:
        if _bare_cue(c, f):
            if not c.cue_free(s, c.v.clause_start(f.start)):
                return False
            s = f.end
    return s >= run[-1].end or c.cue_free(s, run[-1].end)


def _lines_end(c: Context, pos: int, unit: str, word: str) -> int:
    """The end of the lines after ``pos`` that each hold one figure of ``unit``, after ``word`` (东风村搬迁58户。
    红旗村搬迁62户。 …): a list written one item a line; ``pos`` when the next line is not one."""
    v, n, start = c.v, c.n, pos
    while pos < len(n):
        ps, pe = v.paragraph(pos + 1 if n[pos:pos + 1] == "\n" else pos)
        if ps < pos:
            return pos
        figs = v.figs_in(ps, pe, unit)
        if len(figs) != 1:
            return pos
        if _part_word(c, figs[0]) != word:
            shape = _item_shape(c, figs[0])
            # 五是社会保障兜底一批，共60户 after 一是…脱贫一批 … 四是…: the next item of the numbered lines ends them
            return pe if shape is not None and v.figs_in(start, pos, unit) \
                and all(_item_shape(c, f) == shape for f in v.figs_in(start, pos, unit)) else pos
        pos = pe
    return pos


#: a list item's number at the start of its clause: （一） (1) 1． 一是 一、 and the shape it is of
ITEM_MARK = regex.compile(r"\s*(?:(?P<paren>[（(][一二三四五六七八九十\d]+[）)])|(?P<digit>\d+[．.、])"
                          r"|(?P<shi>[一二三四五六七八九十]+是)|(?P<dun>[一二三四五六七八九十]+、))")


def _item_shape(c: Context, f: Measured) -> Optional[str]:
    """The shape of the item number that opens ``f``'s clause (its sentence's first clause), or None."""
    cs = c.v.clause_start(f.start)
    m = ITEM_MARK.match(c.n, c.v.clause_start(cs - 1) if _bare_cue(c, f) else cs)
    return m.lastgroup if m else None


def _next_marked(c: Context, run: List[Measured], f: Measured) -> bool:
    """``f`` (not after the run's word) opens the next item of the numbered list every part of ``run`` opens one of."""
    shapes = {_item_shape(c, p) for p in run}
    return len(run) >= 2 and len(shapes) == 1 and None not in shapes and _item_shape(c, f) in shapes


def _repeating_run(c: Context, led: Ledger, t: Measured, head: str) -> Tuple[List[Measured], str]:
    """The figures of ``t``'s unit after its sentence (its paragraph, the headed lines after it, the one-item lines
    after it) while each follows the same word, a word of the total's clause; [] when one is not a plain part or a
    cue ends the list."""
    v = c.v
    _, se = v.sentence(t.start)
    _, pe = v.paragraph(t.start)
    after = v.figs_in(se, len(c.n), t.unit)
    word = _part_word(c, after[0]) if after else None
    if not word or not _said_in(word, head):
        return [], ""
    pe = _lines_end(c, c.heading_run_end(pe), t.unit, word)
    run: List[Measured] = []
    for f in v.figs_in(se, pe, t.unit):
        if _part_word(c, f) != word:
            if not _next_marked(c, run, f):
                break
            run.append(f)  # （五）社会保障兜底220户 after （一）…（四）…脱贫: the next item of the numbered list ends it
            break
        if (not f.exact or f.value >= t.value or led.is_part(f) or v.paren_of(f.start) or c.per_figure(f)
                or c.total_cue_before(f, se) and not _bare_cue(c, f)):
            return [], ""
        run.append(f)
    if run and not _cue_free_run(c, se, run) or _peers(c, head, word, run):
        return [], ""
    return run, word


def _peers(c: Context, head: str, word: str, run: Sequence[Measured]) -> bool:
    """The plan word and the word stand together in the total's clause and in every part's (东山村总人口2310人。西岭村
    总人口1980人。…): figures of one kind for several wholes, peers of the first, not its parts."""
    m = c.re_plan.search(head) if c.re_plan and run else None
    whole = m.group(0) + word if m else ""
    return bool(whole) and whole in head and all(whole in c.v.clause_lead(f.start) for f in run)


#: how far (characters) after a total's sentence the first place of its breakdown may stand
PLACE_REACH = 200


def _place_run(c: Context, led: Ledger, t: Measured) -> Tuple[List[Measured], str]:
    """今年全镇实现脱贫120户。东山村脱贫59户。西山村脱贫40户。南山村脱贫35户。: a total with no plan word, then three parts
    or more that repeat its word under labels that all name a place (``gate.place_ends``): a breakdown by place."""
    v = c.v
    ss, se = v.sentence(t.start)
    if len(v.figs_in(ss, se, t.unit)) != 1 or c.per_figure(t) or v.paren_of(t.start):
        return [], ""
    ends = tuple(c.r.gate.place_ends)
    first = next((f for f in v.figs_in(se, min(len(c.n), se + PLACE_REACH), t.unit)), None)
    word = _part_word(c, first) if first is not None else None
    if not word or not ends or not regex.sub(f"{regex.escape(word)}$", "", label_of(c, first)).endswith(ends):
        return [], ""  # the next figure of the unit is no place's (checked first: a run is read for few totals)
    run, word = _repeating_run(c, led, t, v.clause_lead(t.start))
    places = [regex.sub(f"{regex.escape(word)}$", "", label_of(c, p)) for p in run] if word else []
    if len(run) < 3 or not ends or not all(x.endswith(ends) for x in places):
        return [], ""
    return run, word


def _sections(c: Context, pos: int) -> List[Tuple[int, int]]:
    """The headed sections of one shape right after ``pos`` (（一）…（二）…), each from its heading to the next heading of
    any shape (the last one to its first blank line); [] when no heading opens the next line."""
    n, heads = c.n, sorted(c.headings.values())
    i = pos
    while i < len(n) and n[i] in "\n \t\u3000\r":
        i += 1
    first = next((k for k, h in enumerate(heads) if h.start == i), None)
    if first is None:
        return []
    out = []
    for k in range(first, len(heads)):
        h = heads[k]
        if h.shape != heads[first].shape:
            break
        blank = n.find("\n\n", h.end)
        end = heads[k + 1].start if k + 1 < len(heads) else (blank if blank >= 0 else len(n))
        out.append((h.start, end))
        if k + 1 < len(heads) and heads[k + 1].shape != h.shape:
            break
    return out


def _section_part(c: Context, led: Ledger, t: Measured, s: int, e: int, word: str) -> Optional[Measured]:
    """The one figure of ``t``'s unit in section ``s``–``e`` after ``word``,
    plain: exact, below ``t``, no part yet, no average, in no bracket, after no total cue but a bare one."""
    figs = [f for f in c.v.figs_in(s, e, t.unit) if _part_word(c, f) == word]
    if len(figs) != 1:
        return None
    f = figs[0]
    if not f.exact or f.value >= t.value or led.is_part(f) or c.v.paren_of(f.start) or c.per_figure(f) \
            or c.total_cue_before(f, s) and not _bare_cue(c, f):
        return None
    return f


def _said_in(word: str, head: str) -> bool:
    """``word`` stands in ``head``, or abbreviates two words of it (减贫 of 减少贫困: the first character of each)."""
    return word in head or (len(word) == 2 and regex.search(rf"{regex.escape(word[0])}\p{{Han}}{regex.escape(word[1])}",
                                                            head) is not None)


def _headed_run(c: Context, led: Ledger, t: Measured) -> Tuple[List[Measured], str]:
    """2020年，全镇实现脱贫512户。⏎（一）产业扶贫⏎…带动脱贫236户。⏎（二）就业扶贫⏎…就业脱贫158户。…: a total with no plan
    word (the one figure of its unit in its sentence), then the headed sections of one shape right after its paragraph,
    each holding one figure that repeats a word of the total's clause (other figures of the section aside): a
    breakdown the headings name."""
    v = c.v
    ss, se = v.sentence(t.start)
    _, pe = v.paragraph(t.start)
    if len(v.figs_in(ss, se, t.unit)) != 1 or c.per_figure(t) or v.paren_of(t.start) \
            or any(h.start <= t.start <= h.end for h in c.headings.values()):
        return [], ""  # a figure of a headed section is a part of its own run, not the total of the sections after it
    sections = _sections(c, pe)
    head = v.clause_lead(t.start)
    words = [_part_word(c, f) for f in v.figs_in(*sections[0], t.unit)] if len(sections) >= 2 else []
    word = next((w for w in words if w and _said_in(w, head)), None)  # the first section's figure after a word of the total's
    if not word:
        return [], ""
    run = [_section_part(c, led, t, s, e, word) for s, e in sections]
    return (run, word) if None not in run else ([], "")


def _pair_read(c: Context, led: Ledger, t: Measured) -> bool:
    """The 户/人 pair figure of ``t`` is the total of an implied breakdown that adds up: ``sum.pair`` sums ``t``'s own
    figures of that breakdown (贫困户265户912人。一般贫困户180户702人，低保贫困户52户186人，五保户13户24人)."""
    p = pair_of(c.v, t)
    return p is not None and any(f.total == p.span and f.holds is True and f.rule in ("sum.implied", "sum.type_list")
                                 for f in led.findings)


def _place_lines(c: Context, t: Measured, pos: int) -> List[Measured]:
    """The lines right after ``pos`` (the end of ``t``'s paragraph) that each open on a place alone and hold one plain
    figure of ``t``'s unit (石门村86户312人；⏎龙潭村74户265人；…; 安置点一：新华社区58户241人), three at least."""
    v, n = c.v, c.n
    items: List[Measured] = []
    while pos < len(n):
        s, e = v.paragraph(pos + 1 if n[pos:pos + 1] == "\n" else pos)
        if s < pos:
            break
        here = [f for f in v.figs_in(s, e, t.unit) if not v.paren_of(f.start)]
        f = here[0] if len(here) == 1 else None
        if f is None or place_word(c, s, f) is None or not f.exact or f.value >= t.value or c.per_figure(f) \
                or not c.cue_free(s, e):
            break
        items.append(f)
        pos = e
    return items if len(items) >= 3 else []


def _headed_list(c: Context, t: Measured, s: int, e: int) -> List[Measured]:
    """The list of line ``s``–``e`` when the line opens on a head naming a dimension (按致贫原因分：, 从年龄结构看：) and
    holds, cue-free, two plain figures or more of ``t``'s unit, each below ``t``; [] otherwise."""
    v = c.v
    m = dimension_head(c).match(c.n, s + len(c.n[s:e]) - len(c.n[s:e].lstrip()))
    parts = [f for f in v.figs_in(s, e, t.unit) if not v.paren_of(f.start)]
    if m is None or len(parts) < 2 or not c.cue_free(m.end(), e):
        return []
    if any(not f.exact or f.value >= t.value or c.per_figure(f) for f in parts):
        return []
    return parts


def _lines_of(c: Context, led: Ledger, t: Measured, s: int, e: int) -> bool:
    """Line ``s``–``e`` holds figures of ``t``'s unit, each a part of ``t`` already."""
    figs = c.v.figs_in(s, e, t.unit)
    return bool(figs) and all(led.total_start_of(f) == t.start for f in figs)


def headed_lines(c: Context, led: Ledger) -> None:
    """全村建档立卡贫困户88户。⏎按致贫原因分：因病致贫35户，…。⏎按贫困类型分：一般贫困户60户，…: a total ending its paragraph
    (the one figure of its unit in its sentence), then the lines right after it that each open on a head naming a
    dimension and list its parts — each line a breakdown of the total, summed on its own whether or not it adds up."""
    v, n = c.v, c.n
    for t in v.figs:
        if t.unit in RATE_UNITS or not t.exact or t.value < c.min_total or led.is_part(t) \
                or v.paren_of(t.start) or c.per_figure(t):
            continue
        ss, se = v.sentence(t.start)
        _, pos = v.paragraph(t.start)
        if len(v.figs_in(ss, se, t.unit)) != 1 or n[se:pos].strip("。；; \t\u3000\r\n"):
            continue
        while pos < len(n):
            s, e = v.paragraph(pos + 1 if n[pos:pos + 1] == "\n" else pos)
            parts = _headed_list(c, t, s, e) if s >= pos else []
            if not parts and s >= pos and _lines_of(c, led, t, s, e):
                pos = e  # 金竹村：76户310人；… (its place lines, read before): the 按…分 line after them is the total's too
                continue
            if not parts:
                break
            emit_sum(c, led, t, parts, "sum.headed_lines", " (a total, then a line a dimension: 按…分：its parts)")
            pos = e


def _colon_items(c: Context, t: Measured) -> List[Measured]:
    """The numbered items right after ``t`` and its colon (…186户：⏎一是C级危房加固维修，共计108户；⏎二是…78户。), each a
    ；-segment or sentence that opens on an item number of one shape and holds one plain figure of ``t``'s unit."""
    v, n = c.v, c.n
    at = t.end + 1
    items: List[Measured] = []
    shapes = set()
    while at < len(n):
        m = ITEM_MARK.match(n, at)
        if m is None:
            break
        e = next((w for w in v.weak if w > m.end()), len(n))
        here = [f for f in v.figs_in(at, e, t.unit) if not v.paren_of(f.start)]
        shapes.add(m.lastgroup)
        if len(here) != 1 or len(shapes) > 1 or not here[0].exact or here[0].value >= t.value or c.per_figure(here[0]):
            break
        items.append(here[0])
        at = e
    return items if len(items) >= 2 else []


def colon_items(c: Context, led: Ledger) -> None:
    """全镇今年改造农村危房186户：⏎一是…，共计108户；⏎二是…，共计78户。(or …48户，一是…): a total its colon opens a numbered list with (the
    one figure of its unit in its sentence), each item one part — a list the colon announces, reported whether or not it
    adds up."""
    v = c.v
    for t in v.figs:
        if t.unit in RATE_UNITS or not t.exact or t.value < c.min_total or led.is_part(t) or led.is_total(t) \
                or v.paren_of(t.start) or c.per_figure(t) or c.n[t.end:t.end + 1] not in ("：", ":", "，", ","):
            continue
        if c.n[t.end] in "，," and not ITEM_MARK.match(c.n, t.end + 1):
            continue  # …危房改造48户，一是拆除重建，共计20户；二是…: an item number right after the comma
        ss, _ = v.sentence(t.start)
        if len(v.figs_in(ss, t.end, t.unit)) != 1:
            continue
        items = _colon_items(c, t)
        if items:
            emit_sum(c, led, t, items, "sum.colon_items", " (a total and its colon, then one numbered item a part)")


def place_lines(c: Context, led: Ledger) -> None:
    """全乡共有贫困户218户784人。⏎石门村86户312人；⏎龙潭村74户265人；⏎白岩村58户207人。: a total ending its paragraph (the
    one figure of its unit in its sentence), then one line a place, each with one figure of that unit — a breakdown by
    place the lines close, reported whether or not it adds up (each unit of a 户/人 pair on its own)."""
    v = c.v
    for t in v.figs:
        if t.unit in RATE_UNITS or not t.exact or t.value < c.min_total or led.is_part(t) or led.is_total(t) \
                or v.paren_of(t.start) or c.per_figure(t):
            continue
        ss, se = v.sentence(t.start)
        _, pe = v.paragraph(t.start)
        if len(v.figs_in(ss, se, t.unit)) != 1 or c.n[se:pe].strip("。；; \t\u3000\r\n"):
            continue
        items = _place_lines(c, t, pe)
        if items:
            emit_sum(c, led, t, items, "sum.place_lines", " (a total, then one line a place, each with its figure)")


def repeated_word(c: Context, led: Ledger) -> None:
    """计划脱贫358户。1．产业扶持脱贫156户。2．转移就业脱贫102户 …; 总投资560万元。茶叶基地投资220万元，…: a whole
    total (a plan word in its clause) and the figures of its unit after its sentence that each follow one word of
    the total's clause — a breakdown the text names, reported whether or not it adds up (the gate judges a short
    list)."""
    for t in c.v.figs:
        if t.unit in RATE_UNITS or not t.exact or t.value < c.min_total or led.is_part(t) or led.is_total(t) \
                or _pair_read(c, led, t):
            continue
        head = _whole_head(c, t)
        run, word = _repeating_run(c, led, t, head) if head else _place_run(c, led, t)
        if not head and not run:
            run, word = _headed_run(c, led, t)
        if len(run) >= 2:
            emit_sum(c, led, t, run, "sum.repeated_word",
                     f" (the parts after the total repeat its word “{word}”)")


def _clause_has(c: Context, f: Measured, words) -> bool:
    lead = c.v.clause_lead(f.start)
    return any(w in lead for w in words)


def _source_parts(c: Context, led: Ledger, t: Measured) -> List[Measured]:
    """The figures of ``t``'s unit after it to the end of its sentence when each is a source of its money (one of
    them raised by the owner), cue-free, none a part already, in a bracket or per head; [] otherwise."""
    v, s = c.v, c.r.sum
    _, se = v.sentence(t.start)
    parts = v.figs_in(t.end, se, t.unit)
    if len(parts) < 2 or not c.cue_free(t.end, parts[-1].end):
        return []
    if any(led.is_part(p) or v.paren_of(p.start) or c.per_figure(p) or p.value >= t.value
           or not _clause_has(c, p, s.sources) for p in parts):
        return []
    return parts if any(_clause_has(c, p, s.own_sources) for p in parts) else []


def sources(c: Context, led: Ledger) -> None:
    """需投资25万元，镇村自筹5万元，需上级扶持20万元: an investment and the sources of its money after it (no cue), one
    of them what the owner raises itself — the sources of the whole, reported whether or not they add up."""
    s = c.r.sum
    if not (s.investment and s.sources and s.own_sources):
        return
    for t in c.v.figs:
        if t.unit != "元" or led.is_part(t) or led.is_total(t) or c.v.paren_of(t.start) or c.per_figure(t):
            continue
        if _clause_has(c, t, s.investment):
            parts = _source_parts(c, led, t)
            if parts:
                emit_sum(c, led, t, parts, "sum.sources", " (the sources of an investment, one raised by the owner)")


def _halves(c: Context, a: Measured, b: Measured) -> bool:
    """The clauses of ``a`` and ``b`` name the two halves of one split (``gate.complements``: 男性/女性, 集中/分散)."""
    la, lb = (c.v.clause_lead(f.start) for f in (a, b))
    for ws in c.r.gate.complements.values():
        if len(ws) == 2 and any(x in la and y in lb for x, y in (ws, ws[::-1])):
            return True
    return False


def halves(c: Context, led: Ledger) -> None:
    """全村外出务工386人，男性221人、女性165人: a total, then (no cue) the two halves of one split in its sentence —
    a closed breakdown, reported whether or not it adds up."""
    v = c.v
    for t in v.figs:
        if t.unit in RATE_UNITS or led.is_part(t) or led.is_total(t) or v.paren_of(t.start) or c.per_figure(t):
            continue
        _, se = v.sentence(t.start)
        after = v.figs_in(t.end, se, t.unit)
        if len(after) != 2 or not c.cue_free(t.end, after[-1].end) or any(led.is_part(p) for p in after):
            continue
        if all(p.value < t.value and not v.paren_of(p.start) for p in after) and _halves(c, *after):
            emit_sum(c, led, t, after, "sum.halves", " (the two halves of one split)")


RULES = (sources, halves, place_lines, headed_lines, colon_items, implied, shared_structure, yearly_total, named_parts,
         later_partition, repeated_word)
