"""The reporting unit: whose report it is (place and level), and the rule that chose it.

The unit is the first unit named in the head (title, web-page header; addressee and byline lines
skipped); when a higher unit is directly followed by a lower one (``东至县花园乡``) the lowest one
is taken.  Without a unit in the head: a lead cue (``X位于``, ``记者从X获悉``, ``X现将…汇报如下``),
the signature lines, then the unit kind the report uses for itself (``我乡``, ``全村`` …) and its most
frequent name of that kind.  A name with placeholder characters (``XX镇``) gives its level only.
"""
from __future__ import annotations

from collections import Counter
from typing import Dict, List, Optional, Sequence, Tuple

from fupin_extract.meaning.county import short_county
from fupin_extract.meaning.regions import BODY_MARK, head_spans, is_boilerplate, is_title, tail_spans
from fupin_extract.meaning.units import LEVEL_RANK, Mention, consistent, descend, find_units, self_counts, self_level, \
    units_outside_quotes
from fupin_extract.rules.metadata import Rules

#: (mention or None, level when no mention gives it, rule id)
Choice = Tuple[Optional[Mention], Optional[str], str]


#: (text, rules, memo) of the report being read: the candidate steps ask for the same head lines
#: and their units again; one tuple, read and replaced whole (safe when threads share it)
_MEMO: tuple = (None, None, {})


def _memo(text: str, R: Rules) -> dict:
    global _MEMO
    t, r, memo = _MEMO
    if t is not text or r is not R:
        memo = {}
        _MEMO = (text, R, memo)
    return memo


def _units(text: str, s: int, e: int, R: Rules, zones: bool = False) -> List[Mention]:
    """:func:`units_outside_quotes` of ``text[s:e]``, worked out once per report (a fresh list)."""
    memo = _memo(text, R)
    key = ("units", s, e, zones)
    if key not in memo:
        memo[key] = tuple(units_outside_quotes(text, s, e, R, zones=zones))
    return list(memo[key])


def _title_first(text: str, R: Rules) -> List[Tuple[int, int]]:
    """The head lines with the title line first (worked out once per report)."""
    memo = _memo(text, R)
    if "title_first" not in memo:
        memo["title_first"] = tuple(_title_first_lines(text, R))
    return list(memo["title_first"])


def _title_first_lines(text: str, R: Rules) -> List[Tuple[int, int]]:
    """The head lines with the title line first: the title's subject (X乡…工作总结) governs, not a
    site banner (a collection's 乡镇脱贫攻坚工作总结（10篇）: ``title_boilerplate``) or a line above it."""
    heads = head_spans(text, R)
    for i, (s, e) in enumerate(heads):
        line = text[s:e].strip()
        if is_title(line, R) and not is_boilerplate(line, R):
            return [heads[i]] + heads[:i] + heads[i + 1:]
    return heads


def _head_candidates(text: str, R: Rules, counts: Counter, first_only: bool = False) -> List[Mention]:
    """Units of the head in text order, each followed down to its lowest adjacent unit
    (only the first one with ``first_only``); a line naming the site's owner (``site_owner_lines``) gives none."""
    out: List[Mention] = []
    for s, e in _title_first(text, R):
        if R.site_owner_lines is not None and R.site_owner_lines.search(text, s, e):
            continue  # 麦积区人民政府门户网站, 来源：X县扶贫办: the site's owner, not the reporting unit
        ms = _units(text, s, e, R, zones=True)
        for i in range(len(ms)):
            m = descend(ms, _past_label(text, ms, i))
            if consistent(m, counts, R) and m not in out:
                out.append(m)
                if first_only:
                    return out
    return out


_LABEL_ENDS = ("：", ":", "】", "]", "|", "｜", "丨")


def _past_label(text: str, ms: List[Mention], i: int) -> int:
    """The mention a headline's place label introduces (安庆市：桐城市脱贫攻坚捷报频传, 【兴国县】杰村乡…): ``i`` + 1
    when mention ``i`` is followed by a label's end (a colon, 】, a bar) and, right after it, a unit inside it (a lower level, or a
    county-level city after its prefecture); else ``i``."""
    if i + 1 >= len(ms) or text[ms[i].end:ms[i + 1].start] not in _LABEL_ENDS:
        return i
    a, b = ms[i], ms[i + 1]
    lower = LEVEL_RANK.get(b.level, 9) > LEVEL_RANK.get(a.level, 9) or (a.kind == "city" and b.kind == "county")
    return i + 1 if lower else i


def _cue_candidates(text: str, R: Rules, counts: Counter) -> List[Tuple[Mention, str]]:
    """Units the lead sentences name as the reporter (X位于, 记者从X获悉, X现将…汇报如下)."""
    lead = text[: R.regions.lead_chars]
    out = []
    for rule in R.unit_cues:
        for m in rule.pattern.finditer(lead):
            s, e = m.span("u")
            ms = [u for u in find_units(text, s, e, R, zones=True) if u.end == e and consistent(u, counts, R)]
            if ms:
                out.append((ms[-1], rule.id))
    return out


def _self_strength(counts: Counter, R: Rules) -> Tuple[Optional[str], int]:
    lvl = self_level(None, R, counts) if counts else None
    n = sum(v for k, v in counts.items() if R.levels[k] == lvl) if lvl else 0
    return lvl, n


def _better_of_level(cands: Sequence[Mention], level: str, want_real: bool) -> Optional[Mention]:
    for m in cands:
        if m.level == level and not (want_real and m.placeholder):
            return m
    return None


def _self_n(counts: Counter, R: Rules, level: str) -> int:
    return sum(n for k, n in counts.items() if R.levels[k] == level)


def _longer_township(text: str, us: int, ue: int, e: int, R: Rules) -> List[Mention]:
    """A gazetteer township that starts at ``us`` and runs past ``ue``, the end of a cue's shortest subject
    (关于大褚村回族乡…: the cue stops at 大褚村, the township's name goes on): [it], else []."""
    return [u for u in _units(text, us, e, R) if u.start == us and u.end > ue and u.kind == "township"][:1]


def _title_subject(text: str, R: Rules, counts: Counter, first: Mention) -> Optional[Tuple[Mention, str]]:
    """The unit the title is about when it stands below ``first`` (驻X村工作队, X县扶贫办关于Y镇…:
    ``title_subject_cues``), unless the self-references speak more for ``first``'s level."""
    heads = _title_first(text, R)
    if not heads or not is_title(text[heads[0][0]:heads[0][1]].strip(), R):
        return None
    s, e = heads[0]
    for rule in R.title_subject_cues:
        for cue in rule.pattern.finditer(text, s, e):
            us, ue = cue.span("u")
            ms = _longer_township(text, us, ue, e, R) or [u for u in _units(text, us, ue, R)
                                                         if u.end == ue and consistent(u, counts, R) and not u.placeholder]
            if ms and LEVEL_RANK.get(ms[-1].level, 9) > LEVEL_RANK.get(first.level, 9) and \
                    _self_n(counts, R, ms[-1].level) >= _self_n(counts, R, first.level):
                return ms[-1], rule.id
    return None


def _title_level(text: str, R: Rules) -> Optional[str]:
    """The level a title gives by naming a kind of unit (镇…总结, 驻村工作队…: ``title_levels``)."""
    heads = _title_first(text, R)
    if not heads:
        return None
    line = text[heads[0][0]:heads[0][1]].strip()
    if not is_title(line, R):
        return None
    return next((lvl for lvl, pat in R.title_levels if pat.search(line)), None)


def _in_title(text: str, R: Rules, m: Mention) -> bool:
    heads = _title_first(text, R)
    return bool(heads) and heads[0][0] <= m.start < heads[0][1] and \
        is_title(text[heads[0][0]:heads[0][1]].strip(), R)


def _lower_level(text: str, R: Rules, counts: Counter, first: Mention) -> Optional[Tuple[str, str]]:
    """(level, rule) of a lower unit the report is about when the head's first unit is higher: the
    kind of unit the title names (``title_level``), or — the first unit named in a sentence, not in the
    title — the level the report calls itself by at all (``sentence_self_level``), while it never calls
    itself by the first unit's level more."""
    rank = LEVEL_RANK.get(first.level, 9)
    tl = _title_level(text, R)
    if tl and LEVEL_RANK[tl] > rank and _self_n(counts, R, tl) >= _self_n(counts, R, first.level):
        return tl, "title_level"
    slvl = self_level(None, R, counts) if counts else None
    if slvl and LEVEL_RANK[slvl] > rank and not _self_n(counts, R, first.level) and not _in_title(text, R, first):
        return slvl, "sentence_self_level"
    return None


def _from_head(text: str, R: Rules, counts: Counter, first: Mention) -> Choice:
    """The head names ``first``: keep it unless the title is about a lower unit (a title subject
    cue), the report calls itself by another level, or it is a placeholder and a real name of
    its level stands in the head or the lead."""
    subject = _title_subject(text, R, counts, first)
    if subject is not None:
        return subject[0], None, subject[1]
    slvl, sn = _self_strength(counts, R)
    n_first = _self_n(counts, R, first.level)
    # the report never calls itself by the head unit's level, or — the unit named in a sentence, not the
    # title (虾雄村37户 in a township's first paragraph) — far less than by its own (我乡 ×8, 全村 ×2)
    other_level = bool(slvl) and sn >= R.regions.self_min and first.level != slvl and \
        (not n_first or (sn >= 3 * n_first and not _in_title(text, R, first)))
    lower = None if other_level else _lower_level(text, R, counts, first)
    if lower is not None:
        pool = _head_candidates(text, R, counts) + [m for m, _ in _cue_candidates(text, R, counts)]
        m = _better_of_level(pool, lower[0], want_real=True)
        if m is not None:
            return m, None, lower[1]
        if lower[1] == "title_level":
            return None, lower[0], "title_level_unnamed"  # 村脱贫攻坚工作总结 above a county named in passing
    if not (other_level or first.placeholder):
        return first, None, "head"
    pool = _head_candidates(text, R, counts) + [m for m, _ in _cue_candidates(text, R, counts)]
    if other_level:
        return _of_self_level(text, R, counts, pool, slvl)
    m = _better_of_level(pool, first.level, want_real=True)
    if m is not None:
        return m, None, "lead_after_placeholder"
    return first, None, "head"


def _of_self_level(text: str, R: Rules, counts: Counter, pool: List[Mention], slvl: str) -> Choice:
    """The head names a unit of another level (the county above a township report) and the report never
    calls itself by that level: the head's or lead's unit of the level it calls itself by."""
    m = _better_of_level(pool, slvl, want_real=False)
    if m is None:
        return _most_frequent_of_level(text, R, counts)
    if m.placeholder:
        m = _better_of_level(pool, slvl, want_real=True) or m
    sig = _prefecture_signature(text, R, counts, m)
    if sig is not None:
        return sig, None, "signature"
    return m, None, "head_self_level"


def _prefecture_signature(text: str, R: Rules, counts: Counter, m: Mention) -> Optional[Mention]:
    """The prefecture that signs a report calling itself 全市 when the head's unit of that level is only a
    county-level city named in a sentence (2019年全市… 会泽县、宣威市脱贫摘帽 … 曲靖市扶贫开发领导小组办公室)."""
    if m.kind != "county" or _in_title(text, R, m):
        return None
    sig = _from_signature(text, R, counts)
    return sig if sig is not None and sig.kind == "city" and sig.level == m.level else None


def _from_signature(text: str, R: Rules, counts: Counter, signed_only: bool = False) -> Optional[Mention]:
    """The unit of the last short tail line naming one; with ``signed_only`` only of a line that holds no
    sentence (团坝镇青杠村驻村工作队, not 我乡组织龙潭村…开展培训)."""
    for s, e in reversed(tail_spans(text, R)):
        if e - s > R.regions.signature_line or ((signed_only or _wrapped(text, s)) and _has_sentence(text[s:e])):
            continue  # body text, not a signature (a hard-wrapped paragraph's last pieces: 的工作责任制,扎实有效地…)
        if is_boilerplate(text[s:e], R) or (R.site_owner_lines is not None and R.site_owner_lines.search(text, s, e)):
            continue  # a page stamp (来源：X县扶贫开发局 发布时间：…), a site's owner (X县人民政府办公室主办): not the signer
        ms = [m for m in _units(text, s, e, R) if consistent(m, counts, R)]
        if ms:
            return descend(ms, 0)
    return None


def reporting_unit(text: str, R: Rules) -> Choice:
    """The mention naming the reporting unit (None when not found), the level, and the rule
    that chose it (the ``place_rule`` column): ``head``, a title subject cue id, ``head_self_level``,
    ``lead_after_placeholder``, a lead cue id, ``signature``, ``self_reference``, ``short_county``,
    ``bulletin_issuer`` (a 简报's masthead) or ``none``."""
    counts = self_counts(text, R)
    issuer = _bulletin_issuer(text, R)
    if issuer is not None:
        return issuer, None, "bulletin_issuer"
    head = _head_candidates(text, R, counts, first_only=True)
    if head and _untitled_sentence_name(text, R, head[0]):
        m = _from_signature(text, R, counts, signed_only=True)
        if m is not None and m.level == head[0].level and m.name != head[0].name and \
                text.count(head[0].name) == 1:  # a passage starting mid-report: 培养村级… in its first lines, 青杠村驻村工作队 signs it
            return m, None, "signature_over_sentence"
    if head:
        return _from_head(text, R, counts, head[0])
    cues = _cue_candidates(text, R, counts)
    if cues:
        return cues[0][0], None, cues[0][1]
    m = _from_signature(text, R, counts)
    if m is not None:
        return m, None, "signature"
    found = _most_frequent_of_level(text, R, counts)
    if found[0] is None and found[1] in (None, "县"):
        short = short_county(text, R)  # 东营·酉阳远程诊疗平台 … 车田、浪坪: 酉阳 reports
        if short is not None:
            return short, None, "short_county"
    if found[0] is None and found[1] is None:
        office = R.office_level.search(text, 0, R.regions.lead_chars)
        if office is not None:  # 我局在县委、县政府的领导下: a county's bureau
            return None, R.levels[office.group("lvl")], "office_level"
    return found


def _bulletin_issuer(text: str, R: Rules) -> Optional[Mention]:
    """The unit of a bulletin's masthead (简报, 第12期, then 大竹县扶贫开发局编  2019年6月5日): the line next to
    the issue number that holds a date names who issues it, whatever its news items are about; else None."""
    if R.bulletin is None:
        return None
    heads = head_spans(text, R)
    at = next((i for i, (s, e) in enumerate(heads) if R.bulletin.match(text[s:e])), None)
    if at is None:
        return None
    for s, e in (heads[j] for j in (at + 1, at - 1) if 0 <= j < len(heads)):
        ms = _units(text, s, e, R) if R.date.search(text, s, e) else []
        if ms and not ms[0].placeholder:
            return descend(ms, 0)
    return None


def _untitled_sentence_name(text: str, R: Rules, m: Mention) -> bool:
    """True when ``m`` is a name the gazetteer does not know, said in a sentence of a head that has no
    title line (a passage starting mid-report): weaker evidence than a signature."""
    if m.kind != "generic":
        return False
    heads = head_spans(text, R)
    if any(is_title(text[s:e].strip(), R) for s, e in heads):
        return False
    line = next(((s, e) for s, e in heads if s <= m.start < e), None)
    return line is not None and _has_sentence(text[line[0]:line[1]])


def _wrapped(text: str, s: int) -> bool:
    """True when the line at ``s`` continues the line above it: no blank line between them, and the line above
    ends inside a sentence (a PDF's or an OCR's break), not with a stop, a colon or a closing bracket."""
    i, breaks = s - 1, 0
    while i >= 0 and text[i] in " \t\u3000\r\n":
        breaks += text[i] == "\n"
        i -= 1
    return i >= 0 and breaks == 1 and text[i] not in _SENTENCE_ENDS


_SENTENCE_ENDS = "。！？!?：:；;）)】」”\"…"


def _has_sentence(line: str) -> bool:
    return BODY_MARK.search(line) is not None


def _most_frequent_of_level(text: str, R: Rules, counts: Counter) -> Choice:
    # the kind of unit the title names (村…总结) outweighs the self-references (全镇第一 in a village report)
    lvl = _title_level(text, R) or self_level(text, R, counts)
    if lvl is None:
        return None, None, "none"
    freq: Counter = Counter()
    first: Dict[str, Mention] = {}
    for m in find_units(text, 0, len(text), R):
        if m.level == lvl and consistent(m, counts, R) and not m.placeholder:
            freq[m.name] += 1
            first.setdefault(m.name, m)
    if not freq:
        return None, lvl, "self_reference_level"
    name, n = freq.most_common(1)[0]
    if n < 2 and first[name].kind == "generic":
        return None, lvl, "self_reference_level"  # a name the gazetteer does not know, said once (参照乡拟定…)
    return first[name], lvl, "self_reference"
