"""Indicators, periods and scopes on wording never seen (session 10, branch mean10): made-up report
sentences, written for the test from the guideline's indicator table and period rules, in wordings
another province's report may use and the book's examples do not (synonyms, 户数/数量 after the noun,
the figure before its noun, a subject governing a list, a heading or a colon label governing the
items below, 分别 lists, per-village lists).  Each text runs through the whole pipeline
(``extract_text``) under a title line that gives the report's unit, level and year (2019).
Counted before the fixes: 29 of 156 figures of the first batch wrong.  Open rows are xfail (strict)."""
import itertools

import pytest

from fupin_extract import extract_text

#: a title line per level: the report's unit and year (2019) come from it (a county the gazetteer
#: knows: with an unknown one, 青山县, the metadata step took 建制村 of 全县共有建制村126个 as the unit)
HEAD = {"乡镇": "河口镇2019年脱贫攻坚工作总结\n", "村": "春天村2019年脱贫攻坚工作总结\n", "县": "德化县2019年脱贫攻坚工作总结\n"}
N = None


def per(v):
    return ("period", v)


def sc(v):
    return ("scope", v)


ROWS = [
 # households_total / population_total
 ("hh_zonghushu_wei", "全镇户籍总户数为3260户，户籍总人口11860人。", "乡镇", {"3260户": "households_total", "11860人": "population_total"}),
 ("hh_gongji", "全村共计412户、1650人。", "村", {"412户": "households_total", "1650人": "population_total"}),
 # 合计 closing parts stated before it is their sum, not the unit's size (the audit sums the parts against it)
 ("sum_closer_not_unit_size", "一队有低保户8户。二队有低保户6户。全村合计14户。", "村", {"8户": "dibao_households", "14户": N}),
 ("sum_closer_zongji", "东坪组新建住房5户，西坪组新建住房7户，全村总计12户。", "村", {"12户": N}),
 ("hh_nonghu_zongshu", "本村现有农户总数412户，总人口1650人。", "村", {"412户": "households_total", "1650人": "population_total"}),
 ("pop_zongshu", "全村人口总数1650人。", "村", {"1650人": "population_total"}),
 ("pop_juzhu", "全镇辖8个行政村，居住人口1.2万人。", "乡镇", {"8个": "admin_villages", "1.2万人": "population_total"}),
 ("pop_fig_before", "全村共有1650名群众，412户。", "村", {"1650名": "population_total", "412户": "households_total"}),
 # admin villages
 ("adm_gongxia", "全镇共辖9个行政村。", "乡镇", {"9个": "admin_villages"}),
 ("adm_xiashe", "该乡下设12个村委会。", "乡镇", {"12个": "admin_villages"}),
 ("adm_shuliang", "全镇行政村数量为12个。", "乡镇", {"12个": "admin_villages"}),
 ("adm_guanxia", "全乡管辖11个建制村。", "乡镇", {"11个": "admin_villages"}),
 # area
 ("area_wei", "全镇总面积为128.6平方公里。", "乡镇", {"128.6平方公里": "area_km2"}),
 ("area_guotu", "全乡国土总面积76平方公里。", "乡镇", {"76平方公里": "area_km2"}),
 ("area_da", "辖区面积达56.3平方公里。", "乡镇", {"56.3平方公里": "area_km2"}),
 ("area_zhandi", "全村总面积12.5平方公里，其中耕地面积3200亩。", "村", {"12.5平方公里": "area_km2", "3200亩": N}),
 # poor
 ("poor_jdlkh", "全村建档立卡户36户112人。", "村", {"36户": "poor_households", "112人": "poor_population"}),
 ("poor_rending", "全镇识别认定贫困户数为218户。", "乡镇", {"218户": "poor_households"}),
 ("poor_gongji", "精准识别贫困人口共计1320人。", "乡镇", {"1320人": "poor_population"}),
 ("poor_qizhong_comma", "其中，建档立卡贫困户286户，贫困人口1032人。", "乡镇", {"286户": "poor_households", "1032人": "poor_population"}),
 ("poor_shiji", "全乡建档立卡贫困人口涉及320户1100人。", "乡镇", {"320户": "poor_households", "1100人": "poor_population"}),
 ("poor_fig_before", "全镇有36户贫困户、112名贫困人口。", "乡镇", {"36户": "poor_households", "112名": "poor_population"}),
 ("poor_dongtai", "经动态调整，全村现有贫困户38户126人。", "村", {"38户": "poor_households", "126人": "poor_population"}),
 ("poor_pinkunqunzhong", "全乡共有建档立卡贫困群众420户1530人。", "乡镇", {"420户": "poor_households", "1530人": "poor_population"}),
 # poor villages
 ("pv_shengji", "全县有省级贫困村28个。", "县", {"28个": "poor_villages"}),
 ("pv_zhong_wei", "全乡12个行政村中，8个为贫困村。", "乡镇", {"12个": "admin_villages", "8个": "poor_villages"}),
 ("pv_zhongdian", "确定重点贫困村5个。", "县", {"5个": "poor_villages"}),
 ("pv_fig_before", "全县共有28个贫困村。", "县", {"28个": "poor_villages"}),
 # lifted
 ("lift_tuichu", "2019年全镇退出贫困户45户168人。", "乡镇", {"45户": "lifted_households", "168人": "lifted_population"}),
 ("lift_deyou", "全村已实现脱贫的有30户102人。", "村", {"30户": "lifted_households", "102人": "lifted_population"}),
 ("lift_leiji_dadao", "已脱贫户累计达到298户。", "乡镇", {"298户": "lifted_households"}),
 ("lift_hushu_wei", "全乡脱贫户数为298户。", "乡镇", {"298户": "lifted_households"}),
 ("lift_shunli", "45户168人顺利脱贫。", "乡镇", {"45户": "lifted_households", "168人": "lifted_population"}),
 ("lift_biaozhu", "共有56户213人标注脱贫。", "乡镇", {"56户": "lifted_households", "213人": "lifted_population"}),
 ("lift_zhaimao_hh", "累计脱贫摘帽贫困户312户。", "乡镇", {"312户": "lifted_households"}),
 # remaining
 ("rem_haiyou", "全村还有3户7人未脱贫。", "村", {"3户": "remaining_poor_households", "7人": "remaining_poor_population"}),
 ("rem_de_haiyou", "尚未脱贫的贫困户还有12户35人。", "乡镇", {"12户": "remaining_poor_households", "35人": "remaining_poor_population"}),
 ("rem_rengyou", "目前仍有未脱贫人口35人。", "乡镇", {"35人": "remaining_poor_population"}),
 ("rem_hushu", "剩余贫困户数5户。", "村", {"5户": "remaining_poor_households"}),
 ("rem_weichu", "未出列贫困村2个，未脱贫贫困人口86人。", "乡镇", {"86人": "remaining_poor_population"}),
 # incidence
 ("inc_from_to", "贫困发生率由12.3%下降到0.5%。", "乡镇", {"12.3%": "poverty_incidence", "0.5%": "poverty_incidence"}),
 ("inc_wei", "全村贫困发生率为0%。", "村", {"0%": "poverty_incidence"}),
 ("inc_zonghe", "综合贫困发生率降至0.8%。", "县", {"0.8%": "poverty_incidence"}),
 # edge / monitored
 ("edge_paicha", "全镇共排查出边缘易致贫户12户38人。", "乡镇", {"12户": "edge_households", "38人": "edge_population"}),
 ("edge_resp", "脱贫不稳定户和边缘易致贫户分别为5户、8户。", "乡镇", {"5户": "monitored_households", "8户": "edge_households"}),
 ("mon_gongji", "监测对象共计15户52人。", "乡镇", {"15户": "monitored_households", "52人": "monitored_population"}),
 ("mon_fanpin", "全村有防返贫监测户4户13人。", "村", {"4户": "monitored_households", "13人": "monitored_population"}),
 ("mon_after", "新识别6户21人为监测对象。", "乡镇", {"6户": "monitored_households", "21人": "monitored_population"}),
 # funds
 ("fund_touru", "共投入扶贫资金1200万元。", "县", {"1200万元": "poverty_funds"}),
 ("fund_zhenghe", "累计整合各类扶贫资金3500万元。", "县", {"3500万元": "poverty_funds"}),
 ("fund_luoshi", "全年落实财政专项扶贫资金680万元。", "县", {"680万元": "poverty_funds"}),
 ("fund_xianjie", "到位中央财政衔接推进乡村振兴补助资金300万元。", "县", {"300万元": "poverty_funds"}),
 ("fund_fig_before", "共有1200万元扶贫资金投入到产业项目。", "县", {"1200万元": "poverty_funds"}),
 # relocated
 ("rel_qunzhong", "全县共搬迁安置贫困群众560户2300人。", "县", {"560户": "relocated_households", "2300人": "relocated_population"}),
 ("rel_ruzhu_gong", "易地扶贫搬迁贫困户已全部入住，共32户126人。", "乡镇", {"32户": "relocated_households", "126人": "relocated_population"}),
 ("rel_dao", "共有32户126人搬迁到集中安置点。", "乡镇", {"32户": "relocated_households", "126人": "relocated_population"}),
 ("rel_banqianhu", "全镇易地扶贫搬迁户共32户126人。", "乡镇", {"32户": "relocated_households", "126人": "relocated_population"}),
 # housing
 ("hou_renwu", "完成危房改造任务42户。", "乡镇", {"42户": "housing_renovated"}),
 ("hou_xiangmu", "实施农村危房改造项目42户。", "乡镇", {"42户": "housing_renovated"}),
 ("hou_jianding", "鉴定为C级、D级危房的42户已全部改造。", "乡镇", {"42户": "housing_renovated"}),
 ("hou_fig_before", "共有42户贫困户完成危房改造。", "乡镇", {"42户": "housing_renovated"}),
 # microcredit
 ("mc_shiji", "为贫困户发放扶贫小额贷款650万元，共涉及130户。", "县", {"650万元": "microcredit_amount", "130户": "microcredit_households"}),
 ("mc_xiang", "累计向186户贫困户发放小额信贷820万元。", "县", {"186户": "microcredit_households", "820万元": "microcredit_amount"}),
 ("mc_huodai", "小额信贷放贷820万元，获贷贫困户186户。", "县", {"820万元": "microcredit_amount", "186户": "microcredit_households"}),
 ("mc_fenbie", "发放扶贫小额信贷的户数和金额分别为186户、820万元。", "县", {"186户": "microcredit_households", "820万元": "microcredit_amount"}),
 # public jobs
 ("pj_anzhi_renyuan", "开发公益性岗位安置贫困人员35人。", "乡镇", {"35人": "public_jobs"}),
 ("pj_shezhi", "共设置保洁、护林等公益性岗位120个。", "县", {"120个": "public_jobs"}),
 ("pj_anpai", "公益性岗位安排贫困劳动力56名。", "县", {"56名": "public_jobs"}),
 ("pj_fig_before", "共有56名贫困劳动力在公益性岗位就业。", "县", {"56名": "public_jobs"}),
 # employed
 ("emp_waichu", "全村外出务工贫困劳动力320人。", "村", {"320人": "employed_poor"}),
 ("emp_shixian", "实现贫困劳动力转移就业1200人。", "县", {"1200人": "employed_poor"}),
 ("emp_bangzhu", "帮助320名贫困劳动力实现就业。", "县", {"320名": "employed_poor"}),
 ("emp_wugong_renshu", "贫困劳动力务工人数达到1850人。", "县", {"1850人": "employed_poor"}),
 # trained
 ("tr_canjia", "组织贫困劳动力参加技能培训320人。", "县", {"320人": "trained"}),
 ("tr_renci", "培训贫困群众1200人次。", "县", {"1200人次": "trained"}),
 ("tr_ban", "举办种养殖技术培训班8期，培训农民420人。", "县", {"8期": N, "420人": "trained"}),
 ("tr_fig_before", "共有420名贫困群众接受了技能培训。", "县", {"420名": "trained"}),
 # education
 ("edu_zhuxuejin", "为320名建档立卡贫困学生发放助学金48万元。", "县", {"320名": "education_aid_students", "48万元": "education_aid_amount"}),
 ("edu_yulu", "落实雨露计划补助56人8.4万元。", "县", {"56人": "education_aid_students", "8.4万元": "education_aid_amount"}),
 ("edu_jine", "资助贫困家庭学生1200人次，资助金额180万元。", "县", {"1200人次": "education_aid_students", "180万元": "education_aid_amount"}),
 # dibao
 ("dib_nalu", "全村纳入农村低保27户53人。", "村", {"27户": "dibao_households", "53人": "dibao_population"}),
 ("dib_xiangshou", "享受低保政策的贫困户有45户。", "乡镇", {"45户": "dibao_households"}),
 ("dib_jin", "累计发放低保金86万元。", "乡镇", {"86万元": "dibao_amount"}),
 ("dib_fig_before", "全镇有320户580人享受最低生活保障。", "乡镇", {"320户": "dibao_households", "580人": "dibao_population"}),
 # collective
 ("col_dadao", "村集体经济收入达到12万元。", "村", {"12万元": "collective_income"}),
 ("col_cun_jiti", "全村村集体收入突破10万元。", "村", {"10万元": "collective_income"}),
 ("col_each", "10个贫困村集体经济收入均超过5万元。", "县", {"5万元": "collective_income"}),
 # per capita
 ("pci_pinkunhu", "贫困户人均纯收入达到9800元。", "乡镇", {"9800元": "per_capita_income"}),
 ("pci_from_to", "农民人均可支配收入由8200元增加到9600元。", "县", {"8200元": "per_capita_income", "9600元": "per_capita_income"}),
 ("pci_nian", "全村人均年收入达到1.2万元。", "村", {"1.2万元": "per_capita_income"}),
 # doctor
 ("doc_fugai", "家庭医生签约服务覆盖贫困人口1320人。", "乡镇", {"1320人": "family_doctor_signed"}),
 ("doc_rate", "贫困人口家庭医生签约1320人，签约率100%。", "乡镇", {"1320人": "family_doctor_signed", "100%": "share"}),
 ("doc_xieyi", "与1320名贫困人口签订家庭医生服务协议。", "乡镇", {"1320名": "family_doctor_signed"}),
 # rates
 ("growth_bi", "贫困户人均纯收入比上年增长12.5%。", "乡镇", {"12.5%": "growth_rate"}),
 ("share_zhan", "贫困人口占全村总人口的8.3%。", "村", {"8.3%": "share"}),
 # structure
 ("head_list", "（一）脱贫户\n2018年45户，2019年60户。", "乡镇", {"45户": "lifted_households", "60户": "lifted_households"}),
 ("village_list_poor", "各村贫困户情况：东坡村36户、西岭村28户、南山村19户。", "乡镇", {"36户": "poor_households", "28户": "poor_households", "19户": "poor_households"}),
 ("village_list_lifted", "其中，东坡村脱贫12户，西岭村15户。", "乡镇", {"12户": "lifted_households", "15户": "lifted_households"}),
 ("causes_list", "贫困户中，因病致贫45户，因学致贫12户，缺劳力28户。", "乡镇", {"45户": "poor_households", "12户": "poor_households", "28户": "poor_households"}),
 ("fenbie_years_poor", "2017年、2018年、2019年分别脱贫45户、60户、38户。", "乡镇", {"45户": "lifted_households", "60户": "lifted_households", "38户": "lifted_households"}),
 ("cue_after_list", "东坡村36户、西岭村28户为贫困户。", "乡镇", {"36户": "poor_households", "28户": "poor_households"}),
 ("heading_funds_list", "（三）扶贫资金投入\n中央资金320万元，省级资金180万元，县级配套资金60万元。", "县", {"320万元": "poverty_funds", "180万元": "poverty_funds", "60万元": "poverty_funds"}),
 ("per_village_pairs", "东坡村贫困户36户128人，西岭村28户96人。", "乡镇", {"36户": "poor_households", "128人": "poor_population", "28户": "poor_households", "96人": "poor_population"}),
]


#: rows still read wrong (strict: a fix must move them out of here)
OPEN = {
}


def _value(v):
    return None if v is None or str(v) in ("<NA>", "nan") else v


def _rows(rows, open_rows):
    for rid, text, level, expect in rows:
        marks = [pytest.mark.xfail(strict=True, reason=open_rows[rid])] if rid in open_rows else []
        yield pytest.param(text, level, expect, id=rid, marks=marks)


def check(text, level, expect):
    df = extract_text(HEAD[level] + text)
    got = {r.text: r for r in df.itertuples()}
    for fig, want in expect.items():
        attr, value = want if isinstance(want, tuple) else ("indicator", want)
        assert fig in got, f"{fig!r} not found in {text!r}"
        assert _value(getattr(got[fig], attr)) == value, (
            f"{fig!r} {attr}: {getattr(got[fig], attr)!r}, expected {value!r} ({text})")


@pytest.mark.parametrize("text,level,expect", list(_rows(ROWS, OPEN)))
def test_indicator_wording_s10(text, level, expect):
    check(text, level, expect)


# --------------------------------------------------------------------------- periods
# 45 rows (61 figures); 2 wrong: a time leading a figure-less sentence governs the next only at the
# document's start (LEAD_TIME_BEFORE is anchored with ^: tried unanchored, check period lost 6
# figures, 0.821 → 0.784, seen unchanged: dropped)
PERIOD_ROWS = [
 ("p_jiezhi_di", "截至2019年底，全镇累计脱贫320户1120人。", "乡镇", {"320户": per("2019"), "1120人": per("2019")}),
 ("p_jiezhi_di_mid", "全镇截至2018年底共有贫困户56户。", "乡镇", {"56户": per("2018")}),
 ("p_since_cum", "2014年以来，全镇累计减少贫困人口1120人。", "乡镇", {"1120人": per("2014-2019")}),
 ("p_since_mid", "全县2015年以来累计投入扶贫资金3.2亿元。", "县", {"3.2亿元": per("2015-2019")}),
 ("p_dangnian_prev", "2018年新识别贫困户12户。当年脱贫8户。", "乡镇", {"12户": per("2018"), "8户": per("2018")}),
 ("p_jinnian", "今年全镇计划脱贫45户。", "乡镇", {"45户": per("2019")}),
 ("p_qunian", "去年全镇脱贫60户，今年脱贫45户。", "乡镇", {"60户": per("2018"), "45户": per("2019")}),
 ("p_qunian_mid", "全镇去年共脱贫60户。", "乡镇", {"60户": per("2018")}),
 ("p_jinnianyilai", "今年以来，共发放小额信贷320万元。", "乡镇", {"320万元": per("2019")}),
 ("p_135_qijian", "“十三五”期间，全县共投入扶贫资金3200万元。", "县", {"3200万元": per("2016-2020")}),
 ("p_135_noquote", "十三五期间全县易地搬迁1200户。", "县", {"1200户": per("2016-2020")}),
 ("p_heading_year", "（一）2018年工作情况\n全镇脱贫45户168人，投入资金320万元。", "乡镇", {"45户": per("2018"), "320万元": per("2018")}),
 ("p_heading_year_plain", "二、2018年脱贫攻坚成效\n全镇脱贫45户。\n实施产业项目12个。", "乡镇", {"45户": per("2018"), "12个": per("2018")}),
 ("p_range_dash", "2016—2019年，累计投入资金3200万元。", "县", {"3200万元": per("2016-2019")}),
 ("p_range_mid", "全县2016-2019年共完成易地搬迁1200户。", "县", {"1200户": per("2016-2019")}),
 ("p_range_zhi", "2016年至2019年，全镇共脱贫320户。", "乡镇", {"320户": per("2016-2019")}),
 ("p_tongbi", "全镇农民人均纯收入9800元，同比增长12%。", "乡镇", {"9800元": per("2019"), "12%": per("2018-2019")}),
 ("p_tongbi_year", "2018年全镇农民人均纯收入9800元，同比增长12%。", "乡镇", {"9800元": per("2018"), "12%": per("2017-2018")}),
 ("p_prev_sentence", "2018年，全镇上下齐心协力。共脱贫45户168人。", "乡镇", {"45户": per("2018")}),
 ("p_prev_sentence_figs", "2018年，全镇投入扶贫资金680万元。实施产业项目23个。", "乡镇", {"680万元": per("2018"), "23个": per("2018")}),
 ("p_year_colon_list", "2018年：脱贫45户，投入资金320万元。", "乡镇", {"45户": per("2018"), "320万元": per("2018")}),
 ("p_nian_yilai_cum_none", "累计发放小额信贷1.2亿元。", "县", {"1.2亿元": per(None)}),
 ("p_mudqian", "目前全镇尚有未脱贫人口35人。", "乡镇", {"35人": per("2019")}),
 ("p_benian", "本年度全镇共完成危房改造26户。", "乡镇", {"26户": per("2019")}),
 ("p_shangnian", "较上年减少贫困人口320人。", "乡镇", {"320人": per("2018-2019")}),
 ("p_year_items", "2017年脱贫45户，2018年60户，2019年38户。", "乡镇", {"45户": per("2017"), "60户": per("2018"), "38户": per("2019")}),
 ("p_year_fenbie", "2017年、2018年、2019年分别脱贫45户、60户、38户。", "乡镇", {"45户": per("2017"), "60户": per("2018"), "38户": per("2019")}),
 ("p_year_paren", "全镇已脱贫143户（其中2017年45户、2018年60户、2019年38户）。", "乡镇", {"45户": per("2017"), "38户": per("2019")}),
 ("p_plan_next", "明年计划完成危房改造30户。", "乡镇", {"30户": per("2020")}),
 ("p_yu_year", "全镇36户贫困户于2018年底全部脱贫。", "乡镇", {"36户": per("2018")}),
 ("p_base_zhan", "贫困人口占2014年全镇总人口的8.3%。", "乡镇", {"8.3%": per("2019")}),
 ("p_from_to", "贫困发生率从2014年的12.3%降至2018年的0.5%。", "乡镇", {"12.3%": per("2014"), "0.5%": per("2018")}),
 ("p_jinsannian", "近三年累计投入资金3200万元。", "县", {"3200万元": per("2017-2019")}),
 ("p_sannianlai", "三年来，全县共脱贫1.2万人。", "县", {"1.2万人": per("2017-2019")}),
 ("p_year_mid_clause", "全镇2019年脱贫45户，贫困发生率降至0.5%。", "乡镇", {"45户": per("2019"), "0.5%": per("2019")}),
 ("p_year_month_since", "2019年3月以来，共排查监测户12户。", "乡镇", {"12户": per("2019")}),
 ("p_qian_year", "前年全镇脱贫60户。", "乡镇", {"60户": per("2017")}),
 ("p_year_de", "2018年的脱贫户45户已全部稳定。", "乡镇", {"45户": per("2018")}),
 ("p_year_tail_heading", "三、2019年工作开展情况\n（一）产业扶贫\n扶持贫困户发展产业320户。", "乡镇", {"320户": per("2019")}),
 ("p_dangnian_heading", "（二）2018年\n当年脱贫45户。", "乡镇", {"45户": per("2018")}),
 ("p_nian_qianjing", "2019年前三季度，全镇转移就业320人。", "乡镇", {"320人": per("2019")}),
 ("p_year_nei_cum", "2017年至今累计脱贫320户。", "乡镇", {"320户": per("2017-2019")}),
 ("p_year_prev_para", "2018年，全镇脱贫45户。\n全镇实施产业项目12个。", "乡镇", {"12个": per("2019")}),
 ("p_jinnian_shangbannian", "今年上半年，全镇发放贷款230万元。", "乡镇", {"230万元": per("2019")}),
 ("p_qunian_tongqi", "比去年同期增加120人。", "乡镇", {"120人": per("2018-2019")}),
]

PERIOD_OPEN = {
    "p_prev_sentence": "a year leading a figure-less sentence governs the next sentence only at the text's start",
    "p_prev_sentence_figs": "a year leading a sentence with figures governs no later sentence (a baseline: session 7)",
}


@pytest.mark.parametrize("text,level,expect", list(_rows(PERIOD_ROWS, PERIOD_OPEN)))
def test_period_wording_s10(text, level, expect):
    check(text, level, expect)


# --------------------------------------------------------------------------- second batch
# 65 rows (102 figures), after the first batch's fixes: 4 wrong (户籍户数, 规模为 as a copula, a
# village named after 其中 as the subject of its clause, and 建制村 in a county report, which was the
# title's county being unknown to the gazetteer: metadata read 建制村 as the reporting unit)
ROWS2 = [
 ("hh_zonghushu_da", "全乡总户数达4120户，总人口1.56万人。", "乡镇", {"4120户": "households_total", "1.56万人": "population_total"}),
 ("hh_huji_hushu", "全村户籍户数386户，户籍人口1402人。", "村", {"386户": "households_total", "1402人": "population_total"}),
 ("pop_changzhu_list", "全镇共有人口3.2万人、8600户。", "乡镇", {"3.2万人": "population_total", "8600户": "households_total"}),
 ("adm_jianzhicun_gong", "全县共有建制村126个、社区8个。", "县", {"126个": "admin_villages", "8个": N}),
 ("adm_xia_cun_juweihui", "全镇下辖14个村（居）委会。", "乡镇", {"14个": "admin_villages"}),
 ("area_mianji_wei", "全乡面积为86.5平方公里。", "乡镇", {"86.5平方公里": "area_km2"}),
 ("poor_zongshu", "全乡建档立卡贫困户总数为412户。", "乡镇", {"412户": "poor_households"}),
 ("poor_kadang", "全村共有建档立卡户56户、建档立卡人口198人。", "村", {"56户": "poor_households", "198人": "poor_population"}),
 ("poor_guimo", "全县贫困人口规模为1.2万人。", "县", {"1.2万人": "poor_population"}),
 ("poor_nadang", "全镇纳入建档立卡的贫困户412户1520人。", "乡镇", {"412户": "poor_households", "1520人": "poor_population"}),
 ("poor_leiji_shibie", "累计识别建档立卡贫困户412户1520人。", "乡镇", {"412户": "poor_households", "1520人": "poor_population"}),
 ("poor_vill_zhong", "在12个行政村中，有贫困村5个。", "乡镇", {"12个": "admin_villages", "5个": "poor_villages"}),
 ("pv_chulie", "全县28个贫困村已全部出列。", "县", {"28个": "poor_villages"}),
 ("pv_shendu", "全县有深度贫困村6个。", "县", {"6个": "poor_villages"}),
 ("lift_tuochu_hu", "累计脱贫退出贫困户398户1462人。", "乡镇", {"398户": "lifted_households", "1462人": "lifted_population"}),
 ("lift_yuzhi", "已脱贫户为398户。", "乡镇", {"398户": "lifted_households"}),
 ("lift_jianpin_shu", "全年减贫人数达到1120人。", "县", {"1120人": "lifted_population"}),
 ("lift_wancheng_renwu", "完成45户168人的脱贫任务。", "乡镇", {"45户": "lifted_households", "168人": "lifted_population"}),
 ("lift_list_vill", "东坡村、西岭村、南山村分别脱贫12户、15户、9户。", "乡镇", {"12户": "lifted_households", "9户": "lifted_households"}),
 ("rem_weituo_hu", "全村未脱贫户3户7人。", "村", {"3户": "remaining_poor_households", "7人": "remaining_poor_population"}),
 ("rem_jiang", "年底剩余贫困人口将控制在50人以内。", "乡镇", {"50人": "remaining_poor_population"}),
 ("rem_zhong_list", "剩余的12户中，因病8户，因残4户。", "乡镇", {"8户": "remaining_poor_households", "4户": "remaining_poor_households"}),
 ("inc_bi_year", "全县贫困发生率由2014年底的18.6%降至2019年底的0.62%。", "县", {"18.6%": "poverty_incidence", "0.62%": "poverty_incidence"}),
 ("inc_xiajiang", "贫困发生率下降到1.2%以下。", "乡镇", {"1.2%": "poverty_incidence"}),
 ("edge_bianyuan_renkou", "全村有边缘人口5户17人。", "村", {"5户": "edge_households", "17人": "edge_population"}),
 ("mon_tuopin_buwending", "脱贫不稳定户共4户12人，均已落实帮扶措施。", "乡镇", {"4户": "monitored_households", "12人": "monitored_population"}),
 ("mon_sanlei", "全镇共识别三类对象32户108人。", "乡镇", {"32户": "monitored_households", "108人": "monitored_population"}),
 ("fund_shangji", "争取上级各类扶贫资金2360万元。", "县", {"2360万元": "poverty_funds"}),
 ("fund_anpai_shiyong", "全年安排使用扶贫资金860万元。", "县", {"860万元": "poverty_funds"}),
 ("fund_bokuan", "拨付扶贫专项资金420万元。", "县", {"420万元": "poverty_funds"}),
 ("fund_list_heading", "（二）资金投入情况\n全年共投入扶贫资金1320万元，其中中央资金800万元、省级资金320万元、县级资金200万元。", "县", {"1320万元": "poverty_funds", "800万元": "poverty_funds", "200万元": "poverty_funds"}),
 ("rel_anzhi_hu", "易地扶贫搬迁安置贫困户128户512人。", "县", {"128户": "relocated_households", "512人": "relocated_population"}),
 ("rel_banqian_duixiang", "全县易地扶贫搬迁对象共计1200户4800人。", "县", {"1200户": "relocated_households", "4800人": "relocated_population"}),
 ("rel_shixian_banqian", "实现易地扶贫搬迁1200户4800人。", "县", {"1200户": "relocated_households", "4800人": "relocated_population"}),
 ("hou_cd", "完成C、D级危房改造126户。", "县", {"126户": "housing_renovated"}),
 ("hou_weijiufang", "改造农村危旧房126户。", "县", {"126户": "housing_renovated"}),
 ("hou_anquan", "实施农村危房改造，全年改造126户。", "县", {"126户": "housing_renovated"}),
 ("mc_fangdai", "累计发放扶贫小额信贷2.3亿元，惠及贫困户5600户。", "县", {"2.3亿元": "microcredit_amount", "5600户": "microcredit_households"}),
 ("mc_daikuan_hu", "全镇共有126户贫困户获得扶贫小额贷款。", "乡镇", {"126户": "microcredit_households"}),
 ("mc_jine_bare", "小额信贷方面，共发放贷款126户，金额580万元。", "乡镇", {"126户": "microcredit_households", "580万元": "microcredit_amount"}),
 ("pj_pinyong", "聘用贫困人员到公益性岗位就业120人。", "县", {"120人": "public_jobs"}),
 ("pj_gongyi_anzhi", "通过公益性岗位安置就业120人。", "县", {"120人": "public_jobs"}),
 ("emp_chejian", "扶贫车间带动贫困群众就业320人。", "县", {"320人": "employed_poor"}),
 ("emp_zhuanyi", "全年转移贫困劳动力就业2300人。", "县", {"2300人": "employed_poor"}),
 ("tr_jishu", "开展实用技术培训36期，培训贫困群众1800人。", "县", {"36期": N, "1800人": "trained"}),
 ("tr_peixun_renshu", "全年培训人数达到2300人。", "县", {"2300人": "trained"}),
 ("edu_zizhu_shengci", "累计资助贫困学生1.2万人次。", "县", {"1.2万人次": "education_aid_students"}),
 ("edu_jiaoyu_buzhu", "发放教育扶贫补助资金320万元。", "县", {"320万元": "education_aid_amount"}),
 ("dib_doudi", "将1200户2300人纳入低保兜底。", "县", {"1200户": "dibao_households", "2300人": "dibao_population"}),
 ("dib_xiangshou_renshu", "全镇享受低保人数为580人。", "乡镇", {"580人": "dibao_population"}),
 ("col_jingji_shouru", "贫困村村集体经济收入全部达到5万元以上。", "县", {"5万元": "collective_income"}),
 ("col_cunji", "全村村级集体收入达到15万元。", "村", {"15万元": "collective_income"}),
 ("pci_nongmin", "全镇农民人均可支配收入达到1.1万元。", "乡镇", {"1.1万元": "per_capita_income"}),
 ("pci_pinkun_renjun", "建档立卡贫困户人均收入由3200元增加到9800元。", "县", {"3200元": "per_capita_income", "9800元": "per_capita_income"}),
 ("doc_qianyue", "家庭医生签约贫困人口1.2万人，签约率达100%。", "县", {"1.2万人": "family_doctor_signed", "100%": "share"}),
 ("share_canbao", "贫困人口参保率达100%。", "县", {"100%": "share"}),
 ("growth_tongbi", "贫困户人均纯收入同比增长15.3%。", "县", {"15.3%": "growth_rate"}),
 # structure / scope
 ("scope_village_pair", "其中东坡村贫困户36户128人，西岭村28户96人。", "乡镇", {"36户": sc("东坡村"), "28户": sc("西岭村"), "96人": "poor_population"}),
 ("scope_village_lead", "东坡村有贫困户36户，已脱贫30户。", "乡镇", {"36户": sc("东坡村"), "30户": sc("东坡村")}),
 ("scope_self", "全镇有贫困户320户。", "乡镇", {"320户": sc(None)}),
 ("types_qizhong_colon", "贫困户中：一般贫困户200户，低保户80户，五保户20户。", "乡镇", {"200户": "poor_households", "80户": "dibao_households", "20户": "poor_households"}),
 ("year_list_poor", "2017年脱贫120户，2018年脱贫85户，2019年脱贫36户，三年共脱贫241户。", "乡镇", {"120户": "lifted_households", "241户": "lifted_households"}),
 ("fenbie_hu_ren", "已脱贫户和未脱贫户分别为380户、12户。", "乡镇", {"380户": "lifted_households", "12户": "remaining_poor_households"}),
 ("heading_lifted_list", "（二）脱贫情况\n2018年45户168人，2019年60户212人。", "乡镇", {"45户": "lifted_households", "212人": "lifted_population"}),
 ("kinds_of_units_none", "全镇共有行政村12个、社区2个、村民小组86个。", "乡镇", {"12个": "admin_villages", "2个": N, "86个": N}),
 ("heading_dibao_vill", "（四）低保兜底\n东坡村12户，西岭村8户，南山村5户。", "乡镇", {"12户": "dibao_households", "5户": "dibao_households"}),
]


@pytest.mark.parametrize("text,level,expect", list(_rows(ROWS2, {})))
def test_indicator_wording_s10_second(text, level, expect):
    check(text, level, expect)


# --------------------------------------------------------------------------- ROWS_NONE
# figures that count nothing the guideline keys, in report wording (62 figures): 3 wrong before, 2 open
ROWS_NONE = [
 ("n_cadres", "全镇选派驻村干部36名，组建帮扶工作队12支。", "乡镇", {"36名": N, "12支": N}),
 ("n_pair_cadres", "全县1200名干部结对帮扶贫困户3200户。", "县", {"1200名": N, "3200户": N}),
 ("n_meetings", "召开专题会议8次，开展督查6轮。", "乡镇", {"8次": N}),
 ("n_visits", "走访农户1200户，收集意见建议56条。", "乡镇", {"1200户": N, "56条": N}),
 ("n_industry_area", "新发展茶叶种植1200亩，带动农户320户。", "乡镇", {"1200亩": N, "320户": N}),
 ("n_livestock", "发放鸡苗2万羽，扶持养殖户56户。", "乡镇", {"56户": N}),
 ("n_coop", "全镇共成立农民专业合作社36家，入社农户1200户。", "乡镇", {"36家": N, "1200户": N}),
 ("n_enterprise_output", "扶贫龙头企业实现产值2.3亿元。", "县", {"2.3亿元": N}),
 ("n_dividend", "光伏电站年发电收益56万元，每户分红1000元。", "县", {"56万元": N, "1000元": N}),
 ("n_road", "新建通组公路32公里，硬化入户路12公里。", "乡镇", {"32公里": N}),
 ("n_water", "新建集中供水工程12处，解决3200人饮水安全问题。", "乡镇", {"12处": N, "3200人": N}),
 ("n_toilet", "完成农村改厕1200户。", "乡镇", {"1200户": N}),
 ("n_medical_reimb", "贫困患者住院报销费用320万元，报销比例达90%。", "县", {"320万元": N}),
 ("n_insurance", "为贫困人口代缴医疗保险费56万元。", "县", {"56万元": N}),
 ("n_sell", "帮助贫困户销售农产品320万元。", "县", {"320万元": N}),
 ("n_consume", "开展消费扶贫，销售扶贫产品1200万元。", "县", {"1200万元": N}),
 ("n_county_in_township", "全县共有贫困人口3.2万人，我镇有贫困户320户。", "乡镇", {"3.2万人": N, "320户": "poor_households"}),
 ("n_city_rate", "全市贫困发生率降至0.5%。", "县", {"0.5%": N}),
 ("n_per_hh_loan", "每户贷款额度不超过5万元。", "乡镇", {"5万元": N}),
 ("n_standard", "低保标准为每人每月450元。", "乡镇", {"450元": "dibao_amount"}),
 ("n_students_all", "全镇共有在校学生3200人。", "乡镇", {"3200人": N}),
 ("n_party", "全村有党员36名，村两委干部7名。", "村", {"36名": N, "7名": N}),
 ("n_disabled", "全镇有残疾人320人，发放残疾人两项补贴56万元。", "乡镇", {"320人": N, "56万元": N}),
 ("n_elderly", "全镇80岁以上老人420人，发放高龄补贴32万元。", "乡镇", {"420人": N, "32万元": N}),
 ("n_labour_total", "全村有劳动力1200人。", "村", {"1200人": N}),
 ("n_migrant_all", "全村常年外出务工人员420人。", "村", {"420人": N}),
 ("n_house_built", "新建安置房120套。", "乡镇", {"120套": N}),
 ("n_projects", "实施扶贫项目56个，完成投资3200万元。", "县", {"56个": N, "3200万元": "poverty_funds"}),
 ("n_workshop", "建成扶贫车间12个。", "县", {"12个": N}),
 ("n_pv", "建成村级光伏电站28座，总装机容量2800千瓦。", "县", {"28座": N}),
 ("n_tourism", "接待游客12万人次，实现旅游收入3200万元。", "县", {"12万人次": N, "3200万元": N}),
 ("n_cash_crop_income", "户均增收3000元。", "乡镇", {"3000元": N}),
 ("n_agri_income_total", "全镇农业总产值达到5.6亿元。", "乡镇", {"5.6亿元": N}),
 ("n_disaster", "发放救灾资金32万元，救助受灾群众120户。", "乡镇", {"32万元": N, "120户": N}),
 ("n_temp_aid", "实施临时救助320人次，发放救助金56万元。", "乡镇", {"320人次": N, "56万元": N}),
 ("n_wubao", "全镇五保供养对象56人。", "乡镇", {"56人": N}),
 ("n_volunteers", "组织志愿者320人次开展服务。", "乡镇", {"320人次": N}),
 ("n_goods_donation", "社会各界捐款捐物折合资金56万元。", "县", {"56万元": "poverty_funds"}),
 ("n_training_sessions", "举办培训班12期。", "县", {"12期": N}),
 ("n_hospital", "新建标准化村卫生室12个。", "县", {"12个": N}),
 ("n_teachers", "选派支教教师56名。", "县", {"56名": N}),
 ("n_land_transfer", "流转土地3200亩，租金收入96万元。", "乡镇", {"3200亩": N, "96万元": N}),
 ("n_village_doctor", "全县共有乡村医生320名。", "县", {"320名": N}),
 ("n_broadband", "全镇12个行政村实现宽带全覆盖。", "乡镇", {"12个": "admin_villages"}),
 ("n_poor_villages_roads", "28个贫困村全部通硬化路。", "县", {"28个": "poor_villages"}),
 ("n_targets", "下达我县脱贫任务3200人。", "县", {"3200人": "lifted_population"}),
]


# --------------------------------------------------------------------------- ROWS_MESSY
# web artefacts (traditional script, spaces, full-width digits, soft wraps) and longer structures
# (nested 其中, a verb governing a 、 list, sums of funds by source): 7 of 70 figures wrong before, 0 now
ROWS_MESSY = [
 ("trad_poor", "全鄉建檔立卡貧困戶236戶892人，已脫貧210戶801人。", "乡镇", {"236戶": "poor_households", "892人": "poor_population", "210戶": "lifted_households"}),
 ("trad_funds", "共投入扶貧資金1200萬元。", "县", {"1200萬元": "poverty_funds"}),
 ("space_inside", "全村建档立卡贫困户 36 户 128 人。", "村", {"36 户": "poor_households", "128 人": "poor_population"}),
 ("wrap_mid_noun", "全镇共有建档立卡贫\n困户320户1120人。", "乡镇", {"320户": "poor_households", "1120人": "poor_population"}),
 ("wrap_after_cue", "截至目前，全镇已脱贫\n298户1020人。", "乡镇", {"298户": "lifted_households", "1020人": "lifted_population"}),
 ("fullwidth", "全村贫困户３６户１２８人。", "村", {"３６户": "poor_households", "１２８人": "poor_population"}),
 ("numbered_list", "1、易地扶贫搬迁。完成搬迁32户126人。\n2、危房改造。完成改造45户。", "乡镇", {"32户": "relocated_households", "45户": "housing_renovated"}),
 ("long_sentence", "2019年，全镇紧紧围绕“两不愁三保障”目标，坚持精准扶贫精准脱贫基本方略，聚焦深度贫困，全年实现脱贫45户168人，贫困发生率由2.1%下降到0.3%。", "乡镇", {"45户": "lifted_households", "168人": "lifted_population", "2.1%": "poverty_incidence", "0.3%": "poverty_incidence"}),
 ("nested_qizhong", "全镇有建档立卡贫困户320户1120人，其中已脱贫298户1050人（其中2019年脱贫45户168人），未脱贫22户70人。", "乡镇", {"298户": "lifted_households", "45户": "lifted_households", "22户": "remaining_poor_households", "70人": "remaining_poor_population"}),
 ("colon_after_subject", "贫困人口：建档立卡贫困户320户1120人。", "乡镇", {"320户": "poor_households"}),
 ("de_structure", "全镇建档立卡贫困户的户数为320户，人数为1120人。", "乡镇", {"320户": "poor_households", "1120人": "poor_population"}),
 ("gong_ji", "贫困户共计320户，共计1120人。", "乡镇", {"320户": "poor_households", "1120人": "poor_population"}),
 ("renkou_hu_ren_sep", "建档立卡贫困人口共320户，合计1120人。", "乡镇", {"320户": "poor_households", "1120人": "poor_population"}),
 ("lifted_then_rate", "2019年脱贫45户168人，脱贫率达到100%。", "乡镇", {"45户": "lifted_households", "100%": "share"}),
 ("lifted_year_heading", "（一）2019年脱贫情况\n计划脱贫45户168人，实际脱贫47户172人。", "乡镇", {"45户": "lifted_households", "47户": "lifted_households", "172人": "lifted_population"}),
 ("funds_several", "共整合各类资金3200万元，其中财政专项扶贫资金1200万元、行业部门资金1500万元、社会帮扶资金500万元。", "县", {"3200万元": "poverty_funds", "1200万元": "poverty_funds", "1500万元": "poverty_funds", "500万元": "poverty_funds"}),
 ("funds_for_projects", "投入资金1200万元，实施产业扶贫项目36个。", "县", {"1200万元": "poverty_funds", "36个": N}),
 ("micro_both", "发放扶贫小额信贷320户1280万元。", "县", {"320户": "microcredit_households", "1280万元": "microcredit_amount"}),
 ("relocation_both_sites", "建成集中安置点5个，安置易地扶贫搬迁户320户1200人，其中集中安置280户，分散安置40户。", "县", {"5个": N, "320户": "relocated_households", "280户": "relocated_households", "40户": "relocated_households"}),
 ("edu_stage", "资助学前教育120人、义务教育580人、高中教育230人。", "县", {"120人": "education_aid_students", "580人": "education_aid_students", "230人": "education_aid_students"}),
 ("dibao_list", "农村低保对象共320户580人，其中一类低保120户，二类200户。", "乡镇", {"320户": "dibao_households", "120户": "dibao_households", "200户": "dibao_households"}),
 ("employ_places", "外出务工贫困劳动力1200人，其中省外800人，省内400人。", "县", {"1200人": "employed_poor", "800人": "employed_poor", "400人": "employed_poor"}),
 ("doctor_hu", "贫困户家庭医生签约服务320户1120人。", "乡镇", {"1120人": "family_doctor_signed"}),
 ("income_two", "全镇贫困户人均纯收入9800元，比上年增加1200元，增长14%。", "乡镇", {"9800元": "per_capita_income", "14%": "growth_rate"}),
 ("area_km_sq", "全镇总面积128平方千米。", "乡镇", {"128平方千米": "area_km2"}),
 ("admin_ge_cun", "全镇辖12个村、1个居委会。", "乡镇", {"12个": "admin_villages", "1个": N}),
 ("hh_hu_ren_dun", "全村共386户、1402人，其中贫困户42户156人。", "村", {"386户": "households_total", "1402人": "population_total", "42户": "poor_households", "156人": "poor_population"}),
 ("poor_village_list_names", "全镇有东坡、西岭、南山3个贫困村。", "乡镇", {"3个": "poor_villages"}),
 ("poor_hh_reversed_verb", "全镇精准识别出建档立卡贫困户320户。", "乡镇", {"320户": "poor_households"}),
 ("remaining_by_year_end", "到年底，全镇未脱贫人口减少到36人。", "乡镇", {"36人": "remaining_poor_population"}),
 ("monitor_tail", "对脱贫监测户和边缘户实行动态管理，目前有监测户5户、边缘户8户。", "乡镇", {"5户": "monitored_households", "8户": "edge_households"}),
]

NONE_OPEN = {
    "n_goods_donation": "捐款捐物折合资金 as poverty funds",
}


@pytest.mark.parametrize("text,level,expect", list(_rows(ROWS_NONE, NONE_OPEN)))
def test_counts_nothing_s10(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", list(_rows(ROWS_MESSY, {})))
def test_messy_wording_s10(text, level, expect):
    check(text, level, expect)


# --------------------------------------------------------------------------- ROWS_SECTIONS
# sections told by 一是/二是, bracketed and numbered headings, two measures with the figure before
# its noun (完成45户危房改造、32户易地搬迁), 分别 lists: 1 of 44 figures wrong before, 0 now
ROWS_SECTIONS = [
 ("yishi_relocation", "一是易地扶贫搬迁。全镇完成搬迁32户126人。二是危房改造。共改造45户。", "乡镇", {"32户": "relocated_households", "45户": "housing_renovated"}),
 ("yishi_comma", "一是抓好危房改造，共改造45户；二是抓好低保兜底，纳入低保56户98人。", "乡镇", {"45户": "housing_renovated", "56户": "dibao_households"}),
 ("bracket_heading", "【易地扶贫搬迁】\n全县完成搬迁1200户4800人。", "县", {"1200户": "relocated_households"}),
 ("num_paren_heading", "（1）危房改造\n完成改造126户。", "县", {"126户": "housing_renovated"}),
 ("num_dot_heading", "1.1 小额信贷\n发放贷款320户1280万元。", "县", {"320户": "microcredit_households", "1280万元": "microcredit_amount"}),
 ("fangmian_nocolon", "在教育扶贫方面，共资助学生320人，发放资金48万元。", "县", {"320人": "education_aid_students", "48万元": "education_aid_amount"}),
 ("heading_bare_money", "（四）产业扶贫\n共投入资金320万元，扶持贫困户560户发展产业。", "县", {"320万元": "poverty_funds"}),
 ("heading_dibao_bare", "（五）社会保障兜底\n全镇农村低保312户568人，五保供养86人。", "乡镇", {"312户": "dibao_households", "568人": "dibao_population", "86人": N}),
 ("heading_health_bare", "（三）健康扶贫\n贫困人口家庭医生签约率达100%，签约1120人。", "乡镇", {"1120人": "family_doctor_signed"}),
 ("heading_jobs_bare", "（六）就业扶贫\n全年转移就业贫困劳动力560人，开发公益岗位86个。", "县", {"560人": "employed_poor", "86个": "public_jobs"}),
 ("heading_basic_pair", "一、基本情况\n全镇辖12个行政村，3860户1.4万人，其中建档立卡贫困户412户1520人。", "乡镇", {"3860户": "households_total", "1.4万人": "population_total", "412户": "poor_households"}),
 ("heading_governs_sentence2", "（二）易地扶贫搬迁\n我镇高度重视搬迁工作。共搬迁32户126人。", "乡镇", {"32户": "relocated_households", "126人": "relocated_population"}),
 ("sub_total", "截至目前，全镇累计脱贫412户1520人，脱贫率98%。", "乡镇", {"412户": "lifted_households", "98%": "share"}),
 ("two_measures", "完成危房改造45户、易地搬迁32户。", "乡镇", {"45户": "housing_renovated", "32户": "relocated_households"}),
 ("two_measures_fig_first", "完成45户危房改造、32户易地搬迁。", "乡镇", {"45户": "housing_renovated", "32户": "relocated_households"}),
 ("kinds_households", "全村有低保户12户、五保户3户、残疾户8户。", "村", {"12户": "dibao_households", "8户": N}),
 ("both_after", "全村贫困户和贫困人口分别有36户和128人。", "村", {"36户": "poor_households", "128人": "poor_population"}),
 ("respective_villages_scope", "东坡村、西岭村分别有贫困户36户、28户。", "乡镇", {"36户": sc("东坡村"), "28户": sc("西岭村")}),
 ("respective_years", "2018年、2019年分别投入资金320万元、480万元。", "乡镇", {"320万元": per("2018"), "480万元": per("2019")}),
 ("year_heading_list", "（一）2019年\n脱贫45户168人。", "乡镇", {"45户": per("2019")}),
 ("plan_target", "计划2020年实现剩余36户128人全部脱贫。", "乡镇", {"36户": "remaining_poor_households"}),
 ("incidence_pct_points", "贫困发生率下降3.2个百分点。", "乡镇", {"3.2个百分点": "growth_rate"}),
 ("dibao_money_std", "农村低保月人均补助达到320元。", "乡镇", {"320元": "dibao_amount"}),
 ("pci_poor_growth", "贫困户人均纯收入达到9800元，年均增长15%。", "乡镇", {"9800元": "per_capita_income", "15%": "growth_rate"}),
 ("collective_zero", "全镇12个村集体经济收入全部超过5万元，消除了空壳村。", "乡镇", {"5万元": "collective_income"}),
]


@pytest.mark.parametrize("text,level,expect", list(_rows(ROWS_SECTIONS, {})))
def test_sections_s10(text, level, expect):
    check(text, level, expect)


# --------------------------------------------------------------------------- generated shapes
# the names reports use for each indicator × the links between name and figure, and the figure
# before its name after a lead (a probe of 4,940 and 942 sentences: 372 → 85 and 178 → 32 wrong;
# the rest is 贫困群众, which names beneficiaries as often as the registered poor, left out here)
NAMES = {
    "poor_households": ["建档立卡贫困户", "贫困户", "建档立卡户", "建卡贫困户", "精准扶贫户", "贫困户数"],
    "poor_population": ["建档立卡贫困人口", "贫困人口", "贫困人数", "建档立卡人口", "扶贫对象"],
    "lifted_households": ["脱贫户", "已脱贫户", "脱贫退出户", "稳定脱贫户", "退出户"],
    "lifted_population": ["脱贫人口", "已脱贫人口", "脱贫人数", "减贫人口", "减贫人数"],
    "remaining_poor_households": ["未脱贫户", "剩余贫困户", "尚未脱贫户", "待脱贫户", "未退出户"],
    "remaining_poor_population": ["未脱贫人口", "剩余贫困人口", "尚未脱贫人口", "未脱贫人数"],
    "monitored_households": ["监测户", "脱贫监测户", "防返贫监测户", "脱贫不稳定户", "突发严重困难户"],
    "edge_households": ["边缘户", "边缘易致贫户", "边缘贫困户"],
    "relocated_households": ["搬迁户", "易地扶贫搬迁户", "易地搬迁户", "易地扶贫搬迁贫困户"],
    "dibao_households": ["低保户", "农村低保户", "低保家庭"],
    "dibao_population": ["低保对象", "低保人口", "低保人数", "农村低保对象"],
    "admin_villages": ["行政村", "建制村", "村委会"],
    "poor_villages": ["贫困村", "建档立卡贫困村", "重点贫困村", "深度贫困村"],
    "households_total": ["总户数", "户籍户数", "常住户"],
    "population_total": ["总人口", "户籍人口", "常住人口"],
}
#: names that read only before the figure (a count of them, not a kind after a figure)
ONLY_BEFORE = {"贫困户数", "贫困人数", "脱贫人数", "减贫人数", "未脱贫人数", "低保人数", "总户数", "户籍户数",
               "总人口", "户籍人口"}


def _unit(ind):
    return "户" if "households" in ind else "人" if "population" in ind else "个"


def _generated():
    for ind, names in NAMES.items():
        u = _unit(ind)
        for name in names:
            for link in ("", "共计有", "达到", "为"):
                yield pytest.param(f"全镇{name}{link}36{u}。", "乡镇", {f"36{u}": ind}, id=f"{name}|{link}")
            if name not in ONLY_BEFORE:
                for lead in ("目前全镇共有", "全镇有"):
                    yield pytest.param(f"{lead}36{u}{name}。", "乡镇", {f"36{u}": ind}, id=f"{lead}|{name}")


@pytest.mark.parametrize("text,level,expect", list(_generated()))
def test_generated_names_s10(text, level, expect):
    check(text, level, expect)


# --------------------------------------------------------------------------- measures by verb and object
# a measure named by verb and object, the figure after them, after a sum word, before its object,
# or under the topic that opens the sentence (扶贫资金方面，全县共争取320万元): a probe of 848
# sentences had 169 wrong (the topic with a comma: 144), 10 after the fixes; here its first verbs
# and objects (county report)
MEASURES = {
 "poverty_funds": (["投入", "争取", "整合", "落实", "下达", "拨付", "筹集", "使用", "安排"], ["扶贫资金", "财政扶贫资金", "专项扶贫资金", "各类扶贫资金", "涉农整合资金", "衔接资金", "财政专项扶贫资金", "扶贫专项资金"], "万元"),
 "microcredit_amount": (["发放", "投放", "累计发放", "新增"], ["扶贫小额信贷", "小额信贷", "扶贫小额贷款", "精准扶贫贷款", "小额扶贫贷款"], "万元"),
 "education_aid_amount": (["发放", "落实", "兑现"], ["教育资助资金", "助学金", "雨露计划补助资金", "教育扶贫资金", "资助资金"], "万元"),
 "dibao_amount": (["发放", "兑现", "落实"], ["低保金", "低保资金", "农村低保资金", "最低生活保障金"], "万元"),
 "housing_renovated": (["完成", "实施", "改造", "推进"], ["危房改造", "农村危房改造", "C级危房改造", "危旧房改造", "D级危房改造"], "户"),
 "relocated_households": (["完成", "实施", "搬迁", "安置"], ["易地扶贫搬迁", "易地搬迁", "搬迁安置"], "户"),
 "public_jobs": (["开发", "设置", "提供", "安置"], ["公益性岗位", "公益岗位", "扶贫公益岗位", "乡村公益性岗位"], "个"),
 "trained": (["培训", "开展培训", "组织培训"], ["贫困劳动力", "贫困群众", "建档立卡贫困劳动力", "贫困人口"], "人"),
 "employed_poor": (["转移就业", "实现就业", "外出务工", "稳定就业"], ["贫困劳动力", "建档立卡贫困劳动力", "贫困人口"], "人"),
 "education_aid_students": (["资助", "资助家庭经济困难", "补助"], ["贫困学生", "建档立卡学生", "贫困家庭学生", "在校学生"], "人"),
 "family_doctor_signed": (["签约", "家庭医生签约", "签约服务"], ["贫困人口", "建档立卡贫困人口", "贫困患者"], "人"),
 "dibao_population": (["纳入低保", "纳入农村低保", "低保兜底"], ["贫困人口", "贫困群众", "建档立卡贫困人口"], "人"),
 "microcredit_households": (["发放小额信贷", "贷款支持", "扶贫小额信贷支持"], ["贫困户", "建档立卡贫困户"], "户"),
}
#: measures counting who a verb reaches: the figure before its object reads otherwise
_WHO = ("trained", "employed_poor", "education_aid_students", "family_doctor_signed", "dibao_population",
        "microcredit_households")


def _measures():
    for ind, (verbs, objs, u) in MEASURES.items():
        for v, o in itertools.product(verbs[:2], objs[:3]):
            texts = [f"全县{v}{o}320{u}。", f"{v}{o}共计320{u}。"] if ind in _WHO else [
                f"全县{v}{o}320{u}。", f"全年共{v}{o}320{u}。", f"{o}方面，全县共{v}320{u}。", f"全县{o}{v}320{u}。"]
            for k, text in enumerate(texts):
                yield pytest.param(text, "县", {f"320{u}": ind}, id=f"{ind}|{v}|{o}|{k}")


@pytest.mark.parametrize("text,level,expect", list(_measures()))
def test_measures_s10(text, level, expect):
    check(text, level, expect)


# --------------------------------------------------------------------------- periods by shape
# 30 ways of stating a time × 4 figures × 5 shapes (leading with and without a comma, after the unit,
# in the heading, a clause before the figure's): 32 of 568 wrong before; a since cue read across the
# title's line break (河口镇2019年脱贫攻坚工作总结⏎十三五以来 read as 2019年…以来) was 12 of them.
# A relative year or a count of years in a heading (（一）去年工作情况, 近三年) gave the section no
# period (the other 20): _heading_periods reads them too; 0 of 568 wrong now.
PERIOD_TIMES = [("2018年", "2018"), ("2018年底", "2018"), ("截至2018年底", "2018"), ("截止2018年12月", "2018"), ("到2018年末", "2018"),
         ("2016年以来", "2016-2019"), ("自2016年以来", "2016-2019"), ("2016年至今", "2016-2019"), ("2016—2018年", "2016-2018"),
         ("2016年至2018年", "2016-2018"), ("2016-2018年间", "2016-2018"), ("“十三五”期间", "2016-2020"), ("十三五以来", "2016-2019"),
         ("今年", "2019"), ("去年", "2018"), ("前年", "2017"), ("本年度", "2019"), ("年内", "2019"), ("今年以来", "2019"), ("目前", "2019"),
         ("截至目前", "2019"), ("近三年", "2017-2019"), ("三年来", "2017-2019"), ("2018年度", "2018"), ("二〇一八年", "2018"),
         ("2018年上半年", "2018"), ("今年1-9月", "2019"), ("2018年1至10月", "2018"), ("上年", "2018"), ("2019年初", "2019")]
PERIOD_BODIES = [("全镇脱贫45户", "45户"), ("共投入扶贫资金320万元", "320万元"), ("完成危房改造26户", "26户"), ("贫困发生率降至1.2%", "1.2%")]
PERIOD_SHAPES = ["{t}，{b}。", "{t}{b}。", "全镇{t}{b}。", "（一）{t}工作情况\n{b}。", "{t}，全镇上下齐心协力，{b}。"]


def _periods_by_shape():
    for (t, want), (b, fig), shape in itertools.product(PERIOD_TIMES, PERIOD_BODIES[:2], PERIOD_SHAPES):
        if shape.startswith("（一）") and ("以来" in t or "至今" in t or t in ("目前", "截至目前", "年内")):
            continue
        yield pytest.param(shape.format(t=t, b=b), "乡镇", {fig: per(want)}, id=f"{t}|{shape[:4]}|{fig}")


@pytest.mark.parametrize("text,level,expect", list(_periods_by_shape()))
def test_periods_by_shape_s10(text, level, expect):
    check(text, level, expect)


# --------------------------------------------------------------------------- scope
# villages as sub-units of a township's report: 5 of 22 figures wrong before; fixed: a village
# leading an item of a 其中 list, after 在, alone on a numbered heading line (text.yaml
# village_subject), names in brackets that gloss another word (贫困村2个（东坡村、西岭村）) name no
# figure outside them
ROWS_SCOPE = [
 ("s_village_subject", "东坡村有贫困户36户128人。", "乡镇", {"36户": sc("东坡村"), "128人": sc("东坡村")}),
 ("s_village_in", "在东坡村实施危房改造12户。", "乡镇", {"12户": sc("东坡村")}),
 ("s_village_list_colon", "各村脱贫情况：东坡村12户，西岭村15户，南山村9户。", "乡镇", {"12户": sc("东坡村"), "15户": sc("西岭村"), "9户": sc("南山村")}),
 ("s_self_after_village", "东坡村脱贫12户。全镇共脱贫45户。", "乡镇", {"45户": sc(None)}),
 ("s_village_sentence_carry", "东坡村位于镇东部，辖5个村民小组，有农户320户。", "乡镇", {"320户": sc("东坡村")}),
 ("s_two_villages_joint", "东坡村、西岭村共投入资金120万元。", "乡镇", {"120万元": sc("东坡村、西岭村")}),
 ("s_village_paren", "贫困村2个（东坡村、西岭村），贫困户320户。", "乡镇", {"320户": sc(None)}),
 ("s_village_heading", "（一）东坡村\n全村有贫困户36户。\n（二）西岭村\n全村有贫困户28户。", "乡镇", {"36户": sc("东坡村"), "28户": sc("西岭村")}),
 ("s_village_report_self", "全村有贫困户36户，东坡组12户，西岭组8户。", "村", {"36户": sc(None)}),
 ("s_township_in_county", "城关镇脱贫320户，河口镇脱贫280户。", "县", {"320户": sc("城关镇"), "280户": sc("河口镇")}),
 ("s_village_funds_for", "投入资金120万元为东坡村修建道路3公里。", "乡镇", {"120万元": sc("东坡村")}),
 ("s_village_after_fig", "新建扶贫车间2个，分别位于东坡村和西岭村。", "乡镇", {"2个": sc(None)}),
 ("s_village_respective", "东坡村、西岭村、南山村分别投入资金30万元、25万元、20万元。", "乡镇", {"30万元": sc("东坡村"), "20万元": sc("南山村")}),
 ("s_village_qizhong_list", "全镇脱贫45户，其中东坡村12户、西岭村15户、南山村18户。", "乡镇", {"45户": sc(None), "12户": sc("东坡村"), "18户": sc("南山村")}),
]

# second batch: 13 of 19 wrong before (villages the metadata step does not list: 东坡村脱贫12户；
# 西岭村脱贫15户 told in parallel, 对/为/向 before a village, 东坡村的贫困户; a 分别 list of 户/人 pairs)
ROWS_SCOPE += [
 ("s_fenbie_pairs", "东坡村、西岭村分别有贫困户36户128人、28户96人。", "乡镇", {"36户": sc("东坡村"), "96人": sc("西岭村")}),
 ("s_village_de", "东坡村的贫困户共36户。", "乡镇", {"36户": sc("东坡村")}),
 ("s_village_zai_mid", "全镇在东坡村建成扶贫车间1个。", "乡镇", {"1个": sc("东坡村")}),
 ("s_village_dui", "对东坡村36户贫困户进行了危房改造。", "乡镇", {"36户": sc("东坡村")}),
 ("s_village_list_semicolon", "东坡村脱贫12户；西岭村脱贫15户；南山村脱贫9户。", "乡镇", {"12户": sc("东坡村"), "9户": sc("南山村")}),
 ("s_village_zhong", "东坡村36户贫困户中，已脱贫30户。", "乡镇", {"36户": sc("东坡村"), "30户": sc("东坡村")}),
 ("s_village_paragraph", "东坡村是省级贫困村。全村有贫困户36户，已脱贫30户。", "乡镇", {"36户": sc("东坡村")}),
 ("s_unit_total_then_village", "全镇有贫困户320户，东坡村最多，有36户。", "乡镇", {"320户": sc(None), "36户": sc("东坡村")}),
 ("s_groups_in_village", "全村有贫困户36户，其中一组12户、二组10户、三组14户。", "村", {"36户": sc(None)}),
 ("s_village_two_sentences", "东坡村投入资金30万元。西岭村投入资金25万元。", "乡镇", {"30万元": sc("东坡村"), "25万元": sc("西岭村")}),
 ("s_village_colon", "东坡村：贫困户36户，已脱贫30户。", "乡镇", {"36户": sc("东坡村"), "30户": sc("东坡村")}),
 ("s_village_zhu", "驻东坡村工作队帮助贫困户36户。", "乡镇", {"36户": sc("东坡村")}),
 ("s_many_villages_once", "项目覆盖东坡村、西岭村、南山村等3个村。", "乡镇", {"3个": sc(None)}),
]

SCOPE_OPEN = {
    "s_village_paragraph": "全村 in a sentence after one that named a village (东坡村是…。全村有…)",
    "s_unit_total_then_village": "a village named as the subject of a clause without a figure (东坡村最多，有36户)",
    "s_village_zhu": "驻 before a village (驻东坡村工作队)",
    "s_many_villages_once": "a count of the villages listed before it (东坡村、西岭村、南山村等3个村)",
    "s_village_heading": "the first village heading after the title is taken for the reporting unit (metadata place)",
    "s_village_funds_for": "a village named after the verb (为东坡村修建道路), as in test_meaning_ind5",
}


@pytest.mark.parametrize("text,level,expect", list(_rows(ROWS_SCOPE, SCOPE_OPEN)))
def test_scope_s10(text, level, expect):
    check(text, level, expect)


# --------------------------------------------------------------------------- village and county reports
# 3 of 45 figures wrong; villages that exit count as poor villages in the gold (web23: 计划出列省级贫困村
# 46个 is poor_villages): a veto of 退出/出列 cost that figure, dropped
ROWS_LEVELS = [
 ("v_base", "本村共有6个村民小组，农户286户1032人，其中建档立卡贫困户42户156人。", "村", {"6个": N, "286户": "households_total", "1032人": "population_total", "42户": "poor_households"}),
 ("v_higher_town", "全镇共有贫困户320户，我村有贫困户42户。", "村", {"320户": N, "42户": "poor_households"}),
 ("v_lifted_years", "我村2017年脱贫12户45人，2018年脱贫18户62人，2019年脱贫10户38人。", "村", {"12户": "lifted_households", "38人": "lifted_population", "18户": per("2018")}),
 ("v_remaining", "目前我村还剩未脱贫户2户5人。", "村", {"2户": "remaining_poor_households", "5人": "remaining_poor_population"}),
 ("v_collective", "村集体经济收入从2017年的1.2万元增加到2019年的8.6万元。", "村", {"1.2万元": "collective_income", "8.6万元": "collective_income"}),
 ("v_area", "全村面积12.6平方公里，耕地面积2100亩，林地面积8600亩。", "村", {"12.6平方公里": "area_km2", "2100亩": N, "8600亩": N}),
 ("v_income", "2019年全村人均纯收入达到9860元，贫困户人均纯收入达到8520元。", "村", {"9860元": "per_capita_income", "8520元": "per_capita_income"}),
 ("v_housing", "全村危房改造任务12户，已全部完工。", "村", {"12户": "housing_renovated"}),
 ("v_doctor", "全村贫困人口家庭医生签约率100%，签约156人。", "村", {"100%": "share", "156人": "family_doctor_signed"}),
 ("v_edu", "全村有在校贫困学生23人，全部享受教育资助。", "村", {"23人": "education_aid_students"}),
 ("v_jobs", "全村贫困劳动力有68人，其中外出务工45人，就近就业12人。", "村", {"45人": "employed_poor", "12人": "employed_poor"}),
 ("c_base", "全县辖12个乡镇、186个行政村，总人口32.6万人。", "县", {"12个": N, "186个": "admin_villages", "32.6万人": "population_total"}),
 ("c_poor_villages", "全县有贫困村56个，其中深度贫困村12个。", "县", {"56个": "poor_villages", "12个": "poor_villages"}),
 ("c_townships", "全县12个乡镇全部实现脱贫摘帽目标。", "县", {"12个": N}),
 ("c_exit", "2019年全县退出贫困村18个，减少贫困人口8600人。", "县", {"18个": "poor_villages", "8600人": "lifted_population"}),
 ("c_city_higher", "全市共有贫困人口12万人，我县占2.1万人。", "县", {"12万人": N}),
 ("c_incidence", "全县贫困发生率由2014年的18.6%下降到2019年的0.5%，下降18.1个百分点。", "县", {"18.6%": "poverty_incidence", "0.5%": "poverty_incidence"}),
 ("c_funds_levels", "全年共投入各级财政专项扶贫资金3.2亿元，其中中央资金1.8亿元，省级资金8600万元，市县资金5400万元。", "县", {"3.2亿元": "poverty_funds", "1.8亿元": "poverty_funds", "8600万元": "poverty_funds", "5400万元": "poverty_funds"}),
 ("c_relocation_sites", "全县建成易地扶贫搬迁集中安置点26个，搬迁安置贫困群众3200户1.2万人。", "县", {"26个": N, "3200户": "relocated_households", "1.2万人": "relocated_population"}),
]


@pytest.mark.parametrize("text,level,expect", list(_rows(ROWS_LEVELS, {"v_edu": "students named with their benefit in the next clause"})))
def test_levels_s10(text, level, expect):
    check(text, level, expect)


# --------------------------------------------------------------------------- news wording and rates
# 2 of 19 wrong: the poor's share of the rural population is the poverty incidence by its
# definition (贫困人口占农村总人口的比例); 返贫率 is a share like any other stated rate
ROWS_NEWS = [
 ("news_tongji", "据统计，全县累计减贫3.2万人，贫困发生率降至0.3%。", "县", {"3.2万人": "lifted_population", "0.3%": "poverty_incidence"}),
 ("news_shuju", "数据显示，截至2019年底，全县建档立卡贫困人口已脱贫2.9万人。", "县", {"2.9万人": "lifted_population"}),
 ("news_jizhe", "记者了解到，该县今年投入扶贫资金2.6亿元。", "县", {"2.6亿元": "poverty_funds"}),
 ("news_gai_xian", "该县共有建档立卡贫困户1.1万户4.2万人。", "县", {"1.1万户": "poor_households", "4.2万人": "poor_population"}),
 ("news_leiji_jianshao", "累计减少农村贫困人口3.8万人。", "县", {"3.8万人": "lifted_population"}),
 ("news_wan_people", "全县已有3.2万贫困群众稳定脱贫。", "县", {"3.2万": "lifted_population"}),
 ("share_gonggu", "义务教育巩固率达到98.5%。", "县", {"98.5%": "share"}),
 ("share_baoxian", "贫困人口医疗保险参保率100%。", "县", {"100%": "share"}),
 ("growth_zengzhang", "贫困户人均纯收入年均增长16.5%。", "县", {"16.5%": "growth_rate"}),
 ("growth_jiao", "较2018年增长12.3%。", "县", {"12.3%": "growth_rate"}),
 ("share_zhan_renkou", "贫困人口占农村总人口的比例由12.3%下降到0.5%。", "县", {"12.3%": "poverty_incidence"}),
 ("incidence_fanpin", "返贫人口0人，返贫率为0%。", "县", {"0%": "share"}),
 ("pci_rural", "农村常住居民人均可支配收入达到1.23万元，同比增长9.5%。", "县", {"1.23万元": "per_capita_income", "9.5%": "growth_rate"}),
 ("funds_use_rate", "扶贫资金支出进度达到95%。", "县", {"95%": "share"}),
 ("micro_rate", "小额信贷获贷率达到45%。", "县", {"45%": "share"}),
 ("doctor_rate_only", "家庭医生签约服务覆盖率达100%。", "县", {"100%": "share"}),
]


@pytest.mark.parametrize("text,level,expect", list(_rows(ROWS_NEWS, {})))
def test_news_s10(text, level, expect):
    check(text, level, expect)


# --------------------------------------------------------------------------- a heading's measure
# a clause that only says something was done, under a heading naming the measure (the clause before
# names nothing the rules read for the unit); a bare figure after a colon label stays the label's
# (web16: 1.人均纯收入3100元:297户、806人已达标 kept no indicator when a done-verb was optional)
ROWS_HEADING = [
 ("h_done_after_clause", "（二）易地扶贫搬迁\n我镇高度重视搬迁工作，共完成32户126人。", "乡镇", {"32户": "relocated_households", "126人": "relocated_population"}),
 ("h_done_housing", "（三）危房改造\n我镇严格按照标准推进，全年完成45户。", "乡镇", {"45户": "housing_renovated"}),
 ("h_done_jobs", "（四）公益性岗位\n按照应设尽设原则，共落实86个。", "乡镇", {"86个": "public_jobs"}),
 ("h_no_verb", "（五）饮水安全\n经全面排查，297户均有安全饮用水。", "乡镇", {"297户": N}),
]


@pytest.mark.parametrize("text,level,expect", list(_rows(ROWS_HEADING, {})))
def test_heading_measure_s10(text, level, expect):
    check(text, level, expect)


# --------------------------------------------------------------------------- a whole made-up report
# a township's report in the usual sections (43 figures): 3 wrong before: 开发公益性岗位68个 after
# 转移就业1256人，其中… took the persons' total's indicator (a part's unit must be its total's, or
# the other of a 户/人 pair); left out: 安置贫困劳动力68人 in that same run of parts (the 其中's parts
# run past ；, as the 五个一批 list needs), and a threshold (收入低于5万元)
REPORT = """石门镇2019年脱贫攻坚工作总结
2019年，在县委、县政府的坚强领导下，我镇紧紧围绕脱贫攻坚目标任务，扎实推进各项工作，现将有关情况总结如下：
一、基本情况
石门镇位于县城东南部，总面积86.3平方公里，辖9个行政村、1个社区，共有农户4126户15302人。全镇共有建档立卡贫困户612户2289人，其中一般贫困户438户1702人，低保贫困户152户541人，特困供养户22户46人。贫困村3个。
二、工作成效
截至2019年底，全镇累计脱贫586户2215人，剩余贫困户26户74人，贫困发生率由2014年的14.9%下降到0.48%。3个贫困村全部出列。
（一）产业扶贫
全年共投入产业扶贫资金326万元，扶持贫困户发展特色种养业418户，新发展茶叶基地1200亩。
（二）就业扶贫
全镇贫困劳动力转移就业1256人，其中省外务工832人，省内务工424人；开发公益性岗位68个，安置贫困劳动力68人；开展技能培训12期，培训贫困群众560人次。
（三）易地扶贫搬迁
我镇高度重视搬迁工作，共完成易地扶贫搬迁42户168人，其中集中安置35户，分散安置7户。
（四）危房改造
完成C、D级危房改造86户。
（五）教育扶贫
共资助贫困家庭学生328人次，发放资助资金46.8万元。
（六）健康扶贫
贫困人口家庭医生签约率达100%，签约2289人；贫困人口住院报销比例达90%。
（七）兜底保障
全镇纳入农村低保186户412人，发放低保金118.6万元。
（八）小额信贷
今年新增发放扶贫小额信贷236万元，惠及贫困户51户。
三、存在问题
个别村集体经济薄弱，全镇仍有2个村集体经济收入低于5万元。
"""
REPORT_EXPECT = {
 "86.3平方公里": "area_km2", "9个": "admin_villages", "1个": None, "4126户": "households_total", "15302人": "population_total",
 "612户": "poor_households", "2289人": "poor_population", "438户": "poor_households", "152户": "poor_households", "22户": "poor_households",
 "3个": "poor_villages", "586户": "lifted_households", "2215人": "lifted_population", "26户": "remaining_poor_households", "74人": "remaining_poor_population",
 "14.9%": "poverty_incidence", "0.48%": "poverty_incidence", "326万元": "poverty_funds", "418户": None, "1200亩": None,
 "1256人": "employed_poor", "832人": "employed_poor", "424人": "employed_poor", "68个": "public_jobs", "12期": None, "560人次": "trained",
 "42户": "relocated_households", "168人": "relocated_population", "35户": "relocated_households", "7户": "relocated_households",
 "86户": "housing_renovated", "328人次": "education_aid_students", "46.8万元": "education_aid_amount", "100%": "share", "90%": "share",
 "186户": "dibao_households", "412人": "dibao_population", "118.6万元": "dibao_amount", "236万元": "microcredit_amount", "51户": "microcredit_households",
 "2个": None,
}


@pytest.fixture(scope="module")
def report_figures():
    out = {}
    for r in extract_text(REPORT).itertuples():
        out.setdefault(r.text, r)  # the first of figures written alike (2289人 twice)
    return out


@pytest.mark.parametrize("fig,want", list(REPORT_EXPECT.items()))
def test_whole_report_s10(report_figures, fig, want):
    assert fig in report_figures
    assert _value(report_figures[fig].indicator) == want


# a county's report (27 figures, 7 periods): 1 wrong before: an attribute item after 、 takes the
# rule of the figure before it (资助建档立卡学生2318人次、资金386万元)
REPORT2 = """德化县2019年脱贫攻坚工作情况汇报
一、脱贫攻坚总体情况
德化县辖18个乡镇、218个行政村，户籍人口34.2万人。2014年建档立卡以来，全县共识别贫困户3692户12418人，贫困村28个。经过五年攻坚，截至2019年底，全县累计脱贫3651户12306人，28个贫困村全部退出，贫困发生率降至0.04%。
二、主要做法及成效
（一）资金投入
2016年以来，全县累计投入各级各类扶贫资金5.6亿元，其中2019年投入1.3亿元。
（二）产业就业
全县发放扶贫小额信贷1.2亿元，覆盖贫困户2140户；建成扶贫车间36个，吸纳贫困劳动力就业428人；开发乡村公益性岗位312个。
（三）“三保障”
1.教育方面，全年资助建档立卡学生2318人次、资金386万元。
2.医疗方面，贫困人口基本医疗保险参保率100%，家庭医生签约服务12418人。
3.住房方面，累计完成农村危房改造1286户，其中建档立卡贫困户612户。
（四）兜底保障
将1123户2046人纳入农村低保，低保标准提高到每人每月460元。
（五）易地搬迁
“十三五”期间，全县易地扶贫搬迁286户1132人，建成集中安置点6个。
"""
REPORT2_EXPECT = {
 "18个": None, "218个": "admin_villages", "34.2万人": "population_total", "3692户": "poor_households", "12418人": "poor_population", "28个": "poor_villages",
 "3651户": "lifted_households", "12306人": "lifted_population", "0.04%": "poverty_incidence", "5.6亿元": "poverty_funds", "1.3亿元": "poverty_funds",
 "1.2亿元": "microcredit_amount", "2140户": "microcredit_households", "36个": None, "428人": "employed_poor", "312个": "public_jobs",
 "2318人次": "education_aid_students", "386万元": "education_aid_amount", "100%": "share", "1286户": "housing_renovated", "612户": "housing_renovated",
 "1123户": "dibao_households", "2046人": "dibao_population", "460元": "dibao_amount", "286户": "relocated_households", "1132人": "relocated_population", "6个": None,
}
REPORT2_PERIODS = {"3692户": "2014-2019", "3651户": "2019", "0.04%": "2019", "5.6亿元": "2016-2019", "1.3亿元": "2019", "286户": "2016-2020", "1286户": None}


@pytest.fixture(scope="module")
def report2_figures():
    out = {}
    for r in extract_text(REPORT2).itertuples():
        out.setdefault(r.text, r)
    return out


@pytest.mark.parametrize("fig,want", [(f, ("indicator", w)) for f, w in REPORT2_EXPECT.items()]
                         + [(f, ("period", w)) for f, w in REPORT2_PERIODS.items()])
def test_whole_county_report_s10(report2_figures, fig, want):
    attr, value = want
    assert fig in report2_figures
    assert _value(getattr(report2_figures[fig], attr)) == value


# a village's report in another style (indented paragraphs, a soft wrap, 建档立卡户, 五保户, 护林员):
# 2 of the figures wrong before (the whole village's labour in work, no poor named, is no
# employed_poor: 全村外出务工劳动力612人; the labourers of poor households are not the poor)
REPORT3 = """春天村2020年脱贫攻坚工作总结
    春天村地处镇东北部，距镇政府12公里，辖8个村民小组，共有农户416户1583人，其中建档立卡户93户352人，
低保户21户45人，五保户4户4人，残疾人38人。全村耕地面积2860亩。
    一、脱贫成效
    2014年以来，我村累计脱贫93户352人，其中2016年脱贫21户83人、2017年脱贫30户116人、2018年脱贫38户141人、2019年脱贫4户12人，
贫困发生率由2014年的23.9%降至0%。2020年全村人均纯收入达到10860元，村集体经济收入8.6万元。
    二、主要措施
    1、产业方面：发展烤烟320亩、核桃1500亩，带动建档立卡户86户。
    2、就业方面：全村外出务工劳动力612人，其中建档立卡户劳动力158人；村内开发护林员、保洁员等公益性岗位12个。
    3、住房方面：完成危房改造38户，其中C级21户、D级17户。
    4、教育方面：发放雨露计划补助资金3.6万元，受益学生12人。
    5、监测方面：全村识别监测对象3户11人，已全部消除风险。
"""
REPORT3_EXPECT = {
 "12公里": None, "8个": None, "416户": "households_total", "1583人": "population_total", "93户": "poor_households", "352人": "poor_population",
 "21户": "dibao_households", "45人": "dibao_population", "38人": None, "2860亩": None,
 "83人": "lifted_population", "30户": "lifted_households", "141人": "lifted_population",
 "23.9%": "poverty_incidence", "0%": "poverty_incidence", "10860元": "per_capita_income", "8.6万元": "collective_income",
 "320亩": None, "1500亩": None, "86户": None, "612人": None, "158人": None, "12个": "public_jobs",
 "17户": "housing_renovated", "3.6万元": "education_aid_amount", 
 "3户": "monitored_households", "11人": "monitored_population",
}


@pytest.fixture(scope="module")
def report3_figures():
    out = {}
    for r in extract_text(REPORT3).itertuples():
        out.setdefault(r.text, r)
    return out


@pytest.mark.parametrize("fig,want", list(REPORT3_EXPECT.items()))
def test_whole_village_report_s10(report3_figures, fig, want):
    assert fig in report3_figures
    assert _value(report3_figures[fig].indicator) == want


# --------------------------------------------------------------------------- qualifiers before the number
# a qualifier written before the number stands outside the figure's span (guideline) but with the
# figure for the meaning step: the words before it name the figure as without it (贫困户约320户);
# a qualifier with a bridge after it is left alone (至少增长79.8%: 增长 is the cue)
ROWS_QUAL = [
 ("q_yue", "全镇贫困户约320户。", "乡镇", {"320户": "poor_households"}),
 ("q_gong_yue", "全镇贫困户共约320户。", "乡镇", {"320户": "poor_households"}),
 ("q_jin_villages", "全镇行政村共有近20个。", "乡镇", {"20个": "admin_villages"}),
 ("q_zongshu", "建档立卡贫困户总数约320户。", "乡镇", {"320户": "poor_households"}),
 ("q_farm", "全镇农户约4100户。", "乡镇", {"4100户": "households_total"}),
 ("q_buzu", "剩余贫困人口不足50人。", "乡镇", {"50人": "remaining_poor_population"}),
 ("q_growth_bridge", "与上年相比至少增长79.8%。", "乡镇", {"79.8%": "growth_rate"}),
]


@pytest.mark.parametrize("text,level,expect", list(_rows(ROWS_QUAL, {})))
def test_qualifiers_s10(text, level, expect):
    check(text, level, expect)


# a rule carried to a figure from a label, a heading, a topic or a list's first item keeps its
# vetoes over the figure's own words (群众自筹 is no poverty fund)
ROWS_CARRIED_VETO = [
 ("veto_label_list", "（三）扶贫资金投入\n中央资金320万元，省级资金180万元，群众自筹60万元。", "县", {"180万元": "poverty_funds", "60万元": N}),
 ("veto_topic", "扶贫资金方面，全县共争取320万元，群众自筹50万元。", "县", {"320万元": "poverty_funds", "50万元": N}),
 ("veto_lead_heading", "（三）扶贫资金投入\n修建道路投入120万元，产业发展投入80万元。", "县", {"120万元": N, "80万元": "poverty_funds"}),
]


@pytest.mark.parametrize("text,level,expect", list(_rows(ROWS_CARRIED_VETO, {})))
def test_carried_vetoes_s10(text, level, expect):
    check(text, level, expect)


# a copula between the figure and the kind it counts (其中36户为低保户): the kind closes the clause
# (not 为低保户购买保险: who money is spent for); before, the copula hid the kind
ROWS_COPULA = [
 ("cop_dibao", "其中36户为低保户。", "乡镇", {"36户": "dibao_households"}),
 ("cop_wubao", "其中12户为五保户。", "乡镇", {"12户": "poor_households"}),
 ("cop_relocated", "其中8户为易地扶贫搬迁户。", "乡镇", {"8户": "relocated_households"}),
 ("cop_edge", "其中12户为边缘户。", "乡镇", {"12户": "edge_households"}),
 ("cop_poor_had", "全镇有320户为建档立卡贫困户。", "乡镇", {"320户": "poor_households"}),
 ("cop_beneficiary", "投入资金12万元为低保户购买保险。", "乡镇", {"12万元": "poverty_funds"}),
 ("cop_subject_after", "目前全镇共有1120人为建档立卡贫困人口。", "乡镇", {"1120人": "poor_population"}),
 ("cop_subject_after_lifted", "全镇有298户为脱贫户。", "乡镇", {"298户": "lifted_households"}),
 ("cop_subject_after_verb", "全镇有36户为贫困户发放了慰问金。", "乡镇", {"36户": N}),
]


@pytest.mark.parametrize("text,level,expect", list(_rows(ROWS_COPULA, {})))
def test_copula_s10(text, level, expect):
    check(text, level, expect)
