"""Collection files (issue 12, session 14b: load/split.py): the shapes tests/morph_page14b.py builds from
the seen reports, in made-up rows.  Reports that follow each other under their own title lines cut where
a report begins: after a report's own footer on a copy site (（来源：…）, 责任编辑：…, which stay with the
report above), after a rule line or an end mark (————, （完）), at a title naming a unit even after a line that ends mid-sentence (an excerpt), at a title
naming none after a sentence's end in a file cut so already; titles may go on with the plan (…总结及
下一步工作打算) or end in a copy site's word (…范文); a title's second line or a site's header line
close to a cut belongs to the report above and does not stop the file from splitting; a site's header
may run to a menu one item a line (``split.header_lines``); a collection's
banner (乡镇脱贫攻坚工作总结（10篇）) is no report's title.  A report's own numbered headings (一、2019年
工作总结, （二）…汇报) never cut it: not under numbered titles naming their units, not inside a 篇N part, not
under unnumbered titles; nor does a heading after a sentence's end in one report.  Every text is written for the test.
"""
import pytest

from fupin_extract.load.split import split_reports
from fupin_extract.normalise import normalise
from fupin_extract.meaning.metadata import describe
from fupin_extract.model import Document

_UNITS = [("团坝镇", 2019), ("茶河镇", 2018), ("湖塘乡", 2019), ("门士乡", 2020)]


def _body(place, year, end="。"):
    u = place[-1]
    return (f"{year}年，{place}坚持把脱贫攻坚作为头等大事，全{u}辖11个行政村，建档立卡贫困户512户1980人。"
            f"我{u}围绕两不愁三保障，落实产业、就业、教育、医疗帮扶措施，全{u}上下齐心协力，"
            f"当年脱贫136户520人，贫困发生率降至0.8%。\n"
            f"全{u}新修通组道路14公里，改造危房63户，发放扶贫小额信贷215万元，帮助贫困劳动力外出务工860人，"
            f"村集体经济收入均达到5万元以上，群众满意度不断提升，各项工作稳步推进，取得了阶段性成效{end}\n") * 2


_KINDS = ["脱贫攻坚工作汇报", "精准扶贫工作总结", "产业扶贫工作情况报告", "扶贫开发工作汇报"]


def _file(title="{k}", sep="", foot="", head="", end="。", tail="", opening=""):
    """The four reports under ``title`` (``{p}`` the place, ``{y}`` the year, ``{k}`` a kind of report, a
    different one each), each followed by ``foot`` and ``sep``; ``head`` above the first, ``tail`` below the
    last, ``opening`` the first lines of each report's text."""
    out = head
    for i, (p, y) in enumerate(_UNITS):
        out += title.format(p=p, y=y, k=_KINDS[i]) + "\n" + opening.format(p=p, y=y) + _body(p, y, end)
        out += foot.format(i=i + 1) + (tail if i == len(_UNITS) - 1 else sep)
    return out


#: (class, text, the text each part ends with)
SPLITS = [
    # a title line right after a report's own footer (no blank line), the title naming no unit
    ("title_after_source_footer", _file(foot="（来源：扶贫办）\n"), "（来源：扶贫办）\n"),
    ("title_after_editor_footer", _file(foot="责任编辑：周敏\n"), "责任编辑：周敏\n"),
    ("title_after_bracketed_footers", _file(foot="【来源：农业农村局】\n【编辑：吴琳】\n"), "【编辑：吴琳】\n"),
    ("title_after_half_width_footer", _file(foot="(稿源:乡村振兴办)\n"), "(稿源:乡村振兴办)\n"),
    # a title line right after a line that closes the report above: a rule line, an end mark
    ("title_after_rule_line", _file(foot="————————————\n"), "————————————\n"),
    ("title_after_end_mark", _file(foot="（完）\n"), "（完）\n"),
    ("title_after_equals_rule", _file(foot="＝＝＝＝＝＝＝＝\n"), "＝＝＝＝＝＝＝＝\n"),
    # a copy site's page: its header with the first report, its footer with the last
    ("site_page", _file(foot="来源：三农在线  编辑：郑雪\n", head="三农在线\n首页 | 资讯 | 脱贫攻坚\n当前位置：首页 > 资讯\n\n",
                        tail="\n关于我们 | 联系方式\n版权所有：三农在线\n"), None),
    # a site's menu one item a line above the first title (more lines than a report's head)
    ("site_menu_lines", _file(foot="来源：三农在线\n", head="三农在线\n" + "".join(w + "\n" for w in (
        "首页 机构概况 政务公开 通知公告 工作动态 脱贫攻坚 乡村振兴 政策法规 办事服务 互动交流 专题专栏 数据发布 网站地图").split()) +
        "当前位置：首页 > 工作动态\n"), "来源：三农在线\n"),
    # a title naming its unit after a line that ends mid-sentence (each report an excerpt), no blank line
    ("unit_title_after_excerpt", _file("{p}{y}年{k}", end="，并"), "，并\n"),
    ("unit_title_after_excerpt_report", _file("关于{p}精准扶贫工作情况的报告", end="等"), "等\n"),
    # titles that go on with the plan (…工作总结及下一步工作打算) or end in a copy site's word (…范文)
    ("titles_with_plan", _file("{k}及下一步工作打算", sep="\n"), "。\n\n"),
    ("titles_with_next_year_plan", _file("{p}{y}年{k}和{y}年工作思路", end="，并"), "，并\n"),
    ("titles_copy_site_word", _file("{p}{k}范文", foot="责任编辑：周敏\n"), "责任编辑：周敏\n"),
    # titles naming no unit after a sentence's end, in a file cut at a blank line once already
    ("bare_titles_after_sentence_once_cut", _file().replace("\n产业扶贫工作情况报告", "\n\n产业扶贫工作情况报告"), None),
    # a report whose text opens with a title broken over two lines (关于…的 / 工作总结报告) below the title a
    # site gave it: the second line stands close to the cut and belongs to the report
    ("title_second_line_near_cut", _file("{k}", sep="\n", opening="关于{p}{y}年打赢脱贫攻坚战的\n\n工作总结报告\n"), None),
]


def _want(text):
    return [(p, y) for p, y in _UNITS]


@pytest.mark.parametrize("cls,text,ends", SPLITS, ids=[c for c, _, _ in SPLITS])
def test_s14b_titled_reports_split_into_their_parts(cls, text, ends):
    docs = split_reports(Document("c", text))
    assert "".join(d.text for d in docs) == text, cls
    metas = [describe(d, normalise(d.text)) for d in docs]
    assert [(m["place"], m["year"]) for m in metas] == _want(text), cls
    if ends:  # the footer stays with the report above
        assert all(d.text.endswith(ends) for d in docs[:-1]), cls
    assert [d.offset for d in docs] == [text.index(d.text[:40]) for d in docs], cls


def _numbered(style, inner):
    """The four reports under numbered headings ``style`` (``{n}``, ``{cn}``, ``{p}``, ``{y}``), each opened
    by its own numbered sections ``inner`` (``{y}``, ``{b}`` a body)."""
    return "扶贫工作总结四篇\n" + "".join(style.format(n=i + 1, cn="一二三四"[i], p=p, y=y) + "\n" +
                                       inner.format(y=y, b=_body(p, y)) for i, (p, y) in enumerate(_UNITS))


_SECTIONS = "一、{y}年脱贫攻坚工作总结\n{b}二、存在问题及下一步工作的汇报\n{b}"
_PAREN = "（一）{y}年工作总结\n{b}（二）{y}年精准扶贫工作情况汇报\n{b}"

#: (class, text): four reports, each with the metadata of its unit
SECTIONED = [
    # a report's own numbered headings (一、…总结, （一）…汇报) under numbered titles naming the unit: not a report
    ("numbered_titles_over_sections", _numbered("{cn}、{p}{y}年脱贫攻坚工作总结", _SECTIONS)),
    ("arabic_titles_over_sections", _numbered("{n}.关于{p}{y}年精准扶贫工作的汇报", _PAREN)),
    ("numbered_plan_titles_over_sections", _numbered("{cn}、{p}{y}年脱贫攻坚工作总结及下一步工作打算", _SECTIONS)),
    # inside a 篇N part they start no sub-report
    ("pian_over_sections", _numbered("篇{n}：{p}{y}年脱贫攻坚工作总结", _SECTIONS)),
    ("pian_over_bracketed_sections", _numbered("【篇{cn}】{p}{y}年扶贫工作汇报", _PAREN)),
    # reports under their own unnumbered titles, opened by numbered sections that look like titles
    ("titles_over_sections", _numbered("{p}{y}年脱贫攻坚工作总结", _SECTIONS).split("\n", 1)[1]),
]


@pytest.mark.parametrize("cls,text", SECTIONED, ids=[c for c, _ in SECTIONED])
def test_s14b_own_numbered_sections_never_cut(cls, text):
    docs = split_reports(Document("n", text))
    assert "".join(d.text for d in docs) == text, cls
    assert [(m["place"], m["year"]) for m in (describe(d, normalise(d.text)) for d in docs)] == _UNITS, cls


_BANNER = "乡镇脱贫攻坚工作总结（10篇）\n发布时间：2021-03-02\n\n"
_COUNTY_BODY = ("2019年，全县坚持以脱贫攻坚统揽经济社会发展全局，全县辖16个乡镇，建档立卡贫困人口1.9万户7.2万人。"
                "我县落实产业、就业、教育、医疗帮扶措施，全县上下尽锐出战，当年脱贫4120户15600人。\n") * 4

#: (class, text, level of the first part)
BANNERS = [
    ("count_banner_bracketed", _BANNER + "脱贫攻坚工作总结\n" + _COUNTY_BODY + "\n脱贫攻坚工作汇报\n" + _body("茶河镇", 2018), "县"),
    ("count_banner_selected", "乡镇扶贫工作总结（精选5篇）\n\n精准扶贫工作汇报\n" + _COUNTY_BODY + "\n精准扶贫工作总结\n" +
     _body("茶河镇", 2018), "县"),
]


@pytest.mark.parametrize("cls,text,level", BANNERS, ids=[c for c, _, _ in BANNERS])
def test_s14b_collection_banner_is_no_title(cls, text, level):
    docs = split_reports(Document("b", text))
    assert len(docs) == 2, cls
    assert describe(docs[0], normalise(docs[0].text))["level"] == level, cls


_ONE = "团坝镇2019年脱贫攻坚工作总结\n" + _body("团坝镇", 2019)
UNSPLIT = [
    # a report's own numbered headings
    ("numbered_sections", _ONE + "一、2019年工作总结\n" + _body("团坝镇", 2019) + "二、2020年工作打算\n" + _body("团坝镇", 2019)),
    # a heading naming no unit after a sentence's end, in a file no title cuts otherwise
    ("bare_heading_after_sentence", _ONE + "脱贫攻坚工作总结\n" + _body("团坝镇", 2019) + "产业扶贫工作汇报\n" + _body("团坝镇", 2019)),
    # a source line under a table and the report's short closing heading, too close to the file's end
    ("source_line_near_end", _ONE + "（来源：县统计局）\n2020年工作打算报告\n全镇将巩固脱贫成果。"),
    # a list of links to other reports below one (titles naming units, no sentences) and the site's footer
    ("related_links_below", _ONE + "相关文章\n" + "".join(f"{p}{y}年{k}\n" for p, y in _UNITS * 4 for k in _KINDS[:1]) +
     "".join(f"{p}精准扶贫工作情况报告\n" for p, _ in _UNITS) + "关于我们 | 联系方式 | 网站地图\n版权所有：三农在线  技术支持：信息中心\n"),
    # numbered headings that look like titles, the first naming no unit, in one report
    ("numbered_title_like_sections", _ONE + "一、2019年脱贫攻坚工作总结\n" + _body("团坝镇", 2019) + "二、团坝镇脱贫攻坚工作汇报\n" +
     _body("团坝镇", 2019) + "三、2020年工作报告\n" + _body("团坝镇", 2019) + "一、全镇脱贫攻坚工作报告\n" + _body("团坝镇", 2019)),
]


@pytest.mark.parametrize("cls,text", UNSPLIT, ids=[c for c, _ in UNSPLIT])
def test_s14b_one_report_is_not_cut(cls, text):
    assert len(split_reports(Document("one", text))) == 1, cls


_MENU = "".join(w + "\n" for w in "网站首页 机构设置 政务公开 新闻中心 通知公告 扶贫动态 政策解读 办事指南 在线访谈 领导信箱 专题专栏 联系我们".split())
_PLAIN = ("全镇辖11个行政村，建档立卡贫困户512户1980人。我镇落实产业、就业、教育、医疗帮扶措施，全镇上下齐心协力，"
          "当年脱贫136户520人，贫困发生率降至0.8%。\n") * 3

#: (class, text, expected date): a site's menu one item a line counts as one line of the head
MENU_HEADS = [
    ("menu_then_byline", "三农在线\n" + _MENU + "当前位置：网站首页 > 扶贫动态\n团坝镇脱贫攻坚工作情况\n"
     "作者：镇扶贫办  时间：2019-12-20\n" + _PLAIN, "2019-12-20"),
    ("menu_then_dated_title", "扶贫信息网\n" + _MENU + "茶河镇脱贫攻坚工作汇报\n（2018年12月26日）\n" + _PLAIN, "2018-12-26"),
]


@pytest.mark.parametrize("cls,text,date", MENU_HEADS, ids=[c for c, _, _ in MENU_HEADS])
def test_s14b_menu_lines_count_as_one_head_line(cls, text, date):
    assert describe(Document("m", text), normalise(text))["date"] == date, cls
