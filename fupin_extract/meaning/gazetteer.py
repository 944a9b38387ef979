"""Look-ups in the gazetteer of administrative divisions (``data/gazetteer/*.csv``).

The CSV files are read once per process (:func:`gazetteer`, cached) into plain dicts:

* counties (``areas.csv``) by full name (``彭水苗族土家族自治县``) and by short name
  (``彭水``; the suffix 县/区/市/旗 and ethnic ``…族自治县`` endings removed).  A short
  name is indexed only when it is not itself a full name of another county; a short name
  that several counties share maps to all of them (callers decide with :func:`unique`);
* townships (``streets.csv``, names ending 乡/镇/街道/苏木) by full name → the county
  codes that have a township of that name (花园乡 → six counties), and by short name
  without the suffix;
* prefectures and provinces by full and short name.

Everything a caller gets back is a tuple of :class:`County` records, so an ambiguous
name is visible as a tuple of length > 1.  :func:`scan_counties` and
:func:`scan_townships` find the names in a text with a dict look-up at each suffix
character (no giant regular expression), so they are fast on long texts.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from fupin_extract.normalise import translation_table
from fupin_extract.rules.metadata import load_rules

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "gazetteer"

#: the suffixes of township-level units: those patterns/metadata.yaml `levels` gives 乡镇
#: (街道, 苏木, 乡, 镇), longest first
TOWNSHIP_SUFFIXES = tuple(suffix for suffix, level in load_rules().levels.items() if level == "乡镇")
#: endings of county names (full names in ``areas.csv``)
COUNTY_SUFFIXES = ("县", "区", "市", "旗")
#: the suffixes of special zones (农场, 林场 …: patterns/metadata.yaml `zones.suffixes`)
ZONE_SUFFIXES = tuple(load_rules().zones.suffixes)
#: a name is at most this many characters long, suffix included (for scanning)
MAX_NAME = 16


@dataclass(frozen=True)
class County:
    code: str
    name: str
    city: str  # prefecture name ('' for 市辖区/直辖县 placeholders)
    city_code: str
    province: str
    province_code: str

    @property
    def short(self) -> str:
        return county_short(self.name, ethnic_names())


@dataclass
class Gazetteer:
    counties: Dict[str, County]  # code → county
    county_by_name: Dict[str, Tuple[str, ...]]  # full name → codes
    county_by_short: Dict[str, Tuple[str, ...]]  # short name → codes
    township_by_name: Dict[str, Tuple[str, ...]]  # full name → county codes
    township_by_short: Dict[str, Tuple[str, ...]]  # short name → full names
    townships_of: Dict[str, frozenset]  # county code → its township names
    city_by_name: Dict[str, Tuple[str, ...]]  # full or short name → city codes
    province_by_name: Dict[str, str]  # full or short name → province code
    provinces: Dict[str, str]  # code → name
    cities: Dict[str, Tuple[str, str]]  # code → (name, province code)
    zone_by_name: Dict[str, Tuple[str, ...]] = field(default_factory=dict)  # 勐省农场, 塞罕坝机械林场 → county codes


# --------------------------------------------------------------------------- names
@lru_cache(maxsize=1)
def ethnic_names() -> Tuple[str, ...]:
    """Ethnic group names (without 族) from ``patterns/metadata.yaml``, longest first."""
    return load_rules().ethnic_names


def _strip_ethnic(stem: str, ethnic: Sequence[str]) -> str:
    """``彭水苗族土家族`` → ``彭水``: remove trailing ``X族`` blocks (and ``各族``)."""
    changed = True
    while changed and stem.endswith("族"):
        changed = False
        for e in ("各",) + tuple(ethnic):
            if stem.endswith(e + "族") and len(stem) > len(e) + 1:
                stem = stem[: -(len(e) + 1)]
                changed = True
                break
    return stem


def county_short(name: str, ethnic: Sequence[str] = ()) -> str:
    """Short form of a county name: 东至县 → 东至, 彭水苗族土家族自治县 → 彭水.

    Returns '' when there is no usable short form (one character left, or the name is
    only an ethnic group: 鄂温克族自治旗).
    """
    stem = name
    for suf in ("自治县", "自治旗", "县", "区", "市", "旗"):
        if stem.endswith(suf):
            stem = stem[: -len(suf)]
            break
    else:
        return ""
    if name.endswith(("自治县", "自治旗")):
        s = _strip_ethnic(stem, ethnic)
        if s == stem:
            s = _bare_ethnic_short(stem, ethnic)  # 巴里坤哈萨克 → 巴里坤; 东乡族, 鄂伦春 → 东乡, 鄂伦春
        if not s or s.endswith("族"):
            return ""
        stem = s
    return stem if len(stem) >= 2 else ""


def _bare_ethnic_short(stem: str, ethnic: Sequence[str]) -> str:
    """The short form of an autonomous county whose stem has no ``X族`` block to remove: an ethnic name
    written without 族 after the place (巴里坤哈萨克 → 巴里坤, 和布克赛尔蒙古 → 和布克赛尔), or a stem that is
    one ethnic group only, which is then the short form (东乡族 → 东乡: 东乡县; 鄂伦春 → 鄂伦春旗)."""
    for e in ethnic:
        if stem in (e, e + "族"):
            return e
    for e in ethnic:
        if stem.endswith(e) and len(stem) >= len(e) + 2:
            return stem[: -len(e)]
    return ""


def region_short(name: str, ethnic: Sequence[str] = ()) -> str:
    """Short form of a province or prefecture: 安徽省 → 安徽, 恩施土家族苗族自治州 → 恩施."""
    for suf in ("特别行政区", "自治区", "自治州", "地区", "省", "市", "盟", "州"):
        if name.endswith(suf):
            stem = name[: -len(suf)]
            if suf in ("自治区", "自治州"):
                stem = _strip_ethnic(stem, ethnic)
            # 广西壮族自治区 → 广西; 新疆维吾尔自治区 → 新疆 (ethnic name without 族)
            for e in ethnic:
                if suf == "自治区" and stem.endswith(e) and len(stem) > len(e):
                    stem = stem[: -len(e)]
                    break
            return stem if len(stem) >= 2 else ""
    return ""


def township_short(name: str) -> str:
    for suf in ("民族乡", "街道", "苏木", "乡", "镇"):
        if name.endswith(suf):
            stem = name[: -len(suf)]
            if suf == "民族乡":
                stem = _strip_ethnic(stem + "族", ethnic_names())
            return stem if len(stem) >= 2 else ""
    return ""


def _ethnic_plain(name: str, ethnic: Sequence[str]) -> str:
    """An ethnic township's name without its designation (马路彝族苗族乡 → 马路乡, 呼吉尔特蒙古民族乡 →
    呼吉尔特乡), as reports often write it; "" for other names or when less than two characters stay."""
    if not name.endswith("族乡"):
        return ""
    stem, changed = name[:-1], True
    while changed:
        changed = False
        for e in ethnic:  # longest first (土家 before 土)
            for suf in (e + "民族", e + "族"):
                if stem.endswith(suf) and len(stem) - len(suf) >= 2:
                    stem, changed = stem[: -len(suf)], True
                    break
            if changed:
                break
    return stem + "乡" if stem != name[:-1] and not stem.endswith("族") else ""


# --------------------------------------------------------------------------- loading
def _folded() -> frozenset:
    """The characters the normaliser replaces (normalise.translation_table: 濛 → 蒙, 塚 → 冢 …): a gazetteer
    name holding one is also indexed as the normalised text the metadata reads writes it."""
    return frozenset(chr(k) for k in translation_table())


def _rows(name: str) -> Iterator[dict]:
    with open(DATA_DIR / name, encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def _add(index: Dict[str, list], key: str, value: str) -> None:
    if key:
        lst = index.setdefault(key, [])
        if value not in lst:
            lst.append(value)


def _streets(counties: Dict[str, "County"], ethnic: Sequence[str]):
    """The township indexes of ``streets.csv`` (full name → county codes, short name → full names, county
    code → township names) and its special zones (农场, 林场 …: full name → county codes)."""
    town_idx: Dict[str, list] = {}
    town_short: Dict[str, list] = {}
    townships_of: Dict[str, set] = {}
    folded = _folded()
    zones: Dict[str, list] = {}
    for r in _rows("streets.csv"):
        name = r["name"]
        if name.endswith(ZONE_SUFFIXES) and r["areaCode"] in counties:
            _add(zones, name, r["areaCode"])  # a farm or forest farm that governs villages as a township does
        if not name.endswith(TOWNSHIP_SUFFIXES) or r["areaCode"] not in counties:
            continue
        _add(town_idx, name, r["areaCode"])
        if folded.intersection(name):  # 濛江镇 as the normalised text reads it (蒙江镇)
            _add(town_idx, name.translate(translation_table()), r["areaCode"])
        _add(town_short, township_short(name), name)
        townships_of.setdefault(r["areaCode"], set()).add(name)
        plain = _ethnic_plain(name, ethnic)
        if plain:  # 马路彝族苗族乡 as reports often write it (马路乡): one more candidate of that name
            _add(town_idx, plain, r["areaCode"])
            townships_of[r["areaCode"]].add(plain)
    return town_idx, town_short, townships_of, zones


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Read the CSV files once and build every index."""
    ethnic = ethnic_names()
    provinces = {r["code"]: r["name"] for r in _rows("provinces.csv")}
    cities: Dict[str, Tuple[str, str]] = {}
    city_idx: Dict[str, list] = {}
    for r in _rows("cities.csv"):
        name = r["name"]
        usable = name not in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
        cities[r["code"]] = (name if usable else "", r["provinceCode"])
        if usable:
            _add(city_idx, name, r["code"])
            short = region_short(name, ethnic)
            _add(city_idx, short, r["code"])
            if short and name.endswith("自治州"):
                _add(city_idx, short + "州", r["code"])  # 恩施州
    prov_idx: Dict[str, str] = {}
    for code, name in provinces.items():
        prov_idx[name] = code
        s = region_short(name, ethnic)
        if s:
            prov_idx[s] = code
    counties: Dict[str, County] = {}
    by_name: Dict[str, list] = {}
    for r in _rows("areas.csv"):
        city_name, _ = cities.get(r["cityCode"], ("", ""))
        c = County(r["code"], r["name"], city_name, r["cityCode"], provinces.get(r["provinceCode"], ""),
                   r["provinceCode"])
        counties[c.code] = c
        _add(by_name, c.name, c.code)
    by_short: Dict[str, list] = {}
    for c in counties.values():
        s = county_short(c.name, ethnic)
        if s and s not in by_name:
            _add(by_short, s, c.code)
    town_idx, town_short, townships_of, zones = _streets(counties, ethnic)
    tup = lambda d: {k: tuple(v) for k, v in d.items()}  # noqa: E731
    return Gazetteer(counties, tup(by_name), tup(by_short), tup(town_idx), tup(town_short),
                     {k: frozenset(v) for k, v in townships_of.items()}, tup(city_idx), prov_idx, provinces,
                     cities, tup(zones))


@lru_cache(maxsize=1)
def traditional_table() -> Dict[int, str]:
    """Traditional → simplified for the characters of gazetteer names (``traditional.csv``)."""
    return {ord(r["traditional"]): r["simplified"] for r in _rows("traditional.csv")
            if len(r["traditional"]) == 1 and len(r["simplified"]) == 1}


def simplify(text: str) -> str:
    """``text`` with traditional characters of place names made simplified (合陽縣 → 合阳县),
    one character for one: an offset into the result is the same offset into ``text``."""
    if not _traditional_chars().search(text):
        return text  # most reports: nothing to map (a C-speed scan, no copy)
    return text.translate(traditional_table())


@lru_cache(maxsize=1)
def _traditional_chars() -> "re.Pattern":
    return re.compile("[" + re.escape("".join(chr(c) for c in traditional_table())) + "]")


# --------------------------------------------------------------------------- look-ups
def _same_kind(codes: Tuple[str, ...], kind: str, g: Gazetteer) -> Tuple[str, ...]:
    """The counties of ``codes`` whose name ends like the suffix ``kind`` written after a short name:
    彭水县 must not match a district 彭水区."""
    if kind in ("县", "自治县"):
        same = tuple(c for c in codes if g.counties[c].name.endswith("县"))
        # no 县 of that name: a county made a district or city since 2014 (南溪县 → 南溪区),
        # taken only when one county has the name
        return same or (codes if len(codes) == 1 else ())
    if kind in ("旗", "自治旗"):
        return tuple(c for c in codes if g.counties[c].name.endswith("旗"))
    if kind in ("区", "市"):
        return tuple(c for c in codes if g.counties[c].name.endswith(kind))
    return codes


def counties_named(name: str) -> Tuple[County, ...]:
    """Counties called ``name``: a full name (石渠县), a short name with a county suffix
    (彭水县, 彭水自治县 → 彭水苗族土家族自治县) or a bare short name (彭水)."""
    g = gazetteer()
    codes = g.county_by_name.get(name)
    if codes is None:
        stem = name
        for suf in ("自治县", "自治旗", "县", "区", "市", "旗"):
            if stem.endswith(suf) and len(stem) > len(suf) + 1:
                stem = stem[: -len(suf)]
                break
        codes = g.county_by_short.get(stem, ())
        if stem != name and codes:
            codes = _same_kind(codes, name[len(stem):], g)
    return tuple(g.counties[c] for c in codes)


def township_counties(name: str) -> Tuple[County, ...]:
    """Counties that have a township called ``name`` (full name, e.g. 花园乡)."""
    g = gazetteer()
    return tuple(g.counties[c] for c in g.township_by_name.get(name, ()))


def township_full_names(short: str) -> Tuple[str, ...]:
    """Full township names with the short name ``short`` (花园 → 花园乡, 花园镇…)."""
    return gazetteer().township_by_short.get(short, ())


def province_named(name: str) -> Optional[str]:
    """Full province name for a full or short name (安徽 → 安徽省), else None."""
    g = gazetteer()
    code = g.province_by_name.get(name)
    return g.provinces[code] if code else None


def cities_named(name: str) -> Tuple[str, ...]:
    return gazetteer().city_by_name.get(name, ())


def unique(items: Iterable) -> Optional[object]:
    """The single distinct item of ``items``, or None when there are none or several."""
    s = list(dict.fromkeys(items))
    return s[0] if len(s) == 1 else None


# --------------------------------------------------------------------------- scanning text
def _suffix_positions(text: str, suffixes: Sequence[str]) -> Iterator[Tuple[int, str]]:
    """(end offset, suffix) of every occurrence of a suffix, in text order."""
    hits = []
    for suf in suffixes:
        i = text.find(suf)
        while i >= 0:
            hits.append((i + len(suf), suf))
            i = text.find(suf, i + 1)
    hits.sort()
    return iter(hits)


_TAILS: Dict[int, Tuple[dict, frozenset]] = {}


def _tails(index: Dict[str, Tuple[str, ...]]) -> frozenset:
    """Every ending of every name of ``index`` (花园乡 → 乡, 园乡, 花园乡), built once per index."""
    got = _TAILS.get(id(index))
    if got is None or got[0] is not index:
        got = (index, frozenset(k[i:] for k in index for i in range(len(k))))
        _TAILS[id(index)] = got
    return got[1]


def scan_names(text: str, index: Dict[str, Tuple[str, ...]], suffixes: Sequence[str],
               min_len: int = 3) -> List[Tuple[int, int, str]]:
    """Longest names of ``index`` ending at each suffix occurrence: ``(start, end, name)``.

    Overlapping hits keep the longer one (东至县花园乡 gives 东至县 and 花园乡; 花园里乡
    does not also give 里乡).
    """
    out: List[Tuple[int, int, str]] = []
    tails = _tails(index)
    for end, suf in _suffix_positions(text, suffixes):
        best = None
        # leftwards from the shortest name: a longer name ending here has every shorter ending
        # among its tails, so the first stretch that is no name's tail ends the search
        for n in range(min_len, min(MAX_NAME, end) + 1):
            cand = text[end - n:end]
            if cand not in tails:
                break
            if cand in index:
                best = (end - n, end, cand)  # the longest so far
        if best:
            push_longest(out, best)
    return out


def push_longest(out: list, best: Tuple[int, int, str]) -> None:
    """Add the name span ``best`` to ``out`` (spans in order of their end): a shorter name it
    overlaps from the right gives way to it; a name at least as long keeps its place."""
    while out and out[-1][1] > best[0] and out[-1][1] <= best[1]:
        if out[-1][1] - out[-1][0] >= best[1] - best[0]:
            return
        out.pop()
    out.append(best)


def scan_counties(text: str) -> List[Tuple[int, int, str, Tuple[County, ...]]]:
    """County mentions: full names and short names with a county suffix (彭水自治县)."""
    g = gazetteer()
    out = []
    for s, e, name in scan_names(text, g.county_by_name, COUNTY_SUFFIXES):
        out.append((s, e, name, counties_named(name)))
    covered = {i for s, e, _, _ in out for i in range(s, e)}  # characters inside a mention
    short_tails = _tails(g.county_by_short)
    for suf in ("自治县", "自治旗", "县", "旗"):
        for end, _ in _suffix_positions(text, (suf,)):
            if end - 1 in covered:
                continue
            stem_end = end - len(suf)
            start = None
            for n in range(2, min(6, stem_end) + 1):  # leftwards, as in scan_names
                stem = text[stem_end - n:stem_end]
                if stem not in short_tails:
                    break
                if stem in g.county_by_short:
                    start = stem_end - n  # the longest short name ending here
            if start is not None:
                cs = counties_named(text[start:stem_end] + suf)
                if cs:
                    out.append((start, end, text[start:end], cs))
                    covered.update(range(start, end))
    out.extend(_one_character_counties(text, covered, g))
    out.sort()
    return out


def _one_character_counties(text: str, covered: set, g: Gazetteer) -> List[Tuple[int, int, str, Tuple[County, ...]]]:
    """Counties with a one-character name (威县, 岷县, 隰县, 芒市) where the name's start is certain: no Chinese
    character before it, a province's or prefecture's name, or a common word of ``strip_prefixes``
    (在滑县委…; 人文县城 is none)."""
    out = []
    prefixes = tuple(load_rules().strip_prefixes)
    for end, suf in _suffix_positions(text, ("县", "旗", "市")):  # not 区: 东区, 城区, 矿区 are words too
        s = end - 2
        if s < 0 or s in covered or end - 1 in covered or text[s:end] not in g.county_by_name:
            continue
        before = text[max(0, s - MAX_NAME):s]
        if not before or not ("\u4e00" <= before[-1] <= "\u9fff") or before.endswith(prefixes) or \
                any(before.endswith(r) for r in _REGION_ENDS) and _region_before(before, g):
            out.append((s, end, text[s:end], counties_named(text[s:end])))
    return out


_REGION_ENDS = ("省", "市", "州", "盟", "区")


def _region_before(before: str, g: Gazetteer) -> bool:
    """True when ``before`` ends with a province's or a prefecture's full name (邢台市, 甘肃省)."""
    for k in range(2, len(before) + 1):
        head = before[-k:]
        if head in g.province_by_name or (head in g.city_by_name and head.endswith(("市", "州", "盟", "地区"))):
            return True
    return False


def scan_townships(text: str) -> List[Tuple[int, int, str]]:
    """Township names of the gazetteer that occur in ``text``: ``(start, end, name)``."""
    return scan_names(text, gazetteer().township_by_name, TOWNSHIP_SUFFIXES)


def mentions_short(text: str, county: County) -> bool:
    """True when the county's short name (平和, 彭水) occurs in ``text`` at all."""
    s = county.short
    return bool(s) and s in text
