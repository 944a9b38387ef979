"""The seen documents under the rewrites of tests/morph_page14.py (web-page furniture in other wordings,
places renamed along another gazetteer chain, years shifted, the title and signature moved or gone, a
traditional head) score as the unchanged documents do, within a stated tolerance: report metadata and the
figures' periods (which fall back on the report's year), and the figures themselves.  One row per
transform.  Each row runs the pipeline on 30 documents (a few seconds)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import morph  # noqa: E402

#: (transform, tolerance on metadata, on period, on figure F1, on scope) below identity
ROWS = [
    ("page_furniture", 0.01, 0.01, 0.005, 0.01),  # the lead's portal page (tests/morph_transforms.py)
    ("page_wechat", 0.01, 0.01, 0.005, 0.01),
    ("page_essay", 0.01, 0.01, 0.005, 0.01),
    ("page_portal", 0.01, 0.01, 0.005, 0.01),
    ("page_parent_portal", 0.01, 0.01, 0.005, 0.01),
    ("page_parent_account", 0.01, 0.01, 0.005, 0.01),
    ("page_parent_banner", 0.01, 0.01, 0.005, 0.01),
    ("place_rename_a", 0.01, 0.01, 0.005, 0.01),
    ("place_rename_b", 0.01, 0.01, 0.005, 0.01),
    ("place_rename_c", 0.01, 0.01, 0.005, 0.01),
    ("place_rename_namesake", 0.01, 0.01, 0.005, 0.01),
    ("place_rename_bare", 0.01, 0.01, 0.005, 0.01),
    ("place_rename_namesake_bare", 0.01, 0.01, 0.005, 0.01),
    ("year_shift", 0.01, 0.01, 0.005, 0.01),
    ("year_chinese", 0.01, 0.01, 0.005, 0.01),
    ("title_removed", 0.01, 0.01, 0.005, 0.01),
    ("title_below_date", 0.01, 0.01, 0.005, 0.01),
    ("signature_removed", 0.01, 0.01, 0.005, 0.01),
    ("traditional_head", 0.01, 0.01, 0.005, 0.01),
]


@pytest.mark.parametrize("name,meta,period,fig,scope", ROWS, ids=[r[0] for r in ROWS])
def test_transform_scores_as_identity(base, name, meta, period, fig, scope):
    docs, ident = base
    got = morph.score([morph.all_transforms()[name](v) for v in docs])
    tolerance = {"metadata": meta, "period": period, "figure_f1": fig, "scope": scope}
    assert not morph.drops(ident, got, tuple(tolerance), tolerance), name
