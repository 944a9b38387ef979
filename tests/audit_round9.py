"""Audit by wording class, ninth round (session 9): paragraphs written for the test, in the shapes issue 13 lists
and others the eight rounds of ``test_audit.GENERALISE_CASES`` did not write — funding sources after an investment
total, a signed balance whose addition is given in persons only, an incidence announced before the poor
population, percentage points, compound 年均增长, 增长X倍 and 翻一番, unlabelled enumerations, 其中 by years, parts
over later sentences, per-village pairs, a type list after its total, 五个一批 under numbered headings, two
breakdowns of one total after ；, what a plan still needs (还需), a share of the sentence before's total, 分别 lists,
colon lists of pairs, 万元 beside 元, 以上合计, 共涉及, 占 with the base, share lists, 比上年增加 with both years,
去年同期为 after the new figure, the rate between 由A and 达到B, 每户 × the count, incidence with the population in
brackets, complements, settlements, numbered lists, 两项合计, counts of facilities, and mixtures that must not alarm.

Each row: (class, kinds, text, expected) as in ``GENERALISE_CASES``: True — a finding of one of the kinds
(``|``-separated) holds and none is an alarm; False — one is an alarm; "no_alarm" — none is an alarm.
Written before the fixes: 18 of 80 read wrongly (no false alarm among them); ``NOT_YET`` holds the rows still
read wrongly.  Read by ``tests/test_audit.py::test_ninth_round``.
"""

CASES = [
    ('sources', 'sum', '该项目需投资36万元，村集体自筹6万元，申请上级扶持资金30万元。', True),
    ('sources', 'sum', '该项目需投资36万元，村集体自筹6万元，申请上级扶持资金20万元。', False),
    ('sources', 'sum', '新建村级活动室一座，总投资48万元，争取财政资金40万元，群众投工投劳折资8万元。', True),
    ('sources', 'sum', '新建村级活动室一座，总投资48万元，争取财政资金40万元，群众投工投劳折资6万元。', False),
    ('signed', 'sum|balance', '2016年精准识别贫困人口430户1560人，年末新增贫困人口12人，累计脱贫280户1020人，剩余贫困人口150户552人。', True),
    ('signed', 'sum|balance', '2016年精准识别贫困人口430户1560人，年末新增贫困人口12人，累计脱贫280户1020人，剩余贫困人口150户562人。', False),
    ('incidence_after', 'share|ratio', '全村共有农户520户，2100人。\n经过识别，确定全村为贫困村（贫困发生率为12%），全村共认定建档立卡贫困户70户252人。', True),
    ('incidence_after', 'share|ratio', '全村共有农户520户，2100人。\n经过识别，确定全村为贫困村（贫困发生率为15%），全村共认定建档立卡贫困户70户252人。', False),
    ('points', 'growth', '全乡贫困发生率由2014年的18.6%下降到2019年的0.9%，下降了17.7个百分点。', True),
    ('points', 'growth', '全乡贫困发生率由2014年的18.6%下降到2019年的0.9%，下降了16.7个百分点。', False),
    ('points', 'growth', '全县农村义务教育巩固率由92.5%提高到98.2%，提高5.7个百分点。', True),
    ('annual', 'growth', '农村居民人均可支配收入从2015年的5000元增加到2020年的8052元，年均增长10%。', True),
    ('annual', 'growth', '农村居民人均可支配收入从2015年的5000元增加到2020年的8052元，年均增长15%。', False),
    ('times', 'growth', '村集体经济收入从2017年的4万元增加到2020年的12万元，增长了2倍。', True),
    ('times', 'growth', '村集体经济收入从2017年的4万元增加到2020年的20万元，增长了2倍。', False),
    ('doubled', 'growth', '贫困户人均纯收入由2016年的3100元提高到2020年的6200元，实现翻一番。', True),
    ('doubled', 'growth', '贫困户人均纯收入由2016年的3100元提高到2020年的9300元，实现翻一番。', False),
    ('enum', 'sum', '三个合作社分别饲养母牛26头、31头、18头，共75头。', True),
    ('enum', 'sum', '三个合作社分别饲养母牛26头、31头、18头，共85头。', False),
    ('enum', 'sum', '发放鸡苗1200只、1500只、800只，共计3500只。', True),
    ('enum', 'sum', '发放鸡苗1200只、1500只、800只，共计3600只。', False),
    ('years', 'sum', '五年来累计减少贫困人口6820人，其中2016年1850人，2017年1920人，2018年1630人，2019年1420人。', True),
    ('years', 'sum', '五年来累计减少贫困人口6820人，其中2016年1850人，2017年1920人，2018年1630人，2019年1520人。', False),
    ('later', 'sum', '全镇共有贫困村5个。其中深度贫困村2个。一般贫困村3个。', True),
    ('later', 'sum', '全年共培训贫困劳动力860人次。举办种植技术培训320人次。养殖技术培训290人次。电商培训250人次。', True),
    ('later', 'sum', '全年共培训贫困劳动力860人次。举办种植技术培训320人次。养殖技术培训290人次。电商培训350人次。', False),
    ('pairs', 'sum', '丰收村脱贫32户118人，向阳村脱贫27户96人，两村合计脱贫59户214人。', True),
    ('pairs', 'sum', '丰收村脱贫32户118人，向阳村脱贫27户96人，两村合计脱贫59户224人。', False),
    ('types', 'sum', '全乡共有贫困户245户912人。一般贫困户180户702人，低保贫困户52户186人，五保户13户24人。', True),
    ('types', 'sum', '全乡共有贫困户245户912人。一般贫困户180户702人，低保贫困户52户186人，五保户13户34人。', False),
    ('five', 'sum', '全县2019年计划脱贫1200户。（一）发展生产脱贫460户。（二）易地搬迁脱贫310户。（三）生态补偿脱贫150户。（四）发展教育脱贫80户。（五）社会保障兜底200户。', True),
    ('five', 'sum', '全县2019年计划脱贫1200户。（一）发展生产脱贫460户。（二）易地搬迁脱贫310户。（三）生态补偿脱贫150户。（四）发展教育脱贫80户。（五）社会保障兜底220户。', False),
    ('two_dims', 'sum', '全村贫困户96户，其中一般贫困户60户，低保户30户，五保户6户；因病致贫40户，因残致贫25户，缺劳力31户。', True),
    ('two_dims', 'sum', '全村贫困户96户，其中一般贫困户60户，低保户30户，五保户6户；因病致贫40户，因残致贫25户，缺劳力41户。', False),
    ('todo', 'sum', '今年计划改造危房45户，已完成32户，还需改造13户。', True),
    ('todo', 'sum', '今年计划改造危房45户，已完成32户，还需改造18户。', False),
    ('share_prev', 'share', '全村劳动力1260人。外出务工756人，占60%。', True),
    ('share_prev', 'share', '全村劳动力1260人。外出务工756人，占70%。', False),
    ('mixture', 'sum', '全村贫困户88户，其中因病致贫30户，低保户25户，已脱贫60户。', 'no_alarm'),
    ('mixture', 'sum', '该项目总投资120万元，其中修建道路2.5公里，新建桥梁1座，财政资金80万元。', 'no_alarm'),
    ('fenbie', 'sum', '全镇共有贫困村4个，分别是红旗村、光明村、新华村和胜利村，贫困户分别为45户、38户、52户、29户，共164户。', True),
    ('fenbie', 'sum', '全镇共有贫困村4个，分别是红旗村、光明村、新华村和胜利村，贫困户分别为45户、38户、52户、29户，共174户。', False),
    ('colon', 'sum', '全村共有贫困户48户176人：一组15户56人，二组18户64人，三组15户56人。', True),
    ('colon', 'sum', '全村共有贫困户48户176人：一组15户56人，二组18户64人，三组15户66人。', False),
    ('money', 'sum', '共发放教育资助资金32.6万元，其中学前教育4.2万元，义务教育18.4万元，高中教育100000元。', True),
    ('money', 'sum', '共发放教育资助资金32.6万元，其中学前教育4.2万元，义务教育18.4万元，高中教育110000元。', False),
    ('above', 'sum', '产业扶持资金86万元；就业补助资金24万元；教育资助资金30万元。以上合计140万元。', True),
    ('above', 'sum', '产业扶持资金86万元；就业补助资金24万元；教育资助资金30万元。以上合计150万元。', False),
    ('total_end', 'sum', '养殖业帮扶68户，种植业帮扶52户，光伏收益分红40户，共涉及贫困户160户。', True),
    ('total_end', 'sum', '养殖业帮扶68户，种植业帮扶52户，光伏收益分红40户，共涉及贫困户170户。', False),
    ('share', 'share', '全县脱贫人口中，通过产业帮扶脱贫2.1万人，占脱贫总人数3.5万人的60%。', True),
    ('share', 'share', '全县脱贫人口中，通过产业帮扶脱贫2.1万人，占脱贫总人数3.5万人的65%。', False),
    ('shares', 'share', '全村贫困人口300人，其中因病致贫120人，占40%；因残致贫60人，占20%；因学致贫45人，占15%。', True),
    ('shares', 'share', '全村贫困人口300人，其中因病致贫120人，占40%；因残致贫60人，占25%；因学致贫45人，占15%。', False),
    ('diff', 'growth|sum', '2019年全县新增就业4200人，2020年新增就业5100人，比上年增加900人。', True),
    ('diff', 'growth|sum', '2019年全县新增就业4200人，2020年新增就业5100人，比上年增加1100人。', False),
    ('yoy', 'growth', '今年全乡农产品销售额达到2600万元，去年同期为2000万元，同比增长30%。', True),
    ('yoy', 'growth', '今年全乡农产品销售额达到2600万元，去年同期为2000万元，同比增长35%。', False),
    ('growth_after', 'growth', '全村集体经济收入由上年的8.4万元增长了50%，达到12.6万元。', True),
    ('growth_after', 'growth', '全村集体经济收入由上年的8.4万元增长了60%，达到12.6万元。', False),
    ('per_capita', 'ratio', '全村耕地面积2730亩，人均耕地2.1亩，全村总人口1300人。', True),
    ('per_capita', 'ratio', '全村耕地面积2730亩，人均耕地2.4亩，全村总人口1300人。', False),
    ('per_item', 'per_unit|sum', '为42户贫困户每户发放产业扶持资金5000元，共发放21万元。', True),
    ('per_item', 'per_unit|sum', '为42户贫困户每户发放产业扶持资金5000元，共发放25万元。', False),
    ('incidence', 'share|ratio', '截至2019年底，全县剩余贫困人口1320人，贫困发生率降至0.6%（全县农业人口22万人）。', True),
    ('incidence', 'share|ratio', '截至2019年底，全县剩余贫困人口1320人，贫困发生率降至0.9%（全县农业人口22万人）。', False),
    ('complement', 'sum', '全村建档立卡贫困户63户241人，已脱贫58户226人，未脱贫5户15人。', True),
    ('complement', 'sum', '全村建档立卡贫困户63户241人，已脱贫58户226人，未脱贫5户25人。', False),
    ('settle', 'sum', '全镇易地扶贫搬迁186户702人，其中集中安置142户538人，分散安置44户164人。', True),
    ('settle', 'sum', '全镇易地扶贫搬迁186户702人，其中集中安置142户538人，分散安置44户174人。', False),
    ('numbered', 'sum', '全年共投入扶贫资金1250万元：（1）产业发展资金580万元；（2）基础设施建设资金470万元；（3）公共服务资金200万元。', True),
    ('numbered', 'sum', '全年共投入扶贫资金1250万元：（1）产业发展资金580万元；（2）基础设施建设资金470万元；（3）公共服务资金250万元。', False),
    ('two', 'sum', '发放低保金86.4万元、特困供养金23.6万元，两项合计110万元。', True),
    ('two', 'sum', '发放低保金86.4万元、特困供养金23.6万元，两项合计120万元。', False),
    ('count', 'sum', '新建村卫生室3个、村级文化广场5个、村级综合服务中心4个，共建成公共服务设施12个。', True),
    ('count', 'sum', '新建村卫生室3个、村级文化广场5个、村级综合服务中心4个，共建成公共服务设施14个。', False),
    ('mixture', 'sum', '全村贫困人口356人，其中劳动力186人，外出务工124人，参加技能培训98人。', 'no_alarm'),
    ('mixture', 'sum', '全镇有贫困户540户，其中红星村120户，建设村96户，因病致贫186户。', 'no_alarm'),
    ('mixture', 'share', '全村外出务工人员420人，务工收入占家庭收入的65%。', 'no_alarm'),
    ('mixture', 'sum', '全县投入扶贫资金3.2亿元，带动贫困户增收1.6亿元，撬动社会资金2.1亿元。', 'no_alarm'),
]

#: rows still read wrongly (xfail strict: they fail the suite once they pass, so they leave this set): a misprinted
#: sum of funding sources with no cue (1, 3), a 五个一批 heading that does not repeat the total's word (31), 比上年增加
#: with both years and no rate (54, 55), a population in brackets that the meaning step reads as the poor (64, 65)
NOT_YET = {CASES[i][2] for i in (1, 3, 31, 54, 55, 64, 65)}
