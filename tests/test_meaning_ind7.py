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
 ("part_kind_relocated", "全村总户数520户，其中搬迁户36户。", "村", {"520户": "households_total", "36户": "relocated_households"}),
 ("paren_qizhong_ends", "低保户30户52人（其中五保户4户，其中2户纳入建档立卡）；残疾人户18户21人，大病户3户5人。", "村", {"30户": "dibao_households", "18户": N, "21人": N, "3户": N}),
 ("fenbie_villages", "甲村、乙村、丙村分别脱贫12户、15户、9户。", "乡镇", {"12户": "lifted_households", "15户": "lifted_households", "9户": "lifted_households"}),
]

#: rows whose wording is still read wrong (strict: a fix must move them out of here)
OPEN = {
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


# --------------------------------------------------------------------------- second batch
# indicator and period together (per(...) is a period); before the fixes 6 of 99 figures of these
# 65 rows were wrong: 减少至 as remaining, a benefit verb with the beneficiaries after the figure
# (支持2800户贫困户发展产业), a figure-less ``X中，`` opening the sentence (剩余贫困人口中，因病致贫12户)
def per(value):
    return ("period", value)


ROWS2 = [
 ("from_to_poor", "全县贫困人口从2014年的3.2万人减少到2019年的1200人。", "县", {"3.2万人": "poor_population", "1200人": "remaining_poor_population"}),
 ("poor_villages_exit", "全县共有贫困村32个，已全部出列。", "县", {"32个": "poor_villages"}),
 ("poor_villages_exit_before", "32个贫困村全部脱贫出列。", "县", {"32个": "poor_villages"}),
 ("poor_wan_pair", "全县有建档立卡贫困户1.2万户4.3万人。", "县", {"1.2万户": "poor_households", "4.3万人": "poor_population"}),
 ("poor_hh_from_to", "贫困户数由1200户减少至35户。", "县", {"35户": "remaining_poor_households"}),
 ("lifted_bare_wan", "累计实现12.6万贫困人口脱贫。", "县", {"12.6万": "lifted_population"}),
 ("micro_support", "发放扶贫小额信贷1.2亿元，支持2800户贫困户发展产业。", "县", {"1.2亿元": "microcredit_amount", "2800户": "microcredit_households"}),
 ("trained_year", "全年培训贫困劳动力3200人次。", "县", {"3200人次": "trained"}),
 ("employed_new", "新增转移就业贫困劳动力560人。", "县", {"560人": "employed_poor"}),
 ("public_jobs_pair", "开发扶贫公益岗位1200个，安置贫困劳动力1180人。", "县", {"1200个": "public_jobs", "1180人": "public_jobs"}),
 ("collective_avg", "贫困村村集体经济收入平均达8.2万元。", "县", {"8.2万元": "collective_income"}),
 ("share_insured", "贫困人口基本医疗保险参保率达到100%。", "县", {"100%": "share"}),
 ("edu_renci_money", "资助贫困家庭学生1.2万人次，发放资助金1500万元。", "县", {"1.2万人次": "education_aid_students", "1500万元": "education_aid_amount"}),
 ("dibao_standard", "农村低保标准提高到每人每年4500元。", "县", {"4500元": "dibao_amount"}),
 ("dibao_doudi", "低保兜底保障1200户2300人。", "县", {"1200户": "dibao_households", "2300人": "dibao_population"}),
 ("doctor_service", "签约服务贫困人口2.1万人。", "县", {"2.1万人": "family_doctor_signed"}),
 ("relocation_site", "建成集中安置点3个，安置搬迁群众560户2300人。", "县", {"3个": N, "560户": "relocated_households", "2300人": "relocated_population"}),
 ("housing_qizhong", "改造农村危房1500户，其中建档立卡贫困户820户。", "县", {"1500户": "housing_renovated", "820户": "housing_renovated"}),
 ("housing_wei", "为1200户贫困户实施危房改造。", "县", {"1200户": "housing_renovated"}),
 ("funds_resp", "中央、省、市财政专项扶贫资金分别为1.2亿元、3000万元、800万元。", "县", {"1.2亿元": "poverty_funds", "3000万元": "poverty_funds", "800万元": "poverty_funds"}),
 ("funds_social", "筹集社会帮扶资金560万元。", "县", {"560万元": "poverty_funds"}),
 ("income_from_to", "全县建档立卡贫困户人均纯收入由2015年的3200元增加到2019年的9800元。", "县", {"3200元": "per_capita_income", "9800元": "per_capita_income"}),
 ("incidence_from_to", "贫困发生率由2014年的15.3%降至2019年底的0.3%。", "县", {"15.3%": per("2014"), "0.3%": per("2019")}),
 ("heading_health", "（一）健康扶贫\n全县贫困人口家庭医生签约率100%，签约2.1万人。", "县", {"100%": "share", "2.1万人": "family_doctor_signed"}),
 ("heading_edu", "二、教育扶贫\n共资助学生3200人次，发放资金480万元。", "县", {"3200人次": "education_aid_students", "480万元": "education_aid_amount"}),
 ("heading_jobs", "4.就业扶贫\n全年转移就业3200人。", "县", {"3200人": "employed_poor"}),
 ("heading_doudi", "（五）兜底保障\n全县纳入低保5200户8900人。", "县", {"5200户": "dibao_households", "8900人": "dibao_population"}),
 ("heading_relocation_task", "（二）易地搬迁\n完成搬迁任务560户2300人。", "县", {"560户": "relocated_households", "2300人": "relocated_population"}),
 ("heading_housing", "（三）危房改造\n完成改造320户。", "县", {"320户": "housing_renovated"}),
 ("heading_basic", "一、基本情况\n全乡辖12个行政村，总人口2.3万人。", "乡镇", {"12个": "admin_villages", "2.3万人": "population_total"}),
 ("since_parts_years", "脱贫攻坚以来，全乡累计脱贫1200户4500人，其中2018年320户1200人，2019年280户1000人。", "乡镇", {"1200户": "lifted_households", "1200人": "lifted_population", "1000人": "lifted_population", "320户": per("2018"), "280户": per("2019")}),
 ("poor_then_lifted", "全村建档立卡贫困户38户125人，目前已脱贫35户118人，未脱贫3户7人。", "村", {"38户": "poor_households", "35户": "lifted_households", "118人": "lifted_population", "3户": "remaining_poor_households", "7人": "remaining_poor_population"}),
 ("poor_then_rest", "全镇有贫困户320户，截至目前，已脱贫300户，剩余20户。", "乡镇", {"320户": "poor_households", "300户": "lifted_households", "20户": "remaining_poor_households"}),
 ("remaining_zhong_causes", "剩余贫困人口中，因病致贫12户，因残致贫8户。", "乡镇", {"12户": "remaining_poor_households", "8户": "remaining_poor_households"}),
 ("in_poor_dibao", "在320户贫困户中，有低保户45户，五保户12户。", "乡镇", {"45户": "dibao_households", "12户": "poor_households"}),
 ("p_year_lead", "2019年全县减贫1200人。", "县", {"1200人": per("2019")}),
 ("p_asof_cum", "截至2019年底，全县累计减贫5.2万人。", "县", {"5.2万人": per("2019")}),
 ("p_since_cum", "2014年以来累计脱贫3.2万人。", "县", {"3.2万人": per("2014-2020")}),
 ("p_halfyear", "2020年上半年，发放小额信贷300万元。", "县", {"300万元": per("2020")}),
 ("p_months", "今年1-10月，全乡转移就业320人。", "乡镇", {"320人": per("2020")}),
 ("p_quannian", "全年共投入资金860万元。", "乡镇", {"860万元": per("2020")}),
 ("p_two_years", "2018年共投入资金860万元，2019年1200万元。", "乡镇", {"860万元": per("2018"), "1200万元": per("2019")}),
 ("p_span_zhi", "2016至2019年，全县共实施易地搬迁3200人。", "县", {"3200人": per("2016-2019")}),
 ("p_135", "“十三五”期间，全县共搬迁3200人。", "县", {"3200人": per("2016-2020")}),
 ("p_dangnian", "2019年新识别贫困户12户，当年脱贫8户。", "乡镇", {"12户": per("2019"), "8户": per("2019")}),
 ("p_still", "目前全村还有未脱贫户3户。", "村", {"3户": per("2020")}),
 ("p_xianyou", "现有贫困户18户。", "村", {"18户": per("2020")}),
 ("p_year_end", "2017年底，全村贫困发生率降至1.2%。", "村", {"1.2%": per("2017")}),
 ("p_plan", "计划2021年完成改造50户。", "村", {"50户": per("2021")}),
 ("p_expect", "预计到年底可实现脱贫35户。", "村", {"35户": per("2020")}),
 ("p_asof_month", "截至10月底，已发放贷款230万元。", "村", {"230万元": per("2020")}),
 ("p_asof_year_month", "截止2020年9月，全镇共有监测户12户。", "乡镇", {"12户": per("2020")}),
 ("p_cum_none", "累计完成危房改造1473户。", "乡镇", {"1473户": per(None)}),
 ("p_since_2015", "2015年以来，全乡共投入资金3200万元。", "乡镇", {"3200万元": per("2015-2020")}),
 ("p_shangnian", "比上年减少贫困人口320人。", "乡镇", {"320人": per("2019-2020")}),
 ("p_benian", "本年度共完成危房改造26户。", "乡镇", {"26户": per("2020")}),
 ("p_jiezhi_now", "截至目前，全村已脱贫45户。", "村", {"45户": per("2020")}),
 ("p_sentence_carry", "2018年，全乡投入扶贫资金680万元。实施产业项目23个，带动贫困户310户。", "乡镇", {"23个": per("2018"), "310户": per("2018")}),
 ("p_year_items_paren", "已脱贫120户（2017年45户、2018年50户、2019年25户）。", "乡镇", {"45户": per("2017"), "50户": per("2018"), "25户": per("2019")}),
 ("p_qizhong_year", "2019年共发放小额信贷320万元，其中新增贷款150万元。", "乡镇", {"150万元": per("2019")}),
 ("p_yilai_dangnian", "今年以来，全乡新增就业岗位80个。", "乡镇", {"80个": per("2020")}),
 ("p_xianyi", "全村现已有36户实现稳定脱贫。", "村", {"36户": per("2020")}),
 ("p_year_colon", "2019年：投入资金120万元，改造危房15户。", "村", {"120万元": per("2019"), "15户": per("2019")}),
 ("p_heading_span", "三、2018—2020年脱贫成效\n三年共脱贫320户。", "乡镇", {"320户": per("2018-2020")}),
]

OPEN2 = {
    "p_sentence_carry": "a year leading a sentence with figures governs no later sentence (a baseline: session 7)",
}


def _rows2():
    for rid, text, level, expect in ROWS2:
        marks = [pytest.mark.xfail(strict=True, reason=OPEN2[rid])] if rid in OPEN2 else []
        yield pytest.param(text, level, expect, id=rid, marks=marks)


@pytest.mark.parametrize("text,level,expect", list(_rows2()))
def test_indicator_and_period_round7(text, level, expect):
    got = meaning(text, level)
    for fig, want in expect.items():
        attr, value = want if isinstance(want, tuple) else ("indicator", want)
        assert fig in got, f"{fig!r} not found in {text!r}"
        assert getattr(got[fig], attr) == value, f"{fig!r} {attr}: {getattr(got[fig], attr)!r}, expected {value!r} ({text})"


# --------------------------------------------------------------------------- third batch
# wording of web reports (long sentences of kinds, plans, sections of a programme); before the
# fixes 7 of 97 figures of these 51 rows were wrong: 为 after the counted noun as a copula
# (贫困户数为120户), 累计安置 as a benefit verb of a bare clause, 参训 as training
ROWS3 = [
 ("plan_list_lifted", "列入2019年脱贫计划的贫困户有120户507人。", "乡镇", {"507人": "lifted_population", "120户": per("2019")}),
 ("deep_poor_village", "辖3个村，深度贫困村1个，贫困人口531户1638人。", "乡镇", {"3个": "admin_villages", "1个": "poor_villages", "531户": "poor_households"}),
 ("poor_kinds_survey", "其中调查确定贫困户124户523人，巩固提升脱贫户174户729人。", "乡镇", {"124户": "poor_households", "174户": "lifted_households"}),
 ("lifted_wancheng_you", "2018年完成脱贫贫困户有121户512人。", "乡镇", {"121户": "lifted_households", "512人": "lifted_population"}),
 ("poor_shu_wei", "全乡贫困户数为120户，贫困人口为450人。", "乡镇", {"120户": "poor_households", "450人": "poor_population"}),
 ("poor_pair_comma", "共有贫困人口156户、512人。", "乡镇", {"156户": "poor_households", "512人": "poor_population"}),
 ("lifted_after_yi", "全村116户已实现脱贫。", "村", {"116户": "lifted_households"}),
 ("remaining_de", "未脱贫的12户37人将于年底前全部脱贫。", "村", {"12户": "remaining_poor_households", "37人": "remaining_poor_population"}),
 ("per_hh_none", "贫困户户均增收3000元。", "村", {"3000元": N}),
 ("collective_bare", "村集体经济实现零突破，收入达3万元。", "村", {"3万元": "collective_income"}),
 ("funds_support_hh", "产业扶贫方面，共发放产业扶持资金120万元。", "乡镇", {"120万元": "poverty_funds"}),
 ("pv_none", "建成村级光伏电站12座，年收益240万元，惠及贫困户1200户。", "县", {"240万元": N, "1200户": N}),
 ("health_share", "贫困人口住院报销比例达90%。", "县", {"90%": "share"}),
 ("edu_zhuxuejin", "发放助学金15万元，资助贫困学生300名。", "县", {"15万元": "education_aid_amount", "300名": "education_aid_students"}),
 ("edu_spring", "春季学期资助建档立卡学生860人。", "县", {"860人": "education_aid_students"}),
 ("edu_yulu_pair", "雨露计划补助52人，发放补助资金15.6万元。", "县", {"52人": "education_aid_students", "15.6万元": "education_aid_amount"}),
 ("public_jobs_then", "全年新增公益性岗位120个，累计安置520人。", "县", {"120个": "public_jobs", "520人": "public_jobs"}),
 ("employed_chejian", "扶贫车间吸纳贫困群众就业85人。", "乡镇", {"85人": "employed_poor"}),
 ("employed_family", "贫困家庭劳动力实现就业1560人。", "县", {"1560人": "employed_poor"}),
 ("trained_canxun", "组织技能培训12期，参训贫困群众580人。", "县", {"12期": N, "580人": "trained"}),
 ("housing_grades", "改造C级危房45户、D级危房12户。", "县", {"45户": "housing_renovated", "12户": "housing_renovated"}),
 ("housing_jiagu", "对45户C级危房进行了加固改造。", "县", {"45户": "housing_renovated"}),
 ("relocation_ruzhu", "建成安置房120套，搬迁入住120户480人。", "县", {"120套": N, "120户": "relocated_households", "480人": "relocated_population"}),
 ("dibao_wubao", "全镇共有低保对象320户580人，五保对象45人。", "乡镇", {"320户": "dibao_households", "580人": "dibao_population", "45人": N}),
 ("tekun_none", "特困供养人员45人，临时救助60人次。", "乡镇", {"45人": N, "60人次": N}),
 ("doctor_share", "贫困户家庭医生签约率100%。", "县", {"100%": "share"}),
 ("poor_towns_villages", "全县有贫困乡镇3个、贫困村42个。", "县", {"3个": N, "42个": "poor_villages"}),
 ("provincial_poor_villages", "省级贫困村12个、市级贫困村5个。", "县", {"12个": "poor_villages", "5个": "poor_villages"}),
 ("admin_then_poor", "全县共有行政村186个，其中贫困村42个。", "县", {"186个": "admin_villages", "42个": "poor_villages"}),
 ("admin_after_shequ", "辖5个社区、18个行政村。", "乡镇", {"5个": N, "18个": "admin_villages"}),
 ("admin_cun_shequ", "全镇共18个村（社区）。", "乡镇", {"18个": "admin_villages"}),
 ("groups_none", "共有村民小组126个。", "乡镇", {"126个": N}),
 ("pop_agri_part", "总人口为2.6万人，其中农业人口2.1万人。", "乡镇", {"2.6万人": "population_total", "2.1万人": "population_total"}),
 ("farmland_none", "全村共有耕地面积3200亩。", "村", {"3200亩": N}),
 ("area_county", "全县国土面积2300平方公里。", "县", {"2300平方公里": "area_km2"}),
 ("p_halfyear_report", "今年上半年共发放补助198人183500元。", "乡镇", {"198人": per("2020")}),
 ("p_xiabannian", "下半年共投入资金211万元。", "乡镇", {"211万元": per("2020")}),
 ("p_year_end_students", "2019年底在校贫困学生共255人。", "乡镇", {"255人": per("2019")}),
 ("p_month_span", "2020年1月至6月，全镇转移就业320人。", "乡镇", {"320人": per("2020")}),
 ("p_baseline_2014", "2014年建档立卡时，全村有贫困户56户。", "村", {"56户": per("2014")}),
 ("p_compare_2014", "与2014年相比，贫困发生率下降了12个百分点。", "县", {"12个百分点": per("2014-2020")}),
 ("p_jiao_shangnian", "农民人均可支配收入较上年增长15%。", "县", {"15%": per("2019-2020")}),
 ("p_span_cum", "2016-2019年累计投入资金2300万元。", "县", {"2300万元": per("2016-2019")}),
 ("p_linian_cum", "历年累计投入资金2300万元。", "县", {"2300万元": per(None)}),
 ("p_year_two_clauses", "2019年，全镇实现脱贫120户，贫困发生率降至0.8%。", "乡镇", {"120户": per("2019"), "0.8%": per("2019")}),
 ("p_jinnian", "今年共实施危房改造56户。", "乡镇", {"56户": per("2020")}),
 ("p_mingnian", "明年计划实施危房改造30户。", "乡镇", {"30户": per("2021")}),
 ("p_nian_di_yi", "到2019年底，全乡累计脱贫1200人。", "乡镇", {"1200人": per("2019")}),
 ("p_dangnian_cum", "2018年全乡脱贫320人，当年投入资金680万元。", "乡镇", {"680万元": per("2018")}),
 ("p_heading_first_half", "一、2020年上半年工作开展情况\n共发放小额信贷230万元。", "乡镇", {"230万元": per("2020")}),
 ("p_heading_year_then_sub", "二、2019年主要工作\n（一）产业扶贫\n扶持贫困户发展产业320户。\n（二）就业扶贫\n转移就业560人。", "乡镇", {"320户": per("2019"), "560人": per("2019")}),
]

OPEN3 = {
    "collective_bare": "收入 alone as an attribute of the collective economy named before",
}


def _rows3():
    for rid, text, level, expect in ROWS3:
        marks = [pytest.mark.xfail(strict=True, reason=OPEN3[rid])] if rid in OPEN3 else []
        yield pytest.param(text, level, expect, id=rid, marks=marks)


@pytest.mark.parametrize("text,level,expect", list(_rows3()))
def test_indicator_and_period_round7_web(text, level, expect):
    test_indicator_and_period_round7(text, level, expect)


# --------------------------------------------------------------------------- periods in news wording
# 25 rows; before the fix 1 of 31 figures was wrong: a comparison with a year runs to the later
# year stated before it in the sentence (2019年…，比2015年增长45% → 2015-2019, not to the report's)
ROWS4 = [
 ("p_reporter", "日前，记者从县扶贫办获悉，截至目前，全县已累计脱贫1.2万人。", "县", {"1.2万人": per("2020")}),
 ("p_qiansanjidu", "今年前三季度，全县发放小额信贷3200万元。", "县", {"3200万元": per("2020")}),
 ("p_1zhi9", "1至9月，全县转移就业贫困劳动力5600人。", "县", {"5600人": per("2020")}),
 ("p_qunian_di", "去年底，全县尚有贫困人口1200人。", "县", {"1200人": per("2019")}),
 ("p_shangnianmo", "上年末全县贫困发生率为1.2%。", "县", {"1.2%": per("2019")}),
 ("p_nianchu", "年初以来，全镇新增就业岗位320个。", "乡镇", {"320个": per("2020")}),
 ("p_jinnianyilai_cum", "今年以来，累计发放贷款560万元。", "乡镇", {"560万元": per("2020")}),
 ("p_year_paren_after", "全县贫困人口减少到1200人（2019年底）。", "县", {"1200人": per("2019")}),
 ("p_two_years_compare", "2019年全县农村居民人均可支配收入达到12560元，比2015年增长45%。", "县", {"12560元": per("2019"), "45%": per("2015-2019")}),
 ("p_year_then_now", "2014年全村有贫困户56户，目前已全部脱贫。", "村", {"56户": per("2014")}),
 ("p_span_years_yilai", "2016年至今，累计投入资金2300万元。", "县", {"2300万元": per("2016-2020")}),
 ("p_jinnian_plan", "今年计划脱贫120户，目前已完成脱贫98户。", "乡镇", {"120户": per("2020"), "98户": per("2020")}),
 ("p_year_du", "2019年度，全镇共实施扶贫项目23个。", "乡镇", {"23个": per("2019")}),
 ("p_year_nei", "2019年内完成危房改造56户。", "乡镇", {"56户": per("2019")}),
 ("p_shisanwu_yilai", "“十三五”以来，全县共减贫3.2万人。", "县", {"3.2万人": per("2016-2020")}),
 ("p_jingzhunfupin_yilai", "精准扶贫以来，全县累计减贫3.2万人。", "县", {"3.2万人": per(None)}),
 ("p_year_dot", "截至2019.12，全县已脱贫1.2万人。", "县", {"1.2万人": per("2019")}),
 ("p_halfyear_prev", "2019年上半年，全县发放小额信贷3200万元。", "县", {"3200万元": per("2019")}),
 ("p_year_in_heading_num", "2019年脱贫攻坚工作总结\n一、主要成效\n全年脱贫320户。", "乡镇", {"320户": per("2020")}),
 ("p_jin_liangnian", "近两年，全乡投入资金860万元。", "乡镇", {"860万元": per("2019-2020")}),
 ("p_dangqian", "当前，全村尚有未脱贫户3户。", "村", {"3户": per("2020")}),
 ("p_zhiyu", "至2019年底，全村贫困户全部脱贫，贫困发生率降至0%。", "村", {"0%": per("2019")}),
 ("p_year_semicolon", "2018年脱贫120户；2019年脱贫85户；2020年脱贫36户。", "乡镇", {"120户": per("2018"), "85户": per("2019"), "36户": per("2020")}),
 ("p_year_list_fenbie_2", "2018年和2019年分别脱贫120户和85户。", "乡镇", {"120户": per("2018"), "85户": per("2019")}),
 ("p_base_and_now", "贫困人口由2014年底的1.2万人减少到目前的320人。", "县", {"1.2万人": per("2014"), "320人": per("2020")}),
]


@pytest.mark.parametrize("text,level,expect", [pytest.param(t, lv, e, id=r) for r, t, lv, e in ROWS4])
def test_period_round7_news(text, level, expect):
    test_indicator_and_period_round7(text, level, expect)


# --------------------------------------------------------------------------- artefacts and sections
# web artefacts (spaces, full-width digits, thousands commas, traditional script, glosses,
# placeholders) and a programme's section told over two sentences or under its heading: before the
# fixes 5 of 67 figures were wrong: a benefit verb after the figure (共有112户受益), 完成 as an
# enumeration label (2019年完成改造45户，2020年完成32户), and a bare clause after a figure whose
# rule a heading gave (（六）小额信贷\n累计发放125户，金额580万元)
ROWS5 = [
 ("art_spaces", "全乡建档立卡贫困户 36 户 84 人。", "乡镇", {"36 户": "poor_households", "84 人": "poor_population"}),
 ("art_fullwidth", "全乡建档立卡贫困户３６户８４人。", "乡镇", {"３６户": "poor_households", "８４人": "poor_population"}),
 ("art_thousands", "全县贫困人口12,345人。", "县", {"12,345人": "poor_population"}),
 ("art_wrap", "全乡建档立卡贫困户\n36户84人。", "乡镇", {"36户": "poor_households"}),
 ("art_traditional_1", "全鄉建檔立卡貧困戶36戶84人，已脫貧30戶72人。", "乡镇", {"36戶": "poor_households", "84人": "poor_population", "30戶": "lifted_households", "72人": "lifted_population"}),
 ("art_traditional_2", "貧困發生率由12.5%下降至0.5%。", "县", {"12.5%": "poverty_incidence", "0.5%": "poverty_incidence"}),
 ("art_traditional_3", "易地扶貧搬遷120戶480人。", "县", {"120戶": "relocated_households", "480人": "relocated_population"}),
 ("art_traditional_4", "發放扶貧小額信貸3200萬元。", "县", {"3200萬元": "microcredit_amount"}),
 ("art_traditional_5", "農村低保對象320戶580人。", "县", {"320戶": "dibao_households", "580人": "dibao_population"}),
 ("art_traditional_6", "村集體經濟收入達到8萬元。", "村", {"8萬元": "collective_income"}),
 ("art_gloss", "全鄉(xiāng)貧困發(fā)生率降至0.5%。", "乡镇", {"0.5%": "poverty_incidence"}),
 ("art_star_place", "**村共有建档立卡贫困户36户。", "乡镇", {"36户": "poor_households"}),
 ("art_xx_place", "XX镇共有建档立卡贫困户360户1200人。", "县", {"360户": "poor_households", "1200人": "poor_population"}),
 ("art_bare_wan", "全县共有贫困人口3.2万。", "县", {"3.2万": "poor_population"}),
 ("art_wan_yu", "累计减贫3.2万余人。", "县", {"3.2万余人": "lifted_population"}),
 ("art_yi_duo", "累计投入扶贫资金1.2亿多元。", "县", {"1.2亿多元": "poverty_funds"}),
 ("art_approx", "全年培训贫困群众约1500人次。", "县", {"1500人次": "trained"}),
 ("art_yu_hu", "全年危房改造1200余户。", "县", {"1200余户": "housing_renovated"}),
 ("art_ge_person", "全乡共有贫困人口456个。", "乡镇", {"456个": "poor_population"}),
 ("art_wei_person", "全镇有32位贫困老人享受低保。", "乡镇", {"32位": "dibao_population"}),
 ("section_1", "全乡易地扶贫搬迁共安置86户352人。其中集中安置60户245人，分散安置26户107人。", "乡镇", {"86户": "relocated_households", "60户": "relocated_households", "107人": "relocated_population"}),
 ("section_2", "小额信贷工作。累计发放贷款560万元，共有112户受益。", "乡镇", {"560万元": "microcredit_amount", "112户": "microcredit_households"}),
 ("section_3", "危房改造工作。今年共改造45户，其中C级30户，D级15户。", "乡镇", {"45户": "housing_renovated", "30户": "housing_renovated", "15户": "housing_renovated"}),
 ("section_4", "生态扶贫。聘请生态护林员85名，每人每年1万元。", "乡镇", {"85名": N, "1万元": N}),
 ("section_5", "健康扶贫。贫困人口参保率100%，家庭医生签约1200人。", "乡镇", {"100%": "share", "1200人": "family_doctor_signed"}),
 ("section_6", "2019年计划脱贫120户。截至目前已脱贫98户，剩余22户。", "乡镇", {"120户": "lifted_households", "98户": "lifted_households", "22户": "remaining_poor_households"}),
 ("section_7", "全乡共有低保户120户。今年新增低保户12户，退出8户。", "乡镇", {"120户": "dibao_households", "12户": "dibao_households"}),
 ("section_8", "全镇建档立卡贫困户共计320户。已脱贫退出310户，未脱贫10户。", "乡镇", {"320户": "poor_households", "310户": "lifted_households", "10户": "remaining_poor_households"}),
 ("section_9", "（一）产业扶贫\n全镇发展种植业1200亩，带动贫困户320户。", "乡镇", {"1200亩": N, "320户": N}),
 ("section_10", "（二）就业扶贫\n共有贫困劳动力1200人，已实现就业980人。", "乡镇", {"980人": "employed_poor"}),
 ("section_11", "（三）兜底保障\n全镇共有低保对象320户580人，特困供养对象45人。", "乡镇", {"320户": "dibao_households", "45人": N}),
 ("section_12", "（四）危房改造\n2019年完成改造45户，2020年完成32户。", "乡镇", {"45户": "housing_renovated", "32户": "housing_renovated"}),
 ("section_13", "（五）易地扶贫搬迁\n全镇共有搬迁对象56户213人，已全部入住。", "乡镇", {"56户": "relocated_households", "213人": "relocated_population"}),
 ("section_14", "贫困人口识别。经过多轮比对，全乡共识别贫困户320户1250人。", "乡镇", {"320户": "poor_households"}),
 ("section_15", "（六）小额信贷\n累计发放125户，金额580万元。", "乡镇", {"125户": "microcredit_households", "580万元": "microcredit_amount"}),
 ("section_16", "（七）公益性岗位\n共开发岗位86个，安置贫困劳动力86人。", "乡镇", {"86个": "public_jobs", "86人": "public_jobs"}),
 ("section_17", "（八）教育扶贫\n共发放助学金320人次，金额48万元。", "乡镇", {"320人次": "education_aid_students", "48万元": "education_aid_amount"}),
 ("section_18", "（九）健康扶贫\n家庭医生签约服务覆盖贫困人口1250人，签约率100%。", "乡镇", {"1250人": "family_doctor_signed", "100%": "share"}),
]
OPEN5 = {}


def _rows5():
    for rid, text, level, expect in ROWS5:
        marks = [pytest.mark.xfail(strict=True, reason=OPEN5[rid])] if rid in OPEN5 else []
        yield pytest.param(text, level, expect, id=rid, marks=marks)


@pytest.mark.parametrize("text,level,expect", list(_rows5()))
def test_indicator_round7_artefacts_and_sections(text, level, expect):
    test_indicator_and_period_round7(text, level, expect)


# --------------------------------------------------------------------------- the level a report's words show
# (indicators.yaml self_by_level): a report whose metadata level never occurs in its own words but
# another level's does throughout takes that level's higher-level words; a unit the metadata names
# in the text keeps its level
LEVEL_ROWS = [
 ("county_read_as_township", "全县共有贫困人口3.2万人。全县脱贫1.2万人。全县投入扶贫资金3亿元。", {"level": "乡镇"},
  {"3.2万人": "poor_population", "1.2万人": "lifted_population", "3亿元": "poverty_funds"}),
 ("township_quoting_county", "全乡共有贫困人口3200人。全县脱贫1.2万人。全县投入资金3亿元，全县贫困发生率0.5%。", {"level": "乡镇"},
  {"3200人": "poor_population", "1.2万人": N, "3亿元": N, "0.5%": N}),
 ("village_named_by_metadata", "金联村共有贫困户36户。全乡脱贫1200人。全乡投入资金300万元，全乡贫困发生率0.5%。",
  {"level": "村", "place": "金联村"}, {"36户": "poor_households", "1200人": N, "300万元": N}),
 ("county_few_mentions", "全县脱贫1.2万人。全县投入扶贫资金3亿元。", {"level": "乡镇"}, {"1.2万人": N, "3亿元": N}),
]


@pytest.mark.parametrize("text,meta,expect", [pytest.param(t, m, e, id=r) for r, t, m, e in LEVEL_ROWS])
def test_level_shown_by_the_reports_own_words(text, meta, expect):
    n = normalise(text)
    got = {f.text: f.indicator for f in attach_meaning(find_figures(text, "t", normalised=n), text, n, {"year": 2020, **meta})}
    for fig, ind in expect.items():
        assert got[fig] == ind, (fig, got[fig], ind)


# --------------------------------------------------------------------------- figures that count nothing the table keys
# 20 rows near cue words; before the fix 2 of 27 figures were wrong (慰问/看望 the poor: who is
# visited, not the registered count; the money of a road named in the sentence before, open)
ROWS6 = [
 ("none_workshops", "建成扶贫车间5个，吸纳就业120人。", "乡镇", {"5个": N, "120人": "employed_poor"}),
 ("none_materials_meetings", "发放扶贫宣传资料3000份，召开脱贫攻坚推进会12次。", "乡镇", {"3000份": N, "12次": N}),
 ("none_paired_cadres", "帮扶干部结对帮扶贫困户320户。", "乡镇", {"320户": N}),
 ("none_visited", "春节期间慰问贫困户56户，发放慰问金2.8万元。", "乡镇", {"56户": N, "2.8万元": N}),
 ("none_goods", "为贫困户发放化肥15吨、种苗3万株。", "乡镇", {"15吨": N}),
 ("none_road_money", "修建通村公路12公里，投入资金360万元。", "乡镇", {"360万元": N}),
 ("none_water_people", "新建饮水工程8处，解决了1200人的饮水问题。", "乡镇", {"1200人": N}),
 ("none_party_members", "全乡有党员320名，其中女党员45名。", "乡镇", {"320名": N, "45名": N}),
 ("none_work_team", "驻村工作队员12名，第一书记3名。", "乡镇", {"12名": N, "3名": N}),
 ("none_visits", "开展入户走访1200户次，排查问题56个。", "乡镇", {"1200户次": N, "56个": N}),
 ("none_crops_livestock", "发展特色种植3200亩，养殖牛羊1500头。", "乡镇", {"3200亩": N, "1500头": N}),
 ("growth_income", "全乡贫困户年人均收入增长12%。", "乡镇", {"12%": "growth_rate"}),
 ("none_pv_capacity", "建成光伏电站3座，装机容量300千瓦。", "乡镇", {"300千瓦": N}),
 ("none_job_fairs", "举办招聘会3场，提供就业岗位1200个，达成就业意向320人。", "县", {"3场": N}),
 ("share_insured", "贫困户参加新农合实现全覆盖，参合率100%。", "乡镇", {"100%": "share"}),
 ("none_road_hardening", "完成通村道路硬化35公里，投资1200万元。", "乡镇", {"1200万元": N}),
 ("none_clinics", "新建村级卫生室6个，投入资金90万元。", "乡镇", {"6个": N}),
 ("none_standard_per_hh", "贫困户危房改造补助标准为每户2万元。", "乡镇", {"2万元": N}),
 ("dibao_standard_per_person", "低保户每人每月补助300元。", "乡镇", {"300元": "dibao_amount"}),
 ("none_award_per_hh", "落实产业奖补资金，每户奖补3000元。", "乡镇", {"3000元": N}),
]
OPEN6 = {}


def _rows6():
    for rid, text, level, expect in ROWS6:
        marks = [pytest.mark.xfail(strict=True, reason=OPEN6[rid])] if rid in OPEN6 else []
        yield pytest.param(text, level, expect, id=rid, marks=marks)


@pytest.mark.parametrize("text,level,expect", list(_rows6()))
def test_indicator_round7_counts_of_nothing(text, level, expect):
    test_indicator_and_period_round7(text, level, expect)
