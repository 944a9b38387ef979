"""Indicators, structures, scope and period — real sentences from corpora/."""
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import fupin_extract as fx
from fupin_extract.figures import find_figures
from fupin_extract.meaning import attach_meaning
from fupin_extract.meaning import indicators
from fupin_extract.normalise import normalise

ROOT = Path(__file__).resolve().parent.parent


def meaning(text, year=2020, villages=None):
    n = normalise(text)
    meta = {"year": year}
    if villages:
        meta["villages"] = villages
    return {f.text: f for f in attach_meaning(find_figures(text, "t", normalised=n), text, n, meta)}


STRUCTURES = [
    # 户/人 pairs
    ("pair", "全乡共核定省定贫困户36户84人（无国定贫困户）",
     {"36户": "poor_households", "84人": "poor_population"}),
    # 其中 keeps a refining indicator, inherits otherwise (lianhe-2019)
    ("qizhong_refines", "目前全乡有建卡贫困户776户3189人，其中已脱贫747户3069人（2019年已脱贫57户227人），剩余29户120人未脱贫。",
     {"776户": "poor_households", "747户": "lifted_households", "57户": "lifted_households",
      "29户": "remaining_poor_households", "120人": "remaining_poor_population"}),
    ("qizhong_inherits", "2019年不安全住房改造共85户，其中C级改造2户，D级1户，申请D级危房专项资金的有9户，拆除重建10户，通过易地搬迁解决3户，通过维修整治49户。",
     {"85户": "housing_renovated", "1户": "housing_renovated", "10户": "housing_renovated", "3户": "housing_renovated"}),
    ("qizhong_across_semicolon", "2019年县内就读享受教育资助的贫困学生为724人，其中学前教育享受免收保教费和生活费的学生为78人；义务教育阶段享受生活费资助的学生为579人，高中教育享受免除学费的学生为67人。",
     {"724人": "education_aid_students", "78人": "education_aid_students", "67人": "education_aid_students"}),
    ("qizhong_total_without_indicator", "2019年人居环境改造共253户，其中改厕50户，改厨64户。",
     {"253户": None, "50户": None}),
    # parenthesised breakdowns (shiqu template)
    ("paren", "现有建档立卡贫困户286户1207人(贡考村235人,夺呷村177人),其中纳入医疗救助1127人。",
     {"286户": "poor_households", "235人": "poor_population", "177人": "poor_population", "1127人": "poor_population"}),
    ("paren_pair_family", "20xx年脱贫231人(翁穷村33户104人、果然村25户93人)",
     {"231人": "lifted_population", "33户": "lifted_households", "104人": "lifted_population"}),
    # negation and shift cues
    ("remaining", "剩余29户120人未脱贫。", {"29户": "remaining_poor_households", "120人": "remaining_poor_population"}),
    ("edge_monitored", "（脱贫不稳定户16户54人，边缘户14户46人）",
     {"16户": "monitored_households", "54人": "monitored_population", "14户": "edge_households", "46人": "edge_population"}),
    ("plan_keeps_indicator", "预计今年可实现稳定脱贫409人。", {"409人": "lifted_population"}),
    ("word_boundary", "坚决打赢脱贫攻坚战，投入资金715万元", {"715万元": "poverty_funds"}),
    ("higher_level_none", "20xx年全村村民人均纯收入6845余元,远远低于全市9121元的平均水平。",
     {"6845余元": "per_capita_income", "9121元": None}),
    ("from_to", "贫困发生率由2014年8.5%下降至目前的0.025%。",
     {"8.5%": "poverty_incidence", "0.025%": "poverty_incidence"}),
    ("share_of_base", "已务工就业贫困人口422人,占2019年底务工就业贫困人口383人的110.18%",
     {"422人": "employed_poor", "383人": "employed_poor", "110.18%": "share"}),
    ("growth", "与2019年纯收入23356元相比至少增长79.8%", {"79.8%": "growth_rate"}),
    # cues inside domain words: 危房 in 危房改造, 率 closing 签约率
    ("cue_in_compound", "2019年完成危房改造186户，其中C级92户、D级94户。",
     {"186户": "housing_renovated", "92户": "housing_renovated", "94户": "housing_renovated"}),
    ("cue_closing_compound", "家庭医生签约服务4321人，签约率100%。", {"4321人": "family_doctor_signed", "100%": "share"}),
]


@pytest.mark.parametrize("name,text,expected", STRUCTURES, ids=[s[0] for s in STRUCTURES])
def test_structures(name, text, expected):
    got = meaning(text)
    for fig, ind in expected.items():
        assert fig in got, (fig, list(got))
        assert got[fig].indicator == ind, (fig, got[fig].indicator, ind)


SCOPES = [
    ("fenbie_villages", "上徐村、金黄村、琼溪村，努力向上争取资金，分别投入资金191万元、270万元、184万元发展村财。",
     {"191万元": "上徐村", "270万元": "金黄村", "184万元": "琼溪村"}),
    ("fenbie_bare_names", "2020年上徐、金黄、琼溪三个贫困村村财收入分别可达到114万元、46.43万元、35.11万元，与2016年相比，分别增长16056%、2418%、13004%。",
     {"114万元": "上徐村", "35.11万元": "琼溪村", "16056%": "上徐村", "13004%": "琼溪村", "三个": None}),
    ("village_after_figure", "投资95万元，建成龙池村便民服务中心630平方米；投资118万元，在同连村建成便民服务中心780平方米。",
     {"95万元": "龙池村", "630平方米": "龙池村", "118万元": "同连村", "780平方米": "同连村"}),
    ("joined_villages", "其中，联胜村、乐北村村财年收入突破10万元。", {"10万元": "联胜村、乐北村"}),
    ("unit_itself", "全乡有建卡贫困户776户3189人", {"776户": None}),
    ("household", "针对我乡脱贫不稳定的重点对象林碧婉户（1户2人），我乡为其专门制定监管方案。该户2020年低保收入15840元。",
     {"15840元": "林碧婉户"}),
]


@pytest.mark.parametrize("name,text,expected", SCOPES, ids=[s[0] for s in SCOPES])
def test_scope(name, text, expected):
    got = meaning(text)
    for fig, sc in expected.items():
        assert got[fig].scope == sc, (fig, got[fig].scope, sc)


PERIODS = [
    ("since", "2016年以来，我乡共争取上级财政专项扶贫发展资金715万元", 2020, {"715万元": "2016-2020"}),
    ("year_in_clause", "其中2016年脱贫27户，2017年脱贫9户", 2020, {"27户": "2016", "9户": "2017"}),
    ("from_to", "贫困发生率由2014年8.5%下降至目前的0.025%。", 2020, {"8.5%": "2014", "0.025%": "2020"}),
    ("from_to_without_now", "贫困发生率由2014年的15.3%下降至0.62%。", 2019, {"15.3%": "2014", "0.62%": "2019"}),
    ("span", "2016年—2019年，实施易地扶贫搬迁安置贫困户73户312人", 2019, {"73户": "2016-2019"}),
    ("span_nian_du", "（其中2018—2019年度共搬迁安置贫困户11户52人）", 2019, {"11户": "2018-2019"}),
    ("now", "截至目前,国办系统建档立卡贫困户为389户879人", 2020, {"389户": "2020"}),
    ("this_year", "预计今年可稳定脱贫42户128人", 2016, {"42户": "2016"}),
    ("default_report_year", "全乡低保户267户606人。", 2019, {"267户": "2019"}),
    ("unknown_year", "全乡低保户267户606人。", None, {"267户": None}),
    ("compared_with", "2020年村财收入可达到114万元，与2016年相比，分别增长16056%、2418%。", 2020,
     {"114万元": "2020", "16056%": "2016-2020", "2418%": "2016-2020"}),
    ("shixian_is_not_now", "2017年脱贫9户，截止2017年底实现100%脱贫，至目前均未返贫", 2020, {"100%": "2017"}),
    ("in_progress", "2015年以来，建设通畅工程12处，正在实施通畅工程4处，投入资金3575万元。", 2019,
     {"12处": "2015-2019", "4处": "2019", "3575万元": "2015-2019"}),
    ("topic_break", "电力方面：2016年以来，改造17个台区。村级便民服务中心建设方面：投资95万元，建成便民服务中心630平方米。", 2019,
     {"17个": "2016-2019", "95万元": "2019"}),
]


@pytest.mark.parametrize("name,text,year,expected", PERIODS, ids=[p[0] for p in PERIODS])
def test_period(name, text, year, expected):
    got = meaning(text, year=year)
    for fig, per in expected.items():
        assert got[fig].period == per, (fig, got[fig].period, per)


# ------------------------------------------------------------------ the comparison table
HEADLINES = {
    "changle-2016": {"lifted_population": 172, "employed_poor": 80},
    "daming-2021": {"poor_households": 36, "poor_population": 84, "poverty_funds": 7150000, "area_km2": 76.4,
                    "admin_villages": 7},
    "huayuan-2020": {"poor_households": 389, "poor_population": 879, "poverty_incidence": 0.025,
                     "poverty_funds": 1546500, "population_total": 12600},
    "lianhe-2019": {"poor_households": 776, "poor_population": 3189, "households_total": 3389,
                    "population_total": 14256, "area_km2": 59.87, "housing_renovated": 85},
    "shiqu-township-template": {"poor_households": 286, "poor_population": 1207, "area_km2": 250,
                                "poverty_funds": 150000},
    "dianjun-village-template": {"households_total": 470, "population_total": 1498, "poverty_funds": 1050000},
}


@pytest.fixture(scope="module")
def comparison(corpus):
    return fx.compare(corpus).set_index("doc")


@pytest.mark.parametrize("doc,indicator,value",
                         [(d, i, v) for d, m in HEADLINES.items() for i, v in m.items()])
def test_compare_headline(comparison, doc, indicator, value):
    assert comparison.at[doc, indicator] == pytest.approx(value)


NOT_STATED = [("lianhe-2019", "poverty_funds"), ("changle-2016", "poor_households"), ("lianhe-2019", "poverty_incidence"),
              ("daming-2021", "poverty_incidence")]


@pytest.mark.parametrize("doc,indicator", NOT_STATED)
def test_compare_leaves_unstated_indicators_empty(comparison, doc, indicator):
    """lianhe-2019 states road money (投入资金3575万元 for 通畅工程), which is not poverty funds."""
    assert pd.isna(comparison.at[doc, indicator])


def test_compare_long_gives_evidence(corpus):
    long = fx.compare_long(corpus)
    row = long[(long["doc"] == "huayuan-2020") & (long["indicator"] == "poverty_incidence")].iloc[0]
    assert row["text"] == "0.025%" and "贫困发生率" in row["sentence"]
    assert corpus.texts["huayuan-2020"][row["start"]:row["end"]] == "0.025%"


AREA_IN_OTHER_UNITS = [  # the comparison table states area_km2 in 平方公里 whatever unit the report used
    ("全村土地总面积3000亩，其中耕地800亩。", 2.0, "3000亩"),
    ("全乡国土面积2500公顷。", 25.0, "2500公顷"),
    ("全镇幅员面积86.5平方公里。", 86.5, "86.5平方公里"),
]


@pytest.mark.parametrize("text,km2,written", AREA_IN_OTHER_UNITS)
def test_compare_converts_area(tmp_path, text, km2, written):
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    corpus = fx.read(tmp_path)
    assert fx.compare(corpus).iloc[0]["area_km2"] == pytest.approx(km2)
    row = fx.compare_long(corpus).set_index("indicator").loc["area_km2"]
    assert row["unit"] == "平方公里" and row["text"] == written


def test_compare_columns_and_dtypes(comparison):
    """Every comparable indicator has a float column; generic rates stay in the long table only."""
    iset = indicators.indicator_set()
    comparable = [i for i, spec in iset.indicators.items() if spec.comparable]
    assert set(comparable) <= set(comparison.columns)
    assert all(str(comparison[c].dtype) == "float64" for c in comparable)
    assert {"share", "growth_rate"}.isdisjoint(comparison.columns)


def test_compare_cli_matches_score_py(tmp_path):
    out = tmp_path / "c.csv"
    exe = Path(sys.executable).parent / "fupin-extract"
    subprocess.run([str(exe), "compare", str(ROOT / "corpora"), "-o", str(out)], check=True)
    r = subprocess.run([sys.executable, str(ROOT / "tests/gold/score.py"), "compare", str(ROOT / "tests/gold"), str(out)],
                       capture_output=True, text=True, check=True)
    last = r.stdout.strip().splitlines()[-1]
    precision = float(last.split("precision=")[1].split()[0])
    coverage = float(last.split("coverage=")[1].split()[0])
    # floors on the 40 dev documents (reached: precision 0.926, coverage 0.826 without the
    # generic rates in the wide table)
    assert precision >= 0.91 and coverage >= 0.81, last


# --------------------------------------------------------------------------- windows
from hypothesis import given, settings, strategies as st  # noqa: E402

from fupin_extract.meaning import (CLAUSE_END_FWD, CLAUSE_STOP, SENT_STOP, _SENT_CHARS,  # noqa: E402
                                   _Windows)
from fupin_extract.model import Figure  # noqa: E402


def test_sentence_characters_are_clause_stops_too():
    """_Windows._bounds_of relies on it: every sentence stop also ends a clause."""
    assert _SENT_CHARS == {c for c in map(chr, range(0x10000)) if SENT_STOP.fullmatch(c)}
    assert all(CLAUSE_STOP.fullmatch(c) and CLAUSE_END_FWD.fullmatch(c) for c in _SENT_CHARS)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="一二户人，,；。：！？\n）)（(、 ", max_size=900), st.data())
def test_clause_and_sentence_bounds_equal_the_plain_searches(text, data):
    """Clause and sentence found together give what separate searches back and forth give."""
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    ctx = _Windows(text)
    f = Figure("d", start, end, text[start:end], 1, "户")

    def back(pos, stop):
        lo = max(0, pos - 400)
        hits = [m.start() for m in stop.finditer(text, lo, pos)]
        return hits[-1] + 1 if hits else lo

    def forward(pos, stop):
        hi = min(len(text), pos + 400)
        m = stop.search(text, pos, hi)
        return m.start() if m else hi

    assert ctx.clause(f) == (back(start, CLAUSE_STOP), forward(end, CLAUSE_END_FWD))
    assert ctx.sentence(f) == (back(start, SENT_STOP), forward(end, SENT_STOP))


# --------------------------------------------------------------------------- issue 11 classes
# One row per error class of issue 11, with sentences written for the test.
ISSUE11 = [
    # 1. the clause says what is counted
    ("1_identified", "全乡精准识别贫困户2150户7433人。", {"2150户": "poor_households", "7433人": "poor_population"}),
    ("1_reduced", "两年来全镇贫困人口减少了860人。", {"860人": "lifted_population"}),
    ("1_remaining", "目前全村尚有贫困户9户，贫困人口减至21人。",
     {"9户": "remaining_poor_households", "21人": "remaining_poor_population"}),
    ("1_village_committees", "全乡辖14个村委会。", {"14个": "admin_villages"}),
    # 2. parts keep their total's indicator (cause, year, place, brackets, colon, closing total)
    ("2_causes", "建档立卡贫困户80户260人，其中因病致贫30户98人，因残致贫12户40人。",
     {"30户": "poor_households", "98人": "poor_population", "12户": "poor_households", "40人": "poor_population"}),
    ("2_bracket_places", "共有贫困户900户（东镇500户，西镇400户）。",
     {"900户": "poor_households", "500户": "poor_households", "400户": "poor_households"}),
    ("2_per_year", "2018年脱贫31户，2019年脱贫12户，2020年8户。",
     {"31户": "lifted_households", "12户": "lifted_households", "8户": "lifted_households"}),
    ("2_bare_after_subject", "三年的脱贫户共涉及6个村,120户、410人(2018年50户、170人;2019年70户、240人)。",
     {"120户": "lifted_households", "410人": "lifted_population", "50户": "lifted_households", "240人": "lifted_population"}),
    # the colon label names the list (session 10: 搬迁对象：甲村12户…), so its sum is relocated too
    # (as 4、确定易地搬迁对象。镇43户…总计83户 in test_meaning_ind7); before, no item had an indicator
    ("2_closing_total", "搬迁对象：甲村12户50人、乙村8户31人。总计20户81人。",
     {"12户": "relocated_households", "20户": "relocated_households"}),
    ("2_total_then_zhong", "在尚未脱贫的7户19人中，因病致贫5户14人，因残致贫2户5人。",
     {"5户": "remaining_poor_households", "14人": "remaining_poor_population", "2户": "remaining_poor_households"}),
    ("2_noun_then_zhong", "全村确定扶贫户48户，48户贫困户中有21户缺劳力。", {"21户": "poor_households"}),
    # each figure of an A户X和B户Y list is named by its own noun
    ("3_own_noun_then_and", "为1200户低保户和95户特困供养人员发放救助金。",
     {"1200户": "dibao_households", "95户": None}),
    # a soft line wrap does not cut the subject off its figure
    ("3_soft_wrap_before_a_bare_figure", "2017年至2018年脱贫\n\n      640户2210人。",
     {"640户": "lifted_households", "2210人": "lifted_population"}),
    ("3_blank_line_ends_a_clause", "全乡搬迁\n\n新建道路640公里。", {"640公里": None}),
    ("3_soft_wrap_after_a_year", "2020年末监测户96户，占全乡2014年末农\n业人口总数的0.8%。", {"0.8%": "share"}),
    ("3_soft_wrapped_subject", "新增贫困人口9人,脱贫140户420人,剩余\n      贫困人口88户260人。",
     {"88户": "remaining_poor_households", "260人": "remaining_poor_population"}),
    # 3. the nearest subject wins, not the first noun of the sentence
    ("3_poor_inside_total", "全村总户数420户1500人，其中建档立卡贫困户40户150人。",
     {"420户": "households_total", "40户": "poor_households", "150人": "poor_population"}),
    ("3_edge_after_monitored", "监测对象共30户（脱贫不稳定户18户、边缘易致贫户12户）。",
     {"18户": "monitored_households", "12户": "edge_households"}),
    ("3_dibao_poor_is_poor", "全乡贫困户300户，其中低保贫困户60户、一般贫困户240户。",
     {"60户": "poor_households", "240户": "poor_households"}),
    # a group that modifies a noun is no headline total (not_after looks after the whole group)
    ("3_group_modifies_noun", "全村356户、1210人中的适龄儿童均未辍学。", {"356户": None, "1210人": None}),
    ("3_group_closes_clause", "全村356户、1210人，耕地2000亩。", {"356户": "households_total", "1210人": "population_total"}),
    # the topic of a paragraph governs what its aid counts
    ("3_topic_label", "二、教育保障方面：上半年共发放生活补助76人53200元。",
     {"76人": "education_aid_students", "53200元": "education_aid_amount"}),
    ("3_topic_heading", "（一）落实学生资助政策\n全年共发放补助88人61000元。",
     {"88人": "education_aid_students", "61000元": "education_aid_amount"}),
    ("3_other_topic", "二、医疗保障方面：上半年共发放生活补助76人53200元。", {"76人": None, "53200元": None}),
    # a sum takes the indicator its addends share
    ("2_sum_of_items", "投入扶贫资金30万元，帮扶资金12万元，共计42万元。", {"42万元": "poverty_funds"}),
    ("2_sum_of_unlike_items", "投入扶贫资金30万元，村财收入12万元，合计42万元。", {"42万元": None}),
    # 4. higher level and named sub-units are not the unit's headline
    ("4_higher_level", "全省贫困人口减少了120万人，我乡脱贫300人。",
     {"120万人": None, "300人": "lifted_population"}),
]


@pytest.mark.parametrize("name,text,expected", ISSUE11, ids=[r[0] for r in ISSUE11])
def test_issue11_classes(name, text, expected):
    got = meaning(text)
    for fig, ind in expected.items():
        assert fig in got, (fig, list(got))
        assert got[fig].indicator == ind, (fig, got[fig].indicator, ind)


def test_higher_level_depends_on_the_report_level():
    """全县 is the unit itself in a county report, a higher level in a township report."""
    text = "全县建档立卡贫困户5000户。"
    n = normalise(text)
    figs = find_figures(text, "t", normalised=n)
    county = attach_meaning(figs, text, n, {"year": 2019, "level": "县"})
    township = attach_meaning(figs, text, n, {"year": 2019, "level": "乡镇"})
    assert county[0].indicator == "poor_households" and township[0].indicator is None


def test_named_village_is_not_the_headline():
    got = meaning("东山村有贫困户12户。全乡贫困户95户。", villages=["东山村"])
    assert got["12户"].scope == "东山村" and got["95户"].scope is None


# 5. period: headings, spans, comparisons, cumulative figures, per-year items
PERIODS = [
    ("heading_year", "一、2018年工作开展情况\n完成危房改造40户。", {"40户": "2018"}),
    ("since_span", "2016年以来，累计投入扶贫资金900万元。", {"900万元": "2016-2020"}),
    ("n_years", "三年来，全乡共实施项目21个。", {"21个": "2018-2020"}),
    ("five_year_plan", "“十三五”期间共建成安置点3个。", {"3个": "2016-2020"}),
    ("compared_last_year", "2020年投入资金500万元，比去年增长8%，增幅高于收入0.5个百分点。",
     {"8%": "2019-2020", "0.5个百分点": "2020"}),
    ("base_of_share", "2020年末监测户120户，占2019年末脱贫人口的3.5%。", {"3.5%": "2020"}),
    ("cumulative_without_start", "累计完成危房改造147户。", {"147户": None}),
    ("per_year_items", "2018年脱贫31户，2019年脱贫12户。", {"31户": "2018", "12户": "2019"}),
    # a figure inside the base of a share takes the base's time; one after the base does not
    ("inside_base_of_share", "目前已就业贫困人口510人，占2019年底就业贫困人口450人的113%。",
     {"450人": "2019", "510人": "2020"}),
    ("base_across_soft_wrap", "2020年底，监测户共80户，占全县2014年末农\n业人口的1.2%；累计消除风险41户。",
     {"41户": "2020"}),
    # 由X年…下降至: only a base year pairs with the figure after 至; a plain year still governs
    ("from_to_pair", "贫困发生率由2015年的9.1%下降至0.3%。", {"9.1%": "2015", "0.3%": "2020"}),
    ("year_then_fall_to", "2019年脱贫80户，全乡贫困人口减至96人，贫困发生率下降至0.5%。", {"0.5%": "2019"}),
    ("listed_years", "在2016、2017年建成了34个光伏电站。", {"34个": "2016-2017"}),
    ("soft_wrapped_line", "全乡在2016年至2017年实现脱贫\n\n   830户2950人。", {"830户": "2016-2017"}),
    ("heading_is_no_soft_wrap", "二、2018年以来工作\n危房改造42户。", {"42户": "2018-2020"}),
    # 全年: the year an earlier cue of the sentence or the section's heading names, else the report's
    ("whole_year", "全年新识别监测户37户。", {"37户": "2020"}),
    ("whole_year_under_heading", "（一）2018年工作\n全年新识别监测户37户。", {"37户": "2018"}),
    ("whole_year_after_year", "2019年，全年累计新增就业岗位60个。", {"60个": "2019"}),
]


@pytest.mark.parametrize("name,text,expected", PERIODS, ids=[r[0] for r in PERIODS])
def test_issue11_periods(name, text, expected):
    got = meaning(text, year=2020)
    for fig, period in expected.items():
        assert got[fig].period == period, (fig, got[fig].period, period)


# --------------------------------------------------------------------------- structure
from fupin_extract import structure  # noqa: E402

STRUCTURE_CASES = [
    ("qizhong", "贫困户94户275人，其中因病44户138人，因残19户54人。", {2: 0, 3: 1, 4: 0, 5: 1}),
    ("bracket", "贫困户900户（东镇500户，西镇400户）。", {1: 0, 2: 0}),
    ("colon", "贫困户900户：东镇500户，西镇400户。", {1: 0, 2: 0}),
    ("closing_total", "甲村12户50人、乙村8户31人。总计20户81人。", {0: 4, 1: 5, 2: 4, 3: 5}),
    ("no_breakdown", "贫困户900户，危房改造40户。", {}),
]


@pytest.mark.parametrize("name,text,total_of", STRUCTURE_CASES, ids=[r[0] for r in STRUCTURE_CASES])
def test_structure_totals_and_parts(name, text, total_of):
    s = structure.read(normalise(text), find_figures(text, "t"))
    assert s.total_of == total_of
    assert all(p in s.parts_of[t] for p, t in total_of.items())


def test_structure_groups_and_enumerations():
    text = "2018年脱贫31户120人，2019年脱贫12户40人，东村5户。"
    figs = find_figures(text, "t")
    s = structure.read(normalise(text), figs)
    assert s.groups == [(0, 1), (2, 3), (4,)]
    assert s.pair_of(3) == (2, 3)
    assert s.enumerations == [(0, 1)]


_SUBJECTS = ["建档立卡贫困户", "贫困户", "脱贫户", "监测户", "边缘户", "低保户", "搬迁户", "危房改造", "总户数"]
_LABELS = ["因病致贫", "因残致贫", "东镇", "西村", "2019年", "C级", "一般贫困户", "低保户", "五保户", "监测户",
           "已脱贫", "剩余", "边缘户", ""]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(_SUBJECTS), st.lists(st.tuples(st.sampled_from(_LABELS), st.integers(1, 999)), min_size=1,
                                            max_size=4), st.sampled_from(["，其中", "（", "："]))
def test_a_part_never_gets_an_indicator_its_total_cannot_refine(subject, parts, opener):
    """Whatever the parts are called, a part of a total ends with no indicator, the total's
    own (for its unit), or one that refines it."""
    body = "，".join(f"{label}{k}户" for label, k in parts)
    text = f"{subject}1000户{opener}{body}{'）' if opener == '（' else ''}。"
    n = normalise(text)
    figs = attach_meaning(find_figures(text, "t", normalised=n), text, n, {"year": 2020})
    s = structure.read(n, figs)
    iset = indicators.indicator_set()
    for part, total in s.total_of.items():
        pind, tind = figs[part].indicator, figs[total].indicator
        if pind is None or tind is None:
            continue
        assert pind == tind or iset.refines(pind, tind), (text, figs[part].text, pind, tind)


# --------------------------------------------------------------------------- pinyin glosses
from fupin_extract.meaning.attach import _without_glosses  # noqa: E402


def test_a_pinyin_gloss_does_not_break_a_cue():
    """發(fā)生率: the site's gloss after a rare character is not in the way of the cue 发生率."""
    got = meaning("全鄉(xiāng)貧困發(fā)生率下降至1.3%。", year=2019)
    assert got["1.3%"].indicator == "poverty_incidence"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["鄉", "發", "贫困户", "，", "12户", "人"]),
                          st.sampled_from(["", "(xiāng)", "(fā)", "(zhèn shì)"])), min_size=1, max_size=12))
def test_figures_keep_their_text_without_glosses(pieces):
    """Every figure moved into the gloss-free text still covers the same characters."""
    text = "".join(a + b for a, b in pieces)
    figs = find_figures(text, "t")
    stripped, moved = _without_glosses(text, figs)
    assert [stripped[f.start:f.end] for f in moved] == [text[f.start:f.end] for f in figs]


# --------------------------------------------------------------------------- one-pass lexicon
from fupin_extract.meaning.attach import _WINDOW_BOUND  # noqa: E402
from fupin_extract.rules.indicators import _trie_pattern, cue_words, lexicon  # noqa: E402

_BOOK = indicators.indicator_set()
_ANCHORED = {r.id for r in _BOOK.rules if r.cue is not None and _WINDOW_BOUND.search(r.cue.pattern)}
_PIECES = sorted({w[i:j] for r in _BOOK.rules if r.cue is not None for w in (cue_words(r.cue.pattern) or [])
                  for i in range(len(w)) for j in (i + 1, len(w)) if j > i}) + ["辖3个村民小组", "，", "12户"]


def _per_rule(text):
    hits = []
    for r in _BOOK.rules:
        if r.cue is not None and r.id not in _ANCHORED:
            hits.extend((m.start(), m.end(), r.id) for m in r.cue.finditer(text) if m.end() > m.start())
    return sorted(hits)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_the_one_pass_lexicon_finds_what_every_cue_finds_on_its_own(pieces):
    """One expression for all cue words gives the hits of one search per rule, exactly."""
    text = "".join(pieces)
    assert lexicon(_BOOK, _ANCHORED).hits(text) == _per_rule(text)


@pytest.mark.parametrize("words,text", [
    (["贫困", "贫困户", "贫困人口"], "全村贫困户12户，贫困人口40人，贫困发生率"),
    (["脱贫", "已脱贫", "脱贫户", "户"], "已脱贫户8户，脱贫15人"),
    (["a", "ab", "abc", "b", "bc"], "abcabxbcab"),
])
def test_the_trie_matches_what_the_longest_first_alternation_matches(words, text):
    """The lexicon's trie gives, at each position, the word the alternation longest first gives."""
    trie = re.compile(_trie_pattern(words))
    alternation = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    for q in range(len(text)):
        a, b = trie.match(text, q), alternation.match(text, q)
        assert (a and a.span()) == (b and b.span())
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in alternation.finditer(text)]


@pytest.mark.parametrize("pattern,words", [
    ("脱贫|已脱贫", ["脱贫", "已脱贫"]), ("全[乡镇]", ["全乡", "全镇"]), ("全乡(?:共)?有", ["全乡共有", "全乡有"]),
    ("(?:总数|户数)的", ["总数的", "户数的"]), ("贫困户$", None), ("辖[^。]{0,3}组", None), ("a(?=b)", None),
])
def test_cue_words_in_the_order_the_cue_tries_them(pattern, words):
    assert cue_words(pattern) == words


# --------------------------------------------------------------------------- issue 11 classes, by wording
# made-up sentences, other places and numbers, one row per class of wording
SCOPE_CLASSES = [
    ("colon_list_of_places", "其中：石门村委8户21人；李庄6户17人；河湾3户9人。",
     {"8户": "石门", "21人": "石门", "6户": "李庄", "9人": "河湾"}),
    ("colon_list_of_towns", "贫困户600户：北镇300户，南镇200户，中镇100户。", {"600户": None, "300户": "北镇", "100户": "中镇"}),
    ("colon_list_of_kinds", "其中：男性12人、女性10人、老人4人。", {"12人": None, "10人": None, "4人": None}),
    ("two_places_are_no_list", "其中：李庄6户17人；河湾3户9人。", {"6户": None}),
    ("this_household", "重点对象王明华户（3人）。该户2020年务工收入24000元。", {"24000元": "王明华户"}),
    ("named_village", "青石村有贫困户15户。全镇贫困户210户。", {"15户": "青石村", "210户": None}),
]


@pytest.mark.parametrize("name,text,expected", SCOPE_CLASSES, ids=[r[0] for r in SCOPE_CLASSES])
def test_scope_by_wording_class(name, text, expected):
    villages = ["青石村"] if "青石村" in text else None
    got = meaning(text, villages=villages)
    for fig, scope in expected.items():
        assert got[fig].scope == scope, (fig, got[fig].scope, scope)


# subjects and modifiers, the nearest governing subject else its total (made-up sentences)
INDICATOR_CLASSES = [
  # subjects and modifiers
  ("sub_identified", "2016年共核定建档立卡贫困户318户1046人。", {"318户": "poor_households", "1046人": "poor_population"}),
  ("sub_registered_village", "全乡有建档立卡贫困村17个。", {"17个": "poor_villages"}),
  ("sub_lifted_exit", "截至2019年底，累计退出贫困户652户2311人。", {"652户": "lifted_households", "2311人": "lifted_population"}),
  ("sub_lifted_reduce", "三年间贫困人口减少4830人。", {"4830人": "lifted_population"}),
  ("sub_remaining_not_yet", "全镇还有未脱贫人口57户133人。", {"57户": "remaining_poor_households", "133人": "remaining_poor_population"}),
  ("sub_remaining_still", "目前尚有贫困人口19户44人。", {"19户": "remaining_poor_households", "44人": "remaining_poor_population"}),
  ("sub_relocated", "完成易地扶贫搬迁安置210户765人。", {"210户": "relocated_households", "765人": "relocated_population"}),
  ("sub_funds_integrated", "全年整合涉农资金8650万元。", {"8650万元": "poverty_funds"}),
  ("sub_funds_secured", "争取上级扶贫资金2300万元。", {"2300万元": "poverty_funds"}),
  ("sub_microcredit", "向贫困户发放扶贫小额贷款415户1862万元。", {"415户": "microcredit_households", "1862万元": "microcredit_amount"}),
  ("sub_edge", "动态监测边缘易致贫户27户81人。", {"27户": "edge_households", "81人": "edge_population"}),
  ("sub_monitored", "纳入脱贫监测户13户39人。", {"13户": "monitored_households", "39人": "monitored_population"}),
  ("sub_dibao", "全乡纳入农村低保98户211人。", {"98户": "dibao_households", "211人": "dibao_population"}),
  ("sub_public_jobs", "开发公益性岗位86个。", {"86个": "public_jobs"}),
  # nearest governing subject, else its total
  ("near_poor_in_population", "全镇总人口3.1万人，其中贫困户1205户4377人。", {"3.1万人": "population_total", "1205户": "poor_households", "4377人": "poor_population"}),
  ("near_lifted_after_poor", "识别贫困户260户，已脱贫243户，剩余17户。", {"260户": "poor_households", "243户": "lifted_households", "17户": "remaining_poor_households"}),
  ("total_types", "低保贫困户31户70人，五保贫困户9户9人。", {"31户": "poor_households", "9户": "poor_households"}),
  ("total_places_bracket", "有贫困户740户（北岭村310户，南岭村430户）。", {"310户": "poor_households", "430户": "poor_households"}),
  ("total_respectively", "2019年、2020年分别脱贫58户、21户。", {"58户": "lifted_households", "21户": "lifted_households"}),
]


@pytest.mark.parametrize("name,text,expected", INDICATOR_CLASSES, ids=[r[0] for r in INDICATOR_CLASSES])
def test_indicator_by_wording_class(name, text, expected):
    got = meaning(text)
    for fig, ind in expected.items():
        assert got[fig].indicator == ind, (fig, got[fig].indicator, ind)


# period from clause, sentence, enumeration item, heading, lead paragraph; spans; placeholders
PERIOD_CLASSES = [
  ("p_clause", "2017年脱贫65户，投入资金300万元。", 2020, {"65户": "2017", "300万元": "2017"}),
  ("p_sentence", "2018年，全村完成危房改造22户。", 2020, {"22户": "2018"}),
  ("p_item", "2017年脱贫40户，2018年脱贫33户，2019年脱贫19户。", 2020, {"40户": "2017", "33户": "2018", "19户": "2019"}),
  ("p_heading", "三、2019年主要工作\n全乡新增就业岗位75个。", 2020, {"75个": "2019"}),
  ("p_lead", "2017年以来，我镇扎实推进脱贫攻坚。全镇共投入扶贫资金4200万元。", 2020, {"4200万元": "2017-2020"}),
  ("p_since", "2015年以来累计脱贫1470人。", 2019, {"1470人": "2015-2019"}),
  ("p_span", "2016年至2018年共减少贫困人口920人。", 2020, {"920人": "2016-2018"}),
  ("p_cumulative", "累计发放贷款2800万元。", 2020, {"2800万元": None}),
  ("p_placeholder", "20xx年全村脱贫17户。", None, {"17户": None}),
  ("p_placeholder_year", "20XX年实施项目5个。", 2020, {"5个": None}),
  ("p_report_year", "全村有贫困户23户。", 2018, {"23户": "2018"}),
  ("p_n_years", "五年来，全县累计投入资金9.6亿元。", 2020, {"9.6亿元": "2016-2020"}),
]


@pytest.mark.parametrize("name,text,year,expected", PERIOD_CLASSES, ids=[r[0] for r in PERIOD_CLASSES])
def test_period_by_wording_class(name, text, year, expected):
    got = meaning(text, year=year)
    for fig, period in expected.items():
        assert got[fig].period == period, (fig, got[fig].period, period)
