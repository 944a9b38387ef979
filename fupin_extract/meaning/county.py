"""County and province of the reporting unit, as far as the text and the gazetteer make them certain.

A county named in the text (full name, or a short name with its suffix: ``彭水自治县`` →
彭水苗族土家族自治县) or the county of the reporting township in the gazetteer.  A township name
found in several counties is resolved by the evidence the text gives for each candidate county:
its name, its short name (``平和网``), its prefecture or province, and the other townships the
report names that lie in it.  No unique best candidate → ``None`` (province still filled when all
candidates share it).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Dict, Optional, Sequence, Tuple

import regex

from fupin_extract.meaning import gazetteer as gz
from fupin_extract.meaning.regions import head_spans, is_title
from fupin_extract.meaning.units import Mention, descend, find_units
from fupin_extract.rules.metadata import Rules

Place = Tuple[Optional[str], Optional[str]]  # (county, province)


def _last_text(fn):
    """Keep the result for the last (text, rules) asked: the steps of one report ask again."""
    box: list = [(None, None, None)]  # one tuple, read and replaced whole: safe when threads share it

    def wrapper(text: str, R: Rules):
        t, r, out = box[0]
        if t is text and r is R:
            return out
        out = fn(text, R)
        box[0] = (text, R, out)
        return out
    wrapper.__doc__, wrapper.__name__ = fn.__doc__, fn.__name__
    return wrapper


@_last_text
def _county_mentions(text: str, R: Rules):
    return [cm for cm in gz.scan_counties(text)
            if text[cm[1]:cm[1] + 1] not in R.not_followed_by.get(cm[2][-1], ())]


def _named_weights(text: str, R: Rules, county_mentions) -> Counter:
    """County code → weight of its unambiguous mentions: a county in the head, or right
    before a lower unit (点军区xx乡), counts as the report's own."""
    head = head_spans(text, R)
    named: Counter = Counter()
    for s, e, _, cs in county_mentions:
        if len(cs) != 1 or _partner(text, s, R):
            continue  # 深圳市福田区援建, 与于都县交界: a partner or a neighbour
        w = 1
        if any(hs <= s < he for hs, he in head):
            w += 2
        after = find_units(text, e, min(len(text), e + 12), R)
        if after and after[0].start == e and after[0].kind != "county":
            w += 2
        named[cs[0].code] += w
    return named


def _towns_named(text: str, R: Rules) -> set:
    return {name for _, e, name in gz.scan_townships(text)
            if text[e:e + 1] not in R.not_followed_by.get(name[-1], ())}  # not 发展乡村


def _evidence(text: str, c: gz.County, named: Counter, towns: set, R: Rules) -> int:
    """How strongly the text points at county ``c`` (its name, short name, other townships,
    prefecture, province)."""
    g = gz.gazetteer()
    sc = 3 * named.get(c.code, 0)
    sc += 2 * len(towns & g.townships_of.get(c.code, frozenset()))
    if gz.mentions_short(text, c) and _said_outside_partners(text, c.short, R):
        sc += 1  # 赴金沙县学习经验: a partner's name is no evidence, nor is its short name inside it
    cshort = gz.region_short(c.city, R.ethnic_names) if c.city else ""
    if c.city and (c.city in text or (cshort and cshort in text)):
        sc += 1
    pshort = gz.region_short(c.province, R.ethnic_names)
    if c.province in text or (pshort and pshort in text):
        sc += 1
    return sc


def _clearly_named(text: str, named: Counter, R: Rules, placed: bool = False) -> Optional[gz.County]:
    """The county the text names most, when it names it at least twice (by its full name or with
    its short name and a suffix) and more than any other; else None.  With ``placed`` (the
    gazetteer puts the township in one county only) the county must also stand where a report
    names its own (the title line, or right before a lower unit): a county
    named in passing in the body (学习X县经验) does not outrank the gazetteer."""
    g = gz.gazetteer()
    top = named.most_common(2)
    if not top or (len(top) > 1 and top[1][1] >= top[0][1]):
        return None
    c = g.counties[top[0][0]]
    at = [(s, e) for s, e, _, cs in _county_mentions(text, R) if len(cs) == 1 and cs[0].code == c.code]
    if len(at) < 2:
        return None
    return c if not placed or any(_own_position(text, s, e, R) for s, e in at) else None


def _own_position(text: str, s: int, e: int, R: Rules) -> bool:
    """The county named at ``s:e`` stands where a report names its own: in the title line, right
    after an ``own_county_words`` word (位于金沙县东部), or right before a lower unit (点军区xx乡)."""
    if any(text.startswith(w, s - len(w)) for w in R.own_county_words if s >= len(w)):
        return True
    for hs, he in head_spans(text, R):
        if is_title(text[hs:he].strip(), R):
            if hs <= s < he:
                return True
            break
    after = find_units(text, e, min(len(text), e + 12), R)
    return bool(after) and after[0].start == e and after[0].kind != "county"


def _among(text: str, unit: Mention, cands: Sequence[gz.County], named: Counter, R: Rules) -> Place:
    """The one candidate county the text points at most; else the province they share.  When no
    candidate has any evidence and the text names another county clearly (its head, or more than
    once), the gazetteer's township is a namesake (or renamed) and the text's county is taken."""
    towns = _towns_named(text, R)
    towns.discard(unit.name)
    # the unit's own name says nothing of its county (平乐镇 is not a mention of 平乐县's short name)
    masked = text.replace(unit.name, "\u3000" * len(unit.name)) if len(unit.name) > 1 else text
    scores = {c.code: _evidence(masked, c, named, towns, R) for c in cands}
    best = max(scores.values())
    if best == 0 and unit.kind == "township":
        c = _clearly_named(text, named, R, placed=len(cands) == 1)
        if c is not None:
            return c.name, c.province
    if len(cands) == 1:
        return cands[0].name, cands[0].province
    tops = [c for c in cands if scores[c.code] == best]
    if best > 0 and len(tops) == 1:
        return tops[0].name, tops[0].province
    return None, gz.unique(c.province for c in (tops if best > 0 else cands))


def _city_place(unit: Mention) -> Place:
    """A prefecture's report: no county; the province when the name is unique."""
    g = gz.gazetteer()
    code = gz.unique(g.cities[c][1] for c in gz.cities_named(unit.name))
    return None, g.provinces.get(code) if code else None


def _without_unit(text: str, R: Rules, named: Counter, county_mentions) -> Place:
    """No gazetteer unit: the county the text names most, else the one county of the
    townships it names, else an ambiguous county name when it is the only one named."""
    if named:
        (code, n), *rest = named.most_common()
        if not rest or rest[0][1] < n:
            c = gz.gazetteer().counties[code]
            return c.name, c.province
    by_towns = county_of_townships(text, R) or _county_of_most_townships(text, R)
    if by_towns is not None:
        return by_towns.name, by_towns.province
    short = short_county(text, R)
    if short is not None:
        return short.counties[0].name, short.counties[0].province
    names = [name for _, _, name, cs in county_mentions if len(cs) > 1]  # 朝阳区 …
    if names and len(set(names)) == 1:
        cs = gz.counties_named(names[0])
        return cs[0].name if cs else None, gz.unique(c.province for c in cs)
    return None, None


def _governing(text: str, unit: Mention, county_mentions, R: Rules) -> Optional[gz.County]:
    """The one county written right before the unit, through lower units only (金沙县马路乡,
    德化县大铭乡上徐村): the text says whose unit it is, whatever else the gazetteer knows."""
    for s, e, _, cs in county_mentions:
        if len(cs) != 1 or e > unit.start or unit.start - e > 3 * (R.max_generic_name + 4):
            continue
        chain = find_units(text, e, unit.end, R)
        if chain and chain[0].start == e and chain[-1].end == unit.end and \
                all(a.end == b.start for a, b in zip(chain, chain[1:])) and \
                all(m.kind != "county" and m.level in ("乡镇", "村") for m in chain):
            return cs[0]
    return None


def resolve_county(text: str, unit: Optional[Mention], R: Rules) -> Place:
    """(county, province) the text makes certain, else None for what stays ambiguous."""
    county_mentions = _county_mentions(text, R)
    named = _named_weights(text, R, county_mentions)
    if unit is not None and (unit.kind == "city" or (unit.kind == "generic" and unit.level == "市")):
        return _city_place(unit)  # a prefecture's report (云岭州 unknown to the gazetteer too) has no county
    gov = _governing(text, unit, county_mentions, R) if unit is not None and unit.kind != "county" else None
    if gov is not None:
        return gov.name, gov.province
    if unit is not None and unit.kind == "zone" and unit.counties:
        # a farm or forest farm: the county the text names (青龙山林场位于桑植县), else the gazetteer's
        named_place = _without_unit(text, R, named, county_mentions)
        return named_place if named_place[0] is not None else _among(text, unit, unit.counties, named, R)
    if unit is not None and unit.kind in ("county", "township") and unit.counties:
        return _among(text, unit, unit.counties, named, R)
    if unit is not None and unit.level == "村":
        town = _own_township(text, unit, R)
        if town is not None:  # 龙潭村位于均村乡北部: the village's township says its county
            return _among(text, town, town.counties, named, R)
    return _without_unit(text, R, named, county_mentions)


def _own_township(text: str, unit: Mention, R: Rules) -> Optional[Mention]:
    """The gazetteer township a village report places itself in: right after the village's name and
    a word of ``own_county_words`` (龙潭村位于均村乡, 柏树村隶属于大涧乡), or written right before the
    village's name (团坝镇青杠村驻村工作队); first such in the text."""
    i = text.find(unit.name)
    while i >= 0:
        e = i + len(unit.name)
        before = _township_before(text, i, R)
        if before is not None:
            return before
        for w in R.own_county_words:
            if text.startswith(w, e):
                ms = find_units(text, e + len(w), min(len(text), e + len(w) + 3 * gz.MAX_NAME), R, generic=False)
                if ms and ms[0].start == e + len(w):
                    m = descend(ms, 0)  # 隶属兴国县均村乡 → 均村乡
                    if m.kind == "township" and m.counties:
                        return m
        i = text.find(unit.name, e)
    return None


def _township_before(text: str, i: int, R: Rules) -> Optional[Mention]:
    """The gazetteer township whose name ends at ``i`` (团坝镇|青杠村), else None."""
    a = max(0, i - 3 * gz.MAX_NAME)
    ms = [m for m in find_units(text, a, i, R, generic=False) if m.end == i]
    return next((m for m in ms if m.kind == "township" and m.counties), None)


def county_of_townships(text: str, R: Rules) -> Optional[gz.County]:
    """The one county that every township named in the text lies in (a township unique in
    one county, or several townships whose counties share exactly one), else None."""
    g = gz.gazetteer()
    common = None
    for name in _towns_named(text, R):
        codes = set(g.township_by_name.get(name, ()))
        common = codes if common is None else common & codes
        if not common:
            return None
    if common and len(common) == 1:
        return g.counties[next(iter(common))]
    return None


def text_province(text: str, R: Rules, unit: Optional[Mention] = None) -> Optional[str]:
    """The one province of every place the text names unambiguously with its full name (a
    county, a prefecture, a province), else None: 地处竹溪县…十堰市 → 湖北省.  A place named
    as a partner (东西部协作, 对口帮扶 …: ``partner_words``) does not count; with a township
    unit, only a province one of its counties lies in."""
    g = gz.gazetteer()
    provs = {cs[0].province for s, _, _, cs in _county_mentions(text, R)
             if len(cs) == 1 and not _partner(text, s, R)}
    for s, e, name in gz.scan_names(text, g.city_by_name, ("市", "州", "盟", "地区")):
        codes = g.city_by_name[name]
        if len(codes) == 1 and text[e:e + 1] not in R.not_followed_by.get(name[-1], ()) and not _partner(text, s, R):
            provs.add(g.provinces.get(g.cities[codes[0]][1], ""))
    for s, _, name in gz.scan_names(text, g.province_by_name, ("省", "自治区"), min_len=3):
        if g.provinces[g.province_by_name[name]] == name and not _partner(text, s, R):
            provs.add(name)
    provs.discard("")
    if len(provs) != 1:
        return None
    prov = provs.pop()
    return prov if unit is None or not unit.counties or prov in {c.province for c in unit.counties} else None


def _said_outside_partners(text: str, word: str, R: Rules) -> bool:
    """True when ``word`` occurs in ``text`` once at least outside a clause about a partner
    (:func:`_partner`)."""
    i = text.find(word)
    while i >= 0:
        if not _partner(text, i, R):
            return True
        i = text.find(word, i + len(word))
    return False


def _partner(text: str, start: int, R: Rules) -> bool:
    """True when the place named at ``start`` stands in a clause about a partner (东西部协作,
    对口帮扶 …)."""
    a = max((m.end() for m in _CLAUSE_STOP.finditer(text, max(0, start - 30), start)), default=max(0, start - 30))
    stop = _CLAUSE_STOP.search(text, start, min(len(text), start + 30))
    return bool(R.partner_words.search(text, a, stop.start() if stop else min(len(text), start + 30)))


_CLAUSE_STOP = regex.compile(r"[，。；！？,;!?\n]")


@lru_cache(maxsize=1)
def _short_starts() -> Tuple[int, frozenset, "re.Pattern"]:
    """The longest county short name, the first two characters of every one, and a pattern that
    finds (zero-width, so overlapping) the positions where a first and a second character of
    one stand: the set look-up is then made at those positions only."""
    shorts = gz.gazetteer().county_by_short
    starts = frozenset(k[:2] for k in shorts if len(k) >= 2)  # a text position holds two characters
    one, two = ("".join(sorted({k[j] for k in starts})) for j in (0, 1))
    return max(len(k) for k in shorts), starts, re.compile("(?=[%s][%s])" % (re.escape(one), re.escape(two)))


def _bare_shorts(text: str, g) -> Dict[str, int]:
    """County short names (酉阳, 彭水) written without a county suffix, unique to one county:
    short name → how often."""
    longest, starts, maybe = _short_starts()
    found: Dict[str, int] = {}
    for at in maybe.finditer(text):
        i = at.start()
        if text[i:i + 2] not in starts:
            continue  # no short name starts here
        for k in range(min(longest, len(text) - i), 1, -1):
            cand = text[i:i + k]
            if cand in g.county_by_short:
                if len(g.county_by_short[cand]) == 1 and cand not in g.city_by_name and \
                        cand not in g.province_by_name and not text.startswith(gz.COUNTY_SUFFIXES, i + k) \
                        and not text.startswith("自治", i + k):  # 东营 is the prefecture, 东营区 a district
                    found[cand] = found.get(cand, 0) + 1
                break
    return found


def _corroborated(text: str, c: gz.County, R: Rules) -> bool:
    """The text says more of county ``c`` than its short name: one of its townships (车田、浪坪
    of 酉阳), its prefecture or its province."""
    g = gz.gazetteer()
    shorts = {gz.township_short(t) for t in g.townships_of.get(c.code, ())} - {"", c.short}
    if any(t in text for t in g.townships_of.get(c.code, ())) or any(len(t) >= 2 and t in text for t in shorts):
        return True
    names = {c.city, gz.region_short(c.city, R.ethnic_names) if c.city else "", c.province,
             gz.region_short(c.province, R.ethnic_names)} - {"", c.short}
    return any(x in text for x in names)


def _headline_shorts(text: str, R: Rules) -> set:
    """Short names that open a head line as a headline's place (``short_county_head``: 岚皋讯, 会宁：…)."""
    out = set()
    for s, e in head_spans(text, R):
        m = R.short_county_head.match(text[s:e])
        if m is not None:
            out.add(m.group("s"))
    return out


@_last_text
def short_county(text: str, R: Rules) -> Optional[Mention]:
    """The one county the text names by its bare short name, with corroboration (see
    :func:`_corroborated`) or as a headline's place (:func:`_headline_shorts`), as a county mention;
    None when there is none or several."""
    g = gz.gazetteer()
    headed = _headline_shorts(text, R)
    found = [(name, n) for name, n in _bare_shorts(text, g).items()
             if name in headed or _corroborated(text, g.counties[g.county_by_short[name][0]], R)]
    if len(found) != 1:
        return None
    name = found[0][0]
    c = g.counties[g.county_by_short[name][0]]
    i = text.find(name)
    return Mention(i, i + len(name), c.name, "", "县", "county", (c,))


def _county_of_most_townships(text: str, R: Rules) -> Optional[gz.County]:
    """The county that holds two or more of the townships the text names, and more of them than
    any other county (a neighbouring township of another county named beside them)."""
    g = gz.gazetteer()
    held: Counter = Counter(code for name in _towns_named(text, R) for code in g.township_by_name.get(name, ()))
    top = held.most_common(2)
    if top and top[0][1] >= 2 and (len(top) == 1 or top[1][1] < top[0][1]):
        return g.counties[top[0][0]]
    return None


def head_province(text: str, R: Rules) -> Optional[str]:
    """The one province the head names with its full name (河北省, 广西壮族自治区), else None."""
    g = gz.gazetteer()
    found = {g.provinces[code] for s, e in head_spans(text, R) for name, code in g.province_by_name.items()
             if name == g.provinces[code] and name in text[s:e]}
    return found.pop() if len(found) == 1 else None
