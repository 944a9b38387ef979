"""Session 14 (issue 14, branch num14b): a unit is never read across a paragraph break, web counters by
structure, 台套, and two kinds of page furniture.

Classes (made-up sentences, same shapes as reports and pages):
- paragraph: a blank line after a number ends it, no unit from the next paragraph (累计投入30\\n\\n本文来源于网络
  was 30本); a single line break may be a wrapped line (贫困户36\\n户 stays); in a text that writes a blank line
  after most of its lines (a PDF's layout) a blank line is its line break and may wrap a figure (支路五\\n\\n公里),
  unless the next line ends in a single line break (a page's footer block of single lines is another paragraph).
- iso_date: a date with dashes or slashes is no range (2015-07-07\\n本帖最后由… was 07本).
- counter: 人阅读, 人点赞, 条评论 … (units.yaml counter_words) drop the figure only where the number stands alone in
  its line segment; in a sentence the figure stays (该视频累计12万人观看, 文章被12万人阅读，).
- set_unit: 12台套 is one unit form, read as 台 (the guidelines list 台 and 套, not 台套; 12台（套） is 台 in the gold).
- essay_title / image_counter: N篇 of an essay site's title at its line's end, 第1张 / 共8张 (exclusions.yaml).
`python tests/test_figures_s14.py` prints the rows that fail.
"""
import sys
from decimal import Decimal
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).resolve().parent))
from figure_rows import assert_document, assert_document_end_to_end, check, report  # noqa: E402

D = Decimal
DATA = Path(__file__).parent / "data" / "s14"

NOT_FIGURES = [
    # a number ending its paragraph takes no unit from the next one (single-line layout around it)
    ("paragraph", "导航\n截至目前累计投入30\n\n本文来源于网络，如有侵权请联系删除"),
    ("paragraph", "标题\n全村共有党员42\n\n本站声明：转载请注明出处\n"),
    ("paragraph", "首页\n年度考核得分96\n\n个人观点，仅供参考\n"),
    ("paragraph", "正文\n合作社年分红发放12\n\n次日起开始办理\n"),
    ("paragraph", "一\n二\n村里发放补贴共计30\n\n本文由青石县扶贫办提供\n三"),
    # in a PDF's blank-line layout, the footer block of single lines after the blank line is another paragraph
    ("paragraph", "一、概况\n\n全乡累计投入资金30\n\n本文来源于网络\n责任编辑：张三\n"),
    ("paragraph", "二、成效\n\n村集体分红户数共计48\n\n本站所有文章均来自网络\n编辑：李四\n"),
    ("iso_date", "发布时间：2015-07-07\n本帖最后由 李四 于 2015-07-07 编辑"),
    ("iso_date", "2020/5/12 本站讯"),
    ("iso_date", "更新时间 2021-3-8 人气：56"),
    # counters alone in their line segment
    ("counter", "1.5万人阅读"),
    ("counter", "2021-06-01 来源：青石发布 368人浏览"),
    ("counter", "36人参与 | 12人关注"),
    ("counter", "该视频 1.2万次观看"),
    ("counter", "6.2分（15人评价）"),
    ("counter", "856人观看\n"),
    # an essay site's title counts and a gallery's counter
    ("essay_title", "2021年乡村振兴工作总结范文（通用6篇）\n"),
    ("essay_title", "驻村第一书记述职报告合集（共12篇）\n正文"),
    ("essay_title", "精准扶贫心得体会精选4篇\n"),
    ("essay_title", "脱贫攻坚先进事迹材料范文8篇"),
    ("image_counter", "第2张 / 共9张"),
    ("image_counter", "第4页/共15页\n"),
]

FIGURES = [
    # a single line break may be a wrapped line: the unit stays
    ("paragraph", "全村有贫困户36\n户，其中", [("36\n户", 36, "户")]),
    ("paragraph", "累计投入资金1 250\n万元，用于", [("1 250\n万元", 12500000, "元")]),
    ("paragraph", "新增就业岗位80\n个。", [("80\n个", 80, "个")]),
    # the number before the blank line is still read with its own unit
    ("paragraph", "标题\n全年培训群众360人次\n\n本文来源：县人社局\n", [("360人次", 360, "人次")]),
    ("paragraph", "导航\n累计投入资金30万\n\n本文来源于网络\n", [("30万", 300000, "元")]),
    # a text with a blank line after every line (a PDF's layout): a unit that closes its clause is taken across one
    ("paragraph", "一、基本情况\n\n硬化通组路八\n\n公里，新建桥梁2座。\n\n二、主要做法\n\n",
     [("八\n\n公里", 8, "公里"), ("2座", 2, "座")]),
    ("paragraph", "一、基本情况\n\n发放产业奖补资金46\n\n万元，惠及农户\n\n二、做法\n\n",
     [("46\n\n万元", 460000, "元")]),
    ("paragraph", "一、概况\n \n全乡共有贫困户52\n \n户贫困人口186人。\n \n二、成效\n \n",
     [("52\n \n户", 52, "户"), ("186人", 186, "人")]),
    # a range or a date-like pair without a year stays what it was
    ("iso_date", "全县3-5月新建大棚12座", [("12座", 12, "座")]),
    ("iso_date", "2019-2020年度新增就业120人", [("120人", 120, "人")]),
    # counters in a sentence keep their figure
    ("counter", "该视频累计12万人观看", [("12万人", 120000, "人")]),
    ("counter", "活动吸引3000余人参与", [("3000余人", 3000, "人", None, "at_least")]),
    ("counter", "文章被12万人阅读，在全县引起反响", [("12万人", 120000, "人")]),
    ("counter", "文章被12万人阅读", [("12万人", 120000, "人")]),
    ("counter", "组织300人参与培训", [("300人", 300, "人")]),
    ("counter", "直播带货吸引2.6万人观看\n", [("2.6万人", 26000, "人")]),
    ("counter", "共有580人关注并参与投票。", [("580人", 580, "人")]),
    ("counter", "宣传片累计播放120次，1.8万人观看。", [("120次", 120, "次"), ("1.8万人", 18000, "人")]),
    # machines counted in sets
    ("set_unit", "购置农机具12台套", [("12台套", 12, "台")]),
    ("set_unit", "新增加工设备36台套，带动就业", [("36台套", 36, "台")]),
    ("set_unit", "配备净水设备5台套。", [("5台套", 5, "台")]),
    ("set_unit", "购置设备12台（套）", [("12台", 12, "台")]),
    # N篇 in a sentence, a picture count of a report
    ("essay_title", "全年发表调研文章12篇。", [("12篇", 12, "篇")]),
    ("essay_title", "撰写信息简报24篇\n", [("24篇", 24, "篇")]),
    ("essay_title", "编印宣传材料3篇，发放2000份", [("3篇", 3, "篇"), ("2000份", 2000, "份")]),
    ("image_counter", "发放明白卡1200张/共计3个村", [("1200张", 1200, "张"), ("3个", 3, "个")]),
    ("image_counter", "共制作宣传展板8张", [("8张", 8, "张")]),
]

DOCUMENTS = {
    'numerals_post.txt': [
        ('26座', 26, '座'), ('48户', 48, '户'), ('172人', 172, '人'), ('12台套', 12, '台'), ('6期', 6, '期'),
        ('300人次', 300, '人次'), ('3.6万人', 36000, '人'), ('2000余人', 2000, '人', None, 'at_least'),
        ('18.5万元', 185000, '元'), ('12%', 12, '%'),
    ],
    'numerals_pdf_blank.txt': [
        ('6个', 6, '个'), ('312户', 312, '户'), ('1186人', 1186, '人'), ('18.6%', D("18.6"), '%'),
        ('22.6公里', D("22.6"), '公里'), ('七\n\n公里', 7, '公里'), ('3座', 3, '座'), ('185\n\n万元', 1850000, '元'),
        ('1200亩', 1200, '亩'),
    ],
}

CASES = [(c, t, []) for c, t in NOT_FIGURES] + FIGURES


@pytest.mark.parametrize("cls,text,expected", CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_s14_case(cls, text, expected):
    got, wanted = check(text, expected)
    assert got == wanted


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_s14_document(name):
    assert_document(DATA / name, DOCUMENTS[name], ())


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_s14_document_end_to_end(name):
    assert_document_end_to_end(DATA / name, DOCUMENTS[name], ())


if __name__ == "__main__":
    report(CASES, DOCUMENTS, {}, DATA)
