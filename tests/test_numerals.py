"""Every way a Chinese document writes a number (issue 14).

The sentences of ``patterns/units.yaml`` ``examples`` run through the figure grammar; the
numeral parser is checked on a table of forms and by round trips (hypothesis): integers
0…10^12 and decimals written as ordinary, financial (大写) and traditional Chinese numerals
with random spaces between the parts, and amounts written in 元/角/分.
"""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from fupin_extract.figures import LONE_FINANCIAL, find_figures
from fupin_extract.figures.numerals import NumeralError, parse_any, parse_chinese_decimal, parse_pair, to_chinese
from fupin_extract.rules.loader import load_patterns

EXAMPLES = load_patterns().units.examples


def _row(f):
    return (f.text, f.value, f.unit) if f.value_max is None else (f.text, f.value, f.unit, f.value_max)


def _expected(row):
    text, value, unit, *rest = row
    return (text, Decimal(str(value)), unit, *(Decimal(str(r)) for r in rest))


@pytest.mark.parametrize("text,figures", EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_unit_file_examples(text, figures):
    got = find_figures(text, "t")
    assert [_row(f) for f in got] == [_expected(r) for r in figures]
    for f in got:
        assert text[f.start:f.end] == f.text


PARSE = [
    ("壹佰伍拾", 150), ("拾六萬零五百零六", 160506), ("倆千两百贰拾二", 2222), ("四万万", 400000000),
    ("三万亿", 3 * 10 ** 12), ("十五点七万", 157000), ("零点五", Decimal("0.5")), ("一 点五", Decimal("1.5")),
    ("7 万5 千4 百", 75400), ("12万3千", 123000), ("４，５６５", 4565), ("82，225.00", 82225), (".5", Decimal("0.5")),
    ("一亿三千万", 130000000), ("贰零贰零", 2020),
]


@pytest.mark.parametrize("text,value", PARSE)
def test_parse_any(text, value):
    assert parse_any(text) == Decimal(value)


@pytest.mark.parametrize("bad", ["点五", "一点", "十十", "千百", "三点两", "点"])
def test_parse_any_rejects(bad):
    with pytest.raises(NumeralError):
        parse_any(bad)


@pytest.mark.parametrize("text,pair", [("三五百", (300, 500)), ("四五千", (4000, 5000)), ("七八十", (70, 80)),
                                       ("四五", (4, 5)), ("一三", None), ("三百", None), ("五三百", None), ("两三百", (200, 300)), ("一两", (1, 2)), ("两两", None)])
def test_parse_pair(text, pair):
    assert parse_pair(text) == pair


# --------------------------------------------------------------------------- round trips
FINANCIAL = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")
TRADITIONAL = str.maketrans("一二三四五六七八九十百千万亿", "壹貳參肆伍陸柒捌玖拾佰仟萬億")
FORMS = [lambda s: s, lambda s: s.translate(FINANCIAL), lambda s: s.translate(TRADITIONAL)]


@st.composite
def spaced(draw, s: str) -> str:
    """``s`` with up to two spaces or line breaks drawn between some of its characters."""
    out = [s[0]]
    for c in s[1:]:
        out.append(draw(st.sampled_from(["", "", "", " ", "  ", "\n", " \n"])))
        out.append(c)
    return "".join(out)


@st.composite
def written(draw, n: int) -> str:
    form = draw(st.sampled_from(FORMS))
    return draw(spaced(form(to_chinese(n))))


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10 ** 12).flatmap(lambda n: st.tuples(st.just(n), written(n))))
def test_integers_round_trip_through_every_form(case):
    n, text = case
    assert parse_chinese_decimal(text) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10 ** 8), st.text("0123456789", min_size=1, max_size=4),
       st.sampled_from(FORMS), st.data())
def test_decimals_round_trip_through_every_form(whole, frac, form, data):
    digits = "".join("零一二三四五六七八九"[int(c)] for c in frac)
    text = data.draw(spaced(form(to_chinese(whole) + "点" + digits)))
    assert parse_chinese_decimal(text) == Decimal(f"{whole}.{frac}")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10 ** 9), st.integers(0, 9), st.integers(0, 9), st.booleans(),
       st.sampled_from(FORMS), st.data())
def test_yuan_jiao_fen_round_trip(yuan, jiao, fen, chinese, form, data):
    if chinese:
        amount = form(to_chinese(yuan)) + "元" + (form(to_chinese(jiao)) + "角" if jiao else "")
        amount += form(to_chinese(fen)) + "分" if fen else ""
        amount = data.draw(spaced(amount))
    else:
        amount = f"{yuan}元" + (f"{jiao}角" if jiao else "") + (f"{fen}分" if fen else "")
    text = f"共补助{amount}，"
    figs = find_figures(text, "t")
    assert [(f.text, f.value, f.unit) for f in figs] == [(amount, Decimal(f"{yuan}.{jiao}{fen}"), "元")]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10 ** 12).flatmap(lambda n: st.tuples(st.just(n), written(n))),
       st.sampled_from(["元", "户", "亩"]))
def test_written_integers_are_figures_with_their_spans(case, unit):
    n, numeral = case
    assume(unit == "元" or numeral not in LONE_FINANCIAL)  # 陆续, 队伍: alone only before 元
    text = f"共计{numeral}{unit}。"
    figs = find_figures(text, "t")
    assert [(f.text, f.value, f.unit) for f in figs] == [(numeral + unit, n, unit)]
    assert text[figs[0].start:figs[0].end] == figs[0].text



MULTIPLIERS = [("", 1), ("百", 100), ("千", 1000), ("万", 10 ** 4), ("亿", 10 ** 8)]
DASHES = ["-", "~", "—", "～"]


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 9999), st.integers(1, 9999), st.sampled_from(MULTIPLIERS), st.sampled_from(MULTIPLIERS[2:4]),
       st.sampled_from(DASHES + ["至"]), st.booleans())
def test_ranges_whose_ends_carry_multipliers(a, b, m1, m2, sep, unit_twice):
    """1万-5万元, 3千至5千元, 1万元--5万元: one figure from a to b when the second end is no
    smaller; with the unit after both ends only when a dash or tilde joins them."""
    assume(m1[0] or unit_twice)  # 3-5万元: the first end takes the second's multiplier (other rows)
    lo, hi = a * m1[1], b * m2[1]
    first = f"{a}{m1[0]}" + ("元" if unit_twice else "")
    whole = f"{first}{sep}{b}{m2[0]}元"
    figs = find_figures(f"每户补助{whole}，", "t")
    if hi >= lo and (sep in DASHES or not unit_twice):
        assert [(f.text, f.value, f.value_max, f.unit) for f in figs] == [(whole, Decimal(lo), Decimal(hi), "元")]
    else:
        assert all(f.value_max is None for f in figs)
