"""Planted misprints of the seen documents (tests/morph_audit14.py): the audit reports most planted failing
relations, raises few alarms on relations that hold, and none for a change inside the rounding tolerance or a
figure in no relation.  One row per family of transforms (all its seeded rounds together); the bounds are the
session-14 scores less a stated tolerance."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import morph  # noqa: E402
import morph_audit14 as plant  # noqa: E402

IDENTITY_ALARMS = 18  # the seen documents' alarms, all on failing gold relations

#: family → (least planted failing recall, least alarm precision), or the most new alarms over all its rounds
ROWS = {
    "plant_total": (0.85, 0.97),   # session 14: 88/97 = 0.907
    "plant_part": (0.80, 0.97),    # session 14: 83/96 = 0.865
    # the second instance (other relation order, other digits), never debugged on; main: 75/97, 64/96
    "plant2_total": (0.83, 0.97),  # session 14: 85/97 = 0.876
    "plant2_part": (0.83, 0.97),   # session 14: 84/96 = 0.875
    "plant_near": 0,
    # one: web19's 五保户5户6人 → 7人 makes the bracket's 人 add up to 低保户21户28人 by chance, so its 户 (15 + 5 of
    # 21) read as a closed list short of its total — a list the gold reads as no relation
    "plant_elsewhere": 1,
}


def _family(seen, family):
    totals = {"planted": 0, "reported": 0, "alarms": 0, "real": 0, "false": []}
    for name, fn in plant.TRANSFORMS.items():
        if name.rsplit("_r", 1)[0] != family:
            continue
        s = plant.planted_scores([fn(v) for v in seen])
        for k in ("planted", "reported", "alarms", "real"):
            totals[k] += s[k]
        totals["false"] += s["false"]
        totals["new"] = totals.get("new", 0) + s["alarms"] - IDENTITY_ALARMS
    return totals


@pytest.mark.parametrize("family", sorted(ROWS))
def test_planted_misprints(seen, family):
    t = _family(seen, family)
    if isinstance(ROWS[family], int):
        assert t["new"] <= ROWS[family] and len(t["false"]) <= ROWS[family], t["false"]
        return
    least_recall, least_precision = ROWS[family]
    assert t["planted"] >= 90
    assert t["reported"] / t["planted"] >= least_recall, t
    assert t["real"] / t["alarms"] >= least_precision, t["false"]


@pytest.mark.parametrize("doc", ["web03", "web19", "daming-2021"])
def test_a_planted_variant_changes_one_digit_and_fails_its_relation(doc):
    v = morph.load(doc)
    for name in ("plant_total_r0", "plant_part_r1"):
        w = plant.TRANSFORMS[name](v)
        diff = [i for i, (a, b) in enumerate(zip(v.text, w.text)) if a != b]
        assert len(w.text) == len(v.text) and len(diff) == 1 and w.text[diff[0]].isdigit()
        planted = [r for r in w.relations if r.get("planted")]
        assert len(planted) == 1 and planted[0]["holds"] is False
        changed = [g for g, h in zip(v.figures, w.figures) if g != h]
        assert len(changed) == 1 and changed[0]["start"] <= diff[0] < changed[0]["end"]


@pytest.mark.parametrize("doc", ["web05", "web15", "dianjun-village-template"])
def test_a_near_change_keeps_every_verdict(doc):
    v = morph.load(doc)
    w = plant.TRANSFORMS["plant_near_r0"](v)
    assert [r["holds"] for r in w.relations] == [r["holds"] for r in v.relations]


def test_the_rounding_rule_reproduces_the_gold_verdicts(seen):
    """Every gold relation the module recomputes gets the verdict the gold gives it."""
    trusted = sum(len(plant.Book(v).trusted) for v in seen)
    assert trusted >= 120
