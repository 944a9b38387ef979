"""Rewrites of a seen document that a report never seen may show, each a function Variant → Variant
(see tests/morph.py).  A transform keeps the gold true: it moves offsets, never the meaning, or says
in the gold metadata what it changed.  Randomness is seeded by the document id, so a transform
gives the same text on every run.
"""
from __future__ import annotations

import random
import re
from typing import Callable, Dict, List

from morph import Edit, Variant, apply, edits_where, figure_spans


def _rng(v: Variant, salt: str) -> random.Random:
    return random.Random(f"{v.doc}:{salt}")


def hard_wrap(v: Variant, width: int = 30) -> Variant:
    """A PDF's or an OCR's line breaks: every line longer than ``width`` broken every ``width``
    characters, never inside a gold figure."""
    spans = figure_spans(v)
    edits: List[Edit] = []
    pos = 0
    for line in v.text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        cut = pos + width
        while cut < pos + len(body) - 2:
            inside = next(((a, b) for a, b in spans if a < cut < b), None)
            if inside:
                cut = inside[1]
                continue
            edits.append(Edit(cut, 0, "\n"))
            cut += width
        pos += len(line)
    return apply(v, edits)


_HEADER = "{site}首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流\n当前位置：首页 > 政务公开 > 工作总结\n" \
          "发布时间：{date}  来源：{site}  浏览次数：{views}  【字体：大 中 小】\n"
_FOOTER = "\n【打印本页】【关闭窗口】\n上一篇：关于做好{year}年度安全生产工作的通知\n下一篇：{site}召开专题会议\n" \
          "主办单位：{site}办公室  联系电话：0{tel}  ICP备{icp}号\n"


def page_furniture(v: Variant) -> Variant:
    """The report as a portal page: navigation, a date line and counters above, links and the
    site's footer below.  The report's year stays the year it reports on."""
    r = _rng(v, "furniture")
    year = v.meta.get("year") or 2019
    fill = dict(site="县人民政府门户网站", date=f"{year + 1}-0{r.randint(1, 9)}-1{r.randint(0, 9)} 09:3{r.randint(0, 9)}",
                views=r.randint(100, 9999), year=year + 1, tel=r.randint(100000000, 999999999),
                icp=r.randint(10000000, 99999999))
    return apply(v, [Edit(0, 0, _HEADER.format(**fill)), Edit(len(v.text), 0, _FOOTER.format(**fill))])


def indent_and_blank(v: Variant) -> Variant:
    """A word processor's layout: every paragraph indented with two full-width spaces and followed
    by a blank line, line breaks as \\r\\n."""
    keep = figure_spans(v)
    edits = edits_where(v.text, r"^(?=\S)", lambda m: "\u3000\u3000", keep)
    edits += edits_where(v.text, r"\n", lambda m: "\r\n\r\n", keep)
    return apply(v, edits)


TRANSFORMS: Dict[str, Callable[[Variant], Variant]] = {
    "hard_wrap": hard_wrap,
    "page_furniture": page_furniture,
    "indent_and_blank": indent_and_blank,
}
