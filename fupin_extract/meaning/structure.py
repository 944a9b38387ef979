"""One structural reading of each sentence: groups, pairs, enumerations, totals and parts.

Built once per document from the figures (in text order) and the normalised text, and read
by meaning (indicator inheritance) and by the audit (sums and shares): one reading of a
sentence, not two.  Indices below are indices into the figure list given to :func:`read`.

* **group**: one figure, or a 户/人 (户/元, 人/元, 户/人/元 …) run of figures written together
  (``36户84人``, ``289户、786人``, ``198人183500元``).  ``pair_of[i]`` is the group of ``i``.
* **enumeration**: groups of the same unit signature listed one after another in a sentence,
  separated by ``、，,`` and a short label without figures (a place, a year, a type, a cause):
  ``2016年脱贫27户，2017年脱贫9户``, ``甲镇43户234人、乙镇33户161人``.
* **total and parts**: a group followed by ``其中``/``包括``/``含``, an opening parenthesis or a
  colon, and the groups after it (to the end of the sentence, or of the parenthesis); or an
  enumeration closed by ``总计/合计/共计/共`` + a group (the closing group is the total).
  Parts are matched to the total by unit: a part is recorded only when its unit occurs in the
  total's group.

>>> from fupin_extract.figures import find_figures
>>> t = "建档立卡贫困户94户275人，其中因病致贫44户138人，因残致贫19户54人。"
>>> s = read(t, find_figures(t, "d"))
>>> [(s.groups[g], s.total_of.get(s.groups[g][0])) for g in range(len(s.groups))]
[((0, 1), None), ((2, 3), 0), ((4, 5), 0)]
>>> s.parts_of[0], s.parts_of[1]
((2, 4), (3, 5))
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import regex

from fupin_extract.rules.text import text_rules

_TEXT = text_rules()  # the stop classes and breakdown cues of patterns/text.yaml
SENT_STOP = _TEXT.regex("strong_end")
#: what may stand between the figures of one group (36户84人, 289户、786人, 289户,786人)
PAIR_GAP = regex.compile(r"[ \u3000]?[、,，]?[ \u3000]?")
#: units that pair after one another in a group, in this order
PAIR_ORDER = {"户": 0, "人": 1, "人次": 1, "名": 1, "元": 2}
#: a line break after a sentence's stop, and a blank line after one (text.yaml strong_end's stops)
STOP_BREAK = regex.compile(r"[。！？!?][ \t\u3000]*\n")
BLANK_AFTER = regex.compile(r"[ \t\u3000]*\n")
BLANK_MIN, BLANK_SHARE = 5, 0.6
#: a paragraph's end in a text whose paragraphs blank lines separate: a line break, but for a single one
#: after a stop before a line that is no heading (a page's wrap)
PARA_STOP_BLANK = regex.compile(r"(?<![。！？!?][ \t\u3000]*)\n|\n(?=[ \t\u3000]*\n)|\n(?="
                                + _TEXT.heading_regex.pattern.lstrip("^") + ")")


def blank_paragraphs(n: str) -> bool:
    """Whether blank lines separate the paragraphs of ``n``: most line breaks after a stop have a blank
    line after them (the single ones among them are then a page's wraps)."""
    ends = [m.end() for m in STOP_BREAK.finditer(n)]
    blank = sum(1 for e in ends if BLANK_AFTER.match(n, e))
    return len(ends) >= BLANK_MIN and blank >= BLANK_SHARE * len(ends)


#: a breakdown opens after a total
BREAKDOWN = regex.compile(r"\s*[,，]?\s*(?:" + "|".join(map(regex.escape, _TEXT.parts_open)) + r")[:：,，]?|\s*[（(]|\s*[：:]"
                          # 在未脱贫4户8人中，因病致贫…; 62户贫困户中有40户…
                          r"|(?:\p{Han}{1,5}?)?中(?:[,，:：]|有|共有)")
CLOSE = regex.compile(r"[）)]")
#: an enumeration's closing total
SUM_WORD = _TEXT.phrase("sum_word")  # patterns/text.yaml phrases.sum_word
ITEM_SEP = _TEXT.regex("list_item_end")
#: or a word that joins the last item (8210人、6530人和2140人; lists.item_joiners)
ITEM_JOIN = regex.compile(r"[、,，]?(?:" + _TEXT.words_regex(_TEXT.item_joiners).pattern + ")")
#: the label between two items: short, and a year, a place, a grade or type, or a cause; a kind of
#: unit is no place (行政村12个、社区2个、村民小组86个: the items count different things); a year
#: may be named relative to the report's (去年完成危房改造9户，今年完成5户)
ITEM_GAP_MAX = 16
ITEM_LABEL = regex.compile(
    r"(?:(?:19|20)(?:\d\d|[xX×*]{2})年(?:[上下]半年|底|末|初)?|\d{1,2}月(?:份)?|(?:今|去|上|前|当|同)年(?:度)?)?"
    r"(?:(?!(?:城镇|农村)?社区|自然村|村民小组|居民小组|居委会?|小组)[\p{Han}*＊xX×]{0,5}?[村镇乡组县区社](?:委|委会)?|[A-DＡ-Ｄ一二三四]级|一般|重点|因\p{Han}{1,6}?致贫)?"
    r"(?:(?:实现|完成|已)?(?:脱贫|退出|搬迁|安置)|(?:已|共)?(?:完成|实现))?(?:共|有|为|计|达到|增加到|增至|提高到|突破)?")


@dataclass
class Structure:
    """The structure of a document's figures (see the module docstring).

    ``groups``: tuples of figure indices; ``group_of[i]``: the index of ``i``'s group;
    ``total_of[i]``: the figure (same unit) that part ``i`` breaks down; ``parts_of[i]``: the
    parts of total ``i``; ``enumerations``: tuples of group indices listed together;
    ``sentence_of[i]``: (start, end) of ``i``'s sentence in the normalised text."""

    groups: List[Tuple[int, ...]] = field(default_factory=list)
    group_of: Dict[int, int] = field(default_factory=dict)
    total_of: Dict[int, int] = field(default_factory=dict)
    parts_of: Dict[int, Tuple[int, ...]] = field(default_factory=dict)
    enumerations: List[Tuple[int, ...]] = field(default_factory=list)
    sentence_of: Dict[int, Tuple[int, int]] = field(default_factory=dict)

    def pair_of(self, i: int) -> Tuple[int, ...]:
        """The figures written together with ``i`` (``36户84人``), ``i`` included."""
        return self.groups[self.group_of[i]]


def read(text: str, figures: Sequence, stops: Optional[Sequence[int]] = None) -> Structure:
    """The structure of ``figures`` (objects with start, end, unit, in text order) in ``text``.
    ``stops``: where SENT_STOP's matches start in ``text``, when the caller has them (TextIndex.positions)."""
    s = Structure()
    _sentences(text, figures, s, stops)
    _groups(text, figures, s)
    _enumerations(text, figures, s)
    _breakdowns(text, figures, s)
    _closing_totals(text, figures, s)
    s.parts_of = _invert(s.total_of)
    return s


def _sentences(text: str, figs: Sequence, s: Structure, stops: Optional[Sequence[int]] = None) -> None:
    if stops is None:
        stops = [m.start() for m in SENT_STOP.finditer(text)]
    for i, f in enumerate(figs):
        k = bisect.bisect_left(stops, f.start)
        lo = stops[k - 1] + 1 if k > 0 else 0
        hi = stops[k] if k < len(stops) else len(text)
        s.sentence_of[i] = (lo, hi)


def _groups(text: str, figs: Sequence, s: Structure) -> None:
    cur: List[int] = []
    for i, f in enumerate(figs):
        if cur:
            p = figs[cur[-1]]
            o_prev, o_new = PAIR_ORDER.get(p.unit), PAIR_ORDER.get(f.unit)
            if (o_prev is not None and o_new is not None and o_new > o_prev
                    and PAIR_GAP.fullmatch(text, p.end, f.start)):
                cur.append(i)
                continue
            _close_group(cur, s)
        cur = [i]
    if cur:
        _close_group(cur, s)


def _close_group(cur: List[int], s: Structure) -> None:
    g = len(s.groups)
    s.groups.append(tuple(cur))
    for i in cur:
        s.group_of[i] = g


def _units(figs: Sequence, group: Tuple[int, ...]) -> Tuple[str, ...]:
    return tuple(figs[i].unit for i in group)


def _enumerations(text: str, figs: Sequence, s: Structure) -> None:
    run: List[int] = []
    for g, group in enumerate(s.groups):
        if run and _next_item(text, figs, s, s.groups[run[-1]], group):
            run.append(g)
            continue
        if len(run) > 1:
            s.enumerations.append(tuple(run))
        run = [g]
    if len(run) > 1:
        s.enumerations.append(tuple(run))


def _next_item(text: str, figs: Sequence, s: Structure, a: Tuple[int, ...], b: Tuple[int, ...]) -> bool:
    if len(a) != len(b) or s.sentence_of[a[0]] != s.sentence_of[b[0]] or _units(figs, a) != _units(figs, b):
        return False
    lo, hi = figs[a[-1]].end, figs[b[0]].start
    if not 0 < hi - lo <= ITEM_GAP_MAX:
        return False
    gap = text[lo:hi]
    if BREAKDOWN.match(gap):
        return False
    sep = ITEM_SEP.match(gap) or ITEM_JOIN.match(gap)
    return sep is not None and ITEM_LABEL.fullmatch(gap[sep.end():].strip()) is not None


def _breakdowns(text: str, figs: Sequence, s: Structure) -> None:
    for g, group in enumerate(s.groups):
        end = figs[group[-1]].end
        m = BREAKDOWN.match(text, end)
        if m is None:
            continue
        lo, hi = s.sentence_of[group[0]]
        paren = m.group().strip().startswith(("(", "（"))
        if paren or inside_bracket(text, lo, end):
            # the parts of a parenthesis, or of a 其中 inside one (低保户30户（其中五保户4户，其中2户…）；
            # 残疾人户18户: the parts end where the bracket closes)
            c = CLOSE.search(text, m.end(), hi)
            hi = c.start() if c else hi
        units = {figs[i].unit: i for i in group}
        for h in range(g + 1, len(s.groups)):
            part = s.groups[h]
            if figs[part[0]].start >= hi:
                break
            for i in part:
                # the nearest total claims its parts (总户数300户，其中…；残疾人户30户34人，其中纳入建档
                # 立卡户15户18人，大病户1户3人: the last parts are 30户34人's)
                if figs[i].unit in units:
                    s.total_of[i] = units[figs[i].unit]


def inside_bracket(text: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` stands inside a bracket opened after ``lo`` and not closed before ``pos``."""
    depth = 0
    for m in regex.finditer(r"[（()）]", text[lo:pos]):
        depth = depth + 1 if m.group() in "（(" else max(0, depth - 1)
    return depth > 0


def _closing_totals(text: str, figs: Sequence, s: Structure) -> None:
    """``甲镇43户234人、乙镇33户161人。总计76户395人``: the closing group is the items' total."""
    for enum in s.enumerations:
        last = s.groups[enum[-1]]
        nxt = s.group_of[last[-1]] + 1
        if nxt >= len(s.groups):
            continue
        tot = s.groups[nxt]
        gap_lo = figs[last[-1]].end
        gap = text[gap_lo:figs[tot[0]].start]
        if len(gap) > 12 or not SUM_WORD.search(gap.lstrip("。；;，, ")):
            continue
        units = {figs[i].unit: i for i in tot}
        for g in enum:
            for i in s.groups[g]:
                if figs[i].unit in units and i not in s.total_of:
                    s.total_of[i] = units[figs[i].unit]


def _invert(total_of: Dict[int, int]) -> Dict[int, Tuple[int, ...]]:
    out: Dict[int, List[int]] = {}
    for part, tot in sorted(total_of.items()):
        out.setdefault(tot, []).append(part)
    return {k: tuple(v) for k, v in out.items()}
