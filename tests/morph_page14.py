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


def _pick_county(r: random.Random, old: str, need_towns: int, kind_of_place: str = "",
                 namesake: bool = False) -> Optional[str]:
    """A county of the same kind (县, 自治县, 区, 市 …) in another province, its name unique in the gazetteer, with
    ``need_towns`` townships at least, in a real prefecture."""
    _, cities, counties, _ = _gazetteer()
    o = counties[old]
    kind, names = _kind(o["name"]), _name_counts()
    pool = sorted(c for c, x in counties.items() if _kind(x["name"]) == kind and x["provinceCode"] != o["provinceCode"]
                  and names[x["name"]] == 1 and _short(x["name"], "county") and names.get(_short(x["name"], "county"), 0) == 0
                  and not _KIND.search(_short(x["name"], "county")) and not _short(x["name"], "county").endswith("村")
                  and len(_towns_of().get(c, ())) >= need_towns and x["cityCode"] in cities
                  and (not kind_of_place or any(_kind(t) == kind_of_place and (names[t] >= 2) == namesake
                                                for t in _towns_of().get(c, ())))
                  and _REAL_CITY.match(cities[x["cityCode"]]["name"]) and ("族" in x["name"]) == ("族" in o["name"]))
    return r.choice(pool) if pool else None


def _named(text: str, names) -> List[str]:
    """The names of ``names`` the (simplified) text holds, in order of first appearance."""
    return sorted((n for n in set(names) if n and n in text), key=text.find)


def _town_map(r: random.Random, text: str, old_county: str, new_county: str, place: str,
              namesake: bool = False) -> Dict[str, str]:
    """Each township of the old county the text names → a distinct township of the new county (of the same
    suffix where one is left); the new county's names must not stand in the text already."""
    olds = _named(text, _towns_of().get(old_county, ()))
    olds.sort(key=lambda t: t != place)  # the reporting township first: it keeps its kind (乡, 镇)
    pool = [t for t in _towns_of().get(new_county, ()) if t not in text and _name_counts()[t] == 1]
    r.shuffle(pool)
    out = {}
    twins = [t for t in _towns_of().get(new_county, ()) if t not in text and _name_counts()[t] >= 2]
    r.shuffle(twins)
    for t in olds:
        if t == place and namesake:  # a name other counties' townships bear too: the named county decides
            same = [p for p in twins if _kind(p) == _kind(t)]
            if same:
                out[t] = same[0]
                continue
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


def _rename_map(v: Variant, salt: str, namesake: bool = False) -> Dict[str, str]:
    """Old name → new name (simplified) for the reporting unit and its parents, empty when the document's
    unit is not certain in the gazetteer; with ``namesake`` the reporting township's new name is one that
    townships of other counties bear too."""
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
    new = _pick_county(r, county, need, _kind(place) if place in _towns_of().get(county, ()) else "", namesake)
    if new is None:
        return {}
    out = _region_map(county, new, counties, "county")
    o, n = counties[county], counties[new]
    if _REAL_CITY.match(cities.get(o["cityCode"], {}).get("name", "县")):
        out.update(_region_map(o["cityCode"], n["cityCode"], cities, "city"))
    out.update(_region_map(o["provinceCode"], n["provinceCode"], provinces, "province"))
    out.update(_town_map(r, text, county, new, place, namesake))
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


def _bare(names: Dict[str, str], v: Variant) -> Dict[str, str]:
    """``names`` with the reporting unit written without its parents where they stand before it (东至县花园乡 →
    帕当乡, 安徽省东至县 → 仁布县): each run of two or three names of the chain maps to its last one's new name."""
    provinces, cities, counties, _ = _gazetteer()
    chain = [x for x in (_simplify(v.meta.get(k) or "") for k in ("province", "county", "place")) if x]
    olds = [n for n in names if n in chain or any(n == _short(c, "county") for c in chain)]
    out = dict(names)
    for a in olds:
        for b in olds:
            if a != b and len(names[b]) >= 3:
                out.setdefault(a + b, names[b])
                for c in olds:
                    if c not in (a, b):
                        out.setdefault(a + b + c, names[c])
    return out


def _place_rename(v: Variant, salt: str, namesake: bool = False, bare: bool = False) -> Variant:
    names = _rename_map(v, salt, namesake)
    if not names:
        return v
    if bare:
        names = _bare(names, v)
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


def place_rename_namesake(v: Variant) -> Variant:
    """The reporting township renamed to a name townships of other counties bear too (the named county decides)."""
    return _place_rename(v, "rename-n", namesake=True)


def place_rename_bare(v: Variant) -> Variant:
    """As :func:`place_rename_a`, the unit written without its parents before it (东至县花园乡 → 帕当乡)."""
    return _place_rename(v, "rename-bare", bare=True)


def place_rename_namesake_bare(v: Variant) -> Variant:
    """A namesake township written without its county before it: the county the text still names, or the one
    its other townships share, decides; where neither is left the gold county is null."""
    out = _place_rename(v, "rename-nb", namesake=True, bare=True)
    county = out.meta.get("county")
    if county and county not in _simplify(out.text) and _short(county, "county") not in _simplify(out.text):
        others = [t for t in _towns_of().get(_county_code(county), ()) if t in _simplify(out.text)
                  and _name_counts()[t] == 1]
        if not others:
            out.meta = {**out.meta, "county": None}
    return out


def _county_code(name: str) -> Optional[str]:
    return next((c for c, r in _gazetteer()[2].items() if r["name"] == name), None)


TRANSFORMS.update({"place_rename_a": place_rename_a, "place_rename_b": place_rename_b,
                   "place_rename_c": place_rename_c, "place_rename_namesake": place_rename_namesake,
                   "place_rename_bare": place_rename_bare,
                   "place_rename_namesake_bare": place_rename_namesake_bare})


# --- year_shift -----------------------------------------------------------------------------------

_CAMPAIGN = range(2013, 2022)
_AR_YEAR = re.compile(r"(?<![\d.．])(20[12]\d)(?![\d%％]|\.\d|．\d)")
_CN_DIGIT = "〇一二三四五六七八九"
_CN_YEAR = re.compile(r"二[〇零○]([一二])([〇零○一二三四五六七八九])(?=\s*年)")
_PLAN_PERIOD = {"十三五": "2016-2020", "十二五": "2011-2015"}


def _cn_year(m) -> int:
    digits = "〇一二三四五六七八九"
    return 2000 + 10 * digits.index(m.group(1)) + digits.index(m.group(2).replace("零", "〇").replace("○", "〇"))


def _years_in(text: str, keep) -> List[Tuple[int, int, int, str]]:
    """(start, end, year, script) of every campaign year written in the text outside the gold figures."""
    out = []
    for m in _AR_YEAR.finditer(text):
        y = int(m.group(1))
        if y in _CAMPAIGN and not any(a < m.end() and m.start() < b for a, b in keep):
            out.append((m.start(), m.end(), y, "ar"))
    for m in _CN_YEAR.finditer(text):
        y = _cn_year(m)
        if y in _CAMPAIGN and not any(a < m.end() and m.start() < b for a, b in keep):
            out.append((m.start(), m.end(), y, "cn"))
    return out


def _written(y: int, script: str, old: str) -> str:
    if script == "ar":
        return str(y)
    zero = next((c for c in old if c in "〇零○"), "〇")
    return "二" + zero + "〇一二"[y // 10 % 10] + "〇一二三四五六七八九"[y % 10].replace("〇", zero)


def _shift_period(p: Optional[str], k: int, text: str) -> Optional[str]:
    """A gold period with its campaign years moved back by ``k``; a plan period the text names by name only
    (十三五 → 2016-2020, its first year never written) stays."""
    if not p or any(p == span and name in text and span[:4] not in text for name, span in _PLAN_PERIOD.items()):
        return p
    return re.sub(r"20[12]\d", lambda m: str(int(m.group(0)) - k) if int(m.group(0)) in _CAMPAIGN else m.group(0), p)


def year_shift(v: Variant) -> Variant:
    """Every campaign year of the text (2019年, 二〇一九年, 2020-12-15, 2016—2020年, 〔2019〕) one or two years
    earlier, where every one stays within 2013–2021; the gold year, date and periods move with them.  A
    document naming 2013 stays as it is."""
    found = _years_in(v.text, figure_spans(v))
    if not found:
        return v
    low = min(y for _, _, y, _ in found)
    k = min(_rng(v, "year_shift").choice((1, 2)), low - 2013)
    if k <= 0:
        return v
    edits = [Edit(a, b - a, _written(y - k, s, v.text[a:b])) for a, b, y, s in found]
    out = apply(v, edits)
    meta = dict(out.meta)
    if meta.get("year") in _CAMPAIGN:
        meta["year"] -= k
    if meta.get("date") and int(meta["date"][:4]) in _CAMPAIGN:
        meta["date"] = f"{int(meta['date'][:4]) - k}{meta['date'][4:]}"
    out.meta = meta
    out.figures = [{**g, "period": _shift_period(g.get("period"), k, v.text)} if g.get("period") else g
                   for g in out.figures]
    return out


TRANSFORMS["year_shift"] = year_shift


# --- title and signature variants ---------------------------------------------------------------------

_TITLE_WORD = re.compile(r"总结|汇报|报告|情况|材料|简报|纪实|综述|成效|计划|述职")
_SENTENCE = re.compile(r"[。，；！？,;!?]")
_UNIT_END = re.compile(r"(?:政府|委员会|党委|支部|村委会|居委会|办公室|小组|工作队|扶贫办|[乡镇村县])\s*$")
_DATE_LINE = re.compile(r"^\s*(?:(?:19|20)\d\d|二[〇零○][一二][〇零○一二三四五六七八九])\s*年\s*\S{1,3}\s*月(?:\s*\S{1,3}\s*[日号])?\s*$")


def _lines(text: str) -> List[Tuple[int, int]]:
    """(start, end with its line break) of every line."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        out.append((pos, pos + len(line)))
        pos += len(line)
    return out


def _title_line(v: Variant) -> Optional[Tuple[int, int]]:
    """The report's title: the first of the first six non-blank lines that holds a title word, no sentence
    punctuation and 4–60 characters, without a gold figure in it."""
    seen = 0
    for a, b in _lines(v.text):
        line = v.text[a:b].strip()
        if not line:
            continue
        seen += 1
        if seen > 6:
            return None
        if 4 <= len(line) <= 60 and _TITLE_WORD.search(line) and not _SENTENCE.search(line) and \
                not any(a < e and s < b for s, e in figure_spans(v)):
            return a, b
    return None


def _signature_block(v: Variant) -> Optional[Tuple[int, int]]:
    """The signature: the last lines of the text that are a unit's name or a date (short, no sentence
    punctuation), at least one of them; None when there is none or a gold figure stands in it."""
    lines = _lines(v.text)
    start = None
    for a, b in reversed(lines):
        line = v.text[a:b].strip()
        if not line and start is None:
            continue
        if line and len(line) <= 40 and not _SENTENCE.search(line) and (_UNIT_END.search(line) or _DATE_LINE.match(line)):
            start = a
            continue
        break
    if start is None or any(s < len(v.text) and e > start for s, e in figure_spans(v)):
        return None
    return start, len(v.text)


def _still_said(v: Variant, meta: dict) -> dict:
    """The gold metadata a shortened text still gives: a field the text no longer names is null (a null
    field is not scored), a county or province follows a place that stays."""
    text = _simplify(v.text)
    out = dict(meta)
    place = meta.get("place")
    if place and _simplify(place) not in text:
        out["place"] = out["level"] = None
    county = meta.get("county")
    if county and _simplify(county) not in text and _short(_simplify(county), "county") not in text and not out["place"]:
        out["county"] = None
    if meta.get("province") and not (out["place"] or out["county"]) and \
            _short(meta["province"], "province") not in text:
        out["province"] = None
    y = meta.get("year")
    if y and str(y) not in text and not (meta.get("date") and meta["date"][:4] in text):
        out["year"] = None
    return out


def _without(v: Variant, span) -> Variant:
    """``v`` with ``span`` cut out; gold fields the shorter text no longer names become null."""
    if span is None:
        return v
    out = apply(v, [Edit(span[0], span[1] - span[0], "")])
    out.meta = _still_said(out, v.meta)
    return out


def title_removed(v: Variant) -> Variant:
    """The title line gone: the metadata comes from the body and the signature."""
    return _without(v, _title_line(v))


def title_below_date(v: Variant) -> Variant:
    """A date line above the title (2020年12月15日 / 二〇二〇年十二月): the report's date, or December of its year."""
    span = _title_line(v)
    if span is None or not (v.meta.get("date") or v.meta.get("year")):
        return v
    r = _rng(v, "date_line")
    date = v.meta.get("date") or f"{v.meta['year']}-12-{r.randint(10, 28)}"
    y, m, d = (int(x) for x in date.split("-"))
    line = r.choice((f"{y}年{m}月{d}日", f"（{y}年{m}月）", f"{y}.{m:02d}.{d:02d}"))
    meta = {"date": date} if not v.meta.get("date") and "日" in line or "." in line else {}
    return apply(v, [Edit(span[0], 0, line + "\n")], meta)


def signature_removed(v: Variant) -> Variant:
    """The signature block (the unit's name, the date) gone from the end."""
    return _without(v, _signature_block(v))


# --- traditional head ---------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _to_traditional() -> Dict[str, str]:
    """Simplified → traditional: the gazetteer's table and the normaliser's one-character map reversed (the
    lowest code point where several traditional characters share one simplified), but for the characters the
    seen pages in traditional script (web20, web24) write as they are and never in the other form."""
    from fupin_extract.rules.loader import load_patterns
    pairs = []
    with open(GAZ / "traditional.csv", encoding="utf-8") as fh:
        pairs += [(r["traditional"], r["simplified"]) for r in csv.DictReader(fh)]
    han = re.compile(r"^[\u4e00-\u9fff]$")
    pairs += [(chr(k), v) for k, v in load_patterns().char_map.items() if isinstance(v, str) and han.match(chr(k))
              and han.match(v) and chr(k) != v]
    stay = set((ROOT / "corpora" / "web20.txt").read_text(encoding="utf-8")) | \
        set((ROOT / "corpora" / "web24.txt").read_text(encoding="utf-8"))  # seen pages in traditional script
    out: Dict[str, str] = {}
    for t, s in sorted(pairs, key=lambda p: ord(p[0])):
        if s not in stay or t in stay:  # 果 is a traditional character too (菓 a variant): web20/24 write 果, never 菓
            out.setdefault(s, t)
    return out


def _as_first_written(name: Optional[str], text: str) -> Optional[str]:
    """``name`` as the text writes it where it first stands (traditional in the head, simplified below)."""
    if not name:
        return name
    i = _simplify(text).find(_simplify(name))
    return text[i:i + len(name)] if i >= 0 else name


def traditional_head(v: Variant, lines: int = 5) -> Variant:
    """The first ``lines`` non-blank lines in traditional script (one character for one); the gold place and
    county as the text first writes them."""
    table, spans = _to_traditional(), figure_spans(v)
    edits, done = [], 0
    for a, b in _lines(v.text):
        if done >= lines:
            break
        done += bool(v.text[a:b].strip())
        for i in range(a, b):
            t = table.get(v.text[i])
            if t:
                edits.append(Edit(i, 1, t, inside=any(s <= i < e for s, e in spans)))
    out = apply(v, edits)
    out.meta = {**out.meta, **{k: _as_first_written(v.meta.get(k), out.text) for k in ("place", "county")}}
    return out


TRANSFORMS.update({"title_removed": title_removed, "title_below_date": title_below_date,
                   "signature_removed": signature_removed, "traditional_head": traditional_head})


# --- page furniture, third wording: a county portal's info page and a forum post --------------------

_PORTAL_HEAD = ("网站首页 > 乡村振兴 > 工作动态\n信息来源：{site}　发布日期：{cn_date}　点击：{n}\n【字体：大 中 小】【打印】\n",
                "[{iso}] 来源：{site} 作者：{author}\n分享到：微信 微博 QQ空间\n",
                "楼主  发表于 {iso} {hh}:{mm}:{ss} | 只看该作者 | 倒序浏览\n")
_PORTAL_FOOT = ("\n相关链接\n【我要打印】【关闭】\n上一条：关于{pub}年度农村危房改造补助资金的公示\n下一条：{site}召开{pub}年第一季度工作会议\n",
                "\n回复 举报\n沙发  发表于 {iso} {hh}:{mm}\n学习了，{pub}年继续努力！\n",
                "\n责任编辑：{author}\n免责声明：本站转载的文章仅供参考。\n{site} 版权所有 电话：0{tel}\n")


def page_portal(v: Variant) -> Variant:
    """The report on a county portal's information page or in a forum post: a stamp with a Chinese date or a
    bracketed one, 发表于 …, 只看该作者 above; related links, replies dated later, a disclaimer below (one of
    three head and foot styles, seeded)."""
    r = _rng(v, "portal")
    pub = _later(v.meta.get("year"), r)
    mo, d = r.randint(1, 12), r.randint(1, 28)
    fill = dict(site=r.choice(("县政府信息公开网", "乡村振兴局", "县融媒体中心")), author=r.choice(_AUTHORS),
                cn_date=f"{pub}年{mo:02d}月{d:02d}日", iso=f"{pub}-{mo}-{d}", n=r.randint(10, 9999),
                hh=r.randint(8, 22), mm=r.randint(10, 59), ss=r.randint(10, 59), pub=pub, tel=r.randint(10 ** 8, 10 ** 9 - 1))
    i = r.randrange(3)
    return apply(v, [Edit(0, 0, _PORTAL_HEAD[i].format(**fill)), Edit(len(v.text), 0, _PORTAL_FOOT[i].format(**fill))])


TRANSFORMS["page_portal"] = page_portal


# --- page furniture naming the site's own unit (a parent of the reporting unit) ------------------------

def _parent_site(v: Variant) -> Optional[str]:
    """The government a report's page would stand on: the county of a township's or village's report, the
    prefecture of a county's, the province of a prefecture's (from the gazetteer); None when it is not known."""
    provinces, cities, counties, _ = _gazetteer()
    county = _old_county(v)
    level = v.meta.get("level")
    if level in ("乡镇", "村") and county:
        return counties[county]["name"]
    if level == "县" and county:
        city = cities.get(counties[county]["cityCode"], {}).get("name", "")
        return city if _REAL_CITY.match(city) and city else provinces[counties[county]["provinceCode"]]["name"]
    city = _old_city(v)
    return provinces[cities[city]["provinceCode"]]["name"] if city else None


_SITE_HEAD = ("{site}人民政府门户网站\n首页 | 政务公开 | 乡村振兴 | 互动交流\n发布时间：{date}  来源：{site}乡村振兴局  浏览次数：{n}\n",
              "{short}发布\n原创 {short}融媒 {short}发布 {date}\n",
              "中共{site}委员会 {site}人民政府 主办\n当前位置：首页 > 工作动态 > 基层动态\n[{date}] 来源：{site}扶贫开发领导小组办公室\n")
_SITE_FOOT = ("\n{site}人民政府办公室主办  {site}大数据中心承办\n",
              "\n- END -\n来源：{short}发布\n阅读 {n}\n",
              "\n【打印本页】【关闭窗口】\n版权所有：{site}人民政府\n")


def page_parent_site(v: Variant, style: Optional[int] = None) -> Variant:
    """The report on its parent government's site or account (a township's report on the county's portal, a
    county's on the prefecture's): the parent named in the banner, the stamp and the footer, not the reporting unit."""
    site = _parent_site(v)
    if not site:
        return v
    r = _rng(v, "parent_site")
    from fupin_extract.meaning import gazetteer as gz
    short = gz.county_short(site, gz.ethnic_names()) or gz.region_short(site, gz.ethnic_names()) or site
    pub = (v.meta.get("year") or 2019) + r.choice((0, 1))
    month = r.randint(7, 12) if pub == (v.meta.get("year") or 2019) else r.randint(1, 12)  # after the year reported on
    fill = dict(site=site, short=short, n=r.randint(100, 9999), date=f"{pub}-{month:02d}-{r.randint(1, 28):02d}")
    i = r.randrange(3) if style is None else style
    return apply(v, [Edit(0, 0, _SITE_HEAD[i].format(**fill)), Edit(len(v.text), 0, _SITE_FOOT[i].format(**fill))])


TRANSFORMS.update({"page_parent_site": page_parent_site,
                   "page_parent_portal": functools.partial(page_parent_site, style=0),
                   "page_parent_account": functools.partial(page_parent_site, style=1),
                   "page_parent_banner": functools.partial(page_parent_site, style=2)})


# --- years in Chinese numerals ---------------------------------------------------------------------

_CN_MONTH = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def _cn_day(d: int) -> str:
    tens, ones = divmod(d, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else "一二三"[tens - 1] + "十")) + ("" if ones == 0 else "一二三四五六七八九"[ones - 1])


def year_chinese(v: Variant) -> Variant:
    """Every campaign year written with 年 in Chinese numerals (2019年 → 二〇一九年), a full date too
    (2020年12月15日 → 二〇二〇年十二月十五日), as signatures and formal reports write them; the gold is unchanged."""
    keep = figure_spans(v)
    edits: List[Edit] = []
    for m in re.finditer(r"(?<![\d.])(20[12]\d)\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?", v.text):
        y = int(m.group(1))
        if y not in _CAMPAIGN or any(a < m.end() and m.start() < b for a, b in keep):
            continue
        new = _written(y, "cn", "〇") + "年"
        if m.group(2) and 1 <= int(m.group(2)) <= 12:
            new += _CN_MONTH[int(m.group(2))] + "月"
            if m.group(3) and 1 <= int(m.group(3)) <= 31:
                new += _cn_day(int(m.group(3))) + "日"
            elif m.group(3):
                continue
        elif m.group(2):
            continue
        edits.append(Edit(m.start(), m.end() - m.start(), new))
    return apply(v, edits)


TRANSFORMS["year_chinese"] = year_chinese
