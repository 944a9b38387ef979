"""Unit names in a report's text (county, township, village …) and how the report speaks of itself.

:func:`find_units` finds the names ending in a unit suffix of ``levels:`` (县, 乡, 村 …): names the
gazetteer knows (county, township, prefecture), template placeholders (XX镇), and village or
township names found from the run of characters before the suffix (``generic``).
:func:`self_counts` counts the report's self-references (我乡, 全村, 本县 …).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import List, Optional, Tuple

import regex

from fupin_extract.meaning import gazetteer as gz
from fupin_extract.rules.metadata import Rules
from fupin_extract.segment import find_all

HAN = r"\p{Han}"
LEVEL_RANK = {"省": 0, "市": 1, "县": 2, "乡镇": 3, "村": 4}


@dataclass
class Mention:
    start: int
    end: int
    name: str
    suffix: str
    level: str
    kind: str  # "county", "township", "city", "generic", "placeholder", "zone"
    counties: tuple = ()

    @property
    def placeholder(self) -> bool:
        return self.kind == "placeholder"


# --------------------------------------------------------------------------- common words
def strip_generic(chunk: str, R: Rules) -> str:
    """``chunk`` without the common words of ``strip_prefixes`` at its start (longest
    first, repeatedly), keeping at least two characters."""
    pat = _prefix_regex(R.strip_prefixes)
    while True:
        m = pat.match(chunk)
        if m is None or len(chunk) - m.end() < 2:
            return chunk
        chunk = chunk[m.end():]


@lru_cache(maxsize=4)
def _prefix_regex(prefixes: Tuple[str, ...]) -> "regex.Pattern":
    # an alternation tries its branches in order: longest prefixes first, like the list
    return regex.compile("(?:" + "|".join(regex.escape(p) for p in prefixes) + ")")


def good_generic(name: str, R: Rules) -> bool:
    """True when ``name`` (suffix removed) can be a unit name rather than a common word."""
    if not 2 <= len(name) <= R.max_generic_name:
        return False
    if name in R.stop_words or name.endswith(R.stop_endings):
        return False
    return not any(c in R.stop_inside for c in name)


def _run_before(text: str, end: int, chars: str, limit: int = 10) -> int:
    """Start of the run of Han or placeholder characters that ends at ``end``."""
    i = end
    while i > 0 and end - i < limit:
        c = text[i - 1]
        if not ("\u4e00" <= c <= "\u9fff" or c in chars):
            break
        i -= 1
    return i


@lru_cache(maxsize=8)
def _placeholder_tail(chars: str) -> "regex.Pattern":
    """Placeholder characters (and up to two Han characters) at the end of a name: XX乡, xx镇."""
    return regex.compile(r"[%s]+[%s]{0,2}$" % (regex.escape(chars), HAN))


# --------------------------------------------------------------------------- one suffix
@dataclass
class _Site:
    """One suffix occurrence in ``seg`` (which starts at ``start`` in the text)."""
    seg: str
    start: int
    run: int  # start of the run of name characters before the suffix
    s_suf: int
    end: int
    suf: str
    level: str

    def mention(self, k: int, kind: str, counties: tuple = (), end: Optional[int] = None) -> Mention:
        e = self.end if end is None else end
        return Mention(self.start + k, self.start + e, self.seg[k:e], self.suf, self.level, kind, counties)


def _county_at(x: _Site, g, R: Rules) -> Optional[Mention]:
    for k in range(x.run, x.s_suf - 1):  # gazetteer names, longest first
        cand = x.seg[k:x.end]
        cs = g.county_by_name.get(cand)
        if cs is None and x.suf in ("县", "旗"):
            cs = tuple(c.code for c in gz.counties_named(cand)) or None
        if cs:
            return x.mention(k, "county", tuple(g.counties[c] for c in cs))
    k = x.s_suf - 1  # a one-character name (威县, 岷县, 隰县): only where its start is certain
    cs = g.county_by_name.get(x.seg[k:x.end]) if k >= x.run else None
    if cs and (k == x.run or _region_ends(x.seg, x.run, k, g) or
               _prefix_regex(R.strip_prefixes).fullmatch(x.seg[x.run:k]) is not None):
        return x.mention(k, "county", tuple(g.counties[c] for c in cs))
    return None


def _region_ends(seg: str, lo: int, end: int, g) -> bool:
    """True when a province's or a prefecture's name ends at ``end`` (邢台市|威县, 甘肃省|岷县)."""
    for j in range(max(lo, end - gz.MAX_NAME), end - 1):
        head = seg[j:end]
        if head in g.province_by_name or (head in g.city_by_name and head.endswith(("市", "州", "盟", "地区"))):
            return True
    return False


def _township_at(x: _Site, g, R: Rules) -> Optional[Mention]:
    for k in range(x.run, x.s_suf - 1):  # longest first, a renamed one too (古龙冈乡 before 龙冈乡)
        cand = x.seg[k:x.end]
        if cand in g.township_by_name:
            return x.mention(k, "township", gz.township_counties(cand))
        renamed = _renamed_at(x, g, k)
        if renamed is not None:
            return renamed
    k = x.s_suf - 1  # a one-character name (坊镇): only where both its ends are certain (a county's name,
    # a prefecture's or province's, nothing before it, or only a common word of strip_prefixes)
    if k >= x.run and x.seg[k:x.end] in g.township_by_name and \
            (_county_ends(x.seg, x.run, k, g) or _region_ends(x.seg, x.run, k, g) or
             (k == x.run and _end_certain(x, R)) or
             _prefix_regex(R.strip_prefixes).fullmatch(x.seg[x.run:k]) is not None or  # 关于唐镇, 在唐镇
             _after_lead_word(x, k, R)):
        return x.mention(k, "township", gz.township_counties(x.seg[k:x.end]))
    return None


def _end_certain(x: _Site, R: Rules) -> bool:
    """The name's end is certain: no name character after it, or a word of ``unit_followers`` (脱贫, 人民政府)."""
    return not _han(x.seg[x.end:x.end + 1]) or x.seg.startswith(R.unit_followers, x.end)


def _after_lead_word(x: _Site, k: int, R: Rules) -> bool:
    """True when a two-character word of ``strip_prefixes`` stands right before ``k`` and the name's end is
    certain (no name character after it, or a word of ``unit_followers``): 扶贫办关于兴镇2019年…."""
    return _end_certain(x, R) and any(len(p) >= 2 and k >= len(p) and x.seg.startswith(p, k - len(p))
                                      for p in R.strip_prefixes)


def _renamed_at(x: _Site, g, k: int) -> Optional[Mention]:
    """A 乡 the gazetteer (2023 names) knows as a 镇 or a 街道, or a 镇 it knows as a 乡 or a 街道 (撤乡设镇:
    古龙冈乡 of a 2016 report is 古龙冈镇 now), its name starting at ``k``: the name as written, in the
    counties of the renamed township; else None."""
    for other in _RENAMED.get(x.suf, ()):
        cand = x.seg[k:x.s_suf] + other
        if cand in g.township_by_name:
            return x.mention(k, "township", gz.township_counties(cand))
    return None


_RENAMED = {"乡": ("镇", "街道"), "镇": ("乡", "街道")}  # the suffixes a township may have taken since


def _han(c: str) -> bool:
    return bool(c) and "\u4e00" <= c <= "\u9fff"


def _county_ends(seg: str, lo: int, end: int, g) -> bool:
    """True when a county's full name ends at ``end`` (合阳县|坊镇): a name starts right after it."""
    return any(seg[j:end] in g.county_by_name for j in range(max(lo, end - gz.MAX_NAME), end - 1))


def _placeholder_at(x: _Site, R: Rules) -> Optional[Mention]:
    chunk = x.seg[x.run:x.s_suf]
    if not any(c in R.placeholder_chars for c in chunk):
        return None
    pm = _placeholder_tail(R.placeholder_chars).search(chunk)
    return x.mention(x.run + pm.start(), "placeholder") if pm else None


def _city_at(x: _Site) -> Optional[Mention]:
    for k in range(x.run, x.s_suf - 1):
        if gz.cities_named(x.seg[k:x.end]):
            return x.mention(k, "city")
    return None


#: a year right after a unit's suffix: 云岭州2019年… (a title's subject and its year)
_YEAR_AFTER = regex.compile(r"\s*(?:19|20)\d\d\s*年")


def _title_city_at(x: _Site, R: Rules) -> Optional[Mention]:
    """A prefecture the gazetteer does not know (云岭州, 青川市) opening its line before a year, as a title's
    subject does (云岭州2019年脱贫攻坚工作总结): a name of 2–4 characters holding no unit suffix."""
    name = x.seg[x.run:x.s_suf]
    if x.seg[:x.run].strip() or not 2 <= len(name) <= 4 or not _YEAR_AFTER.match(x.seg, x.end):
        return None
    if any(c in name for c in "省市州县区旗乡镇村盟") or not good_generic(name, R):
        return None
    return x.mention(x.run, "generic")


def _generic_at(x: _Site, R: Rules) -> Optional[Mention]:
    chunk = x.seg[x.run:x.s_suf]
    name = strip_generic(chunk[_generic_cut(chunk, R):][-(R.max_generic_name + 3):], R)
    if len(name) > R.max_generic_name and x.level == "村":
        name = _after_lead(name, R) or name  # 工作队在大坪村 → 大坪
    if good_generic(name, R) and not any(c in R.placeholder_chars for c in name):
        return x.mention(x.s_suf - len(name), "generic")
    return None


def _after_lead(run: str, R: Rules) -> Optional[str]:
    """The name after the last word of ``villages.leads`` inside a run too long to be a name (工作队在大坪,
    全县最大的龙潭): 2–``single_lead_max`` characters after a one-character lead, else up to
    ``max_generic_name``."""
    for k in range(len(run) - 2, 0, -1):
        lead = next((w for w in R.village_leads if run.startswith(w, k - len(w)) and k >= len(w)), None)
        if lead is None:
            continue
        name = run[k:]
        top = R.single_lead_max if len(lead) == 1 else R.max_generic_name
        return name if 2 <= len(name) <= top else None
    return None


def _generic_cut(chunk: str, R: Rules) -> int:
    """Where a name found without the gazetteer starts in ``chunk``: after the last unit suffix inside
    it (…镇龙池村 → 龙池) that leaves a name of two characters or more (红旗村, 新市村: the 旗 and 市 of
    the name are no units)."""
    cuts = sorted({i + len(s) for s in R.levels for i in find_all(chunk, s)}, reverse=True)
    return next((c for c in cuts if len(chunk) - c >= 2), 0)




def _strip_places(name: str, g) -> str:
    """``name`` without the province names (full or short) and the full prefecture and county names
    at its start (湖北十八里… → 十八里…)."""
    changed = True
    while changed:
        changed = False
        for k in range(min(len(name) - 2, 12), 1, -1):
            head = name[:k]
            if head in g.province_by_name or (head in g.city_by_name and head.endswith(("市", "州", "盟", "地区"))) \
                    or head in g.county_by_name:  # full names only: 青龙峡 is not 青龙(县)+峡
                name, changed = name[k:], True
                break
    return name


def _from_a_place(run: str, g) -> str:
    """``run`` from the first province, prefecture or county name inside it (基本情况湖北十八里… of a page
    without line breaks → 湖北十八里…): the characters before it are no part of a zone's name."""
    for j in range(1, len(run) - 2):
        if _strip_places(run[j:], g) != run[j:]:
            return run[j:]
    return run


def _zone_at(x: _Site, R: Rules, g) -> Optional[Mention]:
    z = R.zones
    run = _run_before(x.seg, x.s_suf, "", limit=z.max_name + 8)
    name = strip_generic(_strip_places(_from_a_place(x.seg[run:x.s_suf], g), g), R)[-z.max_name:]
    if len(name) < 2 or name.endswith(z.not_names) or any(c in R.stop_inside for c in name):
        return None
    zone = name + x.suf
    return x.mention(x.s_suf - len(name), "zone", tuple(g.counties[c] for c in g.zone_by_name.get(zone, ())))


def _mention_at(x: _Site, R: Rules, g, generic: bool) -> Optional[Mention]:
    if x.suf in R.zones.suffixes:
        return _zone_at(x, R, g)
    m = None
    if x.suf in gz.COUNTY_SUFFIXES:
        m = _county_at(x, g, R)
    elif x.suf in gz.TOWNSHIP_SUFFIXES:
        m = _township_at(x, g, R)
    m = m or _placeholder_at(x, R)
    if m is None and x.suf in ("市", "州", "盟", "地区"):
        m = _city_at(x) or (_title_city_at(x, R) if generic else None)
    if m is None and generic and x.level in ("乡镇", "村"):
        m = _generic_at(x, R)
    return m


def _suffix_hits(seg: str, R: Rules, zones: bool = False) -> List[Tuple[int, int, str]]:
    """(end, -length, suffix) of every unit suffix in ``seg`` (and zone suffix with ``zones``):
    by end, longest suffix first."""
    hits = []
    for suf in tuple(R.levels) + (R.zones.suffixes if zones else ()):
        i = seg.find(suf)
        while i >= 0:
            hits.append((i + len(suf), -len(suf), suf))
            i = seg.find(suf, i + 1)
    hits.sort()
    return hits


def find_units(text: str, start: int, end: int, R: Rules, generic: bool = True,
               zones: bool = False) -> List[Mention]:
    """Unit names (county, township, village …) in ``text[start:end]``, in text order; with
    ``zones`` also special zones (自然保护区, 林场 …: where a report names itself)."""
    g = gz.gazetteer()
    out: List[Mention] = []
    seg = text[start:end]
    taken_until = -1
    for e, _, suf in _suffix_hits(seg, R, zones):
        s_suf = e - len(suf)
        if s_suf < taken_until:
            continue
        nxt = seg[e:e + 1]
        if nxt and nxt in R.not_followed_by.get(suf, ()):
            continue
        level = R.zones.level if suf in R.zones.suffixes and zones else R.levels[suf]
        site = _Site(seg, start, _run_before(seg, s_suf, R.placeholder_chars, limit=gz.MAX_NAME - 1), s_suf, e, suf, level)
        m = _mention_at(site, R, g, generic)
        if m:
            while out and out[-1].end > m.start:
                out.pop()
            out.append(m)
            taken_until = e
    return out


# --------------------------------------------------------------------------- self references
def self_counts(text: str, R: Rules) -> Counter:
    """How often the report calls itself 我乡/全乡/本乡 …, by suffix (乡, 镇, 村 …)."""
    counts: Counter = Counter()
    prefixes, suffixes = tuple(R.self_prefixes), tuple(R.self_suffixes)
    if all(len(p) == 1 for p in prefixes) and not any(p in s for p in prefixes for s in suffixes):
        # one pass over the prefix characters: no 我/全/本 inside a suffix, so the
        # occurrences of the pairs never overlap and this counts what str.count counts
        for m in _prefix_chars(prefixes).finditer(text):
            e = m.end()
            for s in suffixes:
                if text.startswith(s, e):
                    counts[s] += 1
        return counts
    for p in prefixes:
        for s in suffixes:
            n = text.count(p + s)
            if n:
                counts[s] += n
    return counts


@lru_cache(maxsize=8)
def _prefix_chars(prefixes: tuple) -> "regex.Pattern":
    return regex.compile("[" + regex.escape("".join(prefixes)) + "]")


def self_level(text: str, R: Rules, counts: Optional[Counter] = None) -> Optional[str]:
    """The level of the unit the report calls 我乡/全村/本县 most often (None on a tie)."""
    by_level: Counter = Counter()
    for s, n in (counts if counts is not None else self_counts(text, R)).items():
        by_level[R.levels[s]] += n
    if not by_level:
        return None
    (lvl, n), *rest = by_level.most_common()
    if rest and rest[0][1] == n:
        return None
    return lvl


def consistent(m: Mention, counts: Counter, R: Rules) -> bool:
    """False when the report never calls itself by the mention's suffix but often by
    another suffix of the same level (a 镇 report whose head names a 乡)."""
    if any(counts.get(s, 0) > 0 for s in counts if m.suffix.endswith(s)):
        return True  # 行政村 is called 全村
    same = [s for s in counts if not m.suffix.endswith(s) and R.levels[s] == m.level]
    return not any(counts[s] >= 2 for s in same)


def descend(ms: List[Mention], i: int) -> Mention:
    """From mention ``i``, follow directly adjacent lower units (东至县花园乡 → 花园乡), but not into
    the first item of a list (岚皋县佐龙镇、蔺河镇: the county names its townships)."""
    m = ms[i]
    while i + 1 < len(ms) and ms[i + 1].start - m.end <= 0 and not _listed(ms, i + 1) and \
            (LEVEL_RANK.get(ms[i + 1].level, 9) > LEVEL_RANK.get(m.level, 9) or
             (m.kind == "city" and ms[i + 1].kind == "county")):  # 九江市庐山市: a county-level city
        i += 1
        m = ms[i]
    return m


def _listed(ms: List[Mention], j: int) -> bool:
    """True when mention ``j`` is followed, one separator away (、 和 及), by another of its level."""
    return j + 1 < len(ms) and ms[j + 1].level == ms[j].level and ms[j + 1].start - ms[j].end == 1


_QUOTED = regex.compile(r"《[^《》\n]{0,120}》|〔[^〔〕\n]{0,40}〕")


def units_outside_quotes(text: str, s: int, e: int, R: Rules, zones: bool = False) -> List[Mention]:
    """:func:`find_units` of ``text[s:e]`` without the names inside 《…》 (document titles:
    their issuers are other units)."""
    q = [(m.start(), m.end()) for m in _QUOTED.finditer(text, max(0, s - 120), e + 120)]
    return [m for m in find_units(text, s, e, R, zones=zones) if not any(a <= m.start < b for a, b in q)]
