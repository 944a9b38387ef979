"""Session 14 (wrap14): the layout of a report never seen — soft line wraps at a fixed width, page
furniture between wrapped lines, word-processor indents, blank lines and \\r\\n.  Made-up rows: the
text structure (segment.soft_breaks, TextIndex) and the whole pipeline across a wrap."""
import pytest

from fupin_extract.normalise import normalise
from fupin_extract.pipeline import process_document
from fupin_extract.model import Document
from fupin_extract.rules.text import text_rules
from fupin_extract.segment import TextIndex, soft_breaks

T = text_rules()


def _joined(text: str) -> str:
    out, last = [], 0
    for a, b in soft_breaks(text):
        out.append(text[last:a])
        last = b
    return "".join(out) + text[last:]


@pytest.mark.parametrize("text,joined", [pytest.param(t, j, id=t[:12]) for t, j in T.wrap.examples])
def test_wrap_examples_of_text_yaml(text, joined):
    assert _joined(text) == joined


# ------------------------------------------------------------------ soft wraps of made-up pages
PARA = ("截至今年年底，全镇现有建档立卡贫困户共计368户1183人，已累计实现脱贫330户1062人，"
        "剩余未脱贫的贫困人口38户121人，全镇贫困发生率已降至0.9%，全镇7个贫困村全部出列。")


def _wrap(text: str, width: int) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def _paged(text: str, width: int, furniture: str) -> str:
    lines = _wrap(text, width).split("\n")
    return "\n".join(lines[:3]) + furniture + "\n".join(lines[3:])


SOFT = [
    # (id, text, joined)
    ("width16", _wrap(PARA, 16), PARA),
    ("width22_crlf", _wrap(PARA, 22).replace("\n", "\r\n"), PARA),
    ("page_number_between", _paged(PARA, 20, "\n\n- 2 -\n\n"), PARA),
    ("page_x_of_y_and_header", _paged(PARA, 20, "\n第2页 共7页\n河口镇扶贫办\n"), PARA),
    ("double_spaced", _wrap(PARA, 18).replace("\n", "\n\n"), PARA),
    ("heading_stays", "二、脱贫成效\n" + _wrap(PARA, 18), "二、脱贫成效\n" + PARA),
    ("table_rows_stay", "年份 脱贫户数 脱贫人数\n2017年 120 460\n2018年 96 380\n2019年 85 310\n2020年 40 152",
     "年份 脱贫户数 脱贫人数\n2017年 120 460\n2018年 96 380\n2019年 85 310\n2020年 40 152"),
    ("menu_stays", "首页\n政务公开\n通知公告\n办事服务\n互动交流\n", "首页\n政务公开\n通知公告\n办事服务\n互动交流\n"),
    ("paragraph_lines_stay", "全镇现有建档立卡贫困户368户。\n已累计脱贫330户，剩余38户。\n全镇7个贫困村全部出列。",
     "全镇现有建档立卡贫困户368户。\n已累计脱贫330户，剩余38户。\n全镇7个贫困村全部出列。"),
    ("footer_stays", "今年以来，全乡脱贫92户。二、基本情况\n上一篇：县委书记调研脱贫攻坚工作\n下一篇：全县春耕生产有序推进工作\n"
     "杰村乡人民政府\n2020年12月20日", "今年以来，全乡脱贫92户。二、基本情况\n上一篇：县委书记调研脱贫攻坚工作\n"
     "下一篇：全县春耕生产有序推进工作\n杰村乡人民政府\n2020年12月20日"),
    # a page's head: a banner, a byline and a title with its series name, each with a space between two
    # Han characters, are lines of their own however near their lengths are
    ("page_head_stays", "中共青河县委 青河县人民政府 主办\n[2021-03-02] 来源：青河县乡村振兴局\n"
     "产业振兴系列之三 石门镇发展特色种植见实效\n原创 李明 青河发布 2021-03-02\n" + PARA,
     "中共青河县委 青河县人民政府 主办\n[2021-03-02] 来源：青河县乡村振兴局\n"
     "产业振兴系列之三 石门镇发展特色种植见实效\n原创 李明 青河发布 2021-03-02\n" + PARA),
]


@pytest.mark.parametrize("text,joined", [pytest.param(t, j, id=i) for i, t, j in SOFT])
def test_soft_breaks_of_made_up_pages(text, joined):
    assert _joined(normalise(text)) == joined


@pytest.mark.parametrize("width", [14, 19, 27])
def test_a_wrapped_sentence_is_one_sentence(width):
    text = _wrap(PARA, width)
    spans = TextIndex(text).sentences
    assert [text[a:b].replace("\n", "") for a, b in spans] == [PARA]


LETTERS = [
    ("one_space", "一、基 本 情 况\n全镇现有贫困户368户。", ["基本情况"]),
    ("wide_space_digits", "2\u30000\u30002\u30000\u3000年\u3000工\u3000作\u3000总\u3000结\n全镇现有贫困户368户。", ["2020年工作总结"]),
    ("words_stay", "首页 > 政务公开 > 工作总结\n全镇现有贫困户368户。", []),
]


@pytest.mark.parametrize("text,lines", [pytest.param(t, x, id=i) for i, t, x in LETTERS])
def test_letter_spaced_lines_read_without_their_spaces(text, lines):
    from fupin_extract.segment import letter_spaces
    cuts = letter_spaces(normalise(text))
    out, last = [], 0
    for a, b in cuts:
        out.append(text[last:a])
        last = b
    joined = "".join(out) + text[last:]
    for line in lines:
        assert line in joined
    if not lines:
        assert cuts == []


SPACING = [
    # (id, text, as read): one line break of each gap goes in a double-spaced text (a wider gap keeps the rest)
    ("word_processor", "\u3000\u3000一、基本情况 \n \n\u3000\u3000全村共有贫困户36户。 \n \n\u3000\u3000已脱贫\n \n \n \n  30户。"
     " \n \n\u3000\u3000二、成效 \n \n\u3000\u3000全村人均收入8000元。",
     "\u3000\u3000一、基本情况 \n\u3000\u3000全村共有贫困户36户。 \n\u3000\u3000已脱贫 \n \n \n  30户。"
     " \n\u3000\u3000二、成效 \n\u3000\u3000全村人均收入8000元。"),
    ("single_spaced_stays", "一、基本情况\n全村共有贫困户36户。\n\n已脱贫30户。\n二、成效\n全村人均收入8000元。",
     "一、基本情况\n全村共有贫困户36户。\n\n已脱贫30户。\n二、成效\n全村人均收入8000元。"),
]


@pytest.mark.parametrize("text,read", [pytest.param(t, r, id=i) for i, t, r in SPACING])
def test_double_spacing_reads_as_single(text, read):
    from fupin_extract.segment import double_spacing
    out, last = [], 0
    for a, b in double_spacing(text):
        out.append(text[last:a])
        last = b
    assert "".join(out) + text[last:] == read


RUNON = [
    ("heading_after_stop", "，".join(["全镇发展产业项目12个"] * 30) + "。 二、扶贫工作开展情况 （一）危房改造 全镇改造危房58户。",
     ["\n二、扶贫工作开展情况\n", "\n（一）危房改造\n"]),
    ("short_line_untouched", "全镇脱贫。 二、基本情况 全镇现有贫困户368户。", []),
]


@pytest.mark.parametrize("text,pieces", [pytest.param(t, p, id=i) for i, t, p in RUNON])
def test_lost_line_breaks_of_a_flattened_page(text, pieces):
    from fupin_extract.segment import lost_breaks, with_breaks
    out = with_breaks(text, lost_breaks(text))
    assert len(out) == len(text)
    for p in pieces:
        assert p in out
    if not pieces:
        assert out == text


# ------------------------------------------------------------------ the pipeline: a layout changes no meaning
DOC = ("河口镇2019年脱贫攻坚工作总结\n一、基本情况\n" + PARA + "\n二、2018年产业扶贫\n"
       "全镇全年投入产业扶贫资金1260万元。\n三、东岭村易地扶贫搬迁\n全村搬迁安置贫困户36户128人。\n四、产业扶贫\n"
       "2016年以来，全镇累计投入产业扶贫资金共计1260万元，其中财政专项扶贫资金860万元，"
       "帮扶单位和社会捐助资金400万元，带动贫困户发展特色种养殖业215户。\n")


def _layouts():
    yield "width16", lambda t: "\n".join(_wrap(line, 16) for line in t.split("\n"))
    yield "width23_pages", lambda t: "\n- 1 -\n".join(("\n".join(_wrap(line, 23) for line in t.split("\n"))).split("\n", 1))
    yield "word_processor", lambda t: "".join("\u3000\u3000" + line + "\r\n\r\n" for line in t.split("\n") if line)
    yield "letter_spaced_headings", lambda t: t.replace("一、基本情况", "一、基 本 情 况").replace(
        "二、2018年产业扶贫", "二、2 0 1 8 年 产 业 扶 贫").replace("三、东岭村易地扶贫搬迁", "三、东\u3000岭\u3000村\u3000易\u3000地\u3000扶\u3000贫\u3000搬\u3000迁")


def _meaning(text: str):
    out = []
    for r in process_document(Document("t", text)):
        for f in r.figures:
            out.append(("".join(f.text.split()), f.indicator, f.period, f.scope))
    return out


@pytest.mark.parametrize("layout", [pytest.param(fn, id=name) for name, fn in _layouts()])
def test_a_layout_keeps_every_figure_and_its_meaning(layout):
    assert _meaning(layout(DOC)) == _meaning(DOC)


# ------------------------------------------------------------------ the figure grammar across a soft wrap
def _wrapped_at(text: str, phrase: str, k: int, width: int = 18) -> str:
    """``text`` wrapped at ``width`` so that a wrap cuts ``phrase`` after its ``k``-th character."""
    cut = text.index(phrase) + k
    head, tail = text[:cut], text[cut:]
    first = len(head) % width
    lines = ([head[:first]] if first else []) + [head[i:i + width] for i in range(first, len(head), width)]
    return "\n".join(lines + [tail[i:i + width] for i in range(0, len(tail), width)])


GRAMMAR = [
    # (id, text, phrase, where the wrap cuts it, figure, unit)
    ("recount_groups", "全镇共投入资金1260万元，新修道路15公里，覆盖12个村民小组，1600余农户，带动贫困户215户增收，"
     "全镇贫困发生率降至0.9%，群众满意度明显提高。", "村民小组", 2, "12个", "个"),
    ("bare_wan_money", "全镇累计投入各类扶贫资金共计1260万元，其中组织部门帮扶2万党员示范金、产业周转资金7万元，"
     "带动贫困户发展产业215户，全镇贫困发生率降至0.9%。", "帮扶2万", 1, "2万", "元"),
]


@pytest.mark.parametrize("text,phrase,k,fig,unit", [pytest.param(*r[1:], id=r[0]) for r in GRAMMAR])
def test_the_figure_grammar_reads_across_a_soft_wrap(text, phrase, k, fig, unit):
    from fupin_extract.figures.find import find_figures
    wrapped = _wrapped_at(text, phrase, k)
    n = normalise(wrapped)
    assert TextIndex(n).soft_breaks, wrapped
    got = {"".join(f.text.split()): f.unit for f in find_figures(wrapped, "t", normalised=n, soft=TextIndex(n).soft_breaks)}
    assert got.get(fig) == unit, (wrapped, got)


@pytest.mark.parametrize("text,out", [("全村36户\r\n脱贫30户", "全村36户 \n脱贫30户"), ("全村36户\r脱贫30户", "全村36户\n脱贫30户"),
                                      ("全村36户\r\r\n脱贫", "全村36户\n \n脱贫"), ("全村" * 40 + "\r\n户", "全村" * 40 + " \n户")])
def test_carriage_returns_normalise_one_for_one(text, out):
    assert normalise(text) == out
