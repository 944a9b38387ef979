"""Made-up report heads (titles, web-page headers, first lines, signatures) in the shapes real report
pages take, with the metadata a reader gives them.  Every text is written for the test (the place
names are real gazetteer names, the villages, people and figures are invented).

Each row: (shape, text, expected) where ``expected`` holds only the fields the row checks (a field
given as None must come out None).  Read by ``tests/test_metadata_classes.py``.
"""

BODY_TOWN = "一、基本情况\n全镇辖12个行政村，建档立卡贫困户860户3120人。我镇坚持把脱贫攻坚作为头等大事，全镇上下齐心协力。\n"
BODY_TOWN_XIANG = "一、基本情况\n全乡辖9个行政村，建档立卡贫困户540户2100人。我乡坚持把脱贫攻坚作为头等大事，全乡上下齐心协力。\n"
BODY_VILLAGE = "全村共有村民小组8个，农户326户1210人，其中建档立卡贫困户58户210人。我村坚持党建引领，全村上下团结一心。\n"
BODY_COUNTY = "全县共有贫困村86个，建档立卡贫困人口2.3万户9.6万人。我县坚持以脱贫攻坚统揽经济社会发展全局，全县上下尽锐出战。\n"
BODY_PLAIN = "今年以来，在上级党委政府的坚强领导下，各项工作扎实推进，群众满意度不断提升。\n"

CASES = [
    # ------------------------------------------------------------------ 1 site navigation before the title
    ("nav_title", "当前位置：首页 > 政务公开 > 扶贫开发\n花垣县吉卫镇2019年脱贫攻坚工作总结\n发布时间：2020-03-05 10:12  来源：花垣县人民政府  浏览次数：123\n字号：大 中 小  打印本页\n" + BODY_TOWN,
     {"place": "吉卫镇", "level": "乡镇", "county": "花垣县", "province": "湖南省", "year": 2019}),
    ("nav_title", "您现在的位置：首页 >> 信息公开 >> 脱贫攻坚\n隆安县那桐镇2018年度脱贫攻坚工作总结\n发布日期：2019-01-20    信息来源：那桐镇人民政府\n【字体：大 中 小】【打印】【关闭】\n" + BODY_TOWN,
     {"place": "那桐镇", "level": "乡镇", "county": "隆安县", "province": "广西壮族自治区", "year": 2018}),
    ("nav_title", "首页 > 新闻中心 > 乡镇动态\n将台堡镇2020年脱贫攻坚工作总结\n2021-02-03 09:30:12 来源：西吉县人民政府网 阅读：356\n" + BODY_TOWN,
     {"place": "将台堡镇", "level": "乡镇", "county": "西吉县", "province": "宁夏回族自治区", "year": 2020}),
    ("nav_title", "网站首页 | 机构概况 | 政务公开 | 办事服务 | 互动交流\n当前位置：首页 > 工作动态\n岢岚县宋家沟镇2019年脱贫攻坚工作情况汇报\n作者：镇扶贫办  发布时间：2019年12月18日  点击数：88\n" + BODY_TOWN,
     {"place": "宋家沟镇", "level": "乡镇", "county": "岢岚县", "province": "山西省", "year": 2019}),
    ("nav_title", "当前位置：首页 > 公示公告\n文安驿镇脱贫攻坚工作总结\n发布时间：2021-01-08 16:20  来源：延川县政府办\n2020年，全镇共实现脱贫退出贫困户126户。" + BODY_TOWN,
     {"place": "文安驿镇", "level": "乡镇", "county": "延川县", "province": "陕西省", "year": 2020}),
    ("nav_title", "索引号：11610334-3/2020-00012  发布机构：东坝头镇人民政府  生成日期：2020-12-28\n名称：东坝头镇2020年脱贫攻坚工作总结\n" + BODY_TOWN,
     {"place": "东坝头镇", "level": "乡镇", "county": "兰考县", "province": "河南省", "year": 2020}),

    # ------------------------------------------------------------------ 2 publication date later than the year reported on
    ("late_publication", "莲花县升坊镇脱贫攻坚工作总结\n发布时间：2022-06-15\n2019年，全镇脱贫贫困户156户512人，贫困发生率降至0.6%。2019年，全镇完成危房改造48户。" + BODY_TOWN,
     {"place": "升坊镇", "county": "莲花县", "province": "江西省", "year": 2019}),
    ("late_publication", "2018年脱贫攻坚工作总结\n来源：网络 发布时间：2021-07-01 10:00\n2018年以来，我乡在县委县政府的领导下……全乡2018年脱贫83户。" + BODY_TOWN_XIANG,
     {"level": "乡镇", "year": 2018}),
    ("late_publication", "闪石乡2017年精准扶贫工作总结\n上传时间：2020-11-11\n" + BODY_TOWN_XIANG,
     {"place": "闪石乡", "level": "乡镇", "county": "莲花县", "province": "江西省", "year": 2017}),
    ("late_publication", "修齐镇脱贫攻坚工作汇报\n时间：2021-05-20\n现将我镇2020年脱贫攻坚工作汇报如下：\n" + BODY_TOWN,
     {"place": "修齐镇", "county": "城口县", "province": "重庆市", "year": 2020}),

    # ------------------------------------------------------------------ 3 the source line names a higher or other unit
    ("source_other_unit", "赫章县妈姑镇2019年脱贫攻坚工作总结\n来源：毕节市扶贫开发办公室  发布时间：2019-12-26\n" + BODY_TOWN,
     {"place": "妈姑镇", "level": "乡镇", "county": "赫章县", "province": "贵州省", "year": 2019}),
    ("source_other_unit", "来源：开封市人民政府网\n南彰镇精准扶贫工作汇报\n" + BODY_TOWN,
     {"place": "南彰镇", "level": "乡镇", "county": "兰考县", "province": "河南省"}),
    ("source_other_unit", "信息来源：岳阳日报\n三墩乡2019年脱贫攻坚工作总结\n" + BODY_TOWN_XIANG,
     {"place": "三墩乡", "level": "乡镇", "county": "平江县", "province": "湖南省", "year": 2019}),
    ("source_other_unit", "脱贫攻坚工作总结\n来源：阜平县龙泉关镇人民政府  发布时间：2019-12-20\n今年以来，我镇紧紧围绕脱贫攻坚目标任务，全镇共脱贫120户。" + BODY_TOWN,
     {"place": "龙泉关镇", "level": "乡镇", "county": "阜平县", "province": "河北省", "year": 2019}),

    # ------------------------------------------------------------------ 4 a village work team of a county bureau
    ("work_team", "会宁县交通运输局驻丁家沟镇杨庄村工作队2019年工作总结\n" + BODY_VILLAGE,
     {"place": "杨庄村", "level": "村", "county": "会宁县", "province": "甘肃省", "year": 2019}),
    ("work_team", "县人社局驻大涧乡石门村帮扶工作队2018年度工作总结\n" + BODY_VILLAGE,
     {"place": "石门村", "level": "村", "county": "岢岚县", "province": "山西省", "year": 2018}),
    ("work_team", "驻村工作队2020年工作总结\n2020年，兴国县水利局驻均村乡龙潭村工作队在县委县政府的领导下，" + BODY_VILLAGE,
     {"place": "龙潭村", "level": "村", "county": "兴国县", "province": "江西省", "year": 2020}),
    ("work_team", "西吉县财政局驻火石寨乡扫竹岭村扶贫工作队工作汇报\n" + BODY_VILLAGE,
     {"place": "扫竹岭村", "level": "村", "county": "西吉县", "province": "宁夏回族自治区"}),
    ("work_team", "市农业农村局驻古潭乡乔老村工作队2019年驻村帮扶工作总结\n" + BODY_VILLAGE,
     {"place": "乔老村", "level": "村", "county": "隆安县", "year": 2019}),

    # ------------------------------------------------------------------ 5 a county office on one township
    ("office_on_township", "西吉县扶贫办关于将台堡镇脱贫攻坚工作情况的报告\n" + BODY_TOWN,
     {"place": "将台堡镇", "level": "乡镇", "county": "西吉县", "province": "宁夏回族自治区"}),
    ("office_on_township", "兰考县人民政府关于仪封镇2019年脱贫攻坚工作的报告\n" + BODY_TOWN,
     {"place": "仪封镇", "level": "乡镇", "county": "兰考县", "year": 2019}),
    ("office_on_township", "昭觉县脱贫攻坚指挥部：竹核镇脱贫攻坚工作情况汇报\n" + BODY_TOWN,
     {"place": "竹核镇", "level": "乡镇", "county": "昭觉县", "province": "四川省"}),
    ("office_on_township", "关于城南庄镇2020年脱贫攻坚工作开展情况的汇报\n阜平县扶贫开发领导小组办公室\n" + BODY_TOWN,
     {"place": "城南庄镇", "level": "乡镇", "county": "阜平县", "year": 2020}),

    # ------------------------------------------------------------------ 6 帮扶单位 reports about a village
    ("helper_unit", "市农业农村局2019年定点帮扶白崖乡红星村工作总结\n" + BODY_VILLAGE,
     {"place": "红星村", "level": "村", "county": "西吉县", "province": "宁夏回族自治区", "year": 2019}),
    ("helper_unit", "县审计局帮扶硝河乡新庄村2018年工作总结\n" + BODY_VILLAGE,
     {"place": "新庄村", "level": "村", "county": "西吉县", "year": 2018}),
    ("helper_unit", "中国银行某分行定点帮扶竹核镇木渣洛村工作情况报告\n" + BODY_VILLAGE,
     {"place": "木渣洛村", "level": "村", "county": "昭觉县", "province": "四川省"}),
    ("helper_unit", "2020年结对帮扶东上乡曲江村工作总结\n" + BODY_VILLAGE,
     {"place": "曲江村", "level": "村", "county": "井冈山市", "year": 2020}),

    # ------------------------------------------------------------------ 7 news stories
    ("news_lead", "岢岚：易地搬迁群众住上新房\n记者从岢岚县扶贫办获悉，今年以来，全县累计完成易地扶贫搬迁3200户。" + BODY_COUNTY,
     {"place": "岢岚县", "level": "县", "county": "岢岚县", "province": "山西省"}),
    ("news_lead", "近日，宋家沟镇组织召开脱贫攻坚推进会\n近日，宋家沟镇组织召开2019年脱贫攻坚推进会，全镇各村第一书记参加会议。" + BODY_TOWN,
     {"place": "宋家沟镇", "level": "乡镇", "county": "岢岚县", "year": 2019}),
    ("news_lead", "本报讯（记者 李明）今年以来，阜平县城南庄镇坚持产业扶贫，全镇贫困户人均增收1200元。" + BODY_TOWN,
     {"place": "城南庄镇", "level": "乡镇", "county": "阜平县", "province": "河北省"}),
    ("news_lead", "兰考讯 2019年以来，兰考县坚持稳定脱贫奔小康，全县累计带贫1.2万户。" + BODY_COUNTY,
     {"place": "兰考县", "level": "县", "county": "兰考县", "province": "河南省"}),
    ("news_lead", "产业兴旺好日子\n——花垣县石栏镇脱贫攻坚纪实\n2019年，石栏镇立足资源优势，全镇发展特色产业1.5万亩。" + BODY_TOWN,
     {"place": "石栏镇", "level": "乡镇", "county": "花垣县", "province": "湖南省", "year": 2019}),
    ("news_lead", "记者近日从屏边苗族自治县新现镇了解到，2020年全镇贫困户全部脱贫。" + BODY_TOWN,
     {"place": "新现镇", "level": "乡镇", "county": "屏边苗族自治县", "province": "云南省", "year": 2020}),

    # ------------------------------------------------------------------ 8 speeches
    ("speech", "在全县脱贫攻坚推进会上的讲话\n县委书记 张某\n（2019年5月10日）\n同志们：\n今天召开全县脱贫攻坚推进会，主要任务是……" + BODY_COUNTY,
     {"level": "县", "year": 2019}),
    ("speech", "在西吉县2019年脱贫攻坚推进会上的讲话\n同志们：\n" + BODY_COUNTY,
     {"place": "西吉县", "level": "县", "county": "西吉县", "province": "宁夏回族自治区", "year": 2019}),
    ("speech", "在兴国县脱贫攻坚工作总结表彰大会上的讲话\n（2020年12月28日）\n同志们：2020年，全县如期完成脱贫攻坚目标任务。" + BODY_COUNTY,
     {"place": "兴国县", "level": "县", "county": "兴国县", "province": "江西省", "year": 2020}),
    ("speech", "镇党委书记在全镇脱贫攻坚工作会议上的讲话\n同志们：\n2018年，全镇共脱贫236户。" + BODY_TOWN,
     {"level": "乡镇", "year": 2018}),
    ("speech", "在妈姑镇2020年脱贫攻坚决战誓师大会上的讲话\n同志们：\n" + BODY_TOWN,
     {"place": "妈姑镇", "level": "乡镇", "county": "赫章县", "year": 2020}),

    # ------------------------------------------------------------------ 9 自查 / 验收 / 考核 reports
    ("self_check", "延川县文安驿镇2018年脱贫攻坚工作自查报告\n" + BODY_TOWN,
     {"place": "文安驿镇", "level": "乡镇", "county": "延川县", "province": "陕西省", "year": 2018}),
    ("self_check", "关于贾家坪镇脱贫退出验收情况的报告\n" + BODY_TOWN,
     {"place": "贾家坪镇", "level": "乡镇", "county": "延川县"}),
    ("self_check", "2019年度脱贫攻坚考核自查报告\n隆安县布泉乡人民政府\n" + BODY_TOWN_XIANG,
     {"place": "布泉乡", "level": "乡镇", "county": "隆安县", "province": "广西壮族自治区", "year": 2019}),
    ("self_check", "红庙镇贫困村退出验收自查报告\n按照县脱贫攻坚指挥部的安排，现将我镇2019年贫困村退出自查情况报告如下。" + BODY_TOWN,
     {"place": "红庙镇", "level": "乡镇", "year": 2019}),
    ("self_check", "大湾镇2017年度精准扶贫工作考核自评报告\n" + BODY_TOWN,
     {"place": "大湾镇", "level": "乡镇", "year": 2017}),

    # ------------------------------------------------------------------ 10 a first secretary's 述职报告
    ("first_secretary", "驻红旗村第一书记述职报告\n（2019年12月）\n我是县水利局干部，2018年3月被选派到古潭乡红旗村担任第一书记。" + BODY_VILLAGE,
     {"place": "红旗村", "level": "村", "county": "隆安县", "year": 2019}),
    ("first_secretary", "第一书记2020年度述职报告\n2020年，本人在县委组织部和城南庄镇党委的领导下，在顾家台村扎实开展帮扶工作。" + BODY_VILLAGE,
     {"place": "顾家台村", "level": "村", "county": "阜平县", "year": 2020}),
    ("first_secretary", "下湾村第一书记2019年述职报告\n" + BODY_VILLAGE,
     {"place": "下湾村", "level": "村", "year": 2019}),
    ("first_secretary", "驻村第一书记个人工作总结\n自2018年5月驻兔街镇海嘎村以来，我认真履行第一书记职责。" + BODY_VILLAGE,
     {"place": "海嘎村", "level": "村"}),

    # ------------------------------------------------------------------ 11 names without suffix, headline place names
    ("bare_name", "花垣：十八洞村的脱贫路\n" + BODY_VILLAGE,
     {"place": "十八洞村", "level": "村", "county": "花垣县", "province": "湖南省"}),
    ("bare_name", "岢岚脱贫攻坚工作纪实\n" + BODY_COUNTY,
     {"place": "岢岚", "level": "县", "county": "岢岚县", "province": "山西省"}),
    ("bare_name", "【阜平】龙泉关镇：产业扶贫见成效\n" + BODY_TOWN,
     {"place": "龙泉关镇", "level": "乡镇", "county": "阜平县", "province": "河北省"}),
    ("bare_name", "兰考：2019年脱贫攻坚工作综述\n" + BODY_COUNTY,
     {"level": "县", "county": "兰考县", "province": "河南省", "year": 2019}),

    # ------------------------------------------------------------------ 12 autonomous counties, banners, 苏木, 嘎查, 街道, 社区, farms
    ("suffix_kinds", "科尔沁右翼中旗代钦塔拉苏木2019年脱贫攻坚工作总结\n全苏木辖12个嘎查，建档立卡贫困户620户。" + BODY_PLAIN,
     {"place": "代钦塔拉苏木", "level": "乡镇", "county": "科尔沁右翼中旗", "province": "内蒙古自治区", "year": 2019}),
    ("suffix_kinds", "巴彦呼舒镇乌兰嘎查2020年脱贫攻坚工作总结\n全嘎查共有牧户156户，其中建档立卡贫困户32户。" + BODY_PLAIN,
     {"place": "乌兰嘎查", "level": "村", "county": "科尔沁右翼中旗", "year": 2020}),
    ("suffix_kinds", "东乡族自治县唐汪镇2018年脱贫攻坚工作总结\n" + BODY_TOWN,
     {"place": "唐汪镇", "level": "乡镇", "county": "东乡族自治县", "province": "甘肃省", "year": 2018}),
    ("suffix_kinds", "大禹街道2020年脱贫攻坚工作总结\n全街道辖8个社区和6个行政村，建档立卡贫困户312户。" + BODY_PLAIN,
     {"place": "大禹街道", "level": "乡镇", "county": "延川县", "province": "陕西省", "year": 2020}),
    ("suffix_kinds", "东风社区2019年精准扶贫工作总结\n我社区位于兰阳街道中部，全社区共有居民1200户。" + BODY_PLAIN,
     {"place": "东风社区", "level": "村", "county": "兰考县", "year": 2019}),
    ("suffix_kinds", "大通回族土族自治县东峡镇2019年脱贫攻坚工作汇报\n" + BODY_TOWN,
     {"place": "东峡镇", "level": "乡镇", "county": "大通回族土族自治县", "province": "青海省", "year": 2019}),
    ("suffix_kinds", "石柱土家族自治县中益乡脱贫攻坚工作情况汇报\n" + BODY_TOWN_XIANG,
     {"place": "中益乡", "level": "乡镇", "county": "石柱土家族自治县", "province": "重庆市"}),
    ("suffix_kinds", "屏边县新现镇2020年脱贫攻坚工作总结\n" + BODY_TOWN,
     {"place": "新现镇", "level": "乡镇", "county": "屏边苗族自治县", "province": "云南省", "year": 2020}),

    # ------------------------------------------------------------------ 13 a township name in several counties
    ("shared_name", "双龙镇2019年脱贫攻坚工作总结\n" + BODY_TOWN,
     {"place": "双龙镇", "level": "乡镇", "county": None, "year": 2019}),
    ("shared_name", "双龙镇2019年脱贫攻坚工作总结\n2019年，在花垣县委、县政府的坚强领导下，" + BODY_TOWN,
     {"place": "双龙镇", "level": "乡镇", "county": "花垣县", "province": "湖南省", "year": 2019}),
    ("shared_name", "城关镇2020年脱贫攻坚工作总结\n" + BODY_TOWN,
     {"place": "城关镇", "level": "乡镇", "county": None, "year": 2020}),
    ("shared_name", "城关镇脱贫攻坚工作汇报\n城关镇位于大通回族土族自治县中部，" + BODY_TOWN,
     {"place": "城关镇", "level": "乡镇", "county": "大通回族土族自治县", "province": "青海省"}),
    ("shared_name", "长乐乡2018年精准扶贫工作总结\n全乡与吉卫镇、补抽乡相邻，" + BODY_TOWN_XIANG,
     {"place": "长乐乡", "county": "花垣县", "province": "湖南省", "year": 2018}),

    # ------------------------------------------------------------------ 14 villages
    ("village", "红星村2019年脱贫攻坚工作总结\n红星村位于白崖乡东部，" + BODY_VILLAGE,
     {"place": "红星村", "level": "村", "county": "西吉县", "province": "宁夏回族自治区", "year": 2019}),
    ("village", "脱贫攻坚工作总结\n下坪村位于闪石乡西北部，距县城35公里。" + BODY_VILLAGE,
     {"place": "下坪村", "level": "村", "county": "莲花县", "province": "江西省"}),
    ("village", "将台堡镇毛沟村2020年脱贫攻坚工作总结\n" + BODY_VILLAGE,
     {"place": "毛沟村", "level": "村", "county": "西吉县", "year": 2020}),
    ("village", "2018年村脱贫攻坚工作总结\n我村位于三义寨乡南部，全村辖4个自然村。" + BODY_VILLAGE,
     {"level": "村", "county": "兰考县", "year": 2018}),
    ("village", "柏树村精准扶贫工作汇报\n柏树村隶属于大涧乡，" + BODY_VILLAGE,
     {"place": "柏树村", "level": "村", "county": "岢岚县", "province": "山西省"}),

    # ------------------------------------------------------------------ 15 two-level mentions in the text
    ("two_level", "2019年脱贫攻坚工作总结\n2019年，古蔺县椒园镇紧紧围绕脱贫攻坚目标，全镇脱贫218户。" + BODY_TOWN,
     {"place": "椒园镇", "level": "乡镇", "county": "古蔺县", "province": "四川省", "year": 2019}),
    ("two_level", "脱贫攻坚工作汇报\n镇雄县以勒镇党委 镇政府\n" + BODY_TOWN,
     {"place": "以勒镇", "level": "乡镇", "county": "镇雄县", "province": "云南省"}),
    ("two_level", "平江县三市镇脱贫攻坚工作总结\n" + BODY_TOWN,
     {"place": "三市镇", "level": "乡镇", "county": "平江县", "province": "湖南省"}),

    # ------------------------------------------------------------------ 16 traditional script
    ("traditional", "會寧縣丁家溝鎮2019年脫貧攻堅工作總結\n全鎮轄12個行政村，我鎮堅持把脫貧攻堅作為頭等大事。",
     {"place": "丁家溝鎮", "level": "乡镇", "county": "會寧縣", "province": "甘肃省", "year": 2019}),
    ("traditional", "蘭考縣2019年脫貧攻堅工作總結\n全縣共有貧困村115個，我縣堅持穩定脫貧。",
     {"place": "蘭考縣", "level": "县", "county": "蘭考縣", "province": "河南省", "year": 2019}),
    ("traditional", "興國縣均村鄉脫貧攻堅工作彙報\n全鄉轄10個行政村，我鄉堅持精準扶貧。",
     {"place": "均村鄉", "level": "乡镇", "county": "興國縣", "province": "江西省"}),

    # ------------------------------------------------------------------ 17 years: 年度, ranges, half years, quarters
    ("year_forms", "东村乡2019年度脱贫攻坚工作总结\n" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2019}),
    ("year_forms", "东村乡2018—2019年脱贫攻坚工作总结\n" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2019}),
    ("year_forms", "东村乡2019年上半年脱贫攻坚工作总结\n" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2019}),
    ("year_forms", "东村乡2020年前三季度脱贫攻坚工作汇报\n" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2020}),
    ("year_forms", "东村乡脱贫攻坚工作总结\n截至2019年底，全乡累计脱贫1200户4500人，贫困发生率降至0.8%。" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2019}),
    ("year_forms", "东村乡“十三五”脱贫攻坚工作总结\n“十三五”以来，全乡累计脱贫1200户，2020年全乡贫困人口全部脱贫。" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2020}),
    ("year_forms", "东村乡脱贫攻坚工作总结\n" + BODY_TOWN_XIANG + "东村乡人民政府\n二〇一九年十二月二十日",
     {"place": "东村乡", "year": 2019}),
    ("year_forms", "东村乡二〇一八年脱贫攻坚工作总结\n" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2018}),
    ("year_forms", "东村乡2019年1-11月脱贫攻坚工作总结\n" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2019}),
    ("year_forms", "东村乡2017年至2019年脱贫攻坚工作总结\n" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2019}),

    # ------------------------------------------------------------------ 18 only a publication date
    ("only_pub_date", "兴莲乡脱贫攻坚工作总结\n发布时间：2019-12-10 15:32\n今年以来，全乡脱贫92户。" + BODY_TOWN_XIANG,
     {"place": "兴莲乡", "year": 2019}),
    ("only_pub_date", "兴莲乡脱贫攻坚工作总结\n2020年01月06日 10:32 来源：兴国县人民政府\n今年以来，全乡脱贫92户。" + BODY_TOWN_XIANG,
     {"place": "兴莲乡", "county": "兴国县", "year": 2019}),
    ("only_pub_date", "兴莲乡精准扶贫工作汇报\n日期：2018年11月30日\n" + BODY_TOWN_XIANG,
     {"place": "兴莲乡", "year": 2018}),

    # ------------------------------------------------------------------ 19 years only in result statements
    ("result_years", "兴莲乡脱贫攻坚工作总结\n2018年，全乡脱贫56户。2019年，全乡脱贫92户，3个贫困村出列。2019年底，全乡贫困发生率降至0.5%。" + BODY_TOWN_XIANG,
     {"place": "兴莲乡", "year": 2019}),
    ("result_years", "兴莲乡脱贫攻坚工作总结\n2016年以来，全乡累计脱贫620户。2019年全乡脱贫92户，2020年将全面巩固脱贫成果。" + BODY_TOWN_XIANG,
     {"place": "兴莲乡", "year": 2019}),

    # ------------------------------------------------------------------ 20 implausible years
    ("implausible_year", "兴莲乡2023年脱贫攻坚工作总结\n2023年，全乡脱贫攻坚工作取得新成效，全乡脱贫92户。" + BODY_TOWN_XIANG,
     {"place": "兴莲乡", "year": None}),
    ("implausible_year", "2024年度村级精准扶贫工作总结\n2024年，全村脱贫18户。" + BODY_VILLAGE,
     {"level": "村", "year": None}),
    ("implausible_year", "乡镇脱贫攻坚工作总结\n发布时间：2023-05-06\n" + BODY_TOWN,
     {"level": "乡镇", "year": None}),

    # ------------------------------------------------------------------ 21 signatures only
    ("signature", "脱贫攻坚工作总结\n" + BODY_TOWN_XIANG + "中共杰村乡委员会\n杰村乡人民政府\n2019年12月20日",
     {"place": "杰村乡", "level": "乡镇", "county": "兴国县", "year": 2019}),
    ("signature", "精准扶贫工作汇报\n" + BODY_VILLAGE + "中共坪上村支部委员会\n坪上村村民委员会\n2018年11月",
     {"place": "坪上村", "level": "村", "year": 2018}),
    ("signature", "2019年扶贫工作总结\n" + BODY_COUNTY + "\n隆安县扶贫开发领导小组\n2019年12月30日",
     {"place": "隆安县", "level": "县", "county": "隆安县", "province": "广西壮族自治区", "year": 2019}),

    # ------------------------------------------------------------------ 22 reports_as leads
    ("report_lead", "脱贫攻坚工作汇报\n尊敬的各位领导：\n高家会乡现将2019年脱贫攻坚工作汇报如下：\n" + BODY_TOWN_XIANG,
     {"place": "高家会乡", "level": "乡镇", "county": "岢岚县", "year": 2019}),
    ("report_lead", "汇报材料\n根据县委安排，现将塔尔镇2020年脱贫攻坚工作开展情况汇报如下：\n" + BODY_TOWN,
     {"place": "塔尔镇", "level": "乡镇", "county": "大通回族土族自治县", "year": 2020}),
    ("report_lead", "工作汇报\n尊敬的各位领导：首先，我代表阳坪乡党委、政府，对各位领导莅临检查指导表示热烈欢迎！" + BODY_TOWN_XIANG,
     {"place": "阳坪乡", "level": "乡镇", "county": "岢岚县"}),

    # ------------------------------------------------------------------ 23 county level reports
    ("county_report", "镇雄县2019年脱贫攻坚工作总结\n" + BODY_COUNTY,
     {"place": "镇雄县", "level": "县", "county": "镇雄县", "province": "云南省", "year": 2019}),
    ("county_report", "关于兴国县脱贫攻坚工作情况的汇报\n" + BODY_COUNTY,
     {"place": "兴国县", "level": "县", "county": "兴国县", "province": "江西省"}),
    ("county_report", "中共古蔺县委 古蔺县人民政府\n关于2019年脱贫攻坚工作情况的报告\n" + BODY_COUNTY,
     {"place": "古蔺县", "level": "县", "county": "古蔺县", "province": "四川省", "year": 2019}),
    ("county_report", "井冈山市脱贫攻坚工作总结\n全市共有贫困村44个，我市2017年在全国率先脱贫摘帽。",
     {"place": "井冈山市", "level": "县", "county": "井冈山市", "province": "江西省"}),

    # ------------------------------------------------------------------ 24 prefecture level reports
    ("prefecture", "毕节市2019年脱贫攻坚工作总结\n全市共有贫困县10个。我市坚持……全市上下合力攻坚。",
     {"place": "毕节市", "level": "市", "county": None, "province": "贵州省", "year": 2019}),
    ("prefecture", "凉山州2020年脱贫攻坚工作情况汇报\n全州11个深度贫困县全部摘帽。全州上下……",
     {"place": "凉山州", "level": "市", "county": None, "province": "四川省", "year": 2020}),

    # ------------------------------------------------------------------ 25 范文 pages (collections of one)
    ("fanwen", "鸿运范文网\n当前位置：首页 > 工作总结 > 扶贫工作总结\n2019年乡镇脱贫攻坚工作总结\n时间：2021-04-06 作者：佚名\n2019年，我镇在县委县政府的正确领导下，" + BODY_TOWN,
     {"level": "乡镇", "year": 2019}),
    ("fanwen", "精品文档 · 下载后可编辑\n村2018年脱贫攻坚工作总结\n2018年，我村在镇党委政府的领导下，" + BODY_VILLAGE,
     {"level": "村", "year": 2018}),
    ("fanwen", "XX镇2019年精准扶贫工作总结\n2019年，XX镇在县委县政府的坚强领导下，" + BODY_TOWN,
     {"place": None, "level": "乡镇", "year": 2019}),
    ("fanwen", "20XX年乡脱贫攻坚工作总结\n今年以来，我乡……" + BODY_TOWN_XIANG,
     {"place": None, "level": "乡镇", "year": None}),
]

FOOTER = ("\n上一篇：县委书记调研脱贫攻坚工作\n下一篇：全县2023年春耕生产有序推进\n"
          "主办：{county}人民政府办公室  承办：{county}信息中心\n版权所有 © 2016-2023 {county}人民政府\n"
          "地址：{county}人民路12号  电话：0000-1234567\n备案号：ICP备12345678号")
RELATED = "\n相关文章\n{county}召开2023年乡村振兴工作会议 2023-03-02\n{county}开展防返贫监测帮扶集中排查 2022-11-20\n"

CASES += [
    # ------------------------------------------------------------------ 26 site footers and related-article lists at the end
    ("footer", "杰村乡2019年脱贫攻坚工作总结\n" + BODY_TOWN_XIANG + FOOTER.format(county="兴国县"),
     {"place": "杰村乡", "level": "乡镇", "county": "兴国县", "province": "江西省", "year": 2019}),
    ("footer", "脱贫攻坚工作总结\n今年以来，全乡脱贫92户。" + BODY_TOWN_XIANG + "杰村乡人民政府\n2019年12月20日" + FOOTER.format(county="兴国县"),
     {"place": "杰村乡", "level": "乡镇", "county": "兴国县", "year": 2019}),
    ("footer", "杰村乡脱贫攻坚工作总结\n今年以来，全乡脱贫92户，3个贫困村出列。" + BODY_TOWN_XIANG + RELATED.format(county="兴国县"),
     {"place": "杰村乡", "county": "兴国县", "year": None}),
    ("footer", "村脱贫攻坚工作总结\n2019年，我村脱贫18户。" + BODY_VILLAGE + FOOTER.format(county="兴国县"),
     {"level": "村", "year": 2019}),
    ("footer", "镇脱贫攻坚工作总结\n今年以来，我镇扎实推进脱贫攻坚，2018年全镇脱贫236户。" + BODY_TOWN + RELATED.format(county="阜平县"),
     {"level": "乡镇", "year": 2018}),

    # ------------------------------------------------------------------ 27 a site banner (the county government) above a title without a unit
    ("site_banner", "兴国县人民政府\n当前位置：首页 > 乡镇动态\n2019年脱贫攻坚工作总结\n发布时间：2019-12-25\n2019年，我乡在县委县政府的坚强领导下，全乡脱贫92户。" + BODY_TOWN_XIANG,
     {"level": "乡镇", "year": 2019}),
    ("site_banner", "阜平县人民政府网\n首页 > 政务公开 > 乡镇信息\n龙泉关镇2018年脱贫攻坚工作总结\n" + BODY_TOWN,
     {"place": "龙泉关镇", "level": "乡镇", "county": "阜平县", "province": "河北省", "year": 2018}),
    ("site_banner", "西吉县人民政府\n脱贫攻坚工作总结\n来源：白崖乡 发布时间：2020-12-20\n" + BODY_TOWN_XIANG,
     {"place": "白崖乡", "level": "乡镇", "county": "西吉县", "year": 2020}),
    ("site_banner", "中国兰考网\n兰考县2019年脱贫攻坚工作总结\n" + BODY_COUNTY,
     {"place": "兰考县", "level": "县", "county": "兰考县", "province": "河南省", "year": 2019}),

    # ------------------------------------------------------------------ 28 a township report that also speaks of 全县 (rankings, meetings)
    ("county_words_in_town", "古龙冈镇2019年脱贫攻坚工作总结\n2019年，我镇脱贫攻坚工作在全县考核中名列第一，全县脱贫攻坚现场会在我镇召开。"
     "按照全县统一部署，全县第一批产业项目在全镇落地。我镇共脱贫156户。全县排名前列。",
     {"place": "古龙冈镇", "level": "乡镇", "county": "兴国县", "year": 2019}),
    ("county_words_in_town", "脱贫攻坚工作总结\n2019年，古龙冈镇脱贫攻坚工作在全县考核中名列第一，全县脱贫攻坚现场会在我镇召开。"
     "按照全县统一部署，全县第一批产业项目落地。我镇共脱贫156户。全县排名前列。",
     {"place": "古龙冈镇", "level": "乡镇", "county": "兴国县", "year": 2019}),
    ("county_words_in_town", "村2019年脱贫攻坚工作总结\n2019年，我村在全镇脱贫攻坚考核中排名第一，全镇现场会在我村召开，全镇各村前来观摩。全镇第一。",
     {"level": "村", "year": 2019}),
    ("county_words_in_town", "高兴镇精准扶贫工作汇报\n我镇是全县人口第一大镇，全县12个深度贫困村中有3个在我镇。全县考核中我镇连续两年第一。全县上下",
     {"place": "高兴镇", "level": "乡镇", "county": None}),  # 高兴镇 lies in several counties

    # ------------------------------------------------------------------ 29 a headline without a unit; the unit in the first paragraph
    ("headline_lead", "产业扶贫结硕果\n发布时间：2019-10-12 来源：西吉县融媒体中心\n近年来，将台堡镇立足资源禀赋，大力发展马铃薯产业，全镇种植面积达3万亩。我镇",
     {"place": "将台堡镇", "level": "乡镇", "county": "西吉县", "year": 2019}),
    ("headline_lead", "小山村的大变化\n2019-11-05 09:12 来源：平江县融媒体中心\n走进三阳乡石门村，一排排新房整齐排列。全村今年脱贫23户，我村",
     {"place": "石门村", "level": "村", "county": "平江县", "year": 2019}),
    ("headline_lead", "决战决胜 奋力冲刺\n——写在全县脱贫摘帽之际\n2019年，古蔺县坚持以脱贫攻坚统揽全局，全县累计脱贫2.1万户。我县",
     {"place": "古蔺县", "level": "县", "county": "古蔺县", "province": "四川省", "year": 2019}),
    ("headline_lead", "脱贫攻坚进行时\n日前，记者走进高洲乡，看到处处是忙碌的身影。今年，全乡计划脱贫86户。我乡",
     {"place": "高洲乡", "level": "乡镇", "county": "莲花县"}),

    # ------------------------------------------------------------------ 30 the county named as 县委县政府 / county bureau in the first line of a township report
    ("county_first_line", "2020年脱贫攻坚工作总结\n2020年，在平江县委、县政府的坚强领导下，三阳乡党委、政府团结带领全乡干部群众，全乡脱贫356户。" + BODY_TOWN_XIANG,
     {"place": "三阳乡", "level": "乡镇", "county": "平江县", "year": 2020}),
    ("county_first_line", "精准扶贫工作总结\n按照莲花县扶贫和移民办的部署，神泉乡认真开展精准扶贫工作。" + BODY_TOWN_XIANG,
     {"place": "神泉乡", "level": "乡镇", "county": "莲花县"}),
    ("county_first_line", "2019年脱贫攻坚工作汇报\n尊敬的县委督查组各位领导：\n2019年，我乡在县委县政府的坚强领导下，荷塘乡……" + BODY_TOWN_XIANG,
     {"level": "乡镇", "year": 2019}),

    # ------------------------------------------------------------------ 31 titles with a period or a plan
    ("title_period", "东村乡2019年脱贫攻坚工作总结及2020年工作计划\n" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2019}),
    ("title_period", "东村乡脱贫攻坚三年行动（2018-2020年）工作总结\n" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2020}),
    ("title_period", "东村乡2016年以来脱贫攻坚工作情况汇报\n2019年，全乡脱贫92户。" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2019}),
    ("title_period", "东村乡2021年巩固拓展脱贫攻坚成果工作计划\n" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2021}),
    ("title_period", "关于东村乡2020年脱贫攻坚工作总结和2021年工作打算的报告\n" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2020}),
    ("title_period", "东村乡脱贫攻坚工作总结（2019年度）\n" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2019}),

    # ------------------------------------------------------------------ 32 years in the first lines: today, last year, 今年
    ("this_year", "东村乡脱贫攻坚工作总结\n2019年是脱贫攻坚的关键之年。今年以来，全乡脱贫92户。" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2019}),
    ("this_year", "东村乡脱贫攻坚工作总结\n今年以来，全乡脱贫92户，较2018年增加12户。" + BODY_TOWN_XIANG + "东村乡人民政府\n2019年12月5日",
     {"place": "东村乡", "year": 2019}),
    ("this_year", "东村乡脱贫攻坚工作总结\n自2014年开展精准扶贫以来，全乡累计脱贫1200户。2019年全乡脱贫92户，2019年底全乡贫困发生率0.5%。" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2019}),

    # ------------------------------------------------------------------ 33 more signatures: committees, leading groups, offices
    ("signature2", "2019年精准扶贫工作总结\n" + BODY_TOWN + "\n中共椒园镇委员会  椒园镇人民政府\n2019年12月28日",
     {"place": "椒园镇", "level": "乡镇", "county": None, "year": 2019}),  # 椒园镇: 古蔺县 and 宣恩县
    ("signature2", "脱贫攻坚自查报告\n" + BODY_TOWN + "\n以勒镇脱贫攻坚指挥部\n2020年11月",
     {"place": "以勒镇", "level": "乡镇", "county": "镇雄县", "year": 2020}),
    ("signature2", "脱贫攻坚工作情况汇报\n" + BODY_VILLAGE + "\n龙潭村村民委员会\n2018年12月",
     {"place": "龙潭村", "level": "村", "year": 2018}),
    ("signature2", "精准扶贫工作总结\n" + BODY_VILLAGE + "\n驻大坪村工作队\n二〇一九年十二月",
     {"place": "大坪村", "level": "村", "year": 2019}),

    # ------------------------------------------------------------------ 34 a village report naming its township and county first
    ("village_chain", "兴国县均村乡龙潭村2019年脱贫攻坚工作总结\n" + BODY_VILLAGE,
     {"place": "龙潭村", "level": "村", "county": "兴国县", "province": "江西省", "year": 2019}),
    ("village_chain", "江西省兴国县均村乡龙潭村脱贫攻坚工作汇报\n" + BODY_VILLAGE,
     {"place": "龙潭村", "level": "村", "county": "兴国县", "province": "江西省"}),
    ("village_chain", "脱贫攻坚工作总结\n龙潭村隶属兴国县均村乡，全村……" + BODY_VILLAGE,
     {"place": "龙潭村", "level": "村", "county": "兴国县", "province": "江西省"}),
    ("village_chain", "村级脱贫攻坚工作总结\n一、基本情况\n龙潭村是均村乡的一个贫困村，" + BODY_VILLAGE,
     {"place": "龙潭村", "level": "村", "county": "兴国县"}),

    # ------------------------------------------------------------------ 35 township report that lists its villages early
    ("list_early", "脱贫攻坚工作总结\n全乡辖东村、西村、龙潭村等10个行政村，" + BODY_TOWN_XIANG + "\n杰村乡人民政府",
     {"place": "杰村乡", "level": "乡镇"}),
    ("list_early", "2019年脱贫攻坚工作总结\n我镇辖石门村、大坪村、新庄村等12个行政村，2019年全镇脱贫128户。" + BODY_TOWN,
     {"level": "乡镇", "year": 2019}),
]

CASES += [
    # ------------------------------------------------------------------ 36 run-on pages: title and body on one line
    ("run_on", "编号:318826451岢岚县2018年脱贫攻坚工作情况汇报201X/X/X岢岚县2018年脱贫攻坚工作情况汇报县人大常委会主任、副主任、各位委员:受县人民政府委托,现在我向县人大常委会汇报我县脱贫攻坚工作情况。全县共有贫困村116个。",
     {"place": "岢岚县", "level": "县", "county": "岢岚县", "province": "山西省", "year": 2018}),
    ("run_on", "第1页共4页乡镇关于脱贫攻坚工作的报告现在,我代表镇人民政府向大会作妈姑镇脱贫攻坚专项工作报告,请予审议。2019年,全镇紧密围绕脱贫标准,举全镇之力,集全镇之智。",
     {"place": "妈姑镇", "level": "乡镇", "county": "赫章县", "year": 2019}),
    ("run_on", "杰村乡2019年脱贫攻坚工作总结2019年,杰村乡在县委县政府的坚强领导下,全乡脱贫92户,3个贫困村出列,全乡贫困发生率降至0.6%。我乡坚持精准方略。",
     {"place": "杰村乡", "level": "乡镇", "county": "兴国县", "year": 2019}),
    ("run_on", "1、书山有路勤为径,学海无涯苦作舟。某乡扶贫攻坚工作汇报材料 一、基本情况 阳坪乡位于岢岚县西部,辖14个行政村,共2100户,总人口6300人。全乡现有贫困户860户。",
     {"place": "阳坪乡", "level": "乡镇", "county": "岢岚县", "province": "山西省"}),
    ("run_on", "精准扶贫工作总结范文精准扶贫工作总结篇1 2018年,我村在镇党委、政府的正确领导下,全村脱贫12户。我村共有农户326户。",
     {"level": "村", "year": 2018}),

    # ------------------------------------------------------------------ 37 traditional script with pinyin glosses (a converter's output)
    ("pinyin_gloss", "您的位置:新文秘網(wǎng)>>鄉(xiāng)鎮(zhèn)社區(qū)/工作匯報/>>正文\n杰村鄉(xiāng)2019年脫貧攻堅工作情況匯報\n發(fā)表時間:2020/1/10 14:31:34\n全鄉(xiāng)轄10個行政村,我鄉(xiāng)堅持精準扶貧。",
     {"place": "杰村鄉", "level": "乡镇", "county": "兴国县", "province": "江西省", "year": 2019}),  # county not written: standard
    ("pinyin_gloss", "鄉(xiāng)鎮(zhèn)2020年脫貧攻堅工作總結(jié)\n發(fā)表時間:2021/1/20\n全鎮(zhèn)貧困人口全部脫貧,我鎮(zhèn)堅持……",
     {"level": "乡镇", "year": 2020}),
    ("pinyin_gloss", "興國縣(xiàn)2019年脫貧攻堅工作總結(jié)\n全縣(xiàn)共有貧困村130個,我縣(xiàn)堅持穩(wěn)定脫貧。",
     {"place": "興國縣", "level": "县", "county": "興國縣", "province": "江西省", "year": 2019}),

    # ------------------------------------------------------------------ 38 yearbook and chronicle pages
    ("yearbook", "Page 212 - 岢岚年鉴2019\nP. 212\n乡镇概况\n宋家沟镇 2018年,宋家沟镇以易地扶贫搬迁为抓手,全镇脱贫426户1210人,全镇贫困发生率降至0.8%。",
     {"place": "宋家沟镇", "level": "乡镇", "county": "岢岚县", "year": 2018}),
    ("yearbook", "中共兴国县委执政纪要2017\n乡镇工作\n标任务,杰村乡把脱贫退出作为全乡工作的重中之重,举全乡之力,全乡脱贫218户。",
     {"place": "杰村乡", "level": "乡镇", "county": "兴国县", "year": 2017}),
    ("yearbook", "平江年鉴2020 · 乡镇 · 三阳乡\n【脱贫攻坚】2019年,全乡脱贫566户1820人,6个贫困村出列。",
     {"place": "三阳乡", "level": "乡镇", "county": "平江县", "year": 2019}),

    # ------------------------------------------------------------------ 39 notices (通报) from a county or prefecture office
    ("notice", "兴国县扶贫开发领导小组办公室关于2019年第三季度脱贫攻坚工作进展情况的通报\n各乡镇党委、政府,县直各单位:\n按照县委县政府的部署,全县……",
     {"place": "兴国县", "level": "县", "county": "兴国县", "year": 2019}),
    ("notice", "毕节市脱贫攻坚指挥部关于2020年度脱贫攻坚考核结果的通报\n各县(区)脱贫攻坚指挥部:\n2020年,全市……",
     {"place": "毕节市", "level": "市", "county": None, "province": "贵州省", "year": 2020}),
    ("notice", "中共西吉县委办公室 西吉县人民政府办公室关于印发《西吉县2019年脱贫攻坚实施方案》的通知\n各乡镇党委、政府:\n",
     {"place": "西吉县", "level": "县", "county": "西吉县", "year": 2019}),

    # ------------------------------------------------------------------ 40 serial news reports and 采风 pieces
    ("serial_news", "本帖最后由 山水间 于 2016-11-20 10:32 编辑\n精准扶贫奔小康采风活动系列报道之五 杰村乡多措并举推进精准扶贫\n兴国县杰村乡现辖10个行政村,86个村民小组,2.1万人。",
     {"place": "杰村乡", "level": "乡镇", "county": "兴国县", "province": "江西省", "year": 2016}),
    ("serial_news", "脱贫攻坚一线行 | 神泉乡:党建引领促脱贫\n2019-09-12 来源:莲花县融媒体中心\n今年以来,神泉乡坚持党建引领,全乡……",
     {"place": "神泉乡", "level": "乡镇", "county": "莲花县", "year": 2019}),
    ("serial_news", "【决战脱贫攻坚】龙泉关镇:小蘑菇撑起致富伞\n(通讯员 王某)今年以来,阜平县龙泉关镇大力发展食用菌产业,全镇种植食用菌1200棚。",
     {"place": "龙泉关镇", "level": "乡镇", "county": "阜平县", "province": "河北省"}),
    ("serial_news", "陕西网(通讯员 李某)今年以来,延川县认真贯彻脱贫攻坚决策部署,召开全县脱贫攻坚推进大会,全县……",
     {"place": "延川县", "level": "县", "county": "延川县", "province": "陕西省"}),

    # ------------------------------------------------------------------ 41 excerpts that start in the middle (no title)
    ("mid_text", "一是抓实产业扶贫。2019年全县投入产业扶贫资金2.1亿元,带动贫困户1.2万户。二是抓实就业扶贫。全县转移就业3.6万人,我县……古蔺县",
     {"level": "县", "year": 2019}),
    ("mid_text", "(三)住房安全保障。全镇完成危房改造218户,易地扶贫搬迁安置156户。以勒镇党委政府始终把住房安全摆在首位,我镇……",
     {"place": "以勒镇", "level": "乡镇", "county": "镇雄县"}),
    ("mid_text", "标任务,东上乡把脱贫退出作为全乡工作的重中之重,举全乡之力,按照精准要求,认真对标对表,全乡……",
     {"place": "东上乡", "level": "乡镇", "county": "井冈山市", "province": "江西省"}),

    # ------------------------------------------------------------------ 42 范文 collections whose first part is read
    ("fanwen2", "扶贫工作总结范文(精选5篇)\n时间:2022-03-11 10:20:30\n扶贫工作总结篇1\n2019年,我乡在县委、县政府的正确领导下,紧紧围绕脱贫目标,全乡脱贫86户。我乡……",
     {"level": "乡镇", "year": 2019}),
    ("fanwen2", "下面是小编为大家整理的村脱贫攻坚工作总结,供大家参考。\n2020年,我村在镇党委政府的坚强领导下,全村脱贫12户,我村……",
     {"level": "村", "year": 2020}),
    ("fanwen2", "文秘网 > 工作总结 > 扶贫工作总结\nXX乡20XX年精准扶贫工作总结\n20XX年,XX乡在县委县政府的正确领导下,全乡……",
     {"place": None, "level": "乡镇", "year": None}),
    ("fanwen2", "驻村工作队员第三季度工作汇报\n下面是小编为大家整理的驻村工作队员第三季度工作汇报,供大家参考。\n2020年是脱贫攻坚收官之年。在公司的支持下,工作队在大坪村扎实开展帮扶,全村……",
     {"place": "大坪村", "level": "村", "year": 2020}),

    # ------------------------------------------------------------------ 43 a bureau's report (industry unit): its county
    ("bureau", "县交通运输局2019年脱贫攻坚工作总结\n2019年,我局在县委、县政府的正确领导下,全力推进交通扶贫,全县新改建农村公路320公里。",
     {"level": "县", "year": 2019}),
    ("bureau", "古蔺县教育局2020年教育扶贫工作总结\n2020年,我局认真落实教育扶贫政策,全县资助贫困学生2.6万人次。",
     {"place": "古蔺县", "level": "县", "county": "古蔺县", "province": "四川省", "year": 2020}),
    ("bureau", "XXXX年上半年,我局在县委、县政府的正确领导下,较好开展了扶贫和移民工作。现将半年工作总结如下:\n一、上半年工作取得的成效\n",
     {"level": "县", "year": None}),

    # ------------------------------------------------------------------ 44 a prefecture-level city report quoted by news
    ("city_news", "【新华网讯】12月28日,毕节市召开新闻发布会:截至2020年底,毕节市7个贫困县全部脱贫摘帽,全市贫困人口全部清零。",
     {"place": "毕节市", "level": "市", "county": None, "province": "贵州省", "year": 2020}),
    ("city_news", "赣州市脱贫攻坚工作成效明显\n发布时间:2019-01-15  来源:江西新闻网\n摘要:1月10日,省扶贫开发工作成效考评组对赣州市2018年度扶贫开发工作成效进行考评。",
     {"place": "赣州市", "level": "市", "province": "江西省", "year": 2018}),

    # ------------------------------------------------------------------ 45 a township placeholder with the real county in the text
    ("placeholder_county", "XX镇2019年脱贫攻坚工作总结\n2019年,在兴国县委县政府的坚强领导下,XX镇……全镇脱贫120户,我镇……",
     {"place": None, "level": "乡镇", "county": "兴国县", "year": 2019}),
    ("placeholder_county", "某村脱贫攻坚工作汇报\n某村位于花垣县双龙镇东部,全村共有农户326户。我村……",
     {"place": None, "level": "村", "county": "花垣县", "province": "湖南省"}),

    # ------------------------------------------------------------------ 46 a township named in the title without suffix
    ("bare_town", "杰村：产业扶贫结出致富果\n今年以来,兴国县杰村乡坚持产业扶贫,全乡发展脐橙8000亩,我乡……",
     {"place": "杰村乡", "level": "乡镇", "county": "兴国县"}),
    ("bare_town", "宋家沟：易地搬迁群众的幸福新生活\n宋家沟镇位于岢岚县东部,2017年以来全镇搬迁安置1200户。全镇……",
     {"place": "宋家沟镇", "level": "乡镇", "county": "岢岚县", "province": "山西省"}),
]

CASES += [
    # ------------------------------------------------------------------ 47 the county named once, in a document title, a banner or a signature
    ("county_once", "2019年脱贫攻坚工作总结\n按照《岢岚县2019年脱贫攻坚实施方案》的要求,我局扎实开展行业扶贫,全县……",
     {"level": "县", "county": "岢岚县", "province": "山西省", "year": 2019}),
    ("county_once", "XX镇脱贫攻坚工作汇报\n" + BODY_TOWN + "\n" + "(本文来源:兴国县人民政府网)",
     {"place": None, "level": "乡镇", "county": "兴国县"}),
    ("county_once", "2020年上半年扶贫工作总结\n上半年,我局在县委县政府的领导下,全力推进健康扶贫。全县贫困人口住院报销比例达90%。\n西吉县卫生健康局\n2020年7月5日",
     {"level": "县", "county": "西吉县", "province": "宁夏回族自治区", "year": 2020}),
    ("county_once", "脱贫攻坚工作情况汇报\n尊敬的各位领导:\n兰考县位于河南省东部,全县辖16个乡镇(街道)。我县……全县上下",
     {"place": "兰考县", "level": "县", "county": "兰考县", "province": "河南省"}),

    # ------------------------------------------------------------------ 48 a village report naming its county through the township only in the body
    ("village_county", "村2019年脱贫攻坚工作总结\n我村是城南庄镇的一个贫困村,全村辖5个自然村。2019年,全村脱贫32户。我村……",
     {"level": "村", "county": "阜平县", "province": "河北省", "year": 2019}),
    ("village_county", "扶贫工作总结\n今年以来,在吉卫镇党委政府的领导下,我村……全村脱贫18户,全村……",
     {"level": "村", "county": "花垣县", "province": "湖南省"}),

    # ------------------------------------------------------------------ 49 a county report with many townships listed
    ("county_list", "镇雄县2018年脱贫攻坚工作总结\n全县以勒镇、五德镇、母享镇等28个乡镇(街道)全面完成脱贫任务。全县……我县",
     {"place": "镇雄县", "level": "县", "county": "镇雄县", "province": "云南省", "year": 2018}),
    ("county_list", "2018年脱贫攻坚工作总结\n全县28个乡镇中,以勒镇、五德镇、母享镇脱贫任务最重。我县……全县",
     {"level": "县", "county": "镇雄县", "province": "云南省", "year": 2018}),

    # ------------------------------------------------------------------ 50 years: reported year at the end of the title, 年度报告 forms, reports dated next spring
    ("year_more", "关于东村乡脱贫攻坚工作情况的报告(2019年)\n" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2019}),
    ("year_more", "东村乡脱贫攻坚工作总结\n" + BODY_TOWN_XIANG + "\n东村乡人民政府\n2020年1月8日",
     {"place": "东村乡", "year": 2019}),
    ("year_more", "东村乡脱贫攻坚工作总结\n2019年以来,全乡累计脱贫216户。" + BODY_TOWN_XIANG + "\n东村乡人民政府\n2019年12月8日",
     {"place": "东村乡", "year": 2019}),
    ("year_more", "东村乡脱贫攻坚工作总结\n去年以来,全乡脱贫216户,今年计划脱贫80户。" + BODY_TOWN_XIANG + "\n东村乡人民政府\n2019年3月8日",
     {"place": "东村乡", "year": 2018}),
    ("year_more", "东村乡脱贫攻坚工作汇报\n截至目前,全乡已脱贫1200户,剩余贫困人口23户。2018年全乡脱贫320户,2019年全乡脱贫186户。" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2019}),
    ("year_more", "东村乡精准扶贫工作总结\n2014年以来,全乡共识别贫困户1200户。经过五年努力,截至2018年底全乡累计脱贫1100户。" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2018}),
    ("year_more", "2019年度东村乡脱贫攻坚工作总结\n2019年是脱贫攻坚决战之年,2020年是决胜之年。" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2019}),
    ("year_more", "东村乡二〇二〇年脱贫攻坚工作总结暨二〇二一年工作打算\n" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2020}),
]

CASES += [
    # ------------------------------------------------------------------ 51 excerpts: a township's paragraph naming its villages first
    ("excerpt_parts", "(一)农村危房改造工作\n为了让贫困群众住上好房子,我镇召开了全镇危房改造动员会,截止目前,我镇312户贫困户中,96户纳入易地搬迁(石门村37户,大坪村28户,新庄村31户),今年底全部完成。我镇因地制宜,全镇……我镇产业扶贫。全村",
     {"place": None, "level": "乡镇"}),
    ("excerpt_parts", "二、工作开展情况\n我乡组织龙潭村、东村、西村开展产业培训12期。全乡共培训1200人次,我乡……全乡……我乡",
     {"place": None, "level": "乡镇"}),

    # ------------------------------------------------------------------ 52 a verb or time word before an organ of the unit is no name
    ("verb_organ", "一、工作进展\n目前村委会到一组的道路已硬化2.2公里,本村19户农户集中建房。全村……我村",
     {"place": None, "level": "村"}),
    ("verb_organ", "三、主要做法\n明确乡党委书记、乡长为第一责任人,参照乡拟定的标准逐户核查。全乡……我乡",
     {"place": None, "level": "乡镇"}),
    ("verb_organ", "3、村卫生室 拟建村卫生室3间,总投资10万元。全村共有农户272户,我村……",
     {"place": None, "level": "村"}),

    # ------------------------------------------------------------------ 53 a copy site's page date above the report's own date line
    ("copy_date", "发布时间:2023-05-06 10:12  来源:网络  浏览次数:321\n闪石乡精准扶贫工作总结\n作者:乡扶贫办 时间:2017-12-20\n全乡……我乡",
     {"place": "闪石乡", "county": "莲花县", "year": 2017}),
    ("copy_date", "时间:2024-01-30 10:29:32\n村脱贫攻坚工作汇报\n" + BODY_VILLAGE + "\n龙潭村村民委员会\n2019年11月20日",
     {"level": "村", "year": 2019}),
]

CASES += [
    # ------------------------------------------------------------------ 54 other counties named in passing (partners, neighbours, models)
    ("other_county", "杰村乡2019年脱贫攻坚工作总结\n2019年,全乡在兴国县委县政府的领导下,学习借鉴兰考县、岢岚县的经验,组织干部赴兰考县考察学习,与兰考县结对交流。全乡脱贫92户。" + BODY_TOWN_XIANG,
     {"place": "杰村乡", "county": "兴国县", "province": "江西省", "year": 2019}),
    ("other_county", "双龙镇2019年脱贫攻坚工作总结\n全镇与吉卫镇、补抽乡相邻。2019年,浙江省宁波市对口帮扶我镇,宁波市援建项目12个。" + BODY_TOWN,
     {"place": "双龙镇", "county": "花垣县", "province": "湖南省", "year": 2019}),
    ("other_county", "龙潭村2020年脱贫攻坚工作总结\n龙潭村位于均村乡北部,与于都县交界。东西部协作帮扶单位深圳市福田区援建扶贫车间1个,福田区捐赠资金50万元。" + BODY_VILLAGE,
     {"place": "龙潭村", "county": "兴国县", "province": "江西省", "year": 2020}),
    ("other_county", "2019年脱贫攻坚工作总结\n今年以来,我县在市委市政府的坚强领导下,在广东省佛山市南海区的大力帮扶下,全县脱贫1.2万人。\n古蔺县人民政府\n2019年12月30日",
     {"place": "古蔺县", "level": "县", "county": "古蔺县", "province": "四川省", "year": 2019}),

    # ------------------------------------------------------------------ 55 a township report whose county is only in its yearbook or site banner name
    ("banner_county", "兴国年鉴2020\n乡镇概况\n杰村乡\n2019年,全乡脱贫92户,3个贫困村出列。全乡……",
     {"place": "杰村乡", "county": "兴国县", "year": 2019}),
    ("banner_county", "莲花县人民政府网\n神泉乡2019年脱贫攻坚工作总结\n" + BODY_TOWN_XIANG,
     {"place": "神泉乡", "county": "莲花县", "province": "江西省", "year": 2019}),
]

CASES += [
    # ------------------------------------------------------------------ 56 the year reported on against years of comparison and history
    ("year_compare", "东村乡脱贫攻坚工作总结\n今年以来,全乡脱贫92户,比2018年增加12户;农民人均可支配收入9860元,较2018年增长11%;贫困发生率由2018年底的3.2%降至0.6%。全乡2018年脱贫80户。\n东村乡人民政府\n2019年12月20日",
     {"place": "东村乡", "year": 2019}),
    ("year_compare", "东村乡脱贫攻坚工作汇报\n2014年,全乡识别贫困户1200户。2015年脱贫200户,2016年脱贫300户,2017年脱贫320户,2018年脱贫260户。截至2018年底,全乡剩余贫困户120户。" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2018}),
    ("year_compare", "东村乡精准扶贫工作情况汇报\n一、基本情况\n全乡2014年建档立卡贫困户1200户4300人,2014年贫困发生率18.6%。\n二、工作成效\n2017年,全乡脱贫320户1100人。2017年底贫困发生率降至2.1%。" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2017}),
    ("year_compare", "东村乡2019年上半年脱贫攻坚工作总结\n上半年,全乡投入扶贫资金1200万元,比2018年同期增长15%。2018年全乡脱贫80户。下半年,全乡将……" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2019}),
    ("year_compare", "东村乡脱贫攻坚工作总结\n2020年是脱贫攻坚收官之年。全乡剩余贫困人口23户全部脱贫,2014年以来累计脱贫1200户。2019年底全乡贫困发生率0.6%,2019年全乡脱贫186户。" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2020}),
]

CASES += [
    # ------------------------------------------------------------------ 57 autonomous counties called by the ethnic name or a short form without 族
    ("ethnic_short", "东乡县唐汪镇2019年脱贫攻坚工作总结\n" + BODY_TOWN,
     {"place": "唐汪镇", "level": "乡镇", "county": "东乡族自治县", "province": "甘肃省", "year": 2019}),
    ("ethnic_short", "2018年脱贫攻坚工作总结\n2018年,巴里坤县坚持精准扶贫,全县脱贫860户。" + BODY_COUNTY,
     {"level": "县", "county": "巴里坤县", "province": "新疆维吾尔自治区", "year": 2018}),  # as written
]

CASES += [
    # ------------------------------------------------------------------ 58 townships renamed since (撤乡设镇): the gazetteer's 2023 names
    ("renamed_township", "古龙冈乡2017年脱贫攻坚工作总结\n全乡辖12个行政村,我乡坚持精准扶贫,全乡脱贫210户。",
     {"place": "古龙冈乡", "level": "乡镇", "county": "兴国县", "province": "江西省", "year": 2017}),
    ("renamed_township", "宋家沟乡2016年扶贫工作汇报\n全乡……我乡易地搬迁",
     {"place": "宋家沟乡", "level": "乡镇", "county": "岢岚县", "province": "山西省", "year": 2016}),
]

CASES += [
    # ------------------------------------------------------------------ 59 party organs: 中共X委员会 names X
    ("party_organ", "脱贫攻坚工作情况汇报\n" + BODY_VILLAGE + "\n中共龙潭村支部委员会\n2019年12月",
     {"place": "龙潭村", "level": "村", "year": 2019}),
    ("party_organ", "中共唐镇委员会 唐镇人民政府\n关于2019年脱贫攻坚工作情况的报告\n" + BODY_TOWN,
     {"place": "唐镇", "level": "乡镇", "county": "浦东新区", "province": "上海市", "year": 2019}),
    ("party_organ", "关于唐镇2019年脱贫攻坚工作的报告\n" + BODY_TOWN,
     {"place": "唐镇", "level": "乡镇", "county": "浦东新区", "year": 2019}),
]

CASES += [
    # ------------------------------------------------------------------ 60 one-character county names; a county-level city after its prefecture
    ("one_char_county", "岷县2019年脱贫攻坚工作总结\n" + BODY_COUNTY,
     {"place": "岷县", "level": "县", "county": "岷县", "province": "甘肃省", "year": 2019}),
    ("one_char_county", "记者从隰县扶贫办获悉,2018年全县脱贫1.1万人。" + BODY_COUNTY,
     {"place": "隰县", "level": "县", "county": "隰县", "province": "山西省", "year": 2018}),
    ("one_char_county", "中共滑县委员会 滑县人民政府\n关于2019年脱贫攻坚工作情况的报告\n" + BODY_COUNTY,
     {"place": "滑县", "level": "县", "county": "滑县", "province": "河南省", "year": 2019}),
    ("one_char_county", "邢台市威县2019年脱贫攻坚工作总结\n" + BODY_COUNTY,
     {"place": "威县", "level": "县", "county": "威县", "province": "河北省", "year": 2019}),
    ("one_char_county", "现代县城建设与脱贫攻坚工作汇报\n" + BODY_COUNTY,
     {"place": None, "level": "县"}),
    ("county_city", "九江市庐山市2019年脱贫攻坚工作总结\n全市共有贫困村21个,我市坚持精准扶贫,全市脱贫3200人。",
     {"place": "庐山市", "level": "县", "county": "庐山市", "province": "江西省", "year": 2019}),
    ("county_city", "宜春市丰城市2018年精准扶贫工作汇报\n全市……我市……全市",
     {"place": "丰城市", "level": "县", "county": "丰城市", "province": "江西省", "year": 2018}),
]
CASES += [
    ("one_char_county", "岷县红星村2019年脱贫攻坚工作总结\n" + BODY_VILLAGE,
     {"place": "红星村", "level": "村", "county": "岷县", "province": "甘肃省", "year": 2019}),
    ("one_char_county", "XX镇2019年脱贫攻坚工作总结\n2019年,在滑县县委县政府的领导下,全镇脱贫120户,我镇……全镇",
     {"place": None, "level": "乡镇", "county": "滑县", "province": "河南省", "year": 2019}),
    ("one_char_county", "村2019年脱贫攻坚工作总结\n石门村位于甘肃省漳县东部,全村共有农户326户,我村……全村",
     {"place": "石门村", "level": "村", "county": "漳县", "province": "甘肃省", "year": 2019}),
]

CASES += [
    # ------------------------------------------------------------------ 61 a township whose name holds a county's short name (平乐镇, 尼玛镇)
    ("name_holds_short", "平乐镇2019年脱贫攻坚工作总结\n" + BODY_TOWN,
     {"place": "平乐镇", "level": "乡镇", "county": None, "year": 2019}),
    ("name_holds_short", "洛阳市平乐镇2019年脱贫攻坚工作总结\n" + BODY_TOWN,
     {"place": "平乐镇", "level": "乡镇", "county": "孟津区", "province": "河南省", "year": 2019}),
]

CASES += [
    # ------------------------------------------------------------------ 62 pinyin glosses of a converter inside names (長(zhǎng)樂(lè)鄉)
    ("gloss_in_name", "長(zhǎng)樂(lè)鄉(xiāng)2016年精準扶貧工作總結(jié)\n全鄉(xiāng)轄9個行政村,我鄉(xiāng)……平和縣(xiàn)",
     {"place": "長樂鄉", "level": "乡镇", "county": "平和縣", "province": "福建省", "year": 2016}),
    ("gloss_in_name", "興國(guó)縣(xiàn)杰村鄉(xiāng)2019年脫貧攻堅工作總結(jié)\n全鄉(xiāng)轄10個行政村,我鄉(xiāng)……",
     {"place": "杰村鄉", "level": "乡镇", "county": "興國縣", "province": "江西省", "year": 2019}),
]

CASES += [
    # ------------------------------------------------------------------ 63 deadlines (到2020年) are not years reported on
    ("deadline_year", "杰村乡精准扶贫工作总结\n2017年,全乡脱贫120户。到2020年,全乡贫困人口全部脱贫,到2020年实现全面小康。" + BODY_TOWN_XIANG,
     {"place": "杰村乡", "year": 2017}),
    ("deadline_year", "杰村乡精准扶贫工作总结\n" + BODY_TOWN_XIANG + "今年全乡脱贫120户,2017年全乡脱贫98户,2017年底贫困发生率3.1%。到2020年全乡贫困人口全部脱贫,到2020年贫困村全部出列,至2020年实现全面小康。",
     {"place": "杰村乡", "year": 2017}),
    ("deadline_year", "杰村乡脱贫攻坚工作总结\n到2019年底,全乡累计脱贫1200户,贫困发生率降至0.6%。" + BODY_TOWN_XIANG,
     {"place": "杰村乡", "year": 2019}),
]

CASES += [
    # ------------------------------------------------------------------ 64 prefectures called 地区 (和田地区, 阿里地区); 贫困地区 is no unit
    ("diqu", "和田地区2019年脱贫攻坚工作总结\n全地区共有贫困村1130个,我地区坚持精准扶贫……",
     {"place": "和田地区", "level": "市", "county": None, "province": "新疆维吾尔自治区", "year": 2019}),
    ("diqu", "关于阿里地区2020年脱贫攻坚工作情况的汇报\n全地区7个县全部摘帽……",
     {"place": "阿里地区", "level": "市", "province": "西藏自治区", "year": 2020}),
    ("diqu", "2019年脱贫攻坚工作总结\n贫困地区农民收入增长较快,西部地区……全乡脱贫92户,我乡……",
     {"place": None, "level": "乡镇", "year": 2019}),
]

CASES += [
    # ------------------------------------------------------------------ 65 a template's year in the title: no year (the body's years are examples)
    ("placeholder_year", "××镇20××年脱贫攻坚工作总结\n20××年,全镇脱贫120户。2018年全镇脱贫98户。全镇……我镇",
     {"place": None, "level": "乡镇", "year": None}),
    ("placeholder_year", "关于20__年度脱贫攻坚工作的报告\n2017年,全县脱贫1.2万人。全县……我县",
     {"level": "县", "year": None}),
    ("placeholder_year", "201X年村级扶贫工作总结\n2016年,全村脱贫12户。全村……我村",
     {"level": "村", "year": None}),
]

CASES += [
    # ------------------------------------------------------------------ 66 gazetteer names the normaliser rewrites (濛江镇 read as 蒙江镇); a one-character township after its prefecture
    ("normalised_name", "关于濛江镇2019年脱贫攻坚工作的报告\n" + BODY_TOWN,
     {"place": "濛江镇", "level": "乡镇", "county": "藤县", "province": "广西壮族自治区", "year": 2019}),
    ("normalised_name", "铜川市彭镇2019年脱贫攻坚工作总结\n" + BODY_TOWN,
     {"place": "彭镇", "level": "乡镇", "county": "宜君县", "province": "陕西省", "year": 2019}),
]

CASES += [
    # ------------------------------------------------------------------ 67 a five-year plan summed up (十三五): its last year, when no year is given
    ("plan_period", "东村乡“十三五”脱贫攻坚工作总结\n五年来,全乡累计脱贫1200户。" + BODY_TOWN_XIANG,
     {"place": "东村乡", "year": 2020}),
    ("plan_period", "兴国县“十三五”扶贫开发工作总结\n“十三五”期间,全县累计脱贫5.6万人。2019年,全县脱贫1.1万人,2019年底贫困发生率0.4%。" + BODY_COUNTY,
     {"place": "兴国县", "year": 2019}),
]
