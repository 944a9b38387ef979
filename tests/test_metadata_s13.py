"""Report metadata on made-up heads and tails of genres not covered before (issue 12, session 13):
prefecture reports (市/州/盟/地区: place the prefecture, level 市, county null), the year of a plan with a
review section (the year reported on) and of a bare plan, 简报, 述职报告, 自查报告 with a review span and a
整改 plan, half-year summaries, January news about the year before, 今年以来 with a publish date, several
years in one body; the level of county-level 市/区/旗/林区 and of 苏木/嘎查; the place of a 述职, a 帮扶单位's
report, a 驻村第一书记's report, a title naming county, township and village, ethnic townships.  Every text
is written for the test; prefectures, counties and townships are real gazetteer names, villages, people and
figures invented.

One row per case: (class, text, expected); ``expected`` holds only the fields the row checks (None must
come out None); names compare as the scorer does.
"""
from pathlib import Path

import pytest

from fupin_extract import read
from fupin_extract.load.split import split_reports
from fupin_extract.meaning.metadata import describe
from fupin_extract.model import Document
from fupin_extract.normalise import normalise

from test_metadata_classes import assert_head_reads, wrong_fields
from test_metadata_s11 import COUNTY, P, TOWN, VILLAGE, XIANG  # the bodies session 11 wrote

CITY = "全市辖11个县（市、区），建档立卡贫困人口18.5万户72.6万人。我市坚持以脱贫攻坚统揽全局，全市上下尽锐出战。\n"
ZHOU = "全州辖10个县市，建档立卡贫困人口15.2万户58.4万人。我州坚持以脱贫攻坚统揽全局，全州上下尽锐出战。\n"

CASES = [
    # 1. prefecture reports: place the prefecture, level 市, county null even when counties are listed
    ("prefecture_city_lists_counties", "昭通市2019年脱贫攻坚工作总结\n2019年，" + CITY +
     "镇雄县、彝良县、威信县等7个县实现脱贫摘帽，镇雄县减贫人数最多。" + P,
     {"place": "昭通市", "level": "市", "county": None, "province": "云南省", "year": 2019}),
    ("prefecture_city_one_county_named_often", "怀化市脱贫攻坚工作情况汇报\n今年以来，" + CITY +
     "沅陵县脱贫1.2万人，沅陵县贫困发生率降至1.1%，沅陵县退出贫困村32个。" + P + "怀化市扶贫开发办公室\n2019年12月20日",
     {"place": "怀化市", "level": "市", "county": None, "province": "湖南省", "year": 2019}),
    ("prefecture_zhou_full_name", "楚雄彝族自治州2020年脱贫攻坚工作总结\n2020年，" + ZHOU + "武定县、永仁县、大姚县全部脱贫摘帽。" + P,
     {"place": "楚雄彝族自治州", "level": "市", "county": None, "province": "云南省", "year": 2020}),
    ("prefecture_zhou_short_name", "楚雄州2018年扶贫开发工作总结\n2018年，" + ZHOU + "武定县脱贫2.1万人。" + P,
     {"place": "楚雄州", "level": "市", "county": None, "province": "云南省", "year": 2018}),
    ("prefecture_meng", "锡林郭勒盟2019年脱贫攻坚工作总结\n2019年，全盟辖12个旗县市区，我盟坚持精准扶贫，全盟上下齐心。太仆寺旗、正镶白旗脱贫摘帽。" + P,
     {"place": "锡林郭勒盟", "level": "市", "county": None, "province": "内蒙古自治区", "year": 2019}),
    ("prefecture_diqu", "和田地区2019年脱贫攻坚工作总结\n2019年，全地区辖8个县市，我地区坚持以脱贫攻坚统揽全局。墨玉县、皮山县实现脱贫。" + P,
     {"place": "和田地区", "level": "市", "county": None, "province": "新疆维吾尔自治区", "year": 2019}),
    ("prefecture_zhou_ethnic_short", "黔东南州2020年脱贫攻坚工作总结\n2020年，" + ZHOU + "从江县、榕江县等6个县脱贫摘帽。" + P,
     {"place": "黔东南州", "level": "市", "county": None, "province": "贵州省", "year": 2020}),
    ("prefecture_office_signature", "2019年全市脱贫攻坚工作总结\n2019年，" + CITY + "会泽县、宣威市脱贫摘帽。" + P + "曲靖市扶贫开发领导小组办公室\n2019年12月28日",
     {"place": "曲靖市", "level": "市", "county": None, "province": "云南省", "year": 2019}),
    ("unknown_zhou_title_quanzhou", "云岭州2019年脱贫攻坚工作总结\n2019年，" + ZHOU + "青山县、白水县脱贫摘帽。" + P,
     {"place": "云岭州", "level": "市", "county": None, "year": 2019}),
    ("unknown_shi_title_woshi", "青川市2018年扶贫工作总结\n2018年，" + CITY + "东岭县、西岭县脱贫摘帽。" + P,
     {"place": "青川市", "level": "市", "county": None, "year": 2018}),
    # 2. the year of a plan: a review section gives the year reported on; a bare plan keeps its year
    ("review_and_plan_title", "团坝镇2020年工作总结及2021年工作计划\n一、2020年工作总结\n2020年，" + TOWN + P + "二、2021年工作计划\n2021年，我镇将巩固脱贫成果。",
     {"place": "团坝镇", "year": 2020}),
    ("plan_title_review_section", "团坝镇2021年工作计划\n一、2020年工作回顾\n2020年，" + TOWN + P + "二、2021年工作计划\n2021年，我镇将巩固脱贫成果，推进乡村振兴。",
     {"place": "团坝镇", "year": 2020}),
    ("bare_plan_keeps_year", "茶河镇2020年脱贫攻坚工作计划\n为确保2020年全面完成脱贫任务，结合我镇实际，制定本计划。\n一、目标任务\n2020年，全镇实现剩余贫困人口全部脱贫。\n二、主要措施\n（一）发展产业。",
     {"place": "茶河镇", "year": 2020}),
    ("bare_plan_village", "青杠村2019年脱贫攻坚工作计划\n为确保我村2019年整村退出，结合本村实际，制定如下计划。\n一、目标任务\n全村计划脱贫12户45人。",
     {"level": "村", "year": 2019}),
    # 3. year in genres not yet covered
    ("jianbao_issue_date", "扶贫工作简报\n第12期\n大竹县扶贫开发局编  2019年6月5日\n团坝镇召开脱贫攻坚推进会\n6月3日，团坝镇召开脱贫攻坚推进会。" + TOWN,
     {"year": 2019, "date": "2019-06-05"}),
    ("jianbao_cn_date", "脱贫攻坚简报\n（第3期）\n宣汉县扶贫开发局            二〇二〇年三月十日\n茶河镇全力推进扶贫产业发展\n今年以来，茶河镇" + TOWN,
     {"year": 2020}),
    ("shuzhi_person_post", "2019年度述职报告\n团坝镇党委书记  张明华\n2019年，在县委的坚强领导下，我认真履行第一责任人职责。" + TOWN + "下面，我将一年来的工作述职如下。",
     {"place": "团坝镇", "level": "乡镇", "county": "大竹县", "year": 2019}),
    ("shuzhi_year_in_text", "乡镇党委书记抓脱贫攻坚述职报告\n茶河镇党委书记 李强\n各位领导、同志们：\n2018年，我紧紧围绕脱贫攻坚中心工作，" + TOWN + P,
     {"place": "茶河镇", "level": "乡镇", "year": 2018}),
    ("zicha_span_and_plan", "湖塘乡脱贫攻坚自查报告\n根据县脱贫攻坚领导小组要求，我乡对2016—2018年脱贫攻坚工作进行了自查，现将自查情况报告如下。\n一、基本情况\n" +
     XIANG + "二、存在问题\n部分帮扶措施不精准。\n三、整改措施\n2019年，我乡将逐户整改到位。",
     {"place": "湖塘乡", "year": 2018}),
    ("half_year_shangbannian", "乐居镇2019年上半年脱贫攻坚工作总结\n上半年，" + TOWN + P + "下半年，我镇将继续抓好产业扶贫。",
     {"place": "乐居镇", "year": 2019}),
    ("half_year_1_6_months", "东阳乡1-6月扶贫工作总结\n2020年1-6月，" + XIANG + P + "东阳乡人民政府\n2020年7月2日",
     {"place": "东阳乡", "year": 2020}),
    ("january_news_last_year", "宣汉县召开脱贫攻坚总结表彰大会\n发布时间：2020-01-08\n1月8日，宣汉县召开脱贫攻坚总结表彰大会。会议指出，去年全县减贫1.8万人，2019年全县退出贫困村56个。" + COUNTY,
     {"place": "宣汉县", "level": "县", "year": 2019}),
    ("jinnian_yilai_publish_date", "亚卓镇扎实推进脱贫攻坚\n发布日期：2019-09-26\n今年以来，亚卓镇" + TOWN + P,
     {"place": "亚卓镇", "year": 2019}),
    ("site_rewrote_years", "进学街道2023年脱贫攻坚工作总结\n2023年，街道共帮扶困难群众126户。2023年，街道贫困户全部脱贫。" + P,
     {"place": "进学街道", "year": None}),
    ("several_years_latest_result", "门士乡脱贫攻坚工作总结\n2017年，全乡脱贫120户。2018年，全乡脱贫86户。2019年，全乡脱贫52户，贫困村全部退出。" + XIANG + "2020年，我乡将巩固脱贫成果。",
     {"place": "门士乡", "year": 2019}),
    # 4. level of county-level 市/区/旗/林区 and of 苏木/嘎查
    ("county_city_own_report", "宣威市2019年脱贫攻坚工作总结\n2019年，全市辖28个乡镇街道，我市坚持以脱贫攻坚统揽全局。双河乡、宛水街道脱贫出列。" + P,
     {"place": "宣威市", "level": "县", "county": "宣威市", "province": "云南省", "year": 2019}),
    ("county_city_zhou_capital", "凯里市脱贫攻坚工作总结\n2020年，全市建档立卡贫困户全部脱贫，我市坚持精准方略。" + P,
     {"place": "凯里市", "level": "县", "county": "凯里市", "province": "贵州省", "year": 2020}),
    ("banner_qi", "达尔罕茂明安联合旗2019年脱贫攻坚工作总结\n2019年，全旗辖8个苏木镇，我旗坚持精准扶贫。" + P,
     {"place": "达尔罕茂明安联合旗", "level": "县", "county": "达尔罕茂明安联合旗", "province": "内蒙古自治区", "year": 2019}),
    ("forest_district", "神农架林区2019年精准扶贫工作总结\n2019年，全区辖8个乡镇，我区坚持精准扶贫。松柏镇、阳日镇贫困村全部出列。" + P,
     {"place": "神农架林区", "level": "县", "county": "神农架林区", "province": "湖北省", "year": 2019}),
    ("district_own_report", "昭阳区2018年脱贫攻坚工作总结\n2018年，全区辖20个乡镇街道，我区坚持精准扶贫。" + P,
     {"place": "昭阳区", "level": "县", "county": "昭阳区", "province": "云南省", "year": 2018}),
    ("sumu_township", "达尔汗苏木2019年脱贫攻坚工作总结\n2019年，全苏木辖6个嘎查，我苏木坚持精准扶贫。" + P,
     {"place": "达尔汗苏木", "level": "乡镇", "county": "达尔罕茂明安联合旗", "province": "内蒙古自治区", "year": 2019}),
    ("gacha_village", "巴音嘎查2019年脱贫攻坚工作总结\n2019年，全嘎查牧户126户，建档立卡贫困户18户52人。我嘎查坚持党建引领。\n达尔汗苏木巴音嘎查党支部\n2019年12月10日",
     {"place": "巴音嘎查", "level": "村", "county": "达尔罕茂明安联合旗", "year": 2019}),
    # 5. place in genres not yet covered
    ("shuzhi_bureau_head", "2019年度个人述职报告\n大竹县扶贫开发局局长  王建国\n2019年，我在县委、县政府的领导下，带领全局干部" + COUNTY + P,
     {"place": "大竹县", "level": "县", "county": "大竹县", "year": 2019}),
    ("bangfu_unit_village", "大竹县农业农村局帮扶青杠村脱贫攻坚工作总结\n2019年，我局帮扶团坝镇青杠村，" + VILLAGE + P + "大竹县农业农村局\n2019年12月15日",
     {"place": "青杠村", "level": "村", "county": "大竹县", "year": 2019}),
    ("bangfu_company_village", "某公司2020年定点帮扶工作总结\n2020年，公司定点帮扶茶河镇双龙村，" + VILLAGE + P,
     {"place": "双龙村", "level": "村", "county": "宣汉县", "year": 2020}),
    ("first_secretary_report", "驻村第一书记2019年工作总结\n团坝镇青杠村第一书记  刘红\n2019年，我驻青杠村以来，" + VILLAGE + P,
     {"place": "青杠村", "level": "村", "county": "大竹县", "year": 2019}),
    ("first_secretary_title_village", "驻青杠村第一书记述职报告\n2020年，我作为驻村第一书记，" + VILLAGE + P + "团坝镇青杠村驻村工作队\n2020年12月20日",
     {"place": "青杠村", "level": "村", "county": "大竹县", "year": 2020}),
    ("title_county_town_village", "大竹县团坝镇青杠村2019年脱贫攻坚工作总结\n2019年，" + VILLAGE + P,
     {"place": "青杠村", "level": "村", "county": "大竹县", "province": "四川省", "year": 2019}),
    ("title_county_town", "宣汉县茶河镇2018年脱贫攻坚工作总结\n2018年，" + TOWN + P,
     {"place": "茶河镇", "level": "乡镇", "county": "宣汉县", "year": 2018}),
    ("ethnic_township_full", "刘台子满族乡2019年脱贫攻坚工作总结\n2019年，" + XIANG + P,
     {"place": "刘台子满族乡", "level": "乡镇", "county": "兴城市", "province": "辽宁省", "year": 2019}),
    ("ethnic_village", "团结苗族村2019年脱贫攻坚工作总结\n2019年，" + VILLAGE + P + "大竹县团坝镇团结苗族村村民委员会\n2019年12月26日",
     {"place": "团结苗族村", "level": "村", "county": "大竹县", "year": 2019}),
    ("ethnic_township_in_county", "羊安满族乡扶贫工作汇报\n今年以来，" + XIANG + P + "羊安满族乡人民政府\n2018年11月30日",
     {"place": "羊安满族乡", "level": "乡镇", "county": "兴城市", "year": 2018}),
]

# second round: the same classes in other wordings (prefecture signatures and news leads, plans titled 要点,
# 述职 and 自查 without a title year, January news on 去年, quarter and half-year reports, 新区, 苏木 signatures,
# a work team's and a bureau's report on a village, a village secretary's 述职)
CASES += [
    ("prefecture_unnamed_title_zhou_signature", "2019年全州脱贫攻坚工作总结\n2019年，" + ZHOU + "从江县、榕江县脱贫摘帽。" + P + "黔东南州扶贫开发领导小组办公室\n2019年12月20日",
     {"place": "黔东南州", "level": "市", "county": None, "year": 2019}),
    ("prefecture_news_lead", "全市脱贫攻坚取得决定性成效\n记者从昭通市扶贫办获悉，2019年，" + CITY + "镇雄县脱贫12万人。",
     {"place": "昭通市", "level": "市", "county": None, "year": 2019}),
    ("prefecture_meeting_news", "楚雄州召开脱贫攻坚推进会\n发布时间：2020-05-12\n5月11日，楚雄州召开脱贫攻坚推进会，" + ZHOU + "武定县作交流发言。",
     {"place": "楚雄州", "level": "市", "county": None, "year": 2020}),
    ("unknown_zhou_space", "云岭州 2019年脱贫攻坚工作总结\n2019年，" + ZHOU + P,
     {"place": "云岭州", "level": "市", "county": None, "year": 2019}),
    ("prefecture_diqu_ali", "阿里地区2020年脱贫攻坚工作总结\n2020年，全地区辖7个县，我地区坚持精准扶贫。噶尔县、普兰县巩固脱贫成果。" + P,
     {"place": "阿里地区", "level": "市", "county": None, "year": 2020}),
    ("review_and_thinking", "团坝镇2020年工作总结和2021年工作思路\n2020年，" + TOWN + P + "2021年，我镇将推进乡村振兴。",
     {"place": "团坝镇", "year": 2020}),
    ("plan_review_heading_cn", "茶河镇2021年脱贫攻坚成果巩固工作计划\n一、2020年工作完成情况\n2020年，" + TOWN + "二、2021年工作安排\n2021年，全镇将巩固成果。",
     {"place": "茶河镇", "year": 2020}),
    ("plan_yaodian_review", "湖塘乡2021年工作要点\n一、2020年工作回顾\n2020年，" + XIANG + "二、2021年工作要点\n2021年，全乡将推进乡村振兴。",
     {"place": "湖塘乡", "year": 2020}),
    ("plan_bare_heading_no_year", "乐居镇2020年扶贫工作计划\n一、指导思想\n以脱贫攻坚统揽全局。\n二、目标任务\n全镇计划脱贫86户312人。\n三、工作措施\n（一）产业扶贫。",
     {"place": "乐居镇", "year": 2020}),
    ("shuzhi_no_year_title_dated_jan", "述职报告\n亚卓镇镇长  张华\n一年来，我在镇党委的领导下，认真履行职责。2019年，" + TOWN + "\n述职人：张华\n2020年1月8日",
     {"place": "亚卓镇", "year": 2019}),
    ("zicha_about_span_title", "关于2016—2018年脱贫攻坚工作的自查报告\n东阳乡人民政府\n根据要求，我乡对2016年以来的工作进行了自查。" + XIANG + "下一步，我乡将抓好整改。",
     {"place": "东阳乡", "year": 2018}),
    ("zicha_rectify_plan_only", "门士乡脱贫攻坚问题整改自查报告\n2019年，" + XIANG + "一、存在问题\n部分档案资料不规范。\n二、整改措施\n2020年3月底前全部整改到位。",
     {"place": "门士乡", "year": 2019}),
    ("news_jan_qunian_no_year", "宣汉县召开扶贫工作总结会\n发布时间：2020-01-09\n1月8日，宣汉县召开扶贫工作总结会。去年，全县减贫1.8万人，退出贫困村56个。我县坚持精准扶贫，全县上下尽锐出战。",
     {"place": "宣汉县", "year": 2019}),
    ("jinnian_july_date", "茶河镇扎实推进产业扶贫\n2020-07-15  来源：宣汉县扶贫开发局\n今年以来，茶河镇新发展特色产业基地3个。" + TOWN,
     {"place": "茶河镇", "year": 2020}),
    ("site_rewrote_2022", "前河乡2022年脱贫攻坚工作总结\n2022年，" + XIANG + "2022年，全乡贫困户全部脱贫。" + P,
     {"place": "前河乡", "year": None}),
    ("several_years_plan_later_head", "亚卓镇脱贫攻坚工作汇报\n2016年以来，全镇累计脱贫418户。2018年，全镇脱贫120户。2019年，全镇脱贫96户。" + TOWN + "2020年，我镇将确保剩余贫困人口全部脱贫。",
     {"place": "亚卓镇", "year": 2019}),
    ("county_city_lengyuan", "涟源市2019年脱贫攻坚工作总结\n2019年，全市辖20个乡镇街道，我市坚持精准扶贫。" + P,
     {"place": "涟源市", "level": "县", "county": "涟源市", "province": "湖南省", "year": 2019}),
    ("county_city_township_report", "石冲口镇2019年脱贫攻坚工作总结\n2019年，" + TOWN + "新化县扶贫办检查组给予充分肯定。",
     {"place": "石冲口镇", "level": "乡镇", "county": "新化县", "year": 2019}),
    ("new_area", "北戴河新区2019年扶贫工作总结\n2019年，全区建档立卡贫困户全部脱贫，我区坚持精准扶贫。" + P,
     {"place": "北戴河新区", "level": "县", "province": "河北省", "year": 2019}),
    ("county_city_signature_only", "2019年脱贫攻坚工作总结\n2019年，全市辖28个乡镇街道，我市坚持精准扶贫。全市上下尽锐出战。" + P + "宣威市扶贫开发领导小组\n2019年12月25日",
     {"place": "宣威市", "level": "县", "county": "宣威市", "year": 2019}),
    ("gacha_under_sumu_title", "达尔汗苏木巴音嘎查2020年脱贫攻坚工作总结\n2020年，全嘎查牧户126户，我嘎查坚持党建引领。" + P,
     {"place": "巴音嘎查", "level": "村", "county": "达尔罕茂明安联合旗", "year": 2020}),
    ("sumu_signature", "脱贫攻坚工作总结\n2019年，全苏木辖6个嘎查，我苏木坚持精准扶贫，全苏木上下齐心。" + P + "达尔汗苏木人民政府\n2019年12月18日",
     {"place": "达尔汗苏木", "level": "乡镇", "county": "达尔罕茂明安联合旗", "year": 2019}),
    ("bangfu_bureau_title_only", "宣汉县审计局2019年结对帮扶工作总结\n2019年，我局结对帮扶茶河镇双龙村，" + VILLAGE + P,
     {"place": "双龙村", "level": "村", "year": 2019}),
    ("work_team_title", "驻双龙村工作队2019年工作总结\n2019年，工作队" + VILLAGE + P,
     {"place": "双龙村", "level": "村", "year": 2019}),
    ("title_town_village", "茶河镇双龙村2019年脱贫攻坚工作总结\n2019年，" + VILLAGE + P,
     {"place": "双龙村", "level": "村", "county": "宣汉县", "year": 2019}),
    ("ethnic_village_hui", "新华回族村脱贫攻坚工作汇报\n今年以来，" + VILLAGE + P + "茶河镇新华回族村\n2019年11月20日",
     {"place": "新华回族村", "level": "村", "county": "宣汉县", "year": 2019}),
    ("shuzhi_village_secretary", "2019年度村党支部书记述职报告\n茶河镇双龙村党支部书记  王勇\n2019年，我在镇党委的领导下，" + VILLAGE + P,
     {"place": "双龙村", "level": "村", "county": "宣汉县", "year": 2019}),
    ("shuzhi_county_leader", "2019年抓党建促脱贫攻坚述职报告\n中共大竹县委书记  李军\n2019年，" + COUNTY + P,
     {"place": "大竹县", "level": "县", "county": "大竹县", "year": 2019}),
    ("half_year_report_title_jul_date", "茶河镇上半年脱贫攻坚工作总结\n上半年，" + TOWN + P + "茶河镇人民政府\n2020年7月5日",
     {"place": "茶河镇", "year": 2020}),
    ("quarter_report", "团坝镇2020年第一季度扶贫工作总结\n一季度，" + TOWN + P + "团坝镇人民政府\n2020年4月2日",
     {"place": "团坝镇", "year": 2020}),
    ("jianbao_jan_issue_last_year", "扶贫简报\n第1期\n大竹县扶贫开发局  2020年1月10日\n2019年全县脱贫攻坚工作综述\n2019年，" + COUNTY,
     {"year": 2019}),
]

# third round: the year on web-page shapes (Chinese numerals, a bracketed title year, a framing 关键之年, a source line's
# date, a yearbook entry, a signature date and a later page date, 今年以来 dated February, 十三五以来, 年度 before the
# unit, history years, an interview page) and a flattened table of years in the head (its latest year, not its first)
CASES += [
    ("year_cn_numerals_body", "团坝镇脱贫攻坚工作总结\n二〇一九年，" + TOWN + P, {"year": 2019}),
    ("year_title_bracket", "团坝镇脱贫攻坚工作总结（2018年）\n" + TOWN + P, {"year": 2018}),
    ("year_framing_key_year", "茶河镇脱贫攻坚工作汇报\n2019年是脱贫攻坚的关键之年。" + TOWN + "2018年，全镇脱贫120户。", {"year": 2019}),
    ("news_no_title_year_date_bottom", "宣汉县茶河镇：产业扶贫助农增收\n近日，记者走进茶河镇，" + TOWN + "2019年，全镇新建产业基地3个。\n（来源：宣汉县融媒体中心  2019年10月12日）", {"year": 2019}),
    ("yearbook_entry", "【团坝镇】\n2016年，全镇脱贫210户832人，贫困村出列2个。全镇辖12个行政村。" + P, {"place": "团坝镇", "year": 2016}),
    ("two_dates_sign_and_page", "湖塘乡2019年扶贫工作总结\n" + XIANG + P + "湖塘乡人民政府\n2019年12月20日\n发布时间：2020-04-18", {"year": 2019, "date": "2019-12-20"}),
    ("jinnian_page_date_feb", "窈川乡扶贫工作汇报\n发布时间：2020-02-18\n今年以来，" + XIANG + P, {"year": 2019}),
    ("shisanwu_yilai", "门士乡“十三五”以来脱贫攻坚工作总结\n" + XIANG + "截至2020年底，全乡累计脱贫560户。", {"year": 2020}),
    ("jinnian_and_qunian_years", "团坝镇脱贫攻坚推进情况\n2019年，全镇脱贫120户。今年以来，全镇脱贫96户。" + TOWN + "\n团坝镇人民政府\n2020年8月15日", {"year": 2020}),
    ("report_years_range_to", "茶河镇2016年至2020年脱贫攻坚工作总结\n" + TOWN + P, {"year": 2020}),
    ("title_year_then_jiezhi", "乐居镇2019年脱贫攻坚工作总结\n截至2019年11月底，" + TOWN + P, {"year": 2019}),
    ("niandu_word", "2018年度团坝镇扶贫工作总结\n" + TOWN + P, {"year": 2018, "place": "团坝镇"}),
    ("county_news_results_prev_year", "大竹县脱贫攻坚成效显著\n2020-03-05 来源：大竹县人民政府\n2019年，" + COUNTY + "全县减贫1.6万人。", {"year": 2019, "place": "大竹县"}),
    ("county_news_results_date_year", "大竹县扎实推进脱贫攻坚\n2019-09-05 来源：大竹县人民政府\n2019年以来，" + COUNTY + "全县减贫1.6万人。", {"year": 2019}),
    ("village_page_history_years", "青杠村简介\n青杠村位于团坝镇东部，1958年建村，2008年合并。2017年，" + VILLAGE, {"year": 2017}),
    ("plan_years_only_body_2020_title_none", "团坝镇脱贫攻坚工作汇报\n" + TOWN + P + "2020年，我镇将确保全面脱贫。\n团坝镇人民政府\n2019年12月12日", {"year": 2019}),
    ("many_years_latest_less_frequent", "大竹县脱贫攻坚工作情况\n" + COUNTY + "2016年，全县减贫1.2万人，2016年退出贫困村12个。2017年，全县减贫1.1万人，2017年退出贫困村15个，2017年新建产业园3个。2018年，全县减贫0.9万人，贫困县摘帽。" + P, {"year": 2018}),
    ("many_years_yilai", "大竹县精准扶贫纪实\n2014年以来，全县累计减贫5.6万人。2018年，全县减贫1.2万人。" + COUNTY, {"year": 2018}),
    ("years_in_table_rows", "团坝镇脱贫情况\n年份 脱贫户数 脱贫人数\n2016年 120 460\n2017年 96 380\n2018年 85 310\n2019年 40 152\n" + TOWN, {"year": 2019}),
    ("history_then_current", "团坝镇脱贫攻坚工作总结\n团坝镇2014年有建档立卡贫困户630户。经过五年努力，截至2018年底，全镇累计脱贫580户。2018年，全镇脱贫120户。" + TOWN, {"year": 2018}),
    ("title_prev_plan_mixed", "团坝镇关于2019年脱贫攻坚工作情况的报告\n" + TOWN + "2020年，全镇将巩固脱贫成果。2020年计划实施项目8个。2020年力争全面脱贫。", {"year": 2019}),
    ("web_heading_interview", "访谈：大竹县扶贫开发局局长谈脱贫攻坚\n发布时间：2018-11-20\n问：今年全县脱贫攻坚进展如何？\n答：今年以来，全县减贫1.3万人。" + COUNTY, {"year": 2018, "place": "大竹县"}),
]

# fourth round: the place on news pages (本报讯 leads, 走进X村, a village's story, 镇村 and county labels, an author line,
# a prefecture's label, a prefecture's short name labelling a county-level city, a community of a county-level city)
CASES += [
    ("benbao_xun_county", "精准施策啃下硬骨头\n本报讯（记者 张三 通讯员 李四）今年以来，大竹县" + COUNTY, {"place": "大竹县", "level": "县"}),
    ("zoujin_village", "走进双龙村：昔日贫困村 今朝换新颜\n双龙村地处茶河镇西北部，" + VILLAGE, {"place": "双龙村", "level": "村", "county": "宣汉县"}),
    ("village_story", "双龙村的脱贫故事\n" + VILLAGE + P, {"place": "双龙村", "level": "村"}),
    ("town_village_label", "茶河镇双龙村：小木耳撑起致富伞\n" + VILLAGE + P, {"place": "双龙村", "level": "村", "county": "宣汉县"}),
    ("county_label_town", "宣汉县：茶河镇多措并举推进产业扶贫\n" + TOWN + P, {"place": "茶河镇", "level": "乡镇", "county": "宣汉县"}),
    ("jinri_county_office", "近日，大竹县扶贫开发局组织召开全县脱贫攻坚推进会。" + COUNTY + P, {"place": "大竹县", "level": "县"}),
    ("author_line_town", "产业扶贫结硕果\n（通讯员 茶河镇 王五）\n" + TOWN + P, {"place": "茶河镇", "level": "乡镇"}),
    ("zhou_news_colon", "楚雄州：脱贫攻坚取得决定性胜利\n" + ZHOU + P, {"place": "楚雄州", "level": "市", "county": None}),
    ("city_label_county_city", "曲靖：宣威市脱贫攻坚成效明显\n2019年，全市辖28个乡镇街道，我市坚持精准扶贫。" + P, {"place": "宣威市", "level": "县", "county": "宣威市"}),
    ("village_in_county_city", "宛水街道青松社区脱贫攻坚工作总结\n2019年，全社区建档立卡贫困户32户，我社区坚持党建引领。" + P, {"place": "青松社区", "level": "村", "county": "宣威市"}),
]

# fifth round: prefectures without counties (东莞市, 儋州市: the gazetteer lists them as counties too) stay level 市 with
# no county; a township of one keeps it as its county
CASES += [
    ("prefecture_without_counties", "东莞市2019年扶贫开发工作总结\n2019年，全市对口帮扶贫困户全部达标，我市坚持精准施策。" + P,
     {"place": "东莞市", "level": "市", "county": None, "province": "广东省", "year": 2019}),
    ("prefecture_without_counties_hainan", "儋州市2020年脱贫攻坚工作总结\n2020年，" + CITY + P,
     {"place": "儋州市", "level": "市", "county": None, "province": "海南省", "year": 2020}),
    ("township_of_prefecture_without_counties", "虎门镇2019年扶贫工作总结\n2019年，" + TOWN + P,
     {"place": "虎门镇", "level": "乡镇", "county": "东莞市", "province": "广东省", "year": 2019}),
]

# sixth round: a bulletin's masthead names its issuer (the county bureau, not the township its first item is about);
# a county's 自查, a bureau's own report, an office without a name, a township office, a company helping a county,
# a first secretary naming no village
CASES += [
    ("jianbao_issuer_over_items", "扶贫工作简报\n第12期\n大竹县扶贫开发局编  2019年6月5日\n团坝镇召开脱贫攻坚推进会\n6月3日，团坝镇召开脱贫攻坚推进会。" + TOWN +
     "\n庙坝镇开展就业培训\n6月4日，庙坝镇举办就业技能培训班。",
     {"place": "大竹县", "level": "县", "county": "大竹县", "year": 2019}),
    ("jianbao_township_issuer", "脱贫攻坚工作简报\n【第3期】\n团坝镇党政办公室  2019年4月2日\n青杠村发展核桃产业\n今年以来，青杠村" + VILLAGE,
     {"place": "团坝镇", "level": "乡镇", "county": "大竹县", "year": 2019}),
    ("zicha_county", "大竹县2018年脱贫攻坚工作自查报告\n" + COUNTY + P, {"place": "大竹县", "level": "县", "year": 2018}),
    ("bureau_own_report", "大竹县扶贫开发局2019年工作总结\n2019年，我局在县委、县政府的领导下，" + COUNTY + P,
     {"place": "大竹县", "level": "县", "county": "大竹县", "year": 2019}),
    ("bureau_unnamed", "县扶贫办2019年工作总结\n2019年，我办在县委、县政府的坚强领导下，" + COUNTY + P,
     {"place": None, "level": "县", "county": None, "year": 2019}),
    ("township_office", "团坝镇扶贫工作站2019年工作总结\n2019年，我站" + TOWN + P, {"place": "团坝镇", "level": "乡镇", "year": 2019}),
    ("company_helps_county", "某集团公司2019年定点扶贫工作总结\n2019年，公司定点帮扶大竹县，" + COUNTY + P,
     {"place": "大竹县", "level": "县", "year": 2019}),
    ("first_secretary_no_village", "驻村第一书记工作总结\n我于2019年3月被选派到村任第一书记。一年来，" + VILLAGE + P,
     {"place": None, "level": "村"}),
]

# seventh round: reports to a congress (政府工作报告 titled with the session's year, reviewing the year before in its
# first section), and titles whose year the section headings must not move
CASES += [
    ("gov_work_report_dated", "政府工作报告\n——2020年1月8日在大竹县第十七届人民代表大会第五次会议上\n大竹县人民政府县长  张三\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2019年工作回顾\n2019年，" + COUNTY + P + "二、2020年工作安排\n2020年，全县将全面完成脱贫任务。",
     {"date": "2020-01-08", "place": "大竹县", "level": "县", "year": 2019}),
    ("gov_work_report_title_year", "2020年大竹县政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、2019年工作回顾\n2019年，" + COUNTY + P + "二、2020年主要任务\n2020年，全县将全面完成脱贫任务。",
     {"place": "大竹县", "level": "县", "year": 2019}),
    ("township_gov_report", "团坝镇人民政府工作报告\n——2019年12月28日在团坝镇第十八届人民代表大会第四次会议上\n各位代表：\n一、2019年工作回顾\n2019年，" + TOWN + P + "二、2020年工作打算\n2020年，全镇将巩固脱贫成果。",
     {"date": "2019-12-28", "place": "团坝镇", "level": "乡镇", "county": "大竹县", "year": 2019}),
    ("report_to_congress_topic", "关于2019年脱贫攻坚工作情况的报告\n——2019年10月25日在大竹县第十七届人大常委会第二十次会议上\n大竹县扶贫开发局局长 李四\n主任、各位副主任、各位委员：\n" + COUNTY + P,
     {"date": "2019-10-25", "place": "大竹县", "level": "县", "year": 2019}),
    ("range_title_headings_per_year", "团坝镇2016—2020年脱贫攻坚工作总结\n一、2016年脱贫情况\n全镇脱贫120户。\n二、2020年脱贫情况\n全镇脱贫66户。" + TOWN,
     {"place": "团坝镇", "year": 2020}),
    ("summary_then_plan_heading", "团坝镇2019年脱贫攻坚工作总结\n一、2019年工作开展情况\n" + TOWN + "二、2020年工作打算\n2020年，全镇将巩固成果。",
     {"place": "团坝镇", "year": 2019}),
    ("summary_heading_tasks_done", "团坝镇2019年脱贫攻坚工作总结\n一、2018年存在问题整改情况\n全镇整改问题12个。\n二、2019年重点任务完成情况\n" + TOWN,
     {"place": "团坝镇", "year": 2019}),
    ("summary_heading_year_before_no_later", "团坝镇2019年脱贫攻坚工作总结\n一、2018年遗留问题整改情况\n全镇整改问题12个。\n二、2019年主要成效\n" + TOWN,
     {"place": "团坝镇", "year": 2019}),
]

# eighth round: prefecture heads in other shapes (province before it, party and government, an office's 关于…的报告,
# an office's report about one county, a 州's 政府工作报告, a league's short name 锡盟)
CASES += [
    ("province_then_prefecture", "云南省昭通市2019年脱贫攻坚工作总结\n2019年，" + CITY + "镇雄县、彝良县脱贫摘帽。" + P,
     {"place": "昭通市", "level": "市", "county": None, "province": "云南省", "year": 2019}),
    ("party_and_gov_prefecture", "中共昭通市委 昭通市人民政府\n关于2019年脱贫攻坚工作情况的报告\n省委、省政府：\n2019年，" + CITY + "镇雄县脱贫摘帽。" + P,
     {"place": "昭通市", "level": "市", "county": None, "year": 2019}),
    ("prefecture_office_guanyu", "昭通市扶贫开发办公室关于2019年脱贫攻坚工作的报告\n2019年，" + CITY + "彝良县、威信县脱贫摘帽。" + P,
     {"place": "昭通市", "level": "市", "county": None, "year": 2019}),
    ("prefecture_office_about_county", "昭通市扶贫开发办公室关于镇雄县2019年脱贫摘帽情况的报告\n2019年，镇雄县" + COUNTY + P,
     {"place": "镇雄县", "level": "县", "county": "镇雄县", "year": 2019}),
    ("zhou_gov_report", "楚雄彝族自治州人民政府工作报告\n——2020年1月10日在楚雄彝族自治州第十一届人民代表大会第五次会议上\n各位代表：\n一、2019年工作回顾\n2019年，" + ZHOU + "二、2020年主要任务\n2020年，全州将全面完成脱贫任务。",
     {"place": "楚雄彝族自治州", "level": "市", "county": None, "year": 2019}),
    ("meng_short_quanmeng", "锡盟2019年脱贫攻坚工作总结\n2019年，全盟辖12个旗县市区，我盟坚持精准扶贫。" + P,
     {"level": "市", "county": None, "year": 2019}),
]

OPEN = {}


@pytest.mark.parametrize("i", range(len(CASES)), ids=[f"{i}-{c[0]}" for i, c in enumerate(CASES)])
def test_s13_head_metadata(i):
    cls, text, want = CASES[i]
    if cls in OPEN:
        pytest.xfail(OPEN[cls])
    assert_head_reads(cls, text, want)


# --------------------------------------------------------------------------- whole made-up documents (tests/data/s13)
DATA = Path(__file__).parent / "data" / "s13"
DOCS = [
    # a prefecture's (自治州) report naming its counties, signed by the 州 office: place the 州, county null
    ("metadata_prefecture_zhou", {"place": "文山州", "level": "市", "county": None, "province": "云南省",
                                  "date": "2019-12-26", "year": 2019}),
    # a township's 2021 plan on a site page, its first section a review of 2020: the year reported on
    ("metadata_plan_with_review", {"place": "红坪镇", "level": "乡镇", "county": "神农架林区", "province": "湖北省",
                                   "date": "2021-01-10", "year": 2020}),
    # a township party secretary's 述职 of 2019, signed 述职人 and dated January next year
    ("metadata_shuzhi_township", {"place": "希拉穆仁镇", "level": "乡镇", "county": "达尔罕茂明安联合旗",
                                  "province": "内蒙古自治区", "date": "2020-01-06", "year": 2019}),
    # a first secretary's report on his village, the sending bureau named in passing, signed by the work team
    ("metadata_first_secretary_village", {"place": "石门村", "level": "村", "county": "额尔古纳市",
                                          "province": "内蒙古自治区", "date": "2020-12-18", "year": 2020}),
]


@pytest.fixture(scope="module")
def pages():
    corpus = read([DATA / f"{name}.txt" for name, _ in DOCS])
    return {row["doc"]: row for row in corpus.documents.to_dict("records")}


@pytest.mark.parametrize("name,want", DOCS, ids=[n for n, _ in DOCS])
def test_s13_whole_document_metadata(pages, name, want):
    got = pages[name]
    wrong = wrong_fields(got, want)
    assert not wrong, (name, wrong)


# --------------------------------------------------------------------------- the whole documents as one collection file
_PARTS = ("metadata_prefecture_zhou", "metadata_shuzhi_township", "metadata_first_secretary_village")
_PART_WANT = [("文山州", 2019), ("希拉穆仁镇", 2019), ("石门村", 2020)]
COLLECTIONS = [
    # reports under their own titles, a blank line between; parts under 篇N： headings; under 【范文N】 lines
    ("titles_blank_between", "\n\n", False),
    ("pian_n_colon", "篇{n}：", True),
    ("fanwen_bracket_line", "【范文{n}】\n", True),
]


@pytest.mark.parametrize("cls,sep,numbered", COLLECTIONS, ids=[c for c, _, _ in COLLECTIONS])
def test_s13_collection_of_genres_splits(cls, sep, numbered):
    texts = [(DATA / f"{name}.txt").read_text(encoding="utf-8") for name in _PARTS]
    if numbered:
        text = "\n".join(sep.format(n=i + 1) + t for i, t in enumerate(texts))
    else:
        text = sep.join(texts)
    docs = split_reports(Document("c", text))
    assert "".join(d.text for d in docs) == text
    assert [(m["place"], m["year"]) for m in (describe(d, normalise(d.text)) for d in docs)] == _PART_WANT, cls
