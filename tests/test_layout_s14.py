"""Session 14 (the lead, after merging wrap14 and form14): exclusions read across soft line wraps, and
an ordinal that a text writes inside its paragraphs is no heading at a line's start.  Made-up rows."""
import pytest

from fupin_extract.figures import find_figures
from fupin_extract.segment import TextIndex, soft_breaks

BODY = ("十三五期间，全县坚持精准方略，累计新增识别三类对象612户1940人，其中脱贫不稳定户156户578人，"
        "边缘易致贫户98户314人，全面落实五个一批政策，实现两不愁三保障目标，全县贫困发生率降至0.3%。")


FILLER = "全县上下凝心聚力真抓实干统筹推进各项工作持续用力久久为功"


def _wrapped(text: str, width: int, cut_after: str) -> str:
    """``text`` after a filler, broken every ``width`` characters, one break right after ``cut_after``."""
    pad = -(text.index(cut_after) + len(cut_after)) % width
    text = FILLER[:pad] + text
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


@pytest.mark.parametrize("cut_after, phrase", [("十三", "十三"), ("五个", "五个"), ("两不愁三", "三保障")])
def test_a_phrase_a_wrap_cuts_is_excluded_as_on_one_line(cut_after, phrase):
    text = _wrapped(BODY, 16, cut_after)
    assert soft_breaks(text), "the made-up page must read as wrapped"
    got = [f.text.replace("\n", "") for f in find_figures(text)]
    assert not any(g.startswith(phrase[:2]) for g in got), got
    assert "612户" in got and "1940人" in got


INLINE = "一、主要做法\n第一，压实责任。全乡落实帮扶干部86名。第二，强化产业。发展茶叶1200亩。\n第三，兜底保障到位。全乡低保户267户。\n"
HEADED = "一、主要做法\n第一，压实责任\n全乡落实帮扶干部86名。\n第二，强化产业\n发展茶叶1200亩。\n"


@pytest.mark.parametrize("text, ordinal_headings", [
    (INLINE, 0),  # 第一，… 第二，… inside a paragraph: 第三， at a line's start is an enumerator too
    (HEADED, 2),  # each ordinal on a line of its own, none inside a paragraph: headings
])
def test_an_ordinal_written_inside_paragraphs_is_no_heading(text, ordinal_headings):
    shapes = [h.shape for h in TextIndex(text).headings]
    assert shapes.count("ordinal") == ordinal_headings
    assert shapes.count("chinese") == 1


RUN_INTO = "第1页共5页某镇关于脱贫攻坚工作的报告。" + "全镇累计投入扶贫资金1860万元，实施产业项目36个，带动贫困户412户1530人稳定增收。" * 6


#: lines of near one length around the text (a page's width), the text run into its page number
HEADS = ["县人民政府门户网站首页新闻中心政务\n公开办事服务互动交流当前位置首页\n政务公开工作总结发布时间二零二零\n",
         "转载自乡村振兴发布微信公众号原创\n作者李明编辑王芳审核张强校对刘洋\n"]
TAIL = "\n截至发稿本文已被网友转载八百余次\n本文来源于网络如有侵权请联系删除\n"


@pytest.mark.parametrize("head", HEADS)
def test_a_page_number_run_into_the_text_is_no_page_furniture(head):
    text = head + RUN_INTO + TAIL
    assert soft_breaks(text), "the made-up page must have a width"
    for a, b in soft_breaks(text):
        assert not text[a:b].strip(), f"a soft wrap steps over text: {text[a:b][:40]!r}"
