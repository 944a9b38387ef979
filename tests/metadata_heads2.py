"""More made-up report heads (session 9): the kinds of reports (township, village, county, prefecture work
summaries, 汇报, 自查报告, 简报, county-site news, copy sites with page dates and footers) and the year classes
(the year reported on against the year of writing, 截至…年底, result statements, the register's baseline year,
next year's plans, page dates).  Same row form as ``tests/metadata_heads.py``; every text is written for the
test (real gazetteer names, invented villages and figures).
"""

TOWN = "全镇辖12个行政村，建档立卡贫困户860户3120人。我镇坚持把脱贫攻坚作为头等大事，全镇上下齐心协力。\n"
XIANG = "全乡辖9个行政村，建档立卡贫困户540户2100人。我乡坚持把脱贫攻坚作为头等大事，全乡上下齐心协力。\n"
VILLAGE = "全村共有村民小组8个，农户326户1210人，其中建档立卡贫困户58户210人。我村坚持党建引领，全村上下团结一心。\n"
COUNTY = "全县共有贫困村86个，建档立卡贫困人口2.3万户9.6万人。我县坚持以脱贫攻坚统揽经济社会发展全局，全县上下尽锐出战。\n"
PLAN_2021 = "二、2021年工作打算\n2021年，我镇将继续巩固脱贫成果。2021年全镇计划实施产业项目12个，2021年力争农民人均收入增长8%。\n"

CASES = [
    # ------------------------------------------------------------------ 68 the register's year (2014年建档立卡) is no year reported on
    ("baseline_year", "穆店镇脱贫攻坚工作总结\n一、基本情况\n全镇2014年建档立卡贫困户860户3120人，2014年贫困发生率16.2%，2014年识别贫困村5个。\n二、工作成效\n2019年全镇脱贫186户612人。" + TOWN,
     {"place": "穆店镇", "county": "盱眙县", "year": 2019}),
    ("baseline_year", "淹底乡扶贫工作汇报\n全乡2014年建档立卡贫困户860户，2014年识别贫困村5个，2014年贫困人口3120人。截至目前，已脱贫820户。\n淹底乡人民政府\n2019年11月20日",
     {"place": "淹底乡", "county": "洪洞县", "year": 2019}),
    ("baseline_year", "塘蓬镇脱贫攻坚工作汇报\n全镇2014年精准识别建档立卡贫困户860户3120人，2014年底贫困发生率16.2%。2014年识别贫困村5个。\n截至2019年底，全镇已脱贫820户，剩余贫困户40户。" + TOWN,
     {"place": "塘蓬镇", "county": "廉江市", "year": 2019}),
    ("baseline_year", "片角镇脱贫攻坚工作总结\n全镇2014年建档立卡贫困户860户，2014年贫困人口3120人，2014年识别贫困村5个。2018年全镇脱贫320户，2018年3个贫困村出列。" + TOWN,
     {"place": "片角镇", "county": "永胜县", "year": 2018}),
    ("baseline_year", "流川乡2014年精准扶贫工作总结\n2014年，全乡精准识别贫困户540户，2014年全乡脱贫62户。" + XIANG,
     {"place": "流川乡", "year": 2014}),  # the title's year stays, though it is the register's

    # ------------------------------------------------------------------ 69 a report written early next year, with next year's plans
    ("plans_next_year", "脱贫攻坚工作总结\n今年以来，全镇脱贫86户，剩余贫困人口全部清零。" + TOWN + PLAN_2021 + "\n荷岭镇人民政府\n2021年1月15日",
     {"place": "荷岭镇", "level": "乡镇", "county": "高安市", "year": 2020}),
    ("plans_next_year", "宁州镇脱贫攻坚工作总结\n今年以来，全镇脱贫86户。" + TOWN + PLAN_2021 + "\n宁州镇人民政府\n二〇二一年一月八日",
     {"place": "宁州镇", "county": "修水县", "year": 2020}),
    ("plans_next_year", "宁州镇2020年脱贫攻坚工作总结\n" + TOWN + PLAN_2021 + "\n宁州镇人民政府\n2021年1月15日",
     {"place": "宁州镇", "year": 2020}),
    ("plans_next_year", "宁州镇脱贫攻坚工作总结\n2020年是脱贫攻坚收官之年。全镇剩余贫困户全部脱贫。" + TOWN + PLAN_2021,
     {"place": "宁州镇", "year": 2020}),
    ("plans_next_year", "宁州镇脱贫攻坚工作总结\n一、工作成效\n今年全镇剩余贫困人口全部脱贫，2020年全镇实现脱贫86户。" + TOWN + PLAN_2021,
     {"place": "宁州镇", "year": 2020}),

    # ------------------------------------------------------------------ 70 a lead reporting one year and planning the next (现将…2018年…及2019年工作计划)
    ("lead_and_plan", "张村驿镇脱贫攻坚工作汇报\n现将我镇2018年脱贫攻坚工作及2019年工作计划汇报如下：\n" + TOWN + "2019年，全镇计划脱贫120户。2019年将实施产业项目10个。",
     {"place": "张村驿镇", "county": "富县", "year": 2018}),
    ("lead_and_plan", "东秀庄乡脱贫攻坚工作汇报\n特将我乡2019年工作开展情况报告如下。\n" + XIANG + "2020年，全乡力争剩余贫困户全部脱贫。",
     {"place": "东秀庄乡", "county": "五寨县", "year": 2019}),
    ("lead_and_plan", "2019年脱贫攻坚工作总结\n2020年，全乡计划脱贫40户，2020年将完成2个贫困村出列。\n" + XIANG + "\n分水岭乡人民政府\n2019年12月20日",
     {"place": "分水岭乡", "county": "武乡县", "year": 2019}),

    # ------------------------------------------------------------------ 71 the year of writing against the year reported on; 截至…年底; result statements
    ("written_next_year", "脱贫攻坚工作总结\n今年以来，" + TOWN + "\n柯寨镇人民政府\n2021年1月15日",
     {"place": "柯寨镇", "level": "乡镇", "county": "陇西县", "year": 2020}),
    ("written_next_year", "柯寨镇脱贫攻坚工作总结\n2020年，" + TOWN + "\n2021年1月15日",
     {"place": "柯寨镇", "year": 2020}),
    ("written_next_year", "柯寨镇脱贫攻坚工作总结\n今年以来，全镇脱贫186户，较2018年底减少贫困人口612人，贫困发生率由2018年底的3.2%降至0.6%。" + TOWN + "\n柯寨镇人民政府\n2019年12月5日",
     {"place": "柯寨镇", "year": 2019}),
    ("year_end_cue", "臧寨乡脱贫攻坚工作汇报\n" + XIANG + "截至2019年底，全乡累计脱贫820户3010人，贫困发生率降至0.5%。",
     {"place": "臧寨乡", "county": "应县", "year": 2019}),
    ("result_latest", "臧寨乡脱贫攻坚工作总结\n" + XIANG + "2017年全乡脱贫210户，2018年全乡脱贫320户，2019年全乡脱贫186户，3个贫困村出列。",
     {"place": "臧寨乡", "year": 2019}),
    ("result_latest", "臧寨乡脱贫攻坚工作总结\n2016年以来，全乡累计脱贫820户。2016年以来累计投入扶贫资金1.2亿元。2019年，全乡脱贫186户。" + XIANG,
     {"place": "臧寨乡", "year": 2019}),

    # ------------------------------------------------------------------ 72 dates of the site, not the report's
    ("site_dates", "发布时间：2023-10-31 12:03:55\n涪西镇脱贫攻坚工作总结\n今年以来，全镇脱贫86户。2019年全镇3个贫困村出列。" + TOWN,
     {"place": "涪西镇", "county": "射洪市", "year": 2019}),
    ("site_dates", "涪西镇脱贫攻坚工作总结\n2018年，全镇脱贫210户。" + TOWN + "\nCopyright © 2005-2023 www.fanwen.com All Rights Reserved  2023年10月31日",
     {"place": "涪西镇", "year": 2018}),
    ("site_dates", "射洪市人民政府门户网站\n当前位置：首页>乡镇动态>涪西镇\n涪西镇脱贫攻坚工作总结\n发布时间：2023-03-12 09:20:00  浏览次数：563\n2019年，全镇脱贫186户。" + TOWN
     + "\n【打印本页】【关闭窗口】\n上一篇：射洪市召开2023年乡村振兴推进会\n版权所有：射洪市人民政府 2008-2023",
     {"place": "涪西镇", "county": "射洪市", "year": 2019}),
    ("site_dates", "范文网 > 工作总结 > 扶贫工作总结\n涪西镇脱贫攻坚工作总结\n时间：2022-11-06 作者：网友投稿\n2018年，全镇脱贫210户。" + TOWN + "\n相关推荐：\n2023年乡镇乡村振兴工作总结\n2022年村级工作总结",
     {"place": "涪西镇", "year": 2018}),

    # ------------------------------------------------------------------ 73 the head lost: the body and the signature only
    ("head_lost", TOWN + "2019年，全镇脱贫156户512人，3个贫困村出列。\n通滩镇人民政府\n2020年1月10日",
     {"place": "通滩镇", "level": "乡镇", "county": "江阳区", "year": 2019}),
    ("head_lost", "（三）产业扶贫\n全镇发展特色产业1.2万亩，带动贫困户420户。" + TOWN + "通滩镇党委 通滩镇人民政府\n2019年12月",
     {"place": "通滩镇", "level": "乡镇", "year": 2019}),

    # ------------------------------------------------------------------ 74 简报, 自查报告, addressed reports
    ("briefing", "脱贫攻坚工作简报\n第12期\n牡丹镇脱贫攻坚工作站编  2019年6月20日\n" + TOWN,
     {"place": "牡丹镇", "level": "乡镇", "county": "秦州区", "year": 2019}),
    ("briefing", "脱贫攻坚工作简报\n第5期\n康乐县脱贫攻坚指挥部办公室  2019年5月20日\n今年以来，全县各乡镇扎实推进脱贫攻坚。五户乡组织开展产业培训12期。" + COUNTY,
     {"place": "康乐县", "level": "县", "county": "康乐县", "province": "甘肃省", "year": 2019}),
    ("addressed", "东寺头乡关于2019年脱贫攻坚工作的自查报告\n平顺县脱贫攻坚领导小组：\n根据县脱贫攻坚领导小组工作安排，现将我乡2019年脱贫攻坚工作自查情况报告如下。\n" + XIANG,
     {"place": "东寺头乡", "level": "乡镇", "county": "平顺县", "year": 2019}),
    ("addressed", "平顺县扶贫开发领导小组：\n根据县扶贫开发领导小组安排，现将我乡2019年脱贫攻坚工作自查情况报告如下。\n" + XIANG + "东寺头乡人民政府\n2019年12月20日",
     {"place": "东寺头乡", "level": "乡镇", "county": "平顺县", "year": 2019}),

    # ------------------------------------------------------------------ 75 county-site news about a township; a county office on one township
    ("county_site_news", "智新镇：产业扶贫助农增收\n来源：龙井市融媒体中心  发布时间：2019-09-12\n近日，智新镇组织召开产业扶贫推进会。今年以来，全镇发展特色种植1.2万亩，带动贫困户420户增收。",
     {"place": "智新镇", "level": "乡镇", "county": "龙井市", "year": 2019}),
    ("county_site_news", "盱眙县新闻网讯（通讯员 王某）今年以来，穆店镇坚持把产业扶贫作为脱贫攻坚的重要抓手，全镇发展特色产业1.2万亩。",
     {"place": "穆店镇", "level": "乡镇", "county": "盱眙县"}),
    ("office_on_township", "关于库都尔镇2019年脱贫攻坚工作的调研报告\n牙克石市扶贫办\n为全面掌握库都尔镇脱贫攻坚工作情况，市扶贫办对该镇开展专题调研。全镇辖6个行政村，建档立卡贫困户120户。",
     {"place": "库都尔镇", "level": "乡镇", "county": "牙克石市", "year": 2019}),

    # ------------------------------------------------------------------ 76 a village report naming its county and prefecture in passing
    ("village_in_passing", "柳树沟村2019年脱贫攻坚工作总结\n柳树沟村位于藏巴哇镇东部，距卓尼县城30公里，是甘南州确定的深度贫困村。" + VILLAGE,
     {"place": "柳树沟村", "level": "村", "county": "卓尼县", "province": "甘肃省", "year": 2019}),
    ("village_in_passing", "黄土岭村精准扶贫工作汇报\n我村是临汾市洪洞县淹底乡的一个建档立卡贫困村。" + VILLAGE + "2019年，全村脱贫18户。",
     {"place": "黄土岭村", "level": "村", "county": "洪洞县", "year": 2019}),
    ("village_in_passing", "白果村脱贫攻坚工作总结\n白果村是百色市委组织部的定点帮扶村，位于凌云县北部。" + VILLAGE + "2019年，全村脱贫18户。",
     {"place": "白果村", "level": "村", "county": "凌云县", "year": 2019}),
]

CASES += [
    # ------------------------------------------------------------------ 77 a copy site's late page date: no year (the consolidation years only when the report speaks of them, not in its plans)
    ("late_page_date", "发布时间：2023-05-06 10:12  浏览次数：321\n扶贫工作总结\n今年以来，在上级党委政府的领导下，我局扎实开展扶贫和移民工作，全县搬迁安置贫困群众560户。",
     {"level": "县", "year": None}),
    ("late_page_date", "发布时间：2023-05-06 10:12\n脱贫攻坚工作总结\n今年以来，全镇脱贫86户。" + TOWN + "三、下一步工作打算\n（一）巩固拓展脱贫攻坚成果。持续推进产业发展。\n（二）做好有效衔接。",
     {"level": "乡镇", "year": None}),
    ("late_page_date", "发布时间：2023-05-06 10:12\n脱贫攻坚工作总结\n今年以来，全镇脱贫86户。" + TOWN + "下一步，我镇将巩固拓展脱贫攻坚成果，做好与乡村振兴有效衔接。",
     {"level": "乡镇", "year": None}),
    ("late_page_date", "发布时间：2022-12-06 10:12\n巩固拓展脱贫攻坚成果工作总结\n今年以来，全镇巩固拓展脱贫攻坚成果，纳入防返贫监测户12户。" + TOWN,
     {"level": "乡镇", "year": 2022}),
]

CASES += [
    # ------------------------------------------------------------------ 78 years only in the plan section are next year's: no year; a plan in the body is this year's
    ("plan_section_only", "脱贫攻坚工作总结\n今年以来，" + TOWN + "三、下一步工作打算\n2021年，我镇将继续巩固脱贫成果。2021年计划实施项目10个，2021年力争收入增长8%。",
     {"level": "乡镇", "year": None}),
    ("plan_section_only", "第一季度扶贫工作汇报\n今年以来，全镇正在上报2019年度项目计划，已申请资金300万元。" + TOWN + "二、下一步工作计划\n2020年，全镇将继续巩固脱贫成果。",
     {"level": "乡镇", "year": 2019}),
    ("plan_section_only", "发布时间：2022-12-06 10:12\n巩固拓展脱贫攻坚成果工作总结\n一、目标任务完成情况\n今年以来，全镇巩固拓展脱贫攻坚成果，纳入防返贫监测户12户。" + TOWN,
     {"level": "乡镇", "year": 2022}),

    # ------------------------------------------------------------------ 79 works on streets and village roads are no unit (硬化街道1772米)
    ("street_works", "2、村街硬化\n硬化街道1772米，亮化村道3公里，建健身广场1处。全村共有农户272户，我村……全村",
     {"place": None, "level": "村"}),
]

CASES += [
    # ------------------------------------------------------------------ 80 a headline's place label (X市：Y…, 【X县】Y镇…) introduces the unit inside it
    ("headline_label", "安庆市：桐城市脱贫攻坚捷报频传\n全市共有贫困村86个，我市坚持以脱贫攻坚统揽经济社会发展全局，全市上下尽锐出战。",
     {"place": "桐城市", "level": "县", "county": "桐城市", "province": "安徽省"}),
    ("headline_label", "【盱眙县】穆店镇：产业扶贫助农增收\n今年以来，全镇发展特色种植1.2万亩，我镇带动贫困户420户增收。",
     {"place": "穆店镇", "level": "乡镇", "county": "盱眙县", "province": "江苏省"}),
    ("headline_label", "洪洞县丨淹底乡2019年脱贫攻坚工作总结\n" + XIANG,
     {"place": "淹底乡", "level": "乡镇", "county": "洪洞县", "year": 2019}),
    ("headline_label", "洪洞县：全县脱贫攻坚取得决定性成效\n" + COUNTY,
     {"place": "洪洞县", "level": "县", "county": "洪洞县"}),
]

CASES += [
    # ------------------------------------------------------------------ 81 a first line framed by 今年 speaks of the year of writing: its earlier years are past events
    ("this_year_line", "牡丹镇脱贫攻坚工作总结\n今年以来，全镇脱贫86户。11月13日，省考核组对我镇脱贫攻坚工作进行了考核。2018年12月，全镇3个贫困村出列。" + TOWN + "\n牡丹镇人民政府\n2019年12月20日",
     {"place": "牡丹镇", "year": 2019}),
    ("this_year_line", "牡丹镇脱贫攻坚工作总结\n今年以来，全镇脱贫86户，2019年全镇贫困发生率降至0.5%。" + TOWN,
     {"place": "牡丹镇", "year": 2019}),
    # ------------------------------------------------------------------ 82 a short text whose signature date line falls in the head
    ("short_signed", "牡丹镇脱贫攻坚工作总结\n今年以来，" + TOWN + "\n牡丹镇人民政府\n二〇二〇年一月",
     {"place": "牡丹镇", "year": 2019}),
    ("short_signed", "牡丹镇脱贫攻坚工作总结\n今年以来，" + TOWN + "\n牡丹镇人民政府\n2019年12月",
     {"place": "牡丹镇", "year": 2019}),
]

CASES += [
    # ------------------------------------------------------------------ 83 kinds of pages: a forum post, a document-share site, 通报 of a prefecture and a county, a report to the congress, a yearbook page
    ("page_kinds", "本帖最后由 心怀本然 于 2016-11-24 11:32 编辑\n精准扶贫系列报道之三 穆店镇多措并举扎实做好精准扶贫工作\n淮安市盱眙县穆店镇现辖24个行政村，162个村民小组，4.2万人。" + TOWN,
     {"place": "穆店镇", "level": "乡镇", "county": "盱眙县", "province": "江苏省", "year": 2016}),
    ("page_kinds", "2018年度政府脱贫攻坚工作总结(4)\n若水分享\n1147\n2018年淹底乡政府脱贫攻坚工作总结\n今年以来，淹底乡认真贯彻落实《洪洞县2018年脱贫攻坚工作实施方案》，" + XIANG,
     {"place": "淹底乡", "level": "乡镇", "county": "洪洞县", "year": 2018}),
    ("page_kinds", "临汾市扶贫开发领导小组办公室关于2019年度脱贫攻坚考核情况的通报\n各县（市、区）扶贫开发领导小组：\n按照市扶贫开发领导小组的安排，对全市洪洞县等5个县2019年度脱贫攻坚工作进行了考核。全市共有贫困县5个。",
     {"place": "临汾市", "level": "市", "county": None, "province": "山西省", "year": 2019}),
    ("page_kinds", "洪洞县脱贫攻坚指挥部关于2019年第三季度脱贫攻坚工作督查情况的通报\n各乡镇党委、政府，县直各部门：\n为推动全县脱贫攻坚工作，淹底乡等乡镇……全县共有贫困村86个。",
     {"place": "洪洞县", "level": "县", "county": "洪洞县", "year": 2019}),
    ("page_kinds", "第1页共5页关于脱贫攻坚工作的报告现在，我代表片角镇人民政府向大会作片角镇脱贫攻坚专项工作报告，请予审议。\n" + TOWN,
     {"place": "片角镇", "level": "乡镇", "county": "永胜县"}),
    ("page_kinds", "Page 583 - 中共永胜县委执政纪要2016\nP. 583\n\n乡(镇)党委工作\n\n片角镇党委\n2016年，全镇脱贫120户。我镇……全镇",
     {"place": "片角镇", "level": "乡镇", "county": "永胜县", "year": 2016}),
]

CASES += [
    # ------------------------------------------------------------------ 84 an ethnic township written without its designation (油迈乡 for 油迈瑶族乡)
    ("ethnic_township_plain", "油迈乡2019年脱贫攻坚工作总结\n" + XIANG,
     {"place": "油迈乡", "level": "乡镇", "county": "望谟县", "province": "贵州省", "year": 2019}),
    ("ethnic_township_plain", "刘台子乡2019年脱贫攻坚工作总结\n" + XIANG,
     {"place": "刘台子乡", "county": "兴城市", "province": "辽宁省"}),  # not 台子乡 of another county
    ("ethnic_township_plain", "阔克铁热克乡脱贫攻坚工作汇报\n" + XIANG,
     {"place": "阔克铁热克乡", "county": "特克斯县"}),
    ("ethnic_township_plain", "马路乡2019年脱贫攻坚工作总结\n" + XIANG,
     {"place": "马路乡", "county": None}),  # 会泽县's 马路乡 and 金沙县's 马路彝族苗族乡
    ("ethnic_township_plain", "马路乡2019年脱贫攻坚工作总结\n2019年，在金沙县委县政府的领导下，" + XIANG,
     {"place": "马路乡", "county": "金沙县", "province": "贵州省"}),
]
