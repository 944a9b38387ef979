"""The rules of ``patterns/metadata.yaml`` as typed records (:class:`Rules`), loaded and validated once.

Every problem raises :class:`~fupin_extract.model.PatternError` with the file and line: an unknown
or missing key, a bad regular expression, an example a rule does not match (or a not-example it
matches), a regex without the named group its reader needs, a level or suffix that is not declared.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import regex

from fupin_extract.model import PatternError
from fupin_extract.rules.loader import check_keys, compile_regex, load_yaml, patterns_dir, str_list, where


@dataclass
class Rule:
    id: str
    pattern: "regex.Pattern"
    where: str = "any"
    line_end: bool = False  # date cues: the date must end its line
    then: Optional["regex.Pattern"] = None  # date cues: what follows the date on its line must match this


@dataclass(frozen=True)
class Regions:
    """Where the head, the lead and the signature of a report lie (``regions:``)."""
    max_lines: int
    max_chars: int
    long_line: int
    tail_lines: int
    footer_lines: int
    signature_line: int
    lead_chars: int
    self_min: int
    title_max: int


@dataclass(frozen=True)
class YearBound:
    """A report that uses ``word`` reports on a year in first–last (first–later_last when it
    also uses a word of ``year_bounds_later``)."""
    word: str
    first: int
    last: int
    later_last: int


@dataclass(frozen=True)
class Zones:
    """Special zones that govern villages as a township does (``zones:``)."""
    suffixes: Tuple[str, ...]  # longest first
    level: str
    max_name: int
    not_names: Tuple[str, ...]


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
    regions: Regions
    zones: Zones
    skip_head_lines: List[Rule]
    date: "regex.Pattern"
    year: "regex.Pattern"  # a year mentioned: group y (Arabic) or cy (Chinese digits)
    month_line: "regex.Pattern"  # a line ending with a month (2020年12月): groups y/m or cy/cm
    date_cues: List[Rule]
    year_start: "regex.Pattern"
    early_months: int
    village_suffixes: Tuple[str, ...]
    village_leads: Tuple[str, ...]
    single_lead_max: int
    enumerations: List[Rule]
    group: "regex.Pattern"
    split_min_parts: int
    split_min_chars: int
    split_headings: List[Rule]
    split_title: Optional["regex.Pattern"]  # a report's title line (reports one after the other)
    split_report_end: Optional["regex.Pattern"]  # a line that ends a report (…。, a date): a title may follow it
    split_section_shaped: Tuple[str, ...]  # heading rules a report's own sections share (一、2019年工作总结)
    split_report_footer: Optional["regex.Pattern"]  # a report's own footer line (（来源：…）, 责任编辑：…)
    unit_cues: List[Rule]
    title_subject_cues: List[Rule]  # the title's subject below its first unit (驻X村工作队, 关于X镇…)
    own_county_words: Tuple[str, ...]  # 位于, 隶属 …: the county named right after one is the unit's own
    title_levels: List[Tuple[str, "regex.Pattern"]]  # (level, pattern): a title naming a kind of unit (镇…总结)
    short_county_head: "regex.Pattern"  # a head line opened by a county's bare short name (岚皋讯, 会宁：…): group s
    year_cues: List[Rule]
    year_bounds: List[YearBound]  # a campaign word and its plausible years
    year_bounds_later: Tuple[str, ...]  # words of the consolidation years (巩固拓展, 过渡期 …)
    boilerplate: List[Rule]  # head lines of a web site that are never the report's title
    title_words: "regex.Pattern"  # a title line holds one of these words
    plan_words: "regex.Pattern"  # a clause holding one of these states a plan, not a result
    not_plan_words: Tuple[str, ...]  # 现将, 特将: words holding a plan word that state no plan
    plan_headings: "regex.Pattern"  # a section heading holding one of these opens the plan section (三、下一步工作打算)
    partner_words: "regex.Pattern"  # a place named beside one of these is a partner, not the report's own
    this_year_words: Tuple[str, ...]  # 今年, 本年 …: the text speaks of the year it was written in
    year_clause_leads: Tuple[str, ...]  # 截至, 到 …: a year after one of these still opens its clause
    office_level: "regex.Pattern"  # 我局在县委、县政府的领导下: an office's level (group lvl)
    plan_periods: Dict[str, int]  # 十三五 → 2020: a five-year plan's last year
    year_placeholder: "regex.Pattern"  # 20xx年 in a title: the report gives no year
    year_tasks: Optional["regex.Pattern"]  # 主要任务, 工作安排 …: a heading naming the title's year after a review of the year before
    bulletin: Optional["regex.Pattern"]  # 第12期 in the head: a bulletin of current news, dated in its year
    year_target: "regex.Pattern"  # 到2020年: a deadline's year (group y), not a year reported on
    bare_year: "regex.Pattern"  # a year without 年 in a title line (执政纪要2017): group y
    baseline: "regex.Pattern"  # 2014年建档立卡: the campaign's baseline year (group y), not a year reported on
    footer: "regex.Pattern"  # a line that starts a site's footer (上一篇, 相关文章, 版权所有 …): the report ends before it
    runon_breaks: List[Rule] = field(default_factory=list)  # a page without line breaks: where its lines start
    spaced_line: Optional["regex.Pattern"] = None  # a line of characters spaced apart (榜 罗 镇 2 0 1 9 年): read closed up
    unit_followers: Tuple[str, ...] = ()  # 脱贫, 人民政府 …: a one-character township's name ends before one
    plan_period_spans: Tuple[str, ...] = ()  # 期间, 以来 …: a body clause spanning a plan period (“十三五”期间)
    page_date_cues: frozenset = frozenset()  # ids of the date cues that read a web page's stamp, not the report's date
    site_owner_lines: Optional["regex.Pattern"] = None  # a head line naming the site's owner (X县人民政府门户网站)


TOP_KEYS = {"levels", "self_reference", "not_followed_by", "placeholder_chars", "strip_prefixes", "stop_words",
            "stop_endings", "stop_inside", "max_generic_name", "zones", "ethnic_names", "regions", "skip_head_lines", "date",
            "year", "month_line", "date_cues", "year_start_cues", "early_months", "villages", "enumerations", "group", "split",
            "unit_cues", "title_subject_cues", "own_county_words", "short_county_head", "title_levels", "year_cues", "year_bounds", "year_bounds_later", "title_boilerplate", "title_words", "plan_words", "partner_words", "this_year_words", "footer", "year_clause_leads", "office_level", "bare_year", "year_target", "year_placeholder", "bulletin", "year_tasks", "plan_periods", "plan_period_spans", "baseline", "not_plan_words", "plan_headings", "spaced_line", "runon_breaks", "unit_followers", "page_date_cues", "site_owner_lines"}
LEVEL_VALUES = {"乡镇", "村", "县", "市", "省"}
DATE_GROUPS = ("y", "m", "d", "m2", "d2", "cy", "cm", "cd")


# --------------------------------------------------------------------------- entries
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


def _need_groups(path: Path, entry, pat: "regex.Pattern", groups, what: str) -> None:
    for g in groups:
        if g not in pat.groupindex:
            raise PatternError(f"{where(path, entry)}: {what} needs the group (?P<{g}>…)")


def _rule(path: Path, entry, key: str, wheres: Optional[set]) -> Rule:
    check_keys(path, entry, {"id", "pattern", "examples", "not_examples"} | ({"where", "line_end", "then"} if wheres else set()),
               {"id", "pattern", "examples"} | ({"where"} if wheres else set()), f"{key} rule")
    rid = str(entry["id"])
    w = entry.get("where", "any")
    if wheres and w not in wheres:
        raise PatternError(f"{where(path, entry)}: rule {rid!r}: where must be one of {sorted(wheres)}, not {w!r}")
    pat = compile_regex(path, entry, entry["pattern"], rid)
    _check_examples(path, entry, pat, rid)
    le = entry.get("line_end", False)
    if not isinstance(le, bool):
        raise PatternError(f"{where(path, entry)}: rule {rid!r}: line_end must be true or false")
    then = compile_regex(path, entry, entry["then"], rid) if entry.get("then") else None
    return Rule(rid, pat, w, le, then)


def _rule_list(path: Path, data, key: str, wheres: Optional[set] = None, groups=()) -> List[Rule]:
    """The rules listed under ``key``; each regex must hold every group of ``groups``."""
    items = data.get(key) or []
    if not isinstance(items, list):
        raise PatternError(f"{where(path, data)}: {key!r} must be a list of rules")
    out, seen = [], {}
    for entry in items:
        r = _rule(path, entry, key, wheres)
        if r.id in seen:
            raise PatternError(f"{where(path, entry)}: duplicate rule id {r.id!r} (first at line {seen[r.id]})")
        seen[r.id] = getattr(entry, "line", 0)
        _need_groups(path, entry, r.pattern, groups, f"{key} rule {r.id!r}")
        out.append(r)
    return out


def _int(path: Path, obj, value, key: str, lo: int = 0) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < lo:
        raise PatternError(f"{where(path, obj)}: {key!r} must be a whole number ≥ {lo}, got {value!r}")
    return value


def _longest_first(items) -> Tuple[str, ...]:
    return tuple(sorted(set(items), key=len, reverse=True))


# --------------------------------------------------------------------------- sections
def _levels(path: Path, data) -> Dict[str, str]:
    levels = data["levels"]
    check_keys(path, levels, set(levels) if isinstance(levels, dict) else set(), set(), "levels")
    for suf, lvl in levels.items():
        if not isinstance(suf, str) or lvl not in LEVEL_VALUES:
            raise PatternError(f"{where(path, levels)}: level of {suf!r} must be one of {sorted(LEVEL_VALUES)}, "
                               f"not {lvl!r}")
    return dict(sorted(levels.items(), key=lambda kv: -len(kv[0])))


def _suffixes_of(path: Path, obj, key: str, levels: Dict[str, str], what: str) -> List[str]:
    out = str_list(path, obj, obj[key], key)
    for s in out:
        if s not in levels:
            raise PatternError(f"{where(path, obj)}: {what} {s!r} has no entry in levels")
    return out


def _names(path: Path, data, levels: Dict[str, str]) -> dict:
    """Unit names: self references, placeholder characters, common words, ethnic names."""
    sr = data["self_reference"]
    check_keys(path, sr, {"prefixes", "suffixes"}, {"prefixes", "suffixes"}, "self_reference")
    nfb = data.get("not_followed_by") or {}
    check_keys(path, nfb, set(levels), set(), "not_followed_by")
    ph = data["placeholder_chars"]
    if not isinstance(ph, str) or not ph:
        raise PatternError(f"{where(path, data)}: 'placeholder_chars' must be a non-empty string")
    return dict(
        self_prefixes=tuple(str_list(path, sr, sr["prefixes"], "prefixes")),
        self_suffixes=tuple(_suffixes_of(path, sr, "suffixes", levels, "self_reference suffix")),
        not_followed_by={k: frozenset(str_list(path, nfb, v, k)) for k, v in nfb.items()},
        placeholder_chars=ph,
        strip_prefixes=_longest_first(str_list(path, data, data["strip_prefixes"], "strip_prefixes")),
        stop_words=frozenset(str_list(path, data, data["stop_words"], "stop_words")),
        stop_endings=_longest_first(str_list(path, data, data["stop_endings"], "stop_endings")),
        stop_inside=str(data["stop_inside"]),
        max_generic_name=_int(path, data, data["max_generic_name"], "max_generic_name", 2),
        ethnic_names=tuple(sorted(str_list(path, data, data["ethnic_names"], "ethnic_names"), key=len, reverse=True)),
    )


def _zones(path: Path, data) -> Zones:
    z = data["zones"]
    keys = {f.name for f in fields(Zones)}
    check_keys(path, z, keys, keys, "zones")
    if z["level"] not in LEVEL_VALUES:
        raise PatternError(f"{where(path, z)}: zones level must be one of {sorted(LEVEL_VALUES)}, not {z['level']!r}")
    return Zones(suffixes=_longest_first(str_list(path, z, z["suffixes"], "suffixes")), level=z["level"],
                 max_name=_int(path, z, z["max_name"], "max_name", 2),
                 not_names=_longest_first(str_list(path, z, z["not_names"], "not_names")))


def _regions(path: Path, data) -> Regions:
    regions = data["regions"]
    keys = {f.name for f in fields(Regions)}
    check_keys(path, regions, keys, keys, "regions")
    return Regions(**{k: _int(path, regions, v, k, 1) for k, v in regions.items()})


def _dates(path: Path, data) -> dict:
    date = _regex_entry(path, data["date"], "date")
    _need_groups(path, data["date"], date, DATE_GROUPS, "the date pattern")
    unit_cues = _rule_list(path, data, "unit_cues", groups=("u",))
    year = _regex_entry(path, data["year"], "year")
    _need_groups(path, data["year"], year, ("y", "cy"), "the year pattern")
    month = _regex_entry(path, data["month_line"], "month_line")
    _need_groups(path, data["month_line"], month, ("y", "m", "cy", "cm"), "the month_line pattern")
    return dict(
        date=date,
        year=year,
        month_line=month,
        date_cues=_rule_list(path, data, "date_cues", {"head", "tail", "any"}),
        page_date_cues=_page_date_cues(path, data),
        site_owner_lines=_regex_entry(path, data["site_owner_lines"], "site_owner_lines")
        if data.get("site_owner_lines") else None,
        year_start=_regex_entry(path, data["year_start_cues"], "year_start_cues"),
        early_months=_int(path, data, data["early_months"], "early_months", 0),
        year_cues=_rule_list(path, data, "year_cues", {"before_date", "after_date"}, groups=("y",)),
        year_bounds=_year_bounds(path, data),
        year_bounds_later=tuple(str_list(path, data, data["year_bounds_later"], "year_bounds_later")),
        plan_words=_words(path, data, "plan_words"),
        not_plan_words=_longest_first(str_list(path, data, data["not_plan_words"], "not_plan_words")),
        plan_headings=_words(path, data, "plan_headings"),
        partner_words=_words(path, data, "partner_words"),
        this_year_words=tuple(str_list(path, data, data["this_year_words"], "this_year_words")),
        unit_cues=unit_cues,
        title_subject_cues=_rule_list(path, data, "title_subject_cues", groups=("u",)),
        own_county_words=tuple(str_list(path, data, data["own_county_words"], "own_county_words")),
        unit_followers=_longest_first(str_list(path, data, data["unit_followers"], "unit_followers"))
        if data.get("unit_followers") else (),
        short_county_head=_short_county_head(path, data),
        footer=_regex_entry(path, data["footer"], "footer"),
        office_level=_office_level(path, data),
        bare_year=_regex_entry(path, data["bare_year"], "bare_year"),
        spaced_line=_regex_entry(path, data["spaced_line"], "spaced_line") if data.get("spaced_line") else None,
        runon_breaks=_rule_list(path, data, "runon_breaks", wheres={"head", "tail"}, groups=("b",)),
        year_target=_year_target(path, data),
        baseline=_year_group(path, data, "baseline"),
        year_placeholder=_regex_entry(path, data["year_placeholder"], "year_placeholder"),
        bulletin=_regex_entry(path, data["bulletin"], "bulletin") if data.get("bulletin") else None,
        year_tasks=_regex_entry(path, data["year_tasks"], "year_tasks") if data.get("year_tasks") else None,
        plan_periods=_plan_periods(path, data),
        plan_period_spans=tuple(str_list(path, data, data["plan_period_spans"], "plan_period_spans"))
        if data.get("plan_period_spans") else (),
        year_clause_leads=tuple(sorted(str_list(path, data, data["year_clause_leads"], "year_clause_leads"), key=len,
                                       reverse=True)),
        title_levels=_title_levels(path, data),
    )


def _page_date_cues(path: Path, data) -> frozenset:
    """The ids of ``page_date_cues``, each the id of a rule of ``date_cues``."""
    ids = frozenset(str_list(path, data, data["page_date_cues"], "page_date_cues")) if data.get("page_date_cues") \
        else frozenset()
    known = {str(e.get("id")) for e in data.get("date_cues") or [] if isinstance(e, dict)}
    if ids - known:
        raise PatternError(f"{where(path, data)}: page_date_cues names no date cue: {sorted(ids - known)}")
    return ids


def _title_levels(path: Path, data) -> List[Tuple[str, "regex.Pattern"]]:
    items = data.get("title_levels") or []
    if not isinstance(items, list):
        raise PatternError(f"{where(path, data)}: 'title_levels' must be a list")
    out = []
    for entry in items:
        rid = str(entry.get("id")) if isinstance(entry, dict) else "?"
        pat = _regex_entry(path, entry, rid, extra={"id", "level"})
        if entry.get("level") not in LEVEL_VALUES:
            raise PatternError(f"{where(path, entry)}: title_levels {rid!r}: level must be one of "
                               f"{sorted(LEVEL_VALUES)}, not {entry.get('level')!r}")
        out.append((entry["level"], pat))
    return out


def _plan_periods(path: Path, data) -> Dict[str, int]:
    periods = data["plan_periods"]
    if not isinstance(periods, dict) or not periods:
        raise PatternError(f"{where(path, data)}: 'plan_periods' must map a period's name to its last year")
    return {str(k): _int(path, periods, v, str(k), 1) for k, v in periods.items()}


def _year_target(path: Path, data) -> "regex.Pattern":
    entry = data["year_target"]
    pat = _regex_entry(path, entry, "year_target")
    _need_groups(path, entry, pat, ("y",), "the year_target pattern")
    return pat


def _year_group(path: Path, data, key: str) -> "regex.Pattern":
    entry = data[key]
    pat = _regex_entry(path, entry, key)
    _need_groups(path, entry, pat, ("y",), f"the {key} pattern")
    return pat


def _office_level(path: Path, data) -> "regex.Pattern":
    entry = data["office_level"]
    pat = _regex_entry(path, entry, "office_level")
    _need_groups(path, entry, pat, ("lvl",), "the office_level pattern")
    return pat


def _short_county_head(path: Path, data) -> "regex.Pattern":
    entry = data["short_county_head"]
    pat = _regex_entry(path, entry, "short_county_head")
    _need_groups(path, entry, pat, ("s",), "the short_county_head pattern")
    return pat


def _year_bounds(path: Path, data) -> List["YearBound"]:
    items = data["year_bounds"]
    if not isinstance(items, list):
        raise PatternError(f"{where(path, data)}: 'year_bounds' must be a list")
    out = []
    for entry in items:
        check_keys(path, entry, {"word", "first", "last", "later_last"}, {"word", "first", "last"},
                   "year_bounds entry")
        if not isinstance(entry["word"], str) or not entry["word"]:
            raise PatternError(f"{where(path, entry)}: 'word' must be a non-empty string")
        last = _int(path, entry, entry["last"], "last", 1900)
        out.append(YearBound(entry["word"], _int(path, entry, entry["first"], "first", 1900), last,
                             _int(path, entry, entry.get("later_last", last), "later_last", last)))
    return out


def _villages(path: Path, data, levels: Dict[str, str]) -> dict:
    vil = data["villages"]
    check_keys(path, vil, {"suffixes", "leads", "single_lead_max"}, {"suffixes", "leads", "single_lead_max"},
               "villages")
    vsuf = _suffixes_of(path, vil, "suffixes", levels, "village suffix")
    group_entry = data.get("group")
    group = _regex_entry(path, group_entry, "group") if group_entry else regex.compile(r"(?!)")
    if group_entry:
        _need_groups(path, group_entry, group, ("n",), "the group pattern")
    return dict(
        village_suffixes=tuple(sorted(vsuf, key=len, reverse=True)),
        village_leads=_longest_first(str_list(path, vil, vil["leads"], "leads")),
        single_lead_max=_int(path, vil, vil["single_lead_max"], "single_lead_max", 2),
        enumerations=_rule_list(path, data, "enumerations", groups=("items", "kind")),
        group=group,
    )


def _split(path: Path, data) -> dict:
    split = data["split"]
    check_keys(path, split, {"min_parts", "min_chars", "headings", "title_line", "report_end", "report_footer", "section_shaped"},
               {"min_parts", "min_chars", "headings"}, "split")
    return dict(
        split_min_parts=_int(path, split, split["min_parts"], "min_parts", 2),
        split_min_chars=_int(path, split, split["min_chars"], "min_chars", 0),
        split_headings=_rule_list(path, split, "headings", groups=("n",)),
        split_title=_regex_entry(path, split["title_line"], "title_line") if split.get("title_line") else None,
        split_report_end=_regex_entry(path, split["report_end"], "report_end") if split.get("report_end") else None,
        split_section_shaped=tuple(str(x) for x in split.get("section_shaped") or ()),
        split_report_footer=_regex_entry(path, split["report_footer"], "report_footer")
        if split.get("report_footer") else None,
    )


def _words(path: Path, data, key: str) -> "regex.Pattern":
    """One regex matching any word of the list ``key`` (longest first)."""
    words = _longest_first(str_list(path, data, data[key], key))
    return regex.compile("|".join(regex.escape(w) for w in words))


def _titles(path: Path, data) -> dict:
    return dict(
        skip_head_lines=_rule_list(path, data, "skip_head_lines"),
        boilerplate=_rule_list(path, data, "title_boilerplate"),
        title_words=_words(path, data, "title_words"),
    )


def load_metadata_rules(path: Path) -> Rules:
    """Load and validate ``metadata.yaml``; any problem raises PatternError with file:line."""
    path = Path(path)
    data = load_yaml(path)
    check_keys(path, data, TOP_KEYS, TOP_KEYS - {"not_followed_by", "enumerations", "group"}, "metadata file")
    levels = _levels(path, data)
    return Rules(path=path, levels=levels, regions=_regions(path, data), zones=_zones(path, data),
                 **_names(path, data, levels),
                 **_dates(path, data), **_villages(path, data, levels), **_split(path, data), **_titles(path, data))


@lru_cache(maxsize=4)
def load_rules(folder: Optional[str] = None) -> Rules:
    """The rules of ``metadata.yaml`` in the patterns folder (cached)."""
    d = Path(folder) if folder else patterns_dir()
    return load_metadata_rules(d / "metadata.yaml")
