"""Load, validate and compile the rule files in ``patterns/``.

Rules are data: units, qualifiers, exclusions, indicator cues and the jieba user
dictionary live in readable YAML/text files.  This module reads them once per process,
checks them (unknown keys, duplicate ids, duplicate YAML keys, bad regular expressions,
missing examples) and raises :class:`~fupin_extract.model.PatternError` with the file and
line of the problem.

The folder is ``$FUPIN_PATTERNS`` when set, else ``patterns/`` beside the package.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional

import regex
import yaml

from fupin_extract.model import PatternError

PACKAGE_DIR = Path(__file__).resolve().parents[1]


def patterns_dir() -> Path:
    env = os.environ.get("FUPIN_PATTERNS")
    if env:
        return Path(env)
    for cand in (PACKAGE_DIR.parent / "patterns", PACKAGE_DIR / "data" / "patterns"):
        if cand.is_dir():
            return cand
    raise PatternError("cannot find the patterns/ folder; set FUPIN_PATTERNS")


# --------------------------------------------------------------------------- YAML with lines
class _Mapping(dict):
    """A dict that remembers the line it started on (1-based)."""

    line: int = 0


class _Seq(list):
    line: int = 0


class _Loader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> _Mapping:
    loader.flatten_mapping(node)
    out = _Mapping()
    out.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in out:
            raise PatternError(
                f"{loader.name}:{key_node.start_mark.line + 1}: duplicate key {key!r} "
                f"(first at line {out.line})"
            )
        out[key] = loader.construct_object(value_node, deep=True)
    return out


def _construct_seq(loader: _Loader, node: yaml.SequenceNode) -> _Seq:
    out = _Seq(loader.construct_object(n, deep=True) for n in node.value)
    out.line = node.start_mark.line + 1
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_seq)


def load_yaml(path: Path) -> Any:
    """Parse a YAML rule file; syntax errors and duplicate keys name the file and line."""
    text = Path(path).read_text(encoding="utf-8")
    loader = _Loader(text)
    loader.name = str(path)
    try:
        return loader.get_single_data()
    except PatternError:
        raise
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise PatternError(f"{path}{where}: YAML error: {getattr(e, 'problem', e)}") from None
    finally:
        loader.dispose()


def where(path: Path, obj: Any) -> str:
    line = getattr(obj, "line", 0)
    return f"{path}:{line}" if line else str(path)


def check_keys(path: Path, obj: Any, allowed: set, required: set = frozenset(), what: str = "entry") -> None:
    if not isinstance(obj, dict):
        raise PatternError(f"{where(path, obj)}: {what} must be a mapping, got {type(obj).__name__}")
    unknown = set(obj) - allowed
    if unknown:
        raise PatternError(f"{where(path, obj)}: unknown key(s) {sorted(unknown)} in {what}; allowed: {sorted(allowed)}")
    missing = required - set(obj)
    if missing:
        raise PatternError(f"{where(path, obj)}: missing key(s) {sorted(missing)} in {what}")


def compile_regex(path: Path, obj: Any, pattern: Any, rule_id: str = "") -> "regex.Pattern":
    if not isinstance(pattern, str) or not pattern:
        raise PatternError(f"{where(path, obj)}: rule {rule_id!r}: pattern must be a non-empty string")
    try:
        return regex.compile(pattern, regex.V0)
    except regex.error as e:
        raise PatternError(f"{where(path, obj)}: rule {rule_id!r}: bad regular expression: {e}") from None


def str_list(path: Path, obj: Any, value: Any, key: str) -> List[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise PatternError(f"{where(path, obj)}: {key!r} must be a list of non-empty strings")
    return list(value)


# --------------------------------------------------------------------------- units
QUALIFIERS = ("exact", "approx", "at_least", "at_most")


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
    arabic_only: frozenset = frozenset()
    not_units: tuple = ()
    people_words: tuple = ()
    household_words: tuple = ()
    bare_next: tuple = ()  # (unit, compiled regex over what follows a bare 万)
    recount_before: tuple = ()  # (unit, compiled regex ending right before the number, new unit)
    only_recounted: frozenset = frozenset()  # units that stay figures only when a recount re-reads them
    examples: tuple = ()  # (sentence, [(text, value, unit[, value_max]) ...]) the tests run


def load_units(path: Path) -> UnitTable:
    data = load_yaml(path)
    check_keys(path, data, {"multipliers", "money_words", "units", "form_qualifiers", "recount", "qualifiers",
                            "arabic_only", "not_units", "people_words", "household_words", "bare_next",
                            "recount_before", "only_recounted", "examples"},
               {"multipliers", "units", "qualifiers"}, "units file")
    forms: Dict[str, str] = {}
    dims: Dict[str, str] = {}
    for entry in data["units"]:
        check_keys(path, entry, {"unit", "forms", "dimension"}, {"unit", "forms", "dimension"}, "unit")
        unit = entry["unit"]
        if unit in dims:
            raise PatternError(f"{where(path, entry)}: unit {unit!r} defined twice")
        dims[unit] = str(entry["dimension"])
        for f in str_list(path, entry, entry["forms"], "forms"):
            if f in forms:
                raise PatternError(f"{where(path, entry)}: form {f!r} already belongs to unit {forms[f]!r}")
            forms[f] = unit
    mult = {}
    for k, v in (data["multipliers"] or {}).items():
        if not isinstance(v, int) or v <= 0:
            raise PatternError(f"{where(path, data['multipliers'])}: multiplier {k!r} must be a positive integer")
        mult[str(k)] = v
    fq = {}
    for k, v in (data.get("form_qualifiers") or {}).items():
        if k not in forms:
            raise PatternError(f"{where(path, data['form_qualifiers'])}: form_qualifiers names unknown form {k!r}")
        if v not in QUALIFIERS:
            raise PatternError(f"{where(path, data['form_qualifiers'])}: qualifier {v!r} is not one of {QUALIFIERS}")
        fq[k] = v
    recount = []
    for entry in data.get("recount") or []:
        check_keys(path, entry, {"unit", "next", "as"}, {"unit", "next", "as"}, "recount rule")
        for u in (entry["unit"], entry["as"]):
            if u not in dims:
                raise PatternError(f"{where(path, entry)}: recount names unknown unit {u!r}")
        recount.append((entry["unit"], compile_regex(path, entry, entry["next"], "recount"), entry["as"]))
    q = data["qualifiers"]
    check_keys(path, q, {"before", "after", "inside", "bridges"}, {"before", "after", "inside"}, "qualifiers")
    quals: Dict[str, Dict[str, List[str]]] = {}
    for pos in ("before", "after", "inside"):
        quals[pos] = {}
        for kind, words in (q[pos] or {}).items():
            if kind not in QUALIFIERS:
                raise PatternError(f"{where(path, q[pos])}: qualifier kind {kind!r} is not one of {QUALIFIERS}")
            quals[pos][kind] = str_list(path, q[pos], words, kind)
    arabic_only = str_list(path, data, data.get("arabic_only") or [], "arabic_only") if data.get("arabic_only") else []
    for f in arabic_only:
        if f not in forms:
            raise PatternError(f"{where(path, data['arabic_only'])}: arabic_only names unknown form {f!r}")
    table = UnitTable(forms, dims, mult, list(data.get("money_words") or []), fq, recount, quals,
                     str_list(path, q, q.get("bridges") or [], "bridges") if q.get("bridges") else [],
                     frozenset(arabic_only),
                     tuple(str_list(path, data, data["not_units"], "not_units")) if data.get("not_units") else (),
                     tuple(str_list(path, data, data["people_words"], "people_words")) if data.get("people_words") else ())
    return _units_extra(path, data, table)


def _units_extra(path: Path, data: Any, table: UnitTable) -> UnitTable:
    """The keys for bare 万 (household_words, bare_next), recount_before and examples."""
    if data.get("household_words"):
        table.household_words = tuple(str_list(path, data, data["household_words"], "household_words"))
    for unit in (data.get("bare_next") or {}):
        if unit not in table.dimensions:
            raise PatternError(f"{where(path, data['bare_next'])}: bare_next names unknown unit {unit!r}")
    table.bare_next = tuple((u, compile_regex(path, data["bare_next"], r, "bare_next"))
                            for u, r in (data.get("bare_next") or {}).items())
    rb = []
    for entry in data.get("recount_before") or []:
        check_keys(path, entry, {"unit", "before", "as"}, {"unit", "before", "as"}, "recount_before rule")
        for u in (entry["unit"], entry["as"]):
            if u not in table.dimensions:
                raise PatternError(f"{where(path, entry)}: recount_before names unknown unit {u!r}")
        rb.append((entry["unit"], compile_regex(path, entry, entry["before"], "recount_before"), entry["as"]))
    table.recount_before = tuple(rb)
    only = str_list(path, data, data.get("only_recounted") or [], "only_recounted") if data.get("only_recounted") else []
    for u in only:
        if u not in table.dimensions:
            raise PatternError(f"{where(path, data['only_recounted'])}: only_recounted names unknown unit {u!r}")
    table.only_recounted = frozenset(only)
    ex = []
    for entry in data.get("examples") or []:
        check_keys(path, entry, {"text", "figures"}, {"text", "figures"}, "example")
        figs = [tuple(f) for f in entry["figures"] or []]
        if any(len(f) not in (3, 4) for f in figs):
            raise PatternError(f"{where(path, entry)}: an example figure is [text, value, unit(, value_max)]")
        ex.append((str(entry["text"]), figs))
    table.examples = tuple(ex)
    return table


# --------------------------------------------------------------------------- exclusions
@dataclass
class Exclusion:
    id: str
    kind: str
    pattern: Optional["regex.Pattern"]
    drop: List[str] = field(default_factory=list)
    keep: List[str] = field(default_factory=list)
    units: tuple = ()


class _Alternatives:
    """Several compiled patterns that act as one for ``finditer`` (matches of each, in turn)."""

    def __init__(self, patterns: list):
        self.patterns = patterns
        self.pattern = "|".join(p.pattern for p in patterns)

    def finditer(self, text: str, *args, **kwargs):
        for p in self.patterns:
            yield from p.finditer(text, *args, **kwargs)

    def search(self, text: str, *args, **kwargs):
        found = [m for m in (p.search(text, *args, **kwargs) for p in self.patterns) if m]
        return min(found, key=lambda m: m.start()) if found else None


def load_exclusions(path: Path) -> List[Exclusion]:
    data = load_yaml(path)
    check_keys(path, data, {"rules"}, {"rules"}, "exclusions file")
    out: List[Exclusion] = []
    seen: Dict[str, int] = {}
    for r in data["rules"]:
        check_keys(path, r, {"id", "kind", "pattern", "phrases", "units", "examples"}, {"id", "kind", "examples"},
                   "exclusion rule")
        rid = r["id"]
        if rid in seen:
            raise PatternError(f"{where(path, r)}: duplicate rule id {rid!r} (first at line {seen[rid]})")
        seen[rid] = getattr(r, "line", 0)
        ex = r["examples"] or {}
        check_keys(path, ex, {"drop", "keep"}, {"drop"}, f"examples of {rid!r}")
        drop = str_list(path, ex, ex["drop"], "drop")
        keep = str_list(path, ex, ex.get("keep") or [], "keep") if ex.get("keep") else []
        if r["kind"] == "regex":
            if "phrases" in r:
                raise PatternError(f"{where(path, r)}: rule {rid!r} of kind regex takes 'pattern', not 'phrases'")
            raw = r.get("pattern")
            if isinstance(raw, list):  # alternatives scanned one by one (faster than one alternation)
                if not raw:
                    raise PatternError(f"{where(path, r)}: rule {rid!r}: pattern list is empty")
                pat = _Alternatives([compile_regex(path, r, x, rid) for x in raw])
            else:
                pat = compile_regex(path, r, raw, rid)
        elif r["kind"] == "phrases":
            phrases = str_list(path, r, r.get("phrases"), "phrases")
            pat = regex.compile("|".join(regex.escape(p) for p in sorted(set(phrases), key=len, reverse=True)))
        elif r["kind"] == "address":
            units = tuple(str_list(path, r, r.get("units"), "units"))
            out.append(Exclusion(rid, "address", None, drop, keep, units))
            continue
        else:
            raise PatternError(f"{where(path, r)}: rule {rid!r}: kind must be 'regex', 'phrases' or 'address', "
                               f"not {r['kind']!r}")
        out.append(Exclusion(rid, r["kind"], pat, drop, keep))
    return out


# --------------------------------------------------------------------------- normalisation
def load_char_map(path: Path) -> Dict[int, str]:
    data = load_yaml(path)
    check_keys(path, data, {"characters", "traditional"}, set(), "normalise file")
    table: Dict[int, str] = {}
    for section in ("characters", "traditional"):
        for k, v in (data.get(section) or {}).items():
            if not (isinstance(k, str) and isinstance(v, str) and len(k) == 1 and len(v) == 1):
                raise PatternError(f"{where(path, data[section])}: {section}: {k!r} → {v!r} must map one character to one character")
            table[ord(k)] = v
    return table


# --------------------------------------------------------------------------- dictionary
def load_dictionary(path: Path) -> List[tuple]:
    """The jieba user dictionary: ``word [freq] [tag]`` lines, ``#`` comments."""
    words = []
    for i, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) > 3:
            raise PatternError(f"{path}:{i}: expected 'word [freq] [tag]', got {line!r}")
        freq = None
        if len(parts) >= 2:
            if not parts[1].isdigit():
                raise PatternError(f"{path}:{i}: frequency must be a whole number, got {parts[1]!r}")
            freq = int(parts[1])
        words.append((parts[0], freq, parts[2] if len(parts) == 3 else None))
    return words


# --------------------------------------------------------------------------- all of it
@dataclass
class Patterns:
    folder: Path
    units: UnitTable
    exclusions: List[Exclusion]
    char_map: Dict[int, str]
    dictionary: List[tuple]


@lru_cache(maxsize=4)
def load_patterns(folder: Optional[str] = None) -> Patterns:
    """Load and validate every rule file of ``folder`` (default: :func:`patterns_dir`)."""
    d = Path(folder) if folder else patterns_dir()
    p = Patterns(
        folder=d,
        units=load_units(d / "units.yaml"),
        exclusions=load_exclusions(d / "exclusions.yaml"),
        char_map=load_char_map(d / "normalise.yaml"),
        dictionary=load_dictionary(d / "dictionary.txt"),
    )
    return p
