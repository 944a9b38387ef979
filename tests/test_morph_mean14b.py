"""The seen documents with a 户/人 pair's halves apart by other spacing, a pinyin gloss broken by a wrap inside its
brackets (tests/morph_mean14b.py; first instances pair_sep_half and pair_space in tests/morph_audit14b.py), and
wrapped at 18 characters (tests/morph_wrap14.py wrap18: a single break after a stop in a report of blank-line
paragraphs) score within ``TOLERANCE`` of the documents as written, with the same number of alarms.  One row per
transform."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import morph  # noqa: E402
from morph_audit14b import TRANSFORMS as PAIRS  # noqa: E402
from morph_mean14b import TRANSFORMS as MINE  # noqa: E402
from morph_wrap14 import TRANSFORMS as WRAPS  # noqa: E402

KEYS = ("indicator_f1", "period", "scope", "relations_recall", "coverage")
TOLERANCE = 0.01
TRANSFORMS = {"pair_sep_half": PAIRS["pair_sep_half"], "pair_space": PAIRS["pair_space"], "wrap18": WRAPS["wrap18"],
              **MINE}


@pytest.mark.parametrize("name", list(TRANSFORMS))
def test_transform_keeps_the_meaning(seen, identity, name):
    got = morph.score([TRANSFORMS[name](v) for v in seen])
    lost = morph.drops(identity, got, KEYS, TOLERANCE)
    assert not lost, f"{name}: {lost}"
    assert got["alarms"] == identity["alarms"], f"{name}: {got['alarms']} alarms, {identity['alarms']} as written"
