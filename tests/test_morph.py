"""tests/morph.py carries gold offsets through edits; the seen corpus scored through it is the
yardstick's seen column."""
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))
from morph import Edit, Variant, apply, load, seen_docs  # noqa: E402


def _v(text, spans):
    figs = [{"start": a, "end": b, "text": text[a:b], "value": 1, "unit": "户", "qualifier": "exact"}
            for a, b in spans]
    return Variant("x", text, figs, [{"kind": "sum", "total": list(spans[0]), "parts": [list(s) for s in spans[1:]],
                                      "rate": None, "holds": True, "note": ""}], {"doc": "x"})


@pytest.mark.parametrize("text, spans, edits, new_text, new_spans", [
    ("共36户84人", [(1, 4), (4, 7)], [Edit(0, 0, "全乡")], "全乡共36户84人", [(3, 6), (6, 9)]),
    ("共36户84人", [(1, 4), (4, 7)], [Edit(4, 0, "\n")], "共36户\n84人", [(1, 4), (5, 8)]),
    ("共36户84人", [(1, 4), (4, 7)], [Edit(1, 0, "有")], "共有36户84人", [(2, 5), (5, 8)]),
    ("共36户84人", [(1, 4), (4, 7)], [Edit(0, 1, "合计")], "合计36户84人", [(2, 5), (5, 8)]),
    ("共36户84人", [(1, 4), (4, 7)], [Edit(1, 2, "３６", inside=True)], "共３６户84人", [(1, 4), (4, 7)]),
    ("共36户84人", [(1, 4), (4, 7)], [Edit(1, 2, "三十六", inside=True)], "共三十六户84人", [(1, 5), (5, 8)]),
])
def test_edits_carry_offsets(text, spans, edits, new_text, new_spans):
    out = apply(_v(text, spans), edits)
    assert out.text == new_text
    assert [(g["start"], g["end"]) for g in out.figures] == new_spans
    assert [out.text[a:b] for a, b in new_spans] == [g["text"] for g in out.figures]
    assert out.relations[0]["total"] == list(new_spans[0])


@pytest.mark.parametrize("edit", [Edit(2, 0, "\n"), Edit(3, 2, "x"), Edit(2, 1, "３")])
def test_edit_into_a_figure_is_refused(edit):
    with pytest.raises(ValueError, match="cuts into"):
        apply(_v("共36户84人", [(1, 4), (4, 7)]), [edit])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.sampled_from(["", "\n", "　", "首页\n"])), max_size=8))
def test_insertions_outside_figures_keep_every_figure_text(inserts):
    text = "全乡共核定贫困户36户84人，投入资金715万元。"
    spans = [(m, m + len(t)) for t in ("36户", "84人", "715万元") for m in [text.index(t)]]
    ok = [Edit(p, 0, s) for p, s in inserts if s and not any(a < p < b for a, b in spans)]
    ok = list({e.pos: e for e in ok}.values())
    out = apply(_v(text, spans), ok)
    assert [out.text[g["start"]:g["end"]] for g in out.figures] == ["36户", "84人", "715万元"]


def test_only_seen_documents_load():
    assert len(seen_docs()) == 30
    with pytest.raises(ValueError, match="check document"):
        load("web25")
