"""The Chinese cases of two public numeral test suites, each put into a made-up report sentence.

Sources (see docs/notes/numerals.md):
- NUMBER, PERCENT: microsoft/Recognizers-Text, Specs/Number/Chinese/NumberModel.json and
  PercentModel.json (a numbers-and-percentages recogniser): every case whose input is one number
  (simplified and traditional script);
- MONEY: dongrixinyu/JioNLP, test/test_money_parser.py (a money parser): every case.

Each case is written into a sentence (`种植{case}亩`, `贫困发生率为{case}`, `投入资金{case}` …)
and must give one figure: the case's text with its unit, the suite's value and our unit
(百分点 stays 百分点, foreign money keeps its currency).  Values follow our conventions where the
suite's format differs: 3000多欧元 is 3000 at_least (the suite gives [3000, 4000]); money is not
rounded to cents.  OUT_OF_SCOPE are the suite cases no report writes as a figure (scientific
notation, powers, fractions, dozens and pairs, discounts 折/成, the k/w/M suffixes); they are listed,
run and counted apart.  KNOWN_GAPS are in-scope cases the grammar still gets wrong (xfail,
strict: a fixed gap fails until it is taken off the list).

`python tests/test_public_suites.py` prints the share right per suite.
"""
import sys
from decimal import Decimal

import pytest

from fupin_extract.figures import find_figures

D = Decimal

# (case, value): in `种植{case}亩`
NUMBER = [
    ("肆佰陸拾", 460), ("十 余 万", 100000), ("一百五十二", 152), ("壹佰伍拾", 150), ("两千四百五", 2450),
    ("10万万", 1000000000), ("4.78万亿", 4780000000000), ("7 万5 千4 百", 75400), ("二十 億", 2000000000),
    ("４，５６５", 4565), ("四百五十", 450), ("四百五", 450), ("一千零一", 1001), ("一百零一万一千", 1011000),
    ("一千两百三十四万", 12340000), ("五亿零六", 500000006), ("七十八万五佰零六", 780506), ("肆拾肆", 44),
    ("倆千两百贰拾二", 2222), ("5万4千6百", 54600), ("5亿1万4千6百", 500014600), ("拾万零五十六", 100056),
    ("十", 10), ("十五", 15), ("一百", 100), ("九百九十九", 999), ("九百九", 990), ("二百五十", 250),
    ("一千零五十", 1050), ("一千零五", 1005), ("一千陆", 1600), ("一万三", 13000), ("一万二百五十", 10250),
    ("一万零二百五十", 10250), ("九万四", 94000), ("九十二万四", 924000), ("九万零四百", 90400),
    ("九百万零四百", 9000400), ("四千零五万", 40050000), ("四千万", 40000000), ("四千万零六千", 40006000),
    ("四亿", 400000000), ("四亿五千六百四十二万零一十五", 456420015), ("四万五千六百二十二", 45622),
    ("十万柒仟捌佰伍拾肆", 107854), ("拾六万零五百零六", 160506), ("拾亿零六万零五百零六", 1000060506),
    ("一百万零四", 1000004), ("四十万", 400000), ("四千零四万", 40040000), ("四十五亿四千零四万", 4540040000),
    ("四万万", 400000000), ("百三", 130), ("1,050,000,000", 1050000000), ("两千三百五", 2350),
    ("一百 五 十 二", 152), ("两千 四 百 五", 2450), ("7万 5千 4百", 75400),
    ("三千 八百 九十六 万 四千 九百 六十五", 38964965), ("三千 九百 六十五", 3965), ("五百 余万", 5000000),
    ("一千多万", 10000000), ("十多万", 100000), ("二十几万", 200000), ("一百零几万", 1000000),
    ("一千五百零几万", 15000000), ("一百 二 十 几亿", 12000000000), ("500余万", 5000000),
    ("八千 三百 八十五 万 二千 三百 二十六 点三三", D("83852326.33")), ("壹百五十二", 152), ("兩千四百五", 2450),
    ("10萬萬", 1000000000), ("4.78萬億", 4780000000000), ("7 萬5 千4 百", 75400), ("壹千零壹", 1001),
    ("壹百零壹萬壹千", 1011000), ("壹千兩百三十四萬", 12340000), ("五億零六", 500000006),
    ("七十八萬五佰零六", 780506), ("兩千兩百貳拾二", 2222), ("5萬4千6百", 54600), ("5億1萬4千6百", 500014600),
    ("拾萬零五十六", 100056), ("壹百", 100), ("壹千零五十", 1050), ("壹千零五", 1005), ("壹千六", 1600),
    ("壹萬三", 13000), ("壹萬二百五十", 10250), ("壹萬零二百五十", 10250), ("九萬四", 94000),
    ("九十二萬四", 924000), ("九萬零四百", 90400), ("九百萬零四百", 9000400), ("四千零五萬", 40050000),
    ("四千萬", 40000000), ("四千萬零六千", 40006000), ("四億", 400000000),
    ("四億五千六百四十二萬零壹十五", 456420015), ("四萬五千六百二十二", 45622), ("十萬柒仟捌佰伍拾肆", 107854),
    ("拾六萬零五百零六", 160506), ("拾億零六萬零五百零六", 1000060506), ("壹百萬零四", 1000004),
    ("四十萬", 400000), ("四千零四萬", 40040000), ("四十五億四千零四萬", 4540040000), ("四萬萬", 400000000),
    ("5,236", 5236), ("兩千三百五", 2350), ("壹百 五 十 二", 152), ("兩千 四 百 五", 2450),
    ("7萬 5千 4百", 75400), ("三千 八百 九十六 萬 四千 九百 六十五", 38964965), ("五百 余萬", 5000000),
    ("壹千多萬", 10000000), ("十多萬", 100000), ("二十幾萬", 200000), ("壹百零幾萬", 1000000),
    ("壹千五百零幾萬", 15000000), ("壹百 二 十 幾億", 12000000000), ("500余萬", 5000000),
    ("八千 三百 八十五 萬 二千 三百 二十六 點三三", D("83852326.33")), ("壹百五", 150), ("一百五", 150),
    ("十五点七", D("15.7")), ("１１.92亿", 1192000000), ("２．２", D("2.2")), ("２．２亿", 220000000),
    ("1000  万", 10000000), ("四百 点 五", D("400.5")), ("零点五", D("0.5")), ("10.233", D("10.233")),
    ("二点五", D("2.5")), ("十点二三三", D("10.233")), ("两千万点五五四四", D("20000000.5544")),
    ("两千点零", 2000), ("两千三点一", D("2300.1")), ("10,000.233", D("10000.233")), (".23456000", D("0.23456")),
    ("4.800", D("4.8")), ("２.７８９０", D("2.789")), ("2.3", D("2.3")), ("2.3万", 23000), (".5", D("0.5")),
    ("一百五十四点零", 154), ("四百亿点零五零", D("40000000000.05")), ("一千六点五", D("1600.5")),
]

# (case, value): negative numbers, in `最低气温{case}℃`
NUMBER_SIGNED = [
    ("负三十二", -32), ("-10000", -10000), ("负10000", -10000), ("负四十五亿零四百零四万", -4504040000),
    ("负四百零五亿零四百零四万", -40504040000), ("負三十二", -32), ("負四十五億零四百零四萬", -4504040000),
    ("負四百零五億零四百零四萬", -40504040000), ("负六点六", D("-6.6")), ("-.5", D("-0.5")),
]

# (case, value, unit): in `贫困发生率下降{case}`
PERCENT = [
    ("百分之２．４", D("2.4"), "%"), ("百分之五", 5, "%"), ("一百五十    个百分点", 150, "百分点"),
    ("六个百分点", 6, "百分点"), ("２．４个百分点", D("2.4"), "百分点"), ("-22.2%", D("-22.2"), "%"),
    ("２２％", 22, "%"), ("－1２２％", -122, "%"), ("百分之22", 22, "%"), ("百分之１２０", 120, "%"),
    ("百分之1,111", 1111, "%"), ("百分之９，９９９", 9999, "%"), ("12个百分点", 12, "百分点"),
    ("2,123个百分点", 2123, "百分点"), ("二十个百分点", 20, "百分点"), ("四点 五个百分点", D("4.5"), "百分点"),
    ("百分之五 十", 50, "%"), ("百分之一 点五", D("1.5"), "%"), ("百分之５６.２", D("56.2"), "%"),
    ("百分之１２", 12, "%"), ("百分之3,000", 3000, "%"), ("百分之１，１２３", 1123, "%"),
    ("12.56个百分点", D("12.56"), "百分点"), ("０.４个百分点", D("0.4"), "百分点"),
    ("15,123个百分点", 15123, "百分点"), ("１１１，１１１个百分点", 111111, "百分点"), ("25%", 25, "%"),
    ("一百五十个百分点", 150, "百分点"), ("七十五万个百分点", 750000, "百分点"),
    ("拾万零五十六点叁叁个百分点", D("100056.33"), "百分点"), ("75.2个百分点", D("75.2"), "百分点"),
    ("75个百分点", 75, "百分点"), ("1,075个百分点", 1075, "百分点"), ("百分之一百", 100, "%"),
    ("百分之百", 100, "%"), ("百分之一百二十点五", D("120.5"), "%"), ("百分之2.4", D("2.4"), "%"),
    ("百分之2", 2, "%"), ("百分之1,669", 1669, "%"), ("百分之５２.５", D("52.5"), "%"),
    ("百分之2.2", D("2.2"), "%"), ("5％", 5, "%"), ("５．５％", D("5.5"), "%"),
    ("一 百 五 十 个 百 分 点", 150, "百分点"), ("六   个 百 分点", 6, "百分点"),
    ("２．４   个百分 点", D("2.4"), "百分点"), ("百 分之 一百二十点五", D("120.5"), "%"),
    ("百 分 之2.4", D("2.4"), "%"), ("百 分之 2", 2, "%"), ("百  分 之 669", 669, "%"),
    ("百 分 之 一 百二 十点 五", D("120.5"), "%"),
    ("一百五十 個百分點", 150, "百分点"), ("六個百分點", 6, "百分点"), ("２．４個百分點", D("2.4"), "百分点"),
    ("12個百分點", 12, "百分点"), ("2,123個百分點", 2123, "百分点"), ("二十個百分點", 20, "百分点"),
    ("四點 五個百分點", D("4.5"), "百分点"), ("百分之一 點五", D("1.5"), "%"),
    ("12.56個百分點", D("12.56"), "百分点"), ("０.４個百分點", D("0.4"), "百分点"),
    ("15,123個百分點", 15123, "百分点"), ("１１１，１１１個百分點", 111111, "百分点"),
    ("一百五十個百分點", 150, "百分点"), ("七十五萬個百分點", 750000, "百分点"),
    ("拾萬零五十六點叁叁個百分點", D("100056.33"), "百分点"), ("75.2個百分點", D("75.2"), "百分点"),
    ("75個百分點", 75, "百分点"), ("1,075個百分點", 1075, "百分点"), ("百分之一百二十點五", D("120.5"), "%"),
    ("一 百 五 十 個 百 分 點", 150, "百分点"), ("六   個 百 分點", 6, "百分点"),
    ("２．４   個百分 點", D("2.4"), "百分点"), ("百 分之 一百二十點五", D("120.5"), "%"),
    ("佰 分 之 一 百二 十點 五", D("120.5"), "%"),
]

# sentences of the percent suite with several figures: (sentence, [(text, value, unit)])
PERCENT_SENTENCES = [
    ("百分之6酒精含量的啤酒和32.5%的白酒", [("百分之6", 6, "%"), ("32.5%", D("32.5"), "%")]),
    ("百分之2等于百分之二，和2%是一样的。", [("百分之2", 2, "%"), ("百分之二", 2, "%"), ("2%", 2, "%")]),
]

# (case, figure text, value, unit, value_max, qualifier): in `投入资金{case}`
MONEY = [
    ("82，225.00元", "82，225.00元", 82225, "元", None, "exact"),
    ("25481港元", "25481港元", 25481, "港元", None, "exact"),
    ("45564.44美元", "45564.44美元", D("45564.44"), "美元", None, "exact"),
    ("233,333，333,434.344元", "233,333，333,434.344元", D("233333333434.344"), "元", None, "exact"),
    ("1.2万元", "1.2万元", 12000, "元", None, "exact"),
    ("3千万亿日元", "3千万亿日元", 3000000000000000, "日元", None, "exact"),
    ("六十四万零一百四十三元一角七分", "六十四万零一百四十三元一角七分", D("640143.17"), "元", None, "exact"),
    ("壹万二千三百四十五元", "壹万二千三百四十五元", 12345, "元", None, "exact"),
    ("三百万", "三百万", 3000000, "元", None, "exact"),
    ("肆佰叁拾萬", "肆佰叁拾萬", 4300000, "元", None, "exact"),
    ("肆佰叁拾萬圆整", "肆佰叁拾萬圆", 4300000, "元", None, "exact"),
    ("肆佰叁拾萬圆", "肆佰叁拾萬圆", 4300000, "元", None, "exact"),
    ("二十五万三千二百泰铢", "二十五万三千二百泰铢", 253200, "泰铢", None, "exact"),
    ("两个亿卢布", "两个亿卢布", 200000000, "卢布", None, "exact"),
    ("十块三毛", "十块三毛", D("10.3"), "元", None, "exact"),
    ("一百三十五块六角七分钱", "一百三十五块六角七分", D("135.67"), "元", None, "exact"),
    ("约4.287亿美元", "4.287亿美元", 428700000, "美元", None, "approx"),
    ("近700万元", "700万元", 7000000, "元", None, "approx"),
    ("至少九千块钱以上", "九千块钱", 9000, "元", None, "at_least"),
    ("3000多欧元", "3000多欧元", 3000, "欧元", None, "at_least"),
    ("几十万块", "十万块", 100000, "元", None, "at_least"),
    ("人民币数十亿元", "十亿元", 1000000000, "元", None, "at_least"),
    ("数十亿元人民币", "十亿元", 1000000000, "元", None, "at_least"),
    ("十几块钱", "十几块钱", 10, "元", None, "at_least"),
    ("大约十多欧元", "十多欧元", 10, "欧元", None, "approx"),
    ("从8500到3万港元", "8500到3万港元", 8500, "港元", 30000, "exact"),
    ("1万-5万元", "1万-5万元", 10000, "元", 50000, "exact"),
    ("1万元--5万元", "1万元--5万元", 10000, "元", 50000, "exact"),
    ("2——3万港币", "2——3万港币", 20000, "港元", 30000, "exact"),
    ("两到三万港元", "两到三万港元", 20000, "港元", 30000, "exact"),
    ("十八至三十万日元", "十八至三十万日元", 180000, "日元", 300000, "exact"),
    ("两到三仟澳元", "两到三仟澳元", 2000, "澳元", 3000, "exact"),
    ("两~3百日元", "两~3百日元", 200, "日元", 300, "exact"),
    ("一百二十到一百五十万元", "一百二十到一百五十万元", 1200000, "元", 1500000, "exact"),
    ("一千到两千万元人民币", "一千到两千万元", 10000000, "元", 20000000, "exact"),
    ("七千到九千亿元", "七千到九千亿元", 700000000000, "元", 900000000000, "exact"),
    ("八百到九百亿泰铢", "八百到九百亿泰铢", 80000000000, "泰铢", 90000000000, "exact"),
    ("八九亿韩元", "八九亿韩元", 800000000, "韩元", 900000000, "exact"),
    ("三五百块", "三五百块", 300, "元", 500, "exact"),
    ("四五千块钱", "四五千块钱", 4000, "元", 5000, "exact"),
    ("50万元（含）以上", "50万元", 500000, "元", None, "at_least"),
    ("1万(含)-5万元", "1万(含)-5万元", 10000, "元", 50000, "exact"),
    ("港币两千九百六十元", "两千九百六十元", 2960, "港元", None, "exact"),
    ("新台币 177.1 亿元", "177.1 亿元", 17710000000, "新台币", None, "exact"),
    ("不到1.9万台币", "1.9万台币", 19000, "新台币", None, "at_most"),
]

# suite cases no report writes as a figure, with why (run and counted apart)
OUT_OF_SCOPE = [
    ("number", "40k", 40000, "a k suffix"), ("number", "一打", 12, "dozens"), ("number", "五十打", 600, "dozens"),
    ("number", "壹打", 12, "dozens"), ("number", "三双", 6, "pairs"), ("number", "一百对", 200, "pairs"),
    ("number", "十双", 20, "pairs"), ("number", "一百五十对", 300, "pairs"), ("number", "两双", 4, "pairs"),
    ("number", "半百", 50, "literary"), ("number", "2^5", 32, "a power"), ("number", "2e5", 200000, "scientific"),
    ("number", "21.2E0", D("21.2"), "scientific"), ("number", "五兆六十二亿四万五千二", 5006200045200, "兆 (10^6 or 10^12)"),
    ("number", "五分之一", D("0.2"), "a fraction"), ("number", "二分之一", D("0.5"), "a fraction"),
    ("number", "３／５", D("0.6"), "a fraction"), ("number", "一百分之二", D("0.02"), "a fraction"),
    ("percent", "九成", 90, "成 (tenths)"), ("percent", "三成半", 35, "成 (tenths)"), ("percent", "75折", 75, "a discount"),
    ("percent", "九 九 折", 99, "a discount"), ("percent", "对折", 50, "a discount"),
    ("percent", "百分之15Ｋ", 15000, "a k suffix"), ("percent", "百分之3.2M", 3200000, "an M suffix"),
    ("percent", "12k个百分点", 12000, "a k suffix"),
    ("money", "15k左右", 15000, "a k suffix"), ("money", "30w上下", 300000, "a w suffix"),
]

#: in-scope cases the grammar still gets wrong (xfail, strict)
KNOWN_GAPS: set = set()  # session 10 closed the last three: four spaces, 两~3百日元, 1万(含)-5万元


def _row(f):
    return (f.text, f.value, f.unit, f.value_max, f.qualifier)


def _cases():
    """(suite, case, sentence, expected rows)."""
    out = []
    for case, v in NUMBER:
        out.append(("number", case, f"种植{case}亩", [(f"{case}亩", D(v), "亩")]))
    for case, v in NUMBER_SIGNED:
        out.append(("number", case, f"最低气温{case}℃", [(f"{case}℃", D(v), "℃")]))
    for case, v, unit in PERCENT:
        out.append(("percent", case, f"贫困发生率下降{case}", [(case, D(v), unit)]))
    for sentence, rows in PERCENT_SENTENCES:
        out.append(("percent", sentence, sentence, [(t, D(v), u) for t, v, u in rows]))
    for case, text, v, unit, vmax, q in MONEY:
        out.append(("money", case, f"投入资金{case}", [(text, D(v), unit, None if vmax is None else D(vmax), q)]))
    return out


CASES = _cases()


def _got(sentence, expected):
    """The figures of the sentence, as many fields as the expectation has."""
    width = len(expected[0]) if expected else 3
    return [_row(f)[:width] for f in find_figures(sentence, "t")]


def _right(sentence, expected) -> bool:
    return _got(sentence, expected) == expected


@pytest.mark.parametrize(
    "suite,case,sentence,expected",
    [pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason="known gap")) if c[1] in KNOWN_GAPS else c
     for c in CASES],
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_public_case(suite, case, sentence, expected):
    assert _got(sentence, expected) == expected


def share() -> dict:
    """Per suite: (right, total) of the in-scope cases."""
    out = {}
    for suite, _, sentence, expected in CASES:
        r, t = out.get(suite, (0, 0))
        out[suite] = (r + _right(sentence, expected), t + 1)
    return out


if __name__ == "__main__":
    for suite, case, sentence, expected in CASES:
        if not _right(sentence, expected):
            print(f"{suite:8} {sentence!r}\n         got  {_got(sentence, expected)}\n         want {expected}")
    right = total = 0
    for suite, (r, t) in share().items():
        print(f"{suite:8} {r}/{t} = {r / t:.3f}")
        right, total = right + r, total + t
    print(f"in scope {right}/{total} = {right / total:.3f}; out of scope: {len(OUT_OF_SCOPE)} cases "
          f"(all cases {right}/{total + len(OUT_OF_SCOPE)} = {right / (total + len(OUT_OF_SCOPE)):.3f})")
    sys.exit(0)
