"""Relations inside one report, read from the text's own structure, and their recomputation.

Rules (ids as in the findings' ``rule`` column):

* ``sum.parts_after`` — a total, then 其中/包括/分别为 and its parts of the same unit up to the
  end of the sentence (past a ；only while the parts are still short of the total; into later
  sentences of the paragraph only when they complete it exactly);
  ``sum.subset`` — the same with a single part (the part may not exceed its total);
* ``sum.paren`` — a total with its parts in parentheses right after (or right before) it;
* ``sum.total_after`` — parts, then 共计/合计/共… and their total;
* ``sum.remainder`` — parts ending with 余下/剩余/其余 X, under the total stated before them;
* ``sum.implied`` — parts with no cue that add up exactly to a total stated before them, or
  figures after one name (花乌路3.3公里 … 花乌路1公里 … 花乌路4.3公里) that add up to a later one
  (reported only when they do: a mismatch would be a guess);
* ``per_unit.implied`` — N户 … 共T元 and a later amount X with X × N = T exactly (only then);
* ``share.of`` — 占…的X% (numerator before 占, base between 占 and 的);
* ``share.named_rate`` — …率/进度 X% with the figures it is computed from in the same clause chain;
* ``growth.compare`` — 与…A…相比增长/下降X%;  ``growth.from_to`` — 由A下降至B (direction, and a
  stated rate when there is one);
* ``per_unit.monthly`` — a monthly amount × N个月 = the stated accumulated amount;
  ``per_unit.per_head`` — 每人/人均/每户/户均 X × count = stated total;
* ``balance.poverty`` — registered + added − removed = lifted + remaining;
* ``plausibility.*`` — persons per household, shares above 100 %, parts above their total,
  remaining or lifted above registered.

Parts always have the unit of their total (幢 parts never count toward a 户 total).
"""
from __future__ import annotations

from decimal import Decimal
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import regex

from fupin_extract.meaning import structure
from fupin_extract.audit.core import (CLAUSE_END, RATE_UNITS, STRONG_END, WEAK_END, DocView, Fig, Finding, Interval,
                         compare_fields, divide, fmt, fmt_num, interval_of, multiply, quote)
from fupin_extract.audit.rules import RelationRules

BREAKS = CLAUSE_END | WEAK_END | STRONG_END
LEAD_NOISE = regex.compile(r"^[\s，,、：:（）()\d一二三四五六七八九十是.]*$")
#: words of a named rate that say what it counts: 户数占比73% is a share of households
COUNT_WORDS = {"户数": "户", "人数": "人", "人口": "人"}
#: what is left of 占全村总人口数的 once the framing is dropped: the words naming the base
BASE_NOISE = regex.compile(r"^[占的]+|[的]+$|^(?:全村|全镇|全乡|全县|全市|本村|该村)|数?的?$")
BASE_REACH = 600
#: a total named by 中 right after it, then a clause break: 38户135人中，…
OF_TOTAL = regex.compile(r"中[,，:：]")
AND_SPLIT = regex.compile(r"[及和与、]|的$")
#: shares of one sentence agree on an earlier base when each implied base is this close to it
SHARED_BASE_GAP = Decimal("0.02")
BARE_NUMBER = regex.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.%])")


ANNUAL = regex.compile(r"年均|年平均|平均每年|每年平均")
YEAR = regex.compile(r"((?:19|20)\d\d)年")


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


def _sum(figs: Sequence[Fig]) -> Interval:
    out = Interval(Decimal(0), Decimal(0))
    for f in figs:
        out = out + f.iv
    return out


def _plus(figs: Sequence[Fig]) -> str:
    if len(figs) > 8:
        return "+".join(quote(f) for f in figs[:6]) + f"+…(+{len(figs) - 6})"
    return "+".join(quote(f) for f in figs)


def _u(value: Decimal, unit: str) -> str:
    return f"{fmt_num(value)}{unit}"


class Relations:
    """All within-report rules over one :class:`DocView`."""

    def __init__(self, view: DocView, rules: RelationRules):
        self.v = view
        self.r = rules
        self.out: List[Finding] = []
        self.keys = set()
        self.part_of: Dict[int, int] = {}  # part start → total start
        self.totals = set()  # starts of figures used as totals
        a = rules.alternation
        self.re_parts_after = a("sum", "parts_after")
        self.re_total_before = a("sum", "total_before")
        self.re_remainder = a("sum", "remainder")
        self.re_plan = a("sum", "plan_words")
        self.not_parts = rules.w("sum", "not_parts")
        self.reach = int(rules.s("sum", "total_cue_reach", 10))
        self.min_total = Decimal(str(rules.s("sum", "implied_min_total", 10)))
        self.shared = int(rules.s("sum", "implied_shared_chars", 4))
        self.re_per = a("sum", "per_words")

    # ------------------------------------------------------------------ helpers
    def _sentence(self, pos: int) -> str:
        return self.v.sentence_text(pos)[1]

    def _add(self, f: Finding, total: Optional[Fig] = None, parts: Sequence[Fig] = ()) -> bool:
        k = f.key()
        # the same total with the same parts is one relation, whichever rule found it first
        k2 = ("sum-like", tuple(f.total or ()), tuple(sorted(tuple(p) for p in f.parts or ()))) if f.total and f.kind == "sum" else None
        if k in self.keys or (k2 and k2 in self.keys):
            return False
        self.keys.add(k)
        if k2:
            self.keys.add(k2)
        self.out.append(f)
        if total is not None:
            self.totals.add(total.start)
            for p in parts:
                self.part_of[p.start] = total.start
        return True

    def _in_other_paren(self, f: Fig, allowed: Optional[Tuple[int, int]] = None) -> bool:
        p = self.v.paren_of(f.start)
        return p is not None and p != allowed

    def _total_cue_before(self, f: Fig, floor: int) -> bool:
        """A total cue (共计, 合计 …) in the clause right before ``f``."""
        cs = self.v.clause_start(f.start, floor)
        return bool(self.re_total_before and self.re_total_before.search(self.v.n, cs, f.start))

    def _nth_clause_end(self, q: int, k: int, limit: int) -> int:
        n = self.v.n
        count, seen = 0, False
        for i in range(q, limit):
            c = n[i]
            if c in BREAKS:
                if seen:
                    count += 1
                    seen = False
                    if count >= k:
                        return i
            elif not c.isspace():
                seen = True
        return limit

    # ------------------------------------------------------------------ verdicts
    def sum_finding(self, total: Fig, parts: List[Fig], rule: str, note: str = "") -> Finding:
        s = _sum(parts)
        unit = total.unit
        sent = self._sentence(total.start)
        if len(parts) == 1:
            p = parts[0]
            holds = total.iv.hi is None or p.iv.lo <= total.iv.hi
            fields = compare_fields(total.iv, p.iv, total.value)
            expl = (f"{quote(p)} is part of {quote(total)}: " +
                    ("not more than the total" if holds else f"larger than the total by {_u(p.value - total.value, unit)}"))
            return Finding(self.v.doc, "sum", "sum.subset", holds, expl + note, "info" if holds else "error",
                           total.span, [p.span], None, sentence=sent, unit=unit, **fields)
        holds = s.overlaps(total.iv)
        fields = compare_fields(total.iv, s, total.value)
        if holds:
            expl = f"{_plus(parts)} = {_u(s.mid, unit)}, consistent with {quote(total)}"
            sev = "info"
        elif s.hi is not None and s.hi * 2 < total.iv.lo:
            holds = None
            expl = (f"{_plus(parts)} = {_u(s.mid, unit)}, less than half of {quote(total)}: "
                    "read as a selection, not a breakdown (cannot tell)")
            sev = "info"
        elif s.below(total.iv):
            expl = (f"{_plus(parts)} = {_u(s.mid, unit)} ≠ {quote(total)}: short by {_u(total.value - s.mid, unit)}"
                    " (the list may leave parts out)")
            sev = "warning"
        else:
            expl = f"{_plus(parts)} = {_u(s.mid, unit)} ≠ {quote(total)}: exceeds it by {_u(s.mid - total.value, unit)}"
            sev = "error"
        return Finding(self.v.doc, "sum", rule, holds, expl + note, sev, total.span, [p.span for p in parts], None,
                       sentence=sent, unit=unit, **fields)

    def emit_sum(self, total: Fig, parts: List[Fig], rule: str, note: str = "") -> Optional[Finding]:
        parts = [p for p in parts if p.start != total.start]
        if not parts:
            return None
        f = self.sum_finding(total, parts, rule, note)
        if self._add(f, total, parts):
            return f
        return None

    # ------------------------------------------------------------------ sum rules
    def rule_parts_after(self) -> None:
        v, n = self.v, self.v.n
        if not self.re_parts_after:
            return
        cues = list(self.re_parts_after.finditer(n))
        for ci, m in enumerate(cues):
            p, q = m.span()
            if v.fig_at(p):
                continue
            ss, se = v.sentence(p)
            ws, _ = v.segment(p)
            cue_paren = v.paren_of(p)
            stop = se
            nxt = cues[ci + 1].start() if ci + 1 < len(cues) else None
            if nxt is not None and nxt < stop:
                stop = nxt
            if cue_paren and cue_paren[1] < stop:
                stop = cue_paren[1]
            first_limit = self._nth_clause_end(q, 2, stop)

            def parts_of(total: Fig) -> List[Fig]:
                return self._parts_after(total, q, stop, first_limit)

            found: List[Tuple[Fig, List[Fig]]] = []
            if LEAD_NOISE.match(n[ws:p]):
                # 其中 opens the sentence (or ；-segment): the total is in the one before,
                # and must be the only figure of its unit there
                region = v.prev_sentence(p) if ws == ss else v.segment(ws - 1)
                if region is None:
                    continue
                by_unit: Dict[str, List[Fig]] = {}
                for f in v.figs_in(region[0], p):
                    if f.unit in RATE_UNITS or self._per_figure(f):
                        continue
                    fp = v.paren_of(f.start)
                    if fp is not None and fp != cue_paren:
                        continue
                    by_unit.setdefault(f.unit, []).append(f)
                for unit, figs in by_unit.items():
                    total = figs[0] if len(figs) == 1 else self._ledger_total(figs)
                    if total is not None:
                        parts = parts_of(total)
                        if parts:
                            found.append((total, parts))
            else:
                # 其中 inside the sentence: the totals are in the clause right before it, and in
                # the clauses before that while every figure of the nearer clause has parts
                end = p
                seen_units = set()
                while end > ws:
                    while end > ws and (n[end - 1] in BREAKS or n[end - 1].isspace()):
                        end -= 1
                    if end <= ws:
                        break
                    cs = v.clause_start(end, ws)
                    figs = [f for f in v.figs_in(cs, end) if f.unit not in RATE_UNITS
                            and (v.paren_of(f.start) is None or v.paren_of(f.start) == cue_paren)]
                    if figs:
                        nearest: Dict[str, Fig] = {}
                        for f in figs:
                            nearest[f.unit] = f
                        all_have = True
                        for unit, f in nearest.items():
                            parts = [] if unit in seen_units or self._per_figure(f) else parts_of(f)
                            if parts:
                                found.append((f, parts))
                            elif unit not in seen_units:
                                all_have = False
                            seen_units.add(unit)
                        if not all_have:
                            break
                    end = cs
            for total, parts in found:
                note = ""
                if parts and _sum(parts).below(total.iv) and stop == se:
                    ext = self._extend(total, parts, se)
                    if ext:
                        parts = parts + ext
                        note = " (parts continue in the following sentences)"
                self.emit_sum(total, parts, "sum.parts_after", note)

    def _ledger_total(self, figs: Sequence[Fig]) -> Optional[Fig]:
        """Of several figures of one unit, the first when the text itself shows it is their total:
        a list right after it adds up to it exactly (贫困户72户，一般28户，低保37户，五保7户)."""
        t = figs[0]
        if not t.exact:
            return None
        for run in self._unit_runs(figs[1:]):
            acc = []
            for f in run:
                acc.append(f)
                if len(acc) >= 2 and all(p.exact for p in acc) and _sum(acc).overlaps(t.iv):
                    return t
        return None

    def _per_figure(self, f: Fig) -> bool:
        """An average or per-head figure (平均, 人均, 每人 …): never a total of parts."""
        if not self.re_per:
            return False
        cs = self.v.clause_start(f.start)
        return bool(self.re_per.search(self.v.n, cs, f.start))

    def _parts_after(self, total: Fig, q: int, stop: int, first_limit: int) -> List[Fig]:
        v = self.v
        # split [q, stop) at ；
        bounds = [q] + [b for b in v.weak if q < b < stop] + [stop]
        parts: List[Fig] = []
        for i in range(len(bounds) - 1):
            a, b = bounds[i], bounds[i + 1]
            seg = [f for f in v.figs_in(a, b, total.unit)
                   if f.start != total.start and not (v.paren_of(f.start) and v.paren_of(f.start)[0] >= q)]
            if i == 0:
                if not seg or seg[0].start >= first_limit:
                    return []
            else:
                if not seg or not _sum(parts).below(total.iv):
                    break
            cut = []
            for f in seg:
                if (parts or cut) and self._total_cue_before(f, a):
                    break
                cut.append(f)
            parts.extend(cut)
            if len(cut) < len(seg):
                break
        return parts

    def _extend(self, total: Fig, parts: List[Fig], se: int) -> List[Fig]:
        """Parts in later sentences of the paragraph, taken only when they complete the total exactly."""
        v = self.v
        _, pe = v.paragraph(total.start)
        _, pe2 = v.paragraph(se - 1)
        run = _sum(parts)
        ext: List[Fig] = []
        pos = se
        for _ in range(8):
            if pos >= pe2 or pos >= len(v.n):
                break
            s, e = v.sentence(pos)
            last = s
            for f in v.figs_in(s, e, total.unit):
                if self.re_parts_after and self.re_parts_after.search(v.n, last, f.start):
                    return []  # another list starts
                last = f.end
                if v.paren_of(f.start) or not f.exact or self._per_figure(f):
                    continue
                if self._total_cue_before(f, s):
                    return []
                ext.append(f)
                run = run + f.iv
                if run.overlaps(total.iv):
                    return ext
                if not run.below(total.iv):
                    return []
            pos = e
        return []

    def rule_paren(self) -> None:
        v, n = self.v, self.v.n
        for (s, e) in v.parens:
            inner = n[s + 1:e - 1]
            if any(w in inner for w in self.not_parts):
                continue
            figs = [f for f in v.figs_in(s, e) if v.paren_of(f.start) == (s, e) and f.unit not in RATE_UNITS]
            by_unit: Dict[str, List[Fig]] = {}
            for f in figs:
                by_unit.setdefault(f.unit, []).append(f)
            for unit, parts in by_unit.items():
                parts = parts + self._implied_numbers(s, e, parts)
                parts.sort(key=lambda f: f.start)
                if len(parts) < 2:
                    continue
                total = None
                cs = v.clause_start(s)
                before = [f for f in v.figs_in(cs, s, unit) if not v.paren_of(f.start)]
                if before:
                    total = before[-1]
                else:
                    ce = v.clause_end(e)
                    after = [f for f in v.figs_in(e, ce, unit) if not v.paren_of(f.start)]
                    if after:
                        total = after[0]
                if total is not None:
                    self.emit_sum(total, parts, "sum.paren")

    def _implied_numbers(self, s: int, e: int, siblings: List[Fig]) -> List[Fig]:
        """Bare numbers listed among parts of one unit (集中供养46.9180 next to 散养五保38.526万元)."""
        v, n = self.v, self.v.n
        out = []
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
            f = Fig(v.doc, m.start(), m.end(), v.text[m.start():m.end()], value, sib.unit, "exact", implied=True)
            f.iv = interval_of(m.group(), value, sib.unit, "exact")
            out.append(f)
        return out

    def rule_total_after(self) -> None:
        v, n = self.v, self.v.n
        if not self.re_total_before:
            return
        for m in self.re_total_before.finditer(n):
            if n[m.end():m.end() + 1] == "同":  # 共同
                continue
            t = v.next_fig(m.end(), m.end() + self.reach + 1)
            if t is None or t.unit in RATE_UNITS or any(c in BREAKS for c in n[m.end():t.start]):
                continue
            ws, _ = v.segment(m.start())
            floor = ws
            # parts start after the last earlier total cue or 其中 of the segment
            for m2 in self.re_total_before.finditer(n, ws, m.start()):
                floor = max(floor, m2.end())
            if n[m.start() - 1:m.start()] == "公" or self._per_figure(t):  # 公共
                continue
            parts = [f for f in v.figs_in(floor, m.start(), t.unit) if not self._per_figure(f)]
            if self.re_parts_after and self.re_parts_after.search(n, floor, m.start()):
                continue
            if not parts and LEAD_NOISE.match(n[v.sentence(m.start())[0]:m.start()]):
                parts = self._list_before(m.start(), t.unit)  # 甲镇43户、乙镇33户…。总计76户
            if len(parts) < 2:
                continue
            self.emit_sum(t, parts, "sum.total_after")

    def _list_before(self, pos: int, unit: str) -> List[Fig]:
        """The figures of ``unit`` of the sentence before ``pos`` when they are one cue-less list."""
        prev = self.v.prev_sentence(pos)
        if prev is None or not self._cue_free(*prev):
            return []
        figs = [f for f in self.v.figs_in(prev[0], prev[1]) if f.unit not in RATE_UNITS and not self.v.paren_of(f.start)]
        runs = [r for r in self._unit_runs(figs) if r[0].unit == unit]
        if len(runs) != 1 or any(self._per_figure(f) for f in runs[0]):
            return []
        return runs[0]

    def rule_remainder(self) -> None:
        v, n = self.v, self.v.n
        if not self.re_remainder:
            return
        for m in self.re_remainder.finditer(n):
            rem = v.next_fig(m.end(), m.end() + 8)
            if rem is None or rem.unit in RATE_UNITS or any(c in BREAKS for c in n[m.end():rem.start]):
                continue
            if rem.start in self.part_of:
                continue
            ss, _ = v.sentence(m.start())
            if self.re_parts_after and self.re_parts_after.search(n, ss, m.start()):
                continue  # a 其中 list: sum.parts_after reads it
            listed = [f for f in v.figs_in(ss, rem.start, rem.unit) if not v.paren_of(f.start)]
            total = None
            if listed and self.re_plan and self.re_plan.search(n, v.clause_start(listed[0].start, ss), listed[0].start):
                total, listed = listed[0], listed[1:]
            else:
                prev = v.prev_sentence(m.start())
                if prev:
                    cand = [f for f in v.figs_in(prev[0], prev[1], rem.unit) if not v.paren_of(f.start)]
                    if cand:
                        total = cand[-1]
            if total is None:
                continue
            if self._balance_words(listed + [rem], ss):
                continue  # added/removed figures: balance.poverty reads it
            self.emit_sum(total, listed + [rem], "sum.remainder")

    def _balance_words(self, figs: Sequence[Fig], floor: int) -> bool:
        rx = [self.r.alternation("balance", k) for k in ("added", "removed")]
        for f in figs:
            lead = self.v.n[self.v.clause_start(f.start, floor):f.start]
            if any(r is not None and r.search(lead) for r in rx):
                return True
        return False

    def rule_implied(self) -> None:
        """Cue-less parts that add up exactly to a total stated before them, or just after them.

        Lists of a later segment against an earlier total go first: a 五个一批 list ending in
        ``社会保障兜底20户`` is a breakdown of the earlier total, not 10+10=20 in its own clause.
        """
        self._implied_earlier_total()
        self._implied_total_after()

    def _implied_total_after(self) -> None:
        """(a) a run of figures followed by their sum in the same ；-segment."""
        v, n = self.v, self.v.n
        used = set(self.part_of) | self.totals
        for i in range(len(v.weak)):
            a = v.weak[i]
            b = v.weak[i + 1] if i + 1 < len(v.weak) else len(n)
            figs = [f for f in v.figs_in(a, b) if f.unit not in RATE_UNITS]
            for j, t in enumerate(figs):
                if not t.exact or t.value < self.min_total or t.start in used:
                    continue
                prev = [f for f in figs[:j] if f.unit == t.unit]
                if len(prev) < 2 or any(not f.exact for f in prev):
                    continue
                for length in range(len(prev), 1, -1):
                    parts = prev[-length:]
                    if any(p.start in used for p in parts) or max(p.value for p in parts) >= t.value:
                        continue
                    if _sum(parts).overlaps(t.iv):
                        self.emit_sum(t, parts, "sum.implied", " (implied: no cue word; the parts add up exactly)")
                        used.add(t.start)
                        break

    def _unit_runs(self, figs: Sequence[Fig]) -> List[List[Fig]]:
        """Lists of one unit: same-unit figures one clause apart at most (户/人 pairs interleave)."""
        n = self.v.n
        runs: Dict[str, List[List[Fig]]] = {}
        for f in figs:
            lists = runs.setdefault(f.unit, [])
            if lists and sum(1 for ch in n[lists[-1][-1].end:f.start] if ch in BREAKS) <= 1:
                lists[-1].append(f)
            else:
                lists.append([f])
        return [r for lists in runs.values() for r in lists]

    def _cue_free(self, s: int, e: int) -> bool:
        """No 其中/共计 cue in the segment, except a 其中 that opens it."""
        n = self.v.n
        if self.re_total_before and self.re_total_before.search(n, s, e):
            return False
        if not self.re_parts_after:
            return True
        m = self.re_parts_after.search(n, s, e)
        if m is None:
            return True
        return LEAD_NOISE.match(n[s:m.start()]) is not None and self.re_parts_after.search(n, m.end(), e) is None

    def _implied_earlier_total(self) -> None:
        """(b) a segment listing parts whose sum is a total stated earlier."""
        v, n = self.v, self.v.n
        used = set(self.part_of)
        bounds = [(m[i], m[i + 1] if i + 1 < len(m) else len(n)) for m in (v.strong, v.weak) for i in range(len(m))]
        for s, e in bounds:  # whole sentences first (a list may run across ；), then ；-segments
            if not self._cue_free(s, e):
                continue
            text = n[s:e]
            figs = [f for f in v.figs_in(s, e) if f.unit not in RATE_UNITS and not v.paren_of(f.start)]
            for parts in self._unit_runs(figs):
                if len(parts) < 2 or any(not p.exact or p.start in used or self._per_figure(p) for p in parts):
                    continue
                if self._leading_total(parts):
                    used.update(p.start for p in parts[1:])
                    continue
                best = self._earlier_total(parts, s, text)
                if best is not None and self.emit_sum(best, parts, "sum.implied",
                                                      " (implied: parts in a later segment add up exactly to the total)"):
                    used.update(p.start for p in parts)

    def _leading_total(self, run: Sequence[Fig]) -> bool:
        """A list whose first figure is the sum of the others: 贫困户72户，一般贫困户28户，低保户37户，五保户7户."""
        t, parts = run[0], list(run[1:])
        if len(parts) < 2 or t.value < self.min_total or t.value <= max(p.value for p in parts):
            return False
        if self._rate_follows(t):
            return False  # 因病致贫400户占50%: an item of a list of shares, not their total
        if not _sum(parts).overlaps(t.iv):
            return False
        return self.emit_sum(t, parts, "sum.implied", " (implied: a total, then parts that add up exactly)") is not None

    def _rate_follows(self, f: Fig) -> bool:
        nxt = self.v.next_fig(f.end, self.v.clause_end(f.end) + 1)
        return nxt is not None and nxt.unit in RATE_UNITS

    def _earlier_total(self, parts: Sequence[Fig], s: int, text: str) -> Optional[Fig]:
        v = self.v
        total_iv = _sum(parts)
        ps, _ = v.paragraph(s)
        for t in reversed(v.figs_in(0, s, parts[0].unit)):
            if not t.exact or t.value < self.min_total or t.value <= max(p.value for p in parts):
                continue
            if v.paren_of(t.start) or not total_iv.overlaps(t.iv):
                continue
            if t.start >= ps or self._shares(t, text):
                return t
        return None

    def rule_structure(self) -> None:
        """Totals and parts of the shared sentence structure (:mod:`fupin_extract.meaning.structure`) that
        no cue rule above read: one reading of the sentence for meaning and audit."""
        figs = self.v.figs
        st = structure.read(self.v.n, figs)
        broken_down = {f.total[0] for f in self.out if f.kind == "sum" and f.total and len(f.parts or ()) >= 2}
        for ti, parts_idx in sorted(st.parts_of.items()):
            t = figs[ti]
            if t.unit in RATE_UNITS or t.start in broken_down or self._per_figure(t):
                continue
            pair = set(st.pair_of(ti))
            parts = [figs[j] for j in parts_idx if j not in pair and figs[j].unit == t.unit
                     and self.part_of.get(figs[j].start, t.start) == t.start and not self._per_figure(figs[j])
                     and not self._nested_in(figs[j], t)]
            if len(parts) >= 2:
                self.emit_sum(t, parts, "sum.structure")

    def rule_of_total(self) -> None:
        """建档立卡贫困户38户135人中，因病致贫28户93人…；因残致贫5户23人…: a total named by 中, then
        its parts to the end of the sentence (an open list: the gate judges a shortfall)."""
        v, n = self.v, self.v.n
        for i, t in enumerate(v.figs):
            if t.unit in RATE_UNITS or self._per_figure(t) or t.start in self.totals:
                continue
            pair_end = t.end
            if i + 1 < len(v.figs) and v.figs[i + 1].start == t.end:
                pair_end = v.figs[i + 1].end  # 38户135人中
            if not OF_TOTAL.match(n, pair_end):
                continue
            _, se = v.sentence(t.start)
            parts = [f for f in v.figs_in(pair_end, se, t.unit) if not v.paren_of(f.start)
                     and not self._per_figure(f) and f.start not in self.part_of]
            if len(parts) >= 2:
                self.emit_sum(t, parts, "sum.of_total")

    def _nested_in(self, f: Fig, t: Fig) -> bool:
        """``f`` sits in a parenthesis that ``t`` is outside of (a note on one part, not a part)."""
        p = self.v.paren_of(f.start)
        return p is not None and p != self.v.paren_of(t.start)

    def rule_shared_base(self) -> None:
        """Shares of one sentence that leave their base unstated (因病致贫755户占66.3%，因学致贫20户占1.76%…)
        and whose implied bases all agree with one earlier figure of their unit: that figure is the base."""
        open_shares: Dict[Tuple[int, int], List[Finding]] = {}
        for f in self.out:
            if f.kind == "share" and f.holds is None and f.total is None and f.parts and f.rate:
                open_shares.setdefault(self.v.sentence(f.rate[0]), []).append(f)
        for (ss, _), group in sorted(open_shares.items()):
            if len(group) < 2:
                continue
            pairs = [(self.v.fig_at(f.parts[0][0]), self.v.fig_at(f.rate[0])) for f in group]
            if any(a is None or b is None or not b.value for a, b in pairs):
                continue
            base = self._agreeing_base(pairs, ss)
            if base is None:
                continue
            for f, (num, rate) in zip(group, pairs):
                self.out.remove(f)
                self._share(num, base, rate, "share.implicit_base", "")

    def _agreeing_base(self, pairs: Sequence[Tuple[Fig, Fig]], before: int) -> Optional[Fig]:
        unit = pairs[0][0].unit
        if any(num.unit != unit for num, _ in pairs):
            return None
        implied = [num.value * 100 / rate.value for num, rate in pairs]
        for t in reversed(self.v.figs_in(0, before, unit)):
            if t.exact and not self.v.paren_of(t.start) and \
                    all(abs(t.value - b) <= b * SHARED_BASE_GAP for b in implied):
                return t
        return None

    def rule_named_parts(self) -> None:
        """Figures after the same name (花乌路3.3公里 … 余下花乌路1公里 … 花乌路4.3公里) that add up
        exactly to a later figure after that name (reported only when they do)."""
        v, n = self.v, self.v.n
        used = set(self.part_of) | self.totals
        names: Dict[Tuple[str, str], List[Fig]] = {}
        for f in v.figs:
            name = n[max(0, f.start - 3):f.start]
            if len(name) < 3 or not regex.fullmatch(r"\p{Han}{3}", name) or f.unit in RATE_UNITS:
                continue
            if not f.exact or v.paren_of(f.start):
                continue
            names.setdefault((name, f.unit), []).append(f)
        for (name, unit), figs in names.items():
            for i in range(2, len(figs)):
                t, parts = figs[i], figs[:i]
                if t.start in self.totals or max(p.value for p in parts) >= t.value:
                    continue
                if all(f.value == f.value.to_integral_value() for f in figs[:i + 1]) and t.value < self.min_total:
                    continue
                if _sum(parts).overlaps(t.iv):
                    self.emit_sum(t, parts, "sum.implied",
                                  f" (implied: figures after the same name “{v.text[t.start - 3:t.start]}” add up exactly)")
                    break

    def rule_per_unit_implied(self) -> None:
        """N户 … 共T元 and, later in the paragraph, an amount X元 with X × N = T exactly (reported only then)."""
        v, n = self.v, self.v.n
        re_acc = self.r.alternation("per_unit", "accumulate")
        if not re_acc:
            return
        for t in v.figs:
            if t.unit != "元" or not t.exact or not re_acc.search(n, v.clause_start(t.start), t.start):
                continue
            ws, _ = v.segment(t.start)
            counts = [f for f in v.figs_in(ws, t.start) if f.unit in ("户", "人") and f.exact and f.value >= 2]
            if len(counts) != 1:
                continue
            cnt = counts[0]
            _, pe = v.paragraph(t.start)
            for x in v.figs_in(t.end, pe, "元"):
                if x.start in self.part_of or x.start in self.totals or x.value <= 0:
                    continue
                if x.value * cnt.value == t.value:
                    expl = (f"{quote(t)} / {quote(cnt)} = {_u(t.value / cnt.value, '元')}, the amount per unit "
                            f"stated as {quote(x)} (implied)")
                    f = Finding(v.doc, "ratio", "per_unit.implied", True, expl, "info", None, [t.span, cnt.span],
                                x.span, stated=fmt(x.value), recomputed=fmt(t.value / cnt.value), difference="0",
                                tolerance="0", sentence=self._sentence(x.start), unit="元")
                    self._add(f)
                    break

    def _shares(self, t: Fig, text: str) -> bool:
        """The total's clause and the parts' sentence share a phrase of ``implied_shared_chars`` characters."""
        v = self.v
        cs = v.clause_start(t.start)
        ce = v.clause_end(t.end)
        clause = v.n[cs:t.start] + "|" + v.n[t.end:ce]
        k = self.shared
        grams = {clause[i:i + k] for i in range(len(clause) - k + 1)
                 if "|" not in clause[i:i + k] and not any(c.isdigit() for c in clause[i:i + k])}
        return any(g in text for g in grams)

    # ------------------------------------------------------------------ shares
    def rule_share_of(self) -> None:
        v, n = self.v, self.v.n
        re_of = self.r.alternation("share", "of")
        if not re_of:
            return
        for m in re_of.finditer(n):
            ce = v.clause_end(m.end())
            if n[max(0, m.start() - 2):m.start()] == "分别" and self._respective_shares(m):
                continue
            rate = next((f for f in v.figs_in(m.end(), ce) if f.unit in RATE_UNITS), None)
            if rate is None:
                continue
            base = [f for f in v.figs_in(m.end(), rate.start) if f.unit not in RATE_UNITS]
            den = base[-1] if base else None
            ws, _ = v.segment(m.start())
            before = [f for f in v.figs_in(ws, m.start()) if f.unit not in RATE_UNITS]
            if den is not None:
                nums = [f for f in before if f.unit == den.unit]
            else:
                noun = n[m.end():rate.start]
                lead = n[v.clause_start(m.start(), ws):m.start()]
                unit = next((u for w, u in COUNT_WORDS.items() if w in lead), None)
                nums = [f for f in before if f.unit == unit] if unit else \
                    ([f for f in before if f.unit in noun] or before)
            if not nums:
                continue
            num = nums[-1]
            self._share(num, den, rate, "share.of", n[m.end():rate.start])

    def _respective_shares(self, m) -> bool:
        """分别占农户及农业人口的19.54%和20.58%: the n figures before, the n bases named, the n rates, in order."""
        v, n = self.v, self.v.n
        _, se = v.segment(m.start())
        rates = [f for f in v.figs_in(m.end(), se) if f.unit in RATE_UNITS]
        if len(rates) < 2:
            return False
        ws, _ = v.segment(m.start())
        nums = [f for f in v.figs_in(ws, m.start()) if f.unit not in RATE_UNITS][-len(rates):]
        words = [w for w in AND_SPLIT.split(n[m.end():rates[0].start]) if w]
        if len(nums) != len(rates) or len(words) != len(rates):
            return False
        for num, rate, w in zip(nums, rates, words):
            self._share(num, None, rate, "share.of", w)
        return True

    def _share(self, num: Fig, den: Optional[Fig], rate: Fig, rule: str, base_text: str) -> None:
        v = self.v
        sent = self._sentence(rate.start)
        k = Decimal(1000) if rate.unit == "‰" else Decimal(100)
        if den is None and rule in ("share.of", "share.named_rate"):
            den = self._implicit_base(num, base_text)
            if den is not None:
                rule = "share.implicit_base"
        if den is None:
            expl = f"{quote(num)} is {quote(rate)} of a base the text does not state"
            if rate.value:
                implied = num.value * k / rate.value
                expl += f" (implied base ≈ {_u(implied, num.unit)})"
            f = Finding(v.doc, "share" if rule == "share.of" else "ratio", rule, None, expl, "info", None,
                        [num.span], rate.span, stated=fmt(rate.value), sentence=sent, unit=rate.unit)
            self._add(f)
            return
        q = divide(num.iv, den.iv)
        if q is None:
            return
        q = q.scale(k)
        holds = q.overlaps(rate.iv)
        fields = compare_fields(rate.iv, q, rate.value)
        expl = (f"{quote(num)}/{quote(den)} = {fmt_num(q.mid, 2)}{rate.unit}, "
                + (f"consistent with {quote(rate)}" if holds else f"≠ {quote(rate)}"))
        f = Finding(v.doc, "share", rule, holds, expl, "info" if holds else "error", den.span, [num.span], rate.span,
                    sentence=sent, unit=rate.unit, **fields)
        if self._add(f):
            other_time = self.r.other_time and self.r.other_time.search(base_text)
            if rate.value > 100 and not other_time and num.unit == den.unit:
                self.plausible(rate, f"{quote(rate)}: a share of {quote(den)} above 100% "
                               f"({quote(num)} cannot be a part of it)", "plausibility.share_over_100",
                               total=den, parts=[num])

    def rule_named_rate(self) -> None:
        v, n = self.v, self.v.n
        re_named = self.r.alternation("share", "named_rate")
        re_of = self.r.alternation("share", "of")
        may_exceed = self.r.w("share", "may_exceed")
        growth = self.r.alternation("growth", "up"), self.r.alternation("growth", "down")
        re_from = self.r.alternation("growth", "from")
        if not re_named:
            return
        for rate in v.figs:
            if rate.unit not in RATE_UNITS:
                continue
            cs = v.clause_start(rate.start)
            lead = n[cs:rate.start]
            if not re_named.search(lead) or (re_of and re_of.search(lead)):
                continue
            if any(g and g.search(lead) for g in growth) or (re_from and re_from.search(lead)):
                continue
            if rate.value > 100 and not any(w in lead for w in may_exceed):
                self.plausible(rate, f"{quote(rate)}: a rate above 100% ({lead.strip()})", "plausibility.rate_over_100")
            ws, _ = v.segment(rate.start)
            nums = [f for f in v.figs_in(ws, rate.start) if f.unit not in RATE_UNITS]
            if not nums:
                continue
            unit = next((u for w, u in COUNT_WORDS.items() if w in lead), nums[-1].unit)
            same = [f for f in nums if f.unit == unit]
            base = self._of_total(same[-1]) if same else None
            if base is not None and base.value > same[-1].value:
                self._share(same[-1], base, rate, "share.implicit_base", lead)
            elif len(same) >= 2:
                a, b = same[-2], same[-1]
                small, large = (a, b) if a.value <= b.value else (b, a)
                self._share(small, large, rate, "share.named_rate", lead)
            else:
                # one figure: it must be what the rate measures (a shared word: 支出146万元,支出进度94.8%)
                num = nums[-1]
                ncs = v.clause_start(num.start, ws)
                nclause = n[ncs:num.start]
                if any(nclause[i:i + 2] in lead for i in range(len(nclause) - 1)
                       if not any(ch.isdigit() for ch in nclause[i:i + 2])):
                    self._share(num, None, rate, "share.named_rate", lead)

    def _implicit_base(self, num: Fig, base_text: str) -> Optional[Fig]:
        """The base a share leaves unstated: the total of the breakdown ``num`` is a part of, the
        total a 中 names (62户贫困户中有40户), or an earlier figure the base words name (占总人口的)."""
        v = self.v
        if num.start in self.part_of:
            t = v.fig_at(self.part_of[num.start])
            if t is not None and t.value > num.value:
                return t
        t = self._of_total(num)
        if t is not None:
            return t
        core = BASE_NOISE.sub("", base_text)
        if len(core) < 2:
            return None
        # the base words as written, else their head (the last 4 or 3 characters: 计划总投资 → 总投资)
        heads = [core] + [core[-k:] for k in (4, 3, 2) if len(core) > k]
        ps, _ = v.paragraph(num.start)
        cands = [f for f in reversed(v.figs_in(max(0, ps - BASE_REACH), num.start, num.unit))
                 if f.value > num.value and f.exact]
        for head in heads:
            for f in cands:
                words = v.n[v.clause_start(f.start):f.start] + "|" + v.n[f.end:v.clause_end(f.end)]
                if head in words and "占" not in words:
                    return f
        return None

    def _of_total(self, num: Fig) -> Optional[Fig]:
        """A figure of ``num``'s unit earlier in the sentence (or the one before) followed by 中."""
        v = self.v
        ss, _ = v.sentence(num.start)
        prev = v.prev_sentence(num.start)
        for f in reversed(v.figs_in(prev[0] if prev else ss, num.start, num.unit)):
            tail = v.n[f.end:f.end + 8]
            cut = next((i for i, c in enumerate(tail) if c in BREAKS), len(tail))
            if "中" in tail[:cut] and f.value > num.value:
                return f
        return None

    # ------------------------------------------------------------------ growth
    def rule_growth_compare(self) -> None:
        v, n = self.v, self.v.n
        r = self.r
        re_open, re_close = r.alternation("growth", "compare_open"), r.alternation("growth", "compare_close")
        re_up, re_down = r.alternation("growth", "up"), r.alternation("growth", "down")
        if not (re_open and re_close):
            return
        for m in re_open.finditer(n):
            c = re_close.search(n, m.end(), min(len(n), m.end() + 30))
            if c is None or any(ch in WEAK_END or ch in STRONG_END for ch in n[m.end():c.start()]):
                continue
            olds = [f for f in v.figs_in(m.end(), c.start()) if f.unit not in RATE_UNITS or True]
            _, we = v.segment(c.end())
            # the rates: after 增长/下降 in the clause chain after 相比
            rates = []
            for f in v.figs_in(c.end(), we):
                if f.unit not in RATE_UNITS:
                    if rates:
                        break
                    continue
                lead = n[max(c.end(), f.start - 8):f.start]
                up = bool(re_up and re_up.search(lead))
                down = bool(re_down and re_down.search(lead))
                if not (up or down) and not rates:
                    continue
                rates.append((f, -1 if down and not up else 1))
            if not rates:
                continue
            ws, _ = v.segment(m.start())
            old = olds[-1] if olds else None
            news = [f for f in v.figs_in(ws, m.start()) if (old is None and f.unit not in RATE_UNITS)
                    or (old is not None and f.unit == old.unit)]
            if not news:
                continue
            if len(rates) > 1 and len(news) >= len(rates):
                pairs = list(zip(news[-len(rates):], rates))
            else:
                pairs = [(news[-1], rates[0])]
            for new, (rate, sign) in pairs:
                self._growth(old, new, rate, sign, "growth.compare")

    def _growth(self, old: Optional[Fig], new: Fig, rate: Fig, sign: int, rule: str) -> None:
        v = self.v
        sent = self._sentence(rate.start)
        if old is None:
            expl = f"{quote(new)} grew by {quote(rate)} from a base the text does not state"
            if rate.unit == "%":
                base = new.value / (1 + sign * rate.value / 100) if (1 + sign * rate.value / 100) else None
                if base is not None:
                    expl += f" (implied base ≈ {_u(base, new.unit)})"
            f = Finding(v.doc, "growth", rule, None, expl, "info", None, [new.span], rate.span,
                        stated=fmt(rate.value), sentence=sent, unit=rate.unit)
            self._add(f)
            return
        if rate.unit == "百分点" and old.unit == "%" and new.unit == "%":
            d = Interval(max(Decimal(0), (new.iv.lo - (old.iv.hi or old.iv.lo)) * sign),
                         None if new.iv.hi is None else (new.iv.hi - old.iv.lo) * sign)
            if sign < 0:
                d = Interval(old.iv.lo - (new.iv.hi if new.iv.hi is not None else new.iv.lo),
                             None if old.iv.hi is None else old.iv.hi - new.iv.lo)
            q = d
        elif self._annual(rate):
            years = self._years_between(old, new)
            if years is None:
                f = Finding(v.doc, "growth", rule, None,
                            f"{quote(rate)} is an average annual rate from {quote(old)} to {quote(new)}, "
                            "but the text gives no years to compound over (cannot tell)", "info", None,
                            [new.span, old.span], rate.span, stated=fmt(rate.value), sentence=sent, unit=rate.unit)
                self._add(f)
                return
            q = _compound(old.iv, new.iv, years, sign)
            if q is None:
                return
        else:
            ratio = divide(new.iv, old.iv)
            if ratio is None:
                return
            if sign > 0:
                q = Interval((ratio.lo - 1) * 100, None if ratio.hi is None else (ratio.hi - 1) * 100)
            else:
                q = Interval((1 - (ratio.hi if ratio.hi is not None else Decimal(0))) * 100, (1 - ratio.lo) * 100)
        holds = q.overlaps(rate.iv)
        fields = compare_fields(rate.iv, q, rate.value)
        word = "growth" if sign > 0 else "decline"
        if self._annual(rate) and rate.unit == "%":
            word = f"average annual {word} (compounded over {self._years_between(old, new)} years)"
        expl = (f"{word} from {quote(old)} to {quote(new)} = {fmt_num(q.mid, 2)}{rate.unit}, "
                + (f"consistent with {quote(rate)}" if holds else f"≠ {quote(rate)}"))
        f = Finding(v.doc, "growth", rule, holds, expl, "info" if holds else "error", None, [new.span, old.span],
                    rate.span, sentence=sent, unit=rate.unit, **fields)
        self._add(f)

    def _annual(self, rate: Fig) -> bool:
        """年均增长X%: an average annual rate (compounded), not the whole change."""
        return rate.unit == "%" and ANNUAL.search(self.v.n, max(0, rate.start - 8), rate.start) is not None

    def _years_between(self, old: Fig, new: Fig) -> Optional[int]:
        n = self.v.n
        ya = YEAR.findall(n, max(0, old.start - 12), old.start)
        yb = YEAR.findall(n, max(old.end, new.start - 12), new.start)
        if not ya or not yb:
            return None
        d = int(yb[-1]) - int(ya[-1])
        return d if 0 < d <= 30 else None

    def rule_growth_from_to(self) -> None:
        v, n = self.v, self.v.n
        r = self.r
        re_from = r.alternation("growth", "from")
        re_up, re_down = r.alternation("growth", "up"), r.alternation("growth", "down")
        if not re_from:
            return
        for m in re_from.finditer(n):
            a = v.next_fig(m.end(), m.end() + 12)
            if a is None or any(c in BREAKS for c in n[m.end():a.start]):
                continue
            window = n[a.end:a.end + 8]
            up = re_up.search(window) if re_up else None
            down = re_down.search(window) if re_down else None
            d = down if down and (not up or down.start() <= up.start()) else up
            if d is None:
                continue
            sign = -1 if d is down else 1
            b = v.next_fig(a.end + d.end(), a.end + d.end() + 14)
            if b is None or b.unit != a.unit or any(c in BREAKS for c in n[a.end:b.start]):
                continue
            # a stated rate of change right after: 由A增至B，增长X%
            ce = v.clause_end(v.clause_end(b.end) + 1)
            rate = next((f for f in v.figs_in(b.end, ce) if f.unit in RATE_UNITS and f.unit != a.unit
                         or (f.unit in RATE_UNITS and a.unit not in RATE_UNITS)), None)
            if rate is not None and (re_up and re_up.search(n, max(b.end, rate.start - 6), rate.start)
                                     or re_down and re_down.search(n, max(b.end, rate.start - 6), rate.start)):
                self._growth(a, b, rate, sign, "growth.from_to")
                continue
            holds = (b.iv.lo > a.iv.hi if a.iv.hi is not None else False) if sign > 0 else \
                (b.iv.hi is not None and b.iv.hi < a.iv.lo)
            word = "rise" if sign > 0 else "fall"
            expl = (f"stated {word} from {quote(a)} to {quote(b)}: "
                    + ("direction consistent" if holds else "the figures do not move that way"))
            f = Finding(v.doc, "growth", "growth.from_to", holds, expl, "info" if holds else "error", None,
                        [a.span, b.span], None, stated=fmt(b.value), recomputed=fmt(b.value - a.value),
                        difference=fmt(b.value - a.value), sentence=self._sentence(a.start), unit=a.unit)
            self._add(f)

    # ------------------------------------------------------------------ per-unit figures
    def rule_per_unit(self) -> None:
        v, n = self.v, self.v.n
        r = self.r
        re_month = r.alternation("per_unit", "monthly")
        re_acc = r.alternation("per_unit", "accumulate")
        if re_month and re_acc:
            for months in v.figs:
                if months.unit != "月":
                    continue
                ws, we = v.segment(months.start)
                monthly = None
                for f in v.figs_in(ws, months.start):
                    lead = n[max(ws, f.start - 6):f.start]
                    if (f.unit == "元" and re_month.search(lead)) or f.unit == "元/月":
                        monthly = f
                if monthly is None:
                    continue
                total = None
                for f in v.figs_in(months.end, we):
                    if f.unit == "元" and re_acc.search(n, max(months.end, f.start - 8), f.start):
                        total = f
                        break
                if total is None:
                    continue
                prod = multiply(monthly.iv, months.iv)
                holds = prod.overlaps(total.iv)
                fields = compare_fields(monthly.iv, divide(total.iv, months.iv) or monthly.iv, monthly.value)
                expl = (f"{quote(monthly)} × {quote(months)} = {_u(prod.mid, '元')}, "
                        + (f"consistent with {quote(total)}" if holds else f"≠ {quote(total)}"))
                f = Finding(v.doc, "per_unit", "per_unit.monthly", holds, expl, "info" if holds else "error", None,
                            [total.span, months.span], monthly.span, sentence=self._sentence(total.start),
                            unit="元", **fields)
                self._add(f)
        # 每人 X元 … N人 … 共 T元
        for key, unit in (("per_person", "人"), ("per_household", "户")):
            re_per = r.alternation("per_unit", key)
            if not (re_per and re_acc):
                continue
            for m in re_per.finditer(n):
                x = v.next_fig(m.end(), m.end() + 6)
                if x is None or x.unit != "元" or any(c in BREAKS for c in n[m.end():x.start]):
                    continue
                ss, se = v.sentence(m.start())
                counts = [f for f in v.figs_in(ss, se, unit)]
                totals = [f for f in v.figs_in(ss, se, "元") if f.start != x.start
                          and re_acc.search(n, max(ss, f.start - 8), f.start)]
                if len(counts) != 1 or len(totals) != 1:
                    continue
                cnt, tot = counts[0], totals[0]
                k = Decimal(12) if regex.search(r"每月|每个月", n[m.end():x.start]) and \
                    regex.search(r"全年|每年|年", n[max(ss, tot.start - 8):tot.start]) else Decimal(1)
                prod = multiply(x.iv, cnt.iv).scale(k)
                holds = prod.overlaps(tot.iv)
                fields = compare_fields(tot.iv, prod, tot.value)
                times = " × 12" if k == 12 else ""
                expl = (f"{quote(x)} × {quote(cnt)}{times} = {_u(prod.mid, '元')}, "
                        + (f"consistent with {quote(tot)}" if holds else f"≠ {quote(tot)}"))
                f = Finding(v.doc, "per_unit", "per_unit.per_head", holds, expl, "info" if holds else "error",
                            tot.span, [x.span, cnt.span], x.span, sentence=self._sentence(tot.start), unit="元",
                            **fields)
                self._add(f)

    # ------------------------------------------------------------------ balance
    def _roles(self, s: int, e: int) -> Dict[Tuple[str, str], Fig]:
        v, n = self.v, self.v.n
        order = ["remaining", "removed", "added", "lifted", "registered"]
        res = {k: self.r.alternation("balance", k) for k in order}
        out: Dict[Tuple[str, str], Fig] = {}
        for f in v.figs_in(s, e):
            if f.unit not in ("户", "人") or v.paren_of(f.start):
                continue
            lead = n[v.clause_start(f.start, s):f.start]
            # the first role (in the order above) whose word the clause holds decides
            best = None
            for role in order:
                rx = res[role]
                if rx is not None and rx.search(lead):
                    best = (role,)
                    break
            if best is None:
                # X户Y人: the 人 figure takes the role of the 户 figure right before it
                prev = v.figs_in(max(s, f.start - 12), f.start)
                if prev and prev[-1].unit == "户" and f.unit == "人" and not n[prev[-1].end:f.start].strip():
                    for (role, u), g in list(out.items()):
                        if g is prev[-1] and (role, "人") not in out:
                            out[(role, "人")] = f
                continue
            key = (best[0], f.unit)
            if key not in out:
                out[key] = f
        return out

    def rule_balance(self) -> None:
        v = self.v
        for i in range(len(v.paras)):
            s = v.paras[i]
            e = v.paras[i + 1] if i + 1 < len(v.paras) else len(v.n)
            roles = self._roles(s, e)
            for unit in ("户", "人"):
                reg, lif, rem = roles.get(("registered", unit)), roles.get(("lifted", unit)), roles.get(("remaining", unit))
                add, dele = roles.get(("added", unit)), roles.get(("removed", unit))
                if reg is not None:
                    for other, what in ((rem, "remaining"), (lif, "lifted")):
                        if other is not None and other.start > reg.start and other.iv.lo > (reg.iv.hi or other.iv.lo):
                            self.plausible(other, f"{what} {quote(other)} is more than the registered {quote(reg)}",
                                           f"plausibility.{what}_over_registered", total=reg, parts=[other])
                if not (reg and lif and rem) or not (add or dele):
                    continue
                left = reg.iv + (add.iv if add else Interval(Decimal(0), Decimal(0)))
                if dele is not None:
                    left = Interval(left.lo - (dele.iv.hi if dele.iv.hi is not None else dele.iv.lo),
                                    None if left.hi is None else left.hi - dele.iv.lo)
                right = lif.iv + rem.iv
                holds = left.overlaps(right)
                fields = compare_fields(left, right, left.mid)
                terms = quote(reg) + (f" + {quote(add)}" if add else "") + (f" − {quote(dele)}" if dele else "")
                expl = (f"{terms} = {_u(left.mid, unit)} vs lifted {quote(lif)} + remaining {quote(rem)} = "
                        f"{_u(right.mid, unit)}: " + ("balances" if holds else "does not balance"))
                parts = [p.span for p in (add, dele, lif, rem) if p is not None]
                f = Finding(v.doc, "balance", "balance.poverty", holds, expl, "info" if holds else "error",
                            reg.span, parts, None, sentence=self._sentence(reg.start), unit=unit, **fields)
                self._add(f)

    # ------------------------------------------------------------------ plausibility
    def plausible(self, at: Fig, expl: str, rule: str, total: Optional[Fig] = None,
                  parts: Optional[Sequence[Fig]] = None) -> None:
        f = Finding(self.v.doc, "plausibility", rule, False, expl, "warning",
                    total.span if total else None, [p.span for p in parts] if parts else [at.span], None,
                    stated=fmt(at.value), sentence=self._sentence(at.start), unit=at.unit)
        self._add(f)

    def rule_persons_per_household(self) -> None:
        v, n = self.v, self.v.n
        lo, hi = self.r.s("plausibility", "persons_per_household", (1, 8))
        lo, hi = Decimal(str(lo)), Decimal(str(hi))
        for a, b in zip(v.figs, v.figs[1:]):
            if a.unit != "户" or b.unit != "人" or n[a.end:b.start].strip(" \t\u3000"):
                continue
            if a.value == 0 and b.value == 0:
                continue
            if a.value == 0:
                ok = False
                ratio = None
            else:
                ratio = b.value / a.value
                ok = lo <= ratio <= hi
            if ok:
                continue
            per = "∞" if ratio is None else fmt_num(ratio, 2)
            f = Finding(v.doc, "plausibility", "plausibility.persons_per_household", False,
                        f"{quote(a)}{quote(b)}: {per} persons per household, outside {fmt(lo)}–{fmt(hi)}",
                        "warning", a.span, [b.span], None, stated=fmt(b.value),
                        recomputed=None if ratio is None else fmt_num(ratio, 4),
                        sentence=self._sentence(a.start), unit="人/户")
            self._add(f)

    def rule_parts_over_total(self) -> None:
        v = self.v
        figs = {f.start: f for f in v.figs}
        for f in list(self.out):
            if f.kind != "sum" or not f.total or not f.parts or f.holds is not False:
                continue
            t = figs.get(f.total[0])
            if t is None or t.iv.hi is None:
                continue
            for p in f.parts:
                pf = figs.get(p[0])
                if pf is not None and pf.iv.lo > t.iv.hi:
                    self.plausible(pf, f"part {quote(pf)} is larger than its total {quote(t)}",
                                   "plausibility.part_over_total", total=t, parts=[pf])

    # ------------------------------------------------------------------ all
    def run(self) -> List[Finding]:
        for rule in (self.rule_parts_after, self.rule_paren, self.rule_total_after, self.rule_remainder,
                     self.rule_of_total, self.rule_implied, self.rule_structure, self.rule_named_parts, self.rule_share_of, self.rule_named_rate, self.rule_shared_base, self.rule_growth_compare,
                     self.rule_growth_from_to, self.rule_per_unit, self.rule_per_unit_implied, self.rule_balance,
                     self.rule_persons_per_household, self.rule_parts_over_total):
            rule()
        return self.out


def find_relations(view: DocView, rules: RelationRules) -> List[Finding]:
    """Every relation and plausibility finding of one report."""
    return Relations(view, rules).run()
