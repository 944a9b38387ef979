"""Collection files built from the seen documents (issue 12): several seen reports concatenated into
one file in the shapes collection and copy sites use, each a transform ``List[Variant] → List[Variant]``
(``collection = True``, see tests/morph.py) whose files' parts are the seen documents, each expected
to come out as its own document with the metadata and figures it has alone.

Every transform puts each of the 30 seen documents in exactly one file, so its scores compare with
identity's directly; ``parts`` is the share of files split into exactly their reports.

* ``collection_pian``: a collection title (``乡村扶贫工作总结十篇``) and parts headed ``篇N`` on a line of
  their own, ``【篇N】`` before the report's first line, ``第N篇`` on a line of their own; in the first
  file one part holds two sub-reports titled ``…总结一``, ``…总结二``.
* ``collection_fanwen``: ``范文N：`` before the first line, ``一、<title>`` numbered titles,
  ``篇N：<title>`` lines.
* ``collection_titles``: reports that follow each other under their own title lines, no numbers: one
  file with blank lines between the reports, one without (its titles name each report's unit as the gold
  gives it, or a template's ``XX镇`` of the gold's level), one with the collection title above.
* ``collection_site``: a copy site's page: the site's header, the reports each under its title and
  followed by its own footer (``（来源：…）``, ``责任编辑：…``), the site's footer.
* ``collection_sections``: every report opened by its own numbered section heading (一、脱贫攻坚工作总结)
  under numbered titles naming its unit, and under 篇N headings (one part with two sub-reports).
* ``collection_titles_c``, ``collection_pian_c``: reports closed by a rule line, an end mark (（完）), stars;
  第N篇：, <title>（篇N）, 篇 N.
* ``…_b``: the same shapes in other words (other collection titles, marks, titles, footers; a site's menu
  one item a line).

A part's text is what a reader would give that report: the collection's title and the site's header
go with the first report, a report's footer and the blank lines after it with that report, the site's
footer with the last one.  Randomness is seeded by the transform's name.
"""
from __future__ import annotations

import random
from typing import Callable, Dict, List, Sequence

from morph import Edit, Variant, apply, collection

CN = "一二三四五六七八九十"


def _cn(n: int) -> str:
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11]


def _wrap(v: Variant, before: str, after: str) -> Variant:
    """``v`` with ``before`` above its text and ``after`` below it (gold offsets carried)."""
    return apply(v, [Edit(0, 0, before), Edit(len(v.text), 0, after)])


def _groups(base: Sequence[Variant], salt: str, n: int = 3) -> List[List[Variant]]:
    """The seen documents shuffled (seeded) into ``n`` files of about equal size."""
    docs = list(base)
    random.Random(salt).shuffle(docs)
    return [docs[i::n] for i in range(n)]



def _end(v: Variant, sep: str) -> str:
    """What follows ``v``'s text up to the next part: its own line end and ``sep``."""
    return ("" if v.text.endswith("\n") else "\n") + sep


def _headed(docs: Sequence[Variant], head: str, style: str, sep: str, titles: Sequence[str],
            sub: int = 0, sub_title: str = "") -> List[Variant]:
    """Parts headed by ``style`` (``{n}`` Arabic, ``{cn}`` Chinese, ``{t}`` a title), ``head`` above the
    first; with ``sub`` > 0 the ``sub``-th heading holds two reports titled ``sub_title`` + 一 / 二."""
    out, k = [], 0
    i = 0
    while i < len(docs):
        k += 1
        t = titles[(k - 1) % len(titles)]
        top = (head if k == 1 else "") + style.format(n=k, cn=_cn(k), t=t)
        if k == sub and i + 1 < len(docs):
            out.append(_wrap(docs[i], top + sub_title + "一\n", _end(docs[i], sep)))
            out.append(_wrap(docs[i + 1], sub_title + "二\n", _end(docs[i + 1], sep)))
            i += 2
            continue
        out.append(_wrap(docs[i], top, _end(docs[i], sep)))
        i += 1
    return out


_TITLES = ("脱贫攻坚工作总结", "精准扶贫工作汇报", "扶贫开发工作情况汇报", "年度脱贫攻坚工作总结", "脱贫攻坚工作自查报告")
_TITLES_B = ("扶贫工作总结报告", "脱贫攻坚工作情况报告", "精准扶贫精准脱贫工作总结", "产业扶贫工作汇报", "脱贫攻坚述职报告",
             "脱贫攻坚工作总结及下一步工作打算", "精准扶贫工作汇报范文")


def collection_pian(base: Sequence[Variant]) -> List[Variant]:
    g = _groups(base, "pian")
    return [collection("coll_pian1", _headed(g[0], "乡村扶贫工作总结十篇\n\n", "篇{n}\n", "\n", _TITLES, 3, "扶贫工作总结")),
            collection("coll_pian2", _headed(g[1], "脱贫攻坚工作总结（精选10篇）\n", "【篇{cn}】", "\n\n", _TITLES)),
            collection("coll_pian3", _headed(g[2], "扶贫工作总结范文十篇\n", "第{cn}篇\n", "\n", _TITLES))]


def collection_pian_b(base: Sequence[Variant]) -> List[Variant]:
    g = _groups(base, "pian_b")
    return [collection("coll_pianb1", _headed(g[0], "2020年乡镇脱贫攻坚工作总结（通用10篇）\n", "篇{cn}：\n", "\n\n", _TITLES_B,
                                              6, "精准扶贫工作汇报材料")),
            collection("coll_pianb2", _headed(g[1], "扶贫工作汇报材料汇编\n\n", "【第{n}篇】", "\n", _TITLES_B)),
            collection("coll_pianb3", _headed(g[2], "精准扶贫工作总结十篇\n", "（篇{n}）\n", "\n\n", _TITLES_B))]


def collection_fanwen(base: Sequence[Variant]) -> List[Variant]:
    g = _groups(base, "fanwen")
    return [collection("coll_fanwen1", _headed(g[0], "扶贫工作总结范文\n", "范文{n}：", "\n", _TITLES)),
            collection("coll_fanwen2", _headed(g[1], "脱贫攻坚工作总结汇编\n\n", "{cn}、{t}\n", "\n", _TITLES)),
            collection("coll_fanwen3", _headed(g[2], "乡村扶贫工作总结十篇\n", "篇{cn}：{t}\n", "\n\n", _TITLES))]


def collection_fanwen_b(base: Sequence[Variant]) -> List[Variant]:
    g = _groups(base, "fanwen_b")
    return [collection("coll_fanwenb1", _headed(g[0], "精选扶贫工作汇报范文\n\n", "精选范文{cn}：", "\n\n", _TITLES_B)),
            collection("coll_fanwenb2", _headed(g[1], "扶贫工作总结报告大全\n", "{n}.{t}\n", "\n\n", _TITLES_B)),
            collection("coll_fanwenb3", _headed(g[2], "驻村扶贫工作总结范文精选\n", "★篇{n}：{t}\n", "\n", _TITLES_B))]


def _titled(docs: Sequence[Variant], head: str, sep: str, titles: Sequence[str], foot=lambda i: "",
            tail: str = "") -> List[Variant]:
    """Reports under their own title lines, no numbers; ``foot(i)`` below report ``i``, ``tail`` below
    the last; ``head`` above the first title."""
    out = []
    for i, v in enumerate(docs):
        last = i == len(docs) - 1
        after = _end(v, "") + foot(i) + (tail if last else sep)
        out.append(_wrap(v, (head if i == 0 else "") + titles[i % len(titles)] + "\n", after))
    return out


_SUFFIX = {"乡镇": "镇", "村": "村", "县": "县", "市": "市"}


def _unit_titles(docs: Sequence[Variant], kinds: Sequence[str]) -> List[str]:
    """Titles naming each report's own unit as its gold gives it (柳溪乡脱贫攻坚工作总结), a template's
    placeholder unit of its level (XX镇…) when the gold names no place, a bare kind when it gives no level."""
    out = []
    for i, v in enumerate(docs):
        unit = v.meta.get("place") or ("XX" + _SUFFIX[v.meta["level"]] if v.meta.get("level") in _SUFFIX else "")
        out.append(unit + kinds[i % len(kinds)])
    return out


def collection_titles(base: Sequence[Variant]) -> List[Variant]:
    g = _groups(base, "titles")
    return [collection("coll_titles1", _titled(g[0], "", "\n", _TITLES)),
            collection("coll_titles2", _titled(g[1], "", "", _unit_titles(g[1], _TITLES))),
            collection("coll_titles3", _titled(g[2], "乡镇脱贫攻坚工作总结（10篇）\n发布时间：2021-03-02\n\n", "\n\n", _TITLES))]


def collection_titles_b(base: Sequence[Variant]) -> List[Variant]:
    g = _groups(base, "titles_b")
    return [collection("coll_titlesb1", _titled(g[0], "", "\n\n", _TITLES_B)),
            collection("coll_titlesb2", _titled(g[1], "", "", _unit_titles(g[1], _TITLES_B))),
            collection("coll_titlesb3", _titled(g[2], "扶贫工作总结精选\n\n", "\n", _TITLES_B))]


_SITE_HEAD = "{site}\n首页 | 新闻中心 | 脱贫攻坚 | 乡村振兴 | 政策法规\n当前位置：首页 > 脱贫攻坚 > 工作动态\n\n"
_SITE_HEAD_B = "{site}\n" + "".join(w + "\n" for w in "网站首页 机构设置 政务公开 新闻中心 通知公告 扶贫动态 政策解读 "
                                                     "办事指南 在线访谈 领导信箱 专题专栏 数据开放 下载中心 联系我们".split()) + \
               "您现在的位置：网站首页 > 扶贫动态\n"
_SITE_FOOT = "\n网站声明 | 联系我们 | 网站地图\n主办：{site}  技术支持：信息中心\n"
_SITES = ("扶贫信息网", "乡村振兴在线", "三农资讯网")
_SOURCES = ("扶贫开发办公室", "乡村振兴局", "农业农村局", "脱贫攻坚指挥部")
_EDITORS = ("王磊", "李红梅", "赵小川", "刘思远", "陈静")


def _site(doc: str, docs: Sequence[Variant], titles: Sequence[str], foot: str, sep: str, k: int,
          head: str = _SITE_HEAD) -> Variant:
    site = _SITES[k % len(_SITES)]
    feet = lambda i: foot.format(src=_SOURCES[i % len(_SOURCES)], ed=_EDITORS[i % len(_EDITORS)])  # noqa: E731
    return collection(doc, _titled(docs, head.format(site=site), sep, titles, feet,
                                   _SITE_FOOT.format(site=site)))


def collection_site(base: Sequence[Variant]) -> List[Variant]:
    g = _groups(base, "site")
    return [_site("coll_site1", g[0], _TITLES, "（来源：{src}）\n责任编辑：{ed}\n", "\n", 0),
            _site("coll_site2", g[1], _TITLES, "（来源：{src}）\n", "", 1),
            _site("coll_site3", g[2], _TITLES, "责任编辑：{ed}\n", "\n\n", 2)]


def collection_site_b(base: Sequence[Variant]) -> List[Variant]:
    g = _groups(base, "site_b")
    return [_site("coll_siteb1", g[0], _TITLES_B, "来源：{src}  编辑：{ed}\n", "\n", 1, _SITE_HEAD_B),
            _site("coll_siteb2", g[1], _TITLES_B, "【来源：{src}】\n【责任编辑：{ed}】\n", "", 2, _SITE_HEAD_B),
            _site("coll_siteb3", g[2], _TITLES_B, "(来源:{src})\n", "\n\n", 0)]


def _sectioned(docs: Sequence[Variant], heading: str) -> List[Variant]:
    """Each report opened by its own numbered section heading (一、脱贫攻坚工作总结), the shape of a
    collection's numbered titles but naming no unit."""
    return [_wrap(v, heading, "") for v in docs]


def _sections(base: Sequence[Variant], salt: str, heading: str, styles: Sequence[str], kinds: Sequence[str],
              doc: str) -> List[Variant]:
    """Three files whose reports each open with ``heading``: numbered titles naming each report's unit
    (``styles[0]``, ``styles[1]``) and 篇N headings (``styles[2]``, one part holding two sub-reports); a report
    whose gold gives no level (a bare numbered title is no report's title) goes to the 篇N file."""
    g = _groups([v for v in base if v.meta.get("level") in _SUFFIX], salt)
    g[2] += [v for v in base if v.meta.get("level") not in _SUFFIX]
    out = []
    for k, (docs, style) in enumerate(zip(g, styles)):
        docs = _sectioned(docs, heading)
        titles = _unit_titles(docs, kinds) if k < 2 else kinds
        out.append(collection(f"{doc}{k + 1}", _headed(docs, "扶贫工作总结十篇\n", style, "\n", titles, 4 if k == 2 else 0,
                                                      "脱贫攻坚工作总结")))
    return out


def collection_sections(base: Sequence[Variant]) -> List[Variant]:
    return _sections(base, "sections", "一、脱贫攻坚工作总结\n", ("{cn}、{t}\n", "{n}.{t}\n", "篇{n}：{t}\n"), _TITLES,
                     "coll_sect")


def collection_sections_b(base: Sequence[Variant]) -> List[Variant]:
    return _sections(base, "sections_b", "（一）精准扶贫工作情况汇报\n", ("（{cn}）{t}\n", "{n}、{t}\n", "第{cn}篇 {t}\n"),
                     _TITLES_B, "coll_sectb")


_TITLES_C = ("扶贫工作开展情况汇报", "脱贫攻坚工作开展情况的报告", "脱贫攻坚年度工作总结", "精准扶贫工作报告")


def collection_titles_c(base: Sequence[Variant]) -> List[Variant]:
    """Reports under their own titles, closed by a rule line, by an end mark (（完）), by a row of stars."""
    g = _groups(base, "titles_c")
    return [collection("coll_titlesc1", _titled(g[0], "", "——————————————\n", _TITLES_C)),
            collection("coll_titlesc2", _titled(g[1], "", "（完）\n", _TITLES_C)),
            collection("coll_titlesc3", _titled(g[2], "扶贫工作汇报五篇\n", "\n* * *\n\n", _TITLES_C))]


def collection_pian_c(base: Sequence[Variant]) -> List[Variant]:
    """第N篇：<title> (one part with two sub-reports), <title>（篇N）, 篇 N <title>."""
    g = _groups(base, "pian_c")
    return [collection("coll_pianc1", _headed(g[0], "扶贫工作总结汇总\n", "第{cn}篇：{t}\n", "\n", _TITLES_C, 2, "脱贫工作总结")),
            collection("coll_pianc2", _headed(g[1], "", "{t}（篇{cn}）\n", "\n", _TITLES_C)),
            collection("coll_pianc3", _headed(g[2], "脱贫攻坚工作总结精选五篇\n", "篇 {n} {t}\n", "", _TITLES_C))]


TRANSFORMS: Dict[str, Callable] = {
    "collection_titles_c": collection_titles_c, "collection_pian_c": collection_pian_c,
    "collection_sections": collection_sections, "collection_sections_b": collection_sections_b,
    "collection_pian": collection_pian, "collection_pian_b": collection_pian_b,
    "collection_fanwen": collection_fanwen, "collection_fanwen_b": collection_fanwen_b,
    "collection_titles": collection_titles, "collection_titles_b": collection_titles_b,
    "collection_site": collection_site, "collection_site_b": collection_site_b,
}
for _fn in TRANSFORMS.values():
    _fn.collection = True  # type: ignore[attr-defined]
