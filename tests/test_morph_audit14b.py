"""The seen documents in other forms of the same report (tests/morph_form14.py and tests/morph_audit14b.py: 户/人
pairs with 、 ， , or a space between their figures, a space before the unit, 万 written out or taken in, Chinese
numerals, thousands separators, enumerations with commas) keep the audit's scores: relations recall, verdict
accuracy, alarm precision and failing recall within ``TOLERANCE`` of the documents as written, and the same number
of alarms.  One row per transform; the open ones are strict xfail with the reason."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import morph  # noqa: E402
from morph_audit14b import TRANSFORMS as MINE  # noqa: E402
from morph_form14 import TRANSFORMS as FORMS  # noqa: E402

KEYS = ("relations_recall", "verdict", "alarm_precision", "failing_recall")
TOLERANCE = 0.01
NAMES = ("pair_sep", "pair_sep_b", "unit_space", "unit_space_b", "wan_to_base", "base_to_wan", "enum_comma",
         "enum_comma_b", "han_counts", "han_counts_b", "thousands", "thousands_b", "many_forms", "many_forms_b")
TRANSFORMS = {**{n: FORMS[n] for n in NAMES}, **MINE}


@pytest.mark.parametrize("name", list(TRANSFORMS))
def test_transform_keeps_the_audit(seen, identity, name):
    got = morph.score([TRANSFORMS[name](v) for v in seen])
    lost = morph.drops(identity, got, KEYS, TOLERANCE)
    assert not lost, f"{name}: {lost}"
    assert got["alarms"] == identity["alarms"], f"{name}: {got['alarms']} alarms, {identity['alarms']} as written"


@pytest.mark.parametrize("name", list(MINE))
def test_transform_keeps_every_gold_figure_text(seen, name):
    for v in seen[:10]:
        out = MINE[name](v)
        assert [out.text[g["start"]:g["end"]] for g in out.figures] == [g["text"] for g in out.figures]
        assert [g["value"] for g in out.figures] == [g["value"] for g in v.figures]
