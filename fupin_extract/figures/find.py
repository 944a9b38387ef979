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

import math
from decimal import Decimal
from functools import lru_cache
from typing import List, Optional, Tuple

import regex

from fupin_extract.model import Figure
from fupin_extract.normalise import normalise
from fupin_extract.figures.numerals import (CHINESE_DIGIT_CHARS, CHINESE_NUMERAL_CHARS, FINANCIAL, NumeralError, normalise_decimal,
                       parse_any, parse_pair)
from fupin_extract.rules.base import pattern_file
from fupin_extract.rules.loader import Patterns, load_patterns
from fupin_extract.rules.units import load_units
from fupin_extract.segment import Sentences, clause_start

_CN = CHINESE_NUMERAL_CHARS
_CD = CHINESE_DIGIT_CHARS
#: what may stand between the parts of a numeral (OCR and PDF text breaks them up)
_SP = r"[ \t\r\n\u3000\u00a0]{0,2}"
#: Arabic: 1,236 / 4，565 (full-width separator, groups of exactly three) / 8.5 / .5
_ARABIC = r"\d+(?:,\d{3}|，\d{3}(?!\d))*(?:\.\d+)?|\.(?<![\dA-Za-z.]\.)\d+"
#: Arabic digits between Chinese units: 7万5千4百, 7 万5 千4 百
_MIXED = rf"\d{{1,4}}+{_SP}+[十百千万亿](?:{_SP}+\d{_SP}+[十百千万亿])+"


def _number_re(cn: str, cd: str) -> "regex.Pattern":
    """Numbers over the numeral characters ``cn`` (digits ``cd``): Chinese with spaces between
    the parts and 点 before digits (一百 五 十, 十五点七万), Arabic, and the two mixed."""
    chinese = rf"[{cn}]+(?:(?:[ \t\r\n\u3000\u00a0]{{1,2}}[{cn}]|{_SP}点{_SP}[{cd}])[{cn}]*)*"
    return regex.compile(rf"百分之|千分之|{_MIXED}|{_ARABIC}|{chinese}")


#: all numeral forms; financial (大写) characters are rare, and a character class of ordinary
#: numerals only scans much faster: NUMBER_ORDINARY serves the texts without any of them
NUMBER = _number_re(_CN, _CD)
_FINANCIAL_IN_TEXT = "".join(c for c in _CN if c not in "零〇○一二两三四五六七八九十百千万亿")
NUMBER_ORDINARY = _number_re("零〇○一二两三四五六七八九十百千万亿", "零〇○一二三四五六七八九")


def number_re(n: str) -> "regex.Pattern":
    """The number pattern for the normalised text ``n``."""
    return NUMBER if any(c in n for c in _FINANCIAL_IN_TEXT) else NUMBER_ORDINARY
WS = regex.compile(r"[ \t\r\n\u3000\u00a0]{0,3}")
RANGE_SEP = regex.compile(r"[ \t]*(?:-|~|至|到)[ \t]*")
PURE_MULTIPLIER = set("十百千万亿拾佰仟")
#: before a bare 万/亿/百/千 these make it a round amount (近万人, 上千户): units.yaml round_lead
ROUND_LEAD = load_units(pattern_file("units.yaml")).round_lead
#: financial digits that are also in ordinary words (陆续, 大陆, 队伍, 收拾, 參加): alone, a number
#: only before 元
LONE_FINANCIAL = frozenset("陆陸伍拾參")
#: 元 followed by 角 and 分 (块 by 毛): 123元1角1分 → 123.11元
_DIGIT1 = rf"[\d{_CD}]"
JIAO_FEN = regex.compile(rf"{_SP}(?:零{_SP})?(?:(?P<j>{_DIGIT1}){_SP}[角毛](?:{_SP}(?P<f>{_DIGIT1}){_SP}分(?![钟之]))?"
                         rf"|(?P<f2>{_DIGIT1}){_SP}分(?![钟之]))")
JIAO_FIRST = frozenset(" \t\r\n\u3000\u00a0零0123456789" + _CD)
ARABIC_FIRST = frozenset("0123456789.")
KUAI_TAIL = regex.compile(rf"{_SP}(?P<j>{_DIGIT1})(?!{_SP}[\d{_CN}点角毛分])")
SIGN_AFTER = frozenset(" \t\r\n，,：:（(、；;为是达")
#: units a minus sign may stand before (elsewhere a dash is a range, a list or a date)
SIGNED_UNITS = frozenset({"%", "‰", "百分点", "℃"})
#: longest sentence kept as a figure's evidence (real ones are < 300 characters); text without
#: sentence stops would otherwise copy the whole text into every figure
MAX_SENTENCE = 1000


class Grammar:
    """The compiled figure grammar of one patterns folder."""

    def __init__(self, patterns: Patterns):
        self.p = patterns
        u = patterns.units
        forms = sorted(u.forms, key=len, reverse=True)
        # allow line breaks and spaces between the characters of a unit: 平\n方米
        alts = [r"[ \t\r\n]{0,2}".join(regex.escape(c) for c in f) for f in forms]
        self.unit_re = regex.compile("(?:" + "|".join(alts) + ")")
        self.form_of = {f: f for f in forms}
        mults = sorted(u.multipliers, key=len, reverse=True)
        self.mult_re = regex.compile("(?:" + "|".join(regex.escape(m) for m in mults) + ")")
        self.inside = {w: k for k, ws in u.qualifiers["inside"].items() for w in ws}
        self.inside_re = regex.compile("(?:" + "|".join(regex.escape(w) for w in sorted(self.inside, key=len, reverse=True)) + ")")
        after = {w: k for k, ws in u.qualifiers["after"].items() for w in ws}
        self.after = after
        self.after_re = regex.compile("(?:" + "|".join(regex.escape(w) for w in sorted(after, key=len, reverse=True)) + ")")
        before = {w: k for k, ws in u.qualifiers["before"].items() for w in ws}
        self.before = before
        bridges = "|".join(regex.escape(b) for b in sorted(u.bridges, key=len, reverse=True))
        self.before_re = regex.compile(
            "(?:" + "|".join(regex.escape(w) for w in sorted(before, key=len, reverse=True)) + ")"
            + (f"(?:{bridges})?" if bridges else "") + r"[ \t]*$"
        )
        self.money_re = regex.compile("|".join(regex.escape(w) for w in u.money_words)) if u.money_words else None
        self.people_re = regex.compile("|".join(regex.escape(w) for w in u.people_words)) if u.people_words else None
        hw = u.household_words
        self.households_re = regex.compile("|".join(regex.escape(w) for w in hw) + r"[^，。；\d]{0,4}$") if hw else None
        self.strip_ws = regex.compile(r"\s+")
        self._forms: dict = {}  # a unit as written (平\n方米) → its form without spaces
        self.before_longest_first = sorted(before, key=len, reverse=True)
        # first characters of whatever may follow a number: a quick pre-check before parsing
        self.follow_chars = frozenset(
            {f[0] for f in forms} | {m[0] for m in mults} | {w[0] for w in self.inside}
            | set(" \t\r\n\u3000\u00a0-~至到") )
        # … after a Chinese numeral (forms that stand only after Arabic digits cannot follow it)
        self.follow_chars_cn = frozenset(
            {f[0] for f in forms if f not in u.arabic_only} | {m[0] for m in mults} | {w[0] for w in self.inside}
            | set(" \t\r\n\u3000\u00a0-~至到"))
        self.recount_units = frozenset(r[0] for r in (*u.recount, *u.recount_before))
        nu = u.not_units
        self.not_units_re = regex.compile("|".join(regex.escape(w) for w in nu)) if nu else None

    def unit_at(self, n: str, j: int) -> Optional[Tuple[str, int]]:
        """The unit form starting at ``j`` (spaces inside removed) and its end."""
        m = self.unit_re.match(n, j)
        if not m:
            return None
        raw = m.group()
        form = self._forms.get(raw)
        if form is None:
            form = self._forms[raw] = self.strip_ws.sub("", raw)
        return form, m.end()


@lru_cache(maxsize=4)
def grammar(folder: Optional[str] = None) -> Grammar:
    return Grammar(load_patterns(folder))


def excluded_mask(n: str, g: Grammar) -> Tuple[bytearray, List[str]]:
    """Per character: 0 = free, else index+1 of the exclusion rule that covers it."""
    mask = bytearray(len(n))
    ids = []
    for k, rule in enumerate(g.p.exclusions, 1):
        ids.append(rule.id)
        pattern = rule.pattern if rule.kind != "address" else _address_pattern(n, rule.units)
        if pattern is None:
            continue
        for m in pattern.finditer(n):
            s, e = m.span()
            if e > s:
                mask[s:e] = bytes([k]) * (e - s)
    return mask, ids


VILLAGE_STEM = regex.compile(r"(\p{Han}{2})村")


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


#: the number and spaces that end right before a unit, read backwards from it
_NUMBER_BEFORE = regex.compile(r"(?r)(?:(?P<d>\d+)|(?P<c>[一二三四五六七八九十]+))\s*")


def address_numbers(n: str, units: tuple):
    """The matches of :func:`_address_numbers` as (start, end), found from the units backwards:
    a number of at most 2 digits or 3 Chinese numerals (the last ones of a longer run) and
    spaces, right before a unit.  Same spans as ``_address_numbers(units).finditer(n)``
    (units are rarer than numerals, so far fewer places are tried)."""
    last = -1
    for u in _unit_starts(units).finditer(n, overlapped=True):
        q = u.start()
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
        self.stems = {m.group(1) for m in VILLAGE_STEM.finditer(n)}

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


def _address_pattern(n: str, units: tuple) -> Optional[_AddressMatches]:
    a = _AddressMatches(n, units)
    return a if a.stems else None


def _parse(numtext: str) -> Optional[Decimal]:
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
    """一百二十到一百五十万: the first number of a Chinese range takes the second's trailing
    万 / 亿 when it has none of its own and is no larger than the second without it."""
    k = len(second)
    while k > 0 and second[k - 1] in "万亿":
        k -= 1
    if k == len(second) or k == 0 or "万" in tok or "亿" in tok:
        return v
    base = _parse(second[:k])
    if base is None or v > base:
        return v
    return normalise_decimal(v * (_parse(second) / base))


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


def find_figures(text: str, doc_id: str = "", *, normalised: Optional[str] = None,
                 folder: Optional[str] = None) -> List[Figure]:
    """All figures of ``text``; spans index ``text`` itself.

    ``indicator``, ``scope`` and ``period`` are left empty: :mod:`fupin_extract.meaning`
    attaches them.
    """
    g = grammar(folder)
    n = normalised if normalised is not None else normalise(text, folder)
    mask, rule_ids = excluded_mask(n, g)
    sentences = Sentences(n)
    out: List[Figure] = []
    pos = 0
    L = len(n)
    number = number_re(n)
    for m in number.finditer(n):
        s, e = m.span()
        if s < pos:
            continue
        tok = m.group()
        arabic = tok[0] in ARABIC_FIRST
        rule = "figure.arabic" if arabic else "figure.chinese"
        unit: Optional[str] = None
        value_max: Optional[Decimal] = None
        inside_q: Optional[str] = None
        form_q: Optional[str] = None
        if tok in ("百分之", "千分之"):
            m2 = NUMBER.match(n, e)
            if not m2 or m2.group() in ("百分之", "千分之"):
                continue
            v = _parse(m2.group())
            if v is None:
                continue
            unit = "%" if tok == "百分之" else "‰"
            num_start, num_end, end = s, m2.end(), m2.end()
            if mask[m2.start()]:
                continue
            rule = "figure.percent_words"
        else:
            if mask.count(0, s, e) != e - s:
                continue  # inside an exclusion (a year, a date, a list marker …)
            if arabic and s > 0 and (n[s - 1].isascii() and n[s - 1].isalpha() or n[s - 1] in "._/"):
                continue  # PM2.5, G319, x2, v1.2
            if not arabic and tok[0] in "万亿" and not (tok in ("万", "亿") and s > 0 and n[s - 1] in ROUND_LEAD):
                continue  # 万人 is no number; 近万人, 上万人 are
            # 千万元, 百万: a numeral of multipliers only counts as money, never as 百户
            pure = (not arabic and tok[0] not in "十拾" and tok not in ("万", "亿")
                    and not (tok in ("百", "千") and s > 0 and n[s - 1] in ROUND_LEAD)  # 上千人, 近百户
                    and all(c in PURE_MULTIPLIER for c in tok))
            if tok in ("百", "千", "万", "亿") and s > 0 and n[s - 1] == "上":
                inside_q = "at_least"  # 上千人, 上万元: a thousand and more
            yen = s > 0 and n[s - 1] in "¥￥"
            if e < L and n[e] not in (g.follow_chars if arabic else g.follow_chars_cn) and not yen:
                continue  # nothing that can follow a number here: no unit, multiplier, range or qualifier
            if len(tok) == 1 and tok in LONE_FINANCIAL and not n.startswith(("元", "圆"), WS.match(n, e).end()):
                continue  # 陆续, 队伍, 收拾
            v = _parse(tok)
            if v is None:  # a pair (三五百) or a run across spaces that is not one numeral
                e, tok, v, value_max = _token(n, s, e, tok)
            if v is None:
                continue
            if value_max is not None:
                rule = "figure.pair"
            num_start, num_end = s, e
            j = WS.match(n, e).end()
            mult = 1
            # a range: 3-5万元, 3至5人, 6—16岁
            r = RANGE_SEP.match(n, j)
            if r and r.end() > j:
                m2 = NUMBER.match(n, r.end())
                if (m2 and value_max is None and m2.group() not in ("百分之", "千分之")
                        and _is_arabic(m2.group()) == arabic):
                    v2 = _parse(m2.group())
                    if v2 is not None and not arabic:
                        v = _range_scale(tok, v, m2.group())
                    if v2 is not None and v2 >= v and mask.count(0, m2.start(), m2.end()) == m2.end() - m2.start():
                        value_max = v2
                        num_end = m2.end()
                        j = WS.match(n, num_end).end()
                        rule = "figure.range"
            mi = g.inside_re.match(n, j)
            if mi:
                inside_q = g.inside[mi.group()]
                j = WS.match(n, mi.end()).end()
            hit = g.unit_at(n, j)
            if hit is None and (arabic or inside_q):  # 1.26万人; 二十余万元
                mm = g.mult_re.match(n, j)
                if mm:
                    mult = g.p.units.multipliers[mm.group()]
                    j2 = mm.end()
                    mi = g.inside_re.match(n, WS.match(n, j2).end())
                    if mi and inside_q is None:
                        inside_q = g.inside[mi.group()]
                        j2 = mi.end()
                    hit = g.unit_at(n, WS.match(n, j2).end())
                    if hit is None and mm.group() in ("万", "亿"):
                        bare = _bare_unit(n, g, s, j2)
                        if bare is not None:
                            hit, rule = (bare[0], j2), bare[1]
            if hit is None and yen:  # ￥1,234.56: the currency sign before the number is its unit
                hit, rule = ("元", j2 if mult != 1 else num_end), "figure.currency_sign"
            if hit is None:
                continue
            form, end = hit
            if g.not_units_re is not None and g.not_units_re.match(n, end - len(form)):
                continue
            if not arabic and form in g.p.units.arabic_only:
                continue
            if pure and g.p.units.forms.get(form, form) != "元":
                continue
            unit = g.p.units.forms.get(form, form)
            form_q = g.p.units.form_qualifiers.get(form)
            if form[0].isascii() and form[0].isalpha() and end < L and n[end].isascii() and n[end].isalnum():
                continue  # 5kWh, 3km2x: a longer token, not this unit
            # else already an integer without exponent, within the 28 digits of Decimal's context
            if mult != 1 or num_end - num_start > 28 or "." in n[num_start:num_end]:
                v = normalise_decimal(v * mult)
                if value_max is not None:
                    value_max = normalise_decimal(value_max * mult)
            if mult == 1 and (unit == "元" or form == "块") and end < L and n[end] in JIAO_FIRST:  # 123元1角1分, 3块5毛
                add, end2 = _jiao_fen(n, end, g if form == "块" else None)
                if add:
                    v, end, unit = normalise_decimal(v + add), end2, "元"
            if unit in g.recount_units:
                unit = _recount(n, g, s, end, unit)
            if unit in g.p.units.only_recounted:
                continue  # 25度坡地: 度 counts only as electricity (用电量34度)
        # exclusions that cover the unit (e.g. 2016年 where only 年 … already caught) or the figure
        if mask.count(0, num_start, num_end) != num_end - num_start:
            continue
        if rule == "figure.currency_sign":
            num_start -= 1  # the sign is the figure's unit: its span starts there
        elif num_start and n[num_start - 1] in "-负" and _signed(n, num_start, unit):
            num_start -= 1
            v = -v  # -3~5℃: only the first number carries the sign
        elif unit == "℃" and n.startswith("零下", num_start - 2) and num_start >= 2:
            num_start -= 2
            v = -v  # 零下5℃
        # a run of hundreds of digits before 户 is no figure (and no float); a numeral of up
        # to 300 characters (times 亿) stays below the largest float
        if num_end - num_start > 300 and (not _finite(v) or (value_max is not None and not _finite(value_max))):
            continue
        qualifier = _qualifier(n, g, num_start, end, inside_q or form_q)
        sent_s, sent_e = sentences.around(num_start)
        if end > sent_e:  # a figure broken by a line break: the sentence runs on to its end
            sent_e = max(end, sentences.around(end - 1)[1])
        if sent_e - sent_s > MAX_SENTENCE:  # a "sentence" of a whole page without stops: keep a window
            sent_s, sent_e = max(sent_s, num_start - MAX_SENTENCE // 2), min(sent_e, end + MAX_SENTENCE // 2)
        out.append(Figure(doc_id, num_start, end, text[num_start:end], v, unit, qualifier, value_max,
                          None, None, None, text[sent_s:sent_e], sent_s, rule))
        pos = end
    return out


def _recount(n: str, g: Grammar, s: int, end: int, unit: str) -> str:
    """个 that counts persons or households, from the words after (172个贫困人口) or before
    (贫困户1380个) the figure."""
    for (u_from, nxt, u_to) in g.p.units.recount:
        if unit == u_from and nxt.match(n, end):
            return u_to
    rules = [r for r in g.p.units.recount_before if r[0] == unit]
    if rules:
        left = n[clause_start(n, s, max(0, s - 20)):s]
        for (_, before, u_to) in rules:
            if before.search(left):
                return u_to
    return unit


def _bare_unit(n: str, g: Grammar, s: int, j: int) -> Optional[Tuple[str, str]]:
    """The unit of a bare 万 / 亿 (no unit written) and the rule, from the words around it:
    收入130万 → 元, 人口3.6万 → 人, 贫困户2.2万 → 户, 1.4万多贫困人口 → 人."""
    cs = clause_start(n, s, max(0, s - 40))
    if g.money_re is not None and g.money_re.search(n, cs, s):
        return "元", "figure.bare_wan_money"
    if g.people_re is not None and g.people_re.search(n, cs, s):
        return "人", "figure.bare_wan_people"
    if g.households_re is not None and g.households_re.search(n, cs, s):
        return "户", "figure.bare_wan_households"
    for unit, nxt in g.p.units.bare_next:
        if nxt.match(n, j):
            return unit, "figure.bare_wan_next"
    return None


def _finite(d: Decimal) -> bool:
    return math.isfinite(float(d))


def _qualifier(n: str, g: Grammar, start: int, end: int, inside: Optional[str]) -> str:
    left = n[max(0, start - 8):start]
    mb = g.before_re.search(left)
    if mb:
        word = mb.group()
        for w in g.before_longest_first:
            if word.startswith(w):
                return g.before[w]
    ma = g.after_re.match(n, end)
    if ma:
        return g.after[ma.group()]
    return inside or "exact"
