"""The seen documents concatenated into collection files (tests/morph_page14b.py) split into exactly their
reports, and each report scores as it does alone (identity), within a stated tolerance: figure F1, report
metadata, the figures' periods and scopes.  One row per transform; each runs the pipeline on 9 files of
30 reports (a few seconds).  And :func:`morph.collection` makes files whose parts are the documents."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import morph  # noqa: E402

#: (transform, tolerance on metadata, on period, on figure F1, on scope) below identity
ROWS = [
    ("collection_pian", 0.0, 0.005, 0.005, 0.005),
    ("collection_pian_b", 0.0, 0.005, 0.005, 0.005),
    ("collection_fanwen", 0.0, 0.005, 0.005, 0.005),
    ("collection_fanwen_b", 0.0, 0.005, 0.005, 0.005),
    ("collection_titles", 0.0, 0.005, 0.005, 0.005),
    ("collection_titles_b", 0.0, 0.005, 0.005, 0.005),
    ("collection_site", 0.0, 0.005, 0.005, 0.005),
    ("collection_site_b", 0.0, 0.005, 0.005, 0.005),
    ("collection_sections", 0.0, 0.005, 0.005, 0.005),
    ("collection_sections_b", 0.0, 0.005, 0.005, 0.005),
    ("collection_titles_c", 0.0, 0.005, 0.005, 0.005),
    ("collection_pian_c", 0.0, 0.005, 0.005, 0.005),
]


@pytest.mark.parametrize("name,meta,period,fig,scope", ROWS, ids=[r[0] for r in ROWS])
def test_collection_splits_and_scores_as_alone(base, name, meta, period, fig, scope):
    docs, ident = base
    got = morph.score(morph.run(morph.all_transforms()[name], docs))
    assert got["parts"] == 1.0, (name, got["parts"])
    tolerance = {"metadata": meta, "period": period, "figure_f1": fig, "scope": scope}
    assert not morph.drops(ident, got, tuple(tolerance), tolerance), name


def _v(doc, text, spans):
    figs = [{"start": a, "end": b, "text": text[a:b], "value": 1, "unit": "户"} for a, b in spans]
    return morph.Variant(doc, text, figs, [], {"doc": doc, "place": doc})


@pytest.mark.parametrize("texts", [("共36户\n", "有12户84人\n"), ("篇1\n共3户", "\n篇2\n全村5户\n", "尾")])
def test_collection_parts_are_the_documents(texts):
    parts = [morph.apply(_v(f"d{i}", t, [(m, m + 2)] if (m := t.find("户") - 1) > 0 else []), [])
             for i, t in enumerate(texts)]
    f = morph.collection("f", parts)
    assert f.text == "".join(texts)
    assert [p.doc for p in morph.expected(f)] == [f"f#{i}" for i in range(1, len(texts) + 1)]
    assert [p.meta["doc"] for p in f.parts] == [p.doc for p in f.parts]
    assert all(p.text[g["start"]:g["end"]] == g["text"] for p in f.parts for g in p.figures)
    assert morph.expected(parts[0]) == [parts[0]]
