"""What every family of rules reads a document with: the text's structure (:class:`~.core.DocView`),
the cues of ``patterns/relations.yaml``, and small readings of the text they share (a per-head figure,
a total cue before a figure, lists of one unit)."""
from __future__ import annotations

from decimal import Decimal
from functools import cached_property, lru_cache
from typing import Dict, List, Sequence, Tuple

import regex

from fupin_extract.audit.core import CLAUSE_END, STRONG_END, WEAK_END, DocView, Interval, Measured, fmt_num, quote
from fupin_extract.figures.numerals import parse_chinese
from fupin_extract.rules.relations import RelationRules, SumRules, alternation, cues, cues_except
from fupin_extract.rules.text import text_rules
from fupin_extract.segment import Heading

_TEXT_RULES = text_rules()

BREAKS = CLAUSE_END | WEAK_END | STRONG_END
LEAD_NOISE = _TEXT_RULES.phrase("lead_noise")  # patterns/text.yaml phrases.lead_noise


@lru_cache(maxsize=8)
def _count_pattern(leads: Tuple[str, ...], units: Tuple[str, ...], nouns: Tuple[str, ...],
                   classifiers: Tuple[str, ...]) -> "regex.Pattern":
    # 两个安置点: after a classifier any short noun
    return regex.compile(rf"{alternation(leads)}?([两一二三四五六七八九十]|\d{{1,2}})"
                         rf"(?:{alternation(classifiers)}\p{{Han}}{{1,4}}?|{alternation(units)}{alternation(nouns)}?)")


def count_pattern(s: SumRules) -> "regex.Pattern":
    """A count of items (三项, 以上两村, 4个村, 两个安置点): ``sum.count_leads``, a numeral, ``sum.count_units`` and
    ``sum.count_nouns`` — or a ``sum.count_classifiers`` word and any short noun."""
    return _count_pattern(s.count_leads, s.count_units, s.count_nouns, s.count_classifiers)


def count_of(word: str) -> int:
    """The number a count's numeral says (三 → 3, 两 → 2, 12 → 12)."""
    return int(word) if word.isdigit() else (2 if word == "两" else parse_chinese(word))


def total(figs: Sequence[Measured]) -> Interval:
    """The interval of the sum of ``figs``."""
    out = Interval(Decimal(0), Decimal(0))
    for f in figs:
        out = out + f.iv
    return out


def plus(figs: Sequence[Measured]) -> str:
    if len(figs) > 8:
        return "+".join(quote(f) for f in figs[:6]) + f"+…(+{len(figs) - 6})"
    return "+".join(quote(f) for f in figs)


def amount(value: Decimal, unit: str) -> str:
    return f"{fmt_num(value)}{unit}"


class Context:
    """One document as the rules read it."""

    def __init__(self, view: DocView, rules: RelationRules):
        self.v = view
        self.n = view.n
        self.doc = view.doc
        self.r = rules
        s = rules.sum
        self.re_parts_after = cues(s.parts_after)
        self.re_total_before = cues_except(s.total_before, s.not_total_cues)
        self.re_remainder = cues(s.remainder)
        self.re_plan = cues(s.plan_words)
        self.re_per = cues(s.per_words)
        self.not_parts = s.not_parts
        self.reach = s.total_cue_reach
        self.min_total = s.implied_min_total
        self.shared = s.implied_shared_chars

    def sentence(self, pos: int) -> str:
        return self.v.sentence_text(pos)[1]

    @cached_property
    def headings(self) -> Dict[int, Heading]:
        """The section headings of the text (:class:`~fupin_extract.segment.TextIndex`), by the start of their line."""
        return {h.start: h for h in self.v.index.headings}

    def heading_run_end(self, pos: int) -> int:
        """The end of the headed lines of one shape that follow ``pos`` (a paragraph's end): （一）发展产业脱贫280户。
        （二）易地搬迁脱贫120户。 … — ``pos`` itself when no heading follows."""
        n, end, shape = self.n, pos, None
        while True:
            i = end
            while i < len(n) and n[i] in "\n \t\u3000\r":
                i += 1
            h = self.headings.get(i)
            if h is None or shape not in (None, h.shape):
                return end
            shape, end = h.shape, min(len(n), h.end + 1)

    def total_cue_before(self, f: Measured, floor: int) -> bool:
        """A total cue (共计, 合计 …) in the clause right before ``f``."""
        cs = self.v.clause_start(f.start, floor)
        return bool(self.re_total_before and self.re_total_before.search(self.n, cs, f.start))

    def nth_clause_end(self, q: int, k: int, limit: int) -> int:
        n = self.n
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

    def per_figure(self, f: Measured) -> bool:
        """An average or per-head figure (平均, 人均, 每人 …): never a total of parts."""
        if not self.re_per:
            return False
        cs = self.v.clause_start(f.start)
        return bool(self.re_per.search(self.n, cs, f.start))

    def unit_runs(self, figs: Sequence[Measured]) -> List[List[Measured]]:
        """Lists of one unit: same-unit figures one clause apart at most (户/人 pairs interleave)."""
        n = self.n
        runs: Dict[str, List[List[Measured]]] = {}
        for f in figs:
            lists = runs.setdefault(f.unit, [])
            if lists and sum(1 for ch in n[lists[-1][-1].end:f.start] if ch in BREAKS) <= 1:
                lists[-1].append(f)
            else:
                lists.append([f])
        return [r for lists in runs.values() for r in lists]

    def cue_free(self, s: int, e: int) -> bool:
        """No 其中/共计 cue in the segment, except a 其中 that opens it."""
        n = self.n
        if self.re_total_before and self.re_total_before.search(n, s, e):
            return False
        if not self.re_parts_after:
            return True
        m = self.re_parts_after.search(n, s, e)
        if m is None:
            return True
        return LEAD_NOISE.match(n[s:m.start()]) is not None and self.re_parts_after.search(n, m.end(), e) is None

    def nested_in(self, f: Measured, t: Measured) -> bool:
        """``f`` sits in a parenthesis that ``t`` is outside of (a note on one part, not a part)."""
        p = self.v.paren_of(f.start)
        return p is not None and p != self.v.paren_of(t.start)

    def shares_phrase(self, t: Measured, text: str) -> bool:
        """The total's clause and the parts' sentence share a phrase of ``implied_shared_chars`` characters."""
        v = self.v
        cs = v.clause_start(t.start)
        ce = v.clause_end(t.end)
        clause = v.n[cs:t.start] + "|" + v.n[t.end:ce]
        k = self.shared
        grams = {clause[i:i + k] for i in range(len(clause) - k + 1)
                 if "|" not in clause[i:i + k] and not any(c.isdigit() for c in clause[i:i + k])}
        return any(g in text for g in grams)
