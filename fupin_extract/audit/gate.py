"""The gate before an alarm: is a "does not hold" finding really a relation?

Rules find candidate relations; this module looks at each finding once more, on its own
(no state shared between findings, so the result does not depend on the order the rules
ran in), and

* gives every finding its ``structure`` (the structural rule: which reading of the text
  produced it) and a ``confidence`` in [0, 1];
* turns an alarm whose structure is uncertain into ``holds = None`` with the reason, so
  that an auditor who reads the "does not hold" findings first reads real ones.

An alarm stays an alarm only when its parts share the total's unit (the rules ensure it),
no part is a per-head amount, the parts cover one breakdown (no nested 其中 inside the
list, no second breakdown of the same total) and, for shares and ratios, the recomputed
value is of the stated value's order (a result several times off means the numerator or
the base was picked wrongly, not that the report is wrong).
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Callable, List, Optional, Sequence

import regex

from fupin_extract.audit.context import count_of as _count_of, count_pattern, total as sum_of
from fupin_extract.audit.core import PAIR_UNITS, RATE_UNITS, DocView, Finding, Measured
from fupin_extract.rules.relations import RelationRules, cues, ending

ARITHMETIC = {"sum", "share", "growth", "ratio"}

#: what ends the clause of a total when its words list its parts with 、 (“无房户、危房户”达44户)
TOTAL_LEAD = regex.compile(r"[，,；;：:。！？!?\n]")
#: how far before a total the count written with it may stand (种植面积18215亩，预计总产量4556吨)
COMPANION_REACH = 12
#: the words after a part's figure that say which half it is (4人在县外务工)
TAIL = regex.compile(r"(?:在|为|是)?(\p{Han}{1,8})")
#: a bracket with no bracket inside it (（其中已稳定脱贫退出1户4人）)
BRACKET = regex.compile(r"[（(][^（）()]*[）)]")
#: the mixture checks a sum skips when its parts' 户/人 pairs add up to the total's pair exactly (a closed breakdown)
PAIR_CLOSED = {"status_parts", "other_indicator", "mixed_status", "mixed_measures", "mixed_groups", "mixed_dimensions",
               "cumulative_part", "odd_kind", "nested_breakdown"}

#: rule id → (structure, base confidence)
STRUCTURE = {
    "sum.parts_after": ("total, then 其中/包括 and its parts", 0.85),
    "sum.subset": ("total, then one part under 其中", 0.8),
    "sum.paren": ("total with its parts in parentheses", 0.9),
    "sum.total_after": ("parts, then 共计/合计 and their total", 0.9),
    "sum.total_first": ("a 共计 total opening its sentence, then groups written like it under labels of one kind", 0.75),
    "sum.remainder": ("total, parts and the 剩余/其余 part", 0.85),
    "sum.implied": ("implied partition (parts add up exactly)", 0.6),
    "sum.rest_total": ("parts ending on the rest (其他…) of a noun, then the total that names it", 0.7),
    "sum.pair_partition": ("a total, then cue-less parts whose 户/人 pair figures add up to the total's pair exactly", 0.65),
    "sum.of_total": ("a total named by 中, then its parts (N户中，…)", 0.75),
    "sum.structure": ("totals and parts of the shared sentence structure (其中, brackets, colon, 总计)", 0.75),
    "sum.named_parts": ("parts named by the total's breakdown", 0.7),
    "sum.counted": ("a total, then a count of items (N个村：) and a list of as many figures", 0.8),
    "sum.repeated_word": ("a whole total (计划/总 + its word), then parts that each repeat its word", 0.7),
    "sum.sources": ("an investment, then the sources of its money (one raised by the owner: 自筹)", 0.75),
    "sum.dimension_list": ("a total, then cue-less parts of one dimension (places, causes, types) a little above it", 0.65),
    "sum.second_list": ("a second cue-less breakdown of one dimension after a list that added up to the total", 0.65),
    "sum.place_lines": ("a total ending its paragraph, then one line a place, each with its figure", 0.7),
    "sum.headed_lines": ("a total ending its paragraph, then lines that each open on 按…分：/从…看：and list its parts", 0.7),
    "sum.colon_items": ("a total and its colon, then numbered items (一是…二是…) of one part each", 0.75),
    "sum.halves": ("a total, then the two halves of one split (男性/女性, 集中/分散)", 0.75),
    "sum.pair": ("the 户/人 pair figures of an implied breakdown whose other unit adds up exactly", 0.7),
    "sum.type_list": ("a list of the total's own kind right after it (一般贫困户, 低保户, 五保户 of 贫困户)", 0.7),
    "sum.change": ("由 A 减少至 B，累计减贫 C: the larger end, the smaller one and the change", 0.8),
    "sum.share_partition": ("shares of one base adding up to 100%: their figures add up to it", 0.75),
    "sum.complement": ("a total and two complementary statuses of it (消除/未消除, 已脱贫/剩余)", 0.8),
    "share.of": ("占 … 的 X%", 0.85),
    "share.completion": ("完成…任务的 X%: the completed figure over the plan", 0.75),
    "share.named_rate": ("named rate (…率, 比例) over a nearby base", 0.7),
    "share.implicit_base": ("share of an unstated base: the breakdown's total, a 中-total or the named base", 0.6),
    "per_unit.per_capita": ("人均/户均 X over the total its words name and the population", 0.7),
    "share.key_lines": ("a rate alone in its sentence, then key:value lines holding its numerator and base", 0.7),
    "share.incidence": ("贫困发生率: the poor population over the population", 0.7),
    "share.status_rate": ("a status rate (退出率) after its status figure: the status over the registered total", 0.7),
    "growth.amount": ("A年为X，B年为Y，比上年增加Z: the larger figure, the smaller one and the change", 0.8),
    "growth.compare": ("与 … 相比 / 较 / 比上年 / 同比增长 X%", 0.85),
    "growth.years": ("A年为X，B年为Y，增长 Z%: two yearly figures, then a bare rate of change", 0.75),
    "growth.from_to": ("由 X 增加到 Y，增长 Z%", 0.85),
    "growth.doubled": ("由 X 增加到 Y / 与 X 相比，翻 n 番 (×2^n)", 0.85),
    "growth.multiple": ("Y，是 X 的 N 倍 (Y / X = N)", 0.85),
}
DEFAULT = ("relation read from nearby figures", 0.6)

#: the rules whose list of parts is closed by the text (a sum short of its total is an error there)
CLOSED_LISTS = {"sum.counted", "sum.rest_total", "sum.colon_items", "sum.headed_lines", "sum.place_lines", "sum.total_after", "sum.paren", "sum.remainder", "sum.complement", "sum.change",
                "growth.amount", "sum.sources"}
#: closed lists a head or colon announces: their items may still be measures that overlap above the total
HEADED_LISTS = {"sum.colon_items", "sum.headed_lines"}
#: the rules whose parts are whole statuses, not a list (a 其中 between them breaks down the first)
STATUS_PAIRS = {"sum.complement", "sum.change", "growth.amount"}

def pair_of(v: DocView, f: Optional[Measured]) -> Optional[Measured]:
    """The figure written together with ``f`` (58户226人, 58户、226人, 58 户 226 人), of the other unit of the 户/人 pair,
    or None."""
    if f is None or f.unit not in PAIR_UNITS:
        return None
    for g in (v.fig_after(f), v.fig_before(f)):
        if g is not None and g.unit in PAIR_UNITS and g.unit != f.unit:
            return g
    return None


def one_dimension(labels: Sequence[str], dimension_words: dict) -> bool:
    """Every label names a word of one dimension of ``gate.dimension_words`` (因病致贫, 因残致贫, 缺劳力: cause)."""
    return any(all(any(w in x for w in words) for x in labels) for words in dimension_words.values())
FAMILY = regex.compile(r"_(?:households|population|amount|persons)$")
#: a part's label starts after the last bracket or list mark before it
LABEL_START = regex.compile(r"[（(、,，：:；;]")


def _dec(s: Optional[str]) -> Optional[Decimal]:
    if s is None or s == "inf":
        return None
    try:
        return Decimal(s)
    except (InvalidOperation, ValueError):
        return None


def _uncertain(f: Finding, reason: str) -> Finding:
    return replace(f, holds=None, severity="info", confidence=min(f.confidence or 0.5, 0.4),
                   explanation=f"{f.explanation} — cannot tell: {reason}")


class Gate:
    """The checks of one document; each takes a finding and returns a reason or None."""

    def __init__(self, view: DocView, rules: RelationRules):
        self.v = view
        self.re_parts_after = cues(rules.sum.parts_after)
        self.re_per = cues(rules.sum.per_words)
        self.min_parts = rules.gate.open_list_min_parts
        self.gap = rules.gate.open_list_gap
        self.off = rules.gate.off_factor
        self.status = set(rules.gate.status_families)
        self.measures = rules.gate.measure_words
        self.groups = rules.gate.group_words
        self.dimensions = rules.gate.dimension_words
        self.place_ends = tuple(rules.gate.place_ends)
        self.cumulative = rules.gate.cumulative_words
        self.rest = tuple(rules.sum.remainder) + tuple(rules.gate.rest_words)
        self.closing = tuple(rules.gate.closing_words)
        self.complements = [tuple(ws) for ws in rules.gate.complements.values() if len(ws) == 2]
        #: the halves of a status (已/未): the rest of the labels is the status, never in the total's clause
        self.status_halves = tuple(rules.gate.status_halves)
        self.may_exceed = tuple(rules.share.may_exceed)
        self.other_time = rules.share.other_time
        self.approx = tuple(rules.gate.approx_words)
        self.overlap_heads = tuple(rules.gate.overlap_heads)
        #: the particles a label may end in before its figure (有劳动能力的62户, 享受产业扶持的75户): no part of its kind
        self.label_tail = ending(rules.gate.label_tails)
        self.count = count_pattern(rules.sum)
        self.named_rate = tuple(rules.share.named_rate)
        self.verb_end = ending(rules.growth.name_verbs)

    def checks(self) -> Sequence[Callable[[Finding], Optional[str]]]:
        return (self.approximate_total, self.open_list_short, self.status_parts, self.other_indicator, self.mixed_status, self.mixed_measures,
                self.mixed_groups, self.mixed_dimensions, self.cumulative_part, self.whole_part, self.odd_kind,
                self.nested_breakdown, self.per_head_part, self.far_off, self.bracketed_inputs, self.overlapping_head)

    # ------------------------------------------------------------------ the checks
    def approximate_total(self, f: Finding) -> Optional[str]:
        """A sum whose total's clause says it is approximate (约有…500人, 500人左右) though the figure has no qualifier."""
        if f.kind != "sum" or not f.total or not self.approx:
            return None
        cs = self.v.clause_start(f.total[0])
        lead, tail = self.v.n[cs:f.total[0]], self.v.n[f.total[1]:f.total[1] + 2]
        if any(w in lead for w in self.approx if w != "左右") or tail.startswith("左右"):
            return "the total is stated approximately (约, 左右)"
        return None

    def open_list_short(self, f: Finding) -> Optional[str]:
        if f.kind != "sum" or f.rule in CLOSED_LISTS or f.rule == "sum.subset":
            return None
        diff, total = _dec(f.difference), _dec(f.stated)
        if diff is None or diff >= 0 or not total:
            return None
        if len(f.parts or ()) >= self.min_parts and -diff <= total * self.gap:
            return None  # a long list a little short: a breakdown that does not add up
        if self._pairs_add_up(f) or self._companions_add_up(f) or self._all_of_them(f) or self._complementary(f) or self._closed_by_rest(f) or self._counted_total(f) \
                or self._named_by_total(f):
            return None  # the list is closed: its pair figures add up, its labels are the halves of one split, or
            # its last part is the rest (其余150人)
        return "the parts fall short of the total and the list is not closed (其中 may name only some parts)"


    def _pair_of(self, span: List[int]) -> Optional[Measured]:
        """The figure written together with the one at ``span`` (58户226人), of the other of 户/人."""
        return pair_of(self.v, self.v.fig_at(span[0]))

    def _pairs_add_up(self, f: Finding) -> bool:
        """Every part and the total have a 户/人 pair figure, and the parts' pairs add up to the total's exactly."""
        if not f.total or not f.parts:
            return False
        tp = self._pair_of(f.total)
        pairs = [self._pair_of(p) for p in f.parts]
        if tp is None or None in pairs or tp.iv.hi is None:
            return False
        return sum_of(pairs).overlaps(tp.iv)

    def _companions_add_up(self, f: Finding) -> bool:
        """The total written right after a figure of another count (发放补助211人240000元; 面积18215亩，预计总产量4556吨)
        and every part after one such figure of its own, the only one since the part before (小学91人，发放45500元；初中51人，发放51000元…):
        those counts add up to the total's exactly — the items of one closed list."""
        if not f.total or len(f.parts or ()) < 2:
            return False
        t = self.v.fig_at(f.total[0])
        ss, _ = self.v.sentence(f.total[0])
        before = self.v.figs_in(max(ss, f.total[0] - COMPANION_REACH), f.total[0]) if t is not None else []
        tc = before[-1] if before else None  # 211人240000元, 面积18215亩，预计总产量4556吨
        if tc is None or tc.unit == t.unit or tc.unit in RATE_UNITS or not tc.exact:
            return False
        companions, last = [], f.total[1]
        for p in sorted(f.parts):
            got = [g for g in self.v.figs_in(last, p[0], tc.unit) if g.exact]
            if len(got) != 1:
                return False
            companions.append(got[0])
            last = p[1]
        return sum_of(companions).overlaps(tc.iv)

    def _complementary(self, f: Finding) -> bool:
        """Two parts under the two halves of one split (``gate.complements``), the rest of their labels the same and
        empty, a measure word or in the total's clause."""
        if len(f.parts or ()) != 2 or not f.total or not self.complements:
            return False
        parts = sorted(f.parts)
        head = self.v.clause_lead(f.total[0])
        if self._halves(self._label(parts[0]), self._label(parts[1]), head, False):
            return True
        # the labels after the figures (其中4人在县外务工，19人在县内): the longer may go on (务工)
        return self._halves(self._tail(parts[0]), self._tail(parts[1]), head, True)

    def _halves(self, a: str, b: str, head: str, after: bool) -> bool:
        halves = [self.status_halves] if len(self.status_halves) == 2 else []
        for x, y in self.complements + halves:
            for la, lb in ((a, b), (b, a)):
                if x in la and y in lb:
                    rest, other = la.replace(x, "", 1).replace("性", ""), lb.replace(y, "", 1).replace("性", "")
                    rest, other = sorted((rest, other), key=len)  # 集中安置到县城安置点 / 分散安置: one says more
                    if other.startswith(rest) and (rest == other or rest in self.measures or after and not rest) and (
                            not rest or rest in head or rest in self.measures or (x, y) == self.status_halves):
                        return True
        return False

    def _tail(self, span: List[int]) -> str:
        """The Han words right after a part up to its clause's end, a leading 在/为/是 dropped (4人在县外务工 → 县外务工)."""
        m = TAIL.match(self.v.n, span[1])
        return m.group(1) if m else ""

    def _counted_total(self, f: Finding) -> bool:
        """The total's sentence opens on a count of as many items as there are parts (…分别为46户、38户、29户。三村共有
        贫困户113户): the list is closed."""
        if not f.total or len(f.parts or ()) < 2:
            return False
        ss, _ = self.v.sentence(f.total[0])
        m = self.count.match(self.v.n[ss:f.total[0]].lstrip())
        return m is not None and _count_of(m.group(1)) == len(f.parts)

    def _all_of_them(self, f: Finding) -> bool:
        """The sentence says after the list that the word every part repeats covers the whole (其中2016年脱贫27户，
        2017年脱贫9户，实现100%脱贫 / 已全部脱贫; not 计划全部脱贫): the parts are all of the total."""
        if not f.total or len(f.parts or ()) < 2:
            return False
        words = {self._label(p)[-2:] for p in f.parts}
        if len(words) != 1 or len(next(iter(words))) < 2:
            return False
        word = next(iter(words))
        _, se = self.v.sentence(max(f.parts)[1])
        tail = self.v.n[max(f.parts)[1]:se]
        return regex.search(rf"(?:已经?|实现了?)(?:100%|百分之百|全部|全面)(?:实现|完成)?{regex.escape(word)}", tail) is not None

    def _named_by_total(self, f: Finding) -> bool:
        """The total's clause names every part's label (“无房户、危房户”达44户（其中：无房户25户、危房户19户）): the
        list is the one the total announces, closed."""
        if not f.total or len(f.parts or ()) < 2:
            return False
        labels = [self._label(p) for p in f.parts]
        ss, _ = self.v.sentence(f.total[0])
        lead = TOTAL_LEAD.split(self.v.n[max(ss, f.total[0] - 40):f.total[0]])[-1]  # past 、 inside the clause
        return len(set(labels)) == len(labels) and all(len(x) >= 2 and x in lead for x in labels)

    def _closed_by_rest(self, f: Finding) -> bool:
        """The last part is the rest of the total (其中外出务工310人，其余150人: ``gate.closing_words``)."""
        return bool(self.closing and f.parts and len(f.parts) >= 2
                    and any(w in self._label(max(f.parts)) for w in self.closing))

    def _family(self, span: Optional[List[int]]) -> Optional[str]:
        fig = self.v.fig_at(span[0]) if span else None
        return FAMILY.sub("", fig.indicator) if fig is not None and fig.indicator else None

    def status_parts(self, f: Finding) -> Optional[str]:
        """Every part one status (lifted) of a total of another family: the other statuses are not named.  Not for two
        complementary statuses (``STATUS_PAIRS``), nor for parts under labels of one type or cause (一般户, 低保户,
        五保户 are kinds of the total whatever indicator the meaning step gave them)."""
        if f.kind != "sum" or not f.parts or (_dec(f.difference) or 0) >= 0 or f.rule in STATUS_PAIRS:
            return None
        labels = [self._label(p) for p in f.parts]
        if all(labels) and any(all(any(w in x for w in self.dimensions.get(d, ())) for x in labels)
                               for d in ("type", "cause")):
            return None
        if self._all_of_them(f):
            return None  # …实现100%脱贫: that one status covers the whole total
        total = self._family(f.total)
        fams = {self._family(p) for p in f.parts} - {None}
        if total and len(fams) == 1 and fams <= self.status and total not in fams:
            return (f"every part is {fams.pop()} while the total is {total}: the list covers one status "
                    "of the total, the others are not named")
        return None

    def other_indicator(self, f: Finding) -> Optional[str]:
        """Every part of another indicator family than the total: not a breakdown of it (two statuses of a
        total are judged by their own rule)."""
        if f.kind != "sum" or not f.parts or f.rule in STATUS_PAIRS or f.rule == "sum.headed_lines":
            return None  # 监测户63户。⏎按致贫原因分：因病31户…: the head makes the line the total's own breakdown
        total = self._family(f.total)
        fams = [self._family(p) for p in f.parts]
        if not total or None in fams or total in fams or all(x.startswith(tuple(self.status)) for x in fams):
            return None  # statuses of the total (lifted, remaining): status_parts and the sums judge them
        return f"the parts are {', '.join(sorted(set(fams)))} while the total is {total}: not a breakdown of it"

    def mixed_status(self, f: Finding) -> Optional[str]:
        """Parts above the total, some of a status of it (已脱贫40户, 未脱贫5户: ``gate.status_families``) and
        some of the total's own family (因病致贫18户): the statuses and a cause or type breakdown overlap."""
        if not self._above(f) or f.rule in STATUS_PAIRS:
            return None
        total = self._family(f.total)
        fams = [self._family(p) for p in f.parts]
        status = [x is not None and x.startswith(tuple(self.status)) for x in fams]
        if total and not total.startswith(tuple(self.status)) and any(status) and total in fams:
            return "the parts mix statuses of the total (lifted, remaining) with a breakdown of it: they overlap"
        return None

    def _label(self, span: List[int]) -> str:
        """The Han words before a part in its clause (其中 and the like dropped): 因病致贫, 东村, 年脱贫."""
        cs = self.v.clause_start(span[0], max(0, span[0] - 24))
        lead = LABEL_START.split(self.v.n[cs:span[0]])[-1]
        if self.re_parts_after:
            lead = self.re_parts_after.sub("", lead)
        lead = regex.sub(r"[^\p{Han}]", "", lead)
        return self.label_tail.sub("", lead) if self.label_tail is not None else lead

    def _above(self, f: Finding) -> bool:
        """A sum of parts above its total, read from an open list whose last part is not the rest of the total
        (其余135户: ``gate.closing_words`` make the parts complementary, they cannot overlap)."""
        if f.kind != "sum" or f.rule in CLOSED_LISTS - {"sum.paren"} - HEADED_LISTS or len(f.parts or ()) < 2 \
                or (_dec(f.difference) or 0) <= 0:
            return False  # a bracket closes a list short of its total, not one that mixes breakdowns above it
        last = max(f.parts)
        if self._complementary(f):
            return False  # 深度贫困村2个，一般贫困村4个 of 4个: the halves of one split cannot overlap
        return not (self.closing and any(w in self._label(last) for w in self.closing))

    def overlapping_head(self, f: Finding) -> Optional[str]:
        """Parts above the total under a head that names measures (按帮扶措施分：产业帮扶280人，…): they may overlap."""
        if f.rule not in HEADED_LISTS or not f.parts or (_dec(f.difference) or 0) <= 0 or not self.overlap_heads:
            return None
        s = min(f.parts)[0]
        head = self.v.n[self.v.n.rfind("\n", 0, s) + 1:s]
        if any(w in head for w in self.overlap_heads):
            return "the list's head names measures (措施, 政策 …): its items may overlap"
        return None

    def mixed_measures(self, f: Finding) -> Optional[str]:
        """Parts above the total under labels of no one kind that name measures (享受低保40户，签约家庭医生35户,
        ``gate.measure_words``): measures may overlap, they are no breakdown.  Labels of one kind share their
        first or last character — in more than half of them for names and causes (因病致贫, 因残致贫; 东村,
        西村), in all of them when all name measures (享受低保, 享受特困供养, 实施产业帮扶 are two measures)."""
        if not self._above(f):
            return None
        labels = [self._label(p) for p in f.parts]
        if any(not x for x in labels):
            return None
        named = sum(1 for x in labels if any(w in x for w in self.measures))
        if named * 2 < len(labels):
            return None  # names (places, types) share no character either: 下坪村委, 汤湖, 上洞
        need = len(labels) if named == len(labels) else len(labels) // 2 + 1
        for ends in ([x[0] for x in labels], [x[-1] for x in labels]):
            if max(ends.count(ch) for ch in ends) >= need:
                return None
        return "the parts are measures of different kinds (their labels share no word) that may overlap"

    def mixed_groups(self, f: Finding) -> Optional[str]:
        """Parts above the total under labels of groups of persons by two attributes or more (残疾人, 60岁以上
        老人, 在校学生; ``gate.group_words``): a person may be in several, so they are no breakdown.  An
        attribute every label names (女党员, 60岁以上党员: the total's own noun) distinguishes none."""
        if not self._above(f) or not self.groups:
            return None
        named = [{a for a, ws in self.groups.items() if any(w in x for w in ws)}
                 for x in (self._label(p) for p in f.parts)]
        common = set.intersection(*named)
        apart = set().union(*named) - common
        if len(apart) >= 2:
            return f"the parts are groups of persons by {len(apart)} attributes ({', '.join(sorted(apart))}) that may overlap"
        return None

    def _dimension(self, label: str) -> Optional[str]:
        """The dimension a label breaks down by (``gate.dimension_words``, then a place, then a measure), or None."""
        for name, words in self.dimensions.items():
            if any(w in label for w in words):
                return name
        if label.endswith(self.place_ends):
            return "place"
        return "measure" if any(w in label for w in self.measures) else None

    def mixed_dimensions(self, f: Finding) -> Optional[str]:
        """Parts above the total under labels of two dimensions or more (一般贫困户, 低保户 and 因病致贫, 因残致贫;
        红星村, 建设村 and 已脱贫): two breakdowns of the total mixed in one list, each may cover all of it."""
        if not self._above(f) or not (self.dimensions or self.place_ends):
            return None
        labels = [self._label(p) for p in f.parts]
        dims = {self._dimension(x) for x in labels} - {None}
        if len(dims) >= 2 and not self._one_dimension(labels):
            return f"the parts mix breakdowns by {' and '.join(sorted(dims))}: each may cover the total"
        return None

    def _one_dimension(self, labels: List[str]) -> bool:
        """Every label names a word of one dimension (已出列贫困村, 未出列 — status; the type word 贫困村 of the first
        one is the total's noun repeated)."""
        return one_dimension(labels, self.dimensions)

    def cumulative_part(self, f: Finding) -> Optional[str]:
        """Parts above the total, one of them cumulative (累计脱贫) and one not: the cumulative one contains
        the others (当年脱贫860户，累计脱贫1900户)."""
        if not self._above(f) or not self.cumulative:
            return None
        says = [any(w in self._label(p) for w in self.cumulative) for p in f.parts]
        if any(says) and not all(says):
            return "a cumulative part (累计) with parts of one time: it contains them"
        return None

    def whole_part(self, f: Finding) -> Optional[str]:
        """Parts above the total, one of them the total itself (参加新农合52户 of 52户): a measure that covers every
        one, the others overlap it.  A part above its total is no such measure (2023户 of 72户 is an error)."""
        if not self._above(f) or not f.total:
            return None
        t = self.v.fig_at(f.total[0])
        if t is None or not any((g := self.v.fig_at(p[0])) is not None and g.iv.overlaps(t.iv) for p in f.parts):
            return None
        return "a part is the total itself: it covers all of it and the other parts overlap it"

    def odd_kind(self, f: Finding) -> Optional[str]:
        """Parts above the total whose labels but the last one or few share a first or last character (一般贫困户,
        低保户, 五保户 … 因病致贫): when the parts of that kind alone do not exceed the total, the others are of another
        breakdown mixed in — when they cover the total but for ``gate.open_list_gap``; far short of it, the odd
        ones complete the list (发展生产脱贫…, 社会保障兜底 of 五个一批).  A 剩余/其他 part (``sum.remainder``,
        ``gate.rest_words``) is of the list's kind.  The parts of ``sum.repeated_word`` each repeat the total's word
        but the next item of their numbered list (（五）社会保障兜底 after （一）…（四）…脱贫): one list, no other breakdown."""
        if not self._above(f) or len(f.parts) < 3 or f.rule == "sum.repeated_word":
            return None
        labels = [self._label(p) for p in f.parts]
        if any(not x for x in labels):
            return None
        same = _majority_kind(labels, [any(w in x for w in self.rest) for x in labels])
        if same is None:
            return None
        figs = [self.v.fig_at(p[0]) for p in f.parts]
        kept = sum(g.value for g, k in zip(figs, same) if k and g is not None)
        total = _dec(f.stated) or 0
        if total * (1 - self.gap) <= kept <= total:
            return "the parts of one kind do not exceed the total: the others are of another breakdown"
        return None  # the parts of one kind far short of it: the odd ones complete the list (社会保障兜底 of 五个一批)

    def nested_breakdown(self, f: Finding) -> Optional[str]:
        """A second 其中 between the parts — not one inside a bracket that holds no part (2017年脱贫12户52人（其中…
        退出1户4人）: that bracket breaks down one part, whose figures are not in the list)."""
        if f.kind != "sum" or not f.parts or len(f.parts) < 2 or not self.re_parts_after or f.rule in STATUS_PAIRS:
            return None
        first_end = min(p[1] for p in f.parts)
        last_start = max(p[0] for p in f.parts)
        if first_end >= last_start:
            return None
        between = self.v.n[first_end:last_start]
        for m in BRACKET.finditer(between):
            a, b = first_end + m.start(), first_end + m.end()
            if not any(a <= p[0] < b for p in f.parts):
                between = between[:m.start()] + " " * (m.end() - m.start()) + between[m.end():]
        if self.re_parts_after.search(between):
            return "a second 其中 inside the list: the parts mix two levels of one breakdown"
        return None

    def per_head_part(self, f: Finding) -> Optional[str]:
        if f.kind != "sum" or not f.parts or not self.re_per:
            return None
        if f.rule == "growth.amount" and f.total and self._per_head(f.total[0]):
            return None  # 人均纯收入11660元，比上年增加1060元 … 上年…10600元: three per-head amounts of one kind
        for s, _ in f.parts:
            cs = self.v.clause_start(s, max(0, s - 12))
            if self.re_per.search(self.v.n, cs, s):
                return "a part is a per-head or average amount, not a share of the total"
        return None

    def _per_head(self, s: int) -> bool:
        return bool(self.re_per.search(self.v.n, self.v.clause_start(s, max(0, s - 12)), s))

    def _impossible(self, f: Finding, st: Decimal, rec: Decimal) -> bool:
        """A share above 100% of a base of its own time (退出率20230%) while the inputs give at most 100%: the
        stated figure is wrong whichever inputs the text means."""
        if f.kind not in ("share", "ratio") or f.unit != "%" or st <= 100 or rec > 100 or not f.rate \
                or f.rule == "share.completion":  # a plan may be exceeded
            return False
        lead = self.v.clause_lead(f.rate[0])  # 退出率 / 占2019年底…的
        return not any(w in lead for w in self.may_exceed) and not (self.other_time and self.other_time.search(lead))

    def _stated_inputs(self, f: Finding) -> bool:
        """占A的X% with its base A written between 占 and 的 and its numerator in the clause of 占 or the one right
        before it (外出务工人员3200人，占全镇劳动力总数5000人的26%): both inputs are the text's own, a result several times
        off is a misprint (a digit swapped, a point moved), not a wrong reading."""
        if not (f.total and f.rate and f.parts and len(f.parts) == 1):
            return False
        if f.rule == "share.implicit_base":
            return self._named_base_before(f) or self._subset_share(f)
        if f.rule != "share.of":
            return False
        n, (num_s, num_e) = self.v.n, f.parts[0]
        at = n.rfind("占", num_e, f.total[0])
        if at < 0 or n[f.total[1]:f.rate[0]] not in ("的", "的比例为", "的比重为"):
            return False
        return sum(1 for ch in n[num_e:at] if ch in "，,；;") <= 1 and self.v.paren_of(num_s) == self.v.paren_of(at)

    def _subset_share(self, f: Finding) -> bool:
        """总户数520户，其中贫困户130户，占比25% (…28600人。其中因病致贫7150人，占比25%): the numerator's clause opens on 其中
        right after the base (its sentence, or the sentence before when 其中 opens its own), and the rate's clause is a
        named rate alone (占比, 比重) right after it — both inputs are the text's own."""
        v, n, (num_s, num_e) = self.v, self.v.n, f.parts[0]
        cs = v.clause_start(num_s)
        opened = self.re_parts_after.match(n, cs, num_s) if self.re_parts_after else None
        if opened is None or not f.total[1] <= cs or v.clause_start(f.rate[0]) != v.clause_end(num_e) + 1:
            return False
        if v.figs_in(f.total[1], cs, f.unit) or (v.sentence(f.total[0]) != v.sentence(num_s)
                                                   and v.prev_sentence(num_s) != v.sentence(f.total[0])):
            return False
        rate_lead = n[v.clause_start(f.rate[0]):f.rate[0]].strip()
        rate_lead = self.verb_end.sub("", rate_lead) if self.verb_end is not None else rate_lead  # 占比为 → 占比
        return any(rate_lead.endswith(w) and len(rate_lead) - len(w) <= 2 for w in self.named_rate)  # 占比, 所占比重

    def _named_base_before(self, f: Finding) -> bool:
        """总户数520户，其中贫困户130户，占总户数的25%: the base, then its part, then 占 + the base's own name + 的 + the
        rate, all in one sentence, the name the words right before the base figure — both inputs are the text's own."""
        n, (num_s, num_e) = self.v.n, f.parts[0]
        if not f.total[1] <= num_s or self.v.sentence(f.total[0]) != self.v.sentence(f.rate[0]):
            return False
        at = n.rfind("占", num_e, f.rate[0])
        if at < 0 or sum(1 for ch in n[num_e:at] if ch in "，,；;") > 1 or not n[at + 1:f.rate[0]].endswith("的"):
            return False
        name = n[at + 1:f.rate[0] - 1]
        return len(name) >= 2 and self.v.clause_lead(f.total[0]).endswith(name)

    def far_off(self, f: Finding) -> Optional[str]:
        if f.kind not in ("share", "ratio"):
            return None
        st, rec = _dec(f.stated), _dec(f.recomputed)
        if st is None or rec is None or st <= 0 or rec <= 0 or self._impossible(f, st, rec) or self._stated_inputs(f):
            return None
        if rec > st * self.off or st > rec * self.off:
            return "the recomputed value is several times the stated one: the numerator or the base was not the one the text means"
        return None

    def bracketed_inputs(self, f: Finding) -> Optional[str]:
        if f.kind not in ("share", "ratio") or not f.rate:
            return None
        rate_paren = self.v.paren_of(f.rate[0])
        spans = [s for s in [f.total, *(f.parts or ())] if s]
        if spans and all(self.v.paren_of(s[0]) not in (None, rate_paren) for s in spans):
            return "numerator and base come from a parenthesised breakdown while the rate is outside it"
        return None

    # ------------------------------------------------------------------ one finding
    def judge(self, f: Finding) -> Finding:
        structure, base = STRUCTURE.get(f.rule, DEFAULT)
        f = replace(f, structure=f.structure or structure, confidence=_confidence(f, base),
                    explanation=f.explanation + _rounding_note(f))
        if f.holds is not False or f.kind not in ARITHMETIC:
            return f
        closed = f.kind == "sum" and (self._pairs_add_up(f) or self._companions_add_up(f))
        for check in self.checks():
            if closed and check.__name__ in PAIR_CLOSED:
                continue  # the parts' 户/人 pairs add up to the total's exactly: one breakdown, no mixture
            reason = check(f)
            if reason:
                return _uncertain(f, reason)
        return f


def _majority_kind(labels: List[str], rest: List[bool]) -> Optional[List[bool]]:
    """Which labels are of the kind most of them share (by first or last character), or None when all are of
    one kind, no kind holds more than half, or the odd labels are not the last ones; ``rest`` labels (剩余,
    其他) belong to any kind."""
    best: Optional[List[bool]] = None
    for pick in (lambda x: x[0], lambda x: x[-1]):
        ends = [pick(x) for x, r in zip(labels, rest) if not r]
        if not ends:
            return None
        ch = max(set(ends), key=ends.count)
        same = [r or pick(x) == ch for x, r in zip(labels, rest)]
        if all(same):
            return None
        trailing = same == sorted(same, reverse=True)  # the odd ones close the list (缺劳力, then 其他: inside it)
        if trailing and sum(same) * 2 > len(labels) and (best is None or sum(same) > sum(best)):
            best = same
    return best


def _rounding_note(f: Finding) -> str:
    """The guidelines' rounding rule, stated with the numbers the verdict rests on."""
    if f.kind not in ARITHMETIC or f.holds is None or f.recomputed is None or f.tolerance is None:
        return ""
    tol = "open" if f.tolerance == "inf" else f"±{f.tolerance}"
    return (f" [as printed: each number is the interval of values that round to it; "
            f"recomputed {f.recomputed} vs stated {f.stated}, tolerance {tol}]")


def _confidence(f: Finding, base: float) -> float:
    """The rule's base confidence, lowered when the verdict rests on a rounding edge."""
    diff, tol = _dec(f.difference), _dec(f.tolerance)
    c = base
    if f.holds is False and diff is not None and tol is not None and abs(diff) <= tol * 3:
        c -= 0.15  # just outside the rounding interval
    if f.parts and len(f.parts) >= 3:
        c += 0.05
    return round(max(0.05, min(0.99, c)), 2)


def gate(view: DocView, findings: List[Finding], rules: RelationRules) -> List[Finding]:
    """Every finding of one document with its structure and confidence; uncertain alarms made null."""
    g = Gate(view, rules)
    return [g.judge(f) for f in findings]
