"""Properties of the extractor over generated text (hypothesis).

Inputs: arbitrary Unicode, report-like text assembled from fragments of corpora/ sentences,
numerals, units, qualifiers and punctuation, and real sentences mutated.  Properties:
``extract_text`` never raises; every figure has ``0 <= start < end <= len(text)`` and
``text[start:end] == figure text``; values are finite; two runs give the same table; the
figures of a document do not depend on the other documents of a partition.  And the number
grammar: integers round-trip through ``to_chinese``/``parse_number``, Arabic numbers with
thousands separators and decimals, full-width digits through ``extract_text``.

Profiles: ``ci`` (default; modest example counts, no deadline) and ``fuzz`` (many examples):
``FUPIN_HYPOTHESIS=fuzz .venv/bin/python -m pytest tests/test_properties.py``.  The profile
is applied to the tests of this module only, so other modules keep their own settings.
"""
from __future__ import annotations

import math
import os
import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import fupin_extract as fx
from fupin_extract.model import Document
from fupin_extract.figures.numerals import parse_number, to_chinese
from fupin_extract.rules.loader import load_patterns
from fupin_extract.pipeline import extract_partition

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"

settings.register_profile("ci", max_examples=40, deadline=None, derandomize=False,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz", max_examples=3000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROFILE = settings.get_profile(os.environ.get("FUPIN_HYPOTHESIS", "ci"))


def scaled(n: int) -> settings:
    """The profile with ``n`` times its example count (cheap properties get more examples)."""
    return settings(PROFILE, max_examples=max(1, PROFILE.max_examples * n))


# --------------------------------------------------------------------------- fragments
@lru_cache(maxsize=1)
def sentences() -> list:
    out = []
    for p in sorted(CORPORA.glob("*.txt")):
        for m in regex.finditer(r"[^。！？；\n]+[。！？；]?", p.read_text(encoding="utf-8")):
            s = m.group().strip()
            if 4 <= len(s) <= 200:
                out.append(s)
    return out


@lru_cache(maxsize=1)
def clauses() -> list:
    return sorted({c for s in sentences() for c in regex.split(r"[，,、：:（）()]", s) if 2 <= len(c) <= 40})


def _units():
    u = load_patterns().units
    quals = [w for pos in u.qualifiers.values() for ws in pos.values() for w in ws]
    return sorted(u.forms), sorted(u.multipliers), sorted(set(quals))


UNITS, MULTIPLIERS, QUALIFIERS = _units()
PUNCT = list("，。、；：！？（）“”《》【】,.;:!?()-~—/ \n\t%％") + ["\r\n", "…", "——"]
CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"

arabic = st.one_of(
    st.integers(0, 10**9).map(str),
    st.integers(0, 10**9).map(lambda n: f"{n:,}"),
    st.tuples(st.integers(0, 10**6), st.integers(0, 10**4)).map(lambda t: f"{t[0]}.{t[1]}"),
    st.text("0123456789,.", min_size=1, max_size=12),
)
chinese = st.one_of(st.integers(0, 10**12).map(to_chinese), st.text(CN_DIGITS, min_size=1, max_size=8))
fullwidth = st.integers(0, 10**7).map(lambda n: str(n).translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)}))
number = st.one_of(arabic, chinese, fullwidth)
figure_like = st.tuples(
    st.sampled_from([""] + QUALIFIERS), number, st.sampled_from(["", "-", "至", "~"]),
    st.one_of(st.just(""), number), st.sampled_from([""] + MULTIPLIERS), st.sampled_from([""] + QUALIFIERS),
    st.sampled_from(UNITS), st.sampled_from([""] + QUALIFIERS),
).map(lambda t: t[0] + t[1] + (t[2] + t[3] if t[3] else "") + t[4] + t[5] + t[6] + t[7])
fragment = st.one_of(
    st.sampled_from(clauses()), figure_like, number, st.sampled_from(UNITS), st.sampled_from(QUALIFIERS),
    st.sampled_from(PUNCT), st.text(max_size=5),
)
report_like = st.lists(fragment, max_size=30).map("".join)


@st.composite
def mutated_sentence(draw):
    """A corpus sentence with a few random edits: insert a fragment, delete a slice, replace
    or duplicate characters, swap two slices."""
    s = draw(st.sampled_from(sentences()))
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, len(s)))
        j = draw(st.integers(i, min(len(s), i + 8)))
        op = draw(st.sampled_from(["insert", "delete", "replace", "duplicate", "swap"]))
        if op == "insert":
            s = s[:i] + draw(fragment) + s[i:]
        elif op == "delete":
            s = s[:i] + s[j:]
        elif op == "replace":
            s = s[:i] + draw(st.text(min_size=1, max_size=3)) + s[j:]
        elif op == "duplicate":
            s = s[:j] + s[i:j] + s[j:]
        else:
            s = s[i:j] + s[:i] + s[j:]
    return s


any_text = st.one_of(st.text(max_size=200), report_like, mutated_sentence())


# --------------------------------------------------------------------------- invariants
def check_table(text: str, df) -> None:
    for r in df.itertuples(index=False):
        assert 0 <= r.start < r.end <= len(text), (r.start, r.end, len(text))
        assert text[r.start:r.end] == r.text
        assert math.isfinite(r.value), r
        assert Decimal(r.value_exact).is_finite()
        if r.value_max == r.value_max:  # not NaN: a range
            assert math.isfinite(r.value_max) and r.value_max >= r.value, r
        assert r.sentence_start <= r.start and r.sentence in text


@PROFILE
@given(st.text())
@example("")
@example("\x00" * 10)
@example("１２３６户")
def test_arbitrary_unicode_never_raises(text):
    check_table(text, fx.extract_text(text))


@PROFILE
@given(report_like)
def test_report_like_text(text):
    check_table(text, fx.extract_text(text))


@PROFILE
@given(mutated_sentence())
def test_mutated_sentences(text):
    check_table(text, fx.extract_text(text))


@PROFILE
@given(any_text)
def test_two_runs_give_the_same_table(text):
    a, b = fx.extract_text(text), fx.extract_text(text)
    assert a.equals(b)


@PROFILE
@given(any_text, any_text)
def test_figures_do_not_depend_on_other_documents(a, b):
    pair = extract_partition([Document("a", a), Document("b", b)])
    alone = extract_partition([Document("a", a)])
    fa = pair["figures"][pair["figures"]["doc"] == "a"].reset_index(drop=True)
    assert fa.equals(alone["figures"])
    assert pair["documents"][pair["documents"]["doc"] == "a"].reset_index(drop=True).equals(alone["documents"])


# --------------------------------------------------------------------------- number grammar
@scaled(10)
@given(st.integers(0, 10**12))
@example(0)
@example(10)
@example(100_010)
@example(10**8 + 1)
@example(10**12)
def test_chinese_numerals_round_trip(n):
    assert parse_number(to_chinese(n)) == n


@scaled(10)
@given(st.integers(0, 10**15))
def test_thousands_separators_round_trip(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@scaled(10)
@given(st.integers(0, 10**9), st.text("0123456789", min_size=1, max_size=6))
def test_decimals_round_trip(ip, frac):
    assert parse_number(f"{ip:,}.{frac}") == Decimal(f"{ip}.{frac}")


def one_figure(text):
    df = fx.extract_text(text)
    check_table(text, df)
    assert len(df) == 1, df[["text", "value"]].values.tolist()
    r = df.iloc[0]
    return r["text"], Decimal(r["value_exact"]), r["unit"]


@PROFILE
@given(st.integers(0, 10**9), st.booleans())
@example(1236, True)
def test_arabic_figures_through_extract_text(n, sep):
    num = f"{n:,}" if sep else str(n)
    assert one_figure(f"全乡共有贫困户{num}户。") == (f"{num}户", Decimal(n), "户")


@PROFILE
@given(st.integers(0, 10**6), st.text("0123456789", min_size=1, max_size=4))
def test_decimal_figures_through_extract_text(ip, frac):
    assert one_figure(f"人均纯收入{ip}.{frac}元。") == (f"{ip}.{frac}元", Decimal(f"{ip}.{frac}"), "元")


FULL = {c: c + 0xFEE0 for c in range(0x30, 0x3A)}


@PROFILE
@given(st.integers(0, 10**9))
@example(1236)
def test_fullwidth_digits_through_extract_text(n):
    num = str(n).translate(FULL)
    assert one_figure(f"全乡共有贫困户{num}户。") == (f"{num}户", Decimal(n), "户")


def test_fullwidth_example():
    assert one_figure("１２３６户") == ("１２３６户", Decimal(1236), "户")


# --------------------------------------------------------------------------- fast paths
# The figure grammar answers some questions without the regex that defines them (a set lookup,
# a cache, a search from the rare character); each must give what the regex gives.
from fupin_extract.figures import find as F  # noqa: E402
from fupin_extract.figures.numerals import normalise_decimal  # noqa: E402
from fupin_extract.segment import clause_start  # noqa: E402

G = F.grammar()
UNIT_TEXT = st.lists(st.sampled_from(UNITS + list(" \t\n\r，。个户人万元") + ["平\n方米", "公 里", "人 次"]),
                     max_size=12).map("".join)
EXCLUSION_TEXT = st.lists(st.sampled_from(list("0123456789.·-~至到 \n一二三四五六七八九十百千年月日号第组社队村区篇"
                                               "国道省县乡线GSXxX_*×“”「」（）()【】、．。；，:是要每次级届版元旦春节洪灾到在往至")
                                          + ["社区", "国道", "号文", "两不愁三保障", "十三五", "龙池"]),
                          max_size=40).map("".join)


def _unit_by_regex(n: str, j: int):
    m = G.unit_re.match(n, j)
    return (G.strip_ws.sub("", m.group()), m.end()) if m else None


@scaled(10)
@given(UNIT_TEXT, st.integers(0, 40))
@example("人 次", 0)
@example("户(次)", 0)
def test_unit_at_is_the_unit_regex(n, j):
    assert G.unit_at(n, j) == _unit_by_regex(n, j)


def _mask_by_full_scans(n: str) -> bytearray:
    mask = bytearray(len(n))
    for k, rule in enumerate(G.p.exclusions, 1):
        pattern = rule.pattern if rule.kind != "address" else F._address_pattern(n, rule.units)
        for m in (pattern.finditer(n) if pattern is not None else ()):
            s, e = m.span()
            if e > s:
                mask[s:e] = bytes([k]) * (e - s)
    return mask


@scaled(10)
@given(EXCLUSION_TEXT)
@example("龙池村龙池8组")
@example("沿202国道")
def test_exclusion_mask_is_every_pattern_scanned(n):
    assert F.excluded_mask(n, G)[0] == _mask_by_full_scans(n)


@scaled(10)
@given(EXCLUSION_TEXT)
@example("如下：1.产业\n二、就业")
def test_rules_of_engine_re_match_as_by_regex(n):
    """A rule scanned by the standard library's ``re`` (``engine: re``) finds the spans ``regex``
    finds, on every text ``excluded_mask`` gives it (one without \\x1c-\\x1f or astral characters)."""
    assert F._ENGINES_DIFFER.search(n) is None
    for _, rule, pats in F._exclusion_scans(G):
        for p, _, _, _, std in pats:
            if std is not None:
                assert [m.span() for m in std.finditer(n)] == [m.span() for m in p.finditer(n)], (rule.id, n)


@scaled(10)
@given(st.text("村甲乙丙1 ，\n", max_size=20))
@example("甲乙村村")
def test_village_stems_are_the_stem_regex(n):
    assert F.village_stems(n) == {m.group(1) for m in F.VILLAGE_STEM.finditer(n)}


@scaled(10)
@given(st.text("，,、：:。；\n（）()甲1", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_clause_start_backwards_is_clause_start(n, pos, floor):
    pos, floor = min(pos, len(n)), min(floor, pos, len(n))
    assert F._clause_start(n, pos, floor) == clause_start(n, pos, floor)


@scaled(10)
@given(st.decimals(min_value=0, max_value=10**9, places=4, allow_nan=False), st.sampled_from([1, 100, 10**4, 10**8]))
def test_scaled_is_by_value(v, mult):
    # equal values written otherwise (1.26 and 1.2600) share a cache entry: the result is the same
    assert F._scaled(v, mult) == normalise_decimal(v * mult)
    assert str(F._scaled(Decimal(str(v) + ("0" if "." in str(v) else ".0")), mult)) == str(normalise_decimal(v * mult))


def _qualifier_by_regex(n: str, start: int, end: int) -> str:
    mb = G.before_re.search(n[max(0, start - 8):start])
    if mb:
        return next(G.before[w] for w in G.before_longest_first if mb.group().startswith(w))
    ma = G.after_re.match(n, end)
    return G.after[ma.group()] if ma else "exact"


QUALIFIED = st.tuples(st.lists(st.sampled_from(QUALIFIERS + list("为达 \t\n了，甲")), max_size=4).map("".join),
                      st.lists(st.sampled_from(QUALIFIERS + list(" ，甲")), max_size=3).map("".join))


@scaled(10)
@given(QUALIFIED)
@example(("约为 ", "以上"))
def test_qualifier_is_the_qualifier_regexes(parts):
    n = parts[0] + "36户" + parts[1]
    s, e = len(parts[0]), len(parts[0]) + 3
    assert F._qualifier(n, G, s, e, None) == _qualifier_by_regex(n, s, e)


@scaled(10)
@given(EXCLUSION_TEXT)
@example("龙池村3组，到三组")
def test_anchored_scan_is_the_scan(t):
    """A pattern that starts with a look-behind, tried only after its characters, finds the
    matches of a scan of the whole text (the text padded so that the characters are rare)."""
    n = t + "甲" * (40 * len(t) + 40)
    for _, rule, pats in F._exclusion_scans(G):
        for p, _, after_chars, _, _ in pats:
            if after_chars:
                assert F._anchored_spans(p, after_chars, n) == [m.span() for m in p.finditer(n)], rule.id


@scaled(10)
@given(st.text("组社队村区1二 ", max_size=30), st.sampled_from([("组", "社", "队"), ("组", "组团"), ("社区", "社")]))
def test_unit_starts_by_find_are_the_overlapped_scan(n, units):
    assert F._starts_of(n, units) == [m.start() for m in F._unit_starts(units).finditer(n, overlapped=True)]


NOT_UNIT_TEXT = st.lists(st.sampled_from(sorted(load_patterns().units.not_units) + UNITS + list("年人户元甲")),
                         max_size=4).map("".join)


@scaled(10)
@given(NOT_UNIT_TEXT, st.integers(0, 10))
def test_not_unit_lookup_is_the_not_units_regex(n, p):
    if p < len(n):
        assert G.is_not_unit(n[p:p + G.not_units_longest]) == bool(G.not_units_re.match(n, p))


from fupin_extract.normalise import normalise, translation_table  # noqa: E402

#: characters the translation table maps (full-width, traditional, dashes …), characters it
#: leaves, and characters beyond the Basic Multilingual Plane, which the array must leave too
NORMALISE_TEXT = st.lists(st.sampled_from([chr(c) for c in sorted(translation_table())[::7]]
                                          + list("甲乙 \n1,.户") + ["\U00020000", "\U0001F600", "\U0010FFFF"]),
                          min_size=64, max_size=200).map("".join)


@scaled(10)
@given(NORMALISE_TEXT)
@example("\U0001F600" + "１" * 63)
def test_normalise_by_array_is_translate(t):
    # a lone \r (an old Mac's line break) is read as \n first; the rest is the table's
    assert normalise(t) == re.sub(r"\r(?!\n)", "\n", t).translate(translation_table())


#: exclusion text with the characters where str.isdecimal / str.isspace and the regex classes
#: part ways: separators \x1c-\x1f (spaces to isspace only), other scripts' digits, digits
#: beyond the BMP
PAIR_TEXT = st.lists(st.sampled_from(list("0123456789.·-~至到 \n一二三四五六七八九十两年度月日号组社队村户家里元镇乡县国省线"
                                          "名排前后位洪灾事件是要（）()、：:阅读浏览量，")
                                     + ["\x1c", "\x1f", "٣", "\u3000", "\xa0", "\U0001D7CE", "\U00011F50", "\U0001F600"]),
                     max_size=30).map("".join)


@scaled(10)
@given(PAIR_TEXT)
@example("7\x1c洪")
@example("\U00011F50.5洪")
def test_text_without_a_patterns_pairs_has_no_match(n):
    for _, rule, pats in F._exclusion_scans(G):
        for p, _, _, pairs, _ in pats:
            if pairs and not F.pairs_present(pairs, n):
                assert next(iter(p.finditer(n)), None) is None, (rule.id, p.pattern, n)


@scaled(10)
@given(st.text("龙池村组社队1２二十 \u3000\n，", max_size=30), st.sampled_from([("组", "社", "队"), ("组", "组团"), ("社区", "社")]))
@example("龙池村龙池8组", ("组", "社", "队"))
@example("龙池村龙池 组", ("组", "社", "队"))
def test_address_pattern_skips_only_texts_without_its_matches(n, units):
    """No number before a unit: the address rule skips the text (before looking for villages)."""
    a = F._AddressMatches(n, units)
    every = [m.span() for m in a.finditer(n)] if a.stems else []
    p = F._address_pattern(n, units)
    assert ([m.span() for m in p.finditer(n)] if p is not None else []) == every


@scaled(10)
@given(PAIR_TEXT)
@example("7\x1c洪")
@example("\U00011F50.5洪")
@example("٣户")
def test_pair_scanners_agree_with_the_character_loop(n):
    """The compiled pair tests (one ``re`` pattern per character after) tell what the loop over
    the text's characters tells, on the characters where \\d, \\s and str methods could differ."""
    for _, rule, pats in F._exclusion_scans(G):
        for _, _, _, pairs, _ in pats:
            if pairs:
                assert F.pairs_present(pairs, n) == F.pairs_present(tuple(pairs), n), (rule.id, n)
