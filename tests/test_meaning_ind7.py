"""Indicators by wording class, seventh round (session 9): made-up sentences written for the test
from the guideline's indicator table, one row a shape of stating it (synonyms, the figure before or
after its noun, 户/人 pairs split over two nouns, 其中 and 分别 lists, a subject carried across
clauses or given by a heading or a lead sentence).  Before the fixes 20 of the 96 figures of the
first 55 rows were wrong.  Fixed: nouns listed before 分别 name the figures after it one by one
(总户数、总人口、贫困户分别为…), villages named one by one before their count are a few of the unit's,
危房户 as a kind is no renovation, money needed (需投资) is none spent, a party member hired is no
poor labourer in work, the kind named after the figure (12户边缘户), 纳入监测 and 搬迁任务 after
the figure, and anonymised list labels (镇43户、镇33户; XX村12户).  Open rows are marked xfail."""
import pytest

from fupin_extract.figures import find_figures
from fupin_extract.meaning import attach_meaning
from fupin_extract.normalise import normalise

N = None


def meaning(text, level, year=2020):
    n = normalise(text)
    meta = {"year": year, **({"level": level} if level else {})}
    return {f.text: f for f in attach_meaning(find_figures(text, "t", normalised=n), text, n, meta)}


ROWS = [
 ("resp_nouns_wei", "全乡建档立卡贫困户和贫困人口分别为412户、1530人。", "乡镇", {"412户": "poor_households", "1530人": "poor_population"}),
 ("resp_nouns_lifted", "已脱贫户数和脱贫人口分别达到380户和1420人。", "乡镇", {"380户": "lifted_households", "1420人": "lifted_population"}),
 ("resp_nouns_three", "全村总户数、总人口、贫困户分别为320户、1210人、45户。", "村", {"320户": "households_total", "1210人": "population_total", "45户": "poor_households"}),
 ("resp_relocation_housing", "易地扶贫搬迁和危房改造分别完成56户、83户。", "乡镇", {"56户": "relocated_households", "83户": "housing_renovated"}),
 ("pair_split_nouns", "全镇贫困户318户、贫困人口1126人。", "乡镇", {"318户": "poor_households", "1126人": "poor_population"}),
 ("pair_split_lifted", "脱贫户298户，脱贫人口1096人。", "乡镇", {"298户": "lifted_households", "1096人": "lifted_population"}),
 ("subject_carried", "贫困户方面，全村共识别45户162人，已脱贫40户148人，剩余5户14人。", "村", {"45户": "poor_households", "162人": "poor_population", "40户": "lifted_households", "148人": "lifted_population", "5户": "remaining_poor_households", "14人": "remaining_poor_population"}),
 ("subject_zhong", "建档立卡贫困户中，已脱贫312户，未脱贫18户。", "乡镇", {"312户": "lifted_households", "18户": "remaining_poor_households"}),
 ("colon_relocation", "易地扶贫搬迁：搬迁户32户，搬迁人口126人。", "乡镇", {"32户": "relocated_households", "126人": "relocated_population"}),
 ("colon_micro", "小额信贷：共发放贷款356万元，涉及贫困户71户。", "乡镇", {"356万元": "microcredit_amount", "71户": "microcredit_households"}),
 ("fangmian_dibao", "低保方面，纳入低保对象85户193人，发放低保金62万元。", "乡镇", {"85户": "dibao_households", "193人": "dibao_population", "62万元": "dibao_amount"}),
 ("heading_relocation", "（二）易地扶贫搬迁\n全乡完成搬迁56户213人。", "乡镇", {"56户": "relocated_households", "213人": "relocated_population"}),
 ("heading_housing_bare", "二、危房改造\n共完成45户。", "乡镇", {"45户": "housing_renovated"}),
 ("heading_micro_bare", "3.小额信贷\n今年共发放356万元，惠及贫困户71户。", "乡镇", {"356万元": "microcredit_amount", "71户": "microcredit_households"}),
 ("fig_before_noun_hh", "全村共有412户农户、1650名村民。", "村", {"412户": "households_total", "1650名": "population_total"}),
 ("pop_then_hh", "全村户籍人口4213人，1105户。", "村", {"4213人": "population_total", "1105户": "households_total"}),
 ("groups_hh_pop", "全村辖6个村民小组，农户326户，人口1205人。", "村", {"326户": "households_total", "1205人": "population_total"}),
 ("lifted_reversed", "脱贫人口2319人，脱贫户623户。", "乡镇", {"2319人": "lifted_population", "623户": "lifted_households"}),
 ("lifted_zhaimao", "已有623户2319人脱贫摘帽。", "乡镇", {"623户": "lifted_households", "2319人": "lifted_population"}),
 ("lifted_cumreduce", "累计减少贫困人口1530人。", "县", {"1530人": "lifted_population"}),
 ("lifted_shixian", "全年实现脱贫1530人。", "县", {"1530人": "lifted_population"}),
 ("public_jobs_anzhi", "通过公益性岗位安置贫困劳动力45人。", "乡镇", {"45人": "public_jobs"}),
 ("forest_guard_none", "选聘生态护林员30名。", "乡镇", {"30名": N}),
 ("trained_renci", "开展技能培训1200人次。", "县", {"1200人次": "trained"}),
 ("employed_out", "贫困劳动力外出务工2150人。", "县", {"2150人": "employed_poor"}),
 ("edu_shouyi", "发放教育补助资金56万元，受益学生412人。", "县", {"56万元": "education_aid_amount", "412人": "education_aid_students"}),
 ("income_hh", "贫困户年人均纯收入达到8600元。", "乡镇", {"8600元": "per_capita_income"}),
 ("funds_gejigelei", "投入各级各类扶贫资金3200万元。", "县", {"3200万元": "poverty_funds"}),
 ("funds_daowei", "到位财政扶贫资金1260万元。", "县", {"1260万元": "poverty_funds"}),
 ("housing_order1", "改造危房86户。", "乡镇", {"86户": "housing_renovated"}),
 ("housing_order2", "完成86户危房改造。", "乡镇", {"86户": "housing_renovated"}),
 ("housing_order3", "危房改造完成86户。", "乡镇", {"86户": "housing_renovated"}),
 ("housing_state_none", "全村现有危房户55户。", "村", {"55户": N}),
 ("relocation_task", "完成86户352人搬迁任务。", "乡镇", {"86户": "relocated_households", "352人": "relocated_population"}),
 ("relocation_after", "86户352人实现搬迁入住。", "乡镇", {"86户": "relocated_households", "352人": "relocated_population"}),
 ("dibao_xiangshou", "全乡312户享受农村低保。", "乡镇", {"312户": "dibao_households"}),
 ("dibao_duixiang", "全镇低保对象312人。", "乡镇", {"312人": "dibao_population"}),
 ("edge_after", "识别出12户边缘户。", "乡镇", {"12户": "edge_households"}),
 ("monitored_nalu", "将15户56人纳入防返贫监测。", "乡镇", {"15户": "monitored_households", "56人": "monitored_population"}),
 ("incidence_jiangwei", "贫困发生率降为0%。", "乡镇", {"0%": "poverty_incidence"}),
 ("villages_subset_none", "东坡、西岭、南山三个村成立了种植合作社。", "乡镇", {"三个": N}),
 ("villages_all_verb", "全乡12个行政村全部通了硬化路。", "乡镇", {"12个": "admin_villages"}),
 ("villages_named_deng", "甲溪、乙坪等5个村春节前分红30万元。", "乡镇", {"5个": N}),
 ("villages_xiaxia_named", "全镇下辖东坡、西岭、南山等3个行政村。", "乡镇", {"3个": "admin_villages"}),
 ("list_anonymised_labels", "4、确定易地搬迁对象。镇43户234人、镇33户161人、乡7户31人。总计83户426人。", "县", {"33户": "relocated_households", "161人": "relocated_population", "31人": "relocated_population", "83户": "relocated_households", "426人": "relocated_population"}),
 ("list_placeholder_labels", "（三）危房改造。XX村12户、**村9户。合计21户。", "乡镇", {"9户": "housing_renovated", "21户": "housing_renovated"}),
 ("villages_comp", "全镇辖12个行政村和1个社区。", "乡镇", {"12个": "admin_villages"}),
 ("villages_zhong", "全乡12个行政村中有贫困村4个。", "乡镇", {"12个": "admin_villages", "4个": "poor_villages"}),
 ("employed_party_none", "吸纳8名党员加入合作社。", "乡镇", {"8名": N}),
 ("labour_part_none", "全村农业人口2809人，其中劳动力1665人。", "村", {"2809人": "population_total", "1665人": N}),
 ("pair_housing_persons", "完成建档立卡贫困户危房改造32户108人。", "乡镇", {"32户": "housing_renovated", "108人": N}),
 ("need_money_none", "修建水池需投资25万元。", "村", {"25万元": N}),
 ("poor_checked_none", "贫困人口免费体检4500人。", "乡镇", {"4500人": N}),
 ("other_kind_after_semicolon", "低保户21户28人；残疾人户30户34人。", "村", {"21户": "dibao_households", "30户": N, "34人": N}),
 ("micro_fugai", "累计发放小额信贷3200万元，覆盖贫困户860户。", "县", {"3200万元": "microcredit_amount", "860户": "microcredit_households"}),
 ("qizhong_list_types", "全乡贫困户300户，其中：一般贫困户200户，低保贫困户80户，特困供养户20户。", "乡镇", {"300户": "poor_households", "200户": "poor_households", "80户": "poor_households", "20户": "poor_households"}),
 ("qizhong_years", "累计脱贫286户，其中2018年脱贫120户，2019年166户。", "乡镇", {"286户": "lifted_households", "120户": "lifted_households", "166户": "lifted_households"}),
 ("fenbie_villages", "甲村、乙村、丙村分别脱贫12户、15户、9户。", "乡镇", {"12户": "lifted_households", "15户": "lifted_households", "9户": "lifted_households"}),
]

#: rows whose wording is still read wrong (strict: a fix must move them out of here)
OPEN = {
    "heading_micro_bare": "a benefit verb's beneficiaries after a bare measure under a heading",
    "groups_hh_pop": "a bare 农户 as the unit's households",
    "labour_part_none": "a part naming a kind the total's rule vetoes (劳动力)",
    "pair_housing_persons": "the persons of a pair whose households' nearest subject counts no persons",
    "poor_checked_none": "a service verb between the poor and their figure",
}


def _rows():
    for rid, text, level, expect in ROWS:
        marks = [pytest.mark.xfail(strict=True, reason=OPEN[rid])] if rid in OPEN else []
        yield pytest.param(text, level, expect, id=rid, marks=marks)


@pytest.mark.parametrize("text,level,expect", list(_rows()))
def test_indicator_class_round7(text, level, expect):
    got = meaning(text, level)
    for fig, ind in expect.items():
        assert fig in got, f"{fig!r} not found in {text!r}"
        assert got[fig].indicator == ind, f"{fig!r}: {got[fig].indicator!r}, expected {ind!r} ({text})"
