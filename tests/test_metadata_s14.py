"""Report metadata under web-page furniture (issue 12, session 14): a page's publication stamp (发布时间,
发布于, a post's ``原创 author account date``), link titles and footers (上一篇, 喜欢此内容的人还喜欢, 相关推荐,
- END -, 阅读 1.2万) name a later year than the report's; they are weaker evidence than the report's own title
and body and never outrank them.  Every text is written for the test; townships and counties are real
gazetteer names, villages, people and figures invented.

One row per case: (class, text, expected); ``expected`` holds only the fields the row checks (None must
come out None); names compare as the scorer does.
"""
import pytest

from test_metadata_classes import assert_head_reads
from test_metadata_s11 import COUNTY, P, TOWN, XIANG  # the bodies session 11 wrote

R2019 = "一、工作成效\n2019年，全镇脱贫126户438人，贫困发生率降至0.6%。2019年新修村道12公里。\n"
R2018_ONCE = "一、基本情况\n截至2018年底，全乡累计脱贫302户1106人，贫困发生率降至0.9%。\n"
PLAN2020 = "三、2020年工作打算\n2020年，全镇将巩固脱贫成果，防止返贫。\n"
NAV = "首页 | 政务公开 | 工作动态\n当前位置：首页 > 政务公开 > 工作总结\n"
FOOT = "\n【打印本页】【关闭窗口】\n上一篇：关于做好2020年度森林防火工作的通知\n下一篇：县政府召开2020年第一次常务会议\n"
WECHAT_FOOT = "\n- END -\n阅读 1.2万\n在看 36\n喜欢此内容的人还喜欢\n2021年全县乡村振兴工作会议召开\n"
ESSAY_FOOT = "\n相关推荐\n· 2021年驻村第一书记述职报告\n· 2021年度乡村振兴工作计划（精选3篇）\n"

CASES = [
    # 1. a portal's stamp in a later year than every year the report states: the report's year
    ("stamp_later_than_body_years", NAV + "发布时间：2020-04-12 09:31  来源：县扶贫办  浏览次数：532\n" +
     "官庄镇脱贫攻坚工作情况\n" + TOWN + R2019 + P + FOOT, {"place": "官庄镇", "year": 2019}),
    # a year the body states once is enough against a stamp (not against a report's own date)
    ("stamp_body_year_once", NAV + "发布时间：2021-03-05 10:20\n兴隆乡扶贫工作开展情况\n" + XIANG + R2018_ONCE + P,
     {"year": 2018}),
    # the footer's link titles (上一篇：关于做好2020年度…) name the stamp's year: no mention of the report's
    ("footer_titles_name_the_stamp_year", "发布时间：2020-06-16\n官庄镇脱贫攻坚工作汇报\n" + TOWN + R2019 + P + FOOT,
     {"year": 2019}),
    # the stamp's year named in the plan section only (三、2020年工作打算): still the report's year
    ("stamp_year_in_plan_section_only", NAV + "发布时间：2020-02-20\n官庄镇2019年脱贫攻坚工作总结\n" + TOWN +
     R2019 + PLAN2020, {"year": 2019}),
    ("stamp_year_in_plan_section_untitled", NAV + "发布时间：2020-07-20 15:02\n官庄镇脱贫攻坚工作总结\n" + TOWN +
     R2019 + PLAN2020, {"year": 2019}),
    # a copy site's stamp above the original page's: the earliest stamp is the page's date
    ("two_stamps_earliest_wins", NAV + "发布时间：2020-08-01 11:05  来源：某某资讯\n作者：县扶贫办 来源：县政府网 时间:2016-05-10\n"
     "今年来，兴隆乡按照精准扶贫要求，扎实推进各项工作。预计今年可实现稳定脱贫186户。\n" + P,
     {"year": 2016}),
    # 今年 with a year the report names in its plans only (正在上报2019年度项目计划): that year, not the stamp's
    ("this_year_with_plan_year_only", "发布时间：2020-06-16\n合阳：第一季度脱贫攻坚工作成效明显\n今年以来，合阳县聚焦"
     "脱贫质量。苏陕协作方面正在上报2019年度项目计划，今年计划实施项目2个。\n" + P, {"year": 2019}),
    # 今年 with a past year's results stated: the years are past, the stamp gives the year (unchanged)
    ("this_year_with_past_results", "发布时间：2020-06-16\n官庄镇脱贫攻坚工作动态\n今年以来，官庄镇巩固脱贫成果。"
     "2019年全镇脱贫126户，2019年完成易地搬迁30户。\n" + P, {"year": 2020}),
    # the stamp in January: the year before is named, the stamp's year not: the named year
    ("stamp_early_month_names_two_years_back", NAV + "发布时间：2019-03-17\n官庄镇脱贫攻坚工作总结\n" + TOWN +
     "一、工作成效\n2017年，全镇脱贫126户438人，2017年新修村道12公里。\n" + P, {"year": 2017}),
    # 2. a WeChat copy: account name, 原创 author account date, counters and the account's other posts below
    ("wechat_post", "乡村振兴观察\n原创 王磊 乡村振兴观察 2020-01-08\n收录于话题 #脱贫攻坚 12个\n\n官庄镇脱贫攻坚工作情况\n" +
     TOWN + R2019 + P + WECHAT_FOOT, {"place": "官庄镇", "year": 2019}),
    ("wechat_post_chinese_date", "三农之声\n原创 李红梅 三农之声 2021年9月3日\n\n兴隆乡扶贫工作开展情况\n" + XIANG +
     R2018_ONCE + P + WECHAT_FOOT, {"year": 2018}),
    # a short post whose lines all fall in the tail: the byline is still a stamp, not a signature date
    ("wechat_short_post", "山乡巨变\n原创 赵小川 山乡巨变 2016-09-18\n本帖最后由 某网友 于 2015-12-24 11:32 编辑\n"
     "官庄镇多措并举扎实做好精准扶贫工作\n官庄镇现辖24个行政村，建档立卡贫困户2046户8478人。\n", {"year": 2015}),
    # 3. an essay site: 发布于 …, 字号 大 中 小, related articles naming a later year
    ("essay_site", "范文网 > 范文大全 > 工作总结\n发布于 2021/3/5 · 作者：陈静 · 字号 大 中 小\n导读：本文是小编为大家整理的扶贫工作总结。\n"
     "官庄镇脱贫攻坚工作总结\n" + TOWN + R2019 + P + "\n本文来源于网络，如有侵权请联系删除。" + ESSAY_FOOT,
     {"place": "官庄镇", "year": 2019}),
    # 4. a portal's info page: a Chinese-date stamp (发布日期：2020年04月12日), links naming later years
    ("portal_chinese_date_stamp", "网站首页 > 乡村振兴 > 工作动态\n信息来源：县融媒体中心　发布日期：2020年04月12日　点击：236\n"
     "官庄镇脱贫攻坚工作情况\n" + TOWN + R2019 + P + "\n相关链接\n上一条：关于2020年度农村危房改造补助资金的公示\n",
     {"place": "官庄镇", "year": 2019}),
    ("bracketed_stamp", "[2021-3-9] 来源：乡村振兴局 作者：刘思远\n分享到：微信 微博 QQ空间\n兴隆乡扶贫工作开展情况\n" + XIANG +
     R2018_ONCE + P, {"year": 2018}),
    # 5. a forum post: 发表于 above, replies dated later below (回复 举报, 沙发 发表于 …): no part of the report
    ("forum_post_replies", "楼主  发表于 2020-6-28 10:22:11 | 只看该作者 | 倒序浏览\n官庄镇脱贫攻坚工作情况汇报\n" + TOWN + R2019 +
     P + "\n回复 举报\n沙发  发表于 2020-6-28 11:27\n学习了，2020年继续努力！\n", {"place": "官庄镇", "year": 2019}),
    # 6. the report on its parent government's site: the banner, the source and the footer name the site's owner
    ("county_portal_banner_township_report", "中共枞阳县委员会 枞阳县人民政府 主办\n当前位置：首页 > 工作动态 > 基层动态\n"
     "[2020-07-07] 来源：枞阳县扶贫开发领导小组办公室\n精准扶贫系列报道之二 官埠桥镇多措并举推进产业扶贫\n官埠桥镇现辖14个行政村，全镇贫困户410户。"
     "该村地处镇区西北，全村现有3个自然村，全村确定贫困户33户。\n", {"place": "官埠桥镇", "level": "乡镇", "county": "枞阳县"}),
    ("county_portal_name_township_report", "枞阳县人民政府门户网站\n首页 | 政务公开 | 乡村振兴\n发布时间：2020-08-12  来源：枞阳县乡村振兴局\n"
     "官埠桥镇产业扶贫见实效\n今年以来，官埠桥镇发展特色种植。该村地处镇区西北，全村现有3个自然村。\n",
     {"place": "官埠桥镇", "level": "乡镇"}),
    ("portal_footer_owner_not_signature", "发布时间：2020-08-12\n" + TOWN + P + "枞阳县人民政府办公室主办  枞阳县大数据中心承办\n",
     {"level": "乡镇"}),
    ("prefecture_account_county_report", "安庆发布\n原创 安庆融媒 安庆发布 2020-09-03\n" + "枞阳县脱贫攻坚工作纪实\n" + COUNTY + P,
     {"place": "枞阳县", "level": "县"}),
    # 7. a hard-wrapped text (a PDF's or an OCR's lines): the last pieces of its paragraph are no signature
    ("wrapped_tail_is_no_signature", "关于易地扶贫搬迁工作的情况汇报\n" + P * 12 + "县移民搬迁工作会议结束后，各乡镇领导高度重视，成立了相应的机\n"
     "构，确定专人办公，实行领导干部包片，一般\n干部包村，村干部包户的工作责任制，扎\n实有效地开展工作。乡镇干部深入青山村、\n"
     "宣传政策、调查摸底，青山村群众积极\n参与，按时完成了搬迁任务\n", {"place": None, "level": None}),
    ("wrapped_tail_zoujiu_ruhu", "关于易地扶贫搬迁工作的情况汇报\n" + P * 12 + "县移民搬迁工作会议结束后，乡镇干部高度重视，采取各种形式，分层\n"
     "次召开会议，扎实有效地开展工作。乡\n镇干部走村入户、宣传政策、调查摸底\n", {"place": None, "level": None}),
    # a signature after the body's last sentence is read as before
    ("signature_after_sentence", "脱贫攻坚工作情况汇报\n" + TOWN + "一、工作成效\n全镇脱贫126户438人。\n" + P * 12 + "官庄镇人民政府\n",
     {"place": "官庄镇", "level": "乡镇"}),
    # the report's own date (a signature) is no stamp: unchanged
    ("signature_date_not_a_stamp", "官庄镇脱贫攻坚工作汇报\n" + TOWN + "截至目前，全镇脱贫126户438人。\n" + P +
     "官庄镇人民政府\n2020年6月10日" + FOOT, {"year": 2020}),
]

OPEN = {}


@pytest.mark.parametrize("i", range(len(CASES)), ids=[f"{i}-{c[0]}" for i, c in enumerate(CASES)])
def test_s14_page_metadata(i):
    cls, text, want = CASES[i]
    if cls in OPEN:
        pytest.xfail(OPEN[cls])
    assert_head_reads(cls, text, want)
