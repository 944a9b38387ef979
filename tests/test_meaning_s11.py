"""Indicators and periods on wording never seen (session 11, branch mean11): four whole made-up
documents (tests/data/s11/meaning_*.txt: a county's, a township's and a village's report and a news
page, in another province's wording: programme sections under topic headings, several years
reviewed, 今年/去年 against the report's year) and made-up sentence rows, run through the whole
pipeline (``extract_text``).  Wrong before the fixes: 9 of 178 figures of the documents (4 parts of a 其中
sentence after a sentence of two units: open; 资助参保 read as education aid; 今年/去年 as no item label)."""
import pathlib

import pytest

from fupin_extract import extract_text

DATA = pathlib.Path(__file__).parent / "data" / "s11"
HEAD = {"乡镇": "河口镇2019年脱贫攻坚工作总结\n", "村": "春天村2019年脱贫攻坚工作总结\n", "县": "德化县2019年脱贫攻坚工作总结\n"}
N = None

#: (document, the words right before the figure and the figure, indicator, period)
DOC_ROWS = [
 ("county", "总人口31.2万人", "population_total", "2019"),
 ("county", "建档立卡贫困户8260户", "poor_households", "2014"),
 ("county", "累计脱贫7986户", "lifted_households", "2019"),
 ("county", "2014年的12.6%", "poverty_incidence", "2014"),
 ("county", "带动贫困户5620户", N, "2019"),
 ("county", "保洁员等岗位1320个", N, "2019"),
 ("county", "学前教育1260人次", "education_aid_students", "2019"),
 ("county", "中职教育1340人次", "education_aid_students", "2019"),
 ("county", "易地扶贫搬迁2680户", "relocated_households", "2016-2020"),
 ("county", "搬迁入住460户", "relocated_households", "2019"),
 ("county", "其中建档立卡贫困户680户", "housing_renovated", "2019"),
 ("county", "特困供养人员1460人", N, "2019"),
 ("county", "销售农产品1260万元", N, "2019"),
 ("county", "扶贫资金12.8亿元", "poverty_funds", "2016-2019"),
 ("county", "增长18.2%", "growth_rate", "2018-2019"),
 ("county", "实现剩余274户", "remaining_poor_households", "2020"),
 ("township", "上年度新识别边缘户12户", "edge_households", "2018"),
 ("township", "今年计划脱贫26户", "lifted_households", "2019"),
 ("township", "资助参保资金18.3万元", N, "2019"),
 ("township", "低保户18户", "housing_renovated", "2019"),
 ("township", "安置贫困劳动力56人", "public_jobs", "2019"),
 ("township", "建成扶贫车间3个", N, "2019"),
 ("township", "纳入低保的贫困户126户", "dibao_households", "2019"),
 ("village", "今年完成5户", "housing_renovated", "2019"),
 ("village", "去年完成危房改造9户", "housing_renovated", "2018"),
 ("village", "2019年脱贫6户", "lifted_households", "2019"),
 ("village", "全村累计脱贫46户", "lifted_households", "2016-2018"),
 ("village", "其中外出务工78人", "employed_poor", "2019"),
 ("village", "二组9户", "poor_households", "2019"),
 ("web", "资助参保3.12万人", N, "2019"),
 ("web", "资助学生9860人次", "education_aid_students", "2019"),
 ("web", "小额信贷1.86亿元", "microcredit_amount", "2016-2019"),
 ("web", "扶贫车间42个", N, "2019"),
]

#: open: a 其中 sentence after a sentence of two units (资助学生…人次，发放资金…万元。其中，学前教育…人次):
#: tried in structure.py (its parts break down the latest figure of their unit in the sentence
#: before): no indicator moved on seen or check, but the audit raised 2 false alarms on check
#: documents, so it was dropped
OPEN = {"county:学前教育1260人次", "county:中职教育1340人次", "qizhong_next_sentence_units"}

_DOCS = {}


def _doc(name):
    if name not in _DOCS:
        text = (DATA / f"meaning_{name}.txt").read_text(encoding="utf-8")
        _DOCS[name] = (text, extract_text(text))
    return _DOCS[name]


def _value(v):
    return None if v is None or str(v) in ("<NA>", "nan") else v


def _doc_params():
    for r in DOC_ROWS:
        rid = f"{r[0]}:{r[1]}"
        yield pytest.param(*r, id=rid, marks=[pytest.mark.xfail(strict=True, reason="open")] if rid in OPEN else [])


@pytest.mark.parametrize("doc,context,indicator,period", list(_doc_params()))
def test_documents_s11(doc, context, indicator, period):
    text, df = _doc(doc)
    at = text.index(context)
    got = [r for r in df.itertuples() if at <= r.start and r.end <= at + len(context) and text[r.end:at + len(context)] == ""]
    assert got, f"no figure ends {context!r}"
    r = got[-1]
    assert (_value(r.indicator), _value(r.period)) == (indicator, period), f"{context}: {r.indicator!r} {r.period!r}"


#: sentence rows: (id, text, level, {figure: indicator or ("period", value)})
ROWS = [
 ("qizhong_next_sentence_units", "资助学生320人次，发放资助资金48万元。其中，义务教育200人次，高中120人次。", "乡镇",
  {"200人次": "education_aid_students", "120人次": "education_aid_students"}),
 ("qizhong_next_sentence_money", "全年发放小额信贷860万元，支持贫困户172户。其中，新增贷款96户。", "乡镇", {"96户": "microcredit_households"}),
 ("zizhu_canbao_money", "全镇资助困难群众参保资金12.6万元。", "乡镇", {"12.6万元": N}),
 ("zizhu_canbao_persons", "资助参保贫困人口2860人。", "乡镇", {"2860人": N}),
 ("relative_year_items", "去年完成危房改造9户，今年完成5户。", "村", {"5户": "housing_renovated", "9户": ("period", "2018")}),
 ("relative_year_items_bare", "去年易地扶贫搬迁12户，今年8户。", "乡镇", {"8户": "relocated_households"}),
 ("relative_year_items_period", "上年脱贫36户，今年脱贫20户。", "乡镇", {"36户": ("period", "2018"), "20户": ("period", "2019")}),
 ("workshop_count_none", "全镇新建扶贫车间4个，吸纳就业68人。", "乡镇", {"4个": N}),
 ("guardian_posts_none", "聘用生态护林员126名。", "乡镇", {"126名": N}),
 ("consumption_none", "通过消费扶贫销售农特产品326万元。", "乡镇", {"326万元": N}),
]


@pytest.mark.parametrize("text,level,expect", [
    pytest.param(t, lv, e, id=i, marks=[pytest.mark.xfail(strict=True, reason="open")] if i in OPEN else [])
    for i, t, lv, e in ROWS])
def test_sentences_s11(text, level, expect):
    df = extract_text(HEAD[level] + text)
    got = {r.text: r for r in df.itertuples()}
    for fig, want in expect.items():
        attr, value = want if isinstance(want, tuple) else ("indicator", want)
        assert fig in got, f"{fig!r} not found in {text!r}"
        assert _value(getattr(got[fig], attr)) == value, f"{fig!r} {attr}: {getattr(got[fig], attr)!r} ({text})"
