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

from typing import List, Optional, Sequence

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
