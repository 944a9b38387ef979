"""Rewrites of the seen documents for the figure grammar's line and paragraph reading (issue 14, branch
num14b), each a function Variant → Variant (see tests/morph.py) that keeps the gold true.

* ``post_furniture_a``, ``post_furniture_b``: the report as a forum post or essay-site page: a date stamp with
  dashes or slashes before a ``本帖最后由…`` line, a paragraph that ends in a bare number before a blank line and
  a ``本文来源…`` / ``本站…`` line, counters (``568人阅读 | 12人点赞``), a gallery counter (``第1张 / 共6张``), an
  essay title with its article count (``范文（精选5篇）``). None of it is a figure; two wordings.
* ``blank_wrap_a``, ``blank_wrap_b``: a PDF's layout with a blank line after every line (``\\n\\n``, or
  ``\\n \\n``): lines hard-wrapped every 28 or 34 characters, a cut that falls inside a gold figure of digits and a
  unit moved to the boundary between them (the figure then spans the blank line), elsewhere to the figure's end.

Randomness is seeded by the document id and the transform's name.
"""
from __future__ import annotations

import random
import re
from typing import Callable, Dict, List

from morph import Edit, Variant, apply, figure_spans


def _rng(v: Variant, salt: str) -> random.Random:
    return random.Random(f"{v.doc}:{salt}")


_POST_A = ("{site} > 工作交流 > 经验分享\n发布时间：{y}-0{m}-1{d}\n本帖最后由 {user} 于 {y}-0{m}-1{d} 09:12 编辑\n"
           "{title}范文（精选{k}篇）\n\n")
_TAIL_A = "\n截至发稿，本文已被网友转载{n}\n\n本文来源于网络，如有侵权请联系删除\n{r}人阅读 | {z}人点赞 | {c}条评论\n第1张 / 共{p}张\n"
_POST_B = ("{site} › 总结报告 › 工作总结\n更新于 {y}/{m}/2{d}\n本站编辑：{user}\n{title}合集（共{k}篇）\n\n")
_TAIL_B = "\n页面总访问量 {n}\n\n本站所有文章均来自网络\n{r}人浏览 | {z}人收藏\n第2页/共{p}页\n"


def _post(v: Variant, head: str, tail: str, salt: str, site: str, user: str, title: str) -> Variant:
    r = _rng(v, salt)
    year = (v.meta.get("year") or 2019) + 1
    fill = dict(site=site, user=user, title=title, y=year, m=r.randint(1, 9), d=r.randint(0, 9), k=r.randint(3, 12),
                n=r.randint(12, 980), r=r.randint(100, 9999), z=r.randint(2, 99), c=r.randint(1, 40), p=r.randint(3, 12))
    text = v.text.rstrip("\r\n ")
    return apply(v, [Edit(0, 0, head.format(**fill)), Edit(len(text), 0, tail.format(**fill))])


def post_furniture_a(v: Variant) -> Variant:
    return _post(v, _POST_A, _TAIL_A, "post_a", "扶贫论坛", "王五", "脱贫攻坚工作总结")


def post_furniture_b(v: Variant) -> Variant:
    return _post(v, _POST_B, _TAIL_B, "post_b", "范文之家", "lily2019", "乡村振兴心得体会")


_NUMBER_HEAD = re.compile(r"\d+(?:\.\d+)?")


def _cut_inside(v: Variant, cut: int):
    """(position, inside) of a wrap at ``cut``: outside every gold figure as it is; inside a figure of digits
    then a unit (18.2公里) at the boundary between them; inside any other figure at its end."""
    for g in v.figures:
        a, b = g["start"], g["end"]
        if a < cut < b:
            m = _NUMBER_HEAD.match(v.text, a)
            if m is not None and a < m.end() < b and not v.text[m.end()].isspace():
                return m.end(), True
            return b, False
    return cut, False


_BREAKS = re.compile(r"(?:[ \t]*\r?\n)+")


def _within(v: Variant, a: int, b: int) -> bool:
    return any(g["start"] < a and b < g["end"] for g in v.figures)


def _blank_wrap(v: Variant, width: int, blank: str) -> Variant:
    edits: List[Edit] = []
    pos = 0
    for m in _BREAKS.finditer(v.text + "\n"):
        end = min(m.start(), len(v.text))
        cut = pos + width
        while cut < end - 2:
            at, inside = _cut_inside(v, cut)
            if at >= end:
                break
            edits.append(Edit(at, 0, blank, inside))
            cut = at + width
        if m.end() <= len(v.text):  # each run of line breaks one blank line
            edits.append(Edit(m.start(), m.end() - m.start(), blank, _within(v, m.start(), m.end())))
        pos = m.end()
    return apply(v, edits)


def blank_wrap_a(v: Variant) -> Variant:
    return _blank_wrap(v, 28, "\n\n")


def blank_wrap_b(v: Variant) -> Variant:
    return _blank_wrap(v, 34, "\n \n")


TRANSFORMS: Dict[str, Callable[[Variant], Variant]] = {
    "post_furniture_a": post_furniture_a,
    "post_furniture_b": post_furniture_b,
    "blank_wrap_a": blank_wrap_a,
    "blank_wrap_b": blank_wrap_b,
}
