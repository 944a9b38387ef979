"""Rewrites of the seen documents for report metadata and the period that falls back on it (issue 12),
each a function Variant → Variant (see tests/morph.py) whose variant's gold states what it changed.

* ``page_wechat``, ``page_essay``: the report as a WeChat copy (account name, ``原创 … 2020-01-08``, 阅读 and
  在看 counters, the account's other posts) or an essay site's page (``字号 大 中 小``, ``发布于 …``, related
  articles); the publication date and the link titles name a later year than the report's.
* ``place_rename_a|b|c``: the reporting unit and its parents renamed throughout to another chain of the
  gazetteer (another province), three seeded chains per document.
* ``year_shift``: every campaign year of the text moved back by one or two years.
* ``title_removed``, ``title_below_date``, ``signature_removed``: the title line gone, the title under a date
  line, the signature block gone.
* ``traditional_head``: the first five lines in traditional script.

Randomness is seeded by the document id and the transform's name.
"""
from __future__ import annotations

import csv
import functools
import random
import re
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from morph import ROOT, Edit, Variant, apply, figure_spans

GAZ = ROOT / "fupin_extract" / "data" / "gazetteer"


def _rng(v: Variant, salt: str) -> random.Random:
    return random.Random(f"{v.doc}:{salt}")


def _later(year: Optional[int], r: random.Random) -> int:
    """A publication year after the report's, within the campaign (a page of 2021 at the latest)."""
    y = year or 2019
    return min(2021, y + r.choice((1, 1, 2))) if y < 2021 else 2021


# --- page furniture, other wording --------------------------------------------------------------------

_WECHAT_HEAD = "{account}\n原创 {author} {account} {date}\n收录于话题 #脱贫攻坚 {n}个\n\n"
_WECHAT_FOOT = "\n\n- END -\n来源：{account}\n编辑：{author}  审核：{editor}\n阅读 {reads}\n{likes}  在看 {seen}\n写留言\n" \
               "喜欢此内容的人还喜欢\n{pub}年全面推进乡村振兴重点工作部署会召开\n关于{pub}年春节期间值班安排的通知\n"
_ACCOUNTS = ("乡村振兴观察", "三农之声", "脱贫攻坚一线", "田野里的故事", "山乡巨变", "基层治理前沿")
_AUTHORS = ("王磊", "李红梅", "赵小川", "刘思远", "陈静")


def page_wechat(v: Variant) -> Variant:
    """The report as a WeChat post: account name and ``原创 author account date`` above, counters, the
    account's other posts (naming the publication year) below.  The report's year stays its own."""
    r = _rng(v, "wechat")
    pub = _later(v.meta.get("year"), r)
    date = r.choice((f"{pub}-0{r.randint(1, 9)}-{r.randint(10, 28)}", f"{pub}年{r.randint(1, 9)}月{r.randint(1, 28)}日"))
    fill = dict(account=r.choice(_ACCOUNTS), author=r.choice(_AUTHORS), editor=r.choice(_AUTHORS), date=date,
                n=r.randint(3, 90), reads=r.choice(("1.2万", "3568", "10万+", "896")), likes=r.randint(5, 99),
                seen=r.randint(3, 80), pub=pub)
    return apply(v, [Edit(0, 0, _WECHAT_HEAD.format(**fill)), Edit(len(v.text), 0, _WECHAT_FOOT.format(**fill))])


_ESSAY_HEAD = "{site} > 范文大全 > 工作总结 > 扶贫工作总结\n发布于 {date} · 作者：{author} · 字号 大 中 小 · 收藏本文\n" \
              "导读：本文是{site}为大家整理的扶贫工作总结，仅供参考。\n"
_ESSAY_FOOT = "\n\n本文来源于网络，如有侵权请联系删除。\n相关推荐\n· {pub}年驻村第一书记述职报告范文\n" \
              "· {pub}年度乡村振兴工作计划（精选3篇）\n· {pub}年巩固拓展脱贫攻坚成果工作总结\n热门标签：扶贫 总结 报告\n"
_SITES = ("范文网", "写作吧", "文库大全", "公文之家", "第一范文")


def page_essay(v: Variant) -> Variant:
    """The report on an essay site: breadcrumbs, ``发布于 date · 作者 · 字号 大 中 小`` and a lead above, a
    notice and related articles (naming the publication year) below."""
    r = _rng(v, "essay")
    pub = _later(v.meta.get("year"), r)
    date = r.choice((f"{pub}/{r.randint(1, 12)}/{r.randint(1, 28)}", f"{pub}.{r.randint(1, 12):02d}.{r.randint(1, 28):02d}",
                     f"{pub}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(8, 22)}:{r.randint(10, 59)}"))
    fill = dict(site=r.choice(_SITES), author=r.choice(_AUTHORS), date=date, pub=pub)
    return apply(v, [Edit(0, 0, _ESSAY_HEAD.format(**fill)), Edit(len(v.text), 0, _ESSAY_FOOT.format(**fill))])


TRANSFORMS: Dict[str, Callable[[Variant], Variant]] = {
    "page_wechat": page_wechat,
    "page_essay": page_essay,
}
