"""A word that ends in a before-qualifier is no qualifier (units.yaml qualifiers.not_words): the
约 of 签约, the 近 of 就近; and 不低于 / 不高于 hold the opposite of 低于 / 高于 (before their fix
不低于 read at_most); round amounts with 余/多 after or 几/数/上 before them are at least.  Made-up
sentences; before the fix the first four read approx."""
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
    # round amounts (units.yaml round_lead, round_upward): before the fix 百余户, 几百人, 数万元 were
    # no figure and 数十个 read exact
    ("全村百余户群众受益。", "百余户", "at_least"),
    ("吸纳千多人就业。", "千多人", "at_least"),
    ("组织几百人参加义务劳动。", "百人", "at_least"),
    ("节省资金数万元。", "万元", "at_least"),
    ("建成数十个扶贫车间。", "十个", "at_least"),
    ("上千户群众搬进新居。", "千户", "at_least"),
    ("近百户群众受益。", "百户", "approx"),
    # 数 ending a word before a number says nothing of it
    ("参加人数十二人。", "十二人", "exact"),
]


@pytest.mark.parametrize("text,fig,qualifier", ROWS)
def test_before_qualifier_words(text, fig, qualifier):
    got = {f.text: f.qualifier for f in find_figures(text, "t")}
    assert got.get(fig) == qualifier, got
