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


# --- place_rename -----------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _gazetteer():
    """(provinces, cities, counties, townships) of the gazetteer's CSV files: code → row."""
    def rows(name):
        with open(GAZ / name, encoding="utf-8") as fh:
            return {r["code"]: r for r in csv.DictReader(fh)}
    return rows("provinces.csv"), rows("cities.csv"), rows("areas.csv"), rows("streets.csv")


@functools.lru_cache(maxsize=1)
def _name_counts():
    """How often each county and township name occurs in the whole gazetteer (a unique name is certain)."""
    _, cities, counties, towns = _gazetteer()
    out: Dict[str, int] = {}
    for table in (cities, counties, towns):
        for r in table.values():
            out[r["name"]] = out.get(r["name"], 0) + 1
    return out


@functools.lru_cache(maxsize=1)
def _towns_of():
    out: Dict[str, List[str]] = {}
    for r in _gazetteer()[3].values():
        out.setdefault(r["areaCode"], []).append(r["name"])
    return out


@functools.lru_cache(maxsize=1)
def _counties_of():
    out: Dict[str, List[str]] = {}
    for code, r in _gazetteer()[2].items():
        out.setdefault(r["cityCode"], []).append(code)
    return out


def _simplify(text: str) -> str:
    from fupin_extract.meaning.gazetteer import simplify
    return simplify(text)


def _short(name: str, kind: str) -> str:
    from fupin_extract.meaning import gazetteer as gz
    ethnic = gz.ethnic_names()
    if kind == "county":
        return gz.county_short(name, ethnic)
    if kind == "town":
        return ""  # 花园乡 → 花园 is a word: townships keep their suffix
    return gz.region_short(name, ethnic)


_REAL_CITY = re.compile(r"^(?!市辖区$|县$|省直辖|自治区直辖)")
_KIND = re.compile(r"(自治县|自治旗|街道|县|区|市|旗|乡|镇)$")


def _kind(name: str) -> str:
    m = _KIND.search(name)
    return m.group(1) if m else ""


def _old_county(v: Variant) -> Optional[str]:
    """The gazetteer code of the gold county (or of a county report's place), None when it is not certain."""
    _, _, counties, _ = _gazetteer()
    provinces = _gazetteer()[0]
    name = v.meta.get("county") or (v.meta.get("place") if v.meta.get("level") == "县" else None)
    if not name:
        return None
    name = _simplify(name)
    prov = next((c for c, r in provinces.items() if r["name"] == v.meta.get("province")), None)
    hits = [c for c, r in counties.items() if (r["name"] == name or _short(r["name"], "county") == name)
            and (prov is None or r["provinceCode"] == prov)]
    return hits[0] if len(hits) == 1 else None


def _old_city(v: Variant) -> Optional[str]:
    if v.meta.get("level") != "市" or not v.meta.get("place"):
        return None
    name = _simplify(v.meta["place"])
    hits = [c for c, r in _gazetteer()[1].items() if r["name"] == name]
    return hits[0] if len(hits) == 1 else None


def _pick_county(r: random.Random, old: str, need_towns: int, kind_of_place: str = "") -> Optional[str]:
    """A county of the same kind (县, 自治县, 区, 市 …) in another province, its name unique in the gazetteer, with
    ``need_towns`` townships at least, in a real prefecture."""
    _, cities, counties, _ = _gazetteer()
    o = counties[old]
    kind, names = _kind(o["name"]), _name_counts()
    pool = sorted(c for c, x in counties.items() if _kind(x["name"]) == kind and x["provinceCode"] != o["provinceCode"]
                  and names[x["name"]] == 1 and _short(x["name"], "county") and names.get(_short(x["name"], "county"), 0) == 0
                  and not _KIND.search(_short(x["name"], "county")) and not _short(x["name"], "county").endswith("村")
                  and len(_towns_of().get(c, ())) >= need_towns and x["cityCode"] in cities
                  and (not kind_of_place or any(_kind(t) == kind_of_place for t in _towns_of().get(c, ())))
                  and _REAL_CITY.match(cities[x["cityCode"]]["name"]) and ("族" in x["name"]) == ("族" in o["name"]))
    return r.choice(pool) if pool else None


def _named(text: str, names) -> List[str]:
    """The names of ``names`` the (simplified) text holds, in order of first appearance."""
    return sorted((n for n in set(names) if n and n in text), key=text.find)


def _town_map(r: random.Random, text: str, old_county: str, new_county: str, place: str) -> Dict[str, str]:
    """Each township of the old county the text names → a distinct township of the new county (of the same
    suffix where one is left); the new county's names must not stand in the text already."""
    olds = _named(text, _towns_of().get(old_county, ()))
    olds.sort(key=lambda t: t != place)  # the reporting township first: it keeps its kind (乡, 镇)
    pool = [t for t in _towns_of().get(new_county, ()) if t not in text and _name_counts()[t] == 1]
    r.shuffle(pool)
    out = {}
    for t in olds:
        same = [p for p in pool if _kind(p) == _kind(t)] or ([] if t == place else pool)
        if not same:
            break
        out[t] = same[0]
        pool.remove(same[0])
    for t in _listed_shorts(text, _towns_of().get(old_county, ())):  # 车田、浪坪: short names in a list
        new = next((p for p in pool if _town_short(p)), None)
        if new is None:
            break
        out[t] = _town_short(new)
        pool.remove(new)
    return out


def _town_short(name: str) -> str:
    from fupin_extract.meaning.gazetteer import township_short
    return township_short(name)


def _listed_shorts(text: str, towns) -> List[str]:
    """Short township names (车田 of 车田乡) the text writes as items of a list (车田、浪坪)."""
    out = []
    for t in towns:
        s = _town_short(t)
        if s and t not in text and re.search(f"(?:、{re.escape(s)}|{re.escape(s)}、)", text):
            out.append(s)
    return sorted(set(out), key=text.find)


def _region_map(old_code: str, new_code: str, table: dict, kind: str) -> Dict[str, str]:
    old, new = table[old_code]["name"], table[new_code]["name"]
    out = {old: new}
    so, sn = _short(old, kind), _short(new, kind)
    if so and sn:
        out[so] = sn
    return out


_VILLAGE_CHARS = "青石桥河岭坪湾塘坝沟岩峰松柏竹梅兰泉溪源田家寨庄园口新和兴安平丰乐福寿春秋云龙凤"


def _village_map(r: random.Random, v: Variant, text: str) -> Dict[str, str]:
    """The reporting village's name (and its stem, 红土梁 of 红土梁行政村) → an invented one."""
    place = _simplify(v.meta.get("place") or "")
    stem = re.sub(r"(?:行政村|村民委员会|村委会|村)$", "", place)
    if v.meta.get("level") != "村" or len(stem) < 2:
        return {}
    while True:
        new = "".join(r.sample(_VILLAGE_CHARS, 2))
        if new not in text and new + "村" not in _name_counts():
            return {place: place.replace(stem, new), stem: new}


def _rename_map(v: Variant, salt: str) -> Dict[str, str]:
    """Old name → new name (simplified) for the reporting unit and its parents, empty when the document's
    unit is not certain in the gazetteer."""
    provinces, cities, counties, _ = _gazetteer()
    r = _rng(v, salt)
    text = _simplify(v.text)
    city = _old_city(v)
    if city is not None:
        pool = sorted(c for c, x in cities.items() if _kind(x["name"]) == "市" and x["provinceCode"] !=
                      cities[city]["provinceCode"] and _name_counts()[x["name"]] == 1 and _REAL_CITY.match(x["name"]))
        new = r.choice(pool)
        out = _region_map(city, new, cities, "city")
        out.update(_region_map(cities[city]["provinceCode"], cities[new]["provinceCode"], provinces, "province"))
        olds = _named(text, (counties[c]["name"] for c in _counties_of().get(city, ())))
        news = [counties[c]["name"] for c in _counties_of().get(new, ()) if _name_counts()[counties[c]["name"]] == 1]
        r.shuffle(news)
        out.update(zip(olds, news))
        return out
    county = _old_county(v)
    if county is None or "保护区" in (v.meta.get("place") or ""):
        return {}  # a zone (自然保护区) the gazetteer ties to its county: not renamed
    need = len(_named(text, _towns_of().get(county, ())))
    place = _simplify(v.meta.get("place") or "")
    new = _pick_county(r, county, need, _kind(place) if place in _towns_of().get(county, ()) else "")
    if new is None:
        return {}
    out = _region_map(county, new, counties, "county")
    o, n = counties[county], counties[new]
    if _REAL_CITY.match(cities.get(o["cityCode"], {}).get("name", "县")):
        out.update(_region_map(o["cityCode"], n["cityCode"], cities, "city"))
    out.update(_region_map(o["provinceCode"], n["provinceCode"], provinces, "province"))
    out.update(_town_map(r, text, county, new, _simplify(v.meta.get("place") or "")))
    out.update(_village_map(r, v, text))
    return out


def _rename(s: Optional[str], names: Dict[str, str], pattern) -> Optional[str]:
    return s if not s else pattern.sub(lambda m: names[m.group(0)], _simplify(s)) if pattern.search(_simplify(s)) else s


def _name_edits(v: Variant, names: Dict[str, str], pattern) -> List[Edit]:
    """An edit for each name of ``names`` in the text; one inside a gold figure's span (a figure broken by a
    page's layout, 13\n(双河乡党政办 供稿)\n人) is an ``inside`` edit, one across a figure's edge is left."""
    keep = figure_spans(v)
    out = []
    for m in pattern.finditer(_simplify(v.text)):
        cut = [(a, b) for a, b in keep if a < m.end() and m.start() < b]
        if cut and not (len(cut) == 1 and cut[0][0] < m.start() and m.end() < cut[0][1]):
            continue
        out.append(Edit(m.start(), len(m.group(0)), names[m.group(0)], inside=bool(cut)))
    return out


def _place_rename(v: Variant, salt: str) -> Variant:
    names = _rename_map(v, salt)
    if not names:
        return v
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    out = apply(v, _name_edits(v, names, pattern))
    provinces = {r["name"] for r in _gazetteer()[0].values()}
    meta = {k: _rename(v.meta.get(k), names, pattern) for k in ("place", "county")}
    prov = _rename(v.meta.get("province"), names, pattern)
    meta["province"] = prov if prov in provinces or prov is None else v.meta.get("province")
    out.meta = {**out.meta, **meta}
    out.figures = [{**g, "scope": _rename(g["scope"], names, pattern)} if g.get("scope") else g for g in out.figures]
    return out


def place_rename_a(v: Variant) -> Variant:
    """The reporting unit and its parents renamed to another gazetteer chain (seed a)."""
    return _place_rename(v, "rename-a")


def place_rename_b(v: Variant) -> Variant:
    """As :func:`place_rename_a`, another chain."""
    return _place_rename(v, "rename-b")


def place_rename_c(v: Variant) -> Variant:
    """As :func:`place_rename_a`, a third chain."""
    return _place_rename(v, "rename-c")


TRANSFORMS.update({"place_rename_a": place_rename_a, "place_rename_b": place_rename_b,
                   "place_rename_c": place_rename_c})
