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
