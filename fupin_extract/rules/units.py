"""``patterns/units.yaml``: units and their forms, multipliers, qualifiers, recounts, bare 万."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional

from fupin_extract.model import PatternError
from fupin_extract.rules.base import check_keys, compile_regex, load_yaml, names_known, optional_list, str_list, where

QUALIFIERS = ("exact", "approx", "at_least", "at_most")

#: the keys of units.yaml (and of its entries), as the header of the file documents them
FILE_KEYS = {"multipliers", "money_words", "units", "form_qualifiers", "recount", "qualifiers", "arabic_only",
             "not_units", "tail_words", "people_words", "household_words", "bare_next", "recount_before", "only_recounted",
             "round_lead", "round_upward", "round_inside", "currency_signs", "row_place_suffixes", "counter_words",
             "examples"}
REQUIRED = {"multipliers", "units", "qualifiers"}
UNIT_KEYS = {"unit", "forms", "dimension"}
UNIT_OPTIONAL = {"equals"}
QUALIFIER_KEYS = {"before", "after", "inside", "bridges", "not_words", "comparatives"}
EXAMPLE_KEYS = {"text", "figures"}


@dataclass
class UnitTable:
    forms: Dict[str, str]  # surface form → canonical unit
    dimensions: Dict[str, str]  # canonical unit → dimension
    multipliers: Dict[str, int]
    money_words: List[str]
    form_qualifiers: Dict[str, str]
    recount: List[tuple]  # (unit, compiled next-regex, new unit)
    qualifiers: Dict[str, Dict[str, List[str]]]
    bridges: List[str]
    #: words that end in a before-qualifier and are none (签约, 就近): 签约578人 is exact
    qualifier_not_words: tuple = ()
    #: ``after`` words that compare two figures when a number follows (比上年的4200元多600元): no qualifier
    qualifier_comparatives: tuple = ()
    arabic_only: frozenset = frozenset()
    not_units: tuple = ()
    #: words starting with a unit form that make a web page's counter where the number stands alone in its
    #: line segment (1256人阅读 | 36 人点赞); in a sentence (文章被12万人阅读，) the unit stays
    counter_words: tuple = ()
    tail_words: tuple = ()  # words in the tail of a longer form that make the shorter one the unit (次年)
    people_words: tuple = ()
    household_words: tuple = ()
    bare_next: tuple = ()  # (unit, compiled regex over what follows a bare 万)
    recount_before: tuple = ()  # (unit, compiled regex ending right before the number, new unit)
    only_recounted: frozenset = frozenset()  # units that stay figures only when a recount re-reads them
    round_lead: str = ""  # characters before a bare 万/亿/百/千 that make it a round amount (近万人, 上千户)
    round_upward: str = ""  # … of them, those that make a Chinese numeral "at least" (上千人, 几百人, 数十个)
    round_inside: tuple = ()  # inside qualifiers that stand only after a round number (十来户, 20来个)
    currency_signs: tuple = ()  # (sign, unit form) written right before the number: ￥1,234.56, HK$25,481
    row_place_suffixes: tuple = ()  # endings of a table row's place cell (村, 镇, 社区): 1 人和村 36 84
    examples: tuple = ()  # (sentence, [(text, value, unit[, value_max]) ...]) the tests run
    equals: tuple = ()  # (unit, other unit of its dimension, how many of the other one unit is)

    def convert(self, value: float, unit: str, to: str) -> Optional[float]:
        """``value`` in ``unit`` expressed in ``to`` (None when the file gives no conversion)."""
        if unit == to:
            return value
        factor = next((f for u, t, f in self.equals if u == unit and t == to), None)
        return None if factor is None else value * factor


def _units(path: Path, entries: Any):
    forms: Dict[str, str] = {}
    dims: Dict[str, str] = {}
    for entry in entries:
        check_keys(path, entry, UNIT_KEYS | UNIT_OPTIONAL, UNIT_KEYS, "unit")
        unit = entry["unit"]
        if unit in dims:
            raise PatternError(f"{where(path, entry)}: unit {unit!r} defined twice")
        dims[unit] = str(entry["dimension"])
        for f in str_list(path, entry, entry["forms"], "forms"):
            if f in forms:
                raise PatternError(f"{where(path, entry)}: form {f!r} already belongs to unit {forms[f]!r}")
            forms[f] = unit
    return forms, dims


def _equals(path: Path, entries: Any, dims: Dict[str, str]) -> tuple:
    """Each unit's ``equals``: {other unit of the same dimension: how many of it one unit is}."""
    out = []
    for entry in entries:
        for other, factor in (entry.get("equals") or {}).items():
            if dims.get(other) != dims[entry["unit"]]:
                raise PatternError(f"{where(path, entry)}: {entry['unit']!r} equals {other!r}, "
                                   f"which is no unit of dimension {dims[entry['unit']]!r}")
            if not isinstance(factor, (int, float)) or factor <= 0:
                raise PatternError(f"{where(path, entry)}: equals {other!r} must be a positive number")
            out.append((entry["unit"], str(other), float(factor)))
    return tuple(out)


def _multipliers(path: Path, data: Any) -> Dict[str, int]:
    mult = {}
    for k, v in (data["multipliers"] or {}).items():
        if not isinstance(v, int) or v <= 0:
            raise PatternError(f"{where(path, data['multipliers'])}: multiplier {k!r} must be a positive integer")
        mult[str(k)] = v
    return mult


def _form_qualifiers(path: Path, data: Any, forms: Dict[str, str]) -> Dict[str, str]:
    fq = {}
    for k, v in (data.get("form_qualifiers") or {}).items():
        if k not in forms:
            raise PatternError(f"{where(path, data['form_qualifiers'])}: form_qualifiers names unknown form {k!r}")
        if v not in QUALIFIERS:
            raise PatternError(f"{where(path, data['form_qualifiers'])}: qualifier {v!r} is not one of {QUALIFIERS}")
        fq[k] = v
    return fq


def _recounts(path: Path, data: Any, key: str, cue: str, dims: Dict[str, str]) -> List[tuple]:
    """``recount`` (cue ``next``) or ``recount_before`` (cue ``before``): (unit, regex, new unit)."""
    keys = {"unit", cue, "as"}
    out = []
    for entry in data.get(key) or []:
        check_keys(path, entry, keys, keys, f"{key} rule")
        names_known(path, entry, (entry["unit"], entry["as"]), dims, key)
        out.append((entry["unit"], compile_regex(path, entry, entry[cue], key), entry["as"]))
    return out


def _qualifiers(path: Path, q: Any):
    check_keys(path, q, QUALIFIER_KEYS, {"before", "after", "inside"}, "qualifiers")
    quals: Dict[str, Dict[str, List[str]]] = {}
    for pos in ("before", "after", "inside"):
        quals[pos] = {}
        for kind, words in (q[pos] or {}).items():
            if kind not in QUALIFIERS:
                raise PatternError(f"{where(path, q[pos])}: qualifier kind {kind!r} is not one of {QUALIFIERS}")
            quals[pos][kind] = str_list(path, q[pos], words, kind)
    comparatives = tuple(optional_list(path, q, "comparatives"))
    after = {w for words in quals["after"].values() for w in words}
    for w in comparatives:
        if w not in after:
            raise PatternError(f"{where(path, q['comparatives'])}: comparative {w!r} is no `after` qualifier word")
    return quals, optional_list(path, q, "bridges"), tuple(optional_list(path, q, "not_words")), comparatives


def _bare_next(path: Path, data: Any, dims: Dict[str, str]) -> tuple:
    rules = data.get("bare_next") or {}
    names_known(path, rules, rules, dims, "bare_next")
    return tuple((u, compile_regex(path, rules, r, "bare_next")) for u, r in rules.items())


def _examples(path: Path, data: Any) -> tuple:
    ex = []
    for entry in data.get("examples") or []:
        check_keys(path, entry, EXAMPLE_KEYS, EXAMPLE_KEYS, "example")
        figs = [tuple(f) for f in entry["figures"] or []]
        if any(len(f) not in (3, 4) for f in figs):
            raise PatternError(f"{where(path, entry)}: an example figure is [text, value, unit(, value_max)]")
        ex.append((str(entry["text"]), figs))
    return tuple(ex)


def _round_inside(path: Path, data: Any, quals: Dict[str, Dict[str, List[str]]]) -> tuple:
    words = optional_list(path, data, "round_inside")
    inside = {w for ws in quals["inside"].values() for w in ws}
    names_known(path, data.get("round_inside"), words, inside, "round_inside", "inside qualifier")
    return tuple(words)


def _currency_signs(path: Path, data: Any, forms: Dict[str, str]) -> tuple:
    signs = data.get("currency_signs") or []
    if not isinstance(signs, list) or any(not isinstance(x, list) or len(x) != 2 for x in signs):
        raise PatternError(f"{where(path, data)}: currency_signs is a list of [sign, unit form] pairs")
    names_known(path, signs, [str(x[1]) for x in signs], forms, "currency_signs", "form")
    # longest first: HK$ before $
    return tuple(sorted(((str(k), str(v)) for k, v in signs), key=lambda kv: -len(kv[0])))


def load_units(path: Path) -> UnitTable:
    data = load_yaml(path)
    check_keys(path, data, FILE_KEYS, REQUIRED, "units file")
    forms, dims = _units(path, data["units"])
    arabic_only = optional_list(path, data, "arabic_only")
    names_known(path, data.get("arabic_only"), arabic_only, forms, "arabic_only", "form")
    only = optional_list(path, data, "only_recounted")
    names_known(path, data.get("only_recounted"), only, dims, "only_recounted")
    quals, bridges, not_words, comparatives = _qualifiers(path, data["qualifiers"])
    return UnitTable(
        forms, dims, _multipliers(path, data), list(data.get("money_words") or []),
        _form_qualifiers(path, data, forms), _recounts(path, data, "recount", "next", dims), quals, bridges,
        qualifier_not_words=not_words,
        qualifier_comparatives=comparatives,
        arabic_only=frozenset(arabic_only),
        not_units=tuple(optional_list(path, data, "not_units")),
        counter_words=tuple(optional_list(path, data, "counter_words")),
        tail_words=tuple(optional_list(path, data, "tail_words")),
        people_words=tuple(optional_list(path, data, "people_words")),
        household_words=tuple(optional_list(path, data, "household_words")),
        bare_next=_bare_next(path, data, dims),
        recount_before=tuple(_recounts(path, data, "recount_before", "before", dims)),
        only_recounted=frozenset(only),
        round_lead="".join(optional_list(path, data, "round_lead")),
        round_upward="".join(optional_list(path, data, "round_upward")),
        round_inside=_round_inside(path, data, quals),
        currency_signs=_currency_signs(path, data, forms),
        row_place_suffixes=tuple(optional_list(path, data, "row_place_suffixes")),
        examples=_examples(path, data),
        equals=_equals(path, data["units"], dims),
    )
