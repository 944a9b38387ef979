"""Load and validate ``patterns/relations.yaml`` (the audit's cue words and settings) into typed records.

One record per section (:class:`SumRules`, :class:`ShareRules` …); the record's fields are the
section's schema: a field without a default is a required key, every key of the file must be a
field (plus ``examples``), and the default written here is the only default there is.  Word
lists are tuples; :func:`cues` turns one into the alternation the audit searches with.

Every error names the file and line (:class:`~fupin_extract.model.PatternError`).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

import regex

from fupin_extract.model import PatternError
from fupin_extract.rules.loader import check_keys, compile_regex, load_yaml, patterns_dir, str_list, where

Words = Tuple[str, ...]


def _words(default: Optional[Words] = None):
    kw = {} if default is None else {"default": default}
    return field(metadata={"kind": "words"}, **kw)


def _num(default: Any = dataclasses.MISSING, cast=Decimal):
    kw = {} if default is dataclasses.MISSING else {"default": default}
    return field(metadata={"kind": "number", "cast": cast}, **kw)


def _table(default: Optional[Dict[str, float]] = None):
    kw = {} if default is None else {"default_factory": lambda: dict(default)}
    return field(metadata={"kind": "table"}, **kw)


def _word_map():
    return field(default_factory=dict, metadata={"kind": "word_map"})


def _word_map_value(path: Path, sec: Any, what: str, value: Any) -> Dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and k and isinstance(v, str) and v
                                              for k, v in value.items()):
        raise PatternError(f"{where(path, sec)}: {what} must map words to words")
    return dict(value)


def _groups():
    return field(default_factory=dict, metadata={"kind": "groups"})


def _pattern():
    return field(default=None, metadata={"kind": "regex"})


def _pair():
    return field(metadata={"kind": "pair"})


@dataclass(frozen=True)
class SumRules:
    """Totals and parts: 其中 (parts after), 共计 (total after its parts), 剩余 (the last part)."""

    parts_after: Words = _words()
    total_before: Words = _words()
    remainder: Words = _words()
    plan_words: Words = _words(())
    per_words: Words = _words(())
    not_parts: Words = _words(())
    #: the prefix that makes a status its complement: 未消除 is what 消除 leaves
    not_yet: Words = _words(())
    #: the whole a total cue opening its sentence may name before it (全村合计42户): it still sums the list before
    scope_lead: Words = _words(())
    #: a total of these words (需投资25万元) and cue-less parts that each name a source of its money (上级扶持, 财政资金 …),
    #: one of them what the owner raises itself (自筹, 投工投劳): the sources of the whole, a closed list (sum.sources)
    investment: Words = _words(())
    sources: Words = _words(())
    own_sources: Words = _words(())
    #: 人均纯收入8600元，其中工资性收入5200元…: a per-head total (per_unit.per_capita, household_average) is the sum of
    #: parts under these words (the components of an income): a per-head figure broken down by kind
    components: Words = _words(())
    #: words that hold a total cue but are none (公共服务项目8个, 共同富裕): a cue inside one of them counts for nothing
    not_total_cues: Words = _words(())
    #: 三项共投入650万元, 以上两村合计: a count opening a total's sentence — the words before it (count_leads), the unit
    #: after its numeral (count_units) and a noun after that (count_nouns)
    count_leads: Words = _words(())
    count_units: Words = _words(())
    count_nouns: Words = _words(())
    count_classifiers: Words = _words(())
    #: the last characters of the place that alone opens a line of a list (石门村：86户312人；)
    place_line_ends: Words = _words(())
    #: 按致贫原因分：/ 从年龄结构看：— the words that open and close the head of a breakdown by one dimension
    dimension_head_opens: Words = _words(())
    dimension_head_closes: Words = _words(())
    total_cue_reach: int = _num(10, int)
    implied_min_total: Decimal = _num(Decimal(10))
    implied_shared_chars: int = _num(4, int)


@dataclass(frozen=True)
class ShareRules:
    of: Words = _words()
    named_rate: Words = _words()
    other_time_regex: Optional[str] = _pattern()
    may_exceed: Words = _words(())
    #: 贫困发生率X% = the poor (remaining) population / the population: the words, the indicators of the
    #: numerator (nearest before the rate in its sentence) and of the base
    incidence: Words = _words(())
    incidence_numerators: Words = _words(())
    incidence_bases: Words = _words(())
    #: words of the whole a status rate is of, beside balance.registered (监测总数为16369户54851人 … 风险消除率)
    status_totals: Words = _words(())
    #: base words naming the whole count (占项目区总户数的5.97%): the figure of ``per_unit``'s
    #: household (population) indicators is the base when no figure is named by the words themselves
    households_base: Words = _words(())
    population_base: Words = _words(())
    #: the count words a key of a key:value line ends in (贫困户数：, 总人数：): what is left names the key
    key_counts: Words = _words(())
    #: words before 占 that say what a share counts (户数 → 户): the unit of its numerator
    count_words: Dict[str, str] = _word_map()
    #: 实际完成138户，完成年度任务的115%: the completed amount over the plan (share.completion): the words opening the
    #: rate's clause (完成, 为 …) and the words of the plan the clause names before 的 (任务, 计划 …)
    completion: Words = _words(())
    plans: Words = _words(())
    #: the words a completion rate's clause may open with before its cue (已完成, 共完成, 实际完成)
    completion_leads: Words = _words(())

    @property
    def other_time(self) -> Optional["regex.Pattern"]:
        return _compiled(self.other_time_regex)


@dataclass(frozen=True)
class GrowthRules:
    compare_open: Words = _words()
    compare_close: Words = _words()
    up: Words = _words()
    down: Words = _words()
    #: the key ``from`` of the file (由A下降至B)
    from_: Words = _words(())
    #: 较/比 + a time + the old figure + 增长X%: a comparison without 相比 (the times: a year, or these words)
    than: Words = _words(())
    than_times: Words = _words(())
    #: the times of than_times that are the year before the new figure's (比上年增长12%)
    than_previous: Words = _words(())
    #: 同比增长55%: a comparison with the year before that names no time (the old figure is the year before's)
    than_same: Words = _words(())
    #: 是2015年5600元的2倍: the words before the old figure of a stated multiple
    multiple: Words = _words(())
    #: 由A减少至B，累计减贫C: words before an amount of change (C = |A − B|)
    by: Words = _words(())
    #: the unit of 增长X倍 (new/old = X, or X + 1 when only that fits)
    times: Words = _words(())
    #: the verbs that close a figure's clause before it (为, 有, 发展到 …): no part of what the figure names
    name_verbs: Words = _words(())
    #: the words that bring the new figure after a rate of change (由8万元增长了50%，达到12万元), 了 after them allowed
    reached: Words = _words(())
    #: 翻一番 → 1, 翻两番 → 2: the value doubled that many times
    doubled: Dict[str, float] = _table({})
    #: 调整后…4800元，比调整前的4200元多600元: the words that close the state before / after a change of the verb
    #: before them, and the words of a difference (more / less) after the old figure (``growth.difference``)
    #: 2017年，/ 到2020年底，— the words before and after the year of a time clause that opens a sentence alone
    time_leads: Words = _words(())
    time_ends: Words = _words(())
    state_before: Words = _words(())
    state_after: Words = _words(())
    more: Words = _words(())
    less: Words = _words(())


@dataclass(frozen=True)
class PerUnitRules:
    monthly: Words = _words()
    accumulate: Words = _words(())
    per_person: Words = _words(())
    per_household: Words = _words(())
    #: 每个/每盏/每亩 X × the count of that unit (3个, 120盏, 300亩) = the total: word → the count's unit
    per_item: Dict[str, str] = _word_map()
    #: 人均耕地1.2亩 = 耕地面积 / the population (the figure of ``population_indicators``)
    per_capita: Words = _words(())
    population_indicators: Words = _words(())
    #: 户均 X = total / the households (the figure of ``household_indicators``)
    household_average: Words = _words(())
    household_indicators: Words = _words(())
    #: 人均每年4800元: a time word after 人均/户均 names the period, not what the amount is of
    per_year: Words = _words(())
    #: 向贫困户中的有劳动力家庭发放…: after the words of a count, a mark of a subset of it (the average is not of it)
    subset_marks: Words = _words(())


@dataclass(frozen=True)
class BalanceRules:
    registered: Words = _words()
    lifted: Words = _words()
    remaining: Words = _words()
    added: Words = _words(())
    removed: Words = _words(())
    #: 2019年底全村有贫困户46户。2020年…: the words after a year that make a figure the stock at the end of that year —
    #: the registered term of a later year's balance
    stock_times: Words = _words(())
    #: 总收入 − 总支出 = 纯收入 (balance.income): the words right before each figure
    income: Words = _words(())
    expense: Words = _words(())
    net: Words = _words(())


@dataclass(frozen=True)
class PlausibilityRules:
    persons_per_household: Tuple[Decimal, Decimal] = _pair()


@dataclass(frozen=True)
class CopiedTextRules:
    shingle: int = _num(cast=int)
    threshold: float = _num(cast=float)
    min_chars: int = _num(40, int)
    lsh_above: int = _num(2000, int)
    num_perm: int = _num(128, int)


@dataclass(frozen=True)
class CrossReportRules:
    cumulative: Words = _words(())
    bounded_by: Words = _words(())
    plausible_years: Words = _words(("2013", "2022"))

    @property
    def year_range(self) -> Tuple[int, int]:
        lo, hi = (int(x) for x in self.plausible_years)
        return lo, hi

    @property
    def bounds(self) -> Dict[str, str]:
        """cumulative indicator → the registered indicator that bounds it (lifted_households:poor_households)."""
        out = {}
        for pair in self.bounded_by:
            a, _, b = pair.partition(":")
            out[a.strip()] = b.strip()
        return out


@dataclass(frozen=True)
class ScreenRules:
    min_sample: int = _num(cast=int)
    first_digit_mad: Dict[str, float] = _table({})
    last_two_mad: Dict[str, float] = _table({})


@dataclass(frozen=True)
class GateRules:
    open_list_min_parts: int = _num(3, int)
    open_list_gap: Decimal = _num(Decimal("0.1"))
    off_factor: Decimal = _num(Decimal(2))
    status_families: Words = _words(())
    #: words of a measure taken (享受, 签约 …): parts under measures of different kinds may overlap
    measure_words: Words = _words(())
    #: groups of persons, words by the attribute they name (age: 老人, 岁以上; sex: 女 …): groups of different
    #: attributes overlap
    group_words: Dict[str, Words] = _groups()
    #: a part that says this is cumulative (累计脱贫) and overlaps the parts of one year
    cumulative_words: Words = _words(())
    #: labels of a part that completes a list of any kind (其他原因1500人)
    rest_words: Words = _words(())
    #: the two halves of one complementary split (sex: 男, 女; settlement: 集中, 分散): a two-part list under them
    #: is closed
    complements: Dict[str, Words] = _groups()
    #: a status and its negation (已, 未): two parts under them, the rest of their labels the same (已出列, 未出列), are a
    #: closed list whatever that rest is (a status of the total's members, never in its clause)
    status_halves: Words = _words(())
    #: the label of a last part that is the rest of the total (其余135户): the parts are complementary
    closing_words: Words = _words(())
    #: the dimension a part's label breaks its total down by (cause: 因病 …; type: 低保 …), words by dimension:
    #: parts above their total under labels of two dimensions are two breakdowns mixed
    dimension_words: Dict[str, Words] = _groups()
    #: the last characters of a label that names a place (东村, 幸福社区): the place dimension
    place_ends: Words = _words(())
    #: the particles a label may end in before its figure (有劳动能力的62户): no part of its kind
    label_tails: Words = _words(())
    #: words that make a total approximate though the figure has no qualifier (约有外出务工人员500人): no alarm on it
    approx_words: Words = _words(())
    #: words of a list's head naming measures (按帮扶措施分：): its items may overlap, parts above the total no alarm
    overlap_heads: Words = _words(())


@dataclass(frozen=True)
class Placeholder:
    id: str
    pattern: "regex.Pattern"


#: section → (record, optional section)
SECTIONS = {
    "sum": (SumRules, False),
    "share": (ShareRules, False),
    "growth": (GrowthRules, False),
    "per_unit": (PerUnitRules, False),
    "balance": (BalanceRules, False),
    "plausibility": (PlausibilityRules, False),
    "copied_text": (CopiedTextRules, False),
    "cross_report": (CrossReportRules, True),
    "screen": (ScreenRules, False),
    "gate": (GateRules, True),
}
#: field name → key in the file, where they differ
KEY_OF = {"from_": "from"}


@dataclass(frozen=True)
class RelationRules:
    path: Path
    sum: SumRules
    share: ShareRules
    growth: GrowthRules
    per_unit: PerUnitRules
    balance: BalanceRules
    plausibility: PlausibilityRules
    copied_text: CopiedTextRules
    cross_report: CrossReportRules
    screen: ScreenRules
    gate: GateRules
    placeholders: Tuple[Placeholder, ...] = ()


@lru_cache(maxsize=512)
def _cue_regex(words: Words) -> Optional["regex.Pattern"]:
    if not words:
        return None
    return regex.compile("|".join(regex.escape(x) for x in sorted(set(words), key=len, reverse=True)))


def cues(*lists: Words) -> Optional["regex.Pattern"]:
    """One alternation of the words of ``lists`` (longest first), or None when there are none."""
    return _cue_regex(tuple(w for ws in lists for w in ws))


def alternation(*lists: Words) -> str:
    """The expression of :func:`cues` as a group to build a larger one with (one that never matches when there are no
    words)."""
    rx = cues(*lists)
    return f"(?:{rx.pattern})" if rx is not None else "(?!)"



@lru_cache(maxsize=64)
def ending(words: Words, tail: str = "") -> Optional["regex.Pattern"]:
    """One of ``words`` (then the expression ``tail``) closing the text searched, or None when there are none."""
    rx = _cue_regex(tuple(words))
    return regex.compile(f"(?:{rx.pattern}){tail}$") if rx is not None else None


@lru_cache(maxsize=64)
def _cue_regex_except(words: Words, noise: Words) -> Optional["regex.Pattern"]:
    plain, skip = _cue_regex(words), _cue_regex(noise)
    if plain is None or skip is None:
        return plain
    return regex.compile(f"(?:{skip.pattern})(*SKIP)(*FAIL)|{plain.pattern}")


def cues_except(words: Words, noise: Words) -> Optional["regex.Pattern"]:
    """The cue words of ``words`` (longest first), none of them inside a word of ``noise`` (共 of 公共)."""
    return _cue_regex_except(tuple(words), tuple(noise))


@lru_cache(maxsize=64)
def _compiled(pattern: Optional[str]) -> Optional["regex.Pattern"]:
    return regex.compile(pattern) if pattern else None


# --------------------------------------------------------------------------- loading
def _number(path: Path, obj: Any, v: Any, key: str) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise PatternError(f"{where(path, obj)}: {key!r} must be a number, got {v!r}")
    return v


def _value(path: Path, sec: Any, f: dataclasses.Field, key: str, name: str) -> Any:
    value = sec[key]
    kind = f.metadata["kind"]
    if kind == "words":
        return tuple(str_list(path, sec, value, key))
    if kind == "regex":
        compile_regex(path, sec, value, f"{name}.{key}")
        return value
    if kind == "table":
        if not isinstance(value, dict):
            raise PatternError(f"{where(path, sec)}: {name}.{key} must be a mapping of numbers")
        for k, v in value.items():
            _number(path, value, v, f"{name}.{key}.{k}")
        return dict(value)
    if kind == "word_map":
        return _word_map_value(path, sec, f"{name}.{key}", value)
    if kind == "groups":
        if not isinstance(value, dict):
            raise PatternError(f"{where(path, sec)}: {name}.{key} must be a mapping of word lists")
        return {str(k): tuple(str_list(path, sec, v, f"{key}.{k}")) for k, v in value.items()}
    if kind == "pair":
        if not (isinstance(value, list) and len(value) == 2):
            raise PatternError(f"{where(path, sec)}: {key} must be [low, high]")
        return tuple(Decimal(str(_number(path, sec, v, key))) for v in value)
    number = _number(path, sec, value, f"{name}.{key}")
    cast = f.metadata["cast"]
    return Decimal(str(number)) if cast is Decimal else cast(number)


def _check_examples(path: Path, sec: Any, name: str, record: Any) -> None:
    """Every example must contain at least one cue of its section."""
    examples = str_list(path, sec, sec.get("examples"), "examples") if sec.get("examples") else []
    words = [w for f in dataclasses.fields(record) if f.metadata.get("kind") in ("words", "word_map")
             for w in getattr(record, f.name)]  # a word map's cues are its keys
    for ex in examples:
        if words and not any(c in ex for c in words):
            raise PatternError(f"{where(path, sec)}: example {ex!r} of section {name!r} contains none of its cues")


def _section(path: Path, sec: Any, name: str, cls: type) -> Any:
    fields = dataclasses.fields(cls)
    keys = {KEY_OF.get(f.name, f.name): f for f in fields}
    required = {k for k, f in keys.items()
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
    check_keys(path, sec, set(keys) | {"examples"}, required | ({"examples"} if required else set()),
               f"section {name!r}")
    record = cls(**{f.name: _value(path, sec, f, k, name) for k, f in keys.items() if k in sec})
    _check_examples(path, sec, name, record)
    return record


def _placeholders(path: Path, data: Any) -> Tuple[Placeholder, ...]:
    sec = data["placeholders"] or {}
    check_keys(path, sec, {"rules"}, {"rules"}, "section 'placeholders'")
    ids: Dict[str, int] = {}
    out = []
    for r in sec.get("rules") or []:
        check_keys(path, r, {"id", "regex", "examples"}, {"id", "regex", "examples"}, "placeholder rule")
        if r["id"] in ids:
            raise PatternError(f"{where(path, r)}: duplicate placeholder id {r['id']!r} (first at line {ids[r['id']]})")
        ids[r["id"]] = getattr(r, "line", 0)
        pat = compile_regex(path, r, r["regex"], r["id"])
        for ex in str_list(path, r, r["examples"], "examples"):
            if not pat.search(ex):
                raise PatternError(f"{where(path, r)}: placeholder rule {r['id']!r} does not match its example {ex!r}")
        out.append(Placeholder(r["id"], pat))
    return tuple(out)


def load_relation_rules(path: Path) -> RelationRules:
    data = load_yaml(path)
    names = set(SECTIONS) | {"placeholders"}
    required = {n for n, (_, optional) in SECTIONS.items() if not optional} | {"placeholders"}
    check_keys(path, data, names, required, "relations file")
    records = {name: _section(path, data[name], name, cls) if data.get(name) is not None else cls()
               for name, (cls, _) in SECTIONS.items()}
    return RelationRules(path, placeholders=_placeholders(path, data), **records)


@lru_cache(maxsize=4)
def relation_rules(folder: Optional[str] = None) -> RelationRules:
    d = Path(folder) if folder else patterns_dir()
    return load_relation_rules(d / "relations.yaml")
