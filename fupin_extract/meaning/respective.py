"""Years given respectively (分别) to the items of a list of figures.

``2017年、2018年、2019年分别减贫410人、377人、205人`` and ``2018年至2020年，分别减少8210人、6530人和
2140人``: the k-th item of the enumeration takes the k-th year when the sentence lists as many years
(or a span of as many years) before its 分别, and no other figure stands between those years and
the list.  Any other count leaves the periods as the cues gave them.

>>> from fupin_extract.figures import find_figures
>>> from fupin_extract.meaning import structure
>>> t = "2017年、2018年、2019年分别减贫410人、377人、205人。"
>>> figs = find_figures(t, "d")
>>> respective_years(t, figs, structure.read(t, figs), ["2017-2019"] * 3)
['2017', '2018', '2019']
"""
from __future__ import annotations

import bisect
from typing import List, Optional, Sequence, Tuple

import regex

from fupin_extract.rules.text import text_rules

_TEXT = text_rules()
RESPECTIVE = _TEXT.phrase("respective")  # patterns/text.yaml phrases.respective
YEARS = _TEXT.phrase("respective_years")
SPAN = _TEXT.phrase("respective_span")


def respective_years(n: str, figs: Sequence, st, periods: List[Optional[str]]) -> List[Optional[str]]:
    """``periods`` with the items of each 分别 list of years given their own year."""
    out = list(periods)
    for enum in st.enumerations:
        first = st.groups[enum[0]][0]
        years = _years_before(n, figs, st, first, len(enum))
        if years is None:
            continue
        for year, g in zip(years, enum):
            for j in st.groups[g]:
                out[j] = str(year)
    return out


def _years_before(n: str, figs: Sequence, st, first: int, k: int) -> Optional[List[int]]:
    """The ``k`` years listed (or spanned) before the 分别 that opens the list at ``first``."""
    lo = st.sentence_of[first][0]
    if first > 0 and st.sentence_of[first - 1] == st.sentence_of[first]:
        lo = figs[first - 1].end  # no other figure between the years and the list
    head = n[lo:figs[first].start]
    m = None
    for m in RESPECTIVE.finditer(head):
        pass
    if m is None:
        return None
    before = head[:m.start()]
    span = None
    for span in SPAN.finditer(before):
        pass
    if span is not None:
        a, b = int(span.group(1)), int(span.group(2))
        return list(range(a, b + 1)) if b - a + 1 == k else None
    years = [int(y.group(1)) for y in YEARS.finditer(before)]
    return years if len(years) == k and years == sorted(set(years)) else None


#: what separates the nouns listed before 分别 (总户数、总人口和贫困户), and the figures after it
NOUN_SEP = regex.compile(r"[、，,]|" + "|".join(map(regex.escape, _TEXT.item_joiners)))
ITEM_GAP = regex.compile(r"[、，,]?(?:" + "|".join(map(regex.escape, _TEXT.item_joiners)) + r")?")
#: what may stand between 分别 and the first figure (为, 达到, 完成, 减少 …: no stop, no figure)
LEAD_GAP = regex.compile(r"[^，,；;。：:\d\s]{0,6}")
CLAUSE_START = regex.compile(r"(?r)[，,；;。：:！？!?\n]")
NOUN_MAX = 12


def respective_subjects(n: str, figs: Sequence, st) -> List[Tuple[Tuple[int, int], Tuple[int, ...]]]:
    """For each 分别 after a list of nouns with as many items after it: (noun span, figure indices)
    per item, in order (``总户数、总人口、贫困户分别为320户、1210人、45户``: one figure an item;
    ``脱贫户和脱贫人口分别为…``; ``甲乙两类分别为36户112人、20户61人``: one group an item)."""
    starts = [f.start for f in figs]
    out: List[Tuple[Tuple[int, int], Tuple[int, ...]]] = []
    for m in RESPECTIVE.finditer(n):
        k = bisect.bisect_left(starts, m.end())
        if k >= len(figs) or LEAD_GAP.fullmatch(n, m.end(), figs[k].start) is None:
            continue
        if st.sentence_of[k][0] > m.start():
            continue
        run = [k]
        while run[-1] + 1 < len(figs) and ITEM_GAP.fullmatch(n, figs[run[-1]].end, figs[run[-1] + 1].start):
            run.append(run[-1] + 1)
        nouns = _nouns_before(n, figs, k, m.start())
        if len(nouns) < 2:
            continue
        groups = []
        for j in run:
            g = st.pair_of(j)
            if not groups or groups[-1] != g:
                groups.append(g)
        if len(run) == len(nouns):
            items = [(j,) for j in run]
        elif len(groups) == len(nouns) and all(set(g) <= set(run) for g in groups):
            items = groups
        else:
            continue
        out.extend(zip(nouns, items))
    return out


def _nouns_before(n: str, figs: Sequence, k: int, pos: int) -> List[Tuple[int, int]]:
    """The spans of the nouns listed in the clause before ``pos`` (back to a stop or a figure)."""
    c = CLAUSE_START.search(n, 0, pos)
    lo = c.end() if c is not None else 0
    if k > 0 and figs[k - 1].end > lo:
        lo = figs[k - 1].end
    spans, a = [], lo
    for s in NOUN_SEP.finditer(n, lo, pos):
        spans.append((a, s.start()))
        a = s.end()
    spans.append((a, pos))
    spans = [(a, b) for a, b in spans if b > a]
    if any(b - a > NOUN_MAX for a, b in spans) or any(ch.isdigit() for a, b in spans for ch in n[a:b]):
        return []
    return spans
