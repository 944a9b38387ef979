"""What a figure counts, whose it is and when: indicator, scope and period.

Indicator: the first rule of ``patterns/indicators.yaml`` whose cue stands, on word
boundaries, in the figure's clause (or sentence), or whose ``after`` pattern follows it.
Then structures that carry meaning across figures:

* ``36户84人`` pairs: persons after households share the households' rule;
* ``其中`` breakdowns and parenthesised breakdowns: parts take the total's indicator unless
  their own refines it (``贫困户776户…其中已脱贫747户`` keeps 已脱贫);
* ``分别`` lists: ``上徐村、金黄村、琼溪村…分别投入资金191万元、270万元、184万元`` gives each
  figure its village as scope.

Scope: the village(s) named in the figure's clause, else in its ``；`` segment, else (when
only one is named) in its sentence before it, else the village in the heading of the
section.  Period: the nearest year, ``YYYY年以来`` span or ``目前/今年`` cue before the
figure in its clause (or a time after it that is its own: ``36户于2017年实现脱贫``), else in its
sentence, else a time leading an earlier figure-less sentence of its paragraph (``2018年，…。``),
a ``YYYY年以来`` in its paragraph, the nearest heading's time, else the report's year.  Years in
Chinese numerals are read as Arabic (:func:`arabic_years`).
"""
from __future__ import annotations

import bisect
from typing import Dict, List, Optional, Sequence, Tuple

import regex

from fupin_extract.rules.indicators import IndicatorSet, Rule, indicator_set, lexicon
from fupin_extract.rules.loader import load_patterns
from fupin_extract.model import Figure
from fupin_extract.rules.text import text_rules
from fupin_extract.segment import TextIndex, token_bounds, with_breaks
from fupin_extract.meaning.gazetteer import scan_townships
from fupin_extract.meaning import structure as structure_mod
from fupin_extract.meaning.respective import respective_subjects, respective_years

#: the stop classes of patterns/text.yaml this step reads
_TEXT = text_rules()
CLAUSE_STOP = _TEXT.regex("meaning_clause")
CLAUSE_END_FWD = _TEXT.regex("meaning_clause_forward")
SENT_STOP = _TEXT.regex("strong_end")
SEGMENT_STOP = _TEXT.regex("sentence_end")
PARA_STOP = _TEXT.regex("line_break")
#: last characters of words that name what is counted: a cue may end inside such a word
HEAD_CHARS = _TEXT.charset("cue_head_end")
#: the one-character stop classes, searched backwards from a position ((?r): the last match first)
_REVERSED = {p: regex.compile("(?r)" + p.pattern) for p in (CLAUSE_STOP, CLAUSE_END_FWD, SENT_STOP, SEGMENT_STOP, PARA_STOP)}
_CLAUSE_BACK, _CLAUSE_FWD = _REVERSED[CLAUSE_STOP].search, CLAUSE_END_FWD.search
_SENT_BACK, _SENT_FWD = _REVERSED[SENT_STOP].search, SENT_STOP.search
_SENT_CHARS = _TEXT.charset("strong_end")  # SENT_STOP's characters; CLAUSE_STOP and CLAUSE_END_FWD hold them all

YEAR = _TEXT.year
#: the period cues of patterns/text.yaml, in order (named groups: since, span, year, now, last, plan, nyears)
PERIOD_CUE = _TEXT.period_regex
#: the five-year plans a ``十二五`` cue names
PLANS = _TEXT.plans
#: years named relative to the report's (去年 → -1): what a ``last`` cue counts
RELATIVE = _TEXT.relative
_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}
#: a cue right after these compares with that time: 比去年增长8% (a change over the span)
COMPARED_BEFORE = _TEXT.charset("compared_before")
#: a year left as a placeholder (20xx年, 20XX年): the figure's period is unknown
PLACEHOLDER_YEAR = _TEXT.phrase("placeholder_year")
#: 累计… with no start year: no period (unless a span cue governs)
CUMULATIVE = _TEXT.phrase("cumulative")
PER_UNIT = _TEXT.phrase("per_unit")
NEGATED_AFTER = _TEXT.phrase("negated_after")
#: a post's date stamp in the head of a page: the report's year when metadata gives none
DATE_STAMP = _TEXT.phrase("date_stamp")

VILLAGE_GENERIC = _TEXT.charset("village_generic")
#: a topic label inside a paragraph (交通方面：…): a 以来 before it does not carry past it
TOPIC_BREAK = _TEXT.phrase("topic_break")
#: a report's title line: its line break is no soft wrap (patterns/text.yaml phrases.title_line)
TITLE_LINE = _TEXT.phrase("title_line")
REPORT_TITLE = _TEXT.phrase("report_title")
#: the words closing a colon label after its subject (各村贫困户情况：)
LABEL_TAIL = _TEXT.phrase("label_tail")
#: a sentence's topic closed by a comma (扶贫资金方面，…)
TOPIC_LABEL = _TEXT.phrase("topic_label")
IN_PROGRESS = _TEXT.phrase("in_progress")
COMPARED = _TEXT.phrase("compared")
TO_NOW = _TEXT.phrase("to_now")
#: whole-year words: the report's own year (全年开展月监测10次), unless a year stands right before
WHOLE_YEAR = _TEXT.phrase("whole_year")
#: a year listed before a cue's year: 在2017、2018年完成了 (a span of the two)
YEAR_LISTED = _TEXT.phrase("year_listed")
#: the base of a 由…下降至 pair: 由2014年的8.5%下降至0.025%
PAIR_FROM = _TEXT.phrase("pair_from")
#: a year in Chinese numerals (二〇一九年): the period step reads it in Arabic digits
HAN_YEAR = _TEXT.phrase("han_year")
_HAN_DIGITS = str.maketrans("〇零○OＯ一二三四五六七八九", "00000123456789")
#: relative-year cues counted from a year stated before them in the sentence (比上年, 同比)
FROM_STATED_YEAR = _TEXT.phrase("from_stated_year")
#: a time after the figure that is its own (36户于2017年实现脱贫)
TIME_AFTER = _TEXT.phrase("time_after")
#: a time leading its sentence and closed by a comma (2018年，…): it governs the paragraph's later sentences
LEAD_TIME_BEFORE = _TEXT.phrase("lead_time_before")
LEAD_TIME_AFTER = _TEXT.phrase("lead_time_after")
#: a sentence opening with these breaks down the one before it (…。其中…)
PARTS_LEAD = _TEXT.phrase("parts_lead")
#: the cue kinds a leading time may be of
_LEAD_KINDS = ("year", "span", "last")
#: where a 占…的 base may end (a soft line wrap does not end it)
BASE_STOP = _TEXT.regex("period_base_stop")
#: what ends a line that does not go on in the next one (a soft wrap goes on)
HARD_END = _TEXT.charset("wrap_sentence_end")

VILLAGE_STOP = _TEXT.charset("village_stop")
VILLAGE = _TEXT.phrase("village_name")  # patterns/text.yaml phrases.village_name
_NC = r"(?:(?![一二三四五六七八九十两百千万年月日的和及与在对为将等、，])\p{Han})"
NAME_LIST = regex.compile(
    rf"((?:{_NC}{{2,3}}[村乡镇]?(?:、|和|及)){{1,10}}{_NC}{{2,3}}[村乡镇]?)(?:等)?(?:[一二三四五六七八九十两\d]+个)?(贫困村|行政村|村)?"
)
_HC = r"(?:(?![贫困户低保返脱监测对象边缘该本其的之])\p{Han})"
HOUSEHOLD = regex.compile(
    rf"户主[:：](?P<name>{_HC}{{2,3}})|(?:重点对象|监测对象|农户|贫困户)(?P<name>{_HC}{{2,3}}?)(?:户(?=[（(，,。的])|(?=[“「『\"（(，,]))"
)
#: a heading line's number, at any line start (a heading line is no soft wrap of its clause)
HEADING = regex.compile(_TEXT.heading_regex.pattern, regex.MULTILINE)


def attach_meaning(figures: List[Figure], text: str, normalised: str, meta: Dict[str, object],
                   folder: Optional[str] = None, index: Optional[TextIndex] = None) -> List[Figure]:
    """Return the figures with indicator, scope, period and rule filled in.  ``index`` is the
    structure of ``normalised`` (segment.TextIndex) when the caller has built it already."""
    if not figures:
        return figures
    same = index is not None and len(index.text) == len(normalised)  # a bounded copy keeps every offset
    view = index if same else TextIndex(normalised)  # the text structure: soft wraps, letter spaces, lost breaks
    n, figs = _without_glosses(with_breaks(normalised, view.lost_breaks), figures,
                               sorted(view.soft_breaks + view.letter_spaces + view.double_spacing))
    n = arabic_years(_numbers_as_digits(n, figs))  # (二零一九年 reads as 2019年 to every rule, as to the periods)
    figs = _with_qualifiers(n, figs)
    iset = indicator_set(folder)
    win = _Windows(n, index if index is not None and index.text is n else TextIndex(n))
    st = structure_mod.read(n, figs, win.index.positions(SENT_STOP))
    level = (meta or {}).get("level")
    place = (meta or {}).get("place")
    if not (isinstance(place, str) and place and place in n):  # a unit named by metadata keeps its level
        level = iset.level_of(n, level)
    finder = _Indicators(n, iset, iset.higher_for(level), win, sorted(f.end for f in figs),
                         sorted(f.start for f in figs))
    inds, rules = _indicators(finder, figs, st)
    scopes = _scopes(_Places(n, meta, win), figs, st)
    tn = n
    timer = _Periods(tn, report_year(n, meta), win, [g.start for g in figs], [g.unit for g in figs])
    periods = respective_years(tn, figs, st, [timer.period_for(g) for g in figs])
    out = []
    for f, ind, r, sc, period in zip(figures, inds, rules, scopes, periods):
        rule = f.rule + (f"+{r.id}" if r is not None and ind is not None else "")
        out.append(Figure(f.doc, f.start, f.end, f.text, f.value, f.unit, f.qualifier, f.value_max, ind, sc,
                          period, f.sentence, f.sentence_start, rule, f.optional))
    return out


#: a pinyin gloss a site writes after a rare character: 鄉(xiāng), 發(fā)生率
GLOSS = _TEXT.phrase("gloss")

#: the characters of a number written in Chinese numerals (not 万/亿, which Arabic numbers use too)
_HAN_NUMERAL = regex.compile("[〇零一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾佰仟]")
_TIME_UNITS = frozenset({"年", "月", "天", "日", "周", "季度", "小时"})


def _numbers_as_digits(n: str, figs: Sequence[Figure]) -> str:
    """The text as the meaning step reads it: the Chinese numerals of every figure written as
    digits, one character for one (三百二十户一千二百六十人 reads as 000户0000000人), so that the
    rules see a figure's number as a number whatever its script (a ``not_after`` that lets the
    next figure's digit follow, a run of ``\\p{Han}`` that a number breaks); offsets do not move.
    Spans of time stay as written: the period cues read them (两年来, 近三个月)."""
    spans = [(f.start, f.end) for f in figs if f.unit not in _TIME_UNITS and _HAN_NUMERAL.search(n, f.start, f.end)]
    if not spans:
        return n
    chars = list(n)
    for a, b in spans:
        for m in _HAN_NUMERAL.finditer(n, a, b):
            chars[m.start()] = "0"
    return "".join(chars)


def _without_glosses(n: str, figures: List[Figure], wraps: Sequence[Tuple[int, int]] = ()) -> Tuple[str, List[Figure]]:
    """The text with its pinyin glosses and its soft line wraps (``wraps``: segment.soft_breaks)
    taken out (so that 發(fā)生率 reads 发生率 and 贫困\n人口 贫困人口 to the cues) and the figures
    moved to match; the text and figures themselves when it has neither."""
    glosses = [(m.start(), m.end()) for m in GLOSS.finditer(n)]
    cuts = sorted(glosses + [w for w in wraps if not any(a < w[1] and w[0] < b for a, b in glosses)])
    if not cuts:
        return n, figures
    starts = [a for a, _ in cuts]
    removed = [0]
    for a, b in cuts:
        removed.append(removed[-1] + b - a)

    def moved(i: int) -> int:
        k = bisect.bisect_right(starts, i) - 1
        if k < 0:
            return i
        a, b = cuts[k]
        return a - removed[k] if i < b else i - removed[k + 1]

    text = "".join(n[b0:a1] for (_, b0), (a1, _) in zip([(0, 0)] + cuts, cuts + [(len(n), len(n))]))
    figs = [Figure(f.doc, moved(f.start), moved(f.end), f.text, f.value, f.unit, f.qualifier, f.value_max,
                   f.indicator, f.scope, f.period, f.sentence, f.sentence_start, f.rule, f.optional) for f in figures]
    return text, figs


def _qualifier_before() -> "regex.Pattern":
    """A qualifier written right before a number (约, 近, 不足 …, patterns/units.yaml
    qualifiers.before), at the end of a window; not with a bridge after it (至少增长79.8%: 增长
    is the cue), nor the words that end in one and are none (签约, 就近)."""
    u = load_patterns().units
    words = sorted({w for ws in u.qualifiers["before"].values() for w in ws}, key=len, reverse=True)
    alt = "|".join(regex.escape(w) for w in words)
    nots = "|".join(regex.escape(w[:-1]) for w in u.qualifier_not_words if len(w) > 1)
    return regex.compile(rf"(?<!{nots})(?:{alt})\s*$" if nots else rf"(?:{alt})\s*$")


QUALIFIER_BEFORE = _qualifier_before()


def _with_qualifiers(n: str, figs: List[Figure]) -> List[Figure]:
    """The figures as the meaning step reads them: a qualifier written before the number stands
    with the figure, not with the words before it (贫困户约320户: 贫困户 names 320户 as in 贫困户320户)."""
    out = []
    for f in figs:
        m = QUALIFIER_BEFORE.search(n, max(0, f.start - 6), f.start) if f.qualifier != "exact" else None
        if m is None:
            out.append(f)
            continue
        out.append(Figure(f.doc, m.start(), f.end, f.text, f.value, f.unit, f.qualifier, f.value_max,
                          f.indicator, f.scope, f.period, f.sentence, f.sentence_start, f.rule, f.optional))
    return out


def _indicators(finder: "_Indicators", figs: Sequence[Figure], st) -> Tuple[List[Optional[str]], List[Optional[Rule]]]:
    """Each figure's own rule, then what the sentence's structure carries across figures."""
    inds: List[Optional[str]] = []
    rules: List[Optional[Rule]] = []
    for f in figs:
        r = finder.rule_for(f)
        rules.append(r)
        inds.append(r.emits.get(f.unit) if r else None)
    _group_vetoes(finder, figs, st, inds, rules)
    _group_after(finder, figs, st, inds, rules)
    _governed(finder, figs, st, inds, rules)
    _subject_after(finder, figs, st, inds, rules)
    _lead_sentence(finder, figs, inds, rules)
    _label_lists(finder, figs, inds, rules)
    _topic_labels(finder, figs, inds, rules)
    _heading_topics(finder, figs, inds, rules)
    _verb_lists(finder, figs, inds, rules)
    _kind_after_list(finder, figs, inds, rules)
    _governed(finder, figs, st, inds, rules, by_cue=False)  # bare clauses after what a lead gave
    _pairs(figs, inds, rules)
    _group_pairs(figs, st, inds, rules)
    _enumerated(figs, st, inds, rules)
    kinds = _own_kind(finder, figs, rules, st)
    _breakdowns(finder, figs, inds, kinds)
    _structured_parts(finder.iset, figs, st, inds, kinds)
    _subject_of_parts(finder, figs, inds, rules)
    _sums(finder, figs, st, inds, rules)
    _respective_subjects(finder, figs, st, inds, rules)
    _per_unit_amounts(finder, figs, inds)
    _negated(finder, figs, inds, rules)
    return inds, rules


def _negated(finder: "_Indicators", figs: Sequence[Figure], inds: List[Optional[str]],
             rules: List[Optional[Rule]]) -> None:
    """A figure whose clause denies a verb after it (家庭医生签约服务有12户未履约, 有18名贫困劳动力返乡后
    未再就业) counts who did not get what its own words name: no indicator (a denied exit is what
    remaining figures count: phrases.negated_after leaves 未脱贫 to them; a part that took its total's
    indicator keeps it: 贫困人口…，其余80人未上户)."""
    n = finder.n
    for i, f in enumerate(figs):
        if inds[i] is None or rules[i] is None or rules[i].emits.get(f.unit) != inds[i]:
            continue
        _, ce = finder.win.clause(f)
        hi = figs[i + 1].start if i + 1 < len(figs) and figs[i + 1].start < ce else ce
        if NEGATED_AFTER.search(n, f.end, hi):
            inds[i] = None


def _per_unit_amounts(finder: "_Indicators", figs: Sequence[Figure], inds: List[Optional[str]]) -> None:
    """Money after a per-unit word of its clause, with no figure between (每户贷款5万元, 户均补助资金6万元,
    人均分红320元), is an amount per household or person: no total indicator (poverty_funds,
    microcredit_amount …) but those that count such amounts (indicators.yaml ``per_unit``)."""
    n, book = finder.n, finder.iset.indicators
    for i, f in enumerate(figs):
        if inds[i] is None or f.unit != "元" or book[inds[i]].per_unit:
            continue
        cs, _ = finder.win.clause(f)
        lo = figs[i - 1].end if i > 0 and figs[i - 1].end > cs else cs
        if PER_UNIT.search(n, lo, f.start):
            inds[i] = None


def arabic_years(n: str) -> str:
    """``n`` with every year written in Chinese numerals in Arabic digits (二〇一九年 → 2019年),
    one character for one: what the period cues read."""
    if not HAN_YEAR.search(n):
        return n
    return HAN_YEAR.sub(lambda m: m.group().translate(_HAN_DIGITS), n)


def report_year(n: str, meta: Dict[str, object]) -> Optional[int]:
    """The report's year from its metadata, else from a page date stamp in its head (unless the
    year is a placeholder such as 20xx)."""
    y = meta.get("year") if meta else None
    try:
        year = int(y) if y is not None else None
    except (TypeError, ValueError):
        year = None
    if year is None and not (meta or {}).get("year_placeholder"):
        d = DATE_STAMP.search(n, 0, min(len(n), 300))
        year = int(d.group(1)) if d else None
    return year


class _Hit:
    __slots__ = ("_s", "_e", "_g")

    def __init__(self, s: int, e: int, g: str):
        self._s, self._e, self._g = s, e, g

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self) -> str:
        return self._g


class _Names:
    """Occurrences of a document's place names, found once with str.find (no regex to
    compile per document); ``finditer(text, lo, hi)`` works like a compiled pattern's."""

    def __init__(self, text: str, names: Sequence[str]):
        occ = []
        for name in set(names):
            i = text.find(name)
            while i >= 0:
                occ.append((i, -len(name), name))
                i = text.find(name, i + 1)
        occ.sort()
        hits: List[_Hit] = []
        last_end = -1
        for start, neg, name in occ:  # leftmost, then longest, not overlapping
            if start >= last_end:
                hits.append(_Hit(start, start - neg, name))
                last_end = start - neg
        self.hits = hits
        self.starts = [h.start() for h in hits]

    def any_in(self, lo: int, hi: int) -> bool:
        """True when an occurrence starts in [lo, hi)."""
        k = bisect.bisect_left(self.starts, lo)
        return k < len(self.starts) and self.starts[k] < hi

    def finditer(self, text: str, lo: int = 0, hi: Optional[int] = None):
        hi = len(text) if hi is None else hi
        k = bisect.bisect_left(self.starts, lo)
        while k < len(self.hits) and self.hits[k].start() < hi:
            h = self.hits[k]
            if h.end() <= hi:
                yield h
            k += 1


class _Windows:
    """Clause, sentence and word boundaries of one text, each found once and kept."""

    def __init__(self, n: str, index: Optional[TextIndex] = None):
        self.n = n
        self.index = index if index is not None else TextIndex(n)
        self._bounds: Dict[Tuple[int, int], set] = {}
        self._clauses: Dict[int, Tuple[int, int]] = {}  # figure start → clause bounds
        self._sents: Dict[int, Tuple[int, int]] = {}  # figure start → sentence bounds
        #: where a paragraph ends: a line break; in a text whose paragraphs blank lines separate, not a single one
        #: after a stop before a line that goes on (a page's wrap: structure.PARA_STOP_BLANK)
        self.para = structure_mod.PARA_STOP_BLANK if structure_mod.blank_paragraphs(n) else PARA_STOP

    def _positions(self, stop: "regex.Pattern") -> List[int]:
        return self.index.positions(stop)

    @property
    def heading_starts(self) -> List[int]:
        """Where the text's heading lines start (the text index's headings)."""
        return [h.start for h in self.index.headings]

    def back(self, pos: int, stop: "regex.Pattern", limit: int = 400) -> int:
        """Just after the last stop character before ``pos`` (at most ``limit`` back)."""
        lo = max(0, pos - limit)
        rev = _REVERSED.get(stop)
        if rev is not None:  # one character: a reverse search, no list of every stop
            if pos <= lo:
                return lo
            m = rev.search(self.n, lo, pos)
            return m.end() if m is not None else lo
        p = self._positions(stop)
        k = bisect.bisect_left(p, pos) - 1
        if k >= 0 and p[k] >= lo:
            return p[k] + 1
        return lo

    def forward(self, pos: int, stop: "regex.Pattern", limit: int = 400) -> int:
        """The first stop character at or after ``pos`` (at most ``limit`` on)."""
        hi = min(len(self.n), pos + limit)
        if stop in _REVERSED:
            if pos >= hi:
                return hi
            m = stop.search(self.n, pos, hi)
            return m.start() if m is not None else hi
        p = self._positions(stop)
        k = bisect.bisect_left(p, pos)
        if k < len(p) and p[k] < hi:
            return p[k]
        return hi

    def clause(self, f: Figure) -> Tuple[int, int]:
        """Back to the previous clause stop (through an opening parenthesis), on to the next
        stop or opening parenthesis (at most 400 characters either way)."""
        c = self._clauses.get(f.start)
        if c is None:
            c = self._bounds_of(f)[0]
        return c

    def sentence(self, f: Figure) -> Tuple[int, int]:
        c = self._sents.get(f.start)
        if c is None:
            c = self._bounds_of(f)[1]
        return c

    def _bounds_of(self, f: Figure) -> Tuple[Tuple[int, int], Tuple[int, int]]:
        """Clause and sentence bounds of a figure together (at most 400 characters either
        way): a sentence stop is also a clause stop, so when the clause ends at one, the
        sentence ends there too, and else the sentence search goes on from the clause's end."""
        n = self.n
        start, end = f.start, f.end
        lo = start - 400 if start > 400 else 0
        m = _CLAUSE_BACK(n, lo, start) if start > lo else None
        if m is None:
            cs = ss = lo
        else:
            cs = m.end()
            q = m.start()
            if n[q] in _SENT_CHARS:
                ss = cs
            else:
                m2 = _SENT_BACK(n, lo, q) if q > lo else None
                ss = m2.end() if m2 is not None else lo
        hi = min(len(n), end + 400)
        m = _CLAUSE_FWD(n, end, hi) if end < hi else None
        if m is None:
            ce = se = hi
        else:
            ce = m.start()
            if n[ce] in _SENT_CHARS:
                se = ce
            else:
                m2 = _SENT_FWD(n, ce + 1, hi) if ce + 1 < hi else None
                se = m2.start() if m2 is not None else hi
        c, t = self._clauses[start], self._sents[start] = (cs, ce), (ss, se)
        return c, t

    def bounds(self, start: int, end: int) -> set:
        """Word boundaries (absolute offsets) of the segment ``[start, end)``, segmented once."""
        key = (start, end)
        b = self._bounds.get(key)
        if b is None:
            b = self._bounds[key] = {start + x for x in token_bounds(self.n[start:end])}
        return b


class _Lexicon:
    """Every cue of the rule set matched once over the whole document: (start, end, rule id)
    sorted by start.  Cues anchored on their window's end (``$``) or looking around are
    searched per window instead (``anchored``)."""

    def __init__(self, n: str, iset: IndicatorSet):
        self.n = n
        anchored = _anchored(iset)
        hits = lexicon(iset, anchored).hits(n)  # one pass over the text for all the cue words
        self.hits = hits
        self.starts = [h[0] for h in hits]
        self.anchored = anchored

    def cues_in(self, lo: int, hi: int) -> set:
        """The ids of the rules whose cue matches inside [lo, hi)."""
        out = set()
        hits = self.hits
        k = bisect.bisect_left(self.starts, lo)
        while k < len(hits) and hits[k][0] < hi:
            if hits[k][1] <= hi:
                out.add(hits[k][2])
            k += 1
        return out

    def has(self, r: Rule, cue, lo: int, hi: int, found: Optional[set] = None) -> bool:
        """Whether ``r``'s cue matches inside [lo, hi) (``found``: :meth:`cues_in` of that window)."""
        if r.id in self.anchored:
            return cue(self.n, lo, hi) is not None
        return r.id in (self.cues_in(lo, hi) if found is None else found)


def _anchored(iset: IndicatorSet) -> frozenset:
    """The ids of the rules whose cue is anchored on its window or looks around, kept on the book."""
    got = iset.__dict__.get("_anchored")
    if got is None:
        got = iset.__dict__["_anchored"] = frozenset(
            r.id for r in iset.rules if r.cue is not None and _WINDOW_BOUND.search(r.cue.pattern))
    return got


#: a figure's own noun, then the conjunction that opens the next item (2900户低保户和310户)
ITEM_JOIN = _TEXT.phrase("item_join", reverse=True)


#: a rule named by a cue of the figure's sentence before its clause (see _Indicators.rule_for)
_FAR = object()


class _Indicators:
    """The rule of ``patterns/indicators.yaml`` that gives one figure its indicator."""

    def __init__(self, n: str, iset: IndicatorSet, higher, win: _Windows, fig_ends: List[int],
                 fig_starts: Sequence[int] = ()):
        self.n, self.iset, self.higher, self.win = n, iset, higher, win
        self.fig_ends = fig_ends
        self.fig_starts = fig_starts
        self.lex = _Lexicon(n, iset)
        self._headings: Optional[List[int]] = None

    def rule_for(self, f: Figure) -> Optional[Rule]:
        n = self.n
        fs, fe = f.start, f.end
        cs, ce = self.win.clause(f)
        ss, se = self.win.sentence(f)
        if cs > 0 and n[cs - 1] == "\n":
            cs, ss = self._unwrapped(cs, ss, fs)
        cs = _through_qizhong(n, cs, ss)
        if self.higher is not None and self.higher.search(n, cs, fs):
            return None
        cs = self.item_start(cs, fs)
        in_clause, in_sentence = self.lex.cues_in(cs, fs), self.lex.cues_in(ss, fs)
        far = None  # a sentence-window rule whose cue stands before the clause: the nearest subject wins
        anchored = self.lex.anchored
        # words after the figure are its own up to the next item of an enumeration (356户、未脱贫户42户)
        ae = _ENUM_COMMA.search(n, fe, se)
        ae = ae.start() if ae is not None else se
        copula = _COPULA.match(n, fe, ae)  # the same for every rule's ``after``
        for r, clause_window, after, cue in _plan(self.iset, f.unit):
            if after is not None and _after_copula(n, after, fe, ae, copula):
                hit = True
            elif cue is None or (r.id not in anchored and r.id not in (in_clause if clause_window else in_sentence)):
                continue  # the common case: no cue word at all
            else:
                hit = self._cue_hit(r, clause_window, cue, fs, cs, ce, ss, se, in_clause, in_sentence)
            ws = cs if clause_window else ss
            if not hit or _vetoed(r, n, ws, cs, fs, fe, ss, se):
                continue
            if r.topic is not None and not r.topic.search(self.topic_of(fs)):
                continue
            if hit is _FAR:
                far = far or r
                continue
            return r
        return far

    def _cue_hit(self, r: Rule, clause_window: bool, cue, fs: int, cs: int, ce: int, ss: int, se: int,
                 in_clause: set, in_sentence: set):
        """Whether a cue of ``r`` names the figure: in its window (True), or only in the sentence
        before the figure's clause (_FAR)."""
        lex = self.lex
        if clause_window:
            return lex.has(r, cue, cs, fs, in_clause) and self._cue(r, cs, fs, ce)
        if not (lex.has(r, cue, ss, fs, in_sentence) and self._cue(r, ss, fs, se)):
            return False
        if lex.has(r, cue, cs, fs, in_clause) and self._cue(r, cs, fs, se, ss):  # the sentence's words
            return True
        return _FAR

    def _unwrapped(self, cs: int, ss: int, fs: int) -> Tuple[int, int]:
        """Clause and sentence starts across a soft wrap before ``cs`` (剩余\n贫困人口257户: a soft
        wrap does not end the clause when the line's rest holds no figure of its own; a year is none)."""
        # a blank line may stand in the wrap only when the figure opens the next line (脱贫\n\n  1120户)
        k = _wrapped_from(self.n, cs, _CLAUSE_CHARS, 2 if not self.n[cs:fs].strip() else 1)
        if k is None:
            return cs, ss
        w = self.win.back(k, CLAUSE_STOP)
        j = bisect.bisect_left(self.fig_ends, w + 1)
        if w < cs and (j >= len(self.fig_ends) or self.fig_ends[j] > k):
            return w, self.win.back(k, SENT_STOP)
        return cs, ss

    def topic_of(self, pos: int) -> str:
        """The topic that governs ``pos``: the label of its paragraph before it (教育保障方面：),
        else the nearest heading line above it (within 3000 characters)."""
        a, b = self.topic_span(pos)
        return self.n[a:b]

    def topic_span(self, pos: int) -> Tuple[int, int]:
        """(start, end) of :meth:`topic_of` (an empty span when there is none)."""
        n = self.n
        ps = self.win.back(pos, self.win.para, 3000)
        m = TOPIC_BREAK.search(n, ps, pos)
        if m is not None:
            return ps, m.start()
        if self._headings is None:
            self._headings = [h for h in self.win.heading_starts if _heading_line(n, h) is not None]
        k = bisect.bisect_right(self._headings, pos) - 1
        if k < 0 or pos - self._headings[k] > 3000:
            return pos, pos
        h = self._headings[k]
        line = _heading_line(n, h) or ""
        start = n.find(line, h) if line else h
        return start, start + len(line)

    def item_start(self, cs: int, fs: int) -> int:
        """Start of the enumeration item before ``fs`` in the clause from ``cs``: just after
        the last ``figure、`` (``脱贫不稳定户5018户、边缘易致贫户4876户``: each item names its own)."""
        ends = self.fig_ends
        k = bisect.bisect_left(ends, fs) - 1
        first = True
        while k >= 0 and ends[k] >= cs:
            e = ends[k]
            if e < fs and self.n[e] == "、" and e + 1 < fs:
                return e + 1
            if first and e < fs:
                # 2900户低保户和310户特困人员: the noun after a figure is that figure's
                m = ITEM_JOIN.search(self.n, e, fs)
                # (a 、 only after a noun and right before the next figure: 45户危房改造、32户易地搬迁;
                # 人口3.2万人、8600户 is one item)
                if m is not None and (m.group() != "、" or m.start() > e and not self.n[m.end():fs].strip()):
                    return m.end()
                first = False
            k -= 1
        return cs

    def governing_rule(self, f: Figure, lo: int) -> Optional[Rule]:
        """The rule of the nearest clause before ``f``'s own, back to ``lo``, whose cue names what
        ``f`` counts (``脱贫户共涉及10个村,289户``): clause-window rules without ``after``/``lead``."""
        n = self.n
        cs, _ = self.win.clause(f)
        ss, se = self.win.sentence(f)
        hi = cs - 1
        while hi > max(lo, ss):
            ws = max(self.win.back(hi, CLAUSE_STOP), ss)
            if hi < len(n) and n[hi] in _CLOSE_BRACKET:
                k = max(n.rfind(c, ws, hi) for c in _OPEN_BRACKET)
                if k > ws:
                    hi = k  # 贫困户（含已脱贫户）48户: the words before the gloss name the figure
            if hi < len(n) and n[hi] in "；;":
                return None  # a new segment: its subject is its own
            if self.higher is not None and self.higher.search(n, ws, hi):
                return None
            r = self._clause_rule(f.unit, ws, self._before_last_group(ws, hi), ss, se)
            if r is not None:
                return r
            hi = ws - 1
        return None

    def _before_last_group(self, ws: int, hi: int) -> int:
        """Where the words of the clause [ws, hi) end before its last group of figures: the
        subject of that group stands before it (贫困户共计320户，共计1120人)."""
        starts, ends = self.fig_starts, self.fig_ends
        k = bisect.bisect_left(starts, hi) - 1
        if k < 0 or starts[k] < ws:
            return hi
        while k > 0 and starts[k - 1] >= ws and starts[k] - ends[k - 1] <= 1:
            k -= 1  # 320户1120人: the group starts at its first figure
        return starts[k]

    def _clause_rule(self, unit: str, ws: int, we: int, ss: int, se: int) -> Optional[Rule]:
        """The first clause-window rule for ``unit`` without ``lead`` whose cue names the clause [ws, we)."""
        n = self.n
        for r, clause_window, _, cue in _plan(self.iset, unit):
            if not clause_window or r.lead is not None or cue is None or not self.lex.has(r, cue, ws, we):
                continue
            if not self._cue(r, ws, we, we):
                continue
            if r.not_ is not None and _outside_glosses(r.not_, n, ws, we):
                continue
            if r.not_sentence is not None and r.not_sentence.search(n, ss, se):
                continue
            return r
        return None

    def _cue(self, r: Rule, ws: int, we: int, seg_end: int, seg_start: Optional[int] = None) -> bool:
        """A cue counts when it starts on a word boundary and ends on one, or ends inside a
        word that closes on a head noun (低保 in 低保户, 建档立卡 in 建档立卡贫困户).
        (:meth:`rule_for` has checked that the window holds a cue match at all.)  The words are
        those of the segment [seg_start (default ``ws``), seg_end), segmented once."""
        window = self.n[ws:we]
        glosses = _glosses(self.n, ws, we)
        b = None
        for m in r.cue.finditer(window, overlapped=True):
            if m.end() == m.start():
                continue
            if glosses and any(a <= m.start() < z for a, z in glosses):
                continue  # 贫困户（含已脱贫户）共48户: a gloss inside brackets names no figure after it
            if b is None:
                b = self.win.bounds(ws if seg_start is None else seg_start, seg_end)
            if _on_words(self.n, b, ws + m.start(), ws + m.end(), we):
                return True
        return False


_OPEN_BRACKET = _TEXT.charset("open_bracket")
_CLOSE_BRACKET = _TEXT.charset("close_bracket")


def _glosses(n: str, ws: int, we: int) -> List[Tuple[int, int]]:
    """The spans (relative to ``ws``) inside brackets of ``n[ws:we]`` that close before its end or
    right after it (a window may end right before its bracket closes): 贫困户（含已脱贫户）."""
    tail = n[ws:we + 1]
    return _closed_brackets(tail) if any(c in tail for c in _CLOSE_BRACKET) else []


def _outside_glosses(pattern, n: str, ws: int, we: int) -> bool:
    """``pattern`` occurs in ``n[ws:we]`` outside brackets that close before the window's end
    (or right after it): a veto word in a gloss (贫困户（含已脱贫户）) vetoes nothing."""
    if pattern.search(n, ws, we) is None:
        return False
    glosses = _glosses(n, ws, we)
    return not glosses or any(not any(a <= x.start() - ws < z for a, z in glosses)
                              for x in pattern.finditer(n, ws, we))


def _closed_brackets(window: str) -> List[Tuple[int, int]]:
    """The spans of ``window`` inside brackets that close within it (innermost pairs)."""
    out, opened = [], []
    for i, c in enumerate(window):
        if c in _OPEN_BRACKET:
            opened.append(i)
        elif c in _CLOSE_BRACKET and opened:
            out.append((opened.pop() + 1, i))
    return out


def _heading_line(n: str, pos: int) -> Optional[str]:
    """The heading line that starts at ``pos`` (short, no sentence end), else None."""
    stop = n.find("\n", pos)
    line = n[pos:len(n) if stop < 0 else stop].strip()
    return line if line and len(line) <= 40 and not line.endswith("。") else None


def _on_words(n: str, b: set, s: int, e: int, we: int) -> bool:
    """Whether the cue match [s, e) stands on the word boundaries ``b`` (see :meth:`_Indicators._cue`)."""
    if s not in b:
        # a cue may close a compound word: 率 in 签约率, 资金 in 专项扶贫资金
        if e in b or e == we:
            prev = max((x for x in b if x < s), default=None)
            return prev is not None and e - prev <= 8 and not any(prev < x < e for x in b)
        return False
    if e in b or e == we:
        return True
    nxt = min((x for x in b if x > e), default=None)
    return nxt is not None and nxt - e <= 3 and n[nxt - 1] in HEAD_CHARS


#: a copula between a figure and the kind it counts (其中36户为低保户, 320户均为建档立卡贫困户)
_COPULA = _TEXT.phrase("copula")
_KIND_CLOSES = regex.compile(r"[，,。；;）)\n]|$")


def _after_copula(n: str, after, fe: int, ae: int, c) -> bool:
    """Whether the rule's ``after`` matches right after the figure, or names the kind after a
    copula there (``c``: _COPULA's match at ``fe``, else None), the kind closing the clause
    (其中36户为低保户。; not 为低保户购买…: a beneficiary)."""
    if after(n, fe, ae) is not None:
        return True
    if c is None:
        return False
    m = after(n, c.end(), ae)
    return m is not None and _KIND_CLOSES.match(n, m.end()) is not None


def _vetoed_after_copula(r: Rule, n: str, fe: int, se: int) -> bool:
    """``not_after`` read after a copula (全镇有320户为建档立卡贫困户: not the unit's households)."""
    c = _COPULA.match(n, fe, se)
    return c is not None and r.not_after.match(n, c.end(), se) is not None


def _vetoed(r: Rule, n: str, ws: int, cs: int, fs: int, fe: int, ss: int, se: int) -> bool:
    """Whether one of the rule's vetoes (not, lead, not_sentence, not_after, sentence) holds."""
    return ((r.not_ is not None and _outside_glosses(r.not_, n, ws, fs))
            or (r.lead is not None and r.lead.fullmatch(n, cs, fs) is None)
            or (r.not_sentence is not None and r.not_sentence.search(n, ss, se) is not None)
            or (r.not_after is not None and (r.not_after.match(n, fe, se) is not None or _vetoed_after_copula(r, n, fe, se)))
            or (r.sentence is not None and r.sentence.search(n, ss, se) is None))


class _Places:
    """The villages of a document (from its metadata, else guessed) and its sections by village."""

    def __init__(self, n: str, meta: Dict[str, object], win: _Windows):
        self.n, self.win = n, win
        self.villages = _village_names(n, meta) + _township_names(n, meta)
        self.villages += [v for v in _subject_villages(n, meta) if v not in self.villages]
        titled = _titled_sections(n, meta)
        self.villages += [v for _, _, v in titled if v not in self.villages]
        self.village_re = _Names(n, self.villages) if self.villages else None
        self.sections = _sections(n, self.village_re, win.heading_starts) + titled
        self.own_whole = _SELF_WHOLE.get((meta or {}).get("level"))

    def household(self, f: Figure) -> Optional[str]:
        """``该户…15840元``: the household named most recently before (林碧婉户)."""
        ss, se = self.win.sentence(f)
        if self.n.find("该户", ss, se) < 0:
            return None
        last = None
        for m in HOUSEHOLD.finditer(self.n, max(0, f.start - 2500), f.start):
            last = m.group("name")
        return last + "户" if last else None

    def section(self, pos: int, ss: int = -1, se: int = -1) -> Optional[str]:
        """The village of the (last) section by village that holds ``pos``; none when the sentence
        [ss, se) (its clause) names the reporting unit's whole (全县 in a county's report)."""
        sc = None
        for (s0, e0, v) in self.sections:
            if s0 <= pos < e0:
                sc = v
        if sc is not None and self.own_whole is not None and ss >= 0 and self.own_whole.search(self.n, ss, se):
            return None
        return sc




#: the characters that end a clause (CLAUSE_STOP's, but the line break)
_CLAUSE_CHARS = _TEXT.charset("wrap_clause_end")
_CLAUSE_COMMA = _TEXT.charset("comma")  # an attribute clause follows its figure's clause after a comma


def _wrapped_from(n: str, pos: int, ends, breaks: int = 2) -> Optional[int]:
    """When the line break(s) before ``pos`` are a soft wrap, the end of the text the line
    before holds (its last character + 1), else None.  A soft wrap: the line before does not
    end on one of ``ends`` and is no heading (a short numbered line anywhere in the text:
    ``二、脱贫成效``; a long numbered paragraph may wrap), and at most ``breaks`` line breaks stand
    between."""
    k = pos - 1
    while k >= 0 and n[k] in " \t\u3000\n":
        k -= 1
    if k < 0 or k == pos - 1 or n[k] in ends or n.count("\n", k, pos) > breaks:
        return None
    line = n.rfind("\n", 0, k) + 1
    if HEADING.match(n, line) and _heading_line(n, line) is not None or TITLE_LINE.search(n, line, k + 1):
        return None
    return k + 1


class _NowCue:
    """A whole-year word as a period cue: it answers ``group("now")`` like a PERIOD_CUE match."""
    __slots__ = ("_s", "_e", "_t")

    def __init__(self, m):
        self._s, self._e, self._t = m.start(), m.end(), m.group()

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self, name: str = "") -> Optional[str]:
        return self._t if name in ("now", "") else None


def _time_cues(n: str) -> list:
    """PERIOD_CUE's matches with the whole-year words that none of them overlaps, in text order."""
    cues = list(PERIOD_CUE.finditer(n))
    extra = [_NowCue(m) for m in WHOLE_YEAR.finditer(n)]
    if not extra:
        return cues
    ends = [m.end() for m in cues]
    kept = [e for e in extra if _overlaps_none(cues, ends, e)]
    return sorted(cues + kept, key=lambda m: m.start())


def _overlaps_none(cues: list, ends: List[int], e) -> bool:
    """Whether the whole-year word ``e`` overlaps none of ``cues`` (their ``ends`` increasing)."""
    k = bisect.bisect_right(ends, e.start())
    return k >= len(cues) or cues[k].start() >= e.end()


class _TimeCues:
    """The period cues of a document, found once: matches, starts, ends (increasing: the cues
    do not overlap), and the indices of the ``YYYY年以来`` ones."""

    def __init__(self, n: str):
        cues = _time_cues(n)
        self.cues = cues
        self.starts = [m.start() for m in cues]
        self.ends = [m.end() for m in cues]
        self.since = [k for k, m in enumerate(cues) if m.group("since")]
        self.since_ends = [cues[k].end() for k in self.since]

    def last(self, lo: int, hi: int, since: bool = False):
        """The last period cue (of the ``since`` kind, when asked) that lies within [lo, hi)."""
        if since:
            k = bisect.bisect_right(self.since_ends, hi) - 1
            if k < 0:
                return None
            k = self.since[k]
        else:
            k = bisect.bisect_right(self.ends, hi) - 1
            if k < 0:
                return None
        return self.cues[k] if self.starts[k] >= lo else None


class _Periods:
    """The period of a figure: the nearest governing time expression, else the report's year."""

    def __init__(self, n: str, year: Optional[int], win: _Windows, fig_starts: Sequence[int] = (),
                 fig_units: Sequence[str] = ()):
        self.n, self.year, self.win = n, year, win
        self.fig_starts = sorted(fig_starts)
        self.units = dict(zip(fig_starts, fig_units))  # figure start → unit
        self.cues = _TimeCues(n)
        self._headings: Optional[list] = None
        self.placeholders = [m.end() for m in PLACEHOLDER_YEAR.finditer(n)]
        self._given: dict = {}  # figure start → the period given (an attribute clause reads its figure's)

    def period_for(self, f: Figure) -> Optional[str]:
        cs, _ = self.win.clause(f)
        before = self._attribute_of(cs, f)
        p = self._given[before] if before is not None else self._own_period(f, cs)
        self._given[f.start] = p
        return p

    def _attribute_of(self, cs: int, f: Figure) -> Optional[int]:
        """The start of the figure whose attribute the figure's clause only adds (累计发放贷款215户，
        金额1030万元; …，涉及资金80万元; …，惠及贫困人口300人; …4320户，共计1.98亿元): the clause has no
        time and no verb of its own (only governed words: an attribute or a benefit word and a lead,
        or a lead alone before a figure of another unit than the one before), and the figure it
        adds to closes the clause right before it in the sentence; or of the total a clause opened
        by 其中 with no time of its own breaks down (其中：… too).  None when it is no such clause."""
        n = self.n
        cs = _through_qizhong(n, cs, 0)
        if cs <= 0 or n[cs - 1] not in _CLAUSE_COMMA or self.cues.last(cs, f.start) is not None:
            return None
        if PARTS_LEAD.match(n, cs):
            return self._total_before(cs, f)
        if not BARE_LEAD.fullmatch(n, cs, f.start):
            return None
        k = bisect.bisect_left(self.fig_starts, cs) - 1
        if k < 0 or self.fig_starts[k] < self.win.back(cs - 1, CLAUSE_STOP):
            return None
        before = self.fig_starts[k]
        if not ATTRIBUTE_WORD.search(n, cs, f.start) and self.units.get(before) in (None, f.unit):
            return None  # a lead alone (共计) before a figure of another unit adds an attribute: …4320户，共计1.98亿元
        return before if before in self._given else None

    def _total_before(self, cs: int, f: Figure) -> Optional[int]:
        """The start of the total a clause opened by 其中 breaks down: the nearest figure of the
        part's unit in the clause before (累计脱贫860户，其中低保户120户: the part shares its period)."""
        ps = self.win.back(cs - 1, CLAUSE_STOP)
        k = bisect.bisect_left(self.fig_starts, cs) - 1
        while k >= 0 and self.fig_starts[k] >= ps:
            start = self.fig_starts[k]
            if self.units.get(start) == f.unit:
                return start if start in self._given else None
            k -= 1
        return None

    def _own_period(self, f: Figure, cs: int) -> Optional[str]:
        year = self.year
        ss = self._sentence_start(f)
        # the last cue before the figure in its sentence (the clause lies inside the sentence):
        # it answers for the clause when it stands in the clause, else for the sentence
        m = self._governing_cue(ss, cs, f)
        if self._placeholder_after(m.end() if m is not None else ss, f.start):
            return None  # 20xx年实施项目5个: the year is left open
        if m is not None and m.start() < cs and self._cumulative_clause(m, cs, f):
            return self._cumulative(ss, f) or None  # 全年脱贫120户，累计脱贫860户: 全年 is the first clause's
        if isinstance(m, _NowCue):  # 全年: the year of the section's heading, else the report's
            h = self._heading_period(f.start)
            return h if h and "-" not in h else (str(year) if year else None)
        p = self._counted_in_clause(m, cs, ss, f.start)
        if p is not None:
            return p
        if m is None or m.start() < cs:
            a = TIME_AFTER.match(self.n, f.end, min(len(self.n), f.end + 24))
            if a is not None:  # 36户于2017年实现脱贫, 356户（2014-2019年）
                return f"{a.group('y')}-{a.group('y2')}" if a.group("y2") else a.group("y")
        p = self._from_sentence(m, cs, ss, f)
        if p is not None:
            return p or None
        return self._beyond_sentence(ss, f)

    def _cumulative_clause(self, m, cs: int, f: Figure) -> bool:
        """Whether the figure's clause counts a cumulative figure (累计 before the figure) of what a
        figure of the same unit counts in the clause of an earlier time ``m`` (全年脱贫120户30人，累计
        脱贫860户3200人): that time tells of its own clause, not of the cumulative one (截至2019年底，累计… has no
        figure by the cue and still governs; 2017年计划出列贫困村46个，…累计实现脱贫72% counts another
        thing)."""
        if CUMULATIVE.search(self.n, cs, f.start) is None:
            return False
        hi = min(self.win.forward(m.end(), CLAUSE_STOP), cs)
        k = bisect.bisect_left(self.fig_starts, m.end())
        while k < len(self.fig_starts) and self.fig_starts[k] < hi:
            if self.units.get(self.fig_starts[k]) == f.unit:
                return True
            k += 1
        return False

    def _beyond_sentence(self, ss: int, f: Figure) -> Optional[str]:
        """The period of a figure whose sentence states no time: a time leading an earlier
        sentence of the paragraph, a ``YYYY年以来`` in it, the heading's, else the report's year."""
        for p in (self._same_year(ss, f), self._lead_of_paragraph(ss, f), self._since_in_paragraph(f)):
            if p is not None:
                return p
        p = self._heading_period(f.start)
        if p is not None:
            return p or None
        return str(self.year) if self.year else None

    def _sentence_start(self, f: Figure) -> int:
        """The start of the figure's sentence; of the sentence before it when this one opens
        with 其中/包括 (it breaks that one down) in the same paragraph."""
        ss, _ = self.win.sentence(f)
        if ss > 0 and PARTS_LEAD.match(self.n, ss) and not self.win.para.match(self.n, ss - 1):
            return self.win.back(ss - 1, SENT_STOP)
        return ss

    def _stated_year(self, lo: int, hi: int) -> Optional[int]:
        """The year of the last plain year cue in [lo, hi) (2018年, 截至2019年底)."""
        while hi > lo:
            m = self.cues.last(lo, hi)
            if m is None:
                return None
            if not isinstance(m, _NowCue) and m.group("year"):
                return int(m.group("y"))
            hi = m.start()
        return None

    def _same_year(self, ss: int, f: Figure) -> Optional[str]:
        """同年/当年 in a sentence that states no other time: the year stated before it in the
        paragraph (2017年，新建公路3公里。同年，新修水渠2条 → 2017)."""
        m = self.cues.last(ss, f.start)
        if m is None or isinstance(m, _NowCue) or not m.group("same"):
            return None
        base = self._stated_year(self.win.back(m.start(), self.win.para, 3000), m.start())
        return str(base) if base is not None else None

    def _counted_from(self, m, ss: int) -> Optional[str]:
        """同比 and 比上年 counted from the year stated before in the sentence (None when none is:
        period_of answers then)."""
        if not FROM_STATED_YEAR.fullmatch(m.group()):
            return None
        base = self._stated_year(ss, m.start())
        if base is None:
            return None
        compared = m.group("yoy") or (m.start() > 0 and self.n[m.start() - 1] in COMPARED_BEFORE)
        return f"{base - 1}-{base}" if compared else str(base - 1)

    def _counted_in_clause(self, m, cs: int, ss: int, fs: int) -> Optional[str]:
        """A cue of the figure's clause counted from a year stated before it in the sentence:
        同比, 比上年 (_counted_from) and a comparison with a year (_compared_until)."""
        if m is None or isinstance(m, _NowCue) or m.start() < cs:
            return None
        if m.group("yoy") or m.group("last"):
            return self._counted_from(m, ss)
        return self._compared_until(m, ss, fs) if m.group("year") else None

    def _compared_until(self, m, ss: int, fs: int) -> Optional[str]:
        """A comparison with a year (比2015年增长45%) runs to the later year stated before it in the
        sentence (2019年…收入达到12560元，比2015年增长45% → 2015-2019), else period_of answers."""
        n = self.n
        compared = (m.start() > 0 and n[m.start() - 1] in COMPARED_BEFORE) or COMPARED.search(n, m.end(), fs)
        if not compared:
            return None
        base = self._stated_year(ss, m.start())
        y = int(m.group("y"))
        return f"{y}-{base}" if base is not None and base > y else None

    def _lead_of_paragraph(self, ss: int, f: Figure) -> Optional[str]:
        """The period of the paragraph's nearest earlier time when it opens its sentence, is
        closed by a comma and that sentence states no figure (2018年，全乡上下合力攻坚。共实施项目12个
        → 2018; not 2014年，全村识别贫困户120户。经过帮扶，已脱贫115户: a baseline told, then now).
        A year after the report's opening a sentence of the paragraph, figures or not, governs the
        later sentences: a plan (2020年，确保剩余25户全部脱贫。计划投入扶贫资金1200万元).  Any other
        time in between (目前，…) has the say: None."""
        m = self.cues.last(self.win.back(ss, self.win.para, 3000), ss)
        if m is None or isinstance(m, _NowCue) or not any(m.group(k) for k in _LEAD_KINDS):
            return None
        st = self.win.back(m.start(), SENT_STOP)
        if not LEAD_TIME_AFTER.match(self.n, m.end()):
            return None
        p = period_of(self.n, self.year, m, f.start) or None
        if self._plan_year(p):  # a year after the report's opens a plan, told over several sentences
            return p if LEAD_TIME_BEFORE.fullmatch(self.n[st:m.start()]) else None
        if not LEAD_TIME_BEFORE.fullmatch(self.n, st, m.start()):
            return None
        k = bisect.bisect_left(self.fig_starts, st)
        if k < len(self.fig_starts) and self.fig_starts[k] < self.win.forward(m.end(), SENT_STOP, 3000):
            return None  # the leading sentence states figures: it tells of its own time only
        return p

    def _plan_year(self, p: Optional[str]) -> bool:
        """Whether the period ``p`` is one year after the report's (2020年，… in a 2019 report)."""
        return bool(p and p.isdigit() and self.year and int(p) > self.year)

    def _placeholder_after(self, lo: int, hi: int) -> bool:
        """Whether a placeholder year (20xx年) ends in [lo, hi]."""
        k = bisect.bisect_left(self.placeholders, lo)
        return k < len(self.placeholders) and self.placeholders[k] <= hi

    def _from_sentence(self, m, cs: int, ss: int, f: Figure) -> Optional[str]:
        """The period the figure's sentence gives it through its governing cue ``m`` ("" for
        none at all, None when the sentence does not decide)."""
        n, year = self.n, self.year
        if m is not None and m.start() >= cs:
            p = period_of(n, year, m, f.start)
            if p is not None:
                return p
        if m is None and CUMULATIVE.search(n, cs, f.start) is not None:
            return self._cumulative(ss, f) or ""
        if year and IN_PROGRESS.search(n, cs, f.start):
            return str(year)  # 正在实施…4处: work under way now (this clause only)
        if m is None:
            m = self._soft_wrapped_cue(ss, f)
        return period_of(n, year, m, f.start) if m is not None else None

    def _cumulative(self, ss: int, f: Figure) -> Optional[str]:
        """累计完成危房改造1473户: no start year, no period (but a cue before a soft line wrap,
        the paragraph's 以来 span, or the heading's time: 二、2016年以来脱贫成效 / 一、2019年工作)."""
        wrapped = self._soft_wrapped_cue(ss, f)
        if wrapped is not None:
            p = period_of(self.n, self.year, wrapped, f.start)
            if p is not None:
                return p or None
        p = self._since_in_paragraph(f)
        return p if p is not None else self._heading_period(f.start)

    def _heading_period(self, pos: int) -> Optional[str]:
        """The period of the nearest heading above ``pos`` that states one (``2019年工作开展情况``,
        ``一、2016年以来脱贫攻坚成效``), looking up through that heading's ancestors only."""
        if self._headings is None:
            starts = sorted(set(self.win.heading_starts) | set(_bare_time_headings(self.n)))
            hs = _heading_periods(self.n, self.year, starts)
            self._headings = ([h[0] for h in hs], hs)
        starts, hs = self._headings
        k = bisect.bisect_right(starts, pos) - 1
        rank = 99  # the level of the nearest heading passed: only its ancestors (lower levels) count
        while k >= 0:
            _, level, period = hs[k]
            if level <= rank:
                if period is not None:
                    return period
                if level == 1:
                    return None
                rank = level
            k -= 1
        return None

    def _soft_wrapped_cue(self, ss: int, f: Figure):
        """The cue of the line before a soft line wrap (农\n业人口, 脱贫\n\n  1120户: a line
        that does not end a sentence and is no heading goes on in the next one)."""
        k = _wrapped_from(self.n, ss, HARD_END)
        if k is None:
            return None
        ls = self.win.back(k, SENT_STOP)
        return self._governing_cue(ls, ls, f)

    def _since_in_paragraph(self, f: Figure) -> Optional[str]:
        """The span of a ``YYYY年以来`` earlier in the figure's paragraph (up to a topic label)."""
        if not self.year:
            return None
        ps = max(self.win.back(f.start, self.win.para, 3000), self.win.back(f.start, TOPIC_BREAK, 3000))
        m = self.cues.last(ps, f.start, since=True)
        if m is None:
            return None
        y = m.group("sy") or m.group("sy2")
        return f"{y}-{self.year}" if int(y) < self.year else y

    def _governing_cue(self, ss: int, cs: int, f: Figure):
        """The nearest period cue before ``f`` in its sentence that governs it: a comparison's
        base (比去年, 与2016年相比) governs only its own clause, and a base inside ``占…的``
        (占2020年末脱贫人口的13.99%) governs nothing."""
        n = self.n
        hi = f.start
        whole = None  # 全年 is the year an earlier cue of the sentence names, else the report's
        while True:
            m = self.cues.last(ss, hi)
            if m is None:
                return whole
            if isinstance(m, _NowCue):
                whole, hi = whole or m, m.start()
                continue
            if m.group("same"):  # 当年 says no more than a time stated before it (_same_year)
                hi = m.start()
                continue
            before = n[m.start() - 1] if m.start() > 0 else ""
            if m.start() < cs and (m.group("yoy") or (before in COMPARED_BEFORE and m.group("last"))):
                hi = m.start()  # 比去年增长8%, 同比增加12户: the comparison governs its own clause only
                continue
            if self._in_base(m, f.start):
                hi = m.start()
                continue
            return m

    def _in_base(self, m, fs: int) -> bool:
        """Whether the cue ``m`` stands in the base of a share (占2020年末脱贫人口的13.99%) that
        closes before the figure at ``fs``: the base's time is not the share's."""
        n = self.n
        z = n.rfind("占", max(0, m.start() - 40), m.start())
        if z < 0 or z < self.win.back(m.start(), CLAUSE_STOP) or n[m.start() - 1] in COMPARED_BEFORE:
            return False
        stop = BASE_STOP.search(n, m.end(), min(len(n), m.end() + 60))
        end = min(fs, stop.start() if stop else m.end() + 60)
        return n.find("的", m.end(), end) >= 0


def period_of(n: str, year: Optional[int], m, hi: int) -> Optional[str]:
    """The period a PERIOD_CUE match ``m`` gives a figure that stands at ``hi`` after it, in a
    report of ``year`` ("" for none; None when the cue says nothing)."""
    for kind, fn in _PERIOD_KINDS:
        if m.group(kind):
            return fn(n, year, m, hi)
    return None


def _since_period(n: str, year: Optional[int], m, hi: int) -> str:
    y = m.group("sy") or m.group("sy2")
    return f"{y}-{year}" if year and int(y) < year else y


def _span_period(n: str, year: Optional[int], m, hi: int) -> str:
    a, b = m.group("a"), m.group("b")
    if b is None:  # 2016年至今年, 2014年至去年: the report's year, or the one before it
        if not year:
            return a
        b = str(year + _TEXT.relative.get(m.group("brel") + "年", 0))
    b = a[:2] + b if len(b) == 2 else b  # 2016-18年
    return a if a == b else f"{a}-{b}"


def _year_period(n: str, year: Optional[int], m, hi: int) -> str:
    # 由2014年的15.3%下降至0.62%: the figure after 至/到 is the report's own time
    if year and TO_NOW.search(n, m.end(), hi) and PAIR_FROM.search(n, max(0, m.start() - 3), m.start()):
        return str(year)
    listed = YEAR_LISTED.search(n, max(0, m.start() - 30), m.start())
    if listed is not None and listed.group(1) < m.group("y"):
        return f"{listed.group(1)}-{m.group('y')}"
    # 与2016年相比增长16056%, 比2018年增长21%: a change from that year to the report's
    compared = m.start() > 0 and n[m.start() - 1] in COMPARED_BEFORE
    if year and int(m.group("y")) < year and (compared or COMPARED.search(n, m.end(), hi)):
        return f"{m.group('y')}-{year}"
    return m.group("y")


def _now_period(n: str, year: Optional[int], m, hi: int) -> str:
    return str(year) if year else ""


def _last_period(n: str, year: Optional[int], m, hi: int) -> str:
    if not year:
        return ""
    y = year + RELATIVE.get(m.group("last"), -1)
    if m.group("last_since") and y < year:
        return f"{y}-{year}"  # 去年以来
    compared = m.start() > 0 and n[m.start() - 1] in COMPARED_BEFORE
    if y < year and (compared or COMPARED.search(n, m.end(), hi)):
        return f"{y}-{year}"  # 比去年增长8%, 与去年同期相比减少32人
    return str(y)


def _same_period(n: str, year: Optional[int], m, hi: int) -> str:
    return str(year) if year else ""  # 当年 with no year stated before: the report's


def _yoy_period(n: str, year: Optional[int], m, hi: int) -> str:
    return f"{year - 1}-{year}" if year else ""  # 同比增长8%


def _plan_period(n: str, year: Optional[int], m, hi: int) -> str:
    a, b = PLANS[m.group("plan")]
    if year and a < year < b and m.group("plan_since"):
        b = year  # 十三五以来 in a report of 2019: 2016-2019
    return f"{a}-{b}"


def _nyears_period(n: str, year: Optional[int], m, hi: int) -> str:
    k = m.group("nyears")
    k = int(k) if k.isdigit() else _CN_DIGIT.get(k, 0)
    if not year or k < 1:
        return ""
    return str(year) if k == 1 else f"{year - k + 1}-{year}"


#: the groups of PERIOD_CUE in the order they are asked, and what each gives
_PERIOD_KINDS = (("since", _since_period), ("span", _span_period), ("year", _year_period), ("now", _now_period),
                 ("last", _last_period), ("same", _same_period), ("yoy", _yoy_period), ("plan", _plan_period),
                 ("nyears", _nyears_period))


def _heading_periods(n: str, year: Optional[int], starts: Sequence[int]) -> List[Tuple[int, int, Optional[str]]]:
    """(start, level, period or None) of every heading line of the text (they start at
    ``starts``), in order."""
    out = []
    for pos in starts:
        stop = n.find("\n", pos)
        line_end = len(n) if stop < 0 else stop
        line = n[pos:line_end].strip()
        if not line or len(line) > 40 or line.endswith("。"):
            continue
        period = None
        for m in PERIOD_CUE.finditer(n, pos, line_end):
            # (a relative year or a count of years too: （一）去年工作情况, 二、近三年脱贫成效)
            if any(m.group(k) for k in ("year", "since", "span", "plan", "last", "nyears")):
                period = period_of(n, year, m, line_end)
                break
        out.append((pos, _heading_level(line), period))
    return _plan_part_runs_on(_dense_levels(out), year)


#: a line standing alone as a heading with no number: short, no stop in it, a time in it
_BARE_HEADING = regex.compile(r"^[ \t\u3000]*(?P<line>[^\n，。；：,;:！？!?、\d]{0,6}(?:19|20)\d\d[^\n，。；：,;:！？!?、]{0,10}?)[ \t\u3000]*$",
                              regex.MULTILINE)


def _bare_time_headings(n: str) -> List[int]:
    """Where a numberless heading stating a time starts (2018年工作情况 on a line of its own, the
    line before it ending a paragraph, a line after it): not the title (the first line,
    …总结/报告), not a line that is only a date (2021年2月4日)."""
    out = []
    first = len(n) - len(n.lstrip())
    for m in _BARE_HEADING.finditer(n):
        a, b = m.span()
        line = m.group("line")
        if a <= first or REPORT_TITLE.search(line) or _DATE_LINE.search(line) or not PERIOD_CUE.search(line) \
                or len(line.strip()) < 6:
            continue
        prev = n[n.rfind("\n", 0, max(0, a - 1)) + 1:max(0, a - 1)].strip()
        if _closed_or_heading(prev) and n[b:].strip():
            out.append(a)
    return out


def _closed_or_heading(line: str) -> bool:
    """Whether a line ends a paragraph: blank, closed by a stop, a title or heading line, or a short
    line with no stop in it (not a line a hard wrap cut off)."""
    return (not line or line[-1] in "。！？!?；;：:" or TITLE_LINE.search(line) is not None
            or HEADING.match(line) is not None or len(line) <= 20 and not _ANY_STOP.search(line))


_ANY_STOP = regex.compile(r"[，。；：,;:！？!?]")


#: a date's month and day (a signature's or a stamp's date line is no heading)
_DATE_LINE = regex.compile(r"\d\s*月\s*\d{1,2}\s*日|\d\s*月份?\s*$|\d{1,2}:\d\d")


def _dense_levels(hs: List[Tuple[int, int, Optional[str]]]) -> List[Tuple[int, int, Optional[str]]]:
    """The levels renumbered 1, 2, … over the shapes the text uses: its top headings are level 1
    whatever their shape (a report numbered （一）, 1., （1） has （一） on top)."""
    rank = {level: k + 1 for k, level in enumerate(sorted({h[1] for h in hs}))}
    return [(pos, rank[level], period) for pos, level, period in hs]


def _plan_part_runs_on(hs: List[Tuple[int, int, Optional[str]]], year: Optional[int]) -> List[Tuple[int, int, Optional[str]]]:
    """A report's plan part runs to its end: once a top heading names a year after the report's
    (``二、2021年主要目标`` in a plan whose review section gives the report 2020), the top headings after it
    that name no period of their own (``三、重点工作措施``) stand in that year."""
    if year is None:
        return hs
    out, plan = [], None
    for pos, level, period in hs:
        if level == 1:
            if period is not None:
                plan = period if period.isdigit() and int(period) > year else None
            elif plan is not None:
                period = plan
        out.append((pos, level, period))
    return out


_ENUM_COMMA = _TEXT.regex("enumeration_comma")

#: a cue that depends on where its window ends or looks around: searched per window
_WINDOW_BOUND = regex.compile(r"\$|\(\?<?[=!]|\\b|\\B")


def _plan(iset: IndicatorSet, unit: str) -> list:
    """The rules for ``unit`` in file order as (rule, clause window?, after.match, cue.search),
    kept on the rule set (its cache, like :meth:`IndicatorSet.rules_for_unit`)."""
    plans = iset.__dict__.setdefault("_plans", {})
    plan = plans.get(unit)
    if plan is None:
        plan = plans[unit] = [(r, r.window == "clause", r.after.match if r.after is not None else None,
                               r.cue.search if r.cue is not None else None) for r in iset.rules_for_unit(unit)]
    return plan


# ---------------------------------------------------------------------- structures
def _pairs(figs: Sequence[Figure], inds: List[Optional[str]], rules: List[Optional[Rule]]) -> None:
    """``36户84人``: the persons figure shares the households figure's rule, and back."""
    for i in range(len(figs) - 1):
        a, b = figs[i], figs[i + 1]
        if a.unit == "户" and b.unit == "人" and b.start - a.end <= 1:
            ra, rb = rules[i], rules[i + 1]
            if ra is not None and inds[i] is not None and "人" in ra.emits:
                inds[i + 1], rules[i + 1] = ra.emits["人"], ra
            elif ra is not None and inds[i] is not None and rb is not None and rb is not ra:
                # 危房改造…3户9人: the persons live in the households the measure counts; a rule
                # that counts no persons leaves them none (not the registered poor a farther cue names)
                inds[i + 1], rules[i + 1] = None, None
            elif rb is not None and inds[i + 1] is not None and "户" in rb.emits and inds[i] is None:
                inds[i], rules[i] = rb.emits["户"], rb


#: what a bare figure's clause may hold before it, and may not hold right after it
BARE_LEAD = _TEXT.bare_regex  # patterns/text.yaml governed: lead and attribute words
BARE_TAIL = regex.compile(r"[^，。；,;：:\s（(）)]")


def _governed(finder: _Indicators, figs: Sequence[Figure], st, inds: List[Optional[str]],
              rules: List[Optional[Rule]], by_cue: bool = True) -> None:
    """A bare figure (its clause is the figure, its pair and at most 共/有/计 …) takes the nearest
    subject of an earlier clause of its sentence, when no figure of the same unit stands between
    (that figure is the governed one): ``脱贫户共涉及10个村,289户、786人``."""
    n = finder.n
    for i, f in enumerate(figs):
        if inds[i] is not None or any(inds[j] is not None for j in st.pair_of(i)):
            continue
        group = st.pair_of(i)
        first, last = figs[group[0]], figs[group[-1]]
        cs, _ = finder.win.clause(first)
        if _repeated_verb(finder, cs, first.start):
            _series_item(finder, figs, inds, rules, i, cs)
            continue
        if not BARE_LEAD.fullmatch(n, cs, first.start):
            _attribute_item(finder, figs, inds, rules, i, cs)
            continue
        if (BARE_TAIL.match(n, last.end) and not _benefit_names(n, cs, first.start, last.end)
                and not BENEFIT_AFTER.match(n, last.end)):
            continue
        lo = 0
        for j in range(i - 1, -1, -1):
            if figs[j].unit == f.unit and j not in st.pair_of(i):
                lo = figs[j].end
                break
        r = finder.governing_rule(f, lo) if by_cue else None
        if r is None and (ATTRIBUTE_WORD.search(n, cs, first.start) or _other_unit_before(figs, group)):
            # 金额580万元, 安置…86人, 共计1860万元 after 386户: not a sum (合计) of the figure before
            r = _rule_before(finder, figs, rules, i, max(lo, cs - 1))
        if r is not None:
            inds[i], rules[i] = r.emits.get(f.unit), r


#: a time or an adverb and a verb alone before a figure (…，2019年发放0.8亿元; 今年新增发放3680万元; 累计发放4320户)
SERIES_ADVERB = _TEXT.phrase("series_adverb")
SERIES_ADVERB_ALONE = _TEXT.phrase("series_adverb_alone")
TIME_VERB = regex.compile(rf"\s*(?:(?:{_TEXT.bare_time})\s*(?:{SERIES_ADVERB.pattern})?|(?:{SERIES_ADVERB_ALONE.pattern}))"
                          rf"(?P<verb>\p{{Han}}{{2}})\s*")


def _series_item(finder: "_Indicators", figs: Sequence[Figure], inds: List[Optional[str]],
                 rules: List[Optional[Rule]], i: int, cs: int) -> None:
    """A figure after a time and the verb of the clause before (累计发放…3.2亿元，2019年发放0.8亿元) takes
    the indicator of the figure of its unit closing that clause."""
    ps = finder.win.back(cs - 1, CLAUSE_STOP)
    for j in range(i - 1, -1, -1):
        if figs[j].start < ps:
            return
        if figs[j].unit == figs[i].unit:
            if inds[j] is not None:
                inds[i], rules[i] = inds[j], rules[j]
            return


def _repeated_verb(finder: "_Indicators", cs: int, fs: int) -> bool:
    """Whether the clause before the figure at ``fs`` is only a time and the verb of the clause before
    it (累计发放扶贫小额信贷3.2亿元，2019年发放0.8亿元): the measure is the earlier one, this year's part
    of it, so the clause is bare."""
    n = finder.n
    m = TIME_VERB.fullmatch(n, cs, fs)
    if m is None or cs <= 0:
        return False
    ps = finder.win.back(cs - 1, CLAUSE_STOP)
    return n.find(m.group("verb"), ps, cs - 1) >= 0


def _attribute_item(finder: _Indicators, figs: Sequence[Figure], inds: List[Optional[str]],
                    rules: List[Optional[Rule]], i: int, cs: int) -> None:
    """An item after 、 that is only an attribute of the figure before it (资助学生2318人次、资金386万元)
    takes that figure's rule when it counts the item's unit."""
    f, n = figs[i], finder.n
    ls = finder.item_start(cs, f.start)
    if ls <= cs or not BARE_LEAD.fullmatch(n, ls, f.start) or not ATTRIBUTE_WORD.search(n, ls, f.start):
        return
    r = _rule_before(finder, figs, rules, i, ls - 1)
    if r is not None:
        inds[i], rules[i] = r.emits.get(f.unit), r


#: an attribute word or a benefit verb (governed.attributes, governed.benefit) in a bare clause
ATTRIBUTE_WORD = _TEXT.words_regex(sorted(set(_TEXT.bare_attributes) | set(_TEXT.bare_benefit), key=len, reverse=True))
#: a benefit verb right after a figure, closing its clause (共有112户受益)
BENEFIT_AFTER = _TEXT.phrase("benefit_after")


def _other_unit_before(figs: Sequence[Figure], group: Sequence[int]) -> bool:
    """The figure right before a bare group counts another unit: a sum word leading the group
    (共计1860万元 after 累计发放386户) cannot sum it."""
    k = group[0] - 1
    return k >= 0 and figs[k].unit not in {figs[g].unit for g in group}


def _rule_before(finder: "_Indicators", figs: Sequence[Figure], rules: List[Optional[Rule]], i: int,
                 hi: int) -> Optional[Rule]:
    """The rule of the figure in the clause right before a bare clause, when it counts the bare
    figure's unit too and no cue named it in that clause (a heading or a lead sentence did:
    （六）小额信贷\n累计发放125户，金额580万元)."""
    f = figs[i]
    ss, _ = finder.win.sentence(f)
    ps = finder.win.back(hi, CLAUSE_STOP)
    for j in range(i - 1, -1, -1):
        g = figs[j]
        if g.end <= max(ss, ps - 1):
            break
        r = rules[j]
        if r is not None and g.end <= hi + 1 and f.unit in r.emits:
            return r
    return None


#: a benefit verb alone before a figure (惠及2800户贫困户, 支持860户贫困户发展产业)
BENEFIT_ADVERB = _TEXT.phrase("benefit_adverb")
BENEFIT_LEAD = regex.compile(rf"\s*(?:{BENEFIT_ADVERB.pattern})?(?:" + "|".join(map(regex.escape, sorted(_TEXT.bare_benefit, key=len, reverse=True))) + r")(?:了)?\s*")


def _benefit_names(n: str, cs: int, fs: int, fe: int) -> bool:
    """The clause is a benefit verb, the figure and the beneficiaries it counts: who the measure
    of an earlier clause reaches (…发放小额信贷1.2亿元，惠及2800户贫困户)."""
    return BENEFIT_LEAD.fullmatch(n, cs, fs) is not None and _BENEFICIARY.match(n, fe) is not None


#: what may stand before a figure whose subject follows it (patterns/text.yaml governed.subject_after)
SUBJECT_AFTER_LEAD = regex.compile(_TEXT.subject_after)


def _subject_after(finder: "_Indicators", figs: Sequence[Figure], st, inds: List[Optional[str]],
                   rules: List[Optional[Rule]]) -> None:
    """A figure (with its pair) whose clause before it is only a lead (有, 使, 为 …) counts what the
    rest of its clause names, read as a clause of its own: ``有2360户9400人实现易地扶贫搬迁``,
    ``为4520名贫困人口签约家庭医生``; the rest also refines a total the words before gave
    (``全镇有1380名建档立卡贫困人口``: registered poor, not the population)."""
    n = finder.n
    done = set()
    chained = -1  # the start of a figure that continues a list after such a lead (有36户贫困户、112名…)
    for i, f in enumerate(figs):
        group = st.pair_of(i)
        if group[0] in done:
            continue
        done.add(group[0])
        first, last = figs[group[0]], figs[group[-1]]
        cs, ce = finder.win.clause(first)
        cs = _through_qizhong(n, cs, finder.win.sentence(first)[0])  # (其中：500余户贫困户 is 其中500余户贫困户)
        if first.start != chained and not SUBJECT_AFTER_LEAD.fullmatch(n, cs, first.start):
            continue
        we = ce
        k = group[-1] + 1
        if k < len(figs) and figs[k].start < we:
            we = figs[k].start  # the next figure's words are its own
            chained = we if n[we - 1] == "、" else -1
        if we - last.end < 2:
            continue
        ss, se = finder.win.sentence(first)
        c = _COPULA.match(n, last.end, we)  # 全镇有36户为贫困户: the kind after the copula
        lo = c.end() if c is not None and we - c.end() >= 2 else last.end
        for j in group:
            _read_after(finder, figs[j], j, lo, we, (ss, se), inds, rules)


def _read_after(finder: "_Indicators", g: Figure, j: int, lo: int, we: int, sentence: Tuple[int, int],
                inds: List[Optional[str]], rules: List[Optional[Rule]]) -> None:
    """The reading of figure ``j`` by the words after its group, [lo, we) (see _subject_after)."""
    n, iset = finder.n, finder.iset
    r = finder._clause_rule(g.unit, lo, we, *sentence)
    ind = r.emits.get(g.unit) if r is not None else None
    if ind is None:
        return
    # the cue is the counted noun itself, and nothing follows it (…有1380名建档立卡贫困人口),
    # or the predicate after the noun names the measure (…实现易地扶贫搬迁); a noun with a
    # predicate no rule reads (帮助15名贫困生安装宽带) says nothing
    ms = list(r.cue.finditer(n, lo, we))
    if not ms or _WHOLE_OF.match(n, lo, ms[0].start()):
        return  # (全县158个行政村中贫困村共103个: the figure is the whole the words after take a part of)
    noun = not n[lo:ms[0].start()].strip()
    if (noun and not _only_head(n, ms[-1].end(), we) and _BENEFICIARY.fullmatch(n, ms[-1].end(), we) is None
            and not _named_then_moved(n, g, ms[0].end(), we)):
        return  # (a measure's poor named by the measure: 36户易地扶贫搬迁贫困户)
    if not noun and not _predicate_follows(n, lo, ms[0].start()):
        return  # 14名党员干部参加了培训: who is counted is no beneficiary of the measure
    # the unit's whole (全乡有…户) yields to the measure the words after name; another
    # reading only to a breakdown of it named by the noun itself
    if inds[j] is None or (ind != inds[j] and (iset.is_unit_total(inds[j])
                                               or noun and iset.refines(ind, inds[j]))):
        inds[j], rules[j] = ind, r


#: the noun a figure counts, then 中: the figure is a whole (158个行政村中…, 62户贫困户中…)
_WHOLE_OF = regex.compile(r"\p{Han}{1,5}?中(?!央|心|学|国|药|医)")
#: a directional complement after a verb (搬迁到, 投入到): the cue before it is a predicate
_DIRECTED = _TEXT.phrase("directed")


def _named_then_moved(n: str, g: Figure, cue_end: int, we: int) -> bool:
    """The words right after a figure name what it counts and a predicate follows: money named
    then spent (1200万元扶贫资金投入到产业项目), or a verb cue with its direction (32户搬迁到集中安置点)."""
    return g.unit == "元" or _DIRECTED.match(n, cue_end, we) is not None


def _only_head(n: str, lo: int, hi: int) -> bool:
    """Nothing but the head of the noun stands in [lo, hi) (the cue may end before the noun's
    head: 易地扶贫搬迁|户)."""
    return all(c in HEAD_CHARS for c in n[lo:hi].strip())


#: who a measure reaches (governed.beneficiaries), right after a figure: 3120户贫困户获得小额信贷
#: (建档立卡 before any of them; a poor or needy person of any kind: 贫困老人, 困难群众)
BENEFICIARY_BEFORE = _TEXT.phrase("beneficiary_mark")
NEEDY_PERSON = _TEXT.phrase("needy_person")
_BENEFICIARY = regex.compile(BENEFICIARY_BEFORE.pattern + "(?:" + "|".join(
    regex.escape(w) for w in sorted(_TEXT.bare_beneficiaries, key=len, reverse=True)) + "|" + NEEDY_PERSON.pattern + ")")


def _predicate_follows(n: str, pos: int, cue_start: int) -> bool:
    """The words from ``pos`` to the cue are a beneficiary and at most four characters of a verb
    (贫困户获得, 实现, 发放小额): the figure counts who the measure after it reaches."""
    m = _BENEFICIARY.match(n, pos, cue_start)
    if m is None:
        return cue_start - pos <= 4
    # after a beneficiary, a verb with its aspect and a short object (接受了技能|培训)
    return cue_start - m.end() <= 6


#: the label that may open a sentence of a bare list (a place, a year, a type: 城关镇43户、河口镇33户)
LIST_LABEL = regex.compile(r"\s*(?:[\p{Han}*＊xX×]{1,6}|(?:19|20)\d\d年)?\s*")


def _lead_sentence(finder: "_Indicators", figs: Sequence[Figure], inds: List[Optional[str]],
                   rules: List[Optional[Rule]]) -> None:
    """A sentence that is only a list of labelled figures takes the subject of the sentence right
    before it when that one names a subject and holds no figure (``（三）易地扶贫搬迁。城关镇43户
    、河口镇33户。``); the items after the first take it through the enumeration."""
    n = finder.n
    prev_end = -1  # end of the previous figure
    for i, f in enumerate(figs):
        ss, se = finder.win.sentence(f)
        first_in_sentence = prev_end < ss
        prev_end = f.end
        if inds[i] is not None or not first_in_sentence:
            continue
        r = _colon_lead(finder, f, ss, se) if ss > 0 or n[ss:f.start].strip() else None
        if r is None and ss > 0 and LIST_LABEL.fullmatch(n, ss, f.start):
            ps = finder.win.back(ss - 1, SENT_STOP)
            if i == 0 or figs[i - 1].end <= ps:  # a sentence before that holds figures is no lead
                r = finder._clause_rule(f.unit, ps, ss - 1, ps, ss)
        if r is not None and f.unit in r.emits and not _own_veto(n, r, ss, f.start):
            inds[i], rules[i] = r.emits[f.unit], r


def _colon_lead(finder: "_Indicators", f: Figure, ss: int, se: int) -> Optional[Rule]:
    """The rule a figure-less label closed by a colon names, when the figure's clause after the
    colon is only a list label (各村贫困户情况：东坡村36户、西岭村28户)."""
    n = finder.n
    cs, _ = finder.win.clause(f)
    if cs <= ss or n[cs - 1] not in "：:" or not LIST_LABEL.fullmatch(n, cs, f.start):
        return None
    ls = max(finder.win.back(cs - 1, CLAUSE_STOP), ss)
    tail = LABEL_TAIL.search(n, ls, cs - 1)
    return finder._clause_rule(f.unit, ls, tail.start() if tail else cs - 1, ss, se)


def _topic_labels(finder: "_Indicators", figs: Sequence[Figure], inds: List[Optional[str]],
                  rules: List[Optional[Rule]]) -> None:
    """A figure with no indicator in a sentence opened by its topic (扶贫资金方面，全县共争取320万元;
    危房改造方面，共完成320户) counts what the topic names, when a rule reads it for its unit."""
    n = finder.n
    for i, f in enumerate(figs):
        if inds[i] is not None:
            continue
        ss, se = finder.win.sentence(f)
        m = TOPIC_LABEL.match(n, ss, f.start)
        if m is None:
            continue
        r = finder._clause_rule(f.unit, m.start(1), m.end(1), ss, se)
        if r is not None and f.unit in r.emits and not _own_veto(n, r, finder.win.clause(f)[0], f.start):
            inds[i], rules[i] = r.emits[f.unit], r


def _own_veto(n: str, r: Rule, lo: int, hi: int) -> bool:
    """Whether the rule's ``not`` vetoes the figure's own words [lo, hi) (a rule carried to a
    figure from a label, a heading or a list's first item)."""
    return r.not_ is not None and _outside_glosses(r.not_, n, lo, hi)


#: a clause that says only that something was done, before its figure (我镇…，共完成32户126人)
DONE_LEAD = _TEXT.phrase("done_lead")


def _heading_topics(finder: "_Indicators", figs: Sequence[Figure], inds: List[Optional[str]],
                    rules: List[Optional[Rule]]) -> None:
    """A figure with no indicator whose clause only says something was done (共完成32户126人) under a
    heading that names a measure (（二）易地扶贫搬迁) counts what the heading names."""
    n = finder.n
    for i, f in enumerate(figs):
        if inds[i] is not None:
            continue
        cs, _ = finder.win.clause(f)
        if not DONE_LEAD.fullmatch(n, cs, f.start):
            continue
        a, b = finder.topic_span(f.start)
        if a >= b:
            continue
        r = finder._clause_rule(f.unit, a, b, a, b)
        if r is not None and f.unit in r.emits and not _own_veto(n, r, cs, f.start):
            inds[i], rules[i] = r.emits[f.unit], r


def _verb_lists(finder: "_Indicators", figs: Sequence[Figure], inds: List[Optional[str]],
                rules: List[Optional[Rule]]) -> None:
    """A verb cue before the first label of a ``、`` list governs every item (资助学前教育120人、义务
    教育580人、高中教育230人): the later items, of its unit, whose label names nothing and no kind of
    household or person (not 低保户21户、残疾人户30户), take the first's rule."""
    n = finder.n
    for i, f in enumerate(figs):
        r = rules[i]
        if r is None or inds[i] is None or r.cue is None:
            continue
        cs, _ = finder.win.clause(f)
        ls = finder.item_start(cs, f.start)
        ends = [m.end() for m in r.cue.finditer(n, ls, f.start)]
        if not ends or not _bare_label(n, ends[-1], f.start):
            continue
        j = i + 1
        while (j < len(figs) and inds[j] is None and figs[j].unit == f.unit and n[figs[j - 1].end] == "、"
               and _bare_label(n, figs[j - 1].end + 1, figs[j].start)):
            if not _own_veto(n, r, figs[j - 1].end + 1, figs[j].start):
                inds[j], rules[j] = r.emits[f.unit], r
            j += 1


def _kind_after_list(finder: "_Indicators", figs: Sequence[Figure], inds: List[Optional[str]],
                     rules: List[Optional[Rule]]) -> None:
    """The kind a copula names after the last item of a ``、`` list of labelled figures, closing the
    clause (东坡村36户、西岭村28户为贫困户。), is every item's: the earlier items of its unit, each only
    a label that names nothing and no kind, take the last one's rule."""
    n = finder.n
    for j, f in enumerate(figs):
        r = rules[j]
        if j == 0 or r is None or inds[j] is None or r.after is None or not _listed_after(n, figs[j - 1]):
            continue
        c = _COPULA.match(n, f.end)
        m = r.after.match(n, c.end()) if c is not None else None
        if m is None or _KIND_CLOSES.match(n, m.end()) is None:
            continue
        items = _list_items(finder, figs, inds, j)
        if len(items) > 1:
            for i in items[1:]:
                inds[i], rules[i] = inds[j], r


def _list_items(finder: "_Indicators", figs: Sequence[Figure], inds: List[Optional[str]], j: int) -> List[int]:
    """The figure ``j`` and the items before it of its 、 list in its clause, of its unit and with no
    indicator, last first, when each is only a place label or a bare one; else ``[j]``."""
    n, f = finder.n, figs[j]
    cs, _ = finder.win.clause(f)
    items = [j]
    k = j - 1
    while k >= 0 and figs[k].start >= cs and _listed_after(n, figs[k]) and figs[k].unit == f.unit and inds[k] is None:
        items.append(k)
        k -= 1
    los = [figs[i - 1].end + 1 if i - 1 in items else cs for i in items]
    return items if all(_item_label(n, lo, figs[i].start) for i, lo in zip(items, los)) else [j]


#: a place label of a list item (东坡村, 三组): its last character a place suffix, no kind in it
_PLACE_LABEL = _TEXT.phrase("item_place_label")


def _item_label(n: str, lo: int, hi: int) -> bool:
    """[lo, hi) names a place (东坡村) or nothing (a bare label, see :func:`_bare_label`)."""
    return _PLACE_LABEL.fullmatch(n, lo, hi) is not None or _bare_label(n, lo, hi)


def _listed_after(n: str, f: Figure) -> bool:
    """A 、 right after the figure: the next figure is the next item of its list."""
    return n[f.end:f.end + 1] == "、"


def _bare_label(n: str, lo: int, hi: int) -> bool:
    """[lo, hi) is a short label that is no kind of household or person (学前教育, not 残疾人户)."""
    label = n[lo:hi].strip()
    return bool(label) and LIST_LABEL.fullmatch(label) is not None and label[-1] not in HEAD_CHARS


def _closes_item(n: str, pos: int) -> bool:
    """Whether a list item ends at ``pos`` (no noun of the figure's own follows: 3个村,19个村民小组)."""
    return pos >= len(n) or n[pos] in "，,、；;。）)\n"


def _label_lists(finder: "_Indicators", figs: Sequence[Figure], inds: List[Optional[str]],
                 rules: List[Optional[Rule]]) -> None:
    """A list of labelled figures whose first label names nothing (a heading, a lead or a colon
    label named the subject: （三）扶贫资金投入\n中央资金320万元，省级资金180万元): the later items of
    its sentence and unit, each only a label, take the first's rule."""
    n = finder.n
    i = 0
    while i < len(figs):
        f, r = figs[i], rules[i]
        i += 1
        if r is None or inds[i - 1] is None:
            continue
        cs, _ = finder.win.clause(f)
        ss, se = finder.win.sentence(f)
        ls = finder.item_start(cs, f.start)
        if (not LIST_LABEL.fullmatch(n, ls, f.start) or not _closes_item(n, f.end)
                or finder._clause_rule(f.unit, ls, f.start, ss, se)):
            continue
        while i < len(figs) and figs[i].start < se and inds[i] is None:
            g = figs[i]
            gs, _ = finder.win.clause(g)
            gl = finder.item_start(gs, g.start)
            if (g.unit != f.unit or not _closes_item(n, g.end)
                    or not LIST_LABEL.fullmatch(n, gl, g.start)):
                break
            if not _own_veto(n, r, gl, g.start):  # 群众自筹60万元 is no poverty fund
                inds[i], rules[i] = r.emits[g.unit], r
            i += 1


def _group_vetoes(finder: _Indicators, figs: Sequence[Figure], st, inds: List[Optional[str]],
                  rules: List[Optional[Rule]]) -> None:
    """A rule's ``not_after`` looks after the whole group (全乡297户、806人中的适龄儿童: the
    group modifies a noun, the first figure alone does not)."""
    n = finder.n
    for group in st.groups:
        if len(group) < 2:
            continue
        end = figs[group[-1]].end
        se = finder.win.sentence(figs[group[-1]])[1]
        for j in group[:-1]:
            r = rules[j]
            if r is not None and r.not_after is not None and r.not_after.match(n, end, se):
                inds[j], rules[j] = None, None


def _group_after(finder: _Indicators, figs: Sequence[Figure], st, inds: List[Optional[str]],
                 rules: List[Optional[Rule]]) -> None:
    """A rule's ``after`` read after the whole group names the group (新识别6户21人为监测对象: the
    words after 21人 name 6户 too, not the 识别 cue before the group)."""
    n = finder.n
    for group in st.groups:
        if len(group) < 2:
            continue
        last = group[-1]
        r = rules[last]
        if r is None or inds[last] is None or r.after is None:
            continue
        if r.after.match(n, figs[last].end, finder.win.sentence(figs[last])[1]) is None:
            continue
        for j in group[:-1]:
            if rules[j] is not r and figs[j].unit in r.emits and not _refines_own(finder, inds[j], r.emits[figs[j].unit]):
                inds[j], rules[j] = r.emits[figs[j].unit], r
        first = group[0]
        if (rules[first] is not r and inds[first] is not None
                and finder.iset.refines(inds[first], inds[last] or "")):
            for j in group[1:]:  # 将边缘易致贫户12户38人纳入监测: the kind named before stays the group's
                if figs[j].unit in rules[first].emits:
                    inds[j], rules[j] = rules[first].emits[figs[j].unit], rules[first]


def _refines_own(finder: _Indicators, own: Optional[str], other: str) -> bool:
    """The figure's own indicator is a breakdown of what a group's after-cue names (edge ⊂ monitored)."""
    return own is not None and own != other and finder.iset.refines(own, other)


#: a clause that opens with a sum word: its figure adds up the figures before it
SUM_LEAD = _TEXT.phrase("sum_lead")


def _sums(finder: _Indicators, figs: Sequence[Figure], st, inds: List[Optional[str]],
          rules: List[Optional[Rule]]) -> None:
    """``帮扶1万元、扶持金2万元、周转金7万元，共计10万元``: a sum with no indicator of its own takes
    the one the figures of its unit before it in the sentence share (two at least, all alike);
    the sum word leads the sum's group (总计293户1319人: 1319人 is a sum too)."""
    n = finder.n
    for i, f in enumerate(figs):
        if inds[i] is not None:
            continue
        lead = figs[st.pair_of(i)[0]]
        cs, _ = finder.win.clause(lead)
        if not SUM_LEAD.fullmatch(n, cs, lead.start):
            continue
        ss, _ = finder.win.sentence(f)
        if cs == ss and ss > 0:  # 合计76户 opening its sentence sums the list of the sentence before
            ss = finder.win.back(ss - 1, SENT_STOP)
        before = [j for j in range(i - 1, -1, -1) if figs[j].start >= ss and figs[j].unit == f.unit]
        got = {inds[j] for j in before}
        if len(before) >= 2 and len(got) == 1 and None not in got:
            inds[i], rules[i] = inds[before[0]], rules[before[0]]


def _respective_subjects(finder: _Indicators, figs: Sequence[Figure], st, inds: List[Optional[str]],
                         rules: List[Optional[Rule]]) -> None:
    """``总户数、总人口、贫困户分别为320户、1210人、45户``: the k-th item after 分别 counts what the
    k-th noun before it names (meaning/respective.py), when a rule reads that noun."""
    for (a, b), items in respective_subjects(finder.n, figs, st):
        ss, se = st.sentence_of[items[0]]
        for j in items:
            r = finder._clause_rule(figs[j].unit, a, b, ss, se)
            ind = r.emits.get(figs[j].unit) if r is not None else None
            if ind is not None:
                inds[j], rules[j] = ind, r


def _group_pairs(figs: Sequence[Figure], st, inds: List[Optional[str]], rules: List[Optional[Rule]]) -> None:
    """``289户、786人``, ``198人183500元``: a group's figures share the rule one of them has."""
    for group in st.groups:
        if len(group) < 2:
            continue
        src = next((j for j in group if inds[j] is not None and rules[j] is not None), None)
        if src is None:
            continue
        for j in group:
            if inds[j] is None and figs[j].unit in rules[src].emits:
                inds[j], rules[j] = rules[src].emits[figs[j].unit], rules[src]


def _enumerated(figs: Sequence[Figure], st, inds: List[Optional[str]], rules: List[Optional[Rule]]) -> None:
    """Items of an enumeration without their own indicator take the previous item's
    (``2016年脱贫27户，2017年9户``, ``甲镇43户234人、乙镇33户161人``)."""
    for enum in st.enumerations:
        for a, b in zip(enum, enum[1:]):
            for ia, ib in zip(st.groups[a], st.groups[b]):
                if inds[ib] is None and inds[ia] is not None:
                    inds[ib], rules[ib] = inds[ia], rules[ia]


def _own_kind(finder: _Indicators, figs: Sequence[Figure], rules: List[Optional[Rule]], st=None):
    """Whether a part with no indicator of its own names a kind its total's rule vetoes (农业人口
    2809人，其中劳动力1665人): the words of its own item before it (of its group's first figure:
    残疾人户30户，34人), read by the `not` of the total's rule; such a part is no breakdown of the
    total and inherits nothing.  (A part with its own indicator is a breakdown by type or cause and
    inherits as before: 脱贫户…其中因病致贫.)"""
    n = finder.n

    def vetoed(total: int, part: int) -> bool:
        r = rules[total]
        if r is None or r.not_ is None:
            return False
        f = figs[st.pair_of(part)[0] if st is not None else part]
        cs, _ = finder.win.clause(f)
        return _outside_glosses(r.not_, n, finder.item_start(cs, f.start), f.start)
    return vetoed


def _structured_parts(iset: IndicatorSet, figs: Sequence[Figure], st, inds: List[Optional[str]],
                      kinds=None) -> None:
    """Parts of a total (structure.total_of) take the total's indicator for their unit unless
    their own refines it (贫困户…其中低保户 keeps 低保; 脱贫户…其中因病致贫 stays 脱贫), or they
    name a kind the total's rule vetoes (``kinds``: _own_kind)."""
    for part, total in sorted(st.total_of.items()):
        tind = inds[total]
        if tind is None or not iset.parts_inherit(tind):
            continue
        if kinds is not None and inds[part] is None and kinds(total, part):
            continue
        fam = iset.family(tind)
        unit = figs[part].unit
        if unit not in fam:
            continue
        own = inds[part]
        if own is None or not (own == fam[unit] or iset.refines(own, tind) or iset.refines(own, fam[unit])):
            inds[part] = fam[unit]


#: a figure-less clause opening a sentence with 中 (剩余贫困人口中，…): the whole its parts break down
SUBJECT_ZHONG = _TEXT.phrase("subject_zhong")


def _subject_of_parts(finder: _Indicators, figs: Sequence[Figure], inds: List[Optional[str]],
                      rules: List[Optional[Rule]]) -> None:
    """``剩余贫困人口中，因病致贫12户，因残致贫8户``: the figures of a sentence that opens with a
    figure-less ``X中，`` are parts of X; they take X's indicator for their unit when they have none
    or a more general one that X refines (poor households by cause); their own stays otherwise
    (``建档立卡贫困户中，已脱贫312户`` stays lifted, ``在已脱贫人口中，纳入监测的有36人`` monitored)."""
    n, iset = finder.n, finder.iset
    seen: Dict[int, Optional[Tuple[int, int]]] = {}
    for i, f in enumerate(figs):
        ss, se = finder.win.sentence(f)
        gs = finder.win.back(f.start, SEGMENT_STOP)  # a ；-segment may open with its own X中 (三是剩余贫困户中，…)
        for lo in {ss, max(ss, gs)}:
            if lo not in seen:
                seen[lo] = _zhong_subject(n, lo, f.start)
        span = seen[max(ss, gs)] or seen[ss]
        if span is None:
            continue
        r = finder._clause_rule(f.unit, span[0], span[1], ss, se)
        tind = r.emits.get(f.unit) if r is not None else None
        if tind is None or not iset.parts_inherit(tind):
            continue
        own = inds[i]
        if own is None or (own != tind and iset.refines(tind, own)):
            inds[i], rules[i] = tind, r


def _zhong_subject(n: str, lo: int, hi: int) -> Optional[Tuple[int, int]]:
    """The span of X of a figure-less ``X中，`` opening the text at ``lo`` (after an item marker such
    as 三是), when it closes before ``hi``."""
    mark = ITEM_MARKER.match(n, lo, hi)
    m = SUBJECT_ZHONG.match(n, mark.end() if mark else lo, hi)
    return m.span(1) if m is not None and m.end() <= hi else None


ITEM_MARKER = _TEXT.phrase("item_marker")
QIZHONG = _TEXT.words_regex(_TEXT.qizhong)
#: 其中 and the mark after it, closing at a clause start (其中：贫困户680户 reads as 其中贫困户680户)
_QIZHONG_MARKED = regex.compile("(?:" + "|".join(map(regex.escape, _TEXT.qizhong)) + r")[:：,，]\s*$")


def _through_qizhong(n: str, cs: int, ss: int) -> int:
    """The clause start before a 其中 whose colon or comma ended the clause before: the words of
    the part are read with their 其中, however it is punctuated (其中：贫困户680户, 其中，贫困户…)."""
    m = _QIZHONG_MARKED.search(n, max(ss, cs - 8), cs)
    return m.start() if m is not None else cs
OPEN_ANY = regex.compile(r"[（(]")
CLOSE_PAREN = regex.compile(r"[）)]")


def _breakdowns(finder: _Indicators, figs: Sequence[Figure], inds: List[Optional[str]], kinds=None) -> None:
    """Parts of a total (其中 …, or a parenthesis right after the total) take its indicator."""
    starts = [f.start for f in figs]
    _paren_breakdowns(finder.n, finder.iset, figs, starts, inds, kinds)
    _qizhong_breakdowns(finder, figs, starts, inds, kinds)


_PAIR_UNITS = {"户", "人"}


def _inherit(iset: IndicatorSet, figs: Sequence[Figure], inds: List[Optional[str]], total: int,
             parts: List[int], kinds=None) -> None:
    """The parts take the total's indicator for their unit, unless their own refines it or they
    name a kind the total's rule vetoes (``kinds``)."""
    tind = inds[total]
    if tind is None or not iset.parts_inherit(tind):
        return
    fam = iset.family(tind)
    # a part counts what its total counts: its unit, or the other of a 户/人 pair (开发公益性岗位68个
    # after 转移就业1256人，其中… is no part of the persons)
    units = _PAIR_UNITS if figs[total].unit in _PAIR_UNITS else {figs[total].unit}
    for p in parts:
        unit = figs[p].unit
        if unit not in fam or unit not in units or (kinds is not None and inds[p] is None and kinds(total, p)):
            continue
        own = inds[p]
        if own is not None and (own == fam[unit] or iset.refines(own, tind) or iset.refines(own, fam[unit])):
            continue
        inds[p] = fam[unit]


def _paren_breakdowns(n: str, iset: IndicatorSet, figs: Sequence[Figure], starts: List[int],
                      inds: List[Optional[str]], kinds=None) -> None:
    """A parenthesis after a figure in the same clause: 1207人(贡考村235人,…), 93户纳入易地搬迁(虾雄村37户,…)."""
    for m in OPEN_ANY.finditer(n):
        o = m.start()
        k = bisect.bisect_left(starts, o)
        if k == 0:
            continue
        i = k - 1
        if o - figs[i].end > 200 or CLAUSE_STOP.search(n, figs[i].end, o):
            continue
        close = CLOSE_PAREN.search(n, o + 1, min(len(n), o + 300))
        if not close:
            continue
        parts = list(range(k, bisect.bisect_left(starts, close.start())))
        if not parts:
            continue
        paired = i > 0 and figs[i - 1].end >= figs[i].start - 1
        _inherit(iset, figs, inds, i - 1 if inds[i] is None and paired else i, parts, kinds)
        if paired and figs[i - 1].unit != figs[i].unit:
            _inherit(iset, figs, inds, i - 1, parts, kinds)


def _qizhong_breakdowns(finder: _Indicators, figs: Sequence[Figure], starts: List[int],
                        inds: List[Optional[str]], kinds=None) -> None:
    """其中: parts after it in the sentence; total = nearest figure before with the first part's unit."""
    n, iset, win = finder.n, finder.iset, finder.win
    for m in QIZHONG.finditer(n):
        q = m.start()
        se = _bracket_end(n, win.back(q, SENT_STOP, 600), q, win.forward(q, SENT_STOP, 600))
        se = _next_qizhong(n, m.end(), se)
        k = bisect.bisect_left(starts, q)
        parts = list(range(k, bisect.bisect_left(starts, se)))
        if not parts:
            continue
        total = _qizhong_total(finder, figs, inds, k, q, figs[parts[0]].unit)
        if total is not None:
            _inherit(iset, figs, inds, total, parts, kinds)
        # parts in a unit the first total does not count (其中新增发放3680万元，新增贷款户810户)
        done = _PAIR_UNITS if figs[parts[0]].unit in _PAIR_UNITS else {figs[parts[0]].unit}
        for unit in dict.fromkeys(figs[p].unit for p in parts if figs[p].unit not in done):
            other = _qizhong_total(finder, figs, inds, k, q, unit, same_sentence=True)
            if other is not None:
                _inherit(iset, figs, inds, other, [p for p in parts if figs[p].unit == unit], kinds)


def _qizhong_total(finder: _Indicators, figs: Sequence[Figure], inds: List[Optional[str]], k: int, q: int,
                   unit: str, same_sentence: bool = False) -> Optional[int]:
    """The total of a 其中 at ``q`` whose first part (figure ``k``) is in ``unit``: the nearest figure
    of that unit in the 其中's sentence (发放小额信贷1.26亿元，惠及贫困户2860户；其中今年新增发放3680万元:
    the money), else (unless ``same_sentence``) the nearest of that unit or of a rule that counts it,
    back to the sentence before."""
    win, iset = finder.win, finder.iset
    ss = win.back(q, SENT_STOP, 600)
    lo = win.back(ss - 1, SENT_STOP, 600) if q > 0 else 0
    for j in range(k - 1, -1, -1):
        if figs[j].start < ss:
            break
        if figs[j].unit == unit:
            return j
    if same_sentence:
        return None
    for j in range(k - 1, -1, -1):
        if figs[j].start < lo:
            break
        if figs[j].unit == unit or (inds[j] and unit in iset.family(inds[j])):
            return j
    return None


def _next_qizhong(n: str, lo: int, se: int) -> int:
    """Where the parts of a 其中 ending at ``lo`` end: at the next 其中 of its own level (not one
    inside a bracket opened after it), which opens parts of its own, else at ``se``."""
    for m in QIZHONG.finditer(n, lo, se):
        if not structure_mod.inside_bracket(n, lo, m.start()):
            return m.start()
    return se


def _bracket_end(n: str, ss: int, q: int, se: int) -> int:
    """Where the parts of a 其中 at ``q`` end: the close of the bracket it stands in (低保户21户
    （其中…15户，…5户）；残疾人户30户: the parts stay inside), else the sentence's end ``se``."""
    o = max(n.rfind(c, ss, q) for c in _OPEN_BRACKET)
    if o < 0 or any(n.find(c, o, q) >= 0 for c in _CLOSE_BRACKET):
        return se
    c = CLOSE_PAREN.search(n, q, se)
    return c.start() if c is not None else se


# ---------------------------------------------------------------------- scope
def _village_names(n: str, meta: Dict[str, object]) -> List[str]:
    names = []
    for v in (meta or {}).get("villages") or []:
        if isinstance(v, str) and v.endswith("村") and 3 <= len(v) <= 6:
            names.append(v)
    if not names and "villages" not in (meta or {}):  # no metadata step ran: guess from the text
        seen = set()
        for m in VILLAGE.finditer(n):
            stem = m.group(1)
            if stem[0] in VILLAGE_GENERIC or set(stem) & VILLAGE_STOP or stem in seen:
                continue
            seen.add(stem)
            names.append(stem + "村")
    return names


VILLAGE_SUBJECT = _TEXT.phrase("village_subject")  # patterns/text.yaml phrases.village_subject
VILLAGE_ITEM = _TEXT.phrase("village_item")  # patterns/text.yaml phrases.village_item


def _subject_villages(n: str, meta: Dict[str, object]) -> List[str]:
    """In a township's report, villages named as the subject of a clause (白石村有贫困户45户),
    which the metadata step keeps only when they recur or stand between boundaries."""
    if (meta or {}).get("level") != "乡镇":
        return []
    names = []
    for m in VILLAGE_SUBJECT.finditer(n):
        stem = m.group(1)
        if stem[0] in VILLAGE_GENERIC or set(stem) & VILLAGE_STOP:
            continue
        if stem + "村" not in names:
            names.append(stem + "村")
    return names + [v for v in _parallel_villages(n) if v not in names]


def _parallel_villages(n: str) -> List[str]:
    """Villages that lead the clauses of figures, two of them at least in one paragraph
    (东坡村脱贫12户；西岭村脱贫15户)."""
    by_line: Dict[int, List[str]] = {}
    for m in VILLAGE_ITEM.finditer(n):
        stem = m.group(1)
        if stem[0] in VILLAGE_GENERIC or set(stem) & VILLAGE_STOP:
            continue
        line = by_line.setdefault(n.rfind("\n", 0, m.start()), [])
        if stem + "村" not in line:
            line.append(stem + "村")
    return [v for line in by_line.values() if len(line) >= 2 for v in line]


#: the report levels whose sub-units are townships (patterns/metadata.yaml levels)
_TOWNSHIP_PARENTS = ("县",)


def _township_names(n: str, meta: Dict[str, object]) -> List[str]:
    """In a county's report, the townships of the gazetteer the text names (城关镇, 河口乡), but
    the reporting unit: its sub-units, as villages are a township's."""
    if (meta or {}).get("level") not in _TOWNSHIP_PARENTS:
        return []
    own = {(meta or {}).get("place"), (meta or {}).get("place_written")}
    names = []
    for s, e, name in scan_townships(n):
        if name in own or name in names:
            continue
        lo = max(0, s - 4)  # a name that starts inside a word is none (位于集镇 holds no 于集镇)
        if s - lo in token_bounds(n[lo:e]):
            names.append(name)
    return names


OWN_WHOLE_COUNTY = _TEXT.phrase("own_whole_county")
OWN_WHOLE_PREFECTURE = _TEXT.phrase("own_whole_prefecture")
COUNTY_SUB_UNIT = _TEXT.phrase("county_sub_unit")
PREFECTURE_SUB_UNIT = _TEXT.phrase("prefecture_sub_unit")
#: report level → the words of its own whole unit (a section of a sub-unit does not own them)
_SELF_WHOLE = {"县": OWN_WHOLE_COUNTY, "市": OWN_WHOLE_PREFECTURE}
#: report level → the names of the sub-units a title line may name (黄土镇：聚焦产业发展促增收)
_SUB_UNIT = {"县": COUNTY_SUB_UNIT, "市": PREFECTURE_SUB_UNIT}
PLACE_TITLE = _TEXT.phrase("place_title")
_SECTION_END = regex.compile(r"\n[ \t\u3000]*\n|\n[ \t\u3000]*[【\[]")


def _titled_sections(n: str, meta: Dict[str, object]) -> List[Tuple[int, int, str]]:
    """(start, end, place) for sections of a sub-unit under a title line that names it, in the
    report of a higher level (a county's 简报: 黄土镇：聚焦产业发展促增收); a section ends at the next
    such line, a blank line or a bracketed title (【数据通报】)."""
    sub_unit = _SUB_UNIT.get((meta or {}).get("level"))
    if sub_unit is None:
        return []
    own = {(meta or {}).get("place"), (meta or {}).get("place_written")}
    heads = [(m.start(), m.group("name")) for m in PLACE_TITLE.finditer(n)
             if sub_unit.search(m.group("name")) and m.group("name") not in own]
    out = []
    for k, (start, name) in enumerate(heads):
        nxt = heads[k + 1][0] if k + 1 < len(heads) else len(n)
        stop = _SECTION_END.search(n, start, nxt)
        out.append((start, stop.start() if stop else nxt, name))
    return out


def _sections(n: str, village_re, starts: Sequence[int]) -> List[Tuple[int, int, str]]:
    """(start, end, village) for sections whose heading line (they start at ``starts``) names
    one village."""
    if village_re is None:
        return []
    out = []
    heads = []
    for pos in starts:  # only the lines that start like a heading
        stop = n.find("\n", pos)
        line = n[pos:] if stop < 0 else n[pos:stop]
        stripped = line.strip()
        if stripped and len(stripped) <= 40 and not stripped.endswith("。"):
            vs = {m.group() for m in village_re.finditer(n, pos, pos + len(line))}
            heads.append((pos, _heading_level(line), vs.pop() if len(vs) == 1 else None))
    for k, (start, level, village) in enumerate(heads):
        if not village:
            continue
        end = len(n)
        for start2, level2, _ in heads[k + 1:]:
            if level2 <= level:
                end = start2
                break
        out.append((start, end, village))
    return out


#: the heading shapes in outline order (text.yaml writes a higher level first)
_HEADING_SHAPES = tuple(regex.compile(_TEXT.heading_indent + s.pattern) for s in _TEXT.heading_shapes)
_NAME_SEP = _TEXT.words_regex(_TEXT.name_joiners)


def _heading_level(line: str) -> int:
    """The outline level of a heading line: the rank of its shape (一、 1, （一） 3, 1. 4 …);
    a line of no shape ranks below them all."""
    return next((k + 1 for k, shape in enumerate(_HEADING_SHAPES) if shape.match(line)), len(_HEADING_SHAPES) + 1)


def _scopes(places: _Places, figs: Sequence[Figure], st=None) -> List[Optional[str]]:
    out = _respectively(places, figs)
    if st is not None:
        for i, name in _listed_places(places.n, figs, st).items():
            out[i] = out[i] or name
    vre = places.village_re
    for i, f in enumerate(figs):
        if out[i] is not None:
            continue
        if vre is None:
            out[i] = places.household(f)
            continue
        if i > 0 and out[i - 1] is not None and f.start - figs[i - 1].end <= 1 and figs[i - 1].unit != f.unit:
            out[i] = out[i - 1]  # 果然村25户93人: the pair shares its place
            continue
        ss, se = places.win.sentence(f)
        # the windows of _place_near all lie in the sentence: skipped when it names no village
        sc = _place_near(places, vre, f, ss) if vre.any_in(min(ss, f.start - 12), se) else None
        if sc is None:
            sc = places.household(f)
        out[i] = sc if sc is not None else places.section(f.start, *places.win.clause(f))
    return out


def _respectively(places: _Places, figs: Sequence[Figure]) -> List[Optional[str]]:
    """``上徐村、金黄村…分别投入资金191万元、270万元``: each figure of a 分别 run takes its name."""
    n = places.n
    out: List[Optional[str]] = [None] * len(figs)
    for i, f in enumerate(figs):
        if out[i] is not None:
            continue
        ss, se = places.win.sentence(f)
        fb = n.rfind("分别", ss, f.start)
        if fb < 0:
            continue
        run = [[i] + _partners(figs, i)]
        j = run[-1][-1]
        while (j + 1 < len(figs) and figs[j + 1].unit == f.unit
               and n[figs[j].end:figs[j + 1].start].strip() in ("、", ",", "，", "和", "及")):
            run.append([j + 1] + _partners(figs, j + 1))  # 36户128人、28户96人: each item with its pair
            j = run[-1][-1]
        if len(run) < 2 or n[fb + 2:f.start].count("，") > 0:
            continue
        names = _name_list(n, ss, fb, len(run))
        if names:
            for k, item in enumerate(run):
                for idx in item:
                    out[idx] = names[k]
    return out


def _partners(figs: Sequence[Figure], i: int) -> List[int]:
    """The figures right after ``i`` that pair with it (36户128人: 128人), of other units."""
    out = []
    k = i + 1
    while k < len(figs) and figs[k].unit != figs[i].unit and figs[k].start - figs[k - 1].end <= 1:
        out.append(k)
        k += 1
    return out


#: the label of an item of a colon list of places (其中：下坪村委12户31人；汤湖7户18人；…):
#: a short name, its 村委(会) left out; a label with a word of a category is no place
PLACE_LABEL = _TEXT.phrase("place_label")  # patterns/text.yaml phrases.place_label
PLACE_VERB_LABEL = _TEXT.phrase("place_verb_label")
NOT_A_PLACE = _TEXT.charset("not_a_place")
PLACE_SUFFIX = _TEXT.phrase("place_suffix")
WHOLE_UNIT = _TEXT.phrase("whole_unit")
#: what stands between two items of such a list, and before its first item
ITEM_GAP = regex.compile(r"\s*[；;，,、]\s*")
#: what opens such a list: a colon, or 其中 and a comma (breakdown.qizhong: 其中，城关镇2150人，…)
LIST_OPEN = regex.compile(r"(?:[:：]|(?:%s)[，,]?)\s*$" % QIZHONG.pattern)
COLON_END = regex.compile(r"[:：]\s*$")


def _listed_places(n: str, figs: Sequence[Figure], st) -> Dict[int, str]:
    """Figure index → the place label of its item, for colon lists of three places or more."""
    out: Dict[int, str] = {}
    run: List[Tuple[Tuple[int, ...], str, str]] = []

    # a list opened by 其中， names places only with their suffix (城关镇, 河口乡), unless its items
    # stand apart as a colon list's do, by ； (其中，下坪村委12户31人；汤湖7户18人；…)
    strict = False
    gaps: List[str] = []

    def close() -> None:
        loose = not strict or gaps and all(g.strip() in ("；", ";") for g in gaps)
        if len(run) >= 3 and len({name for _, name, _ in run}) == len(run) and (
                loose or all(PLACE_SUFFIX.search(name) for _, name, _ in run)) and len({t for _, _, t in run}) == 1:
            out.update((i, name) for group, name, _ in run for i in group)
        run.clear()
        gaps.clear()

    prev_end = None
    for group in st.groups:
        f = figs[group[0]]
        m = _place_label(n, f.start)
        if m is None:
            close()
            prev_end = figs[group[-1]].end
            continue
        joined = prev_end is not None and run and ITEM_GAP.fullmatch(n, prev_end, m.start())
        if joined:
            gaps.append(joined.group())
        else:
            close()
            opened = LIST_OPEN.search(n, max(0, m.start() - 3), m.start())
            if not opened:
                prev_end = figs[group[-1]].end
                continue
            strict = not COLON_END.search(opened.group())
        run.append((group, m.group(1), m.groupdict().get("tail") or ""))
        prev_end = figs[group[-1]].end
    close()
    return out


def _place_label(n: str, fs: int):
    """The place label right before a figure at ``fs`` (after a list stop), else None; a place
    with its suffix and a short verb (青溪县脱贫2.8万人: the group ``tail``, which the items of one
    list must share)."""
    for size in range(6, 1, -1):
        lo = fs - size
        if lo < 1 or n[lo - 1] not in "；;，,、:：":
            continue
        m = PLACE_LABEL.fullmatch(n, lo, fs)
        if m is not None and (not set(n[lo:fs]) & NOT_A_PLACE or PLACE_SUFFIX.search(m.group(1))):
            return m
    for size in range(9, 3, -1):
        lo = fs - size
        if lo >= 1 and n[lo - 1] in "；;，,、:：":
            m = PLACE_VERB_LABEL.fullmatch(n, lo, fs)
            if m is not None:
                return m
    return None


def _place_near(places: _Places, vre, f: Figure, ss: int) -> Optional[str]:
    """The village named right before the figure, else the one village of its clause, of its
    ``；`` segment, or of its sentence before it."""
    n, win = places.n, places.win
    near = None
    for m in vre.finditer(n, max(0, f.start - 12), f.start):
        if f.start - m.end() <= 3 and not CLAUSE_STOP.search(n, m.end(), f.start) and not any(
                c.isdigit() for c in n[m.end():f.start]):
            near = m.group()
    if near is not None:
        return near
    cs, ce = win.clause(f)
    sc = _one_place(n, vre, cs, ce)
    if sc is None and WHOLE_UNIT.search(n, cs, f.start):
        return None  # 全镇建成扶贫车间5个，分布在…村: the unit's own figure
    if sc is None:
        gs, ge = win.back(f.start, SEGMENT_STOP), win.forward(f.end, SEGMENT_STOP)
        sc = _one_place(n, vre, gs, ge, f)
        if sc is None:
            sc = _one_place(n, vre, ss, f.start, f)
    return sc


def _one_place(n: str, vre, lo: int, hi: int, f: Optional[Figure] = None) -> Optional[str]:
    """The one place (or joined list of places) named in [lo, hi); with ``f``, names in brackets
    that do not hold the figure gloss another word (贫困村2个（东坡村、西岭村），贫困户320户)."""
    ms = list(vre.finditer(n, lo, hi))
    if f is not None and ms:
        spans = [(lo + a, lo + b) for a, b in _closed_brackets(n[lo:hi])]
        ms = [m for m in ms if not any(a <= m.start() < b and not a <= f.start < b for a, b in spans)]
    if not ms:
        return None
    names = []
    for m in ms:
        if m.group() not in names:
            names.append(m.group())
    if len(names) == 1:
        return names[0]
    # a list of villages named together: 联胜村、乐北村
    joined = all(n[ms[k].end():ms[k + 1].start()] in ("、", "和", "及", "与") for k in range(len(ms) - 1))
    if joined:
        return "、".join(names)
    return None


def _name_list(n: str, lo: int, hi: int, count: int) -> Optional[List[str]]:
    best = None
    for m in NAME_LIST.finditer(n, lo, hi):
        items = _NAME_SEP.split(m.group(1))
        if len(items) == count:
            best = (items, m.group(2))
    if best is None:
        return None
    items, suffix = best
    out = []
    for it in items:
        if suffix and not it.endswith(("村", "乡", "镇")):
            it = it + "村"
        out.append(it)
    return out
