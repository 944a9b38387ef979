"""Session 12 battery (issue 14): a longer unit that falls back to the shorter one, gazetteer places
a number runs into, table labels, the forms of round amounts (过万元, 上万人, 数千户), spaces between
digit groups, shares without a unit, and four whole made-up documents (tests/data/s12/numerals_*.txt:
a 简报 with 第X期 and 编印 lines, a 自查报告 with numbered problem lists, a report with a flattened
table `序号 乡镇 户数 人数` and key-value records `户数：426`, a web page passage) read end to end.

Every sentence and document is made up for the test in the shape report sentences take (never
copied from the gold or the corpora).  Each case: class, sentence, the figures it must give as
(text, value, unit[, value_max[, qualifier]]); the qualifier is checked only where given.
`python tests/test_figures_s12.py` prints the errors per class.

Decisions by tests/gold/GUIDELINES.md: a figure is a number with the unit after it, so shares
written as words without a unit (两成, 一半, 三分之一, 2/3) are no figure here (at best optional: they
need a reading, 成 = 10 %, that the gold does not define); 过万元, 上万人, 数千户 are round amounts
"at least" (the lead stays outside the span, as 约 and 近 do); a bare number after a table label
(户数：36) has no unit after it and is no figure.
"""
import sys
from decimal import Decimal
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).resolve().parent))
from figure_rows import assert_document, assert_document_end_to_end, check, report  # noqa: E402

D = Decimal
DATA = Path(__file__).parent / "data" / "s12"

NOT_FIGURES = [
    # a place of the gazetteer that a number runs into, or that starts with a numeral
    ("place", "1 个旧市 25 120"),
    ("place", "2 元宝镇 435 1 796 集中安置"),
    ("place", "3 人和乡 208 857 分散安置"),
    ("place", "4 万福镇 377 1 512"),
    ("place", "5 千佛乡 154 623"),
    ("place", "五家渠市召开脱贫攻坚推进会"),
    ("place", "三台县扶贫办"),
    ("place", "七台河市农业农村局"),
    ("place", "三元镇人民政府"),
    ("place", "七里河区扶贫办"),
    # a table row: serial number, a place cell the gazetteer lacks (villages), cells of bare numbers
    ("table_row", "序号 村名 户数 人数\n1 人和村 36 84"),
    ("table_row", "2 元宝社区 12 40"),
    ("table_row", "3 个山村 8"),
    ("table_row", "4 万家坪村\t15\t61"),
    # a heading's number, a space, then a short title ending the line that starts with a unit character
    ("heading", "1.1 人员配置"),
    ("heading", "二、基本情况\n3.2 户主信息\n"),
    ("heading", "5 家庭收入情况"),
    ("heading", "4 个人收入情况"),
    ("heading", "9 次要问题"),
    ("heading", "6\u3000所在村情况"),
    ("heading", "一 人员安排"),
    ("heading", "附件3 人员名单"),
    ("heading", "问题2 人员不到位"),
    # labels of a flattened table: a bare number after them, or the label after a number
    ("table_label", "户数：36 人数：84"),
    ("table_label", "户数：36\n人数：84"),
    ("table_label", "序号 村名 户数 人数 面积"),
    ("table_label", "涉及户数：43"),
    ("table_label", "亩数：120"),
    ("table_label", "其中低保户数：18 五保户数：6"),
    # words that end in a round lead (通过, 经过, 签约): no round amount after them
    ("round_lead", "通过万元户评选"),
    ("round_lead", "经过万人评议"),
    ("round_lead", "度过千难万险"),
    ("round_lead", "签约万人规模的活动"),
    # shares written as words, without a unit after the number
    ("share_words", "近两成农户参与合作社"),
    ("share_words", "收入增长三成以上"),
    ("share_words", "一半以上的农户"),
    ("share_words", "三分之一的农户"),
    ("share_words", "2/3的农户已入股"),
    ("share_words", "占比近五成"),
    # names with a number in them
    ("name", "县四套班子领导参加会议"),
    ("name", "市四套班子主要领导"),
]

FIGURES = [
    # a longer unit form whose tail starts a word: the shorter form
    ("unit_fallback", "帮扶200户次日即全部到位", [("200户", 200, "户")]),
    ("unit_fallback", "每户补助500元/户籍人口另行核算", [("500元", 500, "元")]),
    ("unit_fallback", "补助600元/年底前发放到户", [("600元", 600, "元")]),
    ("unit_fallback", "种植油茶30亩次年增收明显", [("30亩", 30, "亩")]),
    ("unit_fallback", "开展病虫害统防统治12.5万亩次", [("12.5万亩", 125000, "亩")]),
    ("unit_fallback", "全年培训贫困劳动力1500人次，次年继续开展", [("1500人次", 1500, "人次")]),
    ("unit_fallback", "培训300人次次日返岗", [("300人次", 300, "人次")]),
    ("unit_fallback", "入户走访860户次，发放资料1200份", [("860户次", 860, "户次"), ("1200份", 1200, "份")]),
    ("unit_fallback", "补贴500元/户，户籍人口另计", [("500元/户", 500, "元/户")]),
    ("unit_fallback", "补助500元/户/年", [("500元/户/年", 500, "元/年")]),
    # places: the figure before or after them stays
    ("place", "全县5万山区群众受益", [("5万", 50000, "人")]),
    ("place", "搬迁安置3万库区移民", [("3万", 30000, "人")]),
    ("place", "共有3个个旧市企业参与", [("3个", 3, "个")]),
    ("place", "个旧市今年实施3个旧城改造项目", [("3个", 3, "个")]),
    ("place", "新建2个万州区产业园", [("2个", 2, "个")]),
    ("place", "人和镇驻村队员3人和镇干部2人到户，人和镇党委", [("3人", 3, "人"), ("2人", 2, "人")]),
    ("place", "组织8名百色市专家", [("8名", 8, "人")]),
    ("place", "投入资金500万元，元阳县配套200万元", [("500万元", 5000000, "元"), ("200万元", 2000000, "元")]),
    ("place", "五家渠市共有贫困村12个", [("12个", 12, "个")]),
    ("place", "帮扶5户元阳县梯田种植户", [("5户", 5, "户")]),
    ("place", "为乡卫生院配备3台县级统一采购的设备", [("3台", 3, "台")]),
    ("place", "新增5台区域供水设备", [("5台", 5, "台")]),
    # not a table row: the cell after the place carries a unit, or the number does not start the line
    ("table_row", "3 个行政村 12 户", [("3 个", 3, "个"), ("12 户", 12, "户")]),
    ("table_row", "共 3 个村 已脱贫", [("3 个", 3, "个")]),
    # not a heading: the line goes on with a clause stop or numbers, or the title is one character
    ("heading", "1.5 万元用于产业发展。", [("1.5 万元", 15000, "元")]),
    ("heading", "12 户 36 人", [("12 户", 12, "户"), ("36 人", 36, "人")]),
    ("heading", "全村\n36 户\n", [("36 户", 36, "户")]),
    ("heading", "配备工作人员3人", [("3人", 3, "人")]),
    # a cell's value does not run on into the next line's number (no 3684人); a wrapped number does
    ("cell_wrap", "户数：36\n84人", [("84人", 84, "人")]),
    ("cell_wrap", "石门村 12\n36人", [("36人", 36, "人")]),
    ("cell_wrap", "合计\n36\n84户", [("84户", 84, "户")]),
    ("cell_wrap", "全县完成投资10\n8亿元", [("10\n8亿元", 10800000000, "元")]),
    ("cell_wrap", "脱贫3018户5\n703人", [("3018户", 3018, "户"), ("5\n703人", 5703, "人")]),
    # labels with the unit written after the number
    ("table_label", "村名：大坪村 户数：36户 人数：84人", [("36户", 36, "户"), ("84人", 84, "人")]),
    ("table_label", "参加培训人数120人", [("120人", 120, "人")]),
    # round amounts
    ("round_lead", "人均纯收入过万元", [("万元", 10000, "元", None, "at_least")]),
    ("round_lead", "全镇过千人参加培训", [("千人", 1000, "人", None, "at_least")]),
    ("round_lead", "产值能过百万元", [("百万元", 1000000, "元", None, "at_least")]),
    ("round_lead", "家庭年收入过万", [("万", 10000, "元", None, "at_least")]),
    ("round_lead", "上万人参加活动", [("万人", 10000, "人", None, "at_least")]),
    ("round_lead", "数千户受益", [("千户", 1000, "户", None, "at_least")]),
    ("round_lead", "吸纳上千名群众就近务工", [("千名", 1000, "人", None, "at_least")]),
    ("round_lead", "超过万元的农户有36户", [("万元", 10000, "元", None, "at_least"), ("36户", 36, "户")]),
    # digit groups split by spaces of every kind
    ("spaced_groups", "投资3 000万元", [("3 000万元", 30000000, "元")]),
    ("spaced_groups", "共搬迁12 345人", [("12 345人", 12345, "人")]),
    ("spaced_groups", "共搬迁12\u00a0345人", [("12\u00a0345人", 12345, "人")]),
    ("spaced_groups", "共搬迁12\u2009345人", [("12\u2009345人", 12345, "人")]),
    ("spaced_groups", "资金1\u202f234\u202f567元", [("1\u202f234\u202f567元", 1234567, "元")]),
    ("spaced_groups", "安置2 904户12 018人", [("2 904户", 2904, "户"), ("12 018人", 12018, "人")]),
    ("spaced_groups", "就业岗位1 200余个", [("1 200余个", 1200, "个", None, "at_least")]),
    # other forms of the brief
    ("forms", "到位资金1.2万余元", [("1.2万余元", 12000, "元", None, "at_least")]),
    ("forms", "累计投入1.256亿元", [("1.256亿元", 125600000, "元")]),
    ("forms", "贫困发生率降至0.5‰", [("0.5‰", D("0.5"), "‰")]),
    ("forms", "满意率98.3%，提高2.1个百分点", [("98.3%", D("98.3"), "%"), ("2.1个百分点", D("2.1"), "百分点")]),
    ("forms", "新建蓄水池12口、铺设管网8.6公里", [("12口", 12, "口"), ("8.6公里", D("8.6"), "公里")]),
]

DOCUMENTS = {
    'numerals_jianbao.txt': [
        ('21个', 21, '个'),
        ('1.86亿元', 186000000, '元'),
        ('236个', 236, '个'),
        ('4 512户', 4512, '户'),
        ('2 318户', 2318, '户'),
        ('8 976人', 8976, '人'),
        ('1 204人', 1204, '人'),
        ('0.85%', D("0.85"), '%'),
        ('136名', 136, '人'),
        ('583户', 583, '户'),
        ('42个', 42, '个'),
        ('1200亩', 1200, '亩'),
        ('3.5万羽', 35000, '只'),
        ('2600元', 2600, '元', None, 'at_least'),
        ('6期', 6, '期'),
        ('420人次', 420, '人次'),
        ('328人', 328, '人'),
        ('5口人', 5, '人'),
        ('万元', 10000, '元', None, 'at_least'),
        ('86户', 86, '户'),
        ('71户', 71, '户'),
        ('82.6%', D("82.6"), '%'),
        ('14处', 14, '处'),
        ('2 860人', 2860, '人'),
        ('48.6万元', 486000, '元'),
        ('324名', 324, '人'),
        ('100%', 100, '%'),
        ('90%', 90, '%', None, 'at_least'),
        ('18座', 18, '座'),
        ('1 620千瓦', 1620, 'kW'),
        ('万人次', 10000, '人次', None, 'at_least'),
        ('千吨', 1000, '吨', None, 'at_least'),
    ],
    'numerals_zicha.txt': [
        ('3个', 3, '个'),
        ('11个', 11, '个'),
        ('11个', 11, '个'),
        ('86个', 86, '个'),
        ('2.36万人', 23600, '人'),
        ('2.1万人', 21000, '人'),
        ('1 126户', 1126, '户'),
        ('4 315人', 4315, '人'),
        ('1 087户', 1087, '户'),
        ('4 192人', 4192, '人'),
        ('39户', 39, '户'),
        ('123人', 123, '人'),
        ('18.6%', D("18.6"), '%'),
        ('0.52%', D("0.52"), '%'),
        ('2个', 2, '个'),
        ('5次', 5, '次'),
        ('1 126户', 1126, '户'),
        ('58户', 58, '户'),
        ('1 184份', 1184, '份'),
        ('100%', 100, '%'),
        ('1 126本', 1126, '本'),
        ('42卷', 42, '卷'),  # session 13: 卷 (volumes of files) is a unit now
        ('17个', 17, '个'),
        ('300人', 300, '人'),
        ('98.3%', D("98.3"), '%'),
        ('2.1个百分点', D("2.1"), '百分点'),
        ('50万元', 500000, '元', None, 'at_most'),
        ('23户', 23, '户'),
        ('60%', 60, '%', None, 'at_least'),
        ('3个', 3, '个'),
        ('7个', 7, '个'),
        ('215户', 215, '户'),
        ('17个', 17, '个'),
        ('40名', 40, '人'),
        ('6名', 6, '人'),
        ('17个', 17, '个'),
        ('85万元', 850000, '元'),
        ('12口', 12, '口'),
        ('8.6公里', D("8.6"), '公里'),
        ('215户', 215, '户'),
        ('23户', 23, '户'),
        ('15个', 15, '个'),
        ('6名', 6, '人'),
        ('11个', 11, '个'),
        ('58户', 58, '户'),
    ],
    'numerals_biao.txt': [
        ('3 286户', 3286, '户'),
        ('13 542人', 13542, '人'),
        ('2 904户', 2904, '户'),
        ('12 018人', 12018, '人'),
        ('382户', 382, '户'),
        ('1 524人', 1524, '人'),
        ('9个', 9, '个'),
        ('516户', 516, '户'),
        ('7.82亿元', 782000000, '元'),
        ('2.1亿元', 210000000, '元'),
        ('3.45亿元', 345000000, '元'),
        ('3所', 3, '所'),
        ('9个', 9, '个'),
        ('11个', 11, '个'),
        ('1 200余个', 1200, '个', None, 'at_least'),
        ('3.6万平方米', 36000, '平方米'),
        ('1.8万平方米', 18000, '平方米'),
        ('1 532万元', 15320000, '元'),
        ('5 200元', 5200, '元'),
        ('6 825人', 6825, '人'),
        ('6 102人', 6102, '人'),
        ('89.4%', D("89.4"), '%'),
        ('9个', 9, '个'),
        ('56名', 56, '人'),
        ('120万元', 1200000, '元', None, 'approx'),
        ('万元', 10000, '元', None, 'at_least'),
        ('95%', 95, '%', None, 'at_least'),
    ],
    'numerals_web.txt': [
        ('30万棒', 300000, '个'),
        ('百万元', 1000000, '元', None, 'at_least'),
        ('1 023户', 1023, '户'),
        ('1 500万棒', 15000000, '个'),
        ('2.3万亩', 23000, '亩'),
        ('3 200亩', 3200, '亩'),
        ('10万元', 100000, '元', None, 'at_least'),
        ('千名', 1000, '人', None, 'at_least'),
        ('2 800元', 2800, '元', None, 'approx'),
        ('136.5万元', 1365000, '元'),
        ('1 334元', 1334, '元'),
        ('万元', 10000, '元', None, 'at_least'),
        ('6头', 6, '头'),
        ('千元', 1000, '元', None, 'at_least'),
        ('9 860元', 9860, '元'),
        ('12.4%', D("12.4"), '%'),
        ('21.3%', D("21.3"), '%'),
        ('0‰', 0, '‰'),
        ('8%', 8, '%', None, 'at_least'),
        ('2家', 2, '家'),
        ('3座', 3, '座'),
        ('120吨', 120, '吨'),
        ('1 860户', 1860, '户'),
        ('3 500元', 3500, '元'),
        ('8个', 8, '个'),
        ('2.6万头', 26000, '头'),
        ('200元', 200, '元'),
        # session 13: 9.2% of the related list's headline (相关新闻：…) is no figure of the report (related_line)
    ],
}
#: optional figures (rule thresholds and frequencies; a count in a related article's headline,
#: 我县3个乡镇入选…, which the seen gold never shows): either way is right
OPTIONAL = {'numerals_zicha.txt': ('一次',), 'numerals_biao.txt': ('1人',), 'numerals_web.txt': ('3个',)}

CASES = [(c, t, []) for c, t in NOT_FIGURES] + FIGURES


@pytest.mark.parametrize("cls,text,expected", CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_s12_case(cls, text, expected):
    got, wanted = check(text, expected)
    assert got == wanted


def test_battery_size():
    assert len(NOT_FIGURES) >= 25 and len(FIGURES) >= 40, (len(NOT_FIGURES), len(FIGURES))


def test_documents_shape():
    """Four documents of 40–80 lines each."""
    for name in DOCUMENTS:
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        assert 40 <= len(lines) <= 80, (name, len(lines))


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_s12_document(name):
    assert_document(DATA / name, DOCUMENTS[name], OPTIONAL.get(name, ()))


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_s12_document_end_to_end(name):
    assert_document_end_to_end(DATA / name, DOCUMENTS[name], OPTIONAL.get(name, ()))


if __name__ == "__main__":
    report(CASES, DOCUMENTS, OPTIONAL, DATA)
    sys.exit(0)
