"""The figure grammar: numbers with their units, over characters.

A figure is a number (Arabic, full-width, Chinese or mixed), an optional qualifier inside
(``余``, ``多``), an optional multiplier (``万``, ``亿``), and a unit from
``patterns/units.yaml``; or a percentage written in words (``百分之十五``).  Ranges
(``3-5万元``) give ``value`` and ``value_max``.  Qualifiers before and after the figure
(``约``, ``以上``) set ``qualifier`` but stay outside the span.  Candidates that overlap an
exclusion of ``patterns/exclusions.yaml`` (years, dates, list markers, slogans …) are
dropped.

Everything is matched on the normalised text (same length as the original), so spans index
the original text directly.

>>> [ (f.text, f.value, f.unit) for f in find_figures("全乡共核定省定贫困户36户84人", "d") ]
[('36户', Decimal('36'), '户'), ('84人', Decimal('84'), '人')]
"""
from __future__ import annotations

import bisect
import csv
import math
import operator
import re
import string
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

import regex

from fupin_extract.model import Figure
from fupin_extract.normalise import normalise
from fupin_extract.figures.numerals import (CHINESE_DIGIT_CHARS, CHINESE_NUMERAL_CHARS, FINANCIAL, NumeralError, normalise_decimal,
                       parse_any, parse_pair)
from fupin_extract.figures.required import (CharTest, Pairs, end_chars, may_match, pairs_present,
                                            required_pairs, required_sets, start_anchor)
from fupin_extract.rules.base import pattern_file
from fupin_extract.rules.exclusions import MaskedPattern
from fupin_extract.rules.loader import Patterns, load_patterns
from fupin_extract.rules.units import load_units
from fupin_extract.segment import CLAUSE_END, Sentences, clause_start

_CN = CHINESE_NUMERAL_CHARS
_CD = CHINESE_DIGIT_CHARS
#: what may stand between the parts of a numeral (OCR and PDF text breaks them up)
_SP = r"[ \t\r\n\u3000\u00a0]{0,2}"
#: Arabic: 1,236 / 4，565 (full-width separator, groups of exactly three) / 8.5 / .5 / 3 000
#: (a space between groups of exactly three, as typeset: 3 000万元 was read as 000万元 = 0; also a
#: no-break, thin or narrow no-break space: 12\u2009345人 was read as 345人)
#: (the look-behind runs only where a space follows digits: the first group has one to three);
#: letter-spaced single digits, 3 5 0 万 元 (OCR of spaced headings; 0 万元 was read), the whole
#: run and not before a date's 年 月 日
_ARABIC = (r"\d(?:[ ]\d(?![\d.]))++(?![ ]\d)(?![ ]*[年月日号时])|\d+(?:,\d{3}|，\d{3}(?!\d)|[ \u00a0\u2009\u202f](?<=(?<![\d.])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})*+[ \u00a0\u2009\u202f])\d{3}(?!\d))*"
           r"(?:\.\d+)?|\.(?<![\dA-Za-z.]\.)\d+")
#: Arabic digits between Chinese units: 7万5千4百, 7 万5 千4 百, 1亿2千万, 1亿2000万
_MIXED = rf"\d{{1,4}}+{_SP}+[十百千万亿]+(?:{_SP}+\d{{1,4}}+{_SP}+[十百千万亿]+)+"


def _number_re(cn: str, cd: str) -> "regex.Pattern":
    """Numbers over the numeral characters ``cn`` (digits ``cd``): Chinese with spaces between
    the parts and 点 before digits (一百 五 十, 十五点七万), Arabic, and the two mixed."""
    chinese = rf"[{cn}]+(?:(?:[ \t\r\n\u3000\u00a0]{{1,2}}[{cn}]|{_SP}点{_SP}[{cd}])[{cn}]*)*"
    return regex.compile(rf"[百佰]{_SP}分{_SP}之|[千仟]{_SP}分{_SP}之|{_MIXED}|{_ARABIC}|{chinese}")


#: all numeral forms; financial (大写) characters are rare, and a character class of ordinary
#: numerals only scans much faster: NUMBER_ORDINARY serves the texts without any of them
NUMBER = _number_re(_CN, _CD)
_FINANCIAL_IN_TEXT = "".join(c for c in _CN if c not in "零〇○一二两三四五六七八九十百千万亿")
NUMBER_ORDINARY = _number_re("零〇○一二两三四五六七八九十百千万亿", "零〇○一二三四五六七八九")


def number_re(n: str) -> "regex.Pattern":
    """The number pattern for the normalised text ``n``."""
    for c in _FINANCIAL_IN_TEXT:  # a loop, not a generator: once per text
        if c in n:
            return NUMBER
    return NUMBER_ORDINARY
#: up to three spaces or line breaks, or four spaces on one line (一百五十    个百分点, justified PDF text)
WS = regex.compile(r"[ \t\u3000\u00a0]{4}|[ \t\r\n\u3000\u00a0]{0,3}")
#: the characters WS consumes: elsewhere skipping spaces is no regex call
WS_CHARS = frozenset(" \t\r\n\u3000\u00a0")
RANGE_SEP = regex.compile(r"[ \t]*(?:--?|~|至|到)[ \t]*")
#: the characters RANGE_SEP may start with
RANGE_FIRST = frozenset(" \t-~至到")
_WS_OR_RANGE = WS_CHARS | RANGE_FIRST
PURE_MULTIPLIER = set("十百千万亿拾佰仟")
#: financial digits that are also in ordinary words (陆续, 大陆, 队伍, 收拾, 參加): alone, a number
#: only before 元
LONE_FINANCIAL = frozenset("陆陸伍拾參")
#: 元 followed by 角 and 分 (块 by 毛): 123元1角1分 → 123.11元
_DIGIT1 = rf"[\d{_CD}]"
JIAO_FEN = regex.compile(rf"{_SP}(?:零{_SP})?(?:(?P<j>{_DIGIT1}){_SP}[角毛](?:{_SP}(?P<f>{_DIGIT1}){_SP}分(?![钟之]))?"
                         rf"|(?P<f2>{_DIGIT1}){_SP}分(?![钟之]))")
JIAO_FIRST = frozenset(" \t\r\n\u3000\u00a0零0123456789" + _CD)
ARABIC_FIRST = frozenset("0123456789.")
#: the characters a number may start with (a comparative after-word before one compares: 4200元多600元)
_NUMBER_FIRST = frozenset("0123456789" + _CD + _CN)
KUAI_TAIL = regex.compile(rf"{_SP}(?P<j>{_DIGIT1})(?!{_SP}[\d{_CN}点角毛分])")
SIGN_AFTER = frozenset(" \t\r\n，,：:（(、；;为是达")
#: units a minus sign may stand before (elsewhere a dash is a range, a list or a date)
SIGNED_UNITS = frozenset({"%", "‰", "百分点", "℃"})
#: longest sentence kept as a figure's evidence (real ones are < 300 characters); text without
#: sentence stops would otherwise copy the whole text into every figure
MAX_SENTENCE = 1000


#: characters before a lone multiplier that make it a number: 近万人, 上万人, 上千人, 近百户
_UNITS = load_units(pattern_file("units.yaml"))
NEAR_MULTIPLIER = _UNITS.round_lead
ROUND_UPWARD = _UNITS.round_upward
#: words that end in a round lead and are none (通过万元户, 经过万人, 签约): no round amount after them
_LEAD_NOT_WORDS = tuple(w for w in _UNITS.qualifier_not_words if w[-1] in NEAR_MULTIPLIER)
#: inside qualifiers after a bare 百/千/万 that make it a round amount (百余户, 千多人, 万余人次, 百来户)
ROUND_TRAIL = "余多来"
#: what may follow a number besides units, multipliers and inside qualifiers: spaces, ranges
_FOLLOW_OTHER = frozenset(" \t\r\n\u3000\u00a0-~至到")


def _after_ws(n: str, j: int) -> int:
    """``WS.match(n, j).end()``, without the regex call where no space follows."""
    return WS.match(n, j).end() if j < len(n) and n[j] in WS_CHARS else j


def _firsts(words) -> frozenset:
    """The first characters of ``words``: where none stands, no alternation of them matches."""
    return frozenset(w[0] for w in words if w)


def _alternatives(words, longest_first: bool = True) -> str:
    """``a|b|c`` of the escaped ``words`` (longest first unless told otherwise)."""
    ws = sorted(words, key=len, reverse=True) if longest_first else list(words)
    return "|".join(regex.escape(w) for w in ws)


def _optional_re(words, tail: str = "") -> Optional["regex.Pattern"]:
    """The alternation of ``words`` in their order, then ``tail``; None without words."""
    return regex.compile(_alternatives(words, longest_first=False) + tail) if words else None


def _word_kinds(table: dict) -> dict:
    """{kind: [words]} → {word: kind}."""
    return {w: k for k, ws in table.items() for w in ws}


#: the characters _unit_re allows between the characters of a unit form
_UNIT_BREAK = " \t\r\n"


def _unit_re(forms) -> "regex.Pattern":
    """Unit forms (longest first), with line breaks and spaces between the characters: 平\\n方米."""
    alts = [r"[ \t\r\n]{0,2}".join(regex.escape(c) for c in f) for f in forms]
    return regex.compile("(?:" + "|".join(alts) + ")")


#: what would renumber or reread the groups of patterns joined into one alternation
_NOT_JOINABLE = regex.compile(r"\\[1-9g]|\(\?P=|\(\?\(|\(\?-?[a-zA-Z]+[)\-:]|\(\?[|&R0-9]")


def _any_of(patterns) -> Optional["regex.Pattern"]:
    """One pattern that searches for any of ``patterns`` (found somewhere iff one of them is);
    None when they cannot be joined (flags, back-references, different engines)."""
    if not patterns or any(not isinstance(p, regex.Pattern) or p.flags != patterns[0].flags
                           or _NOT_JOINABLE.search(p.pattern) for p in patterns):
        return None
    try:
        return regex.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except regex.error:
        return None


def _last_of(rules) -> Optional[frozenset]:
    """The characters the recount_before ``rules`` can match right before the number with (their
    matches end there, at ``$``; a line break there too, before which ``$`` matches); None when
    one of them is not read so (or there is none)."""
    out = {"\n"}
    for _, before, _ in rules:
        last = end_chars(before.pattern, before.flags)
        if last is None:
            return None
        out |= last
    return frozenset(out) if rules else None


def _before_re(before: dict, bridges, not_words=()) -> "regex.Pattern":
    """A qualifier before the number (约, 超过), with an optional bridge (为, 达到), at the end; not
    the end of one of ``not_words`` (签约 holds 约, 就近 holds 近: no qualifier)."""
    b = _alternatives(bridges)
    alts = []
    for w in sorted(before, key=len, reverse=True):
        heads = [x[:-len(w)] for x in not_words if x.endswith(w) and len(x) > len(w)]
        guard = "".join(f"(?<!{regex.escape(h)})" for h in heads)
        alts.append(guard + regex.escape(w))
    return regex.compile("(?:" + "|".join(alts) + ")" + (f"(?:{b})?" if b else "") + r"[ \t]*$")


class Grammar:
    """The compiled figure grammar of one patterns folder."""

    def __init__(self, patterns: Patterns):
        self.p = patterns
        u = patterns.units
        forms = sorted(u.forms, key=len, reverse=True)
        self.unit_re = _unit_re(forms)
        self.form_of = {f: f for f in forms}
        self.mult_re = regex.compile("(?:" + _alternatives(u.multipliers) + ")")
        # multipliers in a row multiply (3千万元, 10万万, 3千万亿): the run, then its pieces
        self.mult_run_re = regex.compile("(?:" + _alternatives(u.multipliers) + ")+")
        self._mult_value: dict = {}  # a run of multipliers → its factor
        # multipliers that start with a unit form (两个亿: 个亿, not 两个): tried before the unit
        self.unit_like_mult = tuple(m for m in u.multipliers if len(m) > 1 and m[0] in u.forms)
        self.inside = _word_kinds(u.qualifiers["inside"])
        self.inside_re = regex.compile("(?:" + _alternatives(self.inside) + ")")
        self.round_inside = frozenset(u.round_inside)  # 来: only after a round number (十来户)
        self.sign_last = frozenset(sign[-1] for sign, _ in u.currency_signs)  # ¥ $ €: a quick pre-check
        self.after = _word_kinds(u.qualifiers["after"])
        self.after_re = regex.compile("(?:" + _alternatives(self.after) + ")")
        self.comparatives = frozenset(u.qualifier_comparatives)  # 4200元多600元: 多 compares, no qualifier
        self.before = _word_kinds(u.qualifiers["before"])
        self.before_re = _before_re(self.before, u.bridges, u.qualifier_not_words)
        self.money_re = _optional_re(u.money_words)
        self.people_re = _optional_re(u.people_words)
        self.households_re = _optional_re(u.household_words, r"[^，。；\d]{0,4}$")
        self.strip_ws = regex.compile(r"\s+")
        self._forms: dict = {}  # a unit as written (平\n方米) → its form without spaces
        self.before_longest_first = sorted(self.before, key=len, reverse=True)
        # first characters of whatever may follow a number: a quick pre-check before parsing
        starts = {m[0] for m in u.multipliers} | {w[0] for w in self.inside} | _FOLLOW_OTHER
        self.follow_chars = frozenset({f[0] for f in forms} | starts)
        # … after a Chinese numeral (forms that stand only after Arabic digits cannot follow it)
        self.follow_chars_cn = frozenset({f[0] for f in forms if f not in u.arabic_only} | starts)
        self.recount_units = frozenset(r[0] for r in (*u.recount, *u.recount_before))
        self.not_units_re = _optional_re(u.not_units)
        self.row_place_re = _row_place_re(u.row_place_suffixes)
        self._recounts(u)
        self.form_info = {f: self.info(f) for f in forms}
        self._lookups(forms, u)

    def _recounts(self, u) -> None:
        """Per unit: its recounts by the words after and before the number, and one search for
        any of those by the words before (most figures of 元 or 个 have none: then no rule is
        tried one by one)."""
        self.recount_before_of = {unit: tuple(r for r in u.recount_before if r[0] == unit)
                                  for unit in self.recount_units}
        self.recount_after_of = {unit: tuple(r for r in u.recount if r[0] == unit) for unit in self.recount_units}
        self.recount_before_any = {unit: _any_of([r[1] for r in rules]) if len(rules) > 1 else None
                                   for unit, rules in self.recount_before_of.items()}
        self.recount_before_end = {unit: _last_of(rules) for unit, rules in self.recount_before_of.items()}

    def _lookups(self, forms: list, u) -> None:
        """What answers the grammar's questions without its regexes, where that is the same:
        first (last) characters, forms by first character, caches by the characters read."""
        # first characters (last, for what stands before the number): a set lookup instead of
        # a regex call where no word can start
        self.unit_first = _firsts(forms)
        # where no break stands in the next characters, the unit is the longest form the text
        # starts with (the one unit_re, longest first, matches): the forms of that first
        # character, longest first, instead of the regex trying every form
        self.unit_breaks = frozenset(_UNIT_BREAK)
        self.unit_longest = len(forms[0]) if forms else 1
        self._unit_of: dict = {}  # the characters at a position → (form, length) or None
        self.unit_by_first: dict = {}
        for f in forms:
            if self.unit_breaks.isdisjoint(f):
                self.unit_by_first.setdefault(f[0], []).append(f)
            else:  # a form with a space in it: always the regex for its first character
                self.unit_by_first[f[0]] = None
        self.mult_first = _firsts(u.multipliers)
        self.inside_first = _firsts(self.inside)
        self.after_first = _firsts(self.after)
        self.not_units_first = _firsts(u.not_units)
        # not_units_re is an alternation of literal words: it matches where one of them starts
        self.not_units_by_first: dict = {}
        for w in u.not_units:
            if w:
                self.not_units_by_first.setdefault(w[0], []).append(w)
        self.not_units_longest = max(map(len, u.not_units), default=1)
        self._not_unit: dict = {}  # the characters at a unit → whether a not-unit word starts there
        self.before_of: dict = {}  # the 8 characters before a number → its qualifier or None
        self.before_last = frozenset(w[-1] for w in (*self.before, *u.bridges) if w)
        # a form that extends a shorter one (亩次 = 亩 + 次, 元/户 = 元 + /户) → the shorter one
        # (forms are longest first: the first shorter form it starts with is the longest)
        self.shorter_of = {f: p for f in forms
                           for p in [next((x for x in forms if len(x) < len(f) and f.startswith(x)), None)] if p}
        self.tail_by_first: dict = {}  # the words that start in such a tail (次年, 户籍), by first character
        for w in (*u.tail_words, *u.not_units):
            if w:
                self.tail_by_first.setdefault(w[0], set()).add(w)
        self.tail_by_first = {k: tuple(v) for k, v in self.tail_by_first.items()}
        # gazetteer names a number can run into (五家渠市, 七台河市; 3个旧市, 2 元阳县, 5万州区)
        self.places, self.counties = _place_names(frozenset(self.unit_first | self.mult_first
                                                            | set(CHINESE_NUMERAL_CHARS)))
        self._plain_lookups(u)

    def _plain_lookups(self, u) -> None:
        """What _plain_arabic and _unit_fits look up."""
        # the characters after an Arabic number that start its unit or multiplier and nothing else
        # (no inside qualifier, space, range or line wrap): where one stands, _plain_arabic reads it
        self.plain_first = frozenset((self.unit_first | self.mult_first) - self.inside_first - _WS_OR_RANGE
                                     - _WRAP_FIRST)
        # the multipliers by first character: mult_run_re matches where one of them starts (not
        # at the unit 个 of 36个村, whose only multiplier is 个亿)
        self.mult_by_first = {}
        for m in u.multipliers:
            if m:
                self.mult_by_first.setdefault(m[0], []).append(m)
        self.mult_by_first = {k: tuple(v) for k, v in self.mult_by_first.items()}
        # not_units by first character as tuples: one str.startswith at the unit tells what
        # is_not_unit of the characters there tells
        self.not_units_starting = {k: tuple(v) for k, v in self.not_units_by_first.items()}
        # counter words (人阅读, 条评论) by first character: a unit only where the number is in a sentence
        self.counters_starting: dict = {}
        for w in u.counter_words:
            if w:
                self.counters_starting.setdefault(w[0], []).append(w)
        self.counters_starting = {k: tuple(v) for k, v in self.counters_starting.items()}

    def mult_value(self, run: str) -> int:
        """The factor of a run of multipliers: 千万 → 10^7, 万万 → 10^8, 千万亿 → 10^15."""
        v = self._mult_value.get(run)
        if v is None:
            v = math.prod(self.p.units.multipliers[m] for m in self.mult_re.findall(run))
            self._mult_value[run] = v
        return v

    def info(self, form: str) -> tuple:
        """What the checks of a unit form need: (canonical unit, the form's qualifier, only
        after Arabic digits, starts with a Latin letter)."""
        u = self.p.units
        return (u.forms.get(form, form), u.form_qualifiers.get(form), form in u.arabic_only,
                form[0].isascii() and form[0].isalpha())

    def is_not_unit(self, w: str) -> bool:
        """Whether one of the not_units words starts ``w`` (what not_units_re.match tells)."""
        hit = self._not_unit.get(w)
        if hit is None:
            hit = any(w.startswith(x) for x in self.not_units_by_first.get(w[:1], ()))
            if len(self._not_unit) < 20_000:
                self._not_unit[w] = hit
        return hit

    def unit_at(self, n: str, j: int) -> Optional[Tuple[str, int]]:
        """The unit form starting at ``j`` (spaces inside removed) and its end."""
        w = n[j:j + self.unit_longest]
        hit = self._unit_of.get(w, False)  # the same characters after a number: the same unit
        if hit is not False:
            return (hit[0], j + hit[1]) if hit is not None else None
        if not w or w[0] not in self.unit_first:
            return None
        fs = self.unit_by_first[w[0]]
        if fs is not None and (len(fs[0]) == 1 or self.unit_breaks.isdisjoint(w[1:len(fs[0])])):
            # no break inside: the answer depends on these characters only
            f = next((f for f in fs if w.startswith(f)), None)
            if len(self._unit_of) < 20_000:
                self._unit_of[w] = (f, len(f)) if f is not None else None
            return (f, j + len(f)) if f is not None else None
        m = self.unit_re.match(n, j)
        if not m:
            return None
        raw = m.group()
        form = self._forms.get(raw)
        if form is None:
            form = self._forms[raw] = self.strip_ws.sub("", raw)
        return form, m.end()


#: the gazetteer of counties, prefectures and townships (fupin_extract/data/gazetteer)
_GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "gazetteer"


@lru_cache(maxsize=4)
def _place_names(firsts: frozenset) -> Tuple[dict, frozenset]:
    """The gazetteer's full names (with 市 县 区 镇 乡 …, three characters or more) that start with
    one of ``firsts``: their first two characters → the names, longest first; and the names of
    prefectures and counties among them (township names are often words: 人和镇, 万安镇)."""
    out: dict = {}
    counties = set()
    for f in ("cities.csv", "areas.csv", "streets.csv"):
        with open(_GAZETTEER / f, encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                name = row[1] if len(row) > 1 else ""
                if len(name) >= 3 and name[0] in firsts and name != "市辖区" and "（" not in name:
                    out.setdefault(name[:2], set()).add(name)
                    if f != "streets.csv":
                        counties.add(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}, frozenset(counties)


@lru_cache(maxsize=4)
def grammar(folder: Optional[str] = None) -> Grammar:
    return Grammar(load_patterns(folder))


@lru_cache(maxsize=8)
def _exclusion_scans(g: Grammar) -> tuple:
    """Per exclusion rule: its number, the rule and its patterns (each alternative of a list on
    its own, as the rule scans them), each with the characters no match can do without, the
    characters it starts after (or None) and the pairs of characters next to each other no
    match can do without."""
    out = []
    for k, rule in enumerate(g.p.exclusions, 1):
        pats = _alternatives_of(rule.pattern)
        if rule.kind == "phrases":
            pats = tuple(_literal_scanner(p) for p in pats)
        std = _alternatives_of(rule.std) if rule.std is not None else (None,) * len(pats)
        # two sets at most: each costs a look through the text, and the smallest skip the most
        out.append((k, rule, tuple((p, _need_test(p), _after_anchor(p), _pair_test(p, q), q)
                                   for p, q in zip(pats, std))))
    return tuple(out)


#: characters nearly every report holds (the most frequent characters of Chinese, the digits 1 and 2,
#: the commonest marks, the line break): a set of characters with one of them is no test
_IN_EVERY_REPORT = frozenset("的一是在人12、，。\n")


def _need_test(p) -> tuple:
    """The two smallest of :func:`_required` sets of ``p`` that may be missing from a text (a set
    with a character of ``_IN_EVERY_REPORT`` is found in nearly every text, after looking through
    it for its rarer characters first: the test costs more than it saves)."""
    return tuple(s for s in _required(_bare(p)) if _IN_EVERY_REPORT.isdisjoint(s))[:2]


def _pair_test(p, std) -> tuple:
    """:func:`_pairs` of the pattern ``p``; none when ``re`` scans it (``std``) and it consumes a known
    first character: ``re`` scans such a pattern faster than the pair test's searches take (one
    per character after: list_marker's 一是, numeral_place_name 0.35 → 0.18–0.21 ms over the 40 texts)."""
    if std is not None and start_anchor(_bare(std).pattern, lookbehind=False) is not None:
        return ()
    return _pairs(_bare(p))


def _alternatives_of(pattern) -> tuple:
    return () if pattern is None else tuple(getattr(pattern, "patterns", (pattern,)))


def _bare(p):
    """The compiled pattern of a rule whose matches are one group's spans (what the sets and
    pairs are read from: they hold for the whole match, so for the group's texts too)."""
    return getattr(p, "compiled", p)


#: characters on which ``re`` and ``regex`` part ways for ``\d`` and ``\s`` (separators
#: \x1c-\x1f are spaces to ``re`` only; digits beyond the BMP of recent Unicode versions are
#: digits to ``regex`` only): a text with one is scanned by ``regex`` alone
_ENGINES_DIFFER = re.compile("[\x1c-\x1f\U00010000-\U0010ffff]")


def _literal_scanner(p):
    """An alternation of literal phrases compiled by the standard library's engine, which
    finds the same leftmost-first matches of literals and scans long alternations faster."""
    try:
        return re.compile(p.pattern) if not p.flags & (regex.IGNORECASE | regex.V1) else p
    except re.error:
        return p


def _after_anchor(p) -> Optional[frozenset]:
    """The characters a match must start right after, for a pattern that starts with a
    look-behind and whose first consumed character is not known (a scan cannot skip ahead on
    it); None otherwise."""
    if not isinstance(p, regex.Pattern) or p.flags & (regex.IGNORECASE | regex.V1 | regex.MULTILINE):
        return None
    anchor = start_anchor(p.pattern)
    if anchor is None or anchor[0] != "after" or start_anchor(p.pattern, lookbehind=False) is not None:
        return None
    return anchor[1]


def _anchored_spans(pattern, after_chars: frozenset, n: str) -> Optional[List[Tuple[int, int]]]:
    """The spans ``pattern.finditer(n)`` gives, found by trying the pattern right after each
    of ``after_chars`` (every match starts there), leftmost first, each after the last
    match's end; None when those characters are not rare in ``n`` or a match is empty."""
    count = 0
    for c in after_chars:
        count += n.count(c)
    if count * 32 > len(n):
        return None
    starts = []
    for c in after_chars:
        i = n.find(c)
        while i >= 0:
            starts.append(i + 1)
            i = n.find(c, i + 1)
    starts.sort()
    spans, after = [], 0
    for q in starts:
        if q >= after:
            m = pattern.match(n, q)
            if m:
                if m.end() == q:
                    return None  # an empty match: the scan's own stepping decides
                spans.append((q, m.end()))
                after = m.end()
    return spans


def _pairs(p) -> tuple:
    """:func:`~fupin_extract.figures.required.required_pairs` of a case-sensitive pattern; none
    for a pattern that starts with one literal character (the engine finds that character
    faster than the pairs can be looked for)."""
    if isinstance(p, re.Pattern) and p.flags & re.IGNORECASE:
        return ()
    if isinstance(p, regex.Pattern) and p.flags & (regex.IGNORECASE | regex.V1):
        return ()
    if not isinstance(p, (re.Pattern, regex.Pattern)):
        return ()
    first = start_anchor(p.pattern, lookbehind=False)
    if first is not None and first[0] == "at" and len(first[1]) == 1:
        return ()
    return required_pairs(p.pattern)


def _required(p) -> tuple:
    if isinstance(p, re.Pattern) and not p.flags & re.IGNORECASE:
        return required_sets(p.pattern)
    if not isinstance(p, regex.Pattern) or p.flags & (regex.IGNORECASE | regex.V1):
        return ()
    return required_sets(p.pattern)


#: a match's span (``map`` over ``finditer`` calls it in C)
_span = operator.methodcaller("span")


#: bytes([k]) per rule number k: its marks in the mask
_MARK = tuple(bytes([k]) for k in range(256))


def excluded_mask(n: str, g: Grammar) -> Tuple[bytearray, List[str]]:
    """Per character: 0 = free, else index+1 of the exclusion rule that covers it.  A pattern
    is not scanned over a text that lacks a character all its matches need (年, 月, 道 …), or
    two characters next to each other that they all need (a digit before 洪, a numeral before
    户)."""
    mask = bytearray(len(n))
    ids = []
    std_ok = _ENGINES_DIFFER.search(n) is None
    for k, rule, pats in _exclusion_scans(g):
        ids.append(rule.id)
        if rule.kind == "address":
            pattern = _address_pattern(n, rule.units)
            pats = ((pattern, (), None, (), None),) if pattern is not None else ()
        for pattern, need, after_chars, pairs, std in pats:
            if need and not may_match(need, n):
                continue
            if pairs and not pairs_present(pairs, n):
                continue
            if std is not None and std_ok:
                pattern = std
            spans = _anchored_spans(pattern, after_chars, n) if after_chars else None
            if spans is None:  # (a rule's group spans: no object per match)
                spans = pattern.spans(n) if type(pattern) is MaskedPattern else map(_span, pattern.finditer(n))
            for s, e in spans:
                if e > s:
                    mask[s:e] = _MARK[k] * (e - s)
    return mask, ids


def _mask_across_wraps(n: str, g: Grammar, soft: Sequence[Tuple[int, int]]) -> bytearray:
    """:func:`excluded_mask` of ``n`` and, where a fixed-width page wrapped its lines (``soft``:
    segment.soft_breaks), of the text read across the wraps too: a phrase or a year a wrap cut
    (三类对\n象, 五个\n一批, 201\n9年) is excluded as it is on one line.  Only adds exclusions."""
    mask = excluded_mask(n, g)[0]
    if not soft:
        return mask
    origin: List[int] = []  # position in ``n`` of each character of the joined text
    pieces, pos = [], 0
    for a, b in list(soft) + [(len(n), len(n))]:
        origin.extend(range(pos, a))
        pieces.append(n[pos:a])
        pos = b
    joined = "".join(pieces)
    for m in _MASKED_RUN.finditer(excluded_mask(joined, g)[0]):
        for j in range(m.start(), m.end()):
            if not mask[origin[j]]:
                mask[origin[j]] = m.group()[j - m.start()]
    return mask


_MASKED_RUN = re.compile(rb"[^\x00]+")


VILLAGE_STEM = regex.compile(r"(\p{Han}{2})村")


def village_stems(n: str) -> set:
    """``{m.group(1) for m in VILLAGE_STEM.finditer(n)}``, found from each 村 backwards (村 is
    rare, Han characters are not): the scan goes on after a match, as finditer's does."""
    stems = set()
    after = 0  # where finditer would search on
    q = n.find("村", 2)
    while q >= 0:
        if q - 2 >= after and VILLAGE_STEM.match(n, q - 2):
            stems.add(n[q - 2:q])
            after = q + 1
        q = n.find("村", q + 1)
    return stems


@lru_cache(maxsize=8)
def _address_numbers(units: tuple) -> "regex.Pattern":
    """Numbers directly followed by one of ``units`` (组, 社 …): the only candidates."""
    us = "|".join(regex.escape(u) for u in units)
    return regex.compile(rf"(?=[\d一二三四五六七八九十])(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*(?=(?:{us}))")


#: the candidates for the default address units (also what the hang tests exercise)
ADDRESS_NUMBER = _address_numbers(("组", "社", "队"))


@lru_cache(maxsize=8)
def _unit_starts(units: tuple) -> "regex.Pattern":
    return regex.compile("|".join(regex.escape(u) for u in units))


def _starts_of(n: str, words: tuple) -> List[int]:
    """Every position where one of ``words`` starts (``_unit_starts(words).finditer(n,
    overlapped=True)``'s starts), by ``str.find``."""
    out = set()
    for w in words:
        i = n.find(w)
        while i >= 0:
            out.add(i)
            i = n.find(w, i + 1)
    return sorted(out)


#: the number and spaces that end right before a unit, read backwards from it
_NUMBER_BEFORE = regex.compile(r"(?r)(?:(?P<d>\d+)|(?P<c>[一二三四五六七八九十]+))\s*")


def address_numbers(n: str, units: tuple):
    """The matches of :func:`_address_numbers` as (start, end), found from the units backwards:
    a number of at most 2 digits or 3 Chinese numerals (the last ones of a longer run) and
    spaces, right before a unit.  Same spans as ``_address_numbers(units).finditer(n)``
    (units are rarer than numerals, so far fewer places are tried)."""
    last = -1
    for q in _starts_of(n, units):
        if q <= last:
            continue
        m = _NUMBER_BEFORE.match(n, max(0, last), q)
        if m is None:
            continue
        run_end = m.end("d") if m.group("d") is not None else m.end("c")
        run_start = m.start("d") if m.group("d") is not None else m.start("c")
        s = max(run_start, run_end - (2 if m.group("d") is not None else 3), last)
        yield s, q
        last = q


class _AddressMatches:
    """Numbers before 组/社 right after a village name the text also writes as ``<name>村``
    (龙池8组): found with one fixed pattern and a set of the document's village stems."""

    def __init__(self, n: str, units: tuple):
        self.n = n
        self.units = units
        self.stems = village_stems(n)

    def finditer(self, n: str):
        if not self.stems:
            return
        for s, e in address_numbers(n, self.units):
            unit = next((u for u in self.units if n.startswith(u, e)), None)
            if unit is None:
                continue
            before = n[max(0, s - 3):s].rstrip()
            if before.endswith("村"):
                before = before[:-1]
            # stems are two characters (VILLAGE_STEM): a set lookup, not a scan of all stems per number
            if before[-2:] in self.stems or n[max(0, s - 3):s].rstrip().endswith("村"):
                yield _Span(s, e + len(unit))


class _Span:
    __slots__ = ("s", "e")

    def __init__(self, s: int, e: int):
        self.s, self.e = s, e

    def span(self) -> Tuple[int, int]:
        return self.s, self.e


#: what stands right before a unit in every match of :func:`_address_numbers`: a digit, one of
#: its Chinese numerals or a space (the test of :func:`~fupin_extract.figures.required.pairs_present`)
_BEFORE_ADDRESS_UNIT = CharTest(frozenset("一二三四五六七八九十"), digit=True, space=True)


@lru_cache(maxsize=8)
def _address_pairs(units: tuple) -> Pairs:
    """The pair test of :func:`_address_pattern`: a number or a space right before a unit."""
    return Pairs(((_BEFORE_ADDRESS_UNIT, frozenset(u[0] for u in units if u)),))


def _address_pattern(n: str, units: tuple) -> Optional[_AddressMatches]:
    """The address matches of ``n``; None when it names no village or writes no number right
    before a unit (the second is the cheaper test, so it comes first)."""
    if not pairs_present(_address_pairs(units), n):
        return None
    a = _AddressMatches(n, units)
    return a if a.stems else None


@lru_cache(maxsize=4096)
def _parse(numtext: str) -> Optional[Decimal]:
    """The value of a numeral, None if it is none (cached: reports repeat their numerals)."""
    try:
        return parse_any(numtext)
    except (NumeralError, ValueError, ArithmeticError):
        return None


def _is_arabic(tok: str) -> bool:
    return tok[0].isdigit() or tok[0] == "."


def _token(n: str, s: str, e: int, tok: str) -> Tuple[int, str, Optional[Decimal], Optional[Decimal]]:
    """A numeral at ``s`` that does not parse as one number: (end, text, value, value_max) of a
    pair like 三五百, or of the part before its first space; value None when neither."""
    v = None
    if not _is_arabic(tok):
        pair = parse_pair(tok)
        if pair is not None:
            return e, tok, Decimal(pair[0]), Decimal(pair[1])
    if v is None:
        cut = regex.search(r"\s", tok)
        if cut is not None and cut.start() > 0:
            tok = tok[:cut.start()]
            return s + len(tok), tok, _parse(tok), None
    return e, tok, v, None


def _range_scale(tok: str, v: Decimal, second: str) -> Decimal:
    """一百二十到一百五十万, 两到三千, 一千到两千万: the first number of a Chinese range takes the
    second's trailing multipliers when it has no 万 / 亿 of its own: the fewest of them that
    leave the second no smaller than the first (八到九百亿 is 8亿 to 900亿)."""
    if "万" in tok or "亿" in tok:
        return v
    k = len(second)
    while k > 1 and second[k - 1] in "百千万亿佰仟":
        k -= 1
        base = _parse(second[:k])
        if base is not None and base >= v and base > 0:  # (零到零万: no scale to take)
            return normalise_decimal(v * (_parse(second) / base))
    return v


def _jiao_fen(n: str, end: int, kuai: Optional[Grammar] = None) -> Tuple[Decimal, int]:
    """角 and 分 after 元 (毛 after 块): the amount they add and the new end.  After 块 (``kuai``
    given) a lone digit is 毛 too: 三块五 → 3.5, unless a unit follows it (两块五亩地)."""
    m = JIAO_FEN.match(n, end)
    if m is None and kuai is not None:
        m = KUAI_TAIL.match(n, end)
        if m is None or kuai.unit_at(n, WS.match(n, m.end()).end()) is not None:
            return Decimal(0), end
        return _parse(m.group("j")) / 10, m.end()
    if m is None:
        return Decimal(0), end
    add = Decimal(0)
    if m.group("j"):
        add += _parse(m.group("j")) / 10
    f = m.group("f") or m.group("f2")
    if f:
        add += _parse(f) / 100
    return add, m.end()


def _signed(n: str, start: int, unit: str) -> bool:
    """A minus sign right before the number: -22.2%, 负百分之四."""
    if start == 0:
        return False
    c = n[start - 1]
    if c == "负":
        return True
    if c != "-" or unit not in SIGNED_UNITS:
        return False
    p = n[start - 2] if start >= 2 else ""
    # after a word or a clause mark, not after another figure (3%-5% is a range)
    return p == "" or p in SIGN_AFTER or ("\u4e00" <= p <= "\u9fff" and p not in "至到")


#: a blank line (only spaces between two line breaks)
_BLANK_LINE = regex.compile(r"\n[ \t\r\u3000\u00a0]*\n")


class _Doc:
    """What every figure of one text is found against."""

    __slots__ = ("text", "n", "g", "units", "mask", "sentences", "doc_id", "L", "_bounds", "_texts", "_places", "_blank")

    def __init__(self, text: str, n: str, g: Grammar, doc_id: str, soft=None):
        self.text, self.n, self.g, self.units, self.doc_id = text, n, g, g.p.units, doc_id
        self.sentences = Sentences(n, soft=soft)
        self.mask = _mask_across_wraps(n, g, self.sentences.soft_breaks)
        self.L = len(n)
        self._bounds: dict = {}  # sentence number → its bounds (several figures share one)
        self._texts: dict = {}  # (start, end) → the sentence's text, one string for its figures
        self._places: dict = {}  # a gazetteer name after a number → whether the text names it twice or more
        self._blank: Optional[bool] = None  # whether the text writes a blank line after most of its lines

    def around(self, pos: int) -> Tuple[int, int]:
        """``Sentences.around``, worked out once per sentence."""
        i = bisect.bisect_right(self.sentences.starts, pos)
        b = self._bounds.get(i)
        if b is None:
            b = self._bounds[i] = self.sentences.around(pos)
        return b

    def sentence(self, start: int, end: int) -> Tuple[int, str]:
        """The start and text of the sentence of a figure at ``[start, end)`` (:func:`_sentence`;
        the figures of one sentence share its text)."""
        i = bisect.bisect_right(self.sentences.starts, start)  # self.around(start), without the call
        key = self._bounds.get(i)
        if key is None:
            key = self._bounds[i] = self.sentences.around(start)
        if end > key[1] or key[1] - key[0] > MAX_SENTENCE:  # else what _sentence gives
            key = _sentence(self, start, end)
        t = self._texts.get(key)
        if t is None:
            t = self._texts[key] = self.text[key[0]:key[1]]
        return key[0], t

    def paragraph_break(self, e: int, k: int) -> bool:
        """A blank line between a number ending at ``e`` and the words at ``k``: the number ends its paragraph
        and takes no unit from the next one (累计投入30\n\n本文来源于网络 is no 本); not in a text that writes a
        blank line after most of its lines (a PDF's layout, worked out once per text), where a blank line is its
        line break and may wrap a figure (支路五\n\n公里), as long as the next line ends in a blank line too (a block
        of single lines after it, a page's footer, is another paragraph)."""
        n = self.n
        if n.count("\n", e, k) < 2:
            return False
        if self._blank is None:
            self._blank = 2 * len(_BLANK_LINE.findall(n)) >= 0.8 * n.count("\n")
        if not self._blank:
            return True
        q = n.find("\n", k)
        return q >= 0 and _BLANK_LINE.match(n, q) is None

    def place_at(self, k: int) -> Optional[str]:
        """The gazetteer name that starts at ``k`` (五家渠市, 个旧市), or None."""
        names = self.g.places.get(self.n[k:k + 2])
        if names is None or not self.n.startswith(names, k):
            return None
        return next(x for x in names if self.n.startswith(x, k))

    def named_again(self, name: str) -> bool:
        """The text names the place ``name`` more than once (counted once per name and text)."""
        hit = self._places.get(name)
        if hit is None:
            hit = self._places[name] = self.n.count(name) > 1
        return hit

    def free(self, s: int, e: int) -> bool:
        """No exclusion covers any character of ``[s, e)``."""
        return self.mask.count(0, s, e) == e - s


class _Candidate:
    """One figure in the making: the number read so far, its unit and how it was read.
    (The defaults are class attributes: a candidate sets only what it reads.)"""

    value_max: Optional[Decimal] = None
    unit: Optional[str] = None
    form: Optional[str] = None
    mult = 1
    inside_q: Optional[str] = None
    form_q: Optional[str] = None
    sign: Optional[Tuple[str, str]] = None  # a currency sign before the number: (sign, unit form)
    pure = False

    def __init__(self, s: int, e: int, tok: str, arabic: bool, v: Decimal, rule: str):
        self.s, self.tok, self.arabic, self.v, self.rule = s, tok, arabic, v, rule
        self.num_start, self.num_end, self.end = s, e, e


def find_figures(text: str, doc_id: str = "", *, normalised: Optional[str] = None,
                 folder: Optional[str] = None, soft: Optional[Sequence[Tuple[int, int]]] = None) -> List[Figure]:
    """All figures of ``text``; spans index ``text`` itself.  ``soft``: the soft line wraps of
    ``text`` (segment.soft_breaks) when the caller knows them (a chunk: those of its document).

    ``indicator``, ``scope`` and ``period`` are left empty: :mod:`fupin_extract.meaning`
    attaches them.
    """
    g = grammar(folder)
    n = normalised if normalised is not None else normalise(text, folder)
    d = _Doc(text, n, g, doc_id, soft)
    mask = d.mask
    out: List[Figure] = []
    pos = 0
    for m in number_re(n).finditer(n):
        s, e = m.span()
        # inside an exclusion (a year, a date, a list marker …): a percentage too, as its span
        # starts with these characters
        if s < pos or mask.count(0, s, e) != e - s:
            continue
        tok = m.group()
        c = _plain_arabic(d, s, e, tok) if tok[0] in ARABIC_FIRST else _NOT_PLAIN
        if c is _NOT_PLAIN:
            c = _percent_words(d, m) if tok[-1] == "之" else _numeral_figure(d, s, e, tok)
        f = _figure(d, c) if c is not None else None
        if f is not None:
            out.append(f)
            pos = f.end
    return _join_ranges(d, out)


#: what joins two figures of one unit into a range: a dash or a tilde (至/到 may be a change)
_RANGE_JOIN = regex.compile(r"[ \t]*(?:--?|~)[ \t]*")
#: the characters a join starts with (elsewhere no regex call)
_RANGE_JOIN_FIRST = frozenset(" \t-~")


def _join_ranges(d: _Doc, figs: List[Figure]) -> List[Figure]:
    """Two figures of one unit joined by a dash or tilde are one range: 2000元-5000元,
    1万元--5万元, 5%~8% (as 2000-5000元 is); the second no smaller than the first."""
    out: List[Figure] = []
    for f in figs:
        p = out[-1] if out else None
        if (p is not None and f.start > p.end and d.n[p.end] in _RANGE_JOIN_FIRST and p.unit == f.unit
                and p.value_max is None and f.value_max is None
                and "exact" in (p.qualifier, f.qualifier) and f.value >= p.value
                and _RANGE_JOIN.fullmatch(d.n, p.end, f.start)):
            sent_s, sentence = d.sentence(p.start, f.end)
            q = f.qualifier if p.qualifier == "exact" else p.qualifier  # 约300元-500元: approx
            out[-1] = Figure(d.doc_id, p.start, f.end, d.text[p.start:f.end], p.value, f.unit, q,
                             f.value, None, None, None, sentence, sent_s, "figure.range")
        else:
            out.append(f)
    return out


def _percent_words(d: _Doc, m) -> Optional[_Candidate]:
    """百分之十五, 千分之三, 百 分 之 2: the number after the words, in % or ‰."""
    m2 = NUMBER.match(d.n, _after_ws(d.n, m.end()))
    if not m2 or m2.group()[-1] == "之":
        return None
    v = _parse(m2.group())
    if v is None or d.mask[m2.start()]:
        return None
    c = _Candidate(m.start(), m2.end(), m.group(), False, v, "figure.percent_words")
    c.unit = "%" if m.group()[0] in "百佰" else "‰"
    return c


#: what _plain_arabic gives for a number of any other shape
_NOT_PLAIN = object()


def _plain_arabic(d: _Doc, s: int, e: int, tok: str):
    """The candidate of an Arabic number that a unit follows right away (36户, 12.5%, 84人), or a
    multiplier and then a unit (35万元): the path of :func:`_numeral_figure` for these shapes in
    one call or two (no sign, code, line wrap, range, inside qualifier or place there);
    ``_NOT_PLAIN`` for any other shape, which :func:`_numeral_figure` reads."""
    n, g = d.n, d.g
    if e >= d.L or n[e] not in g.plain_first or (s and (n[s - 1] in _CODE_OR_SPACE or n[s - 1] in g.sign_last)):
        return _NOT_PLAIN
    words = g.mult_by_first.get(n[e])
    mm = g.mult_run_re.match(n, e) if words is not None and n.startswith(words, e) else None
    if mm is None:  # (个 of 个亿 with no 亿 after it: the unit 个)
        if n[e:e + 2] in g.places:
            return _NOT_PLAIN
        hit = g.unit_at(n, e)
        if hit is None or hit[0] in g.shorter_of or (g.unit_like_mult and n.startswith(g.unit_like_mult, e)):
            return _NOT_PLAIN
    else:
        hit = _plain_multiplied(d, e, mm)
        if hit is None:
            return _NOT_PLAIN
    v = _parse(tok)
    if v is None:
        return _NOT_PLAIN
    c = _Candidate(s, e, tok, True, v, "figure.arabic")
    if mm is not None:
        c.mult = g.mult_value(mm.group())
    return c if _take_unit(d, c, hit[0], hit[1]) else None


def _plain_multiplied(d: _Doc, e: int, mm) -> Optional[Tuple[str, int]]:
    """The unit right after the multipliers ``mm`` at ``e`` (万元, 亿元), where _numeral_figure reads
    no range (no space, dash or gloss after the multipliers), no place (万元镇) and no unit at ``e``
    (万 starts none); None otherwise."""
    n, g = d.n, d.g
    q = mm.end()
    if q >= d.L or n[q] not in g.plain_first or n[q] in "(（":
        return None
    if (n[e:e + 2] in g.places and d.place_at(e) is not None) or g.unit_at(n, e) is not None:
        return None
    hit = g.unit_at(n, q)
    return hit if hit is not None and hit[0] not in g.shorter_of else None


def _numeral_figure(d: _Doc, s: int, e: int, tok: str) -> Optional[_Candidate]:
    """The number ``tok`` at ``s``, then a range, inside qualifier, multiplier and unit after
    it; None if it is no figure."""
    n = d.n
    arabic = tok[0] in ARABIC_FIRST
    sign = _currency_sign(n, s, d.g) if s and n[s - 1] in d.g.sign_last else None
    yen = sign is not None
    if arabic and e < d.L and n[e] in _WRAP_FIRST:
        e, tok = _across_line_wrap(d, e, tok)
    if _not_a_number_here(d, s, e, tok, arabic, yen):
        return None
    c = _read_number(n, s, e, tok, arabic)
    if c is None:
        return None
    if yen:
        c.sign = sign
    if not arabic:
        c.pure = _pure_multipliers(n, s, tok)
        if _lead_before(n, s, ROUND_UPWARD) and all(ch in "十百千万亿" for ch in tok):
            c.inside_q = "at_least"  # 上千人, 几百人, 数十个: a thousand and more
    j = c.num_end
    if j < d.L and n[j] in _WS_OR_RANGE:
        j = _read_range(d, c)
    elif arabic and j < d.L and n[j] in d.g.mult_first:
        j = _read_multiplied_range(d, c, j)
    return c if _settle_unit(d, c, j) else None


def _settle_unit(d: _Doc, c: _Candidate, j: int) -> bool:
    """Read and take the unit from ``j`` (no place of the gazetteer there; a longer form whose
    tail starts a word falls back to the shorter one); False when no unit makes a figure."""
    n, e = d.n, c.num_end
    k = _after_ws(n, j)  # where the unit's words start, after spaces (the two tests' k)
    # (a unit right after the number: a place there only where two characters start a name)
    if (k != e or n[k:k + 2] in d.g.places) and _place_after(d, c.s, e, k):
        return False
    if k > e and (_field_ends_line(n, c.s, e, k) or d.paragraph_break(e, k)):
        return False
    hit = _read_unit(d, c, j)
    if hit is not None and hit[0] in d.g.shorter_of:
        hit = _shorter_unit(d, hit[0], hit[1])
    return hit is not None and _take_unit(d, c, hit[0], hit[1])


def _field_ends_line(n: str, s: int, e: int, k: int) -> bool:
    """The number at ``s:e`` ends its line and takes no unit from the next one: a page number alone on its
    line (12, Page 12, P. 583 before 人均纯收入… on the next page), or a field's value after a colon of six
    digits or more without a group separator (a contact number or code: 客服QQ：123456789\n本站… is no 本;
    投入资金：1 250\n万元 stays)."""
    if "\n" not in n[e:k]:  # k: after the spaces after the number (and range) at j
        return False
    head = n[n.rfind("\n", 0, s) + 1:s]
    if _PAGE_HEAD.fullmatch(head) is not None:
        return True
    h = len(head.rstrip(" \t\u3000"))
    return e - s >= 6 and n[s:e].isdigit() and h > 0 and head[h - 1] in ":："


#: what may stand before a page number on its line: spaces, Page, P., 第, a dash
_PAGE_HEAD = regex.compile(r"[ \t\u3000]*(?:(?:Page|PAGE|P\.?)[ \t]*|第[ \t]*|[-—－–][ \t]*)?")


def _row_place_re(suffixes) -> Optional["regex.Pattern"]:
    """A flattened table row's place cell after its serial number, then cells of bare numbers
    (1 人和村 36 84, 2 元宝社区 12; not 3 个行政村 12 户); the cell ends with one of ``suffixes``
    (units.yaml row_place_suffixes); None without suffixes."""
    if not suffixes:
        return None
    return regex.compile(r"[\u4e00-\u9fff]{1,6}(?:" + "|".join(regex.escape(w) for w in suffixes)
                         + r")[ \t]+\d+(?:[ \t]+\d|[ \t]*(?:\r?\n|$))")


#: the rest of a heading line after its number and a space: a short title, no digit, no clause
#: stop (1.1 人员配置, 5 家庭收入情况, 一 人员安排)
_HEADING_REST = regex.compile(r"[^\d\s。！？；，、,;:：.]{2,20}[ \t\u3000]*(?:\r?\n|$)")


def _place_after(d: _Doc, s: int, e: int, k: int) -> bool:
    """A place of the gazetteer starts where the unit would (3个旧市, 5万州区, 2 元阳县): no unit
    there when a space stands between (a flattened table's columns) or, for a county or prefecture,
    the text names the place again (5万山区群众 in a text that never names 万山区 is 5万 people;
    驻村队员3人和镇干部2人 stays 3人 in a report on 人和镇); nor after the number that
    starts its line and a space, before a place cell the gazetteer lacks and cells of numbers (a table
    row: 1 人和村 36 84) or before a short title that ends the line (a heading: 5 家庭收入情况)."""
    n = d.n  # k: where the unit would start, after the spaces after the number (and range)
    if k >= d.L or k == e:
        name = d.place_at(k) if k < d.L and n[k:k + 2] in d.g.places else None
        return name is not None and name in d.g.counties and d.named_again(name)
    if n[e:k].strip():
        return False  # a range (3-5 元宝镇 …): the places after the second number
    if n[k:k + 2] in d.g.places and d.place_at(k) is not None:
        return True
    if n[n.rfind("\n", 0, s) + 1:s].strip():
        return False  # not the first thing on its line
    row = d.g.row_place_re
    return (row is not None and row.match(n, k) is not None) or _HEADING_REST.match(n, k) is not None


def _shorter_unit(d: _Doc, form: str, end: int) -> Tuple[str, int]:
    """A unit form that extends a shorter one (亩次, 户次, 元/户) whose tail starts a word (次年,
    次日, 户籍): the shorter form (30亩次年增收 → 30亩); else the form as read."""
    n, p = d.n, end - len(form)
    short = d.g.shorter_of[form]
    if not n.startswith(form, p):
        return form, end  # a form written with spaces in it
    for k in range(p + len(short), end):
        words = d.g.tail_by_first.get(n[k])
        if words is not None and n.startswith(words, k):
            return short, p + len(short)
    return form, end


#: a printed line's end inside an Arabic number (全县完成投资10\n8亿元, 脱贫3018户5\n703人): one line
#: break with spaces around it, then digits that a multiplier or unit follows
_WRAP_FIRST = frozenset(" \t\r\n")
_WRAPPED_DIGITS = regex.compile(r"[ \t\r]*\n[ \t\u3000]*(\d+(?:\.\d+)?)")


def _across_line_wrap(d: _Doc, e: int, tok: str) -> Tuple[int, str]:
    """An integer ``tok`` ending at ``e`` that goes on after a line break: the end and digits of
    the whole number; ``(e, tok)`` when the next line holds no such continuation (a number that
    ends a line, a list marker 2、 opening the next, a year)."""
    m = _WRAPPED_DIGITS.match(d.n, e)
    if m is None or not tok.isdigit() or not d.free(m.start(1), m.end(1)) or _cell_value(d.n, e - len(tok)):
        return e, tok
    k = m.end(1)
    if k >= d.L or not (d.n[k] in d.g.mult_first or d.g.unit_at(d.n, k) is not None):
        return e, tok
    return k, tok + m.group(1)


def _cell_value(n: str, s: int) -> bool:
    """The number at ``s`` is a whole cell or field value (after a colon or a space, or first on its
    line: 户数：36, 石门村 12), so the digits on the next line are another cell (户数：36\n84人 is
    no 3684人), not its wrapped rest (全年完成投资12\n5万元)."""
    return s == 0 or n[s - 1] in _CELL_BEFORE


#: what stands before a table cell's or a field's value (and a line's start)
_CELL_BEFORE = frozenset(" \t\u3000\u00a0:：\n")


def _currency_sign(n: str, s: int, g: Grammar) -> Optional[Tuple[str, str]]:
    """The currency sign that ends right before ``s`` (￥, HK$, €): (sign, unit form), or None."""
    if s == 0 or n[s - 1] not in g.sign_last:
        return None
    for sign, form in g.p.units.currency_signs:
        if n.startswith(sign, s - len(sign)) and s >= len(sign):
            return sign, form
    return None


def _not_a_number_here(d: _Doc, s: int, e: int, tok: str, arabic: bool, yen: bool) -> bool:
    """Quick rejections before parsing (the caller has checked the exclusions): part of a code
    (PM2.5, G319, x2, v1.2), a lone 万 (万人 is no number; 近万人 is), nothing that can follow
    a number, a financial digit in an ordinary word (陆续, 队伍, 收拾)."""
    n = d.n
    if arabic and s > 0 and n[s - 1] in _CODE_OR_SPACE and (_in_code(n, s) or _in_spaced_run(n, s, tok)):
        return True
    if not arabic and tok[0] in "万亿" and not (tok in ("万", "亿") and _round_amount(n, s, e)):
        return True
    if (e < d.L and n[e] not in (d.g.follow_chars if arabic else d.g.follow_chars_cn) and not yen
            and (arabic or tok[-1] not in "万亿")):
        return True  # no unit, multiplier, range or qualifier can follow (人口三十万, may stand alone)
    if not arabic and d.place_at(s) is not None:
        return True  # 五家渠市, 七台河市, 三台县: a place named with a numeral
    return len(tok) == 1 and tok in LONE_FINANCIAL and not n.startswith(("元", "圆"), _after_ws(n, e))


#: the characters before a number that :func:`_in_code` or :func:`_in_spaced_run` may reject it after
_CODE_OR_SPACE = frozenset(string.ascii_letters + "._/ ")


def _in_spaced_run(n: str, s: int, tok: str) -> bool:
    """The single digit ``tok`` at ``s`` ends a run of letter-spaced single digits that is no
    number (2 0 2 0 年: the last 0 alone is no figure)."""
    return (len(tok) == 1 and s >= 2 and n[s - 1] == " " and n[s - 2].isdigit()
            and (s < 3 or not n[s - 3].isdigit()))


def _round_amount(n: str, s: int, e: int) -> bool:
    """A bare multiplier numeral at ``s:e`` is a round amount: 近万人, 上千户 (a lead before it) or
    百余户, 千多人 (余/多 after it)."""
    return _lead_before(n, s, NEAR_MULTIPLIER) or (e < len(n) and n[e] in ROUND_TRAIL)


def _lead_before(n: str, s: int, leads: str) -> bool:
    """One of ``leads`` stands right before ``s`` and ends no word of qualifiers.not_words
    (过万元, but 通过万元户)."""
    return s > 0 and n[s - 1] in leads and not n.endswith(_LEAD_NOT_WORDS, 0, s)


def _in_code(n: str, s: int) -> bool:
    """The Arabic number at ``s`` (> 0) continues a code or a fraction: PM2.5, x2, 1.2.3, 1/2
    (but 56户/189人: a figure after a unit and a slash)."""
    c = n[s - 1]
    if c.isascii() and c.isalpha():
        return not n.endswith(_CURRENCY_CODES, max(0, s - 3), s)  # RMB5000元: a currency, no code
    return c in "._" or (c == "/" and (s < 2 or n[s - 2].isascii()))


#: currency codes written right before the number (RMB5000元, CNY2.5万元)
_CURRENCY_CODES = ("RMB", "CNY")


def _pure_multipliers(n: str, s: int, tok: str) -> bool:
    """千万元, 百万: a Chinese numeral of multipliers only counts as money, never as 百户 (but
    上千人, 近百户 do count)."""
    return (tok[0] not in "十拾" and tok not in ("万", "亿")
            and not (tok in ("百", "千") and _round_amount(n, s, s + len(tok)))
            and all(c in PURE_MULTIPLIER for c in tok))


def _read_number(n: str, s: int, e: int, tok: str, arabic: bool) -> Optional[_Candidate]:
    """The value of the numeral, or a pair (三五百), or the part before a space that is one."""
    v = _parse(tok)
    value_max = None
    if v is None:  # a pair (三五百) or a run across spaces that is not one numeral
        e, tok, v, value_max = _token(n, s, e, tok)
    if v is None:
        return None
    c = _Candidate(s, e, tok, arabic, v, "figure.arabic" if arabic else "figure.chinese")
    if value_max is not None:
        c.value_max, c.rule = value_max, "figure.pair"
    return c


def _read_range(d: _Doc, c: _Candidate) -> int:
    """A range after the number (3-5万元, 3至5人, 6—16岁, 一百二十到一百五十万): sets
    ``value_max``; the position after the numbers and spaces."""
    n = d.n
    j = _after_ws(n, c.num_end)
    r = RANGE_SEP.match(n, j) if j < d.L and n[j] in RANGE_FIRST else None
    if not r or r.end() <= j:
        return j
    m2 = NUMBER.match(n, r.end())
    if not m2 or c.value_max is not None or m2.group()[-1] == "之" or not _same_script(d, c, m2):
        return j
    v2 = _parse(m2.group())
    if v2 is None:
        return j
    if not c.arabic:
        c.v = _range_scale(c.tok, c.v, m2.group())
    elif v2 < c.v and d.free(m2.start(), m2.end()):
        _rescale_to_second_end(d, c, m2.end(), v2)
    if v2 >= c.v and d.free(m2.start(), m2.end()):
        c.value_max, c.num_end, c.rule = v2, m2.end(), "figure.range"
        c.arabic = _is_arabic(m2.group())  # 两~3百元: the unit is read as after the Arabic end
        j = _after_ws(n, c.num_end)
    return j


def _same_script(d: _Doc, c: _Candidate, m2) -> bool:
    """The ends of a range are both Arabic or both Chinese; or the first is one Chinese digit and
    the second an Arabic integer before a multiplier (两~3百元, 三到5万元: the multiplier serves
    both; 统一到100元 is no range)."""
    second = m2.group()
    if _is_arabic(second) == c.arabic:
        return True
    return (not c.arabic and len(c.tok) == 1 and c.tok in _CD and second.isdigit()
            and m2.end() < d.L and d.n[m2.end()] in d.g.mult_first)


def _rescale_to_second_end(d: _Doc, c: _Candidate, k: int, v2: Decimal) -> None:
    """8000至1.2万元, 5000-1.5万元: a range whose second end alone carries a multiplier (at ``k``)
    that would lift the first end above it; the first end, of the order of that multiplier, is then
    in base units and is rescaled to the second's multiplier, which the unit reading applies to both."""
    g = d.g
    mm = g.mult_run_re.match(d.n, k) if k < d.L and d.n[k] in g.mult_first else None
    if mm is None:
        return
    m2v = Decimal(g.mult_value(mm.group()))
    if m2v / 10 <= c.v <= v2 * m2v:  # 8000 is of the order of 万; 3-1.5万 is no range
        c.v = normalise_decimal(c.v / m2v)


#: the gloss "inclusive" after a range's first end: 1万(含)-5万元
_INCLUSIVE = ("(含)", "（含）")


def _read_multiplied_range(d: _Doc, c: _Candidate, j: int) -> int:
    """A range of Arabic numbers that each carry a multiplier (1万-5万元, 3千至5千元, 5千-1万元):
    the first number is rescaled to the second's multiplier, which the unit reading then
    applies to both; ``j`` (the first multiplier) when no such range follows."""
    n, g = d.n, d.g
    mm = g.mult_run_re.match(n, j)
    if mm is None:
        return j
    k = _after_ws(n, mm.end())
    if n.startswith(_INCLUSIVE, k):  # 1万(含)-5万元: the first end included, a gloss before the dash
        k = _after_ws(n, k + 3)
    r = RANGE_SEP.match(n, k) if k < d.L and n[k] in RANGE_FIRST else None
    if r is None or r.end() <= k or c.value_max is not None:
        return j
    m2 = NUMBER.match(n, r.end())
    if not m2 or not _is_arabic(m2.group()):
        return j
    mm2 = g.mult_run_re.match(n, m2.end()) if m2.end() < d.L and n[m2.end()] in g.mult_first else None
    v2 = _parse(m2.group())
    if mm2 is None or v2 is None:
        return j
    m1, m2v = g.mult_value(mm.group()), g.mult_value(mm2.group())
    if v2 * m2v < c.v * m1 or not d.free(m2.start(), m2.end()):
        return j
    c.v = normalise_decimal(c.v * Decimal(m1) / Decimal(m2v))
    c.value_max, c.num_end, c.rule = v2, m2.end(), "figure.range"
    return m2.end()


def _read_unit(d: _Doc, c: _Candidate, j: int) -> Optional[Tuple[str, int]]:
    """The inside qualifier (余, 多), multiplier and unit from ``j``: (unit form, end)."""
    n, g = d.n, d.g
    if j < d.L and n[j] in g.inside_first:
        j = _read_inside(d, c, j)
    hit = g.unit_at(n, j)
    j2 = None
    if hit is not None and g.unit_like_mult and n.startswith(g.unit_like_mult, j):
        hit = None  # 两个亿, 3个亿元: a multiplier, not the unit 个
    if hit is None and (c.arabic or c.inside_q or n.startswith(g.unit_like_mult, j)):  # 1.26万人; 二十余万元
        hit, j2 = _multiplied_unit(d, c, j)
    if hit is None and not c.arabic and not c.pure and n[c.num_end - 1] in "万亿":
        bare = _bare_unit(n, g, c.s, c.num_end, d.sentences)  # 人口三十万, 资金三百万: a Chinese numeral of 万 alone
        if bare is not None:
            hit, c.rule = (bare[0], c.num_end), bare[1]
    if hit is None and c.sign is not None:  # ￥1,234.56, HK$25,481: the sign before the number is its unit
        hit, c.rule = (c.sign[1], j2 if c.mult != 1 else c.num_end), "figure.currency_sign"
    return hit


def _read_inside(d: _Doc, c: _Candidate, j: int) -> int:
    """The inside qualifier at ``j``, where one of their first characters stands (余, 多; 来 only
    after a round number: 十来户), sets ``inside_q``: the position after it and its spaces
    (``j`` when there is none)."""
    n, g = d.n, d.g
    mi = g.inside_re.match(n, j)
    if mi is None or (mi.group() in g.round_inside and not _round_number(c.tok)):
        return j
    c.inside_q = g.inside[mi.group()]
    return _after_ws(n, mi.end())


def _round_number(tok: str) -> bool:
    """A number that ends in a multiplier or a zero (十, 一百, 20): 来 after it means "about"."""
    return tok[-1] in "十百千万亿拾佰仟萬億0０"


def _multiplied_unit(d: _Doc, c: _Candidate, j: int) -> Tuple[Optional[Tuple[str, int]], Optional[int]]:
    """A multiplier at ``j`` and the unit after it (or the unit a bare 万 / 亿 implies):
    (hit, end of the multiplier and qualifier)."""
    n, g = d.n, d.g
    mm = g.mult_run_re.match(n, j) if j < d.L and n[j] in g.mult_first else None
    if not mm:
        return None, None
    run, inside_q = mm.group(), c.inside_q
    hit, j2 = _unit_after_multiplier(d, c, run, mm.end())
    if hit is None and len(run) > 1:  # 3万千瓦: 万, then the unit 千瓦
        m1 = g.mult_re.match(n, j)
        if m1.end() < mm.end():
            c.inside_q = inside_q
            hit, j2 = _unit_after_multiplier(d, c, m1.group(), m1.end())
    return hit, j2


def _unit_after_multiplier(d: _Doc, c: _Candidate, run: str, j2: int) -> Tuple[Optional[Tuple[str, int]], int]:
    """The unit after the multipliers ``run`` that end at ``j2`` (or the unit a bare 万 / 亿
    implies): (hit, end of the multipliers and qualifier)."""
    n, g = d.n, d.g
    c.mult = g.mult_value(run)
    k = _after_ws(n, j2)
    mi = g.inside_re.match(n, k) if k < d.L and n[k] in g.inside_first else None
    if mi and c.inside_q is None and mi.group() not in g.round_inside:
        c.inside_q = g.inside[mi.group()]
        j2 = mi.end()
    k = _after_ws(n, j2)
    hit = g.unit_at(n, k) if k == j2 or not d.paragraph_break(j2, k) else None  # (30万\n\n本文来源: no 本)
    if hit is None and run[-1] in "万亿":
        bare = _bare_unit(n, g, c.s, j2, d.sentences)
        if bare is not None:
            hit, c.rule = (bare[0], j2), bare[1]
    return hit, j2


def _take_unit(d: _Doc, c: _Candidate, form: str, end: int) -> bool:
    """Check the unit ``form`` ending at ``end`` and settle value and unit (multiplier, 角/分,
    recounts); False when the unit does not make a figure here."""
    n, g = d.n, d.g
    info = g.form_info.get(form) or g.info(form)
    unit = info[0]
    if not _unit_fits(d, c, form, end, info):
        return False
    c.form_q = info[1]
    mult = c.mult
    # else already an integer without exponent, within the 28 digits of Decimal's context
    if mult != 1 or c.num_end - c.num_start > 28 or n.find(".", c.num_start, c.num_end) >= 0:
        c.v = _scaled(c.v, mult)
        if c.value_max is not None:
            c.value_max = _scaled(c.value_max, mult)
    if mult == 1 and end < d.L and n[end] in JIAO_FIRST and (unit == "元" or form == "块"):  # 123元1角1分, 3块5毛
        add, end2 = _jiao_fen(n, end, g if form == "块" else None)
        if add:
            c.v, end, unit = normalise_decimal(c.v + add), end2, "元"
    if unit in g.recount_units:
        unit = _recount(n, g, c.s, end, unit, d.sentences.read_across(end, _RECOUNT_REACH))
    c.unit, c.form, c.end = unit, form, end
    return unit not in d.units.only_recounted  # 25度坡地: 度 counts only as electricity (用电量34度)


@lru_cache(maxsize=4096)
def _scaled(v: Decimal, mult: int) -> Decimal:
    """``normalise_decimal(v * mult)``: a function of v's value (equal Decimals share a cache
    entry, and the result is normalised), cached as reports repeat their figures."""
    return normalise_decimal(v * mult)


def _unit_fits(d: _Doc, c: _Candidate, form: str, end: int, info: tuple) -> bool:
    """The unit form may stand here: not a word that only starts like a unit, not a form for
    Arabic digits after a Chinese numeral, money after 千万 / 百万, no longer Latin token."""
    n, g = d.n, d.g
    p = end - len(form)
    if n[p] in g.not_units_first and n.startswith(g.not_units_starting[n[p]], p):
        return False  # 年级, 人民, 户籍: a word, not the unit
    if n[p] in g.counters_starting and _counter_alone(n, c.s, p, g.counters_starting[n[p]]):
        return False  # 1256人阅读 | 36 人点赞: the page's counter, no figure
    if (info[2] and not c.arabic) or (c.pure and info[0] != "元"):
        return False
    # 5kWh, 3km2x: a longer token, not this unit
    return not (info[3] and end < d.L and n[end].isascii() and n[end].isalnum())


#: what stands before a web page's counter that starts its line segment (line start, a space, a bar, a bracket)
_SEGMENT_BEFORE = frozenset(" \t\u3000\u00a0\r\n|｜·(（【[")
#: … and after its counter word, which ends the segment (a line end, a space, a bar, a closing bracket)
_SEGMENT_AFTER = frozenset(" \t\u3000\u00a0\r\n|｜·/)）】]")


def _counter_alone(n: str, s: int, p: int, words: tuple) -> bool:
    """A counter word of ``words`` (人阅读, 条评论) at ``p`` after the number at ``s``, which stands alone in its
    line segment: it starts the line or follows a space, bar or bracket, and the word ends the line or comes before
    a space, bar or bracket (1256人阅读 | 36 人点赞, 4.6分（28人评价）); in a sentence (文章被12万人阅读，
    该视频12万人观看) the number keeps its unit."""
    if s and n[s - 1] not in _SEGMENT_BEFORE:
        return False
    for w in words:
        if n.startswith(w, p):
            q = p + len(w)
            return q >= len(n) or n[q] in _SEGMENT_AFTER
    return False


def _figure(d: _Doc, c: _Candidate) -> Optional[Figure]:
    """The Figure of a candidate whose numbers no exclusion covers: sign, qualifier, sentence."""
    if d.mask.count(0, c.num_start, c.num_end) != c.num_end - c.num_start:
        return None  # exclusions that cover the unit (2016年 where only 年 …) or the figure
    num_start, v, n = c.num_start, c.v, d.n
    if c.rule == "figure.currency_sign":
        num_start -= len(c.sign[0])  # the sign is the figure's unit: its span starts there
    elif num_start and n[num_start - 1] in "-负" and _signed(n, num_start, c.unit):
        num_start -= 1
        v = -v  # -3~5℃: only the first number carries the sign
    elif c.unit == "℃" and n.startswith("零下", num_start - 2) and num_start >= 2:
        num_start -= 2
        v = -v  # 零下5℃
    # a run of hundreds of digits before 户 is no figure (and no float); a numeral of up
    # to 300 characters (times 亿) stays below the largest float
    if c.num_end - num_start > 300 and (not _finite(v) or (c.value_max is not None and not _finite(c.value_max))):
        return None
    end = c.end
    qualifier = _qualifier(n, d.g, num_start, end, c.inside_q or c.form_q)
    sent_s, sentence = d.sentence(num_start, end)
    return Figure(d.doc_id, num_start, end, d.text[num_start:end], v, c.unit, qualifier, c.value_max,
                  None, None, None, sentence, sent_s, c.rule)


def _sentence(d: _Doc, start: int, end: int) -> Tuple[int, int]:
    """The sentence around a figure, at most MAX_SENTENCE characters around it."""
    sent_s, sent_e = d.around(start)
    if end > sent_e:  # a figure broken by a line break: the sentence runs on to its end
        sent_e = max(end, d.around(end - 1)[1])
    if sent_e - sent_s > MAX_SENTENCE:  # a "sentence" of a whole page without stops: keep a window
        sent_s, sent_e = max(sent_s, start - MAX_SENTENCE // 2), min(sent_e, end + MAX_SENTENCE // 2)
    return sent_s, sent_e


#: CLAUSE_END searched backwards: the last clause stop before a position in one call
_CLAUSE_END_BACK = (regex.compile("(?r)" + CLAUSE_END.pattern)
                    if regex.fullmatch(r"\[[^\]]*\]", CLAUSE_END.pattern) else None)


def _clause_start(n: str, pos: int, floor: int) -> int:
    """:func:`~fupin_extract.segment.clause_start` (one character class: its last match
    before ``pos`` found by one reverse search)."""
    if _CLAUSE_END_BACK is None:
        return clause_start(n, pos, floor)
    m = _CLAUSE_END_BACK.search(n, floor, pos)
    return m.end() if m else floor


#: a line break with the white space around it (a soft wrap inside a clause read before a figure)
_WRAP_WS = regex.compile(r"[ \t\u3000\r]*\n[ \t\u3000]*")
#: how far the words after a figure are read across a soft line wrap for a recount (16个村民\n小组)
_RECOUNT_REACH = 24


def _recount(n: str, g: Grammar, s: int, end: int, unit: str, after: Optional[str] = None) -> str:
    """个 that counts persons or households, from the words after (172个贫困人口; ``after``: those
    words read across a soft line wrap, segment.TextIndex.read_across) or before (贫困户1380个)
    the figure."""
    for (_, nxt, u_to) in g.recount_after_of.get(unit, ()):
        if nxt.match(after) if after is not None else nxt.match(n, end):
            return u_to
    rules = g.recount_before_of.get(unit, ())
    ends = g.recount_before_end.get(unit) if rules else None
    if ends is not None and s and n[s - 1] not in ends:
        return unit  # no rule's match can end right before the number: none of them is searched
    if rules:
        left = n[_clause_start(n, s, max(0, s - 20)):s]
        anyone = g.recount_before_any[unit]
        if anyone is not None and anyone.search(left) is None:
            return unit
        for (_, before, u_to) in rules:
            if before.search(left):
                return u_to
    return unit


def _bare_unit(n: str, g: Grammar, s: int, j: int, index=None) -> Optional[Tuple[str, str]]:
    """The unit of a bare 万 / 亿 (no unit written) and the rule, from the words around it:
    收入130万 → 元, 人口3.6万 → 人, 贫困户2.2万 → 户, 1.4万多贫困人口 → 人 (the clause read across a
    soft line wrap when ``index``, the text's structure, has one: 帮扶\n2万)."""
    cs = _clause_start(n, s, max(0, s - 40))
    left, a, b = n, cs, s
    if index is not None and cs > 0 and n[cs - 1] == "\n" and index.soft_breaks:
        left = _WRAP_WS.sub("", n[max(index.clause_at(s)[0], s - 40):s])
        a, b = 0, len(left)
    if g.money_re is not None and g.money_re.search(left, a, b):
        return "元", "figure.bare_wan_money"
    if g.people_re is not None and g.people_re.search(left, a, b):
        return "人", "figure.bare_wan_people"
    if g.households_re is not None and g.households_re.search(left, a, b):
        return "户", "figure.bare_wan_households"
    for unit, nxt in g.p.units.bare_next:
        if nxt.match(n, j):
            return unit, "figure.bare_wan_next"
    return None


def _finite(d: Decimal) -> bool:
    return math.isfinite(float(d))


def _qualifier(n: str, g: Grammar, start: int, end: int, inside: Optional[str]) -> str:
    """The qualifier before the number (约, 超过), else after the unit (以上), else the one
    inside (余) or of the unit form, else exact."""
    # a word or bridge before the number ends right before it, after spaces: where neither stands
    # there, no qualifier before it (most figures; the 8 characters before differ from figure to figure)
    if start and (n[start - 1] in g.before_last or n[start - 1] in _BEFORE_SPACE):
        left = n[max(0, start - 8):start]
        q = g.before_of.get(left, False)
        if q is False:
            q = _before_qualifier(g, left)
            if len(g.before_of) < 50_000:
                g.before_of[left] = q
        if q is not None:
            return q
    ma = g.after_re.match(n, end) if end < len(n) and n[end] in g.after_first else None
    if ma and not (ma.group() in g.comparatives and n[ma.end():ma.end() + 1] in _NUMBER_FIRST):
        return g.after[ma.group()]
    return inside or "exact"


#: what _before_qualifier passes over before the qualifier's last character
_BEFORE_SPACE = frozenset(" \t\n")


def _before_qualifier(g: Grammar, left: str) -> Optional[str]:
    """The qualifier the words right before a number give (约, 超过, 不足 …), None if none."""
    # the word or bridge before the number ends right before it (after spaces): a quick test
    mb = g.before_re.search(left) if left.rstrip(" \t\n")[-1:] in g.before_last else None
    if mb:
        word = mb.group()
        for w in g.before_longest_first:
            if word.startswith(w):
                return g.before[w]
    return None
