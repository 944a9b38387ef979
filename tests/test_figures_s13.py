"""Session 13 battery (issue 14): page furniture around a report passage and document furniture.

Web page furniture in the shapes of many sites — government portals, news sites, document-sharing and
essay sites (文库/范文网), WeChat article copies: counters with the number first (12人阅读, 2人已赞, 12条评论,
1.2万次播放), list-page counts (共28条记录, 每页20条), titles of linked articles (上一篇：…, a bullet line
that ends with its date), paywall prices (付费阅读 9.9元), WeChat counts (收录于话题 … 12个), a weather
widget (多云 18℃~26℃), a contact number or a page number whose line ends before a word (客服QQ：123456789\\n本站, Page 12\\n人口); document
furniture: a list marker run into a year (附件：1.2020年…), the phase of a project (1期工程), reform
slogans (最多跑一次); units the list lacked (辆次, 架次, 棚, 卷, 延长米, 平方). Four whole made-up documents
(tests/data/s13/numerals_*.txt: a county portal page, an essay-site page, an OCR'd PDF with page
footers and line-broken numbers, a WeChat article copy), each read by find_figures and end to end.

Every sentence and document is made up for the test in the shape report sentences and web pages take
(never copied from the gold or the corpora).  Each case: class, sentence, the figures it must give as
(text, value, unit[, value_max[, qualifier]]); the qualifier is checked only where given.
`python tests/test_figures_s13.py` prints the errors per class.

Decisions by tests/gold/GUIDELINES.md: site metadata is no figure of the report (at best optional);
a counter of the page (views, likes, comments, downloads, list entries), the page's price and the
titles of other pages linked from it (上一篇/下一篇, related lists) state nothing the report states.
The N篇 of an essay site's title (通用3篇) is optional, as the seen gold marks it; so are ages (65岁以上),
durations (五年来) and rule thresholds (每月入户走访不少于2次).
"""
import sys
from decimal import Decimal
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).resolve().parent))
from figure_rows import assert_document, assert_document_end_to_end, check, report  # noqa: E402

D = Decimal
DATA = Path(__file__).parent / "data" / "s13"

NOT_FIGURES = [
    # counters with the number first (units.yaml counter_words since s14: 人阅读, 人点赞, 条评论 … where the number
    # stands alone in its line segment; the report sentence 文章被12万人阅读 keeps its figure, tests/test_figures_s14.py)
    ("counter", "12人阅读"),
    ("counter", "1.2万人阅读 56人收藏"),
    ("counter", "3人已赞"),
    ("counter", "已有 48 人点赞"),
    ("counter", "26条评论"),
    ("counter", "原创 2021-03-06 568人浏览 | 15人点赞"),
    ("counter", "4.6分（28人评价）"),
    ("counter", "8个回答"),
    ("counter", "2.3万次播放"),
    ("counter", "播放 3.6万次"),
    ("counter", "网友评论 7 条"),
    ("counter", "9人赞赏"),
    ("counter", "已下载 86 次"),
    ("counter", "热度：356 ℃"),
    ("counter", "人气：1 023"),
    # a forum post's profile fields
    ("counter", "在线时间 86 小时"),
    ("counter", "金钱 320 元"),
    # list pages
    ("listing", "共46条记录"),
    ("listing", "共有215条信息 每页15条"),
    ("listing", "显示1-15条"),
    ("listing", "共 78 条相关结果"),
    # titles of other pages linked from this one
    ("linked", "上一篇：我县新增5个省级示范村"),
    ("linked", "下一篇：全县2.6万人实现稳定就业\n"),
    ("linked", "上一条：红岩镇发放补贴36万元"),
    ("linked", "· 石门乡新建蔬菜大棚20座 03-12"),
    ("linked", "• 全县脱贫1.2万户 [2020-12-28]"),
    ("linked", "◆ 我县投入资金5000万元 2021-01-05\n正文"),
    ("linked", "相关新闻：\n· 我县5个乡镇入选省级示范\n全县农村居民收入增长8.6%\n"),
    ("linked", "热门文章\n1. 全县脱贫2.3万户\n2. 我镇新建扶贫车间6个\n"),
    ("linked", "往期推荐\n石门乡发放补贴36万元\n"),
    # the page's price
    ("paywall", "以下内容需付费3元查看"),
    ("paywall", "付费阅读 6.6元"),
    ("paywall", "VIP会员 38元/年"),
    ("paywall", "开通会员 仅需2元"),
    ("paywall", "本文售价：5元"),
    ("paywall", "下载本文需要2元"),
    ("paywall", "打赏 10元"),
    # WeChat article copies
    ("wechat", "收录于话题 #乡村振兴 28个"),
    ("wechat", "收录于合集 #脱贫攻坚 9个"),
    ("wechat", "36篇原创内容"),
    # a portal's weather widget
    ("weather", "青石 晴 6℃~15℃"),
    ("weather", "多云转小雨 12~20℃"),
    ("weather", "小雪 -3℃/2℃"),
    # a contact number at a line's end: the next line's word is no unit
    ("contact", "客服QQ：987654321\n本站部分内容来自网络"),
    ("contact", "传真：6321001\n个人信息保护声明"),
    # a page number alone on its line: the next page's first word is no unit of it
    ("page_number", "全面完成脱贫任务。\n12\n人均纯收入达到"),
    ("page_number", "Page 583\n人口结构"),
    ("page_number", "P. 12\n人居环境整治"),
    ("page_number", "    - 7 -\n户籍人口"),
    # a page's pictures and attachments, a visit statistic
    ("counter", "共12张图片"),
    ("counter", "图集（8张）"),
    ("counter", "相关附件：3个"),
    ("counter", "访问统计：1234567次"),
    # a list marker run into the year after it
    ("list_year", "附件：1.2020年贫困户名单"),
    ("list_year", "2.2019年度考核结果通报"),
    # the phase of a project, reform slogans
    ("phase", "实施1期工程"),
    ("phase", "2期项目已开工"),
    ("slogan", "推行最多跑一次改革"),
    ("slogan", "政务服务一次办好"),
]

FIGURES = [
    # a comparative 多 between two figures (比…X元多Y元) qualifies neither; 多 after a unit alone is at least
    ("comparative", "人均纯收入达到4800元，比上年的4200元多600元", [("4800元", 4800, "元"), ("4200元", 4200, "元", None, "exact"),
                                                         ("600元", 600, "元", None, "exact")]),
    ("comparative", "脱贫户比去年的86户多12户", [("86户", 86, "户", None, "exact"), ("12户", 12, "户")]),
    ("comparative", "较调整前的3.5万元多1.2万元", [("3.5万元", 35000, "元", None, "exact"), ("1.2万元", 12000, "元")]),
    ("comparative", "比上年的二百户多三十户", [("二百户", 200, "户", None, "exact"), ("三十户", 30, "户")]),
    ("comparative", "每户补助2000元多，惠及农户", [("2000元", 2000, "元", None, "at_least")]),
    ("comparative", "共投入资金50万元多。", [("50万元", 500000, "元", None, "at_least")]),
    # counts in a sentence stay: a predicate or a clause mark follows the counter word
    ("counter", "组织300人参与培训", [("300人", 300, "人")]),
    ("counter", "引进3个赞助商", [("3个", 3, "个")]),
    ("counter", "扶贫公众号文章阅读12万次", [("12万次", 120000, "次")]),
    ("counter", "共有300人参与。", [("300人", 300, "人")]),
    ("counter", "收集意见建议50条", [("50条", 50, "条")]),
    ("counter", "点击量达12万次", [("12万次", 120000, "次")]),
    ("listing", "共修建道路5条", [("5条", 5, "条")]),
    ("listing", "共有126条道路完成硬化", [("126条", 126, "条")]),
    ("linked", "上一年度脱贫120户", [("120户", 120, "户")]),
    ("linked", "· 新建道路5公里", [("5公里", 5, "公里")]),
    ("linked", "● 全村脱贫120户，贫困发生率降至0.5%", [("120户", 120, "户"), ("0.5%", D("0.5"), "%")]),
    ("linked", "相关新闻：\n· 我县5个乡镇入选\n\n全年脱贫120户", [("120户", 120, "户")]),
    ("linked", "推荐阅读全县脱贫120户的经验", [("120户", 120, "户")]),
    ("paywall", "黄桃售价每斤5元", [("5元", 5, "元")]),
    ("paywall", "合作社会员入股资金5000元", [("5000元", 5000, "元")]),
    ("paywall", "下载安装APP的群众每人奖励10元", [("10元", 10, "元")]),
    ("wechat", "发布原创稿件12篇", [("12篇", 12, "篇")]),
    ("weather", "年平均气温11—12.2℃", [("11—12.2℃", 11, "℃", D("12.2"))]),
    ("contact", "投入资金：1 250\n万元", [("1 250\n万元", 12500000, "元")]),
    ("contact", "贫困户：36\n户", [("36\n户", 36, "户")]),
    ("page_number", "新增贫困人口13\n人，脱贫", [("13\n人", 13, "人")]),
    ("page_number", "全县完成投资10\n8亿元", [("10\n8亿元", 10800000000, "元")]),
    ("counter", "制作宣传图片500张", [("500张", 500, "张")]),
    ("list_year", "增长1.2倍", [("1.2倍", D("1.2"), "倍")]),
    ("phase", "举办培训班8期", [("8期", 8, "期")]),
    ("phase", "开展培训8期，项目覆盖120户", [("8期", 8, "期"), ("120户", 120, "户")]),
    ("slogan", "每月走访一次", [("一次", 1, "次")]),
    # units the list lacked
    ("unit", "出动车辆120辆次", [("120辆次", 120, "辆次")]),
    ("unit", "无人机植保作业30架次", [("30架次", 30, "架次")]),
    ("unit", "建设大棚120棚", [("120棚", 120, "棚")]),
    ("unit", "发放地膜3000卷", [("3000卷", 3000, "卷")]),
    ("unit", "修建排洪沟800延长米", [("800延长米", 800, "米")]),
    ("unit", "人均住房面积25平方", [("25平方", 25, "平方米")]),
    ("unit", "土地面积76.4平方公里", [("76.4平方公里", D("76.4"), "平方公里")]),
    ("unit", "养殖蛋鸡3万羽", [("3万羽", 30000, "只")]),
    ("unit", "修建水渠1200延米", [("1200延米", 1200, "米")]),
    ("unit", "建设厂房3000㎡", [("3000㎡", 3000, "平方米")]),
    ("unit", "修建蓄水池50m³", [("50m³", 50, "立方米")]),
    ("unit", "装机容量300KW", [("300KW", 300, "kW")]),
    ("unit", "安装路灯120盏", [("120盏", 120, "盏")]),
    ("unit", "打井5眼、修建山塘3口", [("5眼", 5, "眼"), ("3口", 3, "口")]),
    ("unit", "一棚一策", []),
]

DOCUMENTS = {
    'numerals_portal.txt': [
        ('12个', 12, '个'),
        ('1个', 1, '个'),
        ('8 526户', 8526, '户'),
        ('31 240人', 31240, '人'),
        ('1 132户', 1132, '户'),
        ('4 356人', 4356, '人'),
        ('5个', 5, '个'),
        ('1 128户', 1128, '户'),
        ('4 347人', 4347, '人'),
        ('14.2%', D("14.2"), '%'),
        ('0.03%', D("0.03"), '%'),
        ('2.6万亩', 26000, '亩'),
        ('1.2万亩', 12000, '亩'),
        ('86座', 86, '座'),
        ('1.5万头', 15000, '头'),
        ('320头', 320, '头'),
        ('5万羽', 50000, '只'),
        ('1 260万元', 12600000, '元'),
        ('1 045户', 1045, '户'),
        ('3 200元', 3200, '元'),
        ('32期', 32, '期'),
        ('1 860人次', 1860, '人次'),
        ('210个', 210, '个'),
        ('6个', 6, '个'),
        ('312人', 312, '人'),
        ('46.5公里', D("46.5"), '公里'),
        ('8 600延米', 8600, '米'),
        ('25口', 25, '口'),
        ('420盏', 420, '盏'),
        ('18公里', 18, '公里'),
        ('14处', 14, '处'),
        ('1.3万人', 13000, '人'),
        ('312户', 312, '户'),
        ('756人', 756, '人'),
        ('486.2万元', 4862000, '元'),
        ('86人', 86, '人'),
        ('12.4万元', 124000, '元'),
        ('5个', 5, '个'),
        ('10万元', 100000, '元', None, 'at_most'),
        ('15万元', 150000, '元', None, 'at_least'),
    ],
    'numerals_wenku.txt': [
        ('8公里', 8, '公里'),
        ('7个', 7, '个'),
        ('426户', 426, '户'),
        ('1 580人', 1580, '人'),
        ('2 360亩', 2360, '亩'),
        ('1.1万亩', 11000, '亩'),
        ('68户', 68, '户'),
        ('256人', 256, '人'),
        ('21户', 21, '户'),
        ('52人', 52, '人'),
        ('6户', 6, '户'),
        ('6人', 6, '人'),
        ('68户', 68, '户'),
        ('32人', 32, '人'),
        ('816户次', 816, '户次'),
        ('380亩', 380, '亩'),
        ('260亩', 260, '亩'),
        ('1 200只', 1200, '只'),
        ('8 000只', 8000, '只'),
        ('3家', 3, '家'),
        ('52户', 52, '户'),
        ('1 200元', 1200, '元'),
        ('6.8公里', D("6.8"), '公里'),
        ('2座', 2, '座'),
        ('3口', 3, '口'),
        ('86盏', 86, '盏'),
        ('23户', 23, '户'),
        ('180座', 180, '座'),
        ('100%', 100, '%'),
        ('256人', 256, '人'),
        ('41人', 41, '人'),
        ('9.6万元', 96000, '元'),
        ('68户', 68, '户'),
        ('256人', 256, '人'),
        ('2 860元', 2860, '元'),
        ('11 450元', 11450, '元'),
        ('12.5万元', 125000, '元'),
    ],
    'numerals_pdf.txt': [
        ('2 136户', 2136, '户'),
        ('6 873人', 6873, '人'),
        ('23个', 23, '个'),
        ('18 562户', 18562, '户'),
        ('67 341\n人', 67341, '人'),
        ('18 562户', 18562, '户'),
        ('67 341人', 67341, '人'),
        ('16.8%', D("16.8"), '%'),
        ('2 135元', 2135, '元'),
        ('10 862元', 10862, '元'),
        ('31.1%', D("31.1"), '%'),
        ('1 286.5公\n里', D("1286.5"), '公里'),
        ('326处', 326, '处'),
        ('8 653户', 8653, '户'),
        ('64所', 64, '所'),
        ('112个', 112, '个'),
        ('4.86亿元', 486000000, '元'),
        ('15.2万亩', 152000, '亩'),
        ('8.6万亩', 86000, '亩'),
        ('3.2万亩', 32000, '亩'),
        ('58个', 58, '个'),
        ('1 236家', 1236, '家'),
        ('1.5万户', 15000, '户'),
        ('286期', 286, '期'),
        ('2.3万人次', 23000, '人次'),
        ('3.1万人', 31000, '人'),
        ('4 260个', 4260, '个'),
        ('8 652户', 8652, '户'),
        ('2.1万人', 21000, '人'),
        ('3 126人', 3126, '人'),
        ('2.36亿元', 236000000, '元'),
        ('236户', 236, '户'),
        ('812人', 812, '人'),
        ('3.5亿元', 350000000, '元'),
        ('186个', 186, '个'),
    ],
    'numerals_wechat.txt': [
        ('120平方米', 120, '平方米'),
        ('9个', 9, '个'),
        ('3 268户', 3268, '户'),
        ('12 536人', 12536, '人'),
        ('632户', 632, '户'),
        ('2 415人', 2415, '人'),
        ('19.3%', D("19.3"), '%'),
        ('3 600亩', 3600, '亩'),
        ('1 200亩', 1200, '亩'),
        ('5个', 5, '个'),
        ('8 500头', 8500, '头'),
        ('2 600只', 2600, '只'),
        ('86户', 86, '户'),
        ('26.8万元', 268000, '元'),
        ('3 116元', 3116, '元'),
        ('3个', 3, '个'),
        ('168人', 168, '人'),
        ('92人', 92, '人'),
        ('2 200元', 2200, '元', None, 'approx'),
        ('146个', 146, '个'),
        ('186户', 186, '户'),
        ('423人', 423, '人'),
        ('56人', 56, '人'),
        ('312.6万元', 3126000, '元'),
    ],
}
#: optional figures (ages, durations, rule thresholds, an essay site's article counts): either way is right
OPTIONAL = {'numerals_portal.txt': ('65岁',), 'numerals_pdf.txt': ('五年',),
            'numerals_wenku.txt': ('3篇', '2篇', '10篇', '5篇', '2次')}

CASES = [(c, t, []) for c, t in NOT_FIGURES] + FIGURES


@pytest.mark.parametrize("cls,text,expected", CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_s13_case(cls, text, expected):
    got, wanted = check(text, expected)
    assert got == wanted


def test_battery_size():
    assert len(NOT_FIGURES) >= 40 and len(FIGURES) >= 30, (len(NOT_FIGURES), len(FIGURES))


def test_documents_shape():
    """Four documents of 40–80 lines each."""
    for name in DOCUMENTS:
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        assert 40 <= len(lines) <= 80, (name, len(lines))


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_s13_document(name):
    assert_document(DATA / name, DOCUMENTS[name], OPTIONAL.get(name, ()))


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_s13_document_end_to_end(name):
    assert_document_end_to_end(DATA / name, DOCUMENTS[name], OPTIONAL.get(name, ()))


if __name__ == "__main__":
    report(CASES, DOCUMENTS, OPTIONAL, DATA)
    sys.exit(0)
