"""The indicator rule book: ``patterns/indicators.yaml`` loaded, validated and typed.

An :class:`IndicatorSet` holds the indicators (id, label, dimension, unit, what they refine)
and the cue rules that give a figure one of them, in file order.  This module reads the file
only; how a rule is matched against a sentence is :mod:`fupin_extract.meaning.attach`'s.

>>> s = indicator_set()
>>> s.indicators["poor_households"].label
'建档立卡贫困户数'
>>> s.refines("dibao_households", "poor_households")
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional

import regex

from fupin_extract.model import PatternError
from fupin_extract.rules.loader import load_patterns, check_keys, compile_regex, load_yaml, patterns_dir, str_list, where

DIMENSIONS = {"households", "persons", "count", "area", "rate", "money", "money_rate", "length", "mass"}
FILE_KEYS = {"indicators", "rules", "higher_level", "higher_by_level", "self_by_level"}
INDICATOR_KEYS = {"id", "label", "dimension", "unit", "description", "refines", "comparable", "parts_inherit",
                  "per_unit"}
RULE_KEYS = {"id", "emits", "cue", "after", "not", "not_sentence", "not_after", "sentence", "window", "lead", "topic",
             "examples"}
#: rule key → Rule field of the optional patterns of a rule (``cue`` is tried longest word first)
RULE_PATTERNS = {"cue": "cue", "lead": "lead", "after": "after", "not": "not_", "not_sentence": "not_sentence",
                 "not_after": "not_after", "sentence": "sentence", "topic": "topic"}
WINDOWS = ("clause", "sentence")


@dataclass
class Indicator:
    id: str
    label: str
    dimension: str
    unit: str
    description: str
    refines: tuple = ()
    #: False for generic rates (占比, 增长率) whose meaning changes from report to report:
    #: they stay in the long comparison table, not in the wide one
    comparable: bool = True
    #: False where a total's parts are no longer what it counts (土地面积…其中耕地: land of one use)
    parts_inherit: bool = True
    #: True where an amount per household or person is what it counts (人均纯收入, 低保标准); an
    #: indicator of a total (poverty_funds, microcredit_amount) gives way to a per-unit word
    per_unit: bool = False


@dataclass
class Rule:
    id: str
    emits: Dict[str, str]
    cue: Optional["regex.Pattern"] = None
    after: Optional["regex.Pattern"] = None
    not_: Optional["regex.Pattern"] = None
    window: str = "clause"
    lead: Optional["regex.Pattern"] = None
    not_sentence: Optional["regex.Pattern"] = None
    not_after: Optional["regex.Pattern"] = None
    sentence: Optional["regex.Pattern"] = None
    #: must occur in the topic that governs the figure (the label of its paragraph, 教育保障方面：,
    #: else the nearest heading line above it)
    topic: Optional["regex.Pattern"] = None
    examples: List[dict] = field(default_factory=list)
    line: int = 0


@dataclass
class IndicatorSet:
    path: Path
    indicators: Dict[str, Indicator]
    rules: List[Rule]
    higher_level: Optional["regex.Pattern"]
    #: report level (乡镇, 村, 县, 市, 省) → the words that name a higher level than it
    higher_by_level: Dict[str, "regex.Pattern"] = field(default_factory=dict)
    #: report level → the words by which a report names its own unit (全乡, 我镇, 本村 …)
    self_by_level: Dict[str, "regex.Pattern"] = field(default_factory=dict)

    def higher_for(self, level: Optional[str]) -> Optional["regex.Pattern"]:
        """The higher-level words for a report of ``level`` (the default list when unknown)."""
        return self.higher_by_level.get(level, self.higher_level) if level else self.higher_level

    def level_of(self, text: str, level: Optional[str], least: int = 3) -> Optional[str]:
        """The level whose higher-level words apply to ``text``: ``level`` when the text names
        its own unit by that level's words at least once (or says nothing of any); else the level
        whose own words it uses most, ``least`` times at least (a county report read as a
        township's never says 全乡 but says 全县 throughout: 全县 is then its own unit)."""
        if not self.self_by_level or (level in self.self_by_level and self.self_by_level[level].search(text)):
            return level
        counts = {lv: sum(1 for _ in p.finditer(text)) for lv, p in self.self_by_level.items()}
        best = max(counts, key=counts.get)
        return best if counts[best] >= least and best != level else level

    def rules_for_unit(self, unit: str) -> List[Rule]:
        """The rules that can give a figure in ``unit`` an indicator, in file order."""
        cache = self.__dict__.setdefault("_by_unit", {})
        rs = cache.get(unit)
        if rs is None:
            rs = cache[unit] = [r for r in self.rules if unit in r.emits]
        return rs

    def parts_inherit(self, indicator: str) -> bool:
        """Whether the parts of a total of ``indicator`` take it (indicators.yaml parts_inherit)."""
        ind = self.indicators.get(indicator)
        return ind is None or ind.parts_inherit

    def family(self, indicator: str) -> Dict[str, str]:
        """unit → indicator for the rule that emits ``indicator`` (its 户/人 twin …)."""
        cache = self.__dict__.setdefault("_families", {})
        fam = cache.get(indicator)
        if fam is None:
            fam = cache[indicator] = {}
            for r in self.rules:
                if indicator in r.emits.values():
                    for unit, ind in r.emits.items():
                        fam.setdefault(unit, ind)
        return fam

    def is_unit_total(self, ind: str) -> bool:
        """An indicator other indicators break down and that breaks down none: the unit's whole
        (households_total, population_total, admin_villages)."""
        own = self.indicators.get(ind)
        return (own is not None and not own.refines
                and any(ind in other.refines for other in self.indicators.values()))

    def refines(self, part: str, total: str) -> bool:
        """True when ``part`` is a breakdown of ``total``, directly or through another indicator."""
        seen = set()
        todo = [part]
        while todo:
            ind = self.indicators.get(todo.pop())
            if ind is None:
                continue
            if total in ind.refines:
                return True
            for r in ind.refines:
                if r not in seen:
                    seen.add(r)
                    todo.append(r)
        return False


def load_indicators(path: Path) -> IndicatorSet:
    """Read and check ``indicators.yaml``: errors name the file and line."""
    data = load_yaml(path)
    check_keys(path, data, FILE_KEYS, {"indicators", "rules"}, "indicators file")
    inds: Dict[str, Indicator] = {}
    for e in data["indicators"]:
        ind = _indicator(path, e)
        if ind.id in inds:
            raise PatternError(f"{where(path, e)}: indicator {ind.id!r} defined twice")
        inds[ind.id] = ind
    for ind in inds.values():
        for r in ind.refines:
            if r not in inds:
                raise PatternError(f"{path}: indicator {ind.id!r} refines unknown indicator {r!r}")
    rules: List[Rule] = []
    seen: Dict[str, int] = {}
    for r in data["rules"]:
        rule = _rule(path, r, inds)
        if rule.id in seen:
            raise PatternError(f"{where(path, r)}: duplicate rule id {rule.id!r} (first at line {seen[rule.id]})")
        seen[rule.id] = rule.line
        rules.append(rule)
    hl = compile_regex(path, data, data["higher_level"], "higher_level") if data.get("higher_level") else None
    return IndicatorSet(path, inds, rules, hl, _higher_by_level(path, data), _self_by_level(path, data))


def _indicator(path: Path, e) -> Indicator:
    check_keys(path, e, INDICATOR_KEYS, {"id", "label", "dimension", "unit", "description"}, "indicator")
    if e["dimension"] not in DIMENSIONS:
        raise PatternError(f"{where(path, e)}: indicator {e['id']!r}: dimension {e['dimension']!r} "
                           f"is not one of {sorted(DIMENSIONS)}")
    flags = []
    for key in ("comparable", "parts_inherit"):
        flags.append(e.get(key, True))
        if not isinstance(flags[-1], bool):
            raise PatternError(f"{where(path, e)}: indicator {e['id']!r}: {key} must be true or false")
    per_unit = e.get("per_unit", False)
    if not isinstance(per_unit, bool):
        raise PatternError(f"{where(path, e)}: indicator {e['id']!r}: per_unit must be true or false")
    refines = tuple(str_list(path, e, e["refines"], "refines")) if e.get("refines") else ()
    return Indicator(e["id"], e["label"], e["dimension"], str(e["unit"]), e["description"], refines, *flags,
                     per_unit=per_unit)


def _rule(path: Path, r, inds: Dict[str, Indicator]) -> Rule:
    check_keys(path, r, RULE_KEYS, {"id", "emits", "examples"}, "indicator rule")
    rid = r["id"]
    if not isinstance(r["emits"], dict) or not r["emits"]:
        raise PatternError(f"{where(path, r)}: rule {rid!r}: emits must map units to indicator ids")
    for ind in r["emits"].values():
        if ind not in inds:
            raise PatternError(f"{where(path, r)}: rule {rid!r} emits unknown indicator {ind!r}")
    if "cue" not in r and "after" not in r:
        raise PatternError(f"{where(path, r)}: rule {rid!r} needs a cue or an after pattern")
    window = r.get("window", "clause")
    if window not in WINDOWS:
        raise PatternError(f"{where(path, r)}: rule {rid!r}: window must be clause or sentence, not {window!r}")
    exs = r["examples"]
    if not isinstance(exs, list) or not exs:
        raise PatternError(f"{where(path, r)}: rule {rid!r} needs at least one example")
    for ex in exs:
        check_keys(path, ex, {"text", "expect"}, {"text", "expect"}, f"example of {rid!r}")
    patterns = {attr: compile_regex(path, r, _longest_first(r[key]) if key == "cue" else r[key], rid)
                for key, attr in RULE_PATTERNS.items() if key in r}
    return Rule(id=rid, emits={str(k): v for k, v in r["emits"].items()}, window=window, examples=list(exs),
                line=getattr(r, "line", 0), **patterns)


def _self_by_level(path: Path, data) -> Dict[str, "regex.Pattern"]:
    by_level = data.get("self_by_level") or {}
    if not hasattr(by_level, "items"):
        raise PatternError(f"{where(path, data)}: self_by_level must map report levels to patterns")
    return {str(k): compile_regex(path, by_level, v, f"self_by_level.{k}") for k, v in by_level.items()}


def _higher_by_level(path: Path, data) -> Dict[str, "regex.Pattern"]:
    by_level = data.get("higher_by_level") or {}
    if not isinstance(by_level, dict):
        raise PatternError(f"{where(path, data)}: higher_by_level must map report levels to patterns")
    return {str(k): compile_regex(path, by_level, v, f"higher_by_level.{k}") for k, v in by_level.items()}


_META = set(".^$*+?{}[]()\\")


def _longest_first(pattern: object) -> object:
    """A cue that is a plain list of words ``a|b|c`` is tried longest word first."""
    if isinstance(pattern, str) and "|" in pattern and not (set(pattern) & _META):
        return "|".join(sorted(pattern.split("|"), key=len, reverse=True))
    return pattern


@lru_cache(maxsize=4)
def indicator_set(folder: Optional[str] = None) -> IndicatorSet:
    """The indicator rule book of ``folder`` (default: the patterns folder), read once."""
    d = Path(folder) if folder else patterns_dir()
    path = d / "indicators.yaml"
    if not path.exists():
        raise PatternError(f"{path} is missing")
    iset = load_indicators(path)
    _check_dimensions(path, iset, load_patterns(str(d)).units.dimensions)
    return iset


def _check_dimensions(path: Path, iset: IndicatorSet, unit_dimensions: Dict[str, str]) -> None:
    """An indicator stated in a unit of units.yaml measures what that unit measures."""
    for iid, spec in iset.indicators.items():
        dim = unit_dimensions.get(spec.unit)
        if dim is not None and dim != spec.dimension:
            raise PatternError(f"{path}: indicator {iid!r} has dimension {spec.dimension!r}, "
                               f"its unit {spec.unit!r} is {dim!r} in units.yaml")


# ---------------------------------------------------------------------- one-pass lexicon
#: characters that make a cue more than a finite list of words (then it is searched on its own)
_NOT_FINITE = set(".^$*+{}\\")


def cue_words(pattern: str) -> Optional[List[str]]:
    """The words a cue matches, in the order the regular expression tries them at one position
    (``a|b``, ``(?:x|y)``, ``(?:x)?`` greedy, ``[abc]``), or None when it is not such a finite list.

    >>> cue_words("全乡(?:共)?有|总数的")
    ['全乡共有', '全乡有', '总数的']
    >>> cue_words("全[乡村]") , cue_words("辖[^。]{0,30}组")
    (['全乡', '全村'], None)
    """
    if set(pattern) & _NOT_FINITE:
        return None
    try:
        words, k = _alternation(pattern, 0)
    except ValueError:
        return None
    return words if k == len(pattern) and all(words) else None


def _alternation(p: str, k: int):
    """The words of ``a|b|…`` from ``p[k]`` up to a closing ``)`` or the end, and where it stopped."""
    out: List[str] = []
    while True:
        seq, k = _sequence(p, k)
        out.extend(seq)
        if k < len(p) and p[k] == "|":
            k += 1
            continue
        return out, k


def _sequence(p: str, k: int):
    words = [""]
    while k < len(p) and p[k] not in "|)":
        c = p[k]
        if c == "(":
            if not p.startswith("(?:", k):
                raise ValueError(p)
            inner, k = _alternation(p, k + 3)
            if k >= len(p) or p[k] != ")":
                raise ValueError(p)
            k += 1
        elif c == "[":
            stop = p.find("]", k)
            inner = list(p[k + 1:stop])
            if stop < 0 or not inner or set(inner) & set("^-[\\"):
                raise ValueError(p)
            k = stop + 1
        elif c in "?]":
            raise ValueError(p)
        else:
            inner, k = [c], k + 1
        if k < len(p) and p[k] == "?":  # greedy: with the part first, then without it
            inner, k = inner + [""], k + 1
        words = [w + x for w in words for x in inner]
    return words, k


@dataclass
class Lexicon:
    """Every cue word of a rule book in one expression, compiled once per book.  ``any_word``
    (a trie, longest first) finds the longest word at each position where words start (a scan, then a
    match inside each word found, for words that start inside it); every shorter
    word there is a prefix of it, so ``at[word]`` lists, for each rule whose cue holds one of them,
    (rule id, length of the word its cue tries first).  ``searched``: rules whose cue is no
    finite word list (searched on their own).  ``firsts``: the characters words start with."""
    any_word: Optional["re.Pattern"]
    at: Dict[str, tuple]
    searched: List[Rule]
    firsts: frozenset = frozenset()

    def hits(self, n: str) -> List[tuple]:
        """(start, end, rule id) of every rule's cue over ``n`` sorted, exactly as each cue's
        own ``finditer`` would give them (leftmost, then the first word the cue tries there)."""
        out = []
        if self.any_word is not None:
            at, match, firsts = self.at, self.any_word.match, self.firsts
            last: Dict[str, int] = {}
            for m in self.any_word.finditer(n):
                p, e = m.span()
                found = [(p, m.group())]
                for q in range(p + 1, e):  # words that start inside this one (人口 in 脱贫人口)
                    inner = match(n, q) if n[q] in firsts else None
                    if inner is not None:
                        found.append((q, inner.group()))
                for q, word in found:
                    for rid, size in at[word]:
                        if q >= last.get(rid, 0):  # a rule's own matches do not overlap
                            out.append((q, q + size, rid))
                            last[rid] = q + size
        for r in self.searched:
            out.extend((m.start(), m.end(), r.id) for m in r.cue.finditer(n) if m.end() > m.start())
        out.sort()
        return out


def lexicon(iset: IndicatorSet, skip=frozenset()) -> Lexicon:
    """The one-pass lexicon of ``iset``'s cues (rules in ``skip`` left out), kept on the book."""
    cache = iset.__dict__.setdefault("_lexicons", {})
    key = frozenset(skip)
    lex = cache.get(key)
    if lex is None:
        owners: Dict[str, list] = {}
        searched = []
        for r in iset.rules:
            if r.cue is None or r.id in key:
                continue
            words = cue_words(r.cue.pattern)
            if words is None:
                searched.append(r)
                continue
            for order, w in enumerate(words):
                owners.setdefault(w, []).append((order, r.id))
        at = {w: _first_tried(w, owners) for w in owners}
        any_word = re.compile(_trie_pattern(owners)) if owners else None
        lex = cache[key] = Lexicon(any_word, at, searched, frozenset(w[0] for w in owners))
    return lex


def _trie_pattern(words) -> str:
    """One expression for ``words`` that matches, at each position, the longest word there (as
    their alternation longest first would, several times faster): a trie, each node trying the
    words that go on before the word that ends there (贫困(?:户|人口)?)."""
    root: Dict[str, dict] = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}
    return _node_pattern(root)


def _node_pattern(node: Dict[str, dict]) -> str:
    alts = [re.escape(c) + _node_pattern(sub) for c, sub in sorted(node.items()) if c]
    if "" in node:  # a word ends here: the longer ones first, then none
        return f"(?:{'|'.join(alts)})?" if alts else ""
    return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"


def _first_tried(word: str, owners: Dict[str, list]) -> tuple:
    """(rule id, length) for each rule with a word that is a prefix of ``word``: the one its cue tries first."""
    best: Dict[str, tuple] = {}
    for k in range(1, len(word) + 1):
        for order, rid in owners.get(word[:k], ()):
            if rid not in best or order < best[rid][0]:
                best[rid] = (order, k)
    return tuple((rid, k) for rid, (_, k) in best.items())
