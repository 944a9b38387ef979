"""``patterns/exclusions.yaml``: numbers that are not figures (years, dates, codes, addresses …)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

import regex

from fupin_extract.model import PatternError
from fupin_extract.rules.base import check_keys, compile_regex, load_yaml, optional_list, str_list, where

RULE_KEYS = {"id", "kind", "pattern", "phrases", "units", "examples"}
KINDS = ("regex", "phrases", "address")


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


def phrase_regex(phrases: List[str]) -> "regex.Pattern":
    """One alternation of the phrases, longest first."""
    return regex.compile("|".join(regex.escape(p) for p in sorted(set(phrases), key=len, reverse=True)))


def _regex_rule(path: Path, r: Any, rid: str):
    if "phrases" in r:
        raise PatternError(f"{where(path, r)}: rule {rid!r} of kind regex takes 'pattern', not 'phrases'")
    raw = r.get("pattern")
    if isinstance(raw, list):  # alternatives scanned one by one (faster than one alternation)
        if not raw:
            raise PatternError(f"{where(path, r)}: rule {rid!r}: pattern list is empty")
        return _Alternatives([compile_regex(path, r, x, rid) for x in raw])
    return compile_regex(path, r, raw, rid)


def _rule(path: Path, r: Any) -> Exclusion:
    check_keys(path, r, RULE_KEYS, {"id", "kind", "examples"}, "exclusion rule")
    rid = r["id"]
    ex = r["examples"] or {}
    check_keys(path, ex, {"drop", "keep"}, {"drop"}, f"examples of {rid!r}")
    drop = str_list(path, ex, ex["drop"], "drop")
    keep = optional_list(path, ex, "keep")
    kind = r["kind"]
    if kind == "regex":
        return Exclusion(rid, kind, _regex_rule(path, r, rid), drop, keep)
    if kind == "phrases":
        return Exclusion(rid, kind, phrase_regex(str_list(path, r, r.get("phrases"), "phrases")), drop, keep)
    if kind == "address":
        return Exclusion(rid, kind, None, drop, keep, tuple(str_list(path, r, r.get("units"), "units")))
    raise PatternError(f"{where(path, r)}: rule {rid!r}: kind must be 'regex', 'phrases' or 'address', "
                       f"not {kind!r}")


def load_exclusions(path: Path) -> List[Exclusion]:
    data = load_yaml(path)
    check_keys(path, data, {"rules"}, {"rules"}, "exclusions file")
    out: List[Exclusion] = []
    seen: Dict[str, int] = {}
    for r in data["rules"]:
        rid = r.get("id") if isinstance(r, dict) else None
        if rid in seen:
            raise PatternError(f"{where(path, r)}: duplicate rule id {rid!r} (first at line {seen[rid]})")
        out.append(_rule(path, r))
        seen[rid] = getattr(r, "line", 0)
    return out
