"""Meaning gaps the metamorphic transforms left open (session 14, branch mean14b).  Made-up text, read under a
title line giving the unit, level and year 2019 (tests/meaning_rows.py).

PAIR_GAPS: a 户/人 pair whose halves a half-width comma and a space (36户, 84人) or a space (36户 84人) separate is
one group, as 36户84人 and 36户，84人 are (meaning/structure.PAIR_GAP): an enumeration of pairs gave its indicator
to its first figure only (tests/morph_audit14b.py pair_sep_half: indicator F1 0.932).  4 of 6 rows failed before.
GLOSS_WRAPS: a pinyin gloss broken by a line wrap inside its brackets (發(\\nfā)生率) is still a gloss
(patterns/text.yaml gloss): 3 of 4 rows failed before (a bare break before the closing bracket was read already).
PREV_SENTENCE: in a report whose paragraphs blank lines separate, a single line break after a stop is a page's wrap,
not a paragraph's end: the audit's DocView.prev_sentence reads the sentence before it (tests/morph_wrap14.py wrap18:
dianjun's planned 6.5公里 = 2.2 + 3.3 + 1 was lost, relations 0.930 → 0.944); not before a heading, nor in a report
whose paragraphs single breaks end.  The 2 rows of wrapped stops failed before.  The meaning step's paragraph readings
(同年's year, a paragraph's lead time or 以来, 其中 after the sentence before) go on across the same breaks
(attach._Windows.para, structure.PARA_STOP_BLANK): PARAGRAPH_READINGS, 2 of 3 failed before."""
import pytest

from fupin_extract.audit.core import DocView
from meaning_rows import check, params

PAIR_GAPS = [
 ("enum_comma_space", "确定易地搬迁对象。东村12户, 45人、西村8户, 30人、南村5户, 17人。", "乡镇",
  {"45人": "relocated_population", "8户": "relocated_households", "17人": "relocated_population"}),
 ("total_comma_space", "确定易地搬迁对象。东村12户, 45人、西村8户, 30人。总计20户, 75人。", "乡镇",
  {"20户": "relocated_households", "75人": "relocated_population"}),
 ("enum_space", "全村易地搬迁对象：上坪组6户 21人、下坪组4户 13人。", "村",
  {"21人": "relocated_population", "4户": "relocated_households", "13人": "relocated_population"}),
 ("enum_fullwidth_space", "确定易地搬迁对象。东村12户\u300045人、西村8户\u300030人。", "乡镇",
  {"45人": "relocated_population", "30人": "relocated_population"}),
 ("single_comma_space", "全村有建档立卡贫困户52户, 187人。", "村",
  {"52户": "poor_households", "187人": "poor_population"}),
 ("single_fullwidth_comma", "全镇有建档立卡贫困户52户，187人。", "乡镇",
  {"52户": "poor_households", "187人": "poor_population"}),
]

GLOSS_WRAPS = [
 ("after_open", "全鎮貧困發(\nfā)生率由12.5%下降到0.8%。", "乡镇",
  {"12.5%": "poverty_incidence", "0.8%": "poverty_incidence"}),
 ("before_close", "全村貧困發（fā\n）生率降至1.2%。", "村", {"1.2%": "poverty_incidence"}),
 ("indented_before_close", "全村貧困發（fā\n    ）生率降至1.2%。", "村", {"1.2%": "poverty_incidence"}),
 ("fullwidth_after_open", "全縣貧困發（\nfā）生率由9.6%降至0.5%。", "县", {"9.6%": "poverty_incidence"}),
]

OPEN: dict = {}


@pytest.mark.parametrize("text,level,expect", params(PAIR_GAPS, OPEN))
def test_pair_gaps(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", params(GLOSS_WRAPS, OPEN))
def test_gloss_wraps(text, level, expect):
    check(text, level, expect)


_SECTIONS = "".join(f"{i}、工作{i}。\n\n完成项目{i}个。\n\n" for i in range(1, 5))
PREV_SENTENCE = [
 # (id, document, the sentence whose previous one is read, the previous one or None)
 ("wrap_after_stop", "一、基本情况\n\n全村计划硬化道路6.5公里。\n已完成一组2.2公里、二组3.3公里。\n\n" + _SECTIONS,
  "已完成", "全村计划硬化道路6.5公里。"),
 ("wrap_after_stop_spaced", "一、基本情况\n\n全镇今年发放小额信贷320万元。  \n  其中新增贷款户45户。\n\n" + _SECTIONS,
  "其中新增", "全镇今年发放小额信贷320万元。"),
 ("heading_after_stop", "一、基本情况\n\n全村有贫困户36户。\n（一）产业发展\n\n" + _SECTIONS, "（一）", None),
 ("blank_line", "一、基本情况\n\n全村有贫困户36户。\n\n全村发展茶叶800亩。\n\n" + _SECTIONS, "全村发展", None),
 ("single_break_paragraphs", ("一、基本情况\n全村计划硬化道路6.5公里。\n已完成一组2.2公里。\n" + _SECTIONS).replace("\n\n", "\n"),
  "已完成", None),
]


@pytest.mark.parametrize("text,at,prev", [pytest.param(t, a, p, id=i) for i, t, a, p in PREV_SENTENCE])
def test_prev_sentence(text, at, prev):
    v = DocView("made-up", text, [])
    got = v.prev_sentence(v.n.index(at))
    assert (v.n[got[0]:got[1]] if got else None) == prev


_WRAPPED = "".join(f"{i}、工作{i}。\n\n今年全村围绕产业发展目标\n,完成项目{i}个,带动农户\n增收致富。\n\n" for i in range(1, 5))
PARAGRAPH_READINGS = [
 ("same_year_across_wrap", "一、基本情况\n\n2017年，全村新建公路3公里。\n同年，新修水渠2条，改善\n灌溉条件。\n\n" + _WRAPPED, "村",
  {"2条": ("period", "2017")}),
 ("since_across_wrap", "一、基本情况\n\n2016年以来，全村累计投入资金300万元。\n新建公路12公里，硬化村组\n道路。\n\n" + _WRAPPED,
  "村", {"12公里": ("period", "2016-2019")}),
 ("heading_ends_it", "一、基本情况\n\n2016年以来，全村累计投入资金300万元。\n（一）道路建设\n\n新建公路12公里，硬化村组\n道路。\n\n"
  + _WRAPPED, "村", {"12公里": ("period", "2019")}),
]


@pytest.mark.parametrize("text,level,expect", params(PARAGRAPH_READINGS, OPEN))
def test_paragraph_readings(text, level, expect):
    check(text, level, expect)
