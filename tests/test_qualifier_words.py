"""A word that ends in a before-qualifier is no qualifier (units.yaml qualifiers.not_words): the
约 of 签约, the 近 of 就近; and 不低于 / 不高于 hold the opposite of 低于 / 高于 (before their fix
不低于 read at_most).  Made-up sentences; before the fix the first four read approx."""
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
    # a negated comparison holds the opposite one: 不低于 is at least, 不高于 at most
    ("人均住房面积不低于20平方米。", "20平方米", "at_least"),
    ("每户贷款额度不高于5万元。", "5万元", "at_most"),
    ("收入低于3000元的农户。", "3000元", "at_most"),
    ("增幅高于全省平均水平2个百分点。", "2个百分点", "exact"),
]


@pytest.mark.parametrize("text,fig,qualifier", ROWS)
def test_before_qualifier_words(text, fig, qualifier):
    got = {f.text: f.qualifier for f in find_figures(text, "t")}
    assert got.get(fig) == qualifier, got
