"""Headings of every numbering style (session 14, branch form14): the seen reports number their
sections 一、 > （一） > 1.; a report that numbers them （一） > 1. > （1）, 第一部分 > 一、, 第一， or 1） must
give the same periods (a heading's year governs its section) and scopes (a village's section ends
at the next heading of its level or above).  Before this branch a heading line of the shapes
（1）, 1）, 第一部分, 第二章, 第三， was no heading, and the level of a heading was fixed by its shape
(一、 1, （一） 2, the rest 3), so a report whose top headings were （一） had no top level: of the
rows below, 6 of 11 failed on the code before, 2 of the 3 bullet rows (■ ★ ◆, a shape added
after) and 1 of the 3 rows of numberless headings stating a time.  Made-up text, read under a
title line giving the unit, level and year 2019 (tests/meaning_rows.py).

The same figures in another number form or clause order (NUMBER_FORMS, CLAUSE_ORDER: the classes
tests/morph_form14.py found on the seen reports rewritten): 9 of their 14 rows failed before —
Chinese numerals in a 户/人 pair (a ``not_after`` let only a digit follow, a ``\\p{Han}`` run ran
through the number), a pinyin gloss in full-width brackets, a place as the subject of 有 with the
kind after the figure, a kind named after a whole and its 中 (158个行政村中贫困村共103个), the unit's
whole told by its figure alone before 其中贫困户.  CUE_WORDS: 4 of 6 failed before (安置工作岗位: jieba's
安置工作|岗位; 占二零一九年底…的: a year with 零 read as a year by the periods only).  PUNCTUATED: 11 of 13
failed before (其中： and 其中， ended the clause before the part, so its veto 其中贫困户 was not seen;
其中， lists of places without suffix; 2016年来; 2016年至今年).  SELF_WORDS: 5 of 6 failed before (我村, 本镇, 本乡 where the
rules listed 全村 only; 共有 closing a list).  PAIRS_APART: 2 of 2 failed before.  NOW_WORDS: 1 of 4 failed before
(目前有/共有 before the villages and groups).  QUOTES: 4 of 4 failed before."""
import pytest

from meaning_rows import check, params

N = None
P = "period"
S = "scope"

HEADING_STYLES = [
 # a heading's year governs the figures of its section, whatever the heading's shape
 ("period_arabic_bracketed", "（1）2018年工作情况\n全镇脱贫86户。\n（2）2019年工作情况\n全镇脱贫42户。", "乡镇",
  {"86户": (P, "2018"), "42户": (P, "2019")}),
 ("period_arabic_closing", "1）2017年主要成效\n全村实施危房改造14户。\n2）2018年主要成效\n全村实施危房改造9户。", "村",
  {"14户": [(P, "2017"), "housing_renovated"], "9户": (P, "2018")}),
 ("period_part", "第一部分 2016年以来脱贫成效\n全镇累计脱贫312户。\n第二部分 2019年工作\n全年脱贫86户。", "乡镇",
  {"312户": (P, "2016-2019"), "86户": (P, "2019")}),
 ("period_chapter", "第一章 2018年工作回顾\n（一）产业扶贫\n全县发放产业奖补资金320万元。\n第二章 2019年工作\n（一）产业扶贫\n"
  "全县发放产业奖补资金410万元。", "县", {"320万元": (P, "2018"), "410万元": (P, "2019")}),
 ("period_top_bracketed", "（一）2018年脱贫情况\n1.产业扶贫\n全镇发展产业项目12个。\n（二）2019年脱贫情况\n1.产业扶贫\n"
  "全镇发展产业项目8个。", "乡镇", {"12个": (P, "2018"), "8个": (P, "2019")}),
 ("period_arabic_top", "1.2018年工作\n（1）易地扶贫搬迁\n全镇搬迁贫困户26户。\n2.2019年工作\n（1）易地扶贫搬迁\n全镇搬迁贫困户18户。",
  "乡镇", {"26户": [(P, "2018"), "relocated_households"], "18户": (P, "2019")}),
 # a village's section ends at the next heading of its level or above
 ("scope_bracketed_villages", "二、各村情况\n（1）东坡村\n全村有贫困户36户。\n（2）西岭村\n全村有贫困户28户。\n三、存在问题\n"
  "全镇尚有未脱贫户3户。", "乡镇", {"36户": (S, "东坡村"), "28户": (S, "西岭村"), "3户": (S, N)}),
 ("scope_closing_villages", "第二，各村脱贫情况\n1）石桥村\n全村已脱贫42户。\n2）河口村\n全村已脱贫37户。\n第三，下步打算\n"
  "全镇计划脱贫5户。", "乡镇", {"42户": (S, "石桥村"), "37户": (S, "河口村"), "5户": (S, N)}),
 ("scope_chapter_villages", "第二章 各村情况\n一、东坡村\n全村有贫困户36户。\n二、西岭村\n全村有贫困户28户。\n第三章 存在问题\n"
  "全镇尚有未脱贫户3户。", "乡镇", {"36户": (S, "东坡村"), "28户": (S, "西岭村"), "3户": (S, N)}),
 ("scope_part_villages", "第一部分 村级情况\n（一）红旗村\n全村贫困人口112人。\n（二）新华村\n全村贫困人口96人。\n第二部分 全镇情况\n"
  "全镇贫困人口1260人。", "乡镇", {"112人": (S, "红旗村"), "96人": (S, "新华村"), "1260人": (S, N)}),
 ("scope_top_bracketed", "（一）各村情况\n1.东坡村\n全村有贫困户36户。\n2.西岭村\n全村有贫困户28户。\n（二）存在问题\n全镇尚有未脱贫户3户。",
  "乡镇", {"36户": (S, "东坡村"), "28户": (S, "西岭村"), "3户": (S, N)}),
 # a numberless heading stating a time (a short line alone, no stop in it) governs its section;
 # a report's title (…工作总结) does not
 ("period_bare_heading", "2018年工作情况\n全镇脱贫86户。\n2019年工作情况\n全镇脱贫42户。", "乡镇",
  {"86户": (P, "2018"), "42户": (P, "2019")}),
 ("period_bare_heading_b", "2017年度易地扶贫搬迁\n全县搬迁贫困户126户，累计搬迁412户。\n2018年度易地扶贫搬迁\n全县搬迁贫困户98户。", "县",
  {"126户": (P, "2017"), "412户": (P, "2017"), "98户": (P, "2018")}),
 ("period_bare_title_not", "首页 > 工作总结\n2020-03-12 09:31\n青山镇2019年脱贫攻坚工作总结\n全镇累计脱贫312户。", "乡镇",
  {"312户": (P, N)}),
 # a web page's marks (■ ★ ◆) as headings below the numbered ones
 ("period_bullet", "■2018年工作情况\n全镇脱贫86户。\n■2019年工作情况\n全镇脱贫42户。", "乡镇",
  {"86户": (P, "2018"), "42户": (P, "2019")}),
 ("period_bullet_b", "★2017年主要成效\n全村新建通组道路3.2公里。\n★2018年主要成效\n全村新建通组道路2.6公里。", "村",
  {"3.2公里": (P, "2017"), "2.6公里": (P, "2018")}),
 ("scope_bullet_villages", "一、各村情况\n◆东坡村\n全村有贫困户36户。\n◆西岭村\n全村有贫困户28户。\n二、存在问题\n"
  "全镇尚有未脱贫户3户。", "乡镇", {"36户": (S, "东坡村"), "28户": (S, "西岭村"), "3户": (S, N)}),
]

#: the same figures in another number form or script: Chinese numerals (a figure's number reads as
#: a number to the rules whatever its script), full-width digits and separators, a pinyin gloss in
#: full-width brackets (the normaliser keeps （） as written)
NUMBER_FORMS = [
 ("han_pair_self", "全村共三百二十户一千二百六十人。", "村", {"三百二十户": "households_total", "一千二百六十人": "population_total"}),
 ("han_pair_groups", "全镇有十二个村民小组八百六十五户共3120人。", "乡镇", {"八百六十五户": "households_total", "3120人": "population_total"}),
 ("han_pair_mixed", "全乡辖九个行政村，共二千一百户七千八百人。", "乡镇", {"九个": "admin_villages", "二千一百户": "households_total",
                                                            "七千八百人": "population_total"}),
 ("han_poor_pair", "全乡建档立卡贫困户三十六户八十四人，已脱贫三十户。", "乡镇", {"三十六户": "poor_households", "八十四人": "poor_population",
                                                                 "三十户": "lifted_households"}),
 ("fullwidth_pair", "全镇共有贫困户３２０户１１２０人。", "乡镇", {"３２０户": "poor_households", "１１２０人": "poor_population"}),
 ("thousands_money", "全县投入财政专项扶贫资金12,600万元。", "县", {"12,600万元": "poverty_funds"}),
 ("gloss_fullwidth", "貧困發（fā）生率降至0.5%。", "乡镇", {"0.5%": "poverty_incidence"}),
 ("gloss_fullwidth_b", "全鄉（xiāng）貧困人口減至133人，貧困發（fā）生率下降至0.23%。", "乡镇",
  {"133人": "remaining_poor_population", "0.23%": "poverty_incidence"}),
]

#: the same figures in another clause order
CLAUSE_ORDER = [
 ("place_has_kind_after", "项目区内现有144户贫困户，贫困人口578人。", "乡镇", {"144户": "poor_households", "578人": "poor_population"}),
 ("place_has_kind_after_b", "安置小区共有六十八户贫困户。", "乡镇", {"六十八户": "poor_households"}),
 ("whole_then_part_kind_first", "全县158个行政村中贫困村共103个。", "县", {"158个": "admin_villages", "103个": "poor_villages"}),
 ("whole_then_part_kind_first_b", "全乡12个行政村中建档立卡贫困村有5个。", "乡镇", {"12个": "admin_villages", "5个": "poor_villages"}),
 ("unit_whole_then_poor_part", "全村210户806人，其中贫困户32户。", "村", {"210户": "households_total", "32户": "poor_households"}),
 ("unit_whole_then_poor_part_b", "全乡三千六百户一万二千人，其中建档立卡贫困户四百二十户。", "乡镇",
  {"三千六百户": "households_total", "四百二十户": "poor_households"}),
]

#: every word a rule lists works where the seen reports use another (jieba keeps 安置工作|岗位 apart
#: unless the dictionary names the post whole), and a year in Chinese numerals with 零 reads as a
#: year to every rule, not only to the periods (占二零一九年底…的110.18%)
CUE_WORDS = [
 ("posts_gongzuo", "扶贫车间安置工作岗位32个。", "乡镇", {"32个": "employed_poor"}),
 ("posts_gongzuo_b", "建设安置房20套，让贫困户安居；安置工作岗位80个，可解决就业。", "乡镇", {"80个": "employed_poor"}),
 ("posts_wugong", "产业园区提供务工岗位126个。", "县", {"126个": "employed_poor"}),
 ("year_ling_share", "已务工就业贫困人口422人，占二零一九年底务工就业贫困人口383人的110.18%。", "乡镇",
  {"110.18%": ["share", (P, "2019")]}),
 ("year_ling_share_b", "全市监测对象2.6万人，占二零二零年末脱贫人口总数的13.99%。", "市", {"13.99%": "share"}),
 ("year_ling_period", "二零一八年全镇脱贫42户，二零一九年脱贫18户。", "乡镇",
  {"42户": ["lifted_households", (P, "2018")], "18户": ["lifted_households", (P, "2019")]}),
]

#: the same breakdown and the same time however 其中 is punctuated or the time worded: 其中：
#: reads as 其中 (a part of a total that counts no indicator counts none), a list of places after
#: 其中， with its items apart by ； reads as after 其中：, YYYY年来 is a since like YYYY年以来
PUNCTUATED = [
 ("qizhong_colon_none", "解决2600户11200人的饮水难（其中：贫困户520户2180人），实现全覆盖。", "乡镇",
  {"520户": N, "2180人": N}),
 ("qizhong_comma_none", "种植茶叶860亩，涉及43户，其中，贫困户12户。", "村", {"12户": N}),
 ("qizhong_colon_kept", "全镇有贫困户420户，其中：低保贫困户120户。", "乡镇", {"120户": "poor_households"}),
 ("qizhong_comma_places", "有劳动能力户37户117人。其中，上坪村委12户31人;汤溪7户18人;社区2户5人;下洞16户51人。", "乡镇",
  {"31人": (S, "上坪"), "7户": (S, "汤溪"), "51人": (S, "下洞")}),
 ("qizhong_colon_kind_after", "惠及16个村民小组，2000余农户，其中：500余户贫困户，约2000人。", "乡镇", {"500余户": N, "2000人": N}),
 ("qizhong_colon_kind_after_b", "涉及34户，预计可实现产值348万元（其中：10户贫困户，计划产值88万元）。", "乡镇", {"10户": N}),
 ("qizhong_colon_period", "累计脱贫860户，其中：低保户120户。", "乡镇", {"120户": ["lifted_households", (P, N)]}),
 ("qizhong_comma_period_b", "全县累计搬迁安置贫困群众2360人，其中，集中安置1580人。", "县", {"1580人": (P, N)}),
 ("span_to_jinnian", "2016年—今年，实施易地扶贫搬迁安置贫困户73户312人。", "乡镇", {"73户": (P, "2016-2019"), "312人": (P, "2016-2019")}),
 ("span_to_qunian_b", "2014年至去年全县累计脱贫1120户5168人。", "县", {"1120户": (P, "2014-2018")}),
 ("since_nianlai", "2016年来，全镇累计脱贫312户。", "乡镇", {"312户": ["lifted_households", (P, "2016-2019")]}),
 ("since_nianlai_b", "2017年来全县累计投入扶贫资金3000万元。", "县", {"3000万元": ["poverty_funds", (P, "2017-2019")]}),
 ("since_nianlai_not", "2018年来到我镇工作的驻村干部12名。", "乡镇", {"12名": [N, (P, "2018")]}),
]

#: the report's own unit named 我村/本乡/该镇 as it is named 全村, and a sum word 共有 closing a list
#: as 共计 does (the rules listed 全[乡镇村] only)
SELF_WORDS = [
 ("self_wo_pair", "我村443户,1583人，其中蒙古族人口占8%。", "村", {"443户": "households_total", "1583人": "population_total"}),
 ("self_ben_groups", "本镇有14个村民小组3260户共11800人。", "乡镇", {"3260户": "households_total", "11800人": "population_total"}),
 ("self_wo_area", "我村占地总面积25244亩，其中耕地面积2021亩。", "村", {"25244亩": "area_km2", "2021亩": N}),
 ("self_ben_income", "本村人均纯收入6845元。", "村", {"6845元": "per_capita_income"}),
 ("self_ben_part", "本乡3600户12000人，其中贫困户420户。", "乡镇", {"3600户": "households_total", "420户": "poor_households"}),
 ("sum_gongyou", "共搬迁：城关镇120户480人、河口乡80户310人、石门乡37户196人。共有237户986人。", "县",
  {"237户": "relocated_households", "986人": "relocated_population"}),
]

#: a 户/人 pair written with a comma between its figures reads as the pair written together: the
#: kind its first figure names is the pair's (a part of a total naming a kind the total vetoes
#: inherits nothing, its persons neither)
PAIRS_APART = [
 ("pair_comma_kind", "全村村民总户数300户1105人，其中建档立卡贫困户34户135人；残疾人户30户，34人。", "村",
  {"30户": N, "34人": N, "135人": "poor_population"}),
 ("pair_comma_kind_b", "全镇总户数3200户11600人，其中残疾人户86户，102人。", "乡镇", {"86户": N, "102人": N}),
]

#: a unit's villages and groups told with 目前有/共有 before its households and residents, as with 辖/现有
NOW_WORDS = [
 ("groups_muqian_you", "全村目前有3个自然村5个村民小组，共328户1532人。", "村", {"328户": "households_total", "1532人": "population_total"}),
 ("groups_gongyou", "全镇共有6个行政村42个村民小组，共3260户11800人。", "乡镇", {"3260户": "households_total", "11800人": "population_total"}),
 ("now_jieduan", "现阶段全乡有建卡贫困户776户3189人。", "乡镇", {"776户": ["poor_households", (P, "2019")]}),
 ("now_weizhi", "到目前为止，全镇累计脱贫312户。", "乡镇", {"312户": ["lifted_households", (P, "2019")]}),
]

#: corner quotes「」『』 where the seen reports write “”: a household named before a quoted term,
#: a kind of household in quotes (the houses counted, not the renovated ones)
QUOTES = [
 ("household_corner", "针对我乡东坡村农户王建国「一键报贫」情况，乡村干部入户核实。经过核实，该户共同生活为5人。", "乡镇",
  {"5人": (S, "王建国户")}),
 ("household_corner_b", "针对西岭村贫困户李春华『申请救助』情况，经核实，该户年收入8600元。", "乡镇", {"8600元": (S, "李春华户")}),
 ("kind_corner", "项目区内「无房户、危房户」户达44户（其中：无房户25户、危房户19户）。", "村", {"44户": N, "19户": N}),
 ("kind_corner_b", "项目区内『危房户』共有44户。", "村", {"44户": N}),
]

OPEN = {}


@pytest.mark.parametrize("text,level,expect", params(HEADING_STYLES, OPEN))
def test_heading_styles(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", params(NUMBER_FORMS, OPEN))
def test_number_forms(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", params(CLAUSE_ORDER, OPEN))
def test_clause_order(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", params(CUE_WORDS, OPEN))
def test_cue_words(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", params(PUNCTUATED, OPEN))
def test_punctuated(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", params(SELF_WORDS, OPEN))
def test_self_words(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", params(PAIRS_APART, OPEN))
def test_pairs_apart(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", params(NOW_WORDS, OPEN))
def test_now_words(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", params(QUOTES, OPEN))
def test_quotes(text, level, expect):
    check(text, level, expect)
