"""Audit by wording class, tenth round (session 10): report passages written for the test, in wordings the
earlier rounds (``tests/test_audit.py``, ``tests/audit_round9.py``) did not write.

Each row: (class, kinds, text, expected): True — a finding of one of the kinds (``|``-separated) holds and none
is an alarm; False — one is an alarm (a relation that really fails); "no_alarm" — a mixture, none may be an alarm.
``NOT_YET`` holds the rows still read wrongly (xfail strict).
"""
import pytest

import fupin_extract as fx
from fupin_extract.audit import audit_texts

CASES = [
    # ---- totals before their parts (其中 / 当中 / 这其中, 、-lists)
    ("before", "sum", "截至年底，全镇共识别贫困户318户，其中一般贫困户204户、低保贫困户97户、特困供养户17户。", True),
    ("before", "sum", "截至年底，全镇共识别贫困户318户，其中一般贫困户204户、低保贫困户97户、特困供养户27户。", False),
    ("before", "sum", "该村现有建档立卡户57户，当中因病致贫36户、因灾致贫9户、因学致贫12户。", True),
    ("before", "sum", "全县纳入兜底保障对象2140人，这其中农村低保1785人，特困供养355人。", True),
    ("before", "sum", "全县纳入兜底保障对象2140人，这其中农村低保1785人，特困供养365人。", False),
    ("before", "sum", "全县共有贫困村58个，其中深度贫困村23个，一般贫困村37个。", False),
    ("before", "sum", "全村贫困户52户186人，其中：因病致贫18户，因残致贫12户，缺劳力22户。", True),
    # ---- parts, then their total
    ("after", "sum", "种植中药材420亩、花椒360亩、核桃580亩，总计1360亩。", True),
    ("after", "sum", "种植中药材420亩、花椒360亩、核桃580亩，总计1460亩。", False),
    ("after", "sum", "帮扶单位捐赠物资折款3.2万元，驻村工作队筹措资金4.8万元，村集体出资2万元，三项合计10万元。", True),
    ("after", "sum", "一组12户、二组15户、三组9户、四组11户，全村合计47户。", True),
    ("after", "sum", "一组12户、二组15户、三组9户、四组11户，全村合计49户。", False),
    ("after", "sum", "全村贫困人口分布：上寨组46人，中寨组52人，下寨组38人，合计146人。", False),
    ("after", "sum", "2019年脱贫120户，2020年脱贫86户，两年合计脱贫206户。", True),
    # ---- parts under headings (五个一批)
    ("headings", "sum", "2020年全乡脱贫任务为430户。\n1.产业扶持脱贫190户；\n2.转移就业脱贫120户；\n3.易地扶贫搬迁脱贫60户；\n"
                        "4.生态补偿脱贫25户；\n5.社会保障兜底35户。", True),
    ("headings", "sum", "2020年全乡脱贫任务为430户。\n1.产业扶持脱贫190户；\n2.转移就业脱贫120户；\n3.易地扶贫搬迁脱贫60户；\n"
                        "4.生态补偿脱贫25户；\n5.社会保障兜底45户。", False),
    ("headings", "sum", "全镇计划脱贫600户。\n一、发展生产脱贫一批\n通过发展特色种养业脱贫280户。\n二、易地搬迁脱贫一批\n"
                        "搬迁安置脱贫150户。\n三、社会保障兜底一批\n兜底保障脱贫170户。", True),
    # ---- per-village pairs 户/人
    ("pairs", "sum", "其中：河东村贫困户41户152人，河西村贫困户36户128人，合计77户280人。", True),
    ("pairs", "sum", "新村组18户67人、老村组22户81人、坪上组9户30人，全村共49户178人。", True),
    ("pairs", "sum", "新村组18户67人、老村组22户81人、坪上组9户30人，全村共49户188人。", False),
    ("pairs", "sum", "全村建档立卡贫困户135户512人，分布在4个组：一组38户146人，二组41户153人，三组29户110人，四组27户103人。", True),
    ("pairs", "sum", "全村建档立卡贫困户135户512人，分布在4个组：一组38户146人，二组41户153人，三组29户110人，四组27户113人。", False),
    # ---- two overlapping breakdowns of one total
    ("two_dims", "sum", "全村贫困人口428人。按致贫原因分，因病致贫156人，因残致贫98人，缺技术174人；按贫困属性分，一般贫困人口301人，"
                        "低保贫困人口112人，特困人口15人。", True),
    ("two_dims", "sum", "全村贫困人口428人。按致贫原因分，因病致贫156人，因残致贫98人，缺技术174人；按贫困属性分，一般贫困人口301人，"
                        "低保贫困人口112人，特困人口25人。", False),
    ("mixture", "sum", "全乡贫困户210户，其中因病致贫80户，因残致贫45户，一般贫困户150户，低保户52户。", "no_alarm"),
    # ---- shares
    ("share", "share", "全村耕地面积1800亩，其中退耕还林面积540亩，占比30%。", True),
    ("share", "share", "全村耕地面积1800亩，其中退耕还林面积540亩，占比35%。", False),
    ("share", "share", "全村160户贫困户中有120户加入合作社，占75%。", True),
    ("share", "share", "全乡贫困人口2400人中，享受医疗救助的有960人，所占比例为40%。", True),
    ("share", "share", "全乡贫困人口2400人中，享受医疗救助的有960人，所占比例为45%。", False),
    ("share", "share|ratio", "全县易地扶贫搬迁4200人。其中集中安置3570人，集中安置率85%。", True),
    ("share", "share|ratio", "全县易地扶贫搬迁4200人。其中集中安置3570人，集中安置率80%。", False),
    # ---- incidence against a rural population stated earlier
    ("incidence", "share|ratio", "全县农村人口18.6万人。至2019年底，未脱贫人口1116人，贫困发生率0.6%。", True),
    ("incidence", "share|ratio", "全县农村人口18.6万人。至2019年底，未脱贫人口1116人，贫困发生率0.8%。", False),
    ("incidence", "share|ratio", "全村户籍人口2350人，识别贫困人口423人，贫困发生率18%。", True),
    # ---- growth
    ("growth", "growth", "村集体收入由2018年的6.4万元增加到2020年的9.6万元，增长50%。", True),
    ("growth", "growth", "村集体收入由2018年的6.4万元增加到2020年的9.6万元，增长60%。", False),
    ("growth", "growth", "全县脱贫户人均纯收入达到11200元，同比增长12%，上年为10000元。", True),
    ("growth", "growth|sum", "全镇扶贫小额信贷发放额由上年的1200万元提高到1560万元，比上年增加了360万元。", True),
    ("growth", "growth|sum", "全镇扶贫小额信贷发放额由上年的1200万元提高到1560万元，比上年增加了460万元。", False),
    ("points", "growth", "全县贫困发生率由上年的4.6%降至1.9%，下降2.7个百分点。", True),
    ("points", "growth", "全县贫困发生率由上年的4.6%降至1.9%，下降3.7个百分点。", False),
    ("annual", "growth", "全村农民人均纯收入由2016年的4000元增长到2019年的5324元，年均增长10%。", True),
    ("annual", "growth", "全村农民人均纯收入由2016年的4000元增长到2019年的5324元，年均增长12%。", False),
    ("times", "growth", "贫困户家庭经营性收入由2015年的1500元增加到2020年的4500元，增长2倍。", True),
    ("times", "growth", "全县光伏扶贫收益由2018年的120万元增长到2020年的360万元，增长了两倍。", True),
    ("doubled", "growth", "农村居民人均可支配收入2020年达到12800元，比2015年的6400元翻了一番。", True),
    ("doubled", "growth", "农村居民人均可支配收入2020年达到12800元，比2015年的6400元翻了两番。", False),
    ("fall", "growth", "全县贫困人口由2015年底的2.4万人减少至2019年底的0.3万人，减少了87.5%。", True),
    # ---- per-unit figures
    ("per_unit", "ratio|per_unit", "共发放产业奖补资金86.4万元，受益贫困户288户，户均奖补3000元。", True),
    ("per_unit", "ratio|per_unit", "共发放产业奖补资金86.4万元，受益贫困户288户，户均奖补3500元。", False),
    ("per_unit", "ratio|per_unit", "全村192户农户，全村耕地1056亩，户均耕地5.5亩。", True),
    ("per_unit", "per_unit|sum|ratio", "为贫困家庭学生发放助学金，每生每年2000元，共资助315人，发放资金63万元。", True),
    ("per_unit", "per_unit|sum|ratio", "为贫困家庭学生发放助学金，每生每年2000元，共资助315人，发放资金73万元。", False),
    # ---- completion rates (may exceed 100 %)
    ("complete", "share|ratio", "年度计划实施危房改造120户，实际完成138户，完成年度任务的115%。", True),
    ("complete", "share|ratio", "全年计划培训贫困劳动力800人，已培训760人，完成全年任务的95%。", True),
    ("complete", "share|ratio", "全年计划培训贫困劳动力800人，已培训760人，完成全年任务的90%。", False),
    # ---- income composition
    ("income", "sum", "全村人均纯收入8600元，其中工资性收入5200元，经营性收入2100元，转移性收入1300元。", True),
    ("income", "sum", "该户年人均纯收入9860元，其中务工收入6200元、种养殖收入2400元、政策性补贴1060元。", False),
    # ---- mixtures that must not alarm
    ("mixture", "sum", "全村共有贫困户96户，其中享受低保42户，参加医疗保险96户，危房改造23户。", "no_alarm"),
    ("mixture", "sum", "全县投入资金1.2亿元，其中新建道路86公里，受益群众3.2万人。", "no_alarm"),
    ("mixture", "sum", "全镇贫困户326户，其中已脱贫298户，2020年计划脱贫28户，因病致贫105户。", "no_alarm"),
    ("mixture", "sum", "全村有劳动力620人，其中男性340人，外出务工410人。", "no_alarm"),
    ("mixture", "share", "全村贫困户120户，其中因病致贫户占42%，户均收入增长15%。", "no_alarm"),
    # ---- second batch (written after the fixes of the first: see docs/notes/audit.md, session 10)
    ("before", "sum", "全县累计投入扶贫资金5.6亿元，其中：中央财政专项扶贫资金2.1亿元，省级财政资金1.1亿元，市县财政资金0.9亿元，"
                      "整合涉农资金1.5亿元。", True),
    ("before", "sum", "全县累计投入扶贫资金5.6亿元，其中：中央财政专项扶贫资金2.1亿元，省级财政资金1.6亿元，市县财政资金0.9亿元，"
                      "整合涉农资金1.5亿元。", False),
    ("before", "sum", "今年共实施项目43个。其中基础设施项目18个，产业发展项目19个，公共服务项目8个。", False),
    ("halves", "sum", "全村共有党员46名，其中男党员31名，女党员15名。", True),
    ("halves", "sum", "全村共有党员46名，其中男党员31名，女党员13名。", False),
    ("before", "sum", "全镇有劳动力人口8650人，其中：外出务工5120人，本地务工2030人，在家务农1500人。", True),
    ("before", "sum", "全镇有劳动力人口8650人，其中：外出务工5120人，本地务工2030人，在家务农1600人。", False),
    ("enum", "sum", "三年分别完成造林2300亩、2800亩、3100亩，共计8200亩。", True),
    ("enum", "sum", "三年分别完成造林2300亩、2800亩、3100亩，共计8400亩。", False),
    ("pairs", "sum", "全乡3个贫困村分别有贫困户62户、48户、57户，贫困人口235人、181人、204人，合计167户620人。", True),
    ("pairs", "sum", "全乡3个贫困村分别有贫困户62户、48户、57户，贫困人口235人、181人、204人，合计167户630人。", False),
    ("pairs", "sum", "全村易地扶贫搬迁对象53户196人，其中县城安置31户118人，中心村安置22户78人。", True),
    ("pairs", "sum", "全村易地扶贫搬迁对象53户196人，其中县城安置31户118人，中心村安置22户88人。", False),
    ("types", "sum", "全乡现有建档立卡贫困户412户1538人，一般贫困户286户1102人，低保户104户396人，特困供养户22户40人。", True),
    ("types", "sum", "全乡现有建档立卡贫困户412户1538人，一般贫困户286户1102人，低保户104户396人，特困供养户22户50人。", False),
    ("five", "sum", "全县计划2018年脱贫1850人：一是产业发展脱贫720人；二是转移就业脱贫540人；三是易地搬迁脱贫260人；"
                    "四是生态补偿脱贫130人；五是社保兜底脱贫200人。", True),
    ("five", "sum", "全县计划2018年脱贫1850人：一是产业发展脱贫720人；二是转移就业脱贫540人；三是易地搬迁脱贫260人；"
                    "四是生态补偿脱贫130人；五是社保兜底脱贫300人。", False),
    ("two_dims", "sum", "全村贫困户142户，其中因病致贫58户、因残致贫37户、缺劳力47户；其中一般贫困户98户、低保户36户、五保户8户。", True),
    ("two_dims", "sum", "全村贫困户142户，其中因病致贫58户、因残致贫37户、缺劳力47户；其中一般贫困户98户、低保户36户、五保户18户。", False),
    ("mixture", "sum", "全村贫困户142户，其中因病致贫58户、一般贫困户98户、已脱贫120户。", "no_alarm"),
    ("share", "share", "全县贫困人口中，60岁以上老人3860人，占贫困人口总数12860人的30%。", True),
    ("share", "share", "建档立卡贫困户中因病致贫户有216户，占建档立卡贫困户总数的36%，全县建档立卡贫困户600户。", True),
    ("share", "share|ratio", "全村耕地2400亩，流转土地960亩，流转率40%。", True),
    ("share", "share|ratio", "全村耕地2400亩，流转土地960亩，流转率45%。", False),
    ("share", "share", "全村贫困户280户，其中35%的贫困户（98户）加入了专业合作社。", True),
    ("share", "share", "全村贫困户280户，其中45%的贫困户（98户）加入了专业合作社。", False),
    ("share", "share", "产业扶贫资金3600万元，占扶贫资金总额9000万元的比重为40%。", True),
    ("share", "share", "产业扶贫资金3600万元，占扶贫资金总额9000万元的比重为45%。", False),
    ("incidence", "share|ratio", "全乡辖8个行政村，农业人口12450人，2014年识别贫困人口2116人，贫困发生率17%。", True),
    ("incidence", "share|ratio", "全乡辖8个行政村，农业人口12450人，2014年识别贫困人口2116人，贫困发生率19%。", False),
    ("growth", "growth", "2020年实现村集体经济收入25.6万元，比2019年的16万元增长60%。", True),
    ("growth", "growth", "2020年实现村集体经济收入25.6万元，比2019年的16万元增长50%。", False),
    ("growth", "growth|sum", "全县农村居民人均可支配收入达到10260元，较上年增加950元，增长10.2%。", True),
    ("growth", "growth|sum", "全县农村居民人均可支配收入达到10260元，较上年增加950元，增长12.2%。", False),
    ("change", "sum|growth", "全镇贫困人口从2015年的3200人下降到2019年的160人，累计减少3040人。", True),
    ("change", "sum|growth", "全镇贫困人口从2015年的3200人下降到2019年的160人，累计减少3140人。", False),
    ("times", "growth", "产业收入由2017年的2000元提高到2020年的6000元，增长了两倍。", True),
    ("times", "growth", "产业收入由2017年的2000元提高到2020年的8000元，增长了两倍。", False),
    ("points", "growth", "全县贫困发生率下降了2.3个百分点，由3.5%下降到1.2%。", True),
    ("points", "growth", "全县贫困发生率下降了3.3个百分点，由3.5%下降到1.2%。", False),
    ("annual", "growth", "2016—2020年，全县农民人均纯收入由6200元增加到9760元，年均增长12%。", True),
    ("annual", "growth", "2016—2020年，全县农民人均纯收入由6200元增加到9760元，年均增长15%。", False),
    ("multiple", "growth", "2020年全县光伏电站收益1200万元，是2016年300万元的4倍。", True),
    ("multiple", "growth", "2020年全县光伏电站收益1200万元，是2016年300万元的5倍。", False),
    ("yoy", "growth", "2019年全乡劳务输出3400人。2020年全乡劳务输出3910人，同比增长15%。", True),
    ("yoy", "growth", "2019年全乡劳务输出3400人。2020年全乡劳务输出3910人，同比增长25%。", False),
    ("per_unit", "ratio|per_unit", "全村有集体林地8600亩，户籍人口1720人，人均林地5亩。", True),
    ("per_unit", "ratio|per_unit", "共发放慰问金4.5万元，慰问贫困户150户，每户300元。", True),
    ("per_unit", "ratio|per_unit", "共发放慰问金4.5万元，慰问贫困户150户，每户500元。", False),
    ("per_unit", "per_unit|sum", "为全村65户贫困户每户发放鸡苗30只，共计发放1950只。", True),
    ("per_unit", "per_unit|sum", "为全村65户贫困户每户发放鸡苗30只，共计发放2050只。", False),
    ("complete", "share|ratio", "全年完成易地搬迁1280户，为年度计划1200户的106.7%。", True),
    ("complete", "share|ratio", "全年完成易地搬迁1280户，为年度计划1200户的116.7%。", False),
    ("complete", "share|ratio", "已完成投资2.7亿元，完成年度计划投资3.2亿元的84%。", True),
    ("complete", "share|ratio", "已完成投资2.7亿元，完成年度计划投资3.2亿元的74%。", False),
    ("complete", "share|ratio", "计划新建通村公路42公里，目前已建成38公里，完成计划的90.5%。", True),
    ("mixture", "sum", "全村贫困户89户，其中有劳动能力的62户，享受产业扶持的75户，危房改造的13户。", "no_alarm"),
    ("mixture", "sum", "全镇贫困人口1350人，其中60岁以上386人，残疾人142人，学生310人，劳动力620人。", "no_alarm"),
    ("other_unit", "sum", "全县投入教育扶贫资金1.3亿元，资助贫困学生2.6万人次，其中学前教育0.3万人次，义务教育1.5万人次，"
                          "高中0.6万人次，大学0.2万人次。", True),
    ("before", "sum", "全村共有耕地3200亩，其中水田1200亩、旱地2000亩，人均耕地2.5亩。", True),
    ("years", "sum", "2019年全镇减贫486人，2020年减贫352人，两年累计减贫838人，占建档立卡贫困人口的78%。", True),
    ("change_first", "sum", "全乡贫困户312户，较上年减少58户，其中一般户180户，低保户110户，五保户22户。", True),
    ("mixture", "sum", "全村总人口2460人，其中贫困人口386人，外出务工1120人，60岁以上老人410人。", "no_alarm"),
    ("later", "sum", "东湾村完成危房改造23户。西湾村完成危房改造19户。南湾村完成危房改造28户。全乡合计完成危房改造80户。", False),
    ("rest", "sum", "全村劳动力480人，其中外出务工310人，其余150人在家务农。", False),
    ("rest", "sum", "全村劳动力480人，其中外出务工310人，其余170人在家务农。", True),
    # ---- third batch (misprints in web-page print: half-width punctuation, spaces, one item a line)
    ("web", "sum", "全村共有贫困户 86 户 302 人,其中:一般贫困户 51 户 196 人,低保户 29 户 94 人,五保户 6 户 12 人。", True),
    ("web", "sum", "全村共有贫困户 86 户 302 人,其中:一般贫困户 51 户 196 人,低保户 29 户 94 人,五保户 8 户 12 人。", False),
    ("web", "sum", "2019年共投入资金865万元,其中:产业发展资金420万元,基础设施建设资金305万元,人居环境整治资金160万元。", False),
    ("web", "sum", "2019年共投入资金885万元,其中:产业发展资金420万元,基础设施建设资金305万元,人居环境整治资金160万元。", True),
    ("lines", "sum", "全乡建档立卡贫困户分布情况:\n东坪村 58户\n西坪村 46户\n南坪村 39户\n合计 153户", False),
    ("lines", "sum", "全乡建档立卡贫困户分布情况:\n东坪村 58户\n西坪村 46户\n南坪村 39户\n合计 143户", True),
    ("two_short", "sum", "全村脱贫户共127户,其中2018年脱贫68户,2019年脱贫49户。", "no_alarm"),  # other years may be left out
    ("two_short", "sum", "全村脱贫户共127户,其中2018年脱贫68户,2019年脱贫59户。", True),
    ("two_over", "sum", "全镇搬迁安置286户,其中集中安置208户,分散安置88户。", False),
    ("share", "share", "现有贫困户218户,贫困人口545人,占全村总人口1634人的36%。", False),
    ("share", "share", "现有贫困户218户,贫困人口545人,占全村总人口1634人的33%。", True),
    ("share", "share", "全村外出务工人员150人,占总人口的23.6%,全村总人口734人。", False),
    ("share", "share", "全村外出务工人员150人,占总人口的20.4%,全村总人口734人。", True),
    ("incidence", "share|ratio", "全村总人口1260人,建档立卡贫困人口315人,贫困发生率为28%。", False),
    ("incidence", "share|ratio", "全村总人口1260人,建档立卡贫困人口315人,贫困发生率为25%。", True),
    ("per_capita", "ratio|per_unit", "全村耕地面积2680亩,总人口1340人,人均耕地面积2.5亩。", False),
    ("per_capita", "ratio|per_unit", "全村耕地面积2680亩,总人口1340人,人均耕地面积2亩。", True),
    ("total_after", "sum", "争取财政扶贫资金120万元、行业部门资金85万元、社会帮扶资金35万元,共筹措资金250万元。", False),
    ("total_after", "sum", "争取财政扶贫资金120万元、行业部门资金85万元、社会帮扶资金35万元,共筹措资金240万元。", True),
    ("growth", "growth", "全村人均纯收入由2015年的2860元增加到2019年的8650元,增长了2.5倍。", False),
    ("growth", "growth", "全村人均纯收入由2015年的2860元增加到2019年的8650元,增长了2倍。", True),
    ("growth", "growth", "2019年全县农村居民人均可支配收入9850元,同比增长10.5%,2018年为8810元。", False),
    ("growth", "growth", "2019年全县农村居民人均可支配收入9850元,同比增长10.5%,2018年为8914元。", True),
    ("balance", "sum|balance", "全村建档立卡贫困户63户,已脱贫54户,未脱贫11户。", False),
    ("balance", "sum|balance", "全村建档立卡贫困户63户,已脱贫54户,未脱贫9户。", True),
    ("mixture", "sum", "全村贫困户63户,其中享受低保政策的41户,纳入五保的6户,实施危房改造的22户,发展产业的58户。", "no_alarm"),
    ("mixture", "sum", "全镇共有村民小组42个,贫困户386户,其中一组31户,二组27户,三组19户。", "no_alarm"),
    ("mixture", "share", "全村贫困户人均纯收入达到6800元,较上年增长18%,占全村农民人均纯收入的75%。", "no_alarm"),
    ("mixture", "sum", "全县共有贫困村32个,贫困户6820户,其中深度贫困村12个,已出列贫困村20个,已脱贫5100户。", "no_alarm"),
    # ---- fourth batch (more shapes, and traps for the rules this round added)
    ("fenbie", "sum", "全镇共有易地扶贫搬迁安置点3个，分别是集镇安置点安置126户、中心村安置点安置84户、产业园安置点安置45户，共安置265户。", False),
    ("fenbie", "sum", "全镇共有易地扶贫搬迁安置点3个，分别是集镇安置点安置126户、中心村安置点安置84户、产业园安置点安置45户，共安置255户。", True),
    ("qizhong_you", "sum", "全村现有残疾人58人，其中有一级残疾12人，二级残疾17人，三级残疾16人，四级残疾13人。", True),
    ("qizhong_you", "sum", "全村现有残疾人58人，其中有一级残疾12人，二级残疾17人，三级残疾16人，四级残疾23人。", False),
    ("status_total", "sum", "今年实现脱贫146户521人，其中：产业带动脱贫83户302人，务工就业脱贫41户147人，政策兜底22户72人。", True),
    ("status_total", "sum", "今年实现脱贫146户521人，其中：产业带动脱贫83户302人，务工就业脱贫41户147人，政策兜底22户82人。", False),
    ("per_head", "ratio|per_unit|sum", "带动贫困户120户，户均增收2500元，共增收30万元。", True),
    ("per_head", "ratio|per_unit|sum", "带动贫困户120户，户均增收2500元，共增收35万元。", False),
    ("share", "share", "项目总投资850万元，其中财政资金680万元，占总投资的80%。", True),
    ("share", "share", "项目总投资850万元，其中财政资金680万元，占总投资的85%。", False),
    ("share", "share|ratio", "全县建档立卡贫困人口4.2万人，其中因病致贫1.26万人，比重达30%。", True),
    ("points_years", "growth", "2019年全县贫困发生率为3.2%，2020年降至0.4%，下降2.8个百分点。", True),
    ("points_years", "growth", "2019年全县贫困发生率为3.2%，2020年降至0.4%，下降3.8个百分点。", False),
    ("remain", "sum", "全县计划搬迁2860户，已搬迁入住2410户，剩余450户正在装修。", True),
    ("remain", "sum", "全县计划搬迁2860户，已搬迁入住2410户，剩余550户正在装修。", False),
    ("trap", "share|ratio", "全县计划造林1800亩。全年完成造林2000亩、种草500亩，完成任务的110%。", "no_alarm"),
    ("trap", "sum", "全村贫困人口428人。因病致贫156人，因残致贫98人，缺技术174人；外出务工210人，在家务农150人，在校学生68人。", "no_alarm"),
    ("trap", "growth", "2019年全乡劳务输出3400人。2020年全乡新增就业3910人，同比增长15%。", "no_alarm"),
    ("trap", "share", "全村贫困户118户，90%的贫困户（共112户）参加了新型农村合作医疗。", "no_alarm"),
    ("trap", "sum", "全村人均纯收入8600元，其中最高的户12000元，最低的户3200元。", "no_alarm"),
    ("trap", "sum", "全乡贫困户312户，比上年增加18户，其中一般户180户，低保户110户，五保户22户。", True),
    ("trap", "sum", "全镇劳动力5200人，其中公共服务岗位安置120人，公益性岗位安置86人。", "no_alarm"),
    # ---- fifth batch: misprints of the holding rows of every round (one input changed by a third; /tmp probe), the
    # classes that did not alarm
    ("per_head_end", "sum", "全村共有耕地3200亩，其中水田1560亩、旱地2000亩，人均耕地2.5亩。", False),
    ("one_a_sentence", "sum", "截至年底，全县累计实现脱贫2460户。其中，2017年脱贫860户。2018年脱贫1326户。2019年脱贫580户。", False),
    ("one_a_sentence", "sum", "截至年底，全县累计实现脱贫2460户。其中，2017年脱贫860户。2018年脱贫1020户。2019年脱贫580户。", True),
    ("one_a_sentence", "sum", "全县贫困户2460户。其中，2017年脱贫860户。2018年新增贫困户120户。2019年脱贫580户。", "no_alarm"),
    ("place_sentences", "sum", "今年全镇实现脱贫120户。东山村脱贫59户。西山村脱贫40户。南山村脱贫35户。", False),
    ("place_sentences", "sum", "今年全镇实现脱贫120户。东山村脱贫45户。西山村脱贫40户。南山村脱贫35户。", True),
    ("place_sentences", "sum", "今年全镇实现脱贫120户。东山村脱贫25户。西山村脱贫20户。南山村脱贫35户。", "no_alarm"),
    # ---- sixth batch: the stated result of every holding row of all rounds changed by 8% (399 misprints, 53 not
    # alarmed, most of them within the printed precision or a short open list); the classes that should alarm
    ("status_halves", "sum", "全县共有贫困村93个，已出列78个，未出列8个。", False),
    ("status_halves", "sum", "全县共有贫困村93个，已出列78个，未出列15个。", True),
    ("village_kinds", "sum", "全县共有贫困村30个、贫困户6820户，其中深度贫困村9个、一般贫困村19个。", False),
    ("village_kinds", "sum", "全县共有贫困村30个、贫困户6820户，其中深度贫困村9个、一般贫困村21个。", True),
    ("pair_read", "sum", "全乡共有贫困户265户912人。一般贫困户180户702人，低保贫困户52户186人，五保户13户24人。", False),
    ("siblings", "sum", "2020年全乡脱贫任务为464户。\n1.产业扶持脱贫190户；\n2.转移就业脱贫120户；\n3.易地扶贫搬迁脱贫60户；\n"
                        "4.生态补偿脱贫25户；\n5.社会保障兜底35户。", False),
    ("siblings", "sum", "全县通过“五个一批”实现脱贫1458户：发展生产脱贫560户，易地搬迁脱贫310户，生态补偿脱贫90户，发展教育脱贫150户，"
                        "社会保障兜底240户。", False),  # not 90+150=240: the list goes on before them
    ("types_lifted", "sum", "全乡贫困户337户，较上年减少58户，其中一般户180户，低保户110户，五保户22户。", False),
    ("complement_words", "sum", "全镇识别建档立卡贫困户1361户，截至目前，已有1188户实现脱贫，还剩72户。", False),
    # ---- seventh batch: the stated result lowered by 10% (403 misprints, 36 not alarmed; the classes)
    ("dangzhong", "sum", "该村现有建档立卡户51户，当中因病致贫36户、因灾致贫9户、因学致贫12户。", False),
    ("halves_whole", "sum", "全镇共有贫困村4个，其中深度贫困村2个，一般贫困村4个。", False),
    ("trap", "sum", "在脱贫攻坚当中，全村新修道路12公里，其中硬化道路8公里。", True),
    # ---- eighth batch: mixtures written to trap the rules (28 rows, 5 alarmed before: 2 real misprints of the writer,
    # 由A减少到B，其中2019年减少… read as parts of B, 比上年增加0.4亿元 read as the year before's figure, 流转 among land uses)
    ("trap8", "sum", "全村贫困户76户，其中因病致贫28户，党员户3户，外出务工户52户。", 'no_alarm'),
    ("trap8", "sum", "全镇共有建档立卡贫困人口1260人，其中60岁以上老人320人，残疾人98人，在校学生210人，劳动力680人。", 'no_alarm'),
    ("trap8", "sum", "全县累计投入资金3.6亿元，实施项目126个，其中产业项目58个，基础设施项目46个，受益贫困户8600户。", 'no_alarm'),
    ("trap8", "sum", "全乡贫困户420户，2019年脱贫186户，2020年脱贫154户，其中因病致贫120户。", 'no_alarm'),
    ("trap8", "sum", "全村共有贫困户98户，已全部实现脱贫，其中享受低保36户，享受五保7户，危房改造21户，易地搬迁15户。", 'no_alarm'),
    ("trap8", "sum", "今年共发放小额信贷1260万元，惠及贫困户252户，户均5万元，其中用于种植业320万元，养殖业560万元。", 'no_alarm'),
    ("trap8", "sum", "全县贫困人口由2014年的5.2万人减少到2019年的0.3万人，其中2019年减少1.1万人。", 'no_alarm'),
    ("trap8", "sum", "全村外出务工人员210人，其中省外务工130人，县内务工60人。", 'no_alarm'),
    ("trap8", "sum", "全镇已脱贫1860户6420人，其中2018年脱贫620户2150人，2019年脱贫780户2700人。", 'no_alarm'),
    ("trap8", "share|ratio", "全村有劳动力412人，占总人口的54%，其中外出务工260人，占劳动力的63%。", 'no_alarm'),
    ("trap8", "share|ratio", "全村贫困户人均纯收入由2015年的2800元增加到2020年的9800元，其中工资性收入占60%。", 'no_alarm'),
    ("trap8", "growth", "全县农村居民人均可支配收入10260元，同比增长9.8%，增速高于全市平均水平1.2个百分点。", 'no_alarm'),
    ("trap8", "growth", "贫困发生率由2014年的12.6%下降到2019年的0.38%，全县累计减贫2.1万人。", 'no_alarm'),
    ("trap8", "share|ratio", "全县完成易地扶贫搬迁4200人，占全省任务的2.1%。", 'no_alarm'),
    ("trap8", "per_unit|ratio", "共建成村级光伏电站32座，装机容量3200千瓦，年发电收益320万元，每村每年增收10万元。", 'no_alarm'),
    ("trap8", "sum", "全村2020年集体经济收入达到15万元，其中光伏收益8万元，土地流转收益4万元，合作社分红5万元，较上年增长25%。", False),
    ("trap8", "sum", "全镇共有党员420名，其中女党员96名，少数民族党员120名，大专以上学历党员85名。", 'no_alarm'),
    ("trap8", "sum", "全年共培训1200人次，其中贫困劳动力860人次，实现转移就业520人。", 'no_alarm'),
    ("trap8", "sum", "全县共有贫困村42个，其中深度贫困村12个，2019年出列贫困村18个。", 'no_alarm'),
    ("trap8", "sum", "全村贫困户82户，其中已脱贫74户，未脱贫8户，因病致贫31户，因残致贫17户。", 'no_alarm'),
    ("trap8", "share|ratio", "今年计划实施项目26个，已完成18个，完成投资1.2亿元，占年度计划的80%。", 'no_alarm'),
    ("trap8", "sum", "全年完成造林3200亩，其中人工造林2100亩，封山育林1500亩，完成年度任务的128%。", False),
    ("trap8", "sum", "全村人均纯收入9600元，其中贫困户人均纯收入7800元，非贫困户人均纯收入10200元。", 'no_alarm'),
    ("trap8", "per_unit|ratio", "为全县86名乡村教师每人每月发放补助500元，其中山区教师每人每月另加200元。", 'no_alarm'),
    ("trap8", "sum", "全县建档立卡贫困户1.2万户，已脱贫1.15万户，剩余500户，其中兜底保障320户。", 'no_alarm'),
    ("trap8", "sum", "全镇共有5个村，其中贫困村3个，贫困户共计286户，其中东村96户，西村110户，南村80户。", 'no_alarm'),
    ("trap8", "sum", "2019年全县投入扶贫资金2.6亿元，比上年增加0.4亿元，其中中央资金1.2亿元，省级资金0.8亿元，县级资金0.6亿元。", 'no_alarm'),
    # ---- ninth batch: shares printed a little off (truncated, rounded the wrong way), the commonest failing relation of
    # the seen reports, in other wordings (24 rows, 3 read wrongly before: one the test's own rounding, a share stated
    # before both its inputs, a status rate whose whole no registered word names)
    ("share9", "share|ratio", "全村总人口1139人，其中少数民族234人，占总人口的20.6%。", False),
    ("share9", "share|ratio", "全村总人口1139人，其中少数民族234人，占总人口的20.5%。", True),
    ("share9", "share|ratio", "全村辖4个自然村，共272户，总人口634人，常年外出打工人数150人，占总人口23.6%。", False),
    ("share9", "share|ratio", "全村辖4个自然村，共272户，总人口634人，常年外出打工人数150人，占总人口23.7%。", True),
    ("share9", "share|ratio", "全村建档立卡贫困户38户，其中因病致贫28户，占73%。", False),
    ("share9", "share|ratio", "全村建档立卡贫困户38户，其中因病致贫28户，占73.7%。", True),
    ("share9", "share|ratio", "全村建档立卡贫困户38户。因病致贫28户，占比73%；因残致贫6户，占比15.8%；缺劳力4户，占比10.5%。", False),
    ("share9", "share|ratio", "全村共有农户456户1820人，其中贫困户92户356人，贫困户占全村总户数的20.6%。", False),
    ("share9", "share|ratio", "全村共有农户456户1820人，其中贫困户92户356人，贫困户占全村总户数的20.2%。", True),
    ("share9", "share|ratio", "全乡共有劳动力3260人，外出务工劳动力2150人，外出务工比例为65.9%。", False),
    ("share9", "share|ratio", "全乡共有劳动力3260人，外出务工劳动力2150人，外出务工比例为66%。", True),
    ("share9", "share|ratio", "全村耕地总面积3860亩。其中水田1520亩，占耕地总面积的39.9%；旱地2340亩，占耕地总面积的60.6%。", False),
    ("share9", "share|ratio", "全村耕地总面积3860亩。其中水田1520亩，占耕地总面积的39.4%；旱地2340亩，占耕地总面积的60.6%。", True),
    ("share9", "share|ratio", "全镇贫困人口2680人，其中：因病致贫920人，占34.3%；因残致贫410人，占15.3%；缺技术1350人，占51.4%。", False),
    ("share9", "share|ratio", "全镇贫困人口2680人，其中：因病致贫920人，占34.3%；因残致贫410人，占15.3%；缺技术1350人，占50.4%。", True),
    ("share9", "share|ratio", "截至2020年底，全县已脱贫人口占建档立卡贫困人口的98.6%，全县建档立卡贫困人口41280人，已脱贫人口40650人。", False),
    ("share9", "share|ratio", "全县建档立卡贫困人口41280人，已脱贫人口40650人，脱贫率98.6%。", False),
    ("share9", "share|ratio", "全县建档立卡贫困人口41280人，已脱贫人口40650人，脱贫率98.5%。", True),
    ("share9", "share|ratio", "全村低保户42户，占贫困户总数的23%，全村贫困户178户。", False),
    ("share9", "share|ratio", "全村低保户42户，占贫困户总数的23.6%，全村贫困户178户。", True),
    ("share9", "share|ratio", "全村贫困户86户，参加新型农村合作医疗86户，参合率达到100%；签约家庭医生84户，签约率97.7%。", True),
    ("share9", "share|ratio", "全村贫困户86户，参加新型农村合作医疗86户，参合率达到100%；签约家庭医生84户，签约率98.8%。", False),
    # ---- tenth batch: incidence, per-capita and growth in other wordings, breakdowns of the whole (27 rows, 3 read
    # wrongly before: the test's own rounding, an incidence a share of its subset's total had read first, and
    # 脱贫户/监测户/一般农户 of 农户 that the status gate takes for a mixture — that row dropped, the gate cannot tell)
    ("b10", "share|ratio", "全镇辖12个行政村，户籍人口2.35万人，其中农业人口2.1万人。2019年底剩余贫困人口168人，贫困发生率0.8%。", True),
    ("b10", "share|ratio", "全镇辖12个行政村，户籍人口2.35万人，其中农业人口2.1万人。2019年底剩余贫困人口168人，贫困发生率1.8%。", False),
    ("b10", "share|ratio", "全村总户数312户1186人，建档立卡贫困户58户215人，贫困发生率18.1%。", True),
    ("b10", "share|ratio", "全村总户数312户1186人，建档立卡贫困户58户215人，贫困发生率21.1%。", False),
    ("b10", "share|ratio", "全县贫困发生率从2014年的21.3%降至2019年的0.42%，2019年底全县农村人口28.6万人，未脱贫人口1200人。", True),
    ("b10", "ratio|per_unit", "全村共有林地12600亩，全村总人口2100人，人均林地面积6亩。", True),
    ("b10", "ratio|per_unit", "全村共有林地12600亩，全村总人口2100人，人均林地面积8亩。", False),
    ("b10", "ratio|per_unit", "全村户籍人口856人，耕地面积1284亩，人均1.5亩。", True),
    ("b10", "ratio|per_unit", "全村户籍人口856人，耕地面积1284亩，人均1.8亩。", False),
    ("b10", "ratio|per_unit", "村集体经济收入12.6万元，全村420户，户均300元。", True),
    ("b10", "ratio|per_unit", "村集体经济收入12.6万元，全村420户，户均400元。", False),
    ("b10", "growth", "2020年全县农村居民人均可支配收入11680元，比2019年的10620元增长10%。", True),
    ("b10", "growth", "2020年全县农村居民人均可支配收入11680元，比2019年的10620元增长12%。", False),
    ("b10", "growth", "建档立卡贫困户人均纯收入从2016年的3820元提高到2020年的9650元，增长152.6%。", True),
    ("b10", "growth", "建档立卡贫困户人均纯收入从2016年的3820元提高到2020年的9650元，增长162.6%。", False),
    ("b10", "growth", "全县贫困人口从2014年末的4.6万人下降到2019年末的0.12万人，下降97.4%。", True),
    ("b10", "growth", "全县贫困人口从2014年末的4.6万人下降到2019年末的0.12万人，下降87.4%。", False),
    ("b10", "growth", "2015年至2020年，全县农民人均纯收入由5200元增长到8380元，年均增长10%。", True),
    ("b10", "growth", "2015年至2020年，全县农民人均纯收入由5200元增长到8380元，年均增长13%。", False),
    ("b10", "growth", "村集体收入2019年为8.4万元，2020年为14.7万元，增长75%。", True),
    ("b10", "growth", "村集体收入2019年为8.4万元，2020年为14.7万元，增长65%。", False),
    ("b10", "sum", "全县共有建档立卡贫困户5860户，分布在18个乡镇126个村，其中贫困村贫困户3620户，非贫困村贫困户2240户。", True),
    ("b10", "sum", "全县共有建档立卡贫困户5860户，分布在18个乡镇126个村，其中贫困村贫困户3620户，非贫困村贫困户2340户。", False),
    ("b10", "sum", "2020年全镇共发放各类补贴资金386万元，其中耕地地力保护补贴142万元，农机购置补贴86万元，生态护林员补助158万元。", True),
    ("b10", "sum", "2020年全镇共发放各类补贴资金386万元，其中耕地地力保护补贴142万元，农机购置补贴96万元，生态护林员补助158万元。", False),
    ("b10", "sum", "全村共有农户286户，其中脱贫户62户，监测户5户，一般农户219户。", True),
    # ---- eleventh batch: other words that open or close a list (包含, 具体为, 分布为, 即：, 合计脱贫 after parts that
    # each say 脱贫; 21 rows, 10 read wrongly before — none of these words was a cue; one row dropped: 3个 + 8个 of 12个
    # 安置点 is a short open list)
    ("b11", "sum", "全村共有低保户36户，包含一类低保12户、二类低保15户、三类低保9户。", True),
    ("b11", "sum", "全村共有低保户36户，包含一类低保12户、二类低保15户、三类低保19户。", False),
    ("b11", "sum", "全乡贫困户分为三类：一般贫困户186户、低保贫困户72户、特困供养户15户，共273户。", True),
    ("b11", "sum", "全乡贫困户分为三类：一般贫困户186户、低保贫困户72户、特困供养户15户，共283户。", False),
    ("b11", "sum", "全县贫困人口1.2万人（含已脱贫人口0.9万人、未脱贫人口0.3万人）。", True),
    ("b11", "sum", "全县贫困人口1.2万人（含已脱贫人口0.9万人、未脱贫人口0.5万人）。", False),
    ("b11", "sum", "全乡有贫困户210户，分布为：上村68户、中村75户、下村67户。", True),
    ("b11", "sum", "全乡有贫困户210户，分布为：上村68户、中村75户、下村77户。", False),
    ("b11", "sum", "全村危房改造42户（C级28户、D级14户）。", True),
    ("b11", "sum", "全村危房改造42户（C级28户、D级24户）。", False),
    ("b11", "sum", "投入资金合计356万元，具体为：产业项目186万元、基础设施120万元、公共服务50万元。", True),
    ("b11", "sum", "投入资金合计356万元，具体为：产业项目186万元、基础设施120万元、公共服务60万元。", False),
    ("b11", "sum", "2020年全镇脱贫人口共计1862人，分别是：东村612人，南村534人，西村716人。", True),
    ("b11", "sum", "2020年全镇脱贫人口共计1862人，分别是：东村612人，南村534人，西村816人。", False),
    ("b11", "sum", "全村贫困户共48户，即：因病致贫19户，因学致贫8户，因残致贫11户，缺劳力10户。", True),
    ("b11", "sum", "全村贫困户共48户，即：因病致贫19户，因学致贫8户，因残致贫11户，缺劳力14户。", False),
    ("b11", "sum", "全县易地扶贫搬迁安置点12个，安置贫困户1680户，其中：县城安置点3个1120户，集镇安置点9个560户。", True),
    ("b11", "sum", "全县易地扶贫搬迁安置点12个，安置贫困户1680户，其中：县城安置点3个1120户，集镇安置点9个660户。", False),
    ("b11", "sum", "一村脱贫23户，二村脱贫31户，三村脱贫18户，四村脱贫27户，以上四个村合计脱贫99户。", True),
    ("b11", "sum", "一村脱贫23户，二村脱贫31户，三村脱贫18户，四村脱贫27户，以上四个村合计脱贫109户。", False),
    # ---- twelfth batch: more words (总共, 一共, 总计为, 主要有：, 占到, 约占, 所占比例达, 增幅为, 比去年同期…去年同期为,
    # 较上年提高…个百分点，上年为, 发展到; 24 rows, 10 read wrongly before; one row dropped: 86家→215家 增长2.5倍 holds as
    # new/old = X)
    ("b12", "sum", "东村38户、西村42户、南村29户，总共109户。", True),
    ("b12", "sum", "东村38户、西村42户、南村29户，总共119户。", False),
    ("b12", "sum", "东村38户、西村42户、南村29户，一共109户。", True),
    ("b12", "sum", "东村38户、西村42户、南村29户，一共119户。", False),
    ("b12", "sum", "发放产业奖补资金35万元、就业补贴18万元、教育资助12万元，总计为65万元。", True),
    ("b12", "sum", "发放产业奖补资金35万元、就业补贴18万元、教育资助12万元，总计为75万元。", False),
    ("b12", "sum", "全村贫困户93户，主要有：因病致贫41户、因残致贫22户、缺劳力30户。", True),
    ("b12", "sum", "全村贫困户93户，主要有：因病致贫41户、因残致贫22户、缺劳力40户。", False),
    ("b12", "share", "全村外出务工人员312人，占到全村劳动力780人的40%。", True),
    ("b12", "share", "全村外出务工人员312人，占到全村劳动力780人的45%。", False),
    ("b12", "share", "全村贫困人口420人，其中因病致贫168人，约占40%。", True),
    ("b12", "share", "全村贫困人口420人，其中因病致贫168人，约占48%。", False),
    ("b12", "share|ratio", "全村贫困人口420人，其中因病致贫168人，所占比例达40%。", True),
    ("b12", "share|ratio", "全村贫困人口420人，其中因病致贫168人，所占比例达48%。", False),
    ("b12", "growth", "2019年全县旅游收入4.5亿元，2020年达到5.4亿元，增幅为20%。", True),
    ("b12", "growth", "2019年全县旅游收入4.5亿元，2020年达到5.4亿元，增幅为30%。", False),
    ("b12", "growth", "全县农村居民人均可支配收入达到11880元，比去年同期增长8%，去年同期为11000元。", True),
    ("b12", "growth", "全县农村居民人均可支配收入达到11880元，比去年同期增长18%，去年同期为11000元。", False),
    ("b12", "growth", "全县义务教育巩固率达到96.8%，较上年提高1.6个百分点，上年为95.2%。", True),
    ("b12", "growth", "全县义务教育巩固率达到96.8%，较上年提高2.6个百分点，上年为95.2%。", False),
    ("b12", "growth", "农民专业合作社由2016年的86家发展到2020年的215家，增长1.5倍。", True),
    ("b12", "growth", "村集体经济收入从2017年的3.6万元提升到2020年的18万元，增长了4倍。", True),
    ("b12", "growth", "村集体经济收入从2017年的3.6万元提升到2020年的18万元，增长了6倍。", False),
    # ---- thirteenth batch: 小计, 计156户, 户数为, 人数达, 人均 of a wage bill, 贫困发生率高达/下降到, 任务完成率 above 100%,
    # 拨付率 (22 rows, 3 read wrongly before; one row dropped: 在家务农/外出务工的 of 劳动力, two measures the gate cannot
    # tell from a split)
    ("b13", "sum", "种植业帮扶42户，养殖业帮扶35户，小计77户；务工帮扶56户，公益岗位18户，小计74户。", True),
    ("b13", "sum", "种植业帮扶42户，养殖业帮扶35户，小计87户；务工帮扶56户，公益岗位18户，小计74户。", False),
    ("b13", "sum", "全村有劳动力410人，其中在家务农160人，外出务工的有250人。", True),
    ("b13", "sum", "全乡建档立卡贫困户计156户，其中一般户98户、低保户49户、五保户9户。", True),
    ("b13", "sum", "全乡建档立卡贫困户计156户，其中一般户98户、低保户49户、五保户19户。", False),
    ("b13", "sum", "全镇易地搬迁户数为216户，其中集中安置户数为168户，分散安置户数为48户。", True),
    ("b13", "sum", "全镇易地搬迁户数为216户，其中集中安置户数为168户，分散安置户数为58户。", False),
    ("b13", "sum", "全县2020年脱贫退出人数达3260人，其中：A乡1120人、B镇980人、C乡1160人。", True),
    ("b13", "sum", "全县2020年脱贫退出人数达3260人，其中：A乡1120人、B镇980人、C乡1260人。", False),
    ("b13", "ratio|per_unit", "全村农业人口1520人，人均耕地面积1.6亩，全村耕地面积2432亩。", True),
    ("b13", "ratio|per_unit", "全村农业人口1520人，人均耕地面积1.9亩，全村耕地面积2432亩。", False),
    ("b13", "ratio|per_unit", "全镇共发放护林员工资96万元，聘用生态护林员80人，人均1.2万元。", True),
    ("b13", "ratio|per_unit", "全镇共发放护林员工资96万元，聘用生态护林员80人，人均1.5万元。", False),
    ("b13", "share|ratio", "全村共有贫困人口215人，全村总人口1186人，贫困发生率高达18.1%。", True),
    ("b13", "share|ratio", "全村共有贫困人口215人，全村总人口1186人，贫困发生率高达21.1%。", False),
    ("b13", "share|ratio", "截至2019年底，全村还有未脱贫人口12人，贫困发生率下降到1.01%，全村户籍人口1186人。", True),
    ("b13", "share|ratio", "截至2019年底，全村还有未脱贫人口12人，贫困发生率下降到1.31%，全村户籍人口1186人。", False),
    ("b13", "share|ratio", "全年计划完成造林任务5000亩，实际完成5600亩，任务完成率112%。", True),
    ("b13", "share|ratio", "全年计划完成造林任务5000亩，实际完成5600亩，任务完成率102%。", False),
    ("b13", "share|ratio", "下达年度资金计划2860万元，已拨付资金2574万元，资金拨付率90%。", True),
    ("b13", "share|ratio", "下达年度资金计划2860万元，已拨付资金2574万元，资金拨付率95%。", False),
    # ---- fourteenth batch: balances and years, and traps for this round's words (16 rows, 1 false alarm before: 由28.6%下降
    # 到0%，较上年下降1.2个百分点 read as the change from 2014)
    ("b14", "sum|balance", "全村2014年识别贫困户68户，2016年新识别3户，清退2户，累计脱贫64户，剩余5户。", True),
    ("b14", "sum|balance", "全村2014年识别贫困户68户，2016年新识别3户，清退2户，累计脱贫64户，剩余7户。", False),
    ("b14", "sum|balance", "全乡动态调整后共有建档立卡贫困户512户，已退出498户，未退出14户。", True),
    ("b14", "sum|balance", "全乡动态调整后共有建档立卡贫困户512户，已退出498户，未退出24户。", False),
    ("b14", "sum", "2018年、2019年、2020年分别脱贫126户、142户、37户，三年共脱贫305户。", True),
    ("b14", "sum", "2018年、2019年、2020年分别脱贫126户、142户、37户，三年共脱贫315户。", False),
    ("b14", "sum", "全县贫困村46个，2017年退出12个，2018年退出19个，2019年退出15个，全部实现出列。", True),
    ("b14", "sum|share|growth|ratio|per_unit|balance", "全县投入资金2.3亿元，主要有：产业扶贫、教育扶贫、健康扶贫等，受益群众12万人。", 'no_alarm'),
    ("b14", "sum|share|growth|ratio|per_unit|balance", "全村有贫困户86户，包含低保户、五保户及一般贫困户，其中因病致贫35户。", True),
    ("b14", "sum|share|growth|ratio|per_unit|balance", "全乡实施项目28个，具体为：道路硬化12公里、安全饮水工程6处、村级活动场所3个。", 'no_alarm'),
    ("b14", "sum|share|growth|ratio|per_unit|balance", "全村共有劳动力520人，外出务工310人，小计收入1860万元。", 'no_alarm'),
    ("b14", "sum|share|growth|ratio|per_unit|balance", "全县农民人均纯收入由2015年的6800元发展到2020年的12600元，其中工资性收入占52%。", 'no_alarm'),
    ("b14", "sum|share|growth|ratio|per_unit|balance", "全村贫困户58户，即：一般贫困户35户，低保户18户，五保户5户；因病致贫21户。", True),
    ("b14", "sum|share|growth|ratio|per_unit|balance", "2020年全县旅游收入5.4亿元，增幅为20%，接待游客120万人次。", 'no_alarm'),
    ("b14", "sum|share|growth|ratio|per_unit|balance", "全村贫困发生率由2014年的28.6%下降到2019年的0%，较上年下降1.2个百分点。", 'no_alarm'),
    ("b14", "sum|share|growth|ratio|per_unit|balance", "全镇计划完成危房改造180户，已完成150户，完成率83.3%，其余30户正在施工。", True),
    # ---- fifteenth batch: a part of another breakdown added to the holding 其中 lists of all rounds (243 mixtures, 15
    # alarmed before: a bracket's list was never judged a mixture, a 累计 figure after a 其中 list read as its total)
    ("mix15", "sum", "全镇共有建档立卡贫困户1250户（其中：一般贫困户800户；低保户380户；特困户70户，已脱贫500户）。", "no_alarm"),
    ("mix15", "sum", "全镇共有建档立卡贫困户1250户（其中：一般贫困户800户；低保户380户；特困户70户，因病致贫500户）。", "no_alarm"),
    ("mix15", "sum", "全镇共有建档立卡贫困户1250户（其中：一般贫困户800户；低保户380户；特困户90户）。", False),
    ("mix15", "sum", "全村外出务工2300人（其中男1200人，女1100人，60岁以上老人920人）。", "no_alarm"),
    ("mix15", "sum", "安置点共安置搬迁群众420户1680人（其中贫困户360户1450人，同步搬迁户60户，已脱贫168户230人）。", "no_alarm"),
    ("mix15", "sum", "全镇建档立卡贫困户1250户4320人。其中一般贫困户860户3010人，低保户320户1060人，五保户70户，累计500户250人。",
     "no_alarm"),
    ("mix15", "sum", "我乡286户贫困户中，93户纳入易地搬迁（甲村37户，乙村28户，丙村33户）。", False),
    # ---- sixteenth batch: 占…总户数的比例为, 同比下降 with 去年同期为, 平均每户/每户平均/平均每人, 其中： with ；, two breakdowns
    # under 按属性分：/按致贫原因分： heads (15 rows, 4 read wrongly before)
    ("b16", "share|ratio", "全村共有农户412户，其中建档立卡贫困户103户，占全村总户数的比例为25%。", True),
    ("b16", "share|ratio", "全村共有农户412户，其中建档立卡贫困户103户，占全村总户数的比例为28%。", False),
    ("b16", "growth", "今年1-6月全县农产品销售额1.38亿元，去年同期为1.5亿元，同比下降8%。", True),
    ("b16", "growth", "今年1-6月全县农产品销售额1.38亿元，去年同期为1.5亿元，同比下降12%。", False),
    ("b16", "per_unit|ratio|sum", "共带动贫困户215户，平均每户增收2400元，共增收51.6万元。", True),
    ("b16", "per_unit|ratio|sum", "共带动贫困户215户，平均每户增收2400元，共增收61.6万元。", False),
    ("b16", "per_unit|ratio|sum", "全村发放光伏收益分红资金8.4万元，受益贫困户84户，每户平均1000元。", True),
    ("b16", "per_unit|ratio|sum", "全村发放光伏收益分红资金8.4万元，受益贫困户84户，每户平均1200元。", False),
    ("b16", "per_unit|ratio|sum", "为全乡126名贫困学生发放助学金，平均每人1500元，共计18.9万元。", True),
    ("b16", "per_unit|ratio|sum", "为全乡126名贫困学生发放助学金，平均每人1500元，共计19.9万元。", False),
    ("b16", "sum", "截至目前，全乡累计投入各类资金2360万元。其中：财政专项扶贫资金1250万元；整合涉农资金680万元；社会帮扶资金430万元。", True),
    ("b16", "sum", "截至目前，全乡累计投入各类资金2360万元。其中：财政专项扶贫资金1250万元；整合涉农资金680万元；社会帮扶资金530万元。", False),
    ("b16", "sum", "全村建档立卡户56户，按属性分：一般户31户，低保户19户，特困户6户；按致贫原因分：因病21户，因残13户，缺劳力22户。", True),
    ("b16", "sum", "全村建档立卡户56户，按属性分：一般户31户，低保户19户，特困户6户；按致贫原因分：因病21户，因残13户，缺劳力32户。", False),
    ("b16", "sum", "全村建档立卡户56户，按属性分：一般户31户，低保户19户，特困户16户；按致贫原因分：因病21户，因残13户，缺劳力22户。", False),
]

NOT_YET: set = {
    # an incidence 2.25 times off its inputs: the gate takes it for a wrong base (as in round 9)
    "全镇辖12个行政村，户籍人口2.35万人，其中农业人口2.1万人。2019年底剩余贫困人口168人，贫困发生率1.8%。",
    "全村贫困户86户，参加新型农村合作医疗86户，参合率达到100%；签约家庭医生84户，签约率98.8%。",
}


def findings_of(text, doc="t"):
    return audit_texts({doc: text}, fx.extract_text(text, doc_id=doc))


def reads_as_expected(kind, text, expected):
    """(ok, what was found) for one row."""
    every = findings_of(text)
    found = [f for f in every if f.kind in kind.split("|")]
    alarms, holding = [f for f in found if f.holds is False], [f for f in found if f.holds is True]
    if expected == "no_alarm":
        ok = not alarms
    elif expected is True:
        ok = bool(holding) and not alarms
    else:
        ok = bool(alarms)
    return ok, [(f.rule, f.holds, f.explanation) for f in every]


def _params():
    for i, c in enumerate(CASES):
        marks = [pytest.mark.xfail(strict=True, reason="not read yet")] if c[2] in NOT_YET else []
        yield pytest.param(*c, marks=marks, id=f"s10-{c[0]}-{i}")


@pytest.mark.parametrize("klass,kind,text,expected", list(_params()))
def test_tenth_round(klass, kind, text, expected):
    ok, shown = reads_as_expected(kind, text, expected)
    assert ok, shown


#: the rows as a web page may print them: half-width punctuation, full-width digits, a line break after each comma
PRINTS = {
    "half_width": lambda x: x.translate(str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":", "；": ";"})),
    "full_digits": lambda x: x.translate(str.maketrans("0123456789.%", "０１２３４５６７８９．％")),
    "comma_breaks": lambda x: x.replace("，", "，\n"),
}


@pytest.mark.parametrize("name", sorted(PRINTS))
def test_tenth_round_reads_the_same_in_other_print(name):
    wrong = [(klass, PRINTS[name](text)) for klass, kind, text, expected in CASES
             if text not in NOT_YET and not reads_as_expected(kind, PRINTS[name](text), expected)[0]]
    assert not wrong, wrong
