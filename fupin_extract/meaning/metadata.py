"""Report metadata (place, level, county, province, date, year, villages) and multi-report splitting.

:func:`describe` reads one report and returns::

    {"place": "花园乡", "level": "乡镇", "county": "东至县", "province": "安徽省",
     "date": "2020-12-15", "year": 2020, "villages": ["…村", …]}

with ``None`` for what the text does not give.  The rules (all general, none names a
sample report; the cue words live in ``patterns/metadata.yaml``):

* **place, level** – the reporting unit is the first unit named in the head (title,
  web-page header; addressee and byline lines skipped); when a higher unit is directly
  followed by a lower one (``东至县花园乡``, ``点军区xx乡xx树村``) the lowest one is taken.
  Without a unit in the head, the signature lines, then the unit kind the report uses for
  itself (``我乡``, ``全村`` …) and its most frequent name of that kind.  A name with
  placeholder characters (``XX镇``, ``**乡``, ``xx树村``) gives ``place=None`` but its level.
* **county, province** – a county named in the text (full name, or a short name with its
  suffix: ``彭水自治县`` → 彭水苗族土家族自治县) or the county of the reporting township in
  the gazetteer.  A township name found in several counties is resolved by the evidence
  the text gives for each candidate county: its name, its short name (``平和网``), its
  prefecture or province, and the other townships the report names that lie in it.  No
  unique best candidate → ``None`` (province still filled when all candidates share it).
* **date** – ``成文日期``, then a date line at the end (signature), then a header date
  (``时间:``, ``发布日期:``), then a date line in the head; ISO ``YYYY-MM-DD``.
* **year** – a year in the title (not one that starts a period: ``2016年…以来``); else
  the date's year, minus one when written in January–March about the year before; else
  the most frequent year mentioned.
* **villages** – sub-unit names (村/社区 names, numbered 组) in order of first mention,
  each with its suffix (``下辖龙池、同连等4个行政村`` gives 龙池村, 同连村); the
  reporting unit and placeholders are left out.

:func:`split_reports` cuts a file holding several reports into parts whose texts are
consecutive slices of the original text (their concatenation is the original), so an
offset into a part is an offset into ``part.text``; the part's own offset in the file is
the summed length of the parts before it (see :func:`split_reports`).
"""
from __future__ import annotations

import dataclasses
import bisect
import datetime as _dt
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import regex

from fupin_extract.model import Document, PatternError
from fupin_extract.figures.numerals import NumeralError, parse_chinese
from fupin_extract.rules.loader import check_keys, compile_regex, load_yaml, patterns_dir, str_list, where
from fupin_extract.rules.text import text_rules

HAN = r"\p{Han}"


# --------------------------------------------------------------------------- rules
@dataclass
class Rule:
    id: str
    pattern: "regex.Pattern"
    where: str = "any"
    line_end: bool = False  # date cues: the date must end its line


@dataclass
class Rules:
    path: Path
    levels: Dict[str, str]  # suffix → level, longest suffix first
    self_prefixes: Tuple[str, ...]
    self_suffixes: Tuple[str, ...]
    not_followed_by: Dict[str, frozenset]
    placeholder_chars: str
    strip_prefixes: Tuple[str, ...]  # longest first
    stop_words: frozenset
    stop_endings: Tuple[str, ...]
    stop_inside: str  # characters no unit name holds (吴河等八村 is a list, not a name)
    max_generic_name: int
    ethnic_names: Tuple[str, ...]
    regions: Dict[str, int]
    skip_head_lines: List[Rule]
    date: "regex.Pattern"
    date_cues: List[Rule]
    year_start: "regex.Pattern"
    early_months: int
    village_suffixes: Tuple[str, ...]
    village_leads: Tuple[str, ...]
    single_lead_max: int
    modifier_next: frozenset
    enumerations: List[Rule]
    group: "regex.Pattern"
    split_min_parts: int
    split_min_chars: int
    split_headings: List[Rule]
    split_title: Optional["regex.Pattern"]  # a report's title line (reports one after the other)
    unit_cues: List[Rule]
    year_cues: List[Rule]
    year_bounds: List[Tuple[str, int, int]]  # (campaign word, first plausible year, last plausible year)
    boilerplate: List[Rule]  # head lines of a web site that are never the report's title
    title_words: "regex.Pattern"  # a title line holds one of these words


def _check_examples(path: Path, entry, pat: "regex.Pattern", rid: str) -> None:
    for ex in str_list(path, entry, entry.get("examples") or [], "examples") if entry.get("examples") else []:
        if not pat.search(ex):
            raise PatternError(f"{where(path, entry)}: rule {rid!r}: example {ex!r} does not match")
    for ex in str_list(path, entry, entry["not_examples"], "not_examples") if entry.get("not_examples") else []:
        if pat.search(ex):
            raise PatternError(f"{where(path, entry)}: rule {rid!r}: not_example {ex!r} matches")


def _regex_entry(path: Path, entry, rid: str, extra: set = frozenset()) -> "regex.Pattern":
    check_keys(path, entry, {"pattern", "examples", "not_examples"} | set(extra), {"pattern", "examples"},
               f"rule {rid!r}")
    pat = compile_regex(path, entry, entry["pattern"], rid)
    _check_examples(path, entry, pat, rid)
    return pat


def _rule_list(path: Path, data, key: str, wheres: Optional[set] = None) -> List[Rule]:
    items = data.get(key) or []
    if not isinstance(items, list):
        raise PatternError(f"{where(path, data)}: {key!r} must be a list of rules")
    out, seen = [], {}
    for entry in items:
        check_keys(path, entry, {"id", "pattern", "examples", "not_examples"} | ({"where", "line_end"} if wheres else set()),
                   {"id", "pattern", "examples"} | ({"where"} if wheres else set()), f"{key} rule")
        rid = str(entry["id"])
        if rid in seen:
            raise PatternError(f"{where(path, entry)}: duplicate rule id {rid!r} (first at line {seen[rid]})")
        seen[rid] = getattr(entry, "line", 0)
        w = entry.get("where", "any")
        if wheres and w not in wheres:
            raise PatternError(f"{where(path, entry)}: rule {rid!r}: where must be one of {sorted(wheres)}, not {w!r}")
        pat = compile_regex(path, entry, entry["pattern"], rid)
        _check_examples(path, entry, pat, rid)
        le = entry.get("line_end", False)
        if not isinstance(le, bool):
            raise PatternError(f"{where(path, entry)}: rule {rid!r}: line_end must be true or false")
        out.append(Rule(rid, pat, w, le))
    return out


def _int(path: Path, obj, value, key: str, lo: int = 0) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < lo:
        raise PatternError(f"{where(path, obj)}: {key!r} must be a whole number ≥ {lo}, got {value!r}")
    return value


TOP_KEYS = {"levels", "self_reference", "not_followed_by", "placeholder_chars", "strip_prefixes", "stop_words",
            "stop_endings", "stop_inside", "max_generic_name", "ethnic_names", "regions", "skip_head_lines", "date", "date_cues",
            "year_start_cues", "early_months", "villages", "enumerations", "group", "split", "unit_cues",
            "year_cues", "year_bounds", "title_boilerplate", "title_words"}
LEVEL_VALUES = {"乡镇", "村", "县", "市", "省"}


def load_metadata_rules(path: Path) -> Rules:
    """Load and validate ``metadata.yaml``; any problem raises PatternError with file:line."""
    path = Path(path)
    data = load_yaml(path)
    check_keys(path, data, TOP_KEYS, TOP_KEYS - {"not_followed_by", "enumerations", "group"}, "metadata file")
    levels = data["levels"]
    check_keys(path, levels, set(levels) if isinstance(levels, dict) else set(), set(), "levels")
    for suf, lvl in levels.items():
        if not isinstance(suf, str) or lvl not in LEVEL_VALUES:
            raise PatternError(f"{where(path, levels)}: level of {suf!r} must be one of {sorted(LEVEL_VALUES)}, "
                               f"not {lvl!r}")
    levels = dict(sorted(levels.items(), key=lambda kv: -len(kv[0])))
    sr = data["self_reference"]
    check_keys(path, sr, {"prefixes", "suffixes"}, {"prefixes", "suffixes"}, "self_reference")
    self_suffixes = str_list(path, sr, sr["suffixes"], "suffixes")
    for s in self_suffixes:
        if s not in levels:
            raise PatternError(f"{where(path, sr)}: self_reference suffix {s!r} has no entry in levels")
    nfb = data.get("not_followed_by") or {}
    check_keys(path, nfb, set(levels), set(), "not_followed_by")
    not_followed = {k: frozenset(str_list(path, nfb, v, k)) for k, v in nfb.items()}
    ph = data["placeholder_chars"]
    if not isinstance(ph, str) or not ph:
        raise PatternError(f"{where(path, data)}: 'placeholder_chars' must be a non-empty string")
    regions = data["regions"]
    rkeys = {"max_lines", "max_chars", "long_line", "tail_lines", "signature_line", "lead_chars", "self_min", "title_max"}
    check_keys(path, regions, rkeys, rkeys, "regions")
    regions = {k: _int(path, regions, v, k, 1) for k, v in regions.items()}
    date_entry = data["date"]
    date = _regex_entry(path, date_entry, "date")
    for g in ("y", "m", "d", "m2", "d2", "cy", "cm", "cd"):
        if g not in date.groupindex:
            raise PatternError(f"{where(path, date_entry)}: the date pattern needs the group (?P<{g}>…)")
    enumerations = _rule_list(path, data, "enumerations")
    for r, entry in zip(enumerations, data.get("enumerations") or []):
        if not {"items", "kind"} <= set(r.pattern.groupindex):
            raise PatternError(f"{where(path, entry)}: enumeration {r.id!r} needs groups 'items' and 'kind'")
    split = data["split"]
    check_keys(path, split, {"min_parts", "min_chars", "headings", "title_line"}, {"min_parts", "min_chars", "headings"},
               "split")
    headings = _rule_list(path, split, "headings")
    for r, entry in zip(headings, split["headings"]):
        if "n" not in r.pattern.groupindex:
            raise PatternError(f"{where(path, entry)}: heading {r.id!r} needs the group (?P<n>…) (report number)")
    ethnic = str_list(path, data, data["ethnic_names"], "ethnic_names")
    unit_cues = _rule_list(path, data, "unit_cues")
    year_cues = _rule_list(path, data, "year_cues", {"before_date", "after_date"})
    for rules_, key in ((unit_cues, "unit_cues"), (year_cues, "year_cues")):
        g = "u" if key == "unit_cues" else "y"
        for r, entry in zip(rules_, data[key]):
            if g not in r.pattern.groupindex:
                raise PatternError(f"{where(path, entry)}: {key} rule {r.id!r} needs the group (?P<{g}>…)")
    year_bounds = _year_bounds(path, data)
    vil = data["villages"]
    check_keys(path, vil, {"suffixes", "leads", "single_lead_max", "modifier_next"},
               {"suffixes", "leads", "single_lead_max", "modifier_next"}, "villages")
    vsuf = str_list(path, vil, vil["suffixes"], "suffixes")
    for x in vsuf:
        if x not in levels:
            raise PatternError(f"{where(path, vil)}: village suffix {x!r} has no entry in levels")
    group_entry = data.get("group")
    group = _regex_entry(path, group_entry, "group") if group_entry else regex.compile(r"(?!)")
    if group_entry and "n" not in group.groupindex:
        raise PatternError(f"{where(path, group_entry)}: the group pattern needs the group (?P<n>…)")
    return Rules(
        path=path,
        levels=levels,
        self_prefixes=tuple(str_list(path, sr, sr["prefixes"], "prefixes")),
        self_suffixes=tuple(self_suffixes),
        not_followed_by=not_followed,
        placeholder_chars=ph,
        strip_prefixes=tuple(sorted(set(str_list(path, data, data["strip_prefixes"], "strip_prefixes")),
                                    key=len, reverse=True)),
        stop_words=frozenset(str_list(path, data, data["stop_words"], "stop_words")),
        stop_endings=tuple(sorted(set(str_list(path, data, data["stop_endings"], "stop_endings")),
                                  key=len, reverse=True)),
        stop_inside=str(data["stop_inside"]),
        max_generic_name=_int(path, data, data["max_generic_name"], "max_generic_name", 2),
        ethnic_names=tuple(sorted(ethnic, key=len, reverse=True)),
        regions=regions,
        skip_head_lines=_rule_list(path, data, "skip_head_lines"),
        date=date,
        date_cues=_rule_list(path, data, "date_cues", {"head", "tail", "any"}),
        year_start=_regex_entry(path, data["year_start_cues"], "year_start_cues"),
        early_months=_int(path, data, data["early_months"], "early_months", 0),
        village_suffixes=tuple(sorted(vsuf, key=len, reverse=True)),
        village_leads=tuple(sorted(set(str_list(path, vil, vil["leads"], "leads")), key=len, reverse=True)),
        single_lead_max=_int(path, vil, vil["single_lead_max"], "single_lead_max", 2),
        modifier_next=frozenset(str_list(path, vil, vil["modifier_next"], "modifier_next")),
        enumerations=enumerations,
        group=group,
        split_min_parts=_int(path, split, split["min_parts"], "min_parts", 2),
        split_min_chars=_int(path, split, split["min_chars"], "min_chars", 0),
        split_headings=headings,
        split_title=_regex_entry(path, split["title_line"], "title_line") if split.get("title_line") else None,
        unit_cues=unit_cues,
        year_cues=year_cues,
        year_bounds=year_bounds,
        boilerplate=_rule_list(path, data, "title_boilerplate"),
        title_words=regex.compile("|".join(regex.escape(w) for w in
                                           str_list(path, data, data["title_words"], "title_words"))),
    )


def _year_bounds(path: Path, data) -> List[Tuple[str, int, int]]:
    items = data["year_bounds"]
    if not isinstance(items, list):
        raise PatternError(f"{where(path, data)}: 'year_bounds' must be a list")
    out = []
    for entry in items:
        check_keys(path, entry, {"word", "first", "last"}, {"word", "first", "last"}, "year_bounds entry")
        if not isinstance(entry["word"], str) or not entry["word"]:
            raise PatternError(f"{where(path, entry)}: 'word' must be a non-empty string")
        out.append((entry["word"], _int(path, entry, entry["first"], "first", 1900),
                    _int(path, entry, entry["last"], "last", 1900)))
    return out


@lru_cache(maxsize=4)
def load_rules(folder: Optional[str] = None) -> Rules:
    """The rules of ``metadata.yaml`` in the patterns folder (cached)."""
    d = Path(folder) if folder else patterns_dir()
    return load_metadata_rules(d / "metadata.yaml")


# --------------------------------------------------------------------------- regions
@lru_cache(maxsize=8)
def _lines(text: str) -> Tuple[Tuple[int, int], ...]:
    """(start, end) of every non-blank line, end without the line break (kept for the
    last few texts: the steps of :func:`describe` all ask for the same text's lines)."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            out.append((pos, pos + len(body)))
        pos += len(line)
    return tuple(out)


_HEAD_CACHE: tuple = (None, None, ())  # (text, rules, head spans) of the last text asked for


def head_spans(text: str, R: Rules) -> List[Tuple[int, int]]:
    """Spans of the head lines (title, header), skipping addressee and byline lines."""
    global _HEAD_CACHE
    last = _HEAD_CACHE  # one read: safe when threads share the module
    if last[0] is text and last[1] is R:
        return list(last[2])
    out = _head_spans(text, R)
    _HEAD_CACHE = (text, R, tuple(out))
    return out


def _head_spans(text: str, R: Rules) -> List[Tuple[int, int]]:
    out, total = [], 0
    for i, (s, e) in enumerate(_lines(text)):
        if i >= R.regions["max_lines"] or total >= R.regions["max_chars"]:
            break
        long = e - s > R.regions["long_line"]
        if long:
            e = s + R.regions["long_line"]
        line = text[s:e]
        if not any(r.pattern.search(line) for r in R.skip_head_lines):
            out.append((s, e))
        total += e - s
        if long:
            break
    return out


def tail_spans(text: str, R: Rules) -> List[Tuple[int, int]]:
    return _lines(text)[-R.regions["tail_lines"]:]


# --------------------------------------------------------------------------- unit names
@dataclass
class Mention:
    start: int
    end: int
    name: str
    suffix: str
    level: str
    kind: str  # "county", "township", "generic", "placeholder"
    counties: tuple = ()

    @property
    def placeholder(self) -> bool:
        return self.kind == "placeholder"


def _strip_generic(chunk: str, R: Rules) -> str:
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


_REPORT_WORD = regex.compile(r"总结|汇报|报告|材料|简报|情况")


def find_units(text: str, start: int, end: int, R: Rules, generic: bool = True) -> List[Mention]:
    """Unit names (county, township, village …) in ``text[start:end]``, in text order."""
    from fupin_extract.meaning import gazetteer as gz

    g = gz.gazetteer()
    out: List[Mention] = []
    seg = text[start:end]
    taken_until = -1
    hits = []
    for suf in R.levels:
        i = seg.find(suf)
        while i >= 0:
            hits.append((i + len(suf), -len(suf), suf))
            i = seg.find(suf, i + 1)
    hits.sort()
    for e, _, suf in hits:
        s_suf = e - len(suf)
        if s_suf < taken_until:
            continue
        nxt = seg[e:e + 1]
        if nxt and nxt in R.not_followed_by.get(suf, ()):
            continue
        run = _run_before(seg, s_suf, R.placeholder_chars)
        chunk = seg[run:s_suf]
        level = R.levels[suf]
        m = None
        # gazetteer names, longest first
        if suf in ("县", "区", "市", "旗"):
            for k in range(run, s_suf - 1):
                cand = seg[k:e]
                cs = g.county_by_name.get(cand)
                if cs is None and suf in ("县", "旗"):
                    cs = tuple(c.code for c in gz.counties_named(cand)) or None
                if cs:
                    m = Mention(start + k, start + e, cand, suf, level, "county",
                                tuple(g.counties[c] for c in cs))
                    break
        elif suf in gz.TOWNSHIP_SUFFIXES:
            for k in range(run, s_suf - 1):
                cand = seg[k:e]
                if cand in g.township_by_name:
                    m = Mention(start + k, start + e, cand, suf, level, "township", gz.township_counties(cand))
                    break
        if m is None and any(c in R.placeholder_chars for c in chunk):
            pm = _placeholder_tail(R.placeholder_chars).search(chunk)
            if pm:
                m = Mention(start + run + pm.start(), start + e, chunk[pm.start():] + suf, suf, level, "placeholder")
        if m is None and suf in ("市", "州", "盟"):
            for k in range(run, s_suf - 1):
                cand = seg[k:e]
                if gz.cities_named(cand):
                    m = Mention(start + k, start + e, cand, suf, level, "city")
                    break
        if m is None and generic and level in ("乡镇", "村"):
            # cut at the last unit suffix inside the chunk (…镇龙池村 → 龙池)
            cut = max((chunk.rfind(x) + len(x) for x in R.levels if x in chunk), default=0)
            name = _strip_generic(chunk[cut:][-(R.max_generic_name + 3):], R)
            if good_generic(name, R) and not any(c in R.placeholder_chars for c in name):
                m = Mention(start + s_suf - len(name), start + e, name + suf, suf, level, "generic")
        if m:
            while out and out[-1].end > m.start:
                out.pop()
            out.append(m)
            taken_until = e
    return out


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


def _consistent(m: Mention, counts: Counter, R: Rules) -> bool:
    """False when the report never calls itself by the mention's suffix but often by
    another suffix of the same level (a 镇 report whose head names a 乡)."""
    if any(counts.get(s, 0) > 0 for s in counts if m.suffix.endswith(s)):
        return True  # 行政村 is called 全村
    same = [s for s in counts if not m.suffix.endswith(s) and R.levels[s] == m.level]
    return not any(counts[s] >= 2 for s in same)


LEVEL_RANK = {"省": 0, "市": 1, "县": 2, "乡镇": 3, "村": 4}


def _descend(ms: List[Mention], i: int, text: str) -> Mention:
    """From mention ``i``, follow directly adjacent lower units (东至县花园乡 → 花园乡)."""
    m = ms[i]
    while i + 1 < len(ms) and ms[i + 1].start - m.end <= 0 and \
            LEVEL_RANK.get(ms[i + 1].level, 9) > LEVEL_RANK.get(m.level, 9):
        i += 1
        m = ms[i]
    return m


def _quoted(text: str, lo: int, hi: int) -> List[Tuple[int, int]]:
    """Spans of 《…》 (document titles: their issuers are other units) in text[lo:hi]."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text, max(0, lo - 120), hi + 120)]


_QUOTED = regex.compile(r"《[^《》\n]{0,120}》|〔[^〔〕\n]{0,40}〕")


def _units_outside_quotes(text: str, s: int, e: int, R: Rules) -> List[Mention]:
    q = _quoted(text, s, e)
    return [m for m in find_units(text, s, e, R) if not any(a <= m.start < b for a, b in q)]


def _head_candidates(text: str, R: Rules, counts: Counter, first_only: bool = False) -> List[Mention]:
    """Units of the head in text order, each followed down to its lowest adjacent unit
    (only the first one with ``first_only``)."""
    out: List[Mention] = []
    for s, e in head_spans(text, R):
        ms = _units_outside_quotes(text, s, e, R)
        for i in range(len(ms)):
            m = _descend(ms, i, text)
            if _consistent(m, counts, R) and m not in out:
                out.append(m)
                if first_only:
                    return out
    return out


def _cue_candidates(text: str, R: Rules, counts: Counter) -> List[Tuple[Mention, str]]:
    """Units the lead sentences name as the reporter (X位于, 记者从X获悉, X现将…汇报如下)."""
    lead = text[: R.regions["lead_chars"]]
    out = []
    for rule in R.unit_cues:
        for m in rule.pattern.finditer(lead):
            s, e = m.span("u")
            ms = [u for u in find_units(text, s, e, R) if u.end == e and _consistent(u, counts, R)]
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


def reporting_unit(text: str, R: Rules) -> Tuple[Optional[Mention], Optional[str], str]:
    """The mention naming the reporting unit (None when not found), the level, and the rule
    that chose it (the ``place_rule`` column): ``head``, ``head_self_level``,
    ``lead_after_placeholder``, a lead cue id, ``signature``, ``self_reference`` or ``none``."""
    counts = self_counts(text, R)
    slvl, sn = _self_strength(counts, R)
    head = _head_candidates(text, R, counts, first_only=True)
    if head:
        first = head[0]
        other_level = bool(slvl) and sn >= R.regions["self_min"] and first.level != slvl and \
            not any(n for k, n in counts.items() if R.levels[k] == first.level)
        if not (other_level or first.placeholder):
            return first, None, "head"
        pool = _head_candidates(text, R, counts) + [m for m, _ in _cue_candidates(text, R, counts)]
        if other_level:
            # the head names a unit of another level (the county above a township report)
            # and the report never calls itself by that level
            m = _better_of_level(pool, slvl, want_real=False)
            if m is None:
                return _most_frequent_of_level(text, R, counts)
            if m.placeholder:
                m = _better_of_level(pool, slvl, want_real=True) or m
            return m, None, "head_self_level"
        if first.placeholder:
            m = _better_of_level(pool, first.level, want_real=True)
            if m is not None:
                return m, None, "lead_after_placeholder"
        return first, None, "head"
    cues = _cue_candidates(text, R, counts)
    if cues:
        return cues[0][0], None, cues[0][1]
    for s, e in reversed(tail_spans(text, R)):
        if e - s > R.regions["signature_line"]:
            continue  # body text, not a signature
        ms = [m for m in _units_outside_quotes(text, s, e, R) if _consistent(m, counts, R)]
        if ms:
            return _descend(ms, 0, text), None, "signature"
    return _most_frequent_of_level(text, R, counts)


def _most_frequent_of_level(text: str, R: Rules, counts: Counter):
    lvl = self_level(text, R, counts)
    if lvl is None:
        return None, None, "none"
    freq: Counter = Counter()
    first: Dict[str, Mention] = {}
    for m in find_units(text, 0, len(text), R):
        if m.level == lvl and _consistent(m, counts, R) and not m.placeholder:
            freq[m.name] += 1
            first.setdefault(m.name, m)
    if not freq:
        return None, lvl, "self_reference_level"
    name, _ = freq.most_common(1)[0]
    return first[name], lvl, "self_reference"


# --------------------------------------------------------------------------- county, province
def resolve_county(text: str, unit: Optional[Mention], R: Rules) -> Tuple[Optional[str], Optional[str]]:
    """(county, province) the text makes certain, else None for what stays ambiguous."""
    from fupin_extract.meaning import gazetteer as gz

    g = gz.gazetteer()
    county_mentions = [cm for cm in gz.scan_counties(text)
                       if text[cm[1]:cm[1] + 1] not in R.not_followed_by.get(cm[2][-1], ())]
    head = head_spans(text, R)
    named = Counter()
    for s, e, _, cs in county_mentions:
        if len(cs) == 1:
            # a county in the head, or right before a lower unit (点军区xx乡), is the report's own
            w = 1
            if any(hs <= s < he for hs, he in head):
                w += 2
            after = find_units(text, e, min(len(text), e + 12), R)
            if after and after[0].start == e and after[0].kind != "county":
                w += 2
            named[cs[0].code] += w
    if unit is not None and unit.kind == "city":
        # a prefecture's report: no county; the province when the name is unique
        provs = [g.cities[c][1] for c in gz.cities_named(unit.name)]
        code = gz.unique(provs)
        return None, g.provinces.get(code) if code else None
    if unit is not None and unit.kind == "county":
        cands = unit.counties
    elif unit is not None and unit.kind == "township":
        cands = unit.counties
    else:
        cands = ()
    if unit is not None and unit.kind == "county" and len(cands) == 1:
        c = cands[0]
        return c.name, c.province
    if cands:
        if len(cands) == 1:
            c = cands[0]
            return c.name, c.province
        towns = {name for _, e, name in gz.scan_townships(text)
                 if text[e:e + 1] not in R.not_followed_by.get(name[-1], ())}  # not 发展乡村
        if unit is not None:
            towns.discard(unit.name)
        scores = {}
        for c in cands:
            sc = 3 * named.get(c.code, 0)
            sc += 2 * len(towns & g.townships_of.get(c.code, frozenset()))
            if gz.mentions_short(text, c):
                sc += 1
            cshort = gz.region_short(c.city, R.ethnic_names) if c.city else ""
            if c.city and (c.city in text or (cshort and cshort in text)):
                sc += 1
            pshort = gz.region_short(c.province, R.ethnic_names)
            if c.province in text or (pshort and pshort in text):
                sc += 1
            scores[c.code] = sc
        best = max(scores.values())
        tops = [c for c in cands if scores[c.code] == best]
        if best > 0 and len(tops) == 1:
            return tops[0].name, tops[0].province
        return None, gz.unique(c.province for c in (tops if best > 0 else cands))
    # no gazetteer unit: the county the text names most (ties: the first named)
    if named:
        (code, n), *rest = named.most_common()
        if not rest or rest[0][1] < n:
            c = g.counties[code]
            return c.name, c.province
    # no county named: the townships the text names, when they lie in one county only
    by_towns = _county_of_townships(text, R)
    if by_towns is not None:
        return by_towns.name, by_towns.province
    # ambiguous county names (朝阳区 …): keep the name when the text names one only
    names = [name for _, _, name, cs in county_mentions if len(cs) > 1]
    if names and len(set(names)) == 1:
        cs = gz.counties_named(names[0])
        return cs[0].name if cs else None, gz.unique(c.province for c in cs)
    return None, None


def _county_of_townships(text: str, R: Rules):
    """The one county that every township named in the text lies in (a township unique in
    one county, or several townships whose counties share exactly one), else None."""
    from fupin_extract.meaning import gazetteer as gz

    g = gz.gazetteer()
    towns = {name for _, e, name in gz.scan_townships(text)
             if text[e:e + 1] not in R.not_followed_by.get(name[-1], ())}
    common = None
    for name in towns:
        codes = set(g.township_by_name.get(name, ()))
        common = codes if common is None else common & codes
        if not common:
            return None
    if common and len(common) == 1:
        return g.counties[next(iter(common))]
    return None


# --------------------------------------------------------------------------- dates, years
def _date_from_match(m) -> Optional[str]:
    try:
        if m.group("y"):
            y, mo, d = int(m.group("y")), int(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2"))
        else:
            y, mo, d = parse_chinese(m.group("cy")), parse_chinese(m.group("cm")), parse_chinese(m.group("cd"))
        return _dt.date(y, mo, d).isoformat()
    except (ValueError, TypeError, NumeralError):
        return None


def find_date(text: str, R: Rules) -> Optional[str]:
    """The report's date (ISO), from the cue rules in order; None when there is none."""
    regions = {"head": _lines(text)[: R.regions["max_lines"]],  # bylines (时间:) included
               "tail": tail_spans(text, R), "any": [(0, len(text))]}
    for rule in R.date_cues:
        for s, e in regions[rule.where]:
            line = text[s:e]
            for m in R.date.finditer(line):
                # the cue ends right before the date: 200 characters of prefix are plenty
                # (the whole prefix made a long line with many dates quadratic)
                if not rule.pattern.search(line[max(0, m.start() - 200): m.start()]):
                    continue
                if rule.line_end and line[m.end():].strip(" \t　)）"):
                    continue
                d = _date_from_match(m)
                if d:
                    return d
    return None


YEAR_RE = regex.compile(r"(?<!\d)((?:19|20)\d\d)\s*年")


def _title_year(text: str, R: Rules) -> Optional[Tuple[int, int]]:
    """(year, offset) of the latest year in the first head line that has one."""
    for s, e in head_spans(text, R):
        line = text[s:e]
        years = []
        for m in YEAR_RE.finditer(line):
            if R.date.match(line, m.start()):
                continue  # a full date in the head is a date, not the title's year
            if R.year_start.match(line[m.end():]):
                continue
            years.append((int(m.group(1)), s + m.start(1)))
        if years:
            return max(years)
    return None


def _cue_year(text: str, R: Rules, where_: str) -> Optional[Tuple[int, int]]:
    for rule in (r for r in R.year_cues if r.where == where_):
        found = [(int(m.group("y")), m.start("y")) for m in rule.pattern.finditer(text)]
        if found:  # the latest year the rule states (截至2017年底 … 截至2020年底)
            return max(found, key=lambda f: (f[0], -f[1]))
    return None


def year_candidate(text: str, date: Optional[str], R: Rules) -> Tuple[Optional[int], Optional[int], str]:
    """(year, evidence offset, rule): the title's year, a year cue (现将2019年…汇报, 截至2020年底),
    the date's year, else the most frequent year mentioned."""
    for rid, found in (("title", _title_year(text, R)), ("cue", _cue_year(text, R, "before_date"))):
        if found:
            return found[0], found[1], rid
    late = None if date else _cue_year(text, R, "after_date")
    if late:
        return late[0], late[1], "cue_after_date"
    counts = Counter(int(y) for y in YEAR_RE.findall(text))
    if date:
        y, mo = int(date[:4]), int(date[5:7])
        if mo <= R.early_months and counts.get(y - 1, 0) >= counts.get(y, 0):
            return y - 1, None, "date_early_month"
        return y, None, "date"
    if counts:
        best = max(counts.values())
        y = max(y for y, n in counts.items() if n == best)
        m = regex.search(r"(?<!\d)%d\s*年" % y, text)
        return y, m.start() if m else None, "most_frequent"
    return None, None, "none"


def implausible_year(text: str, year: Optional[int], R: Rules) -> Optional[str]:
    """Why ``year`` cannot be the year reported on (a site's rewriting), or None."""
    if year is None:
        return None
    for word, first, last in R.year_bounds:
        if word in text and not first <= year <= last:
            return f"year {year} outside {first}-{last} for a {word} report"
    return None


def find_year(text: str, date: Optional[str], R: Rules) -> Optional[int]:
    """The main year reported on (None when implausible, see :func:`implausible_year`)."""
    y, _, _ = year_candidate(text, date, R)
    return None if implausible_year(text, y, R) else y


# --------------------------------------------------------------------------- villages
@lru_cache(maxsize=4)
def _village_regex(suffixes: Tuple[str, ...], leads: Tuple[str, ...], ph: str, maxlen: int) -> "regex.Pattern":
    lead = "|".join(regex.escape(x) for x in leads)
    return regex.compile(
        r"(?<![\p{Han}%s])(?P<lead>%s)?(?P<name>\p{Han}{2,%d})(?P<suf>%s)" % (
            regex.escape(ph), lead, maxlen, "|".join(regex.escape(x) for x in suffixes)))


def _first_item(items: List[str], kind: str, text: str, R: Rules) -> str:
    """The first item of 下辖大铭、联春、金黄 is 下辖大铭: find where the name starts.

    The shortest ending of the item that occurs elsewhere as a name (大铭村, not preceded
    by the character before it here) wins; else common words are stripped from its start
    and it is cut to the most common length of the other items.
    """
    first = items[0]
    for k in range(2, len(first)):
        cand = first[-k:]
        prev = first[-k - 1]
        i = text.find(cand + kind)
        while i >= 0:
            if i == 0 or text[i - 1] != prev:
                return cand
            i = text.find(cand + kind, i + 1)
    first = _strip_generic(first, R)
    lengths = Counter(len(x) for x in items[1:])
    mode = max(lengths.items(), key=lambda kv: (kv[1], -kv[0]))[0]
    return first[-mode:] if len(first) > max(lengths) else first


def _windowed(pat: "regex.Pattern", text: str, suffixes: Sequence[str], back: int):
    """``pat.finditer(text, overlapped=True)``, scanning only the stretches that end in a suffix
    (村, 社区 …): a match ends with one, so nothing else can match.  Same matches, in order."""
    ends = sorted({i + len(suf) for suf in suffixes for i in _find_all(text, suf)})
    longest = max((len(x) for x in suffixes), default=0)
    found = {}
    for e in ends:
        for m in pat.finditer(text, max(0, e - longest - back), e, overlapped=True):
            prev = found.get(m.start())
            if prev is None or m.end() > prev.end():  # the greedy match reaches the furthest suffix
                found[m.start()] = m
    for k in sorted(found):
        yield found[k]


def _find_all(text: str, sub: str):
    i = text.find(sub)
    while i >= 0:
        yield i
        i = text.find(sub, i + 1)


_CHUNK_STOP_CHARS = text_rules().chars("list_chunk_stop")  # patterns/text.yaml
_CHUNK_STOP = regex.compile("[" + regex.escape(_CHUNK_STOP_CHARS) + "]")


_CHUNK_STOP_REV = regex.compile("(?r)[" + regex.escape(_CHUNK_STOP_CHARS) + "]")


def _list_chunks(text: str, kinds: Sequence[str]) -> List[Tuple[int, int]]:
    """Stretches between punctuation that no enumeration can contain, keeping those with a 、
    and a kind word (村, 社区): an enumeration (大铭、联春等7个行政村) lies inside one of them."""
    out: List[Tuple[int, int]] = []
    if "、" not in text:
        return out
    pos = 0
    L = len(text)
    while True:
        q = text.find("、", pos)
        if q < 0:
            return out
        # the stop before the 、 lies at or after the stop that ended the previous stretch
        # (pos - 1), so both searches together cover the text once
        m = _CHUNK_STOP_REV.search(text, max(0, pos - 1), q)
        start = m.end() if m is not None else 0
        m = _CHUNK_STOP.search(text, q)
        end = m.start() if m is not None else L
        if any(text.find(x, start, end) >= 0 for x in kinds):
            out.append((start, end))
        pos = end + 1


def find_villages(text: str, R: Rules, exclude: Sequence[str] = ()) -> List[str]:
    """Sub-unit names (村/社区 names, numbered 组) in order of first mention, with suffix.

    A name is kept when it is listed in an enumeration (大铭、联春等7个行政村), occurs at
    least twice, or stands between boundaries once (（贡考村235人, 联胜村、乐北村).
    """
    pat = _village_regex(R.village_suffixes, R.village_leads, R.placeholder_chars, R.max_generic_name)
    unit_chars = set("".join(R.levels))
    multi_leads = tuple(x for x in R.village_leads if len(x) > 1)
    seen: Dict[str, int] = {}
    sure = set()
    for m in _windowed(pat, text, R.village_suffixes,
                       back=max((len(x) for x in R.village_leads), default=0) + R.max_generic_name + 1):
        name, lead = m.group("name"), m.group("lead") or ""
        if len(lead) == 1 and len(name) > R.single_lead_max:
            continue
        if not good_generic(name, R) or unit_chars & set(name) or name.startswith(multi_leads):
            continue
        full = name + m.group("suf")
        seen.setdefault(full, m.start("name"))
        nxt = text[m.end():m.end() + 1]
        if not lead and not ("\u4e00" <= nxt <= "\u9fff"):
            sure.add(full)
    chunks = _list_chunks(text, R.village_suffixes) if R.enumerations else []
    first_items: Dict[tuple, str] = {}
    for rule in R.enumerations:
        for m in (m for lo, hi in chunks for m in rule.pattern.finditer(text, lo, hi)):
            kind = m.group("kind")
            raw = m.group("items").split("、")
            items = [x[: -len(kind)] if x.endswith(kind) else x for x in raw]
            key = (tuple(items), kind)  # a report repeats its lists: work each out once
            if key not in first_items:
                first_items[key] = _first_item(items, kind, text, R)
            items[0] = first_items[key]
            is_ph = [any(c in R.placeholder_chars for c in x) for x in items]
            if not all(ph or good_generic(x, R) for x, ph in zip(items, is_ph)):
                continue  # 帮扶责任人、挂片领导、驻村 is not a list of villages
            pos = m.start("items") + len(raw[0]) - len(items[0])
            for item, r, ph in zip(items, raw, is_ph):
                if not ph:
                    full = item + kind
                    sure.add(full)
                    seen[full] = min(seen.get(full, pos), pos)
                pos += len(r) + 1
    names = {n for n in seen if n in sure or text.count(n) >= 2}
    # 与果然村 beside 果然村: the longer one starts with a lead word
    names = {n for n in names if not any(n != o and n.endswith(o) and n[:len(n) - len(o)] in R.village_leads
                                         for o in names)}
    first = {n: seen[n] for n in names if n not in exclude}
    stems = {n[:-1] if n.endswith("村") else n for n in first}
    longest = max((len(st) for st in stems), default=0)
    for m in R.group.finditer(text):
        before = text[max(0, m.start() - 4):m.start()]
        # a set lookup of the endings, not a scan of every stem per group number
        if before.endswith("村") or any(before[-k:] in stems for k in range(1, min(longest, len(before)) + 1)):
            first.setdefault(m.group(0), m.start())
    return [n for n, _ in sorted(first.items(), key=lambda kv: (kv[1], kv[0]))]


# --------------------------------------------------------------------------- describe
def describe(doc: Document, normalised: str) -> Dict[str, object]:
    """Metadata of one report: place, level, county, province, date, year, villages, and the
    evidence columns place_rule, place_written, place_standard, year_rule, year_offset,
    year_issue, title."""
    from fupin_extract.meaning import gazetteer as gz

    R = load_rules()
    text = normalised if normalised is not None and len(normalised) == len(doc.text) else doc.text
    text = gz.simplify(text)  # one character for one: offsets still index doc.text
    unit, lvl, rule = reporting_unit(text, R)
    place = level = written = None
    if unit is not None:
        level = unit.level
        if not unit.placeholder:
            place, written = unit.name, doc.text[unit.start:unit.end]
    elif lvl:
        level = lvl
    county, province = resolve_county(text, unit, R)
    if province is None:
        province = _head_province(text, R)
    county_written = _as_written(county, doc.text, text)
    if unit is not None and unit.kind == "county" and len(unit.counties) == 1 and county == unit.counties[0].name:
        place, county_written = county, written  # the report's own county, as written (南溪县 for 南溪区)
    date = find_date(text, R)
    year, year_at, year_rule = year_candidate(text, date, R)
    issue = implausible_year(text, year, R)
    if issue:
        year = year_at = None
    villages = find_villages(text, R, exclude=[place] if place else ())
    return {"place": written or place, "level": level, "county": county_written,
            "province": province, "date": date, "year": year, "villages": villages,
            "place_rule": rule, "place_written": written, "place_standard": place,
            "year_rule": year_rule, "year_offset": year_at, "year_issue": issue,
            "title": find_title(doc.text, R)}


def _head_province(text: str, R: Rules) -> Optional[str]:
    """The one province the head names with its full name (河北省, 广西壮族自治区), else None."""
    from fupin_extract.meaning import gazetteer as gz

    g = gz.gazetteer()
    found = {g.provinces[code] for s, e in head_spans(text, R) for name, code in g.province_by_name.items()
             if name == g.provinces[code] and name in text[s:e]}
    return found.pop() if len(found) == 1 else None


def _as_written(name: Optional[str], original: str, simplified: str) -> Optional[str]:
    """``name`` as the text writes it (合陽縣 for 合阳县) when the text names it."""
    if not name:
        return name
    i = simplified.find(name)
    return original[i:i + len(name)] if i >= 0 else name


def find_title(text: str, R: Rules) -> Optional[str]:
    """The report's title line: the first head line that reads like a title (a word of
    ``title_words``, no sentence punctuation) and is not site boilerplate; else the first
    head line that is not boilerplate; else the first head line."""
    lines = []
    for s, e in head_spans(text, R):
        for line in text[s:e].split("|"):  # a table row of a government page: one cell each
            line = line.strip()
            if line and not any(r.pattern.search(line) for r in R.boilerplate):
                lines.append(line)
    for line in lines:
        if 4 <= len(line) <= R.regions["title_max"] and R.title_words.search(line) and \
                not _SENTENCE_PUNCT.search(line) and not _SECTION_HEAD.match(line):
            return line
    if lines:
        return lines[0][: R.regions["title_max"]]
    heads = head_spans(text, R)
    return text[heads[0][0]:heads[0][1]].strip()[: R.regions["title_max"]] if heads else None


_SENTENCE_PUNCT = regex.compile(r"[，。；,;]")
_SECTION_HEAD = regex.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|[:：])")


# --------------------------------------------------------------------------- splitting
def _number(s: str) -> Optional[int]:
    if s.isdigit():
        return int(s)
    try:
        return parse_chinese(s)
    except NumeralError:
        return None


def _heading_points(text: str, rule: Rule, R: Rules) -> Optional[List[int]]:
    """Line starts of the 2nd, 3rd … heading of ``rule`` when they number 1, 2, 3 … and
    every part is long enough; None otherwise."""
    heads = [(m.start(), _number(m.group("n"))) for m in rule.pattern.finditer(text)]
    if len(heads) < R.split_min_parts or [n for _, n in heads] != list(range(1, len(heads) + 1)):
        return None
    starts = [text.rfind("\n", 0, s) + 1 for s, _ in heads]  # the heading starts its line
    bounds = [0] + starts[1:] + [len(text)]
    if all(b - a >= R.split_min_chars for a, b in zip(bounds, bounds[1:])):
        return starts[1:]
    return None


def _long_enough(starts: List[int], text: str, R: Rules) -> bool:
    bounds = [0] + starts + [len(text)]
    return len(starts) + 1 >= R.split_min_parts and \
        all(b - a >= R.split_min_chars for a, b in zip(bounds, bounds[1:]))


def _title_points(text: str, R: Rules) -> List[int]:
    """Reports that follow each other under their own titles: the file starts with a title
    line (``split.title_line``) and each later title line starts a report."""
    lines = _lines(text)
    if not lines or R.split_title is None:
        return []
    s0, e0 = lines[0]
    first = text[s0:e0].strip()
    if not R.split_title.search(first):
        return []
    # the same title repeated, or other title lines standing after a blank line
    starts = [s for s, e in lines[1:] if text[s:e].strip() == first or
              (R.split_title.search(text[s:e].strip()) and text[max(0, s - 2):s].count("\n") >= 2)]
    return starts if starts and _long_enough(starts, text, R) else []


def split_points(text: str, R: Rules, rules: Optional[Sequence[Rule]] = None) -> List[int]:
    """Offsets where the 2nd, 3rd … report starts; [] when the file holds one report.

    A part cut by one heading rule is cut again by the other rules (篇3 holding …总结一 and
    …总结二 gives two reports)."""
    rules = R.split_headings if rules is None else rules
    for rule in rules:
        cuts = _heading_points(text, rule, R)
        if cuts is None:
            continue
        others = [r for r in rules if r is not rule]
        bounds = [0] + cuts + [len(text)]
        out = []
        for a, b in zip(bounds, bounds[1:]):
            if a:
                out.append(a)
            skip = text.find("\n", a, b) + 1 or b  # the part's own heading line is not a sub-report
            out.extend(skip + c for c in split_points(text[skip:b], R, others) if others)
        return out
    return _title_points(text, R) if rules is R.split_headings else []


def split_reports(doc: Document) -> List[Document]:
    """One document per report in the file: ``[doc]`` itself when it holds one.

    Parts get ids ``<doc_id>#1``, ``#2`` …; ``part.text`` is the slice
    ``doc.text[a:b]`` of the original and the parts' texts concatenate back to
    ``doc.text``.  Offsets of figures found in a part index ``part.text``; the offset
    of a part in the file is the summed length of the parts before it.
    """
    cuts = split_points(doc.text, load_rules())
    if not cuts:
        return [doc]
    bounds = [0] + cuts + [len(doc.text)]
    parts = []
    for i, (a, b) in enumerate(zip(bounds, bounds[1:]), 1):
        body = doc.text[a:b]
        first = next((ln.strip() for ln in body.splitlines() if ln.strip()), "")
        parts.append(dataclasses.replace(doc, doc_id=f"{doc.doc_id}#{i}", text=body,
                                         title=first[:80] or doc.title))
    return parts
