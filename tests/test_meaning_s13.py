"""Indicators and periods on wording never seen (session 13, branch mean13), run through the whole
pipeline (``extract_text`` under a title line giving unit, level and year 2019): the indicators of
patterns/indicators.yaml in the wording of other provinces and genres (识别户, 帮扶对象, 进城安置,
产业贷款, 危改, 两免一补 …), governing-subject chains (全县建档立卡贫困户中，已脱贫…), a heading naming the
measure with the figures in the body, 其中 lists; precision rows (cadres, task forces, meetings,
trainings of cadres, higher levels, non-poor households, per-unit amounts); periods governed by a
heading year, 截至, 以来, spans, 十三五, relative years and 同比; and whole made-up documents of genres
not yet in the batteries (tests/data/s13/meaning_*.txt: a county 扶贫办 年度总结 with a 五个一批 section,
a village 驻村工作队 report, a prefecture's mid-year 简报, a 帮扶单位 report).  On the code before this
branch 23 of the 212 rows failed: 7 recall rows, 2 precision rows, 0 period rows, all 8 heading rows
(a short numbered heading line was read as a soft wrap of the clause under it: its ``^`` never
matched inside the text) and 6 document rows."""
import pathlib

import pytest

from meaning_rows import check, check_document, doc_params, params

DATA = pathlib.Path(__file__).parent / "data" / "s13"
N = None
P = "period"


#: indicator recall: wordings of other provinces and genres, governing subjects, headings, 其中 lists
RECALL = [
 ('syn_idhu', '全镇共有识别户412户1630人。', '乡镇', {'412户': 'poor_households', '1630人': 'poor_population'}),
 ('syn_bangfu', '全镇帮扶对象共计386户1452人。', '乡镇', {'386户': 'poor_households', '1452人': 'poor_population'}),
 ('syn_fupin_obj', '全村扶贫对象56户203人。', '村', {'56户': 'poor_households', '203人': 'poor_population'}),
 ('chain_lifted', '全县建档立卡贫困户中，已脱贫8620户，未脱贫312户。', '县', {'8620户': 'lifted_households', '312户': 'remaining_poor_households'}),
 ('chain_lifted_pop', '全镇建档立卡贫困人口中，已脱贫2860人，未脱贫96人。', '乡镇', {'2860人': 'lifted_population', '96人': 'remaining_poor_population'}),
 ('head_reloc', '（一）易地扶贫搬迁。全镇完成搬迁86户342人。', '乡镇', {'86户': 'relocated_households', '342人': 'relocated_population'}),
 ('yimin', '全县实施生态移民搬迁1260户5130人。', '县', {'1260户': 'relocated_households', '5130人': 'relocated_population'}),
 ('jincheng', '全镇进城安置贫困户48户196人。', '乡镇', {'48户': 'relocated_households', '196人': 'relocated_population'}),
 ('loan_fupin', '全镇发放扶贫贷款2360万元，惠及贫困户472户。', '乡镇', {'2360万元': 'microcredit_amount', '472户': 'microcredit_households'}),
 ('loan_jinrong', '金融扶贫方面，累计放贷1860万元，覆盖贫困户372户。', '乡镇', {'1860万元': 'microcredit_amount', '372户': 'microcredit_households'}),
 ('loan_chanye', '为贫困户发放产业贷款320户1560万元。', '乡镇', {'320户': 'microcredit_households', '1560万元': 'microcredit_amount'}),
 ('gongyi', '全镇开发公益性岗位126个，安置贫困劳动力126人。', '乡镇', {'126个': 'public_jobs'}),
 ('hulin', '选聘生态护林员86名。', '乡镇', {'86名': N}),
 ('weigai', '全县完成危改1860户。', '县', {'1860户': 'housing_renovated'}),
 ('nongfang', '改造农村危房132户。', '乡镇', {'132户': 'housing_renovated'}),
 ('nongfang2', '实施农房改造236户，其中贫困户98户。', '乡镇', {'236户': 'housing_renovated', '98户': 'housing_renovated'}),
 ('train_skill', '开展技能培训12期，培训贫困劳动力860人。', '乡镇', {'12期': N, '860人': 'trained'}),
 ('train_yinling', '全年开展劳动力转移培训1260人次。', '乡镇', {'1260人次': 'trained'}),
 ('wugong', '全镇外出务工贫困劳动力2360人。', '乡镇', {'2360人': 'employed_poor'}),
 ('wugong2', '转移就业贫困劳动力1860人。', '县', {'1860人': 'employed_poor'}),
 ('edu_yulu', '发放雨露计划补助资金86万元，资助学生572人。', '乡镇', {'86万元': 'education_aid_amount', '572人': 'education_aid_students'}),
 ('edu_liangmian', '落实两免一补资金320万元，惠及学生4260人。', '县', {'320万元': 'education_aid_amount', '4260人': 'education_aid_students'}),
 ('edu_zizhu', '全年资助贫困家庭学生1260人次，发放资助金186万元。', '乡镇', {'1260人次': 'education_aid_students', '186万元': 'education_aid_amount'}),
 ('doudi_dibao', '将326户912人纳入低保兜底。', '乡镇', {'326户': 'dibao_households', '912人': 'dibao_population'}),
 ('dibao_amount', '全年发放低保金426万元。', '乡镇', {'426万元': 'dibao_amount'}),
 ('tekun', '全镇特困供养人员132人。', '乡镇', {'132人': N}),
 ('income_pure', '贫困户人均纯收入由2015年的2860元增加到2019年的9320元。', '乡镇', {'2860元': ['per_capita_income', (P, '2015')], '9320元': ['per_capita_income', (P, '2019')]}),
 ('income_disp', '全县农民人均可支配收入达到13260元，同比增长9.6%。', '县', {'13260元': 'per_capita_income', '9.6%': ['growth_rate', (P, '2018-2019')]}),
 ('coll_income', '全村集体经济收入达到12.6万元。', '村', {'12.6万元': 'collective_income'}),
 ('doctor', '家庭医生签约服务贫困人口3260人，签约率100%。', '乡镇', {'3260人': 'family_doctor_signed', '100%': 'share'}),
 ('qizhong_list', '全镇有贫困户420户，其中：一般贫困户280户，低保贫困户120户，特困供养户20户。', '乡镇', {'280户': 'poor_households', '120户': 'poor_households', '20户': 'poor_households'}),
 ('head_body', '二、易地扶贫搬迁\n全县共搬迁安置2860户11260人。', '县', {'2860户': 'relocated_households', '11260人': 'relocated_population'}),
 ('head_body_loan', '（三）扶贫小额信贷\n全镇累计发放386户，共计1860万元。', '乡镇', {'386户': 'microcredit_households', '1860万元': 'microcredit_amount'}),
 ('head_body_weigai', '3.危房改造\n全年改造完成126户。', '乡镇', {'126户': 'housing_renovated'}),
 ('funds_caizheng', '全年投入财政专项扶贫资金3260万元。', '县', {'3260万元': 'poverty_funds'}),
 ('funds_zhenghe', '统筹整合财政涉农资金2.6亿元用于脱贫攻坚。', '县', {'2.6亿元': 'poverty_funds'}),
 ('poor_vill', '全县有贫困村36个，已出列32个。', '县', {'36个': 'poor_villages'}),
 ('incidence', '贫困发生率由12.6%降至0.8%。', '县', {'12.6%': 'poverty_incidence', '0.8%': 'poverty_incidence'}),
 ('tekun_dibao', '将符合条件的建档立卡贫困户128户纳入低保，兜底保障326人。', '乡镇', {'128户': 'dibao_households'}),
 ('doudi_pop', '社会保障兜底脱贫412人。', '乡镇', {'412人': 'lifted_population'}),
 ('qizhong_wuge', '全县累计脱贫6820人，其中：发展生产脱贫3260人，易地搬迁脱贫1120人，生态补偿脱贫860人，发展教育脱贫620人，社会保障兜底960人。', '县', {'3260人': 'lifted_population', '1120人': 'lifted_population', '960人': 'lifted_population'}),
 ('water_supply', '新建集中供水工程12处，解决1860名贫困人口安全饮水问题。', '乡镇', {'12处': N}),
 ('zilaishui', '全村自来水入户率达到100%。', '村', {'100%': 'share'}),
 ('health_baoxiao', '贫困患者住院报销1260人次，报销金额386万元。', '乡镇', {'1260人次': N, '386万元': N}),
 ('baoxiao_funds', '全年发放医疗救助资金126万元。', '乡镇', {'126万元': N}),
 ('job_outside', '全村贫困劳动力外出就业126人。', '村', {'126人': 'employed_poor'}),
 ('job_local', '就近就地安置贫困劳动力务工386人。', '乡镇', {'386人': 'employed_poor'}),
 ('job_transfer', '实现贫困劳动力转移就业2360人。', '县', {'2360人': 'employed_poor'}),
 ('train_skill_after', '组织860名贫困劳动力参加技能培训。', '乡镇', {'860名': 'trained'}),
 ('yulu_heading', '（四）教育扶贫\n全年资助贫困学生1260人，发放资金186万元。', '乡镇', {'1260人': 'education_aid_students', '186万元': 'education_aid_amount'}),
 ('income_net', '建档立卡贫困户人均纯收入达到8620元。', '乡镇', {'8620元': 'per_capita_income'}),
 ('income_dispo_rural', '农村常住居民人均可支配收入11260元。', '县', {'11260元': 'per_capita_income'}),
 ('funds_invest_heading', '（一）资金投入\n全年共投入各类扶贫资金3260万元。', '县', {'3260万元': 'poverty_funds'}),
 ('reloc_centralised', '建成集中安置点6个，安置搬迁群众386户1560人。', '县', {'6个': N, '386户': 'relocated_households', '1560人': 'relocated_population'}),
 ('reloc_heading_body', '（二）易地扶贫搬迁。全县完成搬迁1260户5120人，搬迁入住率100%。', '县', {'1260户': 'relocated_households', '5120人': 'relocated_population'}),
 ('weifang_cfd', '全年完成农村危房改造326户，其中建档立卡贫困户186户。', '乡镇', {'326户': 'housing_renovated', '186户': 'housing_renovated'}),
 ('lifted_exit', '全年实现退出贫困村12个，脱贫1260户4860人。', '县', {'1260户': 'lifted_households', '4860人': 'lifted_population'}),
 ('remaining_weituo', '全县尚有未脱贫人口1260人。', '县', {'1260人': 'remaining_poor_population'}),
 ('idhu_total', '全县共有建档立卡户8620户3.2万人。', '县', {'8620户': 'poor_households', '3.2万人': 'poor_population'}),
 ('idhu_chain', '全镇建档立卡户中，已脱贫386户1420人，未脱贫12户36人。', '乡镇', {'386户': 'lifted_households', '1420人': 'lifted_population', '12户': 'remaining_poor_households', '36人': 'remaining_poor_population'}),
 ('poor_obj_chain', '在全村56户贫困户中，已脱贫52户，剩余4户。', '村', {'56户': 'poor_households', '52户': 'lifted_households', '4户': 'remaining_poor_households'}),
 ('edge_monitor', '全镇共识别监测对象36户128人，其中边缘易致贫户20户68人。', '乡镇', {'36户': 'monitored_households', '20户': 'edge_households'}),
 ('doctor_sign', '贫困人口家庭医生签约1260人，签约率达100%。', '乡镇', {'1260人': 'family_doctor_signed'}),
 ('target_plan', '力争2020年全面完成剩余126人脱贫任务。', '县', {'126人': 'remaining_poor_population'}),
]

#: indicator precision: officials, teams, meetings, higher levels, non-poor, per-unit amounts
PRECISION = [
 ('team', '全县选派驻村工作队126支，第一书记126名，驻村干部386人。', '县', {'126支': N, '126名': N, '386人': N}),
 ('cadres', '全镇286名帮扶干部与贫困户结成帮扶对子。', '乡镇', {'286名': N}),
 ('cadres2', '组织帮扶责任人386人开展入户走访。', '乡镇', {'386人': N}),
 ('meeting', '召开脱贫攻坚推进会12次，培训扶贫干部360人次。', '乡镇', {'12次': N, '360人次': N}),
 ('higher', '全市共有贫困人口12.6万人。', '县', {'12.6万人': N}),
 ('plan_target', '计划2020年实现剩余36户全部脱贫。', '乡镇', {'36户': 'remaining_poor_households'}),
 ('nonpoor', '全村非贫困户320户。', '村', {'320户': N}),
 ('per_unit', '对搬迁户每人补助2.5万元。', '乡镇', {'2.5万元': N}),
 ('edge', '全镇识别边缘户36户128人。', '乡镇', {'36户': 'edge_households', '128人': 'edge_population'}),
 ('monitor', '新纳入监测户12户38人。', '乡镇', {'12户': 'monitored_households', '38人': 'monitored_population'}),
 ('train_event', '举办培训班26期。', '乡镇', {'26期': N}),
 ('coll_village_count', '全镇村集体经济收入10万元以上的村12个。', '乡镇', {'12个': N}),
 ('team_officials', '派驻第一书记12名、驻村工作队员36名。', '乡镇', {'12名': N, '36名': N}),
 ('cadres_bangfu', '落实帮扶干部126人结对帮扶贫困户412户。', '乡镇', {'126人': N}),
 ('meeting_count', '召开专题会议16次，开展督查8轮。', '乡镇', {'16次': N}),
 ('higher_city', '全市已累计减贫12万人。', '县', {'12万人': N}),
]

#: periods: heading years, 截至, 以来, spans, 十三五, relative years, 同比, bases
PERIODS = [
 ('head_year', '一、2018年工作情况\n全镇脱贫126户482人。', '乡镇', {'126户': (P, '2018')}),
 ('head_year_numbered', '（二）2017年脱贫攻坚成效\n完成易地扶贫搬迁36户。', '乡镇', {'36户': (P, '2017')}),
 ('as_of_opener', '截至2018年底，全镇剩余贫困户36户。', '乡镇', {'36户': (P, '2018')}),
 ('as_of_opener2', '截至2018年12月，全镇已累计脱贫326户。', '乡镇', {'326户': (P, '2018')}),
 ('since_cum', '2016年以来，全镇累计投入扶贫资金3260万元。', '乡镇', {'3260万元': (P, '2016-2019')}),
 ('since_plain', '2017年以来，全镇共实施危房改造86户。', '乡镇', {'86户': (P, '2017-2019')}),
 ('span_dash', '2016—2018年，全县完成易地扶贫搬迁2860户。', '县', {'2860户': (P, '2016-2018')}),
 ('span_zhi', '2016年至2018年，共脱贫860户。', '乡镇', {'860户': (P, '2016-2018')}),
 ('shisanwu_since', '“十三五”以来，全县累计减少贫困人口3.2万人。', '县', {'3.2万人': (P, '2016-2019')}),
 ('shisanwu_during', '十三五期间，全县共搬迁1260户。', '县', {'1260户': (P, '2016-2020')}),
 ('jinnian', '今年全镇脱贫62户。', '乡镇', {'62户': (P, '2019')}),
 ('qunian', '去年全镇脱贫86户。', '乡镇', {'86户': (P, '2018')}),
 ('shangnian', '上年度全镇完成危房改造32户。', '乡镇', {'32户': (P, '2018')}),
 ('tongbi', '全镇农民人均可支配收入12860元，同比增长9.2%。', '乡镇', {'12860元': (P, '2019'), '9.2%': (P, '2018-2019')}),
 ('bi_qunian', '贫困户人均纯收入比去年增长12.6%。', '乡镇', {'12.6%': (P, '2018-2019')}),
 ('year_list_each', '2017年脱贫126户，2018年脱贫98户，2019年脱贫36户。', '乡镇', {'126户': (P, '2017'), '98户': (P, '2018'), '36户': (P, '2019')}),
 ('year_to_now', '贫困发生率由2014年的18.6%下降到目前的0.6%。', '县', {'18.6%': (P, '2014'), '0.6%': (P, '2019')}),
 ('year_base_now', '全镇贫困人口从2014年底的3260人减少到现在的86人。', '乡镇', {'3260人': (P, '2014'), '86人': (P, '2019')}),
 ('cum_noyear', '累计完成危房改造1260户。', '乡镇', {'1260户': (P, N)}),
 ('yi_tuopin', '已脱贫326户1260人。', '乡镇', {'326户': (P, '2019')}),
 ('mid_year', '1-6月，全县发放小额信贷1.2亿元。', '县', {'1.2亿元': (P, '2019')}),
 ('year_nian_du', '2018年度，全镇共投入扶贫资金860万元。', '乡镇', {'860万元': (P, '2018')}),
 ('multi_years_review_head', '一、2016—2019年脱贫攻坚成效\n全县共减少贫困人口2.6万人。', '县', {'2.6万人': (P, '2016-2019')}),
 ('zhi_jin', '自2015年精准识别以来，全村共脱贫56户。', '村', {'56户': (P, '2015-2019')}),
 ('year_colon', '2018年：脱贫56户218人。', '乡镇', {'56户': (P, '2018')}),
 ('niandi', '到2019年底，全镇贫困发生率降至0.32%。', '乡镇', {'0.32%': (P, '2019')}),
 ('plan_next', '2020年计划投入扶贫资金1200万元。', '乡镇', {'1200万元': (P, '2020')}),
 ('muqian', '目前，全镇有建档立卡贫困户412户。', '乡镇', {'412户': (P, '2019')}),
 ('quannian', '全年共发放低保金326万元。', '乡镇', {'326万元': (P, '2019')}),
 ('jinnian_yilai', '今年以来，全镇新识别监测户12户。', '乡镇', {'12户': (P, '2019')}),
 ('past_3y', '近三年来，全县累计投入扶贫资金6.2亿元。', '县', {'6.2亿元': (P, '2017-2019')}),
 ('qunian_then_jin', '去年脱贫86户，今年脱贫42户。', '乡镇', {'86户': (P, '2018'), '42户': (P, '2019')}),
 ('tongqi', '与去年同期相比，脱贫户人均收入增长16%。', '乡镇', {'16%': (P, '2018-2019')}),
 ('heading_then_since', '（一）产业扶贫\n2018年以来，全镇累计发展特色产业基地12个。', '乡镇', {'12个': (P, '2018-2019')}),
]
#: a short numbered heading line is no soft wrap of the clause under it (二、脱贫成效 named and vetoed
#: the first clause of its body: 62户贫困户中 took lifted), a long numbered paragraph still wraps;
#: an adverb and the verb of the clause before (累计发放4320户) continue its measure; a lead alone before
#: a figure of another unit (…4320户，共计1.98亿元) adds an attribute of the figure before
HEADINGS = [
 ("subject_under_heading", "二、脱贫成效\n在全村62户贫困户中，已脱贫58户224人，剩余未脱贫4户12人。", "村",
  {"62户": "poor_households", "58户": "lifted_households", "4户": "remaining_poor_households"}),
 ("subject_under_heading_bare", "二、主要成效\n全村62户贫困户中，已脱贫58户。", "村", {"62户": "poor_households"}),
 ("subject_after_under_heading", "（四）就业帮扶\n组织32名贫困劳动力参加技能培训，外出务工贫困劳动力86人。", "村",
  {"32名": "trained", "86人": "employed_poor"}),
 ("heading_no_veto", "三、易地扶贫搬迁\n全镇共有62户贫困户。", "乡镇", {"62户": "poor_households"}),
 ("adverb_verb_series", "（三）金融扶贫\n全年新增发放扶贫小额信贷1260户5860万元，累计发放4320户，共计1.98亿元。", "县",
  {"1260户": [(P, "2019"), ("indicator", "microcredit_households")], "4320户": ["microcredit_households", (P, N)],
   "1.98亿元": ["microcredit_amount", (P, N)]}),
 ("adverb_verb_series_plain", "全年脱贫94户，累计脱贫612户，共计2360人。", "乡镇",
  {"612户": ["lifted_households", (P, N)], "2360人": ["lifted_population", (P, N)]}),
 ("lead_alone_money", "（三）扶贫小额信贷\n全镇累计发放386户，共计1860万元。", "乡镇", {"1860万元": ["microcredit_amount", (P, N)]}),
 ("visit_poor_villages", "共抽查贫困户1260户，走访贫困村36个，召开座谈会18次。", "县", {"1260户": N, "36个": N, "18次": N}),
]


#: whole documents: (document, the words right before the figure and the figure, indicator, period,
#: scope); every document states its year in its title or date line (2019)
DOC_ROWS = [
 # a county 扶贫办's 年度总结 with a 五个一批 section, 金融扶贫 and a 2020 plan
 ("fupinban", "辖9个乡镇、112个", "admin_villages", "2019", N),
 ("fupinban", "总人口26.8万人", "population_total", "2019", N),
 ("fupinban", "建档立卡贫困户8260户", "poor_households", "2014", N),
 ("fupinban", "8260户31260人", "poor_population", "2014", N),
 ("fupinban", "累计脱贫8012户", "lifted_households", "2019", N),
 ("fupinban", "剩余未脱贫户248户", "remaining_poor_households", "2019", N),
 ("fupinban", "2014年的14.2%", "poverty_incidence", "2014", N),
 ("fupinban", "下降至0.35%", "poverty_incidence", "2019", N),
 ("fupinban", "整合财政涉农资金2.86亿元", "poverty_funds", "2019", N),
 ("fupinban", "中央资金1.52亿元", "poverty_funds", "2019", N),
 ("fupinban", "同比增长12.5%", "growth_rate", "2018-2019", N),
 ("fupinban", "全年完成搬迁386户", "relocated_households", "2019", N),
 ("fupinban", "累计搬迁安置2160户", "relocated_households", N, N),
 ("fupinban", "选聘生态护林员620名", N, "2019", N),
 ("fupinban", "资助贫困学生6820人次", "education_aid_students", "2019", N),
 ("fupinban", "发放资助资金860万元", "education_aid_amount", "2019", N),
 ("fupinban", "补助学生412人", "education_aid_students", "2019", N),
 ("fupinban", "将1860户", "dibao_households", "2019", N),
 ("fupinban", "发放低保金2360万元", "dibao_amount", "2019", N),
 ("fupinban", "扶贫小额信贷1260户", "microcredit_households", "2019", N),
 ("fupinban", "累计发放4320户", "microcredit_households", N, N),
 ("fupinban", "共计1.98亿元", "microcredit_amount", N, N),
 ("fupinban", "培训2360人次", "trained", "2019", N),
 ("fupinban", "转移就业8620人", "employed_poor", "2019", N),
 ("fupinban", "公益性岗位860个", "public_jobs", "2019", N),
 ("fupinban", "家庭医生签约28660人", "family_doctor_signed", "2019", N),
 ("fupinban", "农村危房改造612户", "housing_renovated", "2019", N),
 ("fupinban", "其中建档立卡贫困户386户", "housing_renovated", "2019", N),
 ("fupinban", "识别边缘户326户", "edge_households", "2019", N),
 ("fupinban", "监测户186户", "monitored_households", "2019", N),
 ("fupinban", "计划投入扶贫资金3.2亿元", "poverty_funds", "2020", N),
 ("fupinban", "确保剩余248户", "remaining_poor_households", "2020", N),
 # a village task force's report: team members are no poor people, a heading above a subject chain
 ("zhucun", "现有队员3名", N, "2019", N),
 ("zhucun", "其中第一书记1名", N, "2019", N),
 ("zhucun", "共有农户326户", "households_total", "2019", N),
 ("zhucun", "建档立卡贫困户62户", "poor_households", "2019", N),
 ("zhucun", "其中低保户18户", "dibao_households", "2019", N),
 ("zhucun", "在全村62户", "poor_households", "2019", N),
 ("zhucun", "已脱贫58户", "lifted_households", "2019", N),
 ("zhucun", "剩余未脱贫4户", "remaining_poor_households", "2019", N),
 ("zhucun", "降至0.94%", "poverty_incidence", "2019", N),
 ("zhucun", "全村脱贫21户", "lifted_households", "2019", N),
 ("zhucun", "产业扶持资金86万元", "poverty_funds", "2019", N),
 ("zhucun", "由2017年的1.2万元", "collective_income", "2017", N),
 ("zhucun", "2019年的8.6万元", "collective_income", "2019", N),
 ("zhucun", "完成危改8户", "housing_renovated", "2019", N),
 ("zhucun", "发放扶贫贷款23户", "microcredit_households", "2019", N),
 ("zhucun", "金额112万元", "microcredit_amount", "2019", N),
 ("zhucun", "组织32名", "trained", "2019", N),
 ("zhucun", "外出务工贫困劳动力86人", "employed_poor", "2019", N),
 ("zhucun", "资助贫困学生28人", "education_aid_students", "2019", N),
 ("zhucun", "走访贫困户420户次", N, "2019", N),
 ("zhucun", "协调帮扶干部32人", N, "2019", N),
 ("zhucun", "确保剩余4户", "remaining_poor_households", "2020", N),
 ("zhucun", "力争达到10万元", "collective_income", "2020", N),
 # a prefecture's mid-year 简报: 截至6月底, 1-6月, 上半年 are the report's year; checks count nothing
 ("jianbao_mid", "剩余建档立卡贫困人口1.26万人", "remaining_poor_population", "2019", N),
 ("jianbao_mid", "专项扶贫资金6.8亿元", "poverty_funds", "2019", N),
 ("jianbao_mid", "占全年计划的72.3%", "share", "2019", N),
 ("jianbao_mid", "搬迁入住2860户", "relocated_households", "2019", N),
 ("jianbao_mid", "扶贫产业基地86个", N, "2019", N),
 ("jianbao_mid", "扶贫小额信贷3.6亿元", "microcredit_amount", "2019", N),
 ("jianbao_mid", "惠及贫困户8620户", "microcredit_households", "2019", N),
 ("jianbao_mid", "转移就业贫困劳动力1.86万人", "employed_poor", "2019", N),
 ("jianbao_mid", "资助建档立卡学生3.2万人次", "education_aid_students", "2019", N),
 ("jianbao_mid", "家庭医生签约12.6万人", "family_doctor_signed", "2019", N),
 ("jianbao_mid", "农村低保对象6.2万人", "dibao_population", "2019", N),
 ("jianbao_mid", "发放低保金1.86亿元", "dibao_amount", "2019", N),
 ("jianbao_mid", "改造农村危房1860户", "housing_renovated", "2019", N),
 ("jianbao_mid", "共抽查贫困户1260户", N, "2019", N),
 ("jianbao_mid", "走访贫困村36个", N, "2019", N),
 ("jianbao_mid", "召开座谈会18次", N, "2019", N),
 # a 帮扶单位's report: its cadres are no poor people, a per-household increase is no funds
 ("bangfu", "共有农户268户", "households_total", "2019", N),
 ("bangfu", "建档立卡贫困户48户", "poor_households", "2019", N),
 ("bangfu", "驻村第一书记1名", N, "2019", N),
 ("bangfu", "局机关干部36人", N, "2019", N),
 ("bangfu", "已脱贫46户", "lifted_households", "2019", N),
 ("bangfu", "未脱贫2户", "remaining_poor_households", "2019", N),
 ("bangfu", "人均纯收入达到9260元", "per_capita_income", "2019", N),
 ("bangfu", "比上年增长18.6%", "growth_rate", "2018-2019", N),
 ("bangfu", "协调帮扶资金126万元", "poverty_funds", "2019", N),
 ("bangfu", "户均增收3200元", N, "2019", N),
 ("bangfu", "吸纳贫困劳动力就业18人", "employed_poor", "2019", N),
 ("bangfu", "公益性岗位4个", "public_jobs", "2019", N),
 ("bangfu", "培训贫困群众126人次", "trained", "2019", N),
 ("bangfu", "发放小额信贷16户", "microcredit_households", "2019", N),
 ("bangfu", "危房改造5户", "housing_renovated", "2019", N),
 ("bangfu", "发放助学金2.4万元", "education_aid_amount", "2019", N),
 ("bangfu", "资助学生16人", "education_aid_students", "2019", N),
 ("bangfu", "村集体经济收入仅3.6万元", "collective_income", "2019", N),
 ("bangfu", "计划投入帮扶资金50万元", "poverty_funds", "2020", N),
]

#: the strict xfail rows of earlier sessions, by class: the kind a copula names after a list of
#: labelled figures (session 10 cue_after_list), the cost of a road built in the clause before
#: (session 9 none_road_money)
OLD_OPEN = [
 ("kind_after_list", "东坡村36户、西岭村28户、南山村12户为低保户。", "乡镇",
  {"36户": ["dibao_households", ("scope", "东坡村")], "28户": "dibao_households", "12户": "dibao_households"}),
 ("kind_after_list_two", "其中东坡村36户、西岭村28户为贫困户。", "乡镇", {"36户": "poor_households", "28户": "poor_households"}),
 ("kind_after_list_kinds", "全镇有低保户21户、残疾人户30户为贫困户。", "乡镇", {"21户": "dibao_households", "30户": N}),
 ("kind_after_list_measures", "完成危房改造12户、易地搬迁28户为贫困户。", "乡镇", {"12户": "housing_renovated", "28户": "relocated_households"}),
 ("village_poor_before_verb", "东坡村36户贫困户发展茶叶，为西岭村28户贫困户发放鸡苗。", "乡镇", {"36户": N, "28户": N}),
 ("road_money", "修建通村公路12公里，投入资金360万元。", "乡镇", {"360万元": N}),
 ("square_money", "新建文化广场1个，投资12万元。", "村", {"12万元": N}),
 ("bridge_money", "新建便民桥梁3座，共投入资金86万元。", "乡镇", {"86万元": N}),
 ("funds_after_road_named", "修建通村公路12公里，投入扶贫资金360万元。", "乡镇", {"360万元": "poverty_funds"}),
 ("funds_no_road", "全年投入资金860万元，实施扶贫项目36个。", "乡镇", {"860万元": "poverty_funds"}),
]

#: a second round: multi-year reviews, heading years, 截至 a relative year; measures under headings
ROUND2 = [
 ('review_years', '（一）2016年\n全县脱贫2860户。\n（二）2017年\n全县脱贫3120户。', '县', {'2860户': (P, '2016'), '3120户': (P, '2017')}),
 ('review_years_list', '2016年至2019年，全县累计脱贫1.2万户，其中2016年脱贫2860户，2017年脱贫3120户。', '县', {'1.2万户': (P, '2016-2019'), '2860户': (P, '2016'), '3120户': (P, '2017')}),
 ('since_heading', '一、2016年以来脱贫攻坚成效\n全县共减少贫困人口2.6万人，贫困村出列36个。', '县', {'2.6万人': (P, '2016-2019'), '36个': (P, '2016-2019')}),
 ('as_of_lead_two', '截至2019年10月底，全镇累计发放小额信贷386户，金额1860万元。', '乡镇', {'386户': (P, '2019'), '1860万元': (P, '2019')}),
 ('qunian_di', '截至去年底，全镇剩余贫困人口86人。', '乡镇', {'86人': (P, '2018')}),
 ('jinnian_1_9', '今年1-9月，全镇投入扶贫资金360万元。', '乡镇', {'360万元': (P, '2019')}),
 ('ben_niandu', '本年度全村脱贫12户。', '村', {'12户': (P, '2019')}),
 ('shisanwu_yilai_funds', '十三五以来，全镇累计投入扶贫资金1.2亿元。', '乡镇', {'1.2亿元': (P, '2016-2019')}),
 ('year_in_middle', '全镇2018年脱贫126户，2019年脱贫86户。', '乡镇', {'126户': (P, '2018'), '86户': (P, '2019')}),
 ('base_year_paren', '全镇建档立卡贫困户412户（2014年）。', '乡镇', {'412户': (P, '2014')}),
 ('tongbi_zeng', '全年发放小额信贷1860万元，同比增加620万元。', '乡镇', {'1860万元': (P, '2019'), '620万元': (P, '2018-2019')}),
 ('lifted_by_year_heading', '二、2018年脱贫情况\n全镇脱贫126户482人，其中低保户12户。', '乡镇', {'126户': (P, '2018'), '12户': (P, '2018')}),
 ('zhong_chain_county', '全县建档立卡贫困户中，已脱贫8620户，未脱贫312户。', '县', {'8620户': 'lifted_households', '312户': 'remaining_poor_households'}),
 ('chain_qizhong_colon', '全镇已脱贫386户1420人，其中：2017年脱贫120户，2018年脱贫186户，2019年脱贫80户。', '乡镇', {'120户': 'lifted_households', '186户': 'lifted_households', '80户': 'lifted_households'}),
 ('heading_measure_body', '（五）健康扶贫\n全镇贫困人口参加基本医疗保险4260人，参保率100%。', '乡镇', {'100%': 'share'}),
 ('heading_dibao_body', '（六）兜底保障\n全镇纳入低保126户386人。', '乡镇', {'126户': 'dibao_households', '386人': 'dibao_population'}),
 ('heading_reloc_done', '（二）易地扶贫搬迁\n全年共完成32户126人。', '乡镇', {'32户': 'relocated_households', '126人': 'relocated_population'}),
 ('heading_train_body', '（四）技能培训\n全年共培训860人次。', '乡镇', {'860人次': 'trained'}),
 ('heading_reloc_settle', '（二）易地扶贫搬迁\n全年共搬迁入住32户126人。', '乡镇', {'32户': 'relocated_households'}),
 ('monitor_edge_zhong', '全镇监测对象中，脱贫不稳定户12户，边缘易致贫户8户。', '乡镇', {'12户': 'monitored_households', '8户': 'edge_households'}),
 ('jianli_idhu_people', '全村建档立卡户56户，建档立卡人口203人。', '村', {'56户': 'poor_households', '203人': 'poor_population'}),
 ('fupin_duixiang_dongtai', '动态调整后，全镇扶贫对象为386户1420人。', '乡镇', {'386户': 'poor_households', '1420人': 'poor_population'}),
 ('dibao_wubao_tekun', '全镇有农村低保对象326户812人，特困供养人员86人。', '乡镇', {'326户': 'dibao_households', '812人': 'dibao_population', '86人': N}),
 ('edu_liangmian_bu', '落实义务教育阶段两免一补政策，惠及学生1260人。', '乡镇', {'1260人': 'education_aid_students'}),
 ('employ_transfer_outside', '全县外出务工贫困人口3.2万人。', '县', {'3.2万人': 'employed_poor'}),
 ('reloc_jincheng_gouf', '实施进城购房安置贫困户36户128人。', '乡镇', {'36户': 'relocated_households'}),
]

#: generated: each indicator's names in other wordings × shapes of stating it (648 sentences with
#: three leads; 27 wrong before the cues 帮扶对象达到, 生态移民, 产业贷共/为 (jieba's 贷共/贷为: the link
#: is part of the cue); now 0),
#: and counts of persons or things that are no indicator (240 sentences, 6 wrong: trainees who are
#: village doctors or leaders, left to the training rule); two shapes and one lead kept here
GEN_NAMES = [("建档立卡户", "户", "poor_households"), ("识别贫困户", "户", "poor_households"), ("扶贫对象", "户", "poor_households"),
             ("贫困对象", "人", "poor_population"), ("帮扶对象", "户", "poor_households"), ("易地搬迁户", "户", "relocated_households"),
             ("生态移民", "户", "relocated_households"), ("搬迁群众", "人", "relocated_population"),
             ("小额信贷户", "户", "microcredit_households"), ("扶贫贷款", "元", "microcredit_amount"), ("公益性岗位", "人", "public_jobs"),
             ("危房改造户", "户", "housing_renovated"), ("农村危房改造", "户", "housing_renovated"), ("劳动力转移培训", "人", "trained"),
             ("外出务工贫困劳动力", "人", "employed_poor"), ("产业贷", "元", "microcredit_amount"), ("雨露计划", "人", "education_aid_students"),
             ("教育资助资金", "元", "education_aid_amount"), ("低保兜底", "人", "dibao_population"), ("低保金", "元", "dibao_amount"),
             ("人均可支配收入", "元", "per_capita_income"), ("家庭医生签约", "人", "family_doctor_signed"),
             ("未脱贫户", "户", "remaining_poor_households"), ("边缘户", "户", "edge_households"), ("监测户", "户", "monitored_households"),
             ("村集体经济收入", "元", "collective_income"), ("财政扶贫资金", "元", "poverty_funds")]
GEN_NONE = [("驻村工作队员", "人"), ("第一书记", "人"), ("帮扶干部", "人"), ("帮扶责任人", "人"), ("结对帮扶干部", "人"), ("党员", "人"),
            ("扶贫专干", "人"), ("非贫困户", "户"), ("驻村干部", "人"), ("合作社", "个"), ("扶贫车间", "个"), ("督查组", "个")]
GEN_NUM = {"户": "126户", "人": "386人", "元": "260万元", "个": "12个"}
GENERATED = ([(f"{x}:{k}", shape.format(x=x, n=GEN_NUM[u]), "乡镇", {GEN_NUM[u]: ind})
              for x, u, ind in GEN_NAMES for k, shape in enumerate(["全镇{x}达到{n}。", "截至2019年底，全镇{x}{n}。"])]
             + [(f"none:{x}:{k}", shape.format(x=x, n=GEN_NUM[u]), "乡镇", {GEN_NUM[u]: N})
                for x, u in GEN_NONE for k, shape in enumerate(["全镇共有{x}{n}。", "选派{x}{n}。", "组织{x}{n}参加培训。"])])

#: precision, a third round: higher levels, per-unit amounts, officials, a kind named before a
#: group that an after-cue brings under monitoring (edge ⊂ monitored stays edge), 其中贫困户 under
#: 全镇农户 (2 of 22 wrong before)
ROUND3 = [
 ('higher_province', '全省共有建档立卡贫困人口86万人。', '县', {'86万人': N}),
 ('higher_city_funds', '市级财政下达我县专项扶贫资金1200万元。', '县', {'1200万元': 'poverty_funds'}),
 ('county_in_town', '全县累计脱贫2.6万人，我镇脱贫1260人。', '乡镇', {'2.6万人': N, '1260人': 'lifted_population'}),
 ('per_hh_subsidy', '对易地搬迁户每户补助4万元，共发放补助资金320万元。', '乡镇', {'4万元': N, '320万元': 'poverty_funds'}),
 ('per_person_reloc', '搬迁群众人均住房面积25平方米。', '乡镇', {'25平方米': N}),
 ('per_student', '雨露计划每生每年补助3000元，全年补助学生86人。', '乡镇', {'3000元': N, '86人': 'education_aid_students'}),
 ('target_task', '今年计划搬迁86户，已完成72户。', '乡镇', {'86户': 'relocated_households', '72户': 'relocated_households'}),
 ('edge_watch', '将边缘易致贫户12户38人纳入监测。', '乡镇', {'12户': 'edge_households'}),
 ('officials_count', '全县选派第一书记126名，驻村工作队126支，驻村队员386名。', '县', {'126名': N, '126支': N, '386名': N}),
 ('cadre_pairing', '全县2860名干部结对帮扶贫困户8620户。', '县', {'2860名': N}),
 ('train_sessions', '举办培训班12期，累计培训贫困劳动力860人次。', '乡镇', {'12期': N, '860人次': 'trained'}),
 ('meeting_persons', '召开脱贫攻坚动员大会，参会人员260人。', '乡镇', {'260人': N}),
 ('nonpoor_hh', '将非贫困户中的困难群众32户纳入帮扶。', '乡镇', {'32户': N}),
 ('tongji_households', '全镇农户3260户，其中贫困户326户。', '乡镇', {'3260户': 'households_total', '326户': 'poor_households'}),
]

#: periods, a fourth round: relative years in headings, 较/比上年末, months of a year, a review
#: year by year under a span, 年内, 上半年, 两年来, Chinese-numeral spans (0 of 14 wrong)
ROUND4 = [
 ('heading_qunian', '（一）去年工作回顾\n全镇脱贫86户。', '乡镇', {'86户': (P, '2018')}),
 ('heading_jinnian', '二、今年工作开展情况\n全镇投入扶贫资金360万元。', '乡镇', {'360万元': (P, '2019')}),
 ('jiao_year', '全镇贫困户人均纯收入9860元，较2018年增长12%。', '乡镇', {'12%': (P, '2018-2019')}),
 ('shangnianmo', '比上年末减少贫困人口126人。', '乡镇', {'126人': (P, '2018-2019')}),
 ('year_months', '2019年1-10月，全县发放小额信贷1.2亿元。', '县', {'1.2亿元': (P, '2019')}),
 ('review_each', '2016年至2019年，全县累计脱贫8620户。其中，2016年脱贫2860户，2017年脱贫3120户，2018年脱贫1860户，2019年脱贫780户。', '县', {'8620户': (P, '2016-2019'), '2860户': (P, '2016'), '780户': (P, '2019')}),
 ('niandi_then', '到2018年底，全镇剩余贫困户36户；2019年全部脱贫。', '乡镇', {'36户': (P, '2018')}),
 ('year_only_heading_cum', '一、2019年工作情况\n累计完成危房改造126户。', '乡镇', {'126户': (P, '2019')}),
 ('since_para_multi', '2017年以来，全镇累计投入扶贫资金3260万元。实施产业项目36个。', '乡镇', {'3260万元': (P, '2017-2019')}),
 ('nian_nei', '年内完成易地扶贫搬迁86户。', '乡镇', {'86户': (P, '2019')}),
 ('shangbannian', '上半年，全县新增转移就业贫困劳动力1260人。', '县', {'1260人': (P, '2019')}),
 ('liangnianlai', '两年来，全村共脱贫36户。', '村', {'36户': (P, '2018-2019')}),
 ('year_span_chinese', '二〇一六年至二〇一九年，全县减少贫困人口2.6万人。', '县', {'2.6万人': (P, '2016-2019')}),
]

#: open rows (strict xfail) and why
OPEN = {
 "year_lead_para": "a year leading a figure-less sentence after the title line (session 10: unanchored, check lost)",
 "hulin_part": "a part counted in 人 (护林员36个 → 人) of a total in 个 inherits nothing",
}

EXTRA = [
 ("year_lead_para", "2018年，全镇上下扎实推进脱贫攻坚。全年投入扶贫资金360万元。", "乡镇", {"360万元": (P, "2018")}),
 ("hulin_part", "开发公益性岗位86个，其中生态护林员36个。", "乡镇", {"36个": "public_jobs"}),
 ("two_years", "2018、2019两年，全镇共完成危房改造86户。", "乡镇", {"86户": (P, "2018-2019")}),
 ("two_years_nian", "2018年和2019年两年共脱贫120户。", "乡镇", {"120户": (P, "2018-2019")}),
 ("two_years_respective", "2018年、2019年分别脱贫12户、20户。", "乡镇", {"12户": (P, "2018"), "20户": (P, "2019")}),
]


@pytest.mark.parametrize("text,level,expect", params(RECALL, OPEN))
def test_recall_s13(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", params(PRECISION, OPEN))
def test_precision_s13(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", params(PERIODS, OPEN))
def test_periods_s13(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", params(EXTRA, OPEN))
def test_open_s13(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", params(HEADINGS, OPEN))
def test_headings_s13(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("doc,context,indicator,period,scope", doc_params(DOC_ROWS, OPEN))
def test_documents_s13(doc, context, indicator, period, scope):
    check_document(DATA / f"meaning_{doc}.txt", context, indicator, period, scope)


@pytest.mark.parametrize("text,level,expect", params(OLD_OPEN, OPEN))
def test_old_open_s13(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", params(ROUND2, OPEN))
def test_round2_s13(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", params(GENERATED, OPEN))
def test_generated_s13(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", params(ROUND3, OPEN))
def test_round3_s13(text, level, expect):
    check(text, level, expect)


@pytest.mark.parametrize("text,level,expect", params(ROUND4, OPEN))
def test_round4_s13(text, level, expect):
    check(text, level, expect)
