"""Load and validate ``patterns/relations.yaml`` (the audit's cue words and settings).

Every error names the file and line (:class:`~fupin_extract.model.PatternError`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional

import regex

from fupin_extract.model import PatternError
from fupin_extract.rules.loader import check_keys, compile_regex, load_yaml, patterns_dir, str_list, where

SECTIONS = {
    "sum": ({"parts_after", "total_before", "total_cue_reach", "remainder", "plan_words", "per_words", "not_parts",
             "implied_min_total", "implied_shared_chars", "examples"},
            {"parts_after", "total_before", "remainder", "examples"}),
    "share": ({"of", "named_rate", "other_time_regex", "may_exceed", "examples"}, {"of", "named_rate", "examples"}),
    "growth": ({"compare_open", "compare_close", "up", "down", "from", "examples"},
               {"compare_open", "compare_close", "up", "down", "examples"}),
    "per_unit": ({"monthly", "accumulate", "per_person", "per_household", "examples"}, {"monthly", "examples"}),
    "balance": ({"registered", "added", "removed", "lifted", "remaining", "examples"},
                {"registered", "lifted", "remaining", "examples"}),
    "plausibility": ({"persons_per_household", "examples"}, {"persons_per_household"}),
    "placeholders": ({"rules", "examples"}, {"rules"}),
    "copied_text": ({"shingle", "min_chars", "threshold", "lsh_above", "num_perm", "examples"},
                    {"shingle", "threshold"}),
    "cross_report": ({"cumulative", "bounded_by", "plausible_years", "examples"}, {"cumulative"}),
    "screen": ({"min_sample", "first_digit_mad", "last_two_mad", "examples"}, {"min_sample"}),
    "gate": ({"open_list_min_parts", "open_list_gap", "off_factor", "status_families"},
             {"open_list_min_parts", "open_list_gap", "off_factor"}),
}
OPTIONAL_SECTIONS = {"cross_report", "gate"}


@dataclass
class Placeholder:
    id: str
    pattern: "regex.Pattern"


@dataclass
class RelationRules:
    path: Path
    words: Dict[str, Dict[str, List[str]]]  # section → key → words
    settings: Dict[str, Dict[str, Any]]  # section → key → scalar/dict
    placeholders: List[Placeholder] = field(default_factory=list)
    other_time: Optional["regex.Pattern"] = None

    def w(self, section: str, key: str) -> List[str]:
        return self.words.get(section, {}).get(key, [])

    def s(self, section: str, key: str, default: Any = None) -> Any:
        return self.settings.get(section, {}).get(key, default)

    def alternation(self, section: str, key: str) -> Optional["regex.Pattern"]:
        ws = self.w(section, key)
        if not ws:
            return None
        return regex.compile("|".join(regex.escape(x) for x in sorted(set(ws), key=len, reverse=True)))


def _number(path: Path, obj: Any, v: Any, key: str) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise PatternError(f"{where(path, obj)}: {key!r} must be a number, got {v!r}")
    return v


def load_relation_rules(path: Path) -> RelationRules:
    data = load_yaml(path)
    check_keys(path, data, set(SECTIONS), set(SECTIONS) - OPTIONAL_SECTIONS, "relations file")
    words: Dict[str, Dict[str, List[str]]] = {}
    settings: Dict[str, Dict[str, Any]] = {}
    out = RelationRules(path, words, settings)
    for name, (allowed, required) in SECTIONS.items():
        sec = data.get(name)
        if sec is None:
            continue
        check_keys(path, sec, allowed, required, f"section {name!r}")
        words[name] = {}
        settings[name] = {}
        for key, value in sec.items():
            if key == "examples":
                continue
            if name == "placeholders" and key == "rules":
                continue
            if key.endswith("_regex"):
                compile_regex(path, sec, value, f"{name}.{key}")
                settings[name][key] = value
            elif isinstance(value, list) and key != "persons_per_household":
                words[name][key] = str_list(path, sec, value, key)
            elif isinstance(value, dict):
                for k, v in value.items():
                    _number(path, value, v, f"{name}.{key}.{k}")
                settings[name][key] = dict(value)
            elif key == "persons_per_household":
                if not (isinstance(value, list) and len(value) == 2):
                    raise PatternError(f"{where(path, sec)}: persons_per_household must be [low, high]")
                for v in value:
                    _number(path, sec, v, key)
                settings[name][key] = tuple(value)
            else:
                settings[name][key] = _number(path, sec, value, f"{name}.{key}")
        # every example must contain at least one cue of its section
        examples = str_list(path, sec, sec.get("examples") or [], "examples") if sec.get("examples") else []
        cues = [c for ws in words[name].values() for c in ws]
        for ex in examples:
            if cues and not any(c in ex for c in cues):
                raise PatternError(f"{where(path, sec)}: example {ex!r} of section {name!r} contains none of its cues")
    ids = {}
    for r in (data["placeholders"] or {}).get("rules") or []:
        check_keys(path, r, {"id", "regex", "examples"}, {"id", "regex", "examples"}, "placeholder rule")
        if r["id"] in ids:
            raise PatternError(f"{where(path, r)}: duplicate placeholder id {r['id']!r} (first at line {ids[r['id']]})")
        ids[r["id"]] = getattr(r, "line", 0)
        pat = compile_regex(path, r, r["regex"], r["id"])
        for ex in str_list(path, r, r["examples"], "examples"):
            if not pat.search(ex):
                raise PatternError(f"{where(path, r)}: placeholder rule {r['id']!r} does not match its example {ex!r}")
        out.placeholders.append(Placeholder(r["id"], pat))
    ot = out.s("share", "other_time_regex")
    out.other_time = regex.compile(ot) if ot else None
    return out


@lru_cache(maxsize=4)
def relation_rules(folder: Optional[str] = None) -> RelationRules:
    d = Path(folder) if folder else patterns_dir()
    return load_relation_rules(d / "relations.yaml")
