"""Meaning gaps the metamorphic transforms left open (session 14, branch mean14b).  Made-up text, read under a
title line giving the unit, level and year 2019 (tests/meaning_rows.py).

PAIR_GAPS: a 户/人 pair whose halves a half-width comma and a space (36户, 84人) or a space (36户 84人) separate is
one group, as 36户84人 and 36户，84人 are (meaning/structure.PAIR_GAP): an enumeration of pairs gave its indicator
to its first figure only (tests/morph_audit14b.py pair_sep_half: indicator F1 0.932).  4 of 6 rows failed before.
GLOSS_WRAPS: a pinyin gloss broken by a line wrap inside its brackets (發(\\nfā)生率) is still a gloss
(patterns/text.yaml gloss): 2 of 3 rows failed before (a break before the closing bracket was read already)."""
import pytest

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
 ("fullwidth_after_open", "全縣貧困發（\nfā）生率由9.6%降至0.5%。", "县", {"9.6%": "poverty_incidence"}),
]

OPEN: dict = {}


@pytest.mark.parametrize("text,level,expect", params(PAIR_GAPS, OPEN))
def test_pair_gaps(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", params(GLOSS_WRAPS, OPEN))
def test_gloss_wraps(text, level, expect):
    check(text, level, expect)
