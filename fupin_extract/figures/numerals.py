"""Numbers as reports write them → exact :class:`~decimal.Decimal` values.

>>> parse_number("1,236")
Decimal('1236')
>>> parse_number("三十六")
Decimal('36')
>>> parse_number("二〇二〇")
Decimal('2020')
>>> parse_number("一千二百")
Decimal('1200')
>>> parse_number("1.26万")
Decimal('12600')
>>> to_chinese(1200)
'一千二百'
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Optional, Tuple

import regex

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
#: financial (大写) numerals, simplified and traditional, and other variants → ordinary ones
FINANCIAL = {"壹": "一", "贰": "二", "貳": "二", "叁": "三", "參": "三", "叄": "三", "肆": "四", "伍": "五",
             "陆": "六", "陸": "六", "柒": "七", "捌": "八", "玖": "九", "拾": "十", "佰": "百", "仟": "千",
             "萬": "万", "億": "亿", "兩": "两", "倆": "两", "俩": "两", "零": "零", "點": "点"}
#: one table: financial and traditional characters made ordinary, spaces and line breaks dropped
_TO_ORDINARY = str.maketrans({**{k: v for k, v in FINANCIAL.items() if k != v},
                              **{c: None for c in " \t\r\n\u3000\u00a0\u2009\u202f"}})
#: characters a Chinese numeral may consist of (ordinary, financial and traditional forms)
CHINESE_NUMERAL_CHARS = "".join(dict.fromkeys(
    "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS) + "".join(k for k in FINANCIAL if k not in "點")))
#: digits (any form) that may follow 点 in a Chinese decimal
CHINESE_DIGIT_CHARS = "".join(DIGITS) + "".join(k for k, v in FINANCIAL.items() if v in DIGITS)
MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}


class NumeralError(ValueError):
    """The string is not a well-formed number."""


def ordinary(s: str) -> str:
    """The numeral with spaces removed and financial / traditional characters made ordinary:
    ``壹佰 伍拾`` → ``一百五十``."""
    return s.translate(_TO_ORDINARY)


def parse_chinese_decimal(s: str) -> Decimal:
    """A Chinese numeral, possibly with a decimal part and trailing multipliers:
    ``十五点七万`` → 157000, ``零点五`` → 0.5, ``二十`` → 20 (any form, spaces allowed)."""
    return _decimal(ordinary(s))


def _decimal(s: str) -> Decimal:
    if "点" not in s:
        return Decimal(_chinese(s))
    whole, _, frac = s.partition("点")
    k = 0
    while k < len(frac) and frac[k] in DIGITS and frac[k] != "两":
        k += 1
    if k == 0 or "点" in frac:
        raise NumeralError(f"no digits after 点 in {s!r}")
    value = Decimal(_chinese(whole)) + Decimal("0." + "".join(str(DIGITS[c]) for c in frac[:k]))
    for c in frac[k:]:
        if c not in BIG_UNITS and c not in SMALL_UNITS:
            raise NumeralError(f"unexpected {c!r} after the decimal in {s!r}")
        value *= MULTIPLIERS[c]
    return normalise_decimal(value)


def parse_pair(s: str) -> Optional[Tuple[int, int]]:
    """A colloquial pair range: ``三五百`` → (300, 500), ``四五千`` → (4000, 5000), ``七八十``
    → (70, 80), ``四五`` → (4, 5), ``两三百`` → (200, 300), ``一两个``; two neighbouring digits
    (or 三五) and then multipliers; also after a numeral that ends in a multiplier: ``十一二``
    → (11, 12), ``三十五六`` → (35, 36), ``一千二三百`` → (1200, 1300).
    None if not one."""
    s = ordinary(s)
    i = len(s) - 2
    while i >= 0 and s[i + 1] in MULTIPLIERS:
        i -= 1  # the pair stands before the trailing multipliers
    if i < 0 or s[i] not in DIGITS or s[i + 1] not in DIGITS:
        return None
    a, b = DIGITS[s[i]], DIGITS[s[i + 1]]
    if not (0 < a and (b == a + 1 or (a, b) == (3, 5))):
        return None
    head, tail = s[:i], s[i + 2:]
    if head:
        return _pair_after(head, s[i], s[i + 1], tail)
    unit = 1
    for c in tail:
        unit *= MULTIPLIERS[c]
    return a * unit, b * unit


def _pair_after(head: str, a: str, b: str, tail: str) -> Optional[Tuple[int, int]]:
    """The pair ``a``/``b`` after the numeral ``head`` that ends in a multiplier (十一二)."""
    if head[-1] not in "十百千万亿":
        return None
    try:
        return _chinese(head + a + tail), _chinese(head + b + tail)
    except NumeralError:
        return None


def parse_chinese(s: str) -> int:
    """Parse a Chinese numeral (``十九``, ``一千二百``, ``两万``, ``二〇二〇``, ``三万五``,
    ``壹佰伍拾``, ``四万万``); spaces between the parts are ignored."""
    return _chinese(ordinary(s))


def _chinese(s: str) -> int:
    if "万万" in s and "亿" not in s:
        s = s.replace("万万", "亿", 1)  # 四万万 = 四亿
    if not s or any(c not in CHINESE_NUMERAL_CHARS for c in s):
        raise NumeralError(f"not a Chinese numeral: {s!r}")
    if all(c in DIGITS for c in s):
        # digit by digit: 二〇二〇 → 2020; a lone digit is its value
        if len(s) > 1 and "两" in s:
            raise NumeralError(f"两 does not stand in digit-by-digit numerals: {s!r}")
        if len(s) == 2 and "零" not in s and "〇" not in s:
            # 五一 (May Day), 三五 (a pair): two digits alone are no digit-by-digit number
            raise NumeralError(f"two digits alone: {s!r}")
        return int("".join(str(DIGITS[c]) for c in s))
    return _parse_positional(s)


#: the section marks of a positional numeral, largest first, and the value of one of each
_MARKS = (("亿", 100_000_000), ("万", 10_000))


def _parse_positional(s: str, level: int = 0) -> int:
    """Split on 亿 then 万 (each section below the next mark); a single digit after a mark is
    the next place down: 三万五 → 35000, 两亿五 → 250000000."""
    for k in range(level, len(_MARKS)):
        mark, scale = _MARKS[k]
        if mark not in s:
            continue
        hi, _, lo = s.partition(mark)
        if mark in lo:
            raise NumeralError(f"{mark} twice in {s!r}")
        hv = _parse_positional(hi, k + 1) if hi else 1
        lv = _parse_positional(lo, k + 1) if lo else 0
        if len(lo) == 1 and lo in DIGITS and lo not in "零〇":
            lv = DIGITS[lo] * (scale // 10)
        return hv * scale + lv
    return _parse_section(s)


def _parse_section(s: str) -> int:
    """A section below 10000: 一千二百三十四, 十九, 两百, 一百零五, 三千五 (→3500)."""
    if not s:
        return 0
    total = 0
    digit: Optional[int] = None
    last_unit = 10_000
    prev_zero = False
    for i, c in enumerate(s):
        if c in DIGITS:
            if digit is not None and not prev_zero:
                raise NumeralError(f"two digits in a row in {s!r}")
            digit = DIGITS[c]
            prev_zero = digit == 0
            if prev_zero:
                digit = None
        elif c in SMALL_UNITS:
            u = SMALL_UNITS[c]
            if u >= last_unit:
                raise NumeralError(f"units out of order in {s!r}")
            if digit is None:
                # 十九, 百万, 千万: a leading unit stands for one of it; 一百零十 is not a number
                if not (i == 0 or (c == "十" and prev_zero)):
                    raise NumeralError(f"unit without digit in {s!r}")
                digit = 1
            total += digit * u
            last_unit = u
            digit = None
            prev_zero = False
        else:
            raise NumeralError(f"unexpected {c!r} in {s!r}")
    if digit is not None:
        # 三千五 → 3500 (abbreviated next unit) when directly after a unit and no zero
        if last_unit < 10_000 and last_unit >= 100 and s[-2] in SMALL_UNITS:
            total += digit * (last_unit // 10)
        else:
            total += digit
    return total


def parse_arabic(s: str) -> Decimal:
    """``1,236`` / ``8.5`` / ``1123355.53`` → Decimal (thousands separators removed)."""
    try:
        return Decimal(s.replace(",", "").replace("，", ""))
    except InvalidOperation:
        raise NumeralError(f"not a number: {s!r}") from None


def parse_mixed(s: str) -> Decimal:
    """Arabic digits between Chinese units: ``7万5千4百`` → 75400, ``12万3千`` → 123000."""
    out = []
    for part in ARABIC_RUN.split(ordinary(s)):
        out.append(to_chinese(int(part)) if part.isdigit() else part)
    return Decimal(parse_chinese("".join(out)))


def parse_any(s: str) -> Decimal:
    """Any number a figure may start with: Arabic (``1,236``, ``４，５６５``, ``.5``), Chinese in
    any form with spaces and 点, or Arabic digits between Chinese units."""
    if s.isdigit():
        return Decimal(s)
    s = ordinary(s)
    if not s:
        raise NumeralError("empty number")
    if s[0].isdigit() or s[0] == ".":
        if _ARABIC_CHARS.issuperset(s) or all(c.isdigit() or c in ".,，" for c in s):
            return parse_arabic(s)
        return parse_mixed(s)
    return _decimal(s)


_ARABIC_CHARS = frozenset("0123456789.,，")


def parse_number(s: str) -> Decimal:
    """Arabic, Chinese or mixed (``1.26万``, ``3千``, ``十九``) → exact Decimal."""
    s = s.strip()
    if not s:
        raise NumeralError("empty number")
    i = 0
    while i < len(s) and (s[i].isdigit() or s[i] in ".,"):
        i += 1
    if i == 0:
        return parse_chinese_decimal(s)
    value = parse_arabic(s[:i])
    for c in s[i:]:
        if c not in MULTIPLIERS:
            raise NumeralError(f"unexpected {c!r} after number in {s!r}")
        value *= MULTIPLIERS[c]
    return normalise_decimal(value)


def normalise_decimal(d: Decimal) -> Decimal:
    """Drop trailing zeros after the point without switching to exponent notation."""
    if d == d.to_integral_value():
        return Decimal(int(d))
    return d.normalize()


ARABIC_RUN = regex.compile(r"(\d+)")

_CN_DIGITS = "零一二三四五六七八九"


def _section_to_chinese(n: int) -> str:
    out = []
    zero = False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(_CN_DIGITS[d] + name)
    return "".join(out)


def to_chinese(n: int) -> str:
    """Write a non-negative integer as a standard Chinese numeral (for tests and docs)."""
    if n < 0:
        raise ValueError("negative")
    if n == 0:
        return "零"
    parts = []
    groups = []
    while n:
        groups.append(n % 10_000)
        n //= 10_000
    names = ["", "万", "亿", "万亿"]
    if len(groups) > 4:
        raise ValueError("too large")
    need_zero = False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            need_zero = bool(parts)
            continue
        if parts and (need_zero or g < 1000):
            parts.append("零")
        need_zero = False
        parts.append(_section_to_chinese(g) + names[idx])
    s = "".join(parts)
    if s.startswith("一十"):
        s = s[1:]
    return s
