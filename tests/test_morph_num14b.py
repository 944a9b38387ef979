"""The seen documents under the rewrites of tests/morph_num14b.py (a forum post's or essay site's furniture with a
number ending its paragraph before a blank line, ISO date stamps, counters, gallery and article counts; a PDF's
layout with a blank line after every line, hard-wrapped, figures wrapped between number and unit) score as the
unchanged documents do, within a stated tolerance of figure F1.  One row per transform (a few seconds each).

Measured at the branch's end (figure F1; identity 0.999): post_furniture_a 0.999 (main 0.951), post_furniture_b
0.999 (main 0.986), blank_wrap_a 0.991 and blank_wrap_b 0.995 (as main: the indicator and relation scores of these
two drop for reasons outside the figure grammar, so only figure F1 is asserted)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import morph  # noqa: E402

#: (transform, tolerance on figure F1 below identity)
ROWS = [
    ("post_furniture_a", 0.005),
    ("post_furniture_b", 0.005),
    ("blank_wrap_a", 0.015),
    ("blank_wrap_b", 0.015),
]


@pytest.mark.parametrize("name,fig", ROWS, ids=[r[0] for r in ROWS])
def test_transform_keeps_figures(base, name, fig):
    docs, ident = base
    got = morph.score([morph.all_transforms()[name](v) for v in docs])
    assert got["figure_f1"] >= ident["figure_f1"] - fig, (name, got["figure_f1"], ident["figure_f1"])
