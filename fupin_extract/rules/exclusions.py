"""``patterns/exclusions.yaml``: numbers that are not figures (years, dates, codes, addresses …)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

import re

import regex

from fupin_extract.model import PatternError
from fupin_extract.rules.base import check_keys, compile_regex, load_yaml, optional_list, str_list, where

RULE_KEYS = {"id", "kind", "pattern", "phrases", "units", "examples", "masked", "starts_at", "engine"}
ENGINES = ("regex", "re")
#: syntax on which the two engines part ways (or that ``re`` lacks): a rule of engine ``re`` may not use it
_NOT_FOR_RE = regex.compile(r"\\[wWbBpPXNGKLQ]|\(\?[a-zA-Z]*i|\(\?[a-zA-Z]*[LVwf]")
KINDS = ("regex", "phrases", "address")


@dataclass
class Exclusion:
    id: str
    kind: str
    pattern: Optional["regex.Pattern"]
    drop: List[str] = field(default_factory=list)
    keep: List[str] = field(default_factory=list)
    units: tuple = ()
    #: the same patterns compiled by the standard library's engine (``engine: re``), else None
    std: Optional[Any] = None


class _GroupSpan:
    """The span of one group of a match, as a match of its own."""

    __slots__ = ("s", "e")

    def __init__(self, s: int, e: int):
        self.s, self.e = s, e

    def span(self):
        return self.s, self.e

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e


class MaskedPattern:
    """A pattern of which only one named group is excluded: its matches are that group's spans
    (the whole match's where the group takes no part); with ``to_end`` (``starts_at``) the span
    from the group's start, which may lie in a look-behind before the match, to the match's end.
    (A pattern can then consume the punctuation before a number instead of looking behind for
    it, or start with the literal every match holds, 月, and look behind for the number before
    it: the engines scan either several times faster.)"""

    def __init__(self, compiled, group: str, to_end: bool = False):
        self.compiled, self.group, self.to_end = compiled, group, to_end
        self.pattern, self.flags = compiled.pattern, compiled.flags

    def _span(self, m) -> _GroupSpan:
        s, e = m.span(self.group)
        if s < 0:
            return _GroupSpan(*m.span())  # the group took no part: all
        return _GroupSpan(s, m.end()) if self.to_end else _GroupSpan(s, e)

    def finditer(self, text: str, *args, **kwargs):
        return map(self._span, self.compiled.finditer(text, *args, **kwargs))

    def spans(self, text: str) -> list:
        """The ``span()`` of every match :meth:`finditer` gives, without an object per match."""
        group, to_end, out = self.group, self.to_end, []
        for m in self.compiled.finditer(text):
            s, e = m.span(group)
            out.append(m.span() if s < 0 else (s, m.end()) if to_end else (s, e))
        return out

    def search(self, text: str, *args, **kwargs):
        m = self.compiled.search(text, *args, **kwargs)
        return self._span(m) if m else None


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
    """One alternation of the phrases, longest first (at each position, the longest phrase that
    starts there), grouped by first character: 一(?:户一法|村一品|…|)|两(?:…): the same matches as
    the flat alternation, but the engine tries only the group of the character it stands on
    (about twice as fast over a long list)."""
    longest_first = sorted(set(phrases), key=len, reverse=True)
    if "" in longest_first:  # an empty phrase: the flat alternation, as ever
        return regex.compile("|".join(regex.escape(p) for p in longest_first))
    tails: Dict[str, List[str]] = {}
    for p in longest_first:
        tails.setdefault(p[0], []).append(p[1:])
    return regex.compile("|".join(regex.escape(c) + _tails_re(ts) for c, ts in tails.items()))


def _tails_re(tails: List[str]) -> str:
    """The rests of the phrases of one first character, longest first (the empty one last)."""
    if tails == [""]:
        return ""
    return "(?:" + "|".join(regex.escape(t) for t in tails) + ")"


def _std_compile(path: Path, r: Any, src: str, rid: str):
    """``src`` compiled by the standard library's engine, for a rule of ``engine: re``."""
    if _NOT_FOR_RE.search(src):
        raise PatternError(f"{where(path, r)}: rule {rid!r}: engine re takes no \\w, \\b, \\p …, case or "
                           f"version flags (the engines differ on them)")
    try:
        return re.compile(src)
    except re.error as e:
        raise PatternError(f"{where(path, r)}: rule {rid!r}: engine re cannot compile {src!r}: {e}") from None


def _masked(path: Path, r: Any, compiled, rid: str):
    """``compiled``, or its ``masked`` group alone where it has that group (or, for
    ``starts_at``, the span from that group's start to the match's end)."""
    if "masked" in r and "starts_at" in r:
        raise PatternError(f"{where(path, r)}: rule {rid!r}: masked and starts_at exclude each other")
    key = "starts_at" if "starts_at" in r else "masked"
    group = r.get(key)
    if group is None:
        return compiled
    if not isinstance(group, str):
        raise PatternError(f"{where(path, r)}: rule {rid!r}: {key} must be a group name")
    return MaskedPattern(compiled, group, key == "starts_at") if group in compiled.groupindex else compiled


def _regex_rule(path: Path, r: Any, rid: str, std: bool = False):
    """The rule's pattern (an :class:`_Alternatives` for a list) by ``regex``, or with ``std``
    by the standard library's ``re``."""
    if "phrases" in r:
        raise PatternError(f"{where(path, r)}: rule {rid!r} of kind regex takes 'pattern', not 'phrases'")
    raw = r.get("pattern")
    one = (lambda x: _masked(path, r, _std_compile(path, r, x, rid), rid)) if std else (
        lambda x: _masked(path, r, compile_regex(path, r, x, rid), rid))
    if isinstance(raw, list):  # alternatives scanned one by one (faster than one alternation)
        if not raw:
            raise PatternError(f"{where(path, r)}: rule {rid!r}: pattern list is empty")
        return _Alternatives([one(x) for x in raw])
    return one(raw)


def _engine(path: Path, r: Any, rid: str) -> bool:
    """Whether the rule asks for the standard library's engine as well."""
    engine = r.get("engine", "regex")
    if engine not in ENGINES or (engine == "re" and r["kind"] != "regex"):
        raise PatternError(f"{where(path, r)}: rule {rid!r}: engine must be 'regex' or (kind regex) 're', "
                           f"not {engine!r}")
    return engine == "re"


def _rule(path: Path, r: Any) -> Exclusion:
    check_keys(path, r, RULE_KEYS, {"id", "kind", "examples"}, "exclusion rule")
    rid = r["id"]
    ex = r["examples"] or {}
    check_keys(path, ex, {"drop", "keep"}, {"drop"}, f"examples of {rid!r}")
    drop = str_list(path, ex, ex["drop"], "drop")
    keep = optional_list(path, ex, "keep")
    kind = r["kind"]
    std_wanted = _engine(path, r, rid)
    if kind == "regex":
        std = _regex_rule(path, r, rid, std=True) if std_wanted else None
        return Exclusion(rid, kind, _regex_rule(path, r, rid), drop, keep, std=std)
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
