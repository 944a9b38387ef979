"""A word that ends in a before-qualifier is no qualifier (units.yaml qualifiers.not_words): the
约 of 签约, the 近 of 就近.  Made-up sentences; before the fix the first four read approx."""
import pytest

from fupin_extract.figures import find_figures

ROWS = [
    ("家庭医生签约578人。", "578人", "exact"),
    ("贫困人口签约率100%，签约6420人。", "6420人", "exact"),
    ("引导贫困劳动力就近务工300人。", "300人", "exact"),
    ("节约资金12万元。", "12万元", "exact"),
    ("约578人参加。", "578人", "approx"),
    ("接近300人。", "300人", "approx"),
    ("近300人。", "300人", "approx"),
    ("签约约578人。", "578人", "approx"),
]


@pytest.mark.parametrize("text,fig,qualifier", ROWS)
def test_before_qualifier_words(text, fig, qualifier):
    got = {f.text: f.qualifier for f in find_figures(text, "t")}
    assert got.get(fig) == qualifier, got
