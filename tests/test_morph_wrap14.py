"""Metamorphic rows of session 14 (wrap14): the seen documents laid out as a report never seen may
be (tests/morph_wrap14.py, and the lead's hard_wrap and indent_and_blank) score within a stated
tolerance of the seen documents as written.  One row per transform; the tolerance is 0.01 on every
column and no false alarm, unless the row states a wider one (an open gap, named in the row)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import morph  # noqa: E402
import morph_transforms  # noqa: E402
import morph_wrap14  # noqa: E402

COLUMNS = ("figure_f1", "indicator_f1", "period", "scope", "metadata", "relations_recall", "verdict",
           "failing_recall", "compare_precision", "coverage")
TOL = 0.01

#: transform → (wider tolerances by column, false alarms allowed): the gaps still open
ROWS = {
    "hard_wrap": ({}, 0),
    "indent_and_blank": ({}, 0),
    # a narrow column: the figure grammar's phrase exclusions and units still read the original lines
    "wrap18": ({"relations_recall": 0.015, "coverage": 0.015}, 0),
    "wrap25": ({}, 0),
    "wrap40": ({}, 0),
    "wrap_ragged": ({}, 0),
    # a ragged wrap that cuts a heading's bracket (（\n3）完善基础设施) leaves 3） at a line's start, a
    # heading of the （1）/1） shape: its section loses the period of the heading above
    "wrap_ragged_narrow": ({"period": 0.015}, 0),
    "wrap_split_numbers": ({}, 0),
    "wrap_split_numbers_b": ({}, 0),
    "page_breaks": ({}, 0),
    "page_breaks_b": ({}, 0),
    # headings run into the text without a space: where a heading's title ends is not known
    "run_on": ({"period": 0.08, "scope": 0.02, "relations_recall": 0.015, "compare_precision": 0.015,
                "coverage": 0.015}, 0),
    "run_on_spaced": ({"period": 0.065, "relations_recall": 0.015}, 0),
    "letter_spaced": ({}, 0),
    "letter_spaced_wide": ({}, 0),
}
TRANSFORMS = {**morph_transforms.TRANSFORMS, **morph_wrap14.TRANSFORMS}


def _false_alarms(s: dict) -> float:
    return round(s.get("alarms", 0) * (1 - s.get("alarm_precision", 1)))


@pytest.mark.parametrize("name", sorted(ROWS))
def test_a_layout_scores_as_the_seen_documents(base, name):
    base, identity = base
    wider, alarms = ROWS[name]
    got = morph.score([TRANSFORMS[name](v) for v in base])
    lost = {k: round(identity[k] - got[k], 3) for k in COLUMNS if identity[k] - got[k] > wider.get(k, TOL) + 1e-9}
    assert not lost, f"{name}: lower than the seen documents by {lost}"
    assert _false_alarms(got) - _false_alarms(identity) <= alarms, f"{name}: false alarms {got}"
