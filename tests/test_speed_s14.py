"""Session 14's shortcuts in the figure grammar give what the general path gives.

- ``_plain_arabic`` (an Arabic number with its unit or multiplier right after it) against
  ``_numeral_figure`` alone, on made-up sentences of numbers, units, multipliers, qualifiers,
  recount words, places and signs;
- ``required.end_chars`` (the recount_before rules are searched only where one of their
  matches can end right before the number) against the rules' own search;
- ``MaskedPattern.spans`` against its ``finditer``;
- the not-unit test by ``str.startswith`` against ``Grammar.is_not_unit``.
"""
from __future__ import annotations

import dataclasses
import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from fupin_extract.figures import find as F
from fupin_extract.figures.required import end_chars
from fupin_extract.rules.exclusions import MaskedPattern
from fupin_extract.rules.loader import load_patterns

G = F.grammar()
U = load_patterns().units
EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "200"))
PROFILE = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))

#: pieces of made-up report sentences: numbers, what may follow and precede them
PIECES = (sorted(U.forms) + sorted(U.multipliers) + sorted(w for pos in U.qualifiers.values()
                                                           for ws in pos.values() for w in ws)
          + list("0123456789.,，一二三十百 \t\n-~至到：:（）/xX_¥$，。、")
          + ["贫困户", "贫困人口", "护林员", "资金", "港币", "美金", "一家", "户籍", "人民", "年级", "(含)",
             "万元镇", "个旧市", "万州区", "五家渠市", "平\n方米", "亩次年", "RMB", "HK$", "PM", "km", "kWh",
             "2019年", "12月", "第3", "1、", "36", "1380", "12.5", "3 000", "1,236"])
SENTENCE = st.lists(st.sampled_from(PIECES), min_size=1, max_size=14).map("".join)


def _rows(figs) -> list:
    return [tuple(getattr(f, x.name) for x in dataclasses.fields(f)) for f in figs]


def _general_path(text: str):
    """find_figures with every number read by _numeral_figure (no shortcut)."""
    plain = F._plain_arabic
    F._plain_arabic = lambda d, s, e, tok: F._NOT_PLAIN
    try:
        return F.find_figures(text, "d")
    finally:
        F._plain_arabic = plain


@PROFILE
@given(SENTENCE)
@example("全县投入资金35万元，建成36个村，贫困户1380户")
@example("两个亿，3个亿元，5万元镇，3个旧市")
@example("美金5000元，港币200元，户籍36户")
def test_plain_arabic_is_the_general_path(text):
    assert _rows(F.find_figures(text, "d")) == _rows(_general_path(text))


RECOUNT_BEFORE = [(unit, rule) for unit, rule, _ in U.recount_before]


@pytest.mark.parametrize("unit,rule", RECOUNT_BEFORE, ids=[f"{u}:{r.pattern[:12]}" for u, r in RECOUNT_BEFORE])
def test_end_chars_hold_for_the_rules_examples(unit, rule):
    """Every match of a recount_before rule in a text that ends with the match ends with one of
    its end characters (the rules' own words, made up around)."""
    ends = end_chars(rule.pattern, rule.flags)
    if ends is None:
        pytest.skip("not read: the rule is always searched")
    for left in ("全县", "贫困户", "贫困人口共", "港币", "新台币 ", "美金", "护林员", "一家", "资金为\t"):
        if rule.search(left) and not left.endswith("\n"):
            assert left[-1] in ends, (left, rule.pattern)


@PROFILE
@given(st.lists(st.sampled_from(PIECES + ["共", "有", "为", "计", "约"]), max_size=8).map("".join))
def test_no_recount_before_match_without_an_end_character(left):
    for unit, rules in G.recount_before_of.items():
        ends = G.recount_before_end.get(unit)
        if ends is not None and left and left[-1] not in ends:
            assert all(r[1].search(left) is None for r in rules), (unit, left)


MASKED = [(rule.id, p) for rule in load_patterns().exclusions for p in F._alternatives_of(rule.pattern)
          if isinstance(p, MaskedPattern)]


@pytest.mark.parametrize("rid,pattern", MASKED, ids=[f"{r}:{i}" for i, (r, _) in enumerate(MASKED)])
def test_masked_spans_are_finditer_spans(rid, pattern):
    for text in ("2016年以来，二〇二〇年底，1-12月，11月8日", "如下：1.产业\n二、就业", "202省道，236和206国道",
                 "龙池村3组，到三组，5号楼", "多云 18℃~26℃"):
        assert pattern.spans(text) == [m.span() for m in pattern.finditer(text)], (rid, text)


@PROFILE
@given(st.lists(st.sampled_from(sorted(U.not_units) + sorted(U.forms) + list("年人户元甲")), max_size=4).map("".join))
def test_not_unit_by_startswith_is_is_not_unit(w):
    if w and w[0] in G.not_units_first:
        assert w.startswith(G.not_units_starting[w[0]]) == G.is_not_unit(w[:G.not_units_longest])
