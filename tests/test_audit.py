"""Audit: every rule with a real sentence from corpora/ and an edited copy that must fail.

Each case: (rule id, text, expected holds) — ``holds`` of the finding of that rule (None for
"cannot tell"), or ``"absent"`` when the rule must report nothing (rules that only report
problems, or only report relations that hold).
"""
import dataclasses
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import fupin_extract as fx
from fupin_extract.audit import FINDING_COLUMNS, audit, audit_texts, finding_records
from fupin_extract.audit.core import interval_of
from fupin_extract.rules.relations import load_relation_rules, relation_rules
from fupin_extract.corpus import Corpus
from fupin_extract.model import PatternError

ROOT = Path(__file__).resolve().parent.parent

CASES = [
    # sum.parts_after — lianhe-2019
    ("sum.parts_after", "目前全乡有建卡贫困户776户3189人，其中已脱贫747户3069人（2019年已脱贫57户227人），剩余29户120人未脱贫。", True),
    ("sum.parts_after", "目前全乡有建卡贫困户776户3189人，其中已脱贫747户3069人（2019年已脱贫57户227人），剩余39户120人未脱贫。", False),
    # 幢 parts under a 幢 total; the 户 figure is not their total — lianhe-2019
    ("sum.parts_after", "2019年开展房屋鉴定，共鉴定房屋3150幢，涉及农户3012户。其中A级2090幢，B级438幢，C级22幢，D级16幢，临时性生产用房151幢，闲置房295幢；", False),
    ("sum.parts_after", "2019年开展房屋鉴定，共鉴定房屋3012幢，涉及农户3012户。其中A级2090幢，B级438幢，C级22幢，D级16幢，临时性生产用房151幢，闲置房295幢；", True),
    # past ；while short of the total — lianhe-2019
    ("sum.parts_after", "2019年县内就读享受教育资助的贫困学生为724人，其中学前教育享受免收保教费和生活费的学生为78人；义务教育阶段享受生活费资助的学生为579人，高中教育享受免除学费、教科书费、住宿费和国家助学金的学生为67人。", True),
    ("sum.parts_after", "2019年县内就读享受教育资助的贫困学生为724人，其中学前教育享受免收保教费和生活费的学生为78人；义务教育阶段享受生活费资助的学生为679人，高中教育享受免除学费、教科书费、住宿费和国家助学金的学生为67人。", False),
    # sum.subset — huayuan-2020
    ("sum.subset", "注重总结整改过程中的好经验好做法,报送宣传信息53篇,其中县级以上媒体采用53篇。", True),
    ("sum.subset", "注重总结整改过程中的好经验好做法,报送宣传信息53篇,其中县级以上媒体采用63篇。", False),
    # sum.paren — shiqu-township-template (the report's own error) and a corrected copy
    ("sum.paren", "截止目前,我乡286户贫困户中,93户纳入易地搬迁(虾雄村37户,火然村28户,果然村33户),根据施工方进度报表,今年底全部能够改造完成。", False),
    ("sum.paren", "截止目前,我乡286户贫困户中,98户纳入易地搬迁(虾雄村37户,火然村28户,果然村33户),根据施工方进度报表,今年底全部能够改造完成。", True),
    # a bare number among parts takes its siblings' unit — huayuan-2020
    ("sum.paren", "1-12月全乡发放农村低保资金200.8028万元,特困供养资金85.444万元(散养五保38.526万元和集中供养46.9180)、临时救助资金4.8万元。", True),
    ("sum.paren", "1-12月全乡发放农村低保资金200.8028万元,特困供养资金85.444万元(散养五保38.526万元和集中供养47.9180)、临时救助资金4.8万元。", False),
    # sum.total_after — shiqu-township-template
    ("sum.total_after", "充分利用农办帮扶1万元村集体经济扶持金、组织部帮扶2万党员精准扶贫扶贫示范金、产业周转7万元,共计10万元在乡附近建设粮油销售店。", True),
    ("sum.total_after", "充分利用农办帮扶1万元村集体经济扶持金、组织部帮扶2万党员精准扶贫扶贫示范金、产业周转7万元,共计12万元在乡附近建设粮油销售店。", False),
    # sum.remainder — dianjun-village-template
    ("sum.remainder", "20xx年度计划硬化公路6.5公里。目前村委会到一组仓库2.2公里、花乌路3.3公里按标准完成硬化任务(硬化标准3.5米);由于公墓的建设,余下花乌路1公里由于路基标准的提高,现正在进行新的方案设计。", True),
    ("sum.remainder", "20xx年度计划硬化公路6.5公里。目前村委会到一组仓库2.2公里、花乌路3.3公里按标准完成硬化任务(硬化标准3.5米);由于公墓的建设,余下花乌路2公里由于路基标准的提高,现正在进行新的方案设计。", False),
    # sum.implied — daming-2021 (reported only when the parts add up)
    ("sum.implied", "该户2020年低保收入15840元、残疾人两项补贴及一户多残补助资金6720元，其他转移性收入18730元，2020年实现收入41290元。", True),
    ("sum.implied", "该户2020年低保收入15840元、残疾人两项补贴及一户多残补助资金6720元，其他转移性收入18730元，2020年实现收入41390元。", "absent"),
    # sum.implied by name — dianjun-village-template (shortened)
    ("sum.implied", "目前村委会到一组仓库2.2公里、花乌路3.3公里按标准完成硬化任务;余下花乌路1公里现正在进行新的方案设计。\n一是公路问题。花乌路4.3公里由于原来路基宽平均不到3米。", True),
    ("sum.implied", "目前村委会到一组仓库2.2公里、花乌路3.3公里按标准完成硬化任务;余下花乌路1公里现正在进行新的方案设计。\n一是公路问题。花乌路5.3公里由于原来路基宽平均不到3米。", "absent"),
    # per_unit.implied — daming-2021 (reported only when it holds)
    ("per_unit.implied", "2017年共有14户贫困户通过小额信贷资金共70万元，用于投资光伏发电。贫困户不再需要每个月归还本息，且本金5万元每年13.4%的收益不变。", True),
    ("per_unit.implied", "2017年共有14户贫困户通过小额信贷资金共70万元，用于投资光伏发电。贫困户不再需要每个月归还本息，且本金6万元每年13.4%的收益不变。", "absent"),
    # share.of — huayuan-2020 and changle-2016 (base not stated)
    ("share.of", "截至目前,已务工就业贫困人口422人,占2019年底务工就业贫困人口383人的110.18%,介绍6名因疫返乡贫困群众就近务工就业。", True),
    ("share.of", "截至目前,已务工就业贫困人口422人,占2019年底务工就业贫困人口383人的120.18%,介绍6名因疫返乡贫困群众就近务工就业。", False),
    ("share.of", "解决就近就业人员63人,预计今年可稳定脱贫42户128人,占贫困人数的12.1%。", None),
    # share.incidence in a report that states no population (made up): cannot tell, the figure over 脱贫 is no reading
    ("share.incidence", "全乡累计脱贫361户1102人，剩余贫困人口257户715人，全乡贫困发生率为2.16%。", None),
    ("share.incidence", "全乡总人口33100人，累计脱贫361户1102人，剩余贫困人口257户715人，全乡贫困发生率为2.16%。", True),
    ("share.incidence", "全乡总人口33100人，累计脱贫361户1102人，剩余贫困人口257户715人，全乡贫困发生率为2.56%。", False),
    # share.named_rate — huayuan-2020 (base not stated) and edited copies that state it
    ("share.named_rate", "截至目前,财政专项资金支出146万元,支出进度94.8%。", None),
    ("share.named_rate", "截至目前,下达财政专项资金154万元,已支出146万元,支出进度94.8%。", True),
    ("share.named_rate", "截至目前,下达财政专项资金154万元,已支出146万元,支出进度84.8%。", False),
    # growth.compare — daming-2021
    ("growth.compare", "因此该户2020年全年预计纯收入至少可达到42000元以上，与2019年纯收入23356元相比至少增长79.8%，该户收入稳定。", True),
    ("growth.compare", "因此该户2020年全年预计纯收入可达到42000元，与2019年纯收入23356元相比增长89.8%，该户收入稳定。", False),
    # growth.from_to — huayuan-2020 (direction of a stated fall)
    ("growth.from_to", "2个贫困村全部出列,贫困发生率由2014年8.5%下降至目前的0.025%。", True),
    ("growth.from_to", "2个贫困村全部出列,贫困发生率由2014年0.025%下降至目前的8.5%。", False),
    # per_unit.monthly — daming-2021
    ("per_unit.monthly", "目前在德化建筑工地务工，每天工资约150元，月收入约3000元，从上月起往前12个月收入累计约为36000元；", True),
    ("per_unit.monthly", "目前在德化建筑工地务工，每天工资约150元，月收入约3000元，从上月起往前12个月收入累计约为46000元；", False),
    # per_unit.per_head — dianjun-village-template, with the total an auditor would add
    ("per_unit.per_head", "帮扶3名大学生圆了大学梦(每人3000元),共计发放9000元。", True),
    ("per_unit.per_head", "帮扶3名大学生圆了大学梦(每人3000元),共计发放8000元。", False),
    # balance.poverty — lianhe-2019 / shiqu wording, edited to carry all terms
    ("balance.poverty", "全乡建档立卡贫困户776户，新增识别10户，清退4户，已脱贫753户，剩余29户未脱贫。", True),
    ("balance.poverty", "全乡建档立卡贫困户776户，新增识别10户，清退4户，已脱贫747户，剩余29户未脱贫。", False),
    # plausibility.persons_per_household — huayuan-2020
    ("plausibility.persons_per_household", "脱贫监测户共3 户9人,边缘易致贫户共28户93人,返贫风险均已标注消除。", "absent"),
    ("plausibility.persons_per_household", "脱贫监测户共3 户9人,边缘易致贫户共28户930人,返贫风险均已标注消除。", False),
    # plausibility.rate_over_100 — lianhe-2019
    ("plausibility.rate_over_100", "对乡内所有建卡贫困人口实行签约服务，签约率达100﹪，并按要求开展上门服务。", "absent"),
    ("plausibility.rate_over_100", "对乡内所有建卡贫困人口实行签约服务，签约率达110﹪，并按要求开展上门服务。", False),
    # plausibility.share_over_100 — a share of a same-time base above 100 %
    ("plausibility.share_over_100", "已务工就业贫困人口422人,占2019年底务工就业贫困人口383人的110.18%。", "absent"),
    ("plausibility.share_over_100", "已务工就业贫困人口422人,占全乡贫困人口383人的110.18%。", False),
    # plausibility.part_over_total — shiqu-township-template
    ("plausibility.part_over_total", "我乡286户贫困户中,93户纳入易地搬迁(虾雄村37户,火然村28户,果然村28户)。", "absent"),
    ("plausibility.part_over_total", "我乡286户贫困户中,93户纳入易地搬迁(虾雄村37户,火然村28户,果然村133户)。", False),
    # plausibility.remaining_over_registered — lianhe-2019
    ("plausibility.remaining_over_registered", "目前全乡有建卡贫困户776户3189人，剩余29户120人未脱贫。", "absent"),
    ("plausibility.remaining_over_registered", "目前全乡有建卡贫困户776户3189人，剩余829户120人未脱贫。", False),
]


def findings_of(text, doc="t"):
    figs = fx.extract_text(text, doc_id=doc)
    return audit_texts({doc: text}, figs)


@pytest.mark.parametrize("rule,text,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule(rule, text, expected):
    found = [f for f in findings_of(text) if f.rule == rule]
    if expected == "absent":
        assert not found, [f.explanation for f in found]
        return
    assert found, f"no {rule} finding; got {[(f.rule, f.explanation) for f in findings_of(text)]}"
    assert found[0].holds is expected, found[0].explanation


def test_every_rule_has_a_holding_and_a_failing_case():
    by_rule = {}
    for rule, _, expected in CASES:
        by_rule.setdefault(rule, set()).add(expected)
    for rule, seen in by_rule.items():
        assert len(seen) >= 2, rule
        # implied relations are reported only when they hold: their failing case is "nothing reported"
        assert False in seen or rule in ("sum.implied", "per_unit.implied"), rule


def test_parts_need_the_unit_of_the_total():
    # 3012户 is not the total of the 幢 parts, and no 户 relation is invented
    text = CASES[2][1]
    found = [f for f in findings_of(text) if f.kind == "sum"]
    assert len(found) == 1
    assert text[found[0].total[0]:found[0].total[1]] == "3150幢"
    assert found[0].difference == "-138"


def test_the_other_totals_of_a_sentence_are_not_taken():
    # 其中 opening a sentence whose previous sentence has several 人 figures: ambiguous, nothing reported
    text = "现有建档立卡贫困户286户1207人,其中纳入医疗救助1127人,其余80人未上户;易地搬迁636人;产业扶持540人。其中20xx年脱贫324人,20xx年脱贫172人。"
    totals = {text[f.total[0]:f.total[1]] for f in findings_of(text) if f.kind == "sum"}
    assert "540人" not in totals and "1207人" in totals


def test_an_average_is_not_a_total():
    text = "目前,各村平均实现村财年收入5万元左右,其中,联胜村、乐北村村财年收入突破10万元。"  # changle-2016
    assert not [f for f in findings_of(text) if f.kind == "sum"]


@pytest.mark.parametrize("text,value,unit,qual,lo,hi", [
    ("36户", "36", "户", "exact", "36", "36"),
    ("715万元", "7150000", "元", "exact", "7145000", "7155000"),
    ("24.3公里", "24.3", "公里", "exact", "24.25", "24.35"),
    ("8.5%", "8.5", "%", "exact", "8.45", "8.55"),
    ("50余个", "50", "个", "at_least", "50", "60"),
    ("2100多万元", "21000000", "元", "at_least", "21000000", "22000000"),
])
def test_printed_precision(text, value, unit, qual, lo, hi):
    from decimal import Decimal

    iv = interval_of(text, Decimal(value), unit, qual)
    assert iv.lo == Decimal(lo) and iv.hi == Decimal(hi)


def test_open_upper_bound():
    from decimal import Decimal

    assert interval_of("42000元", Decimal(42000), "元", "at_least").hi is None  # 42000元以上


# --------------------------------------------------------------------------- placeholders, screen
def test_placeholders_with_offsets():
    text = "点军区xx乡xx树村距城区35公里。二、20xx年工作进展。联系人：____。"
    df = audit(_corpus({"t": text}, {"t": (None, None)}))
    ph = df[df.kind == "placeholder"]
    got = [text[s:e] for s, e in ph.total]
    assert got == ["xx乡", "xx树村", "20xx", "____"]
    assert (ph.holds == False).all()  # noqa: E712
    clean = audit(_corpus({"t": "大铭乡距城区35公里。二、2020年工作进展。"}, {"t": ("大铭乡", 2020)}))
    assert not (clean.kind == "placeholder").any()


def test_screen_small_sample_is_one_row():
    df = audit(_corpus({"t": "投入资金715万元。"}, {"t": ("大铭乡", 2020)}))
    sc = df[df.kind == "screen"]
    assert len(sc) == 1 and sc.holds.isna().all() and "fewer than" in sc.explanation.iloc[0]


def test_screen_large_sample():
    import random

    rnd = random.Random(1)
    amounts = [int(10 ** rnd.uniform(3, 7)) for _ in range(400)]  # log-uniform: Benford-like
    text = "。".join(f"投入资金{a}元" for a in amounts) + "。"
    df = audit(_corpus({"t": text}, {"t": ("大铭乡", 2020)}))
    sc = df[df.kind == "screen"].set_index("rule")
    assert set(sc.index) == {"screen.benford_first_digit", "screen.last_two_digits"}
    assert sc.loc["screen.benford_first_digit", "stated"] == "400"
    assert "conformity" in sc.loc["screen.benford_first_digit", "explanation"]
    assert sc.holds.isna().all()


# --------------------------------------------------------------------------- across reports
def _corpus(texts, meta, indicators=None):
    """A Corpus of the given texts; ``indicators`` maps (doc, figure text) → (indicator, period)."""
    frames = []
    for doc, text in texts.items():
        f = fx.extract_text(text, doc_id=doc)
        if indicators:
            for i, row in f.iterrows():
                key = (doc, row["text"])
                if key in indicators:
                    f.loc[i, "indicator"], f.loc[i, "period"] = indicators[key]
        frames.append(f)
    figures = pd.concat(frames, ignore_index=True)
    docs = pd.DataFrame([{"doc": d, "place": p, "year": y} for d, (p, y) in meta.items()])
    docs["year"] = docs["year"].astype("Int64")
    return Corpus(figures, docs, pd.DataFrame(), dict(texts))


COPIED = ("我乡牢固树立以人为本的服务理念，采取有效措施，加大工作力度，积极稳妥地推进社会事业的全面发展，"
          "确保贫困群众义务教育、基本医疗和住房安全有保障。")


def test_cross_report_findings():
    texts = {
        # two years of one township: the 2020 report restates 2019 with another value,
        # and its cumulative count of lifted households falls
        "daming-2019": "大铭乡2019年工作总结。2019年全乡脱贫57户，累计脱贫户达到120户。",
        "daming-2020": "大铭乡2020年工作总结。2019年全乡脱贫60户，累计脱贫户达到110户。",
        # two townships sharing a copied paragraph
        "huayuan-2020": "花园乡2020年工作总结。\n" + COPIED + "\n全乡共有贫困户389户。",
        "changle-2020": "长乐乡2020年工作总结。\n" + COPIED + "\n全乡共有贫困户85户。",
    }
    meta = {"daming-2019": ("大铭乡", 2019), "daming-2020": ("大铭乡", 2020),
            "huayuan-2020": ("花园乡", 2020), "changle-2020": ("长乐乡", 2020)}
    ind = {("daming-2019", "57户"): ("lifted_households", "2019"),
           ("daming-2020", "60户"): ("lifted_households", "2019"),
           ("daming-2019", "120户"): ("lifted_households", "2019"),
           ("daming-2020", "110户"): ("lifted_households", "2020"),
           ("huayuan-2020", "389户"): ("poor_households", "2020"),
           ("changle-2020", "85户"): ("poor_households", "2020")}
    df = audit(_corpus(texts, meta, ind))
    cross = df[df.kind.isin(["conflict", "decrease", "copied_text", "placeholder"])]
    got = sorted((r.kind, r.doc, r.other_doc) for r in cross.itertuples())
    assert got == [("conflict", "daming-2019", "daming-2020"),
                   ("copied_text", "changle-2020", "huayuan-2020"),
                   ("decrease", "daming-2020", "daming-2019")], got
    conflict = cross[cross.kind == "conflict"].iloc[0]
    assert texts["daming-2019"][conflict.total[0]:conflict.total[1]] == "120户"
    assert texts["daming-2020"][conflict.parts[0][0]:conflict.parts[0][1]] == "60户"
    copied = cross[cross.kind == "copied_text"].iloc[0]
    assert COPIED in texts["changle-2020"][copied.total[0]:copied.total[1]]
    assert COPIED in texts["huayuan-2020"][copied.parts[0][0]:copied.parts[0][1]]


def test_copied_text_lsh_agrees_with_exact(tmp_path):
    from fupin_extract.audit.corpus import copied_text

    texts = {"a": "甲乡工作总结。\n" + COPIED + "\n", "b": "乙乡工作总结。\n" + COPIED.replace("全面", "整体") + "\n"}
    c = _corpus(texts, {"a": ("甲乡", 2020), "b": ("乙乡", 2020)})
    rules = relation_rules()
    exact = copied_text(c, texts, rules)
    rules_lsh = dataclasses.replace(rules, copied_text=dataclasses.replace(rules.copied_text, lsh_above=0))
    lsh = copied_text(c, texts, rules_lsh)
    assert [(f.doc, f.total, f.parts) for f in exact] == [(f.doc, f.total, f.parts) for f in lsh]
    assert len(exact) == 1


# --------------------------------------------------------------------------- table, CLI, score
def test_schema_and_json(corpus):
    df = audit(corpus, cross_report=False)
    assert list(df.columns) == list(FINDING_COLUMNS)
    assert str(df["holds"].dtype) == "boolean"
    rec = finding_records(df)
    assert all(isinstance(r["total"], (list, type(None))) for r in rec)
    assert all(r["parts"] is None or all(isinstance(p, list) for p in r["parts"]) for r in rec)
    json.dumps(rec, ensure_ascii=False)
    # every span indexes the original text
    for r in rec:
        for p in [r["total"], r["rate"]] + (r["parts"] or []):
            if p:
                assert 0 <= p[0] < p[1] <= len(corpus.texts[r["doc"]])


def _score():
    spec = importlib.util.spec_from_file_location("score", ROOT / "tests" / "gold" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_relations_score(tmp_path, capsys):
    out = tmp_path / "a.jsonl"
    res = subprocess.run([sys.executable, "-m", "fupin_extract.cli", "audit", str(ROOT / "corpora"), "--format", "jsonl"],
                         capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    out.write_text(res.stdout, encoding="utf-8")
    recall, acc = _score().score_relations(ROOT / "tests" / "gold", out)
    line = capsys.readouterr().out.strip().splitlines()[-1]
    precision = float(line.split("alarm precision=")[1].split()[0])
    failing = float(line.split("failing recall=")[1].split()[0])
    # floors a little under what the 40-document gold gives (recall 0.870, verdicts 1.000,
    # alarm precision 1.000 (16/16), failing recall 0.727 (16/22))
    assert recall >= 0.84 and acc >= 0.97, line
    assert precision >= 0.9 and failing >= 0.68, line


def test_cli_csv_and_xlsx(tmp_path):
    from fupin_extract.cli import main

    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"f.{fmt}"
        assert main(["-q", "audit", str(ROOT / "corpora" / "lianhe-2019.txt"), "-o", str(out), "--format", fmt]) == 0
        df = pd.read_csv(out) if fmt == "csv" else pd.read_excel(out)
        assert {"doc", "kind", "rule", "holds", "total", "parts"} <= set(df.columns)
        assert (df.kind == "sum").any()


def test_relations_yaml_errors_name_file_and_line(tmp_path):
    bad = (ROOT / "patterns" / "relations.yaml").read_text(encoding="utf-8").replace(
        "  remainder: [余下", "  remaindr: [余下", 1)
    p = tmp_path / "relations.yaml"
    p.write_text(bad, encoding="utf-8")
    with pytest.raises(PatternError, match=r"relations\.yaml:\d+: unknown key"):
        load_relation_rules(p)
    bad2 = (ROOT / "patterns" / "relations.yaml").read_text(encoding="utf-8").replace(
        "examples: [二、20xx年工作进展, 20__年]", "examples: [二、2020年工作进展]", 1)
    p.write_text(bad2, encoding="utf-8")
    with pytest.raises(PatternError, match=r"relations\.yaml:\d+: placeholder rule 'placeholder.year' does not match"):
        load_relation_rules(p)


# ---------------------------------------------------------------------- issue 13: structure, gate, growth
# (rule, text, expected holds) — sentences written for these tests; "absent" means no finding of that rule.
STRUCTURE_CASES = [
    # sums over an enumeration in one clause
    ("sum.total_after", "全村养殖能繁母羊12只、23只、9只，共44只。", True),
    ("sum.total_after", "全村养殖能繁母羊12只、23只、9只，共48只。", False),
    # an enumeration closed by a total opening the next sentence
    ("sum.total_after", "确定搬迁对象。甲镇43户234人、乙镇33户161人、丙乡9户45人。总计85户440人。", True),
    ("sum.total_after", "确定搬迁对象。甲镇43户234人、乙镇33户161人、丙乡9户45人。总计95户450人。", False),
    # a total and the whole figures of the sentences after it (parts of their own breakdowns skipped)
    ("sum.implied", "全县计划搬迁1500户。2018年完成600户，其中集中安置400户，分散安置200户。2019年完成700户，"
                    "2020年完成200户。", True),
    ("sum.implied", "全县计划搬迁1500户。2018年完成600户，其中集中安置400户，分散安置200户。2019年完成700户，"
                    "2020年完成300户。", "absent"),
    # 其中 opening a paragraph: the total is the last sentence of the paragraph before
    ("sum.parts_after", "该村共有贫困户300户。\n\n其中因病致贫120户，因残致贫60户，缺劳力90户，其他30户。", True),
    ("sum.parts_after", "该村共有贫困户300户。\n\n其中因病致贫120户，因残致贫60户，缺劳力90户，其他40户。", False),
    # a total named by 中, then its parts to the end of the sentence
    ("sum.of_total", "在册贫困户60户210人中，因病致贫30户100人；因学致贫20户70人；缺技术致贫10户40人。", True),
    ("sum.of_total", "在册贫困户60户210人中，因病致贫30户100人；因学致贫25户80人；缺技术致贫10户40人。", False),
    # per-place pairs with 合计: households and persons summed on their own
    ("sum.total_after", "东坡村25户101人，西坡村40户152人，合计65户253人。", True),
    # a type list without a cue against the total stated a sentence before
    ("sum.implied", "全乡有建档立卡贫困户156户602人。一般贫困户120户480人，低保贫困户30户110人，特困供养户6户12人。", True),
    # … and one that does not add up: the parts exceed the total of their own kind
    ("sum.type_list", "全乡有建档立卡贫困户156户602人。一般贫困户120户480人，低保贫困户30户110人，特困供养户9户12人。", False),
    # a total, then its cue-less parts in one list
    ("sum.implied", "全镇建档立卡贫困户64户190人，一般贫困户40户120人，低保户20户60人，五保户4户10人。", True),
    # 五个一批: parts under several headings add up to the total stated earlier
    ("sum.implied", "全县建档立卡贫困户900户。发展产业脱贫400户，易地搬迁脱贫150户，生态补偿脱贫50户，"
                    "发展教育脱贫100户，社会保障兜底200户。", True),
]

# two breakdowns of one total (by cause and by type): each summed on its own, never together
TWO_BREAKDOWNS = "全村建档立卡贫困户150户。其中因病致贫60户，因学致贫40户，缺劳力50户。其中一般贫困户110户，低保户30户，五保户10户。"

# (text, expected holds of the share) — implicit bases
SHARE_CASES = [
    ("全村总人口820人，外出务工人员205人，占总人口25%。", True),
    ("全村总人口820人，外出务工人员205人，占总人口27%。", False),
    ("调查的75户贫困户中有30户缺少劳动力，占40%。", True),
    ("建档立卡贫困户50户160人中，因病致贫20户70人，户数占比40%。", True),
    ("建档立卡贫困户50户160人中，因病致贫20户70人，户数占比44%。", False),
    # shares of one sentence that all agree with one earlier base
    ("全镇有贫困户800户。因病致贫400户占50%，因学致贫200户占25%，因残致贫200户占25%。", True),
    # 分别占 … 及 … 的 X%和Y%: figures, bases and rates paired in order
    ("项目区有农户500户，农业人口2000人。其中贫困户100户，贫困人口500人，分别占项目区农户及农业人口的20%和25%。", True),
    ("项目区有农户500户，农业人口2000人。其中贫困户100户，贫困人口500人，分别占项目区农户及农业人口的21%和25%。", False),
    # 劳动力总数 names the figure of 劳动力
    ("全村有劳动力1200人，外出务工800人，占劳动力总数的66.7%。", True),
    ("全村有劳动力1200人，外出务工800人，占劳动力总数的70%。", False),
    # the base's head word (计划总投资 → 总投资) names the earlier figure
    ("计划完成项目总投资500万元，现已完成投资300万元，占计划总投资的60%。", True),
]

# (text, expected holds of the growth finding)
GROWTH_CASES = [
    ("全村人均可支配收入由2016年的4000元增加到2020年的8000元，增长100%。", True),
    ("全村人均可支配收入由2016年的4000元增加到2020年的8000元，年均增长18.9%。", True),   # compounded: 2^(1/4)−1
    ("全村人均可支配收入由2016年的4000元增加到2020年的8000元，年均增长25%。", False),
    ("全村人均可支配收入由4000元增加到8000元，年均增长18.9%。", None),                     # no years: cannot tell
    ("贫困发生率由2015年的9.6%下降到2020年的0.4%，下降9.2个百分点。", True),
    # 增长X倍: new/old = X, or X + 1 when only that fits
    ("村集体经济收入由2016年的4万元增加到2020年的12万元，增长2倍。", True),
    ("村集体经济收入由2016年的4万元增加到2020年的12万元，增长5倍。", False),
    ("全村人均收入达到12000元，与2015年的4000元相比增长2倍。", True),
    # 较/比 + a time + the old figure: a comparison without 相比
    ("全村人均纯收入达到15000元，较2016年的5000元增长200%。", True),
    ("全村人均纯收入达到15000元，比上年的12000元增长30%。", False),
    # 翻一番 / 翻两番: doubled n times
    ("村集体经济收入由3万元增加到6万元，翻了一番。", True),
    ("村集体经济收入由3万元增加到9万元，翻了一番。", False),
    ("全村人均收入达到16000元，与2014年的4000元相比翻两番。", True),
]

# (text, rule of the relation that must NOT be an alarm) — structures that are not one breakdown
NO_ALARM_CASES = [
    # a nested 其中 inside the list: two levels of one breakdown
    ("全村残疾人户44户60人（其中一级残疾14户18人，二级残疾25户35人，其中12户15人享受低保）。", "sum"),
    # an open 其中 list far short of its total: a selection, not a breakdown
    ("全乡共有贫困户310户，其中南村60户，北村75户，中村52户。", "sum"),
    # 累计脱贫 is a status, not 累计 closing the figures before it; 剩余 after 清退 completes no total
    ("2016年识别贫困户500户1800人，2017年新识别20户60人，清退10户30人，累计脱贫400户1500人，剩余110户330人。", "sum"),
    ("2016年识别贫困户500户。2017年新识别20户，清退10户。累计脱贫400户，剩余110户。", "sum"),
    # a change the words do not name (退出5户) among the terms of a balance
    ("全镇建档立卡贫困户300户，动态调整新增15户，退出5户，目前已脱贫260户，未脱贫50户。", "balance"),
    # measures of different kinds under 其中 may overlap: more than the total is no alarm
    ("全村建档立卡贫困户62户，其中享受低保政策40户，签约家庭医生35户。", "sum"),
    ("全村贫困人口300人，其中外出务工180人，公益性岗位安置150人。", "sum"),
    # a cue-less list of causes short of the total: it may leave causes out
    ("全村有建档立卡贫困户62户210人。因病致贫15户，因残致贫6户，因学致贫23户，缺技术致贫13户。", "sum"),
    # parts by year of the lifted only, against the registered total
    ("现有建档立卡贫困户300户1100人。其中2017年脱贫100人，2018年脱贫200人，2019年脱贫500人。", "sum"),
]


@pytest.mark.parametrize("rule,text,expected", STRUCTURE_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(STRUCTURE_CASES)])
def test_structure_sums(rule, text, expected):
    found = [f for f in findings_of(text) if f.rule == rule]
    if expected == "absent":  # an implied sum is reported only when it holds
        assert not [f for f in found if "1500户" in f.explanation], [f.explanation for f in found]
        return
    assert found, [(f.rule, f.explanation) for f in findings_of(text)]
    assert all(f.holds is expected for f in found), [f.explanation for f in found]


def test_two_breakdowns_are_summed_apart():
    sums = [f for f in findings_of(TWO_BREAKDOWNS) if f.kind == "sum"]
    assert len(sums) == 2 and all(f.holds is True for f in sums), [f.explanation for f in sums]
    assert all(len(f.parts) == 3 for f in sums)


@pytest.mark.parametrize("text,expected", SHARE_CASES)
def test_implicit_bases(text, expected):
    shares = [f for f in findings_of(text) if f.kind == "share" and f.holds is not None]
    assert shares and shares[0].holds is expected, [(f.rule, f.explanation) for f in findings_of(text)]


@pytest.mark.parametrize("text,expected", GROWTH_CASES)
def test_growth_forms(text, expected):
    growth = [f for f in findings_of(text) if f.kind == "growth"]
    assert growth and growth[0].holds is expected, [f.explanation for f in growth]


# (text) — breakdowns of one kind that exceed their total: real alarms (place names share no character)
ALARM_CASES = [
    "全镇贫困户60户，其中：下坪村12户，汤湖7户，居委2户，上洞26户，和洞30户。",
    "全乡共有贫困户95户，其中：东村40户，西村30户，南村35户。",
    "全村共有贫困户45户，其中2016年脱贫10户，2017年脱贫15户，2018年脱贫12户，剩余9户。",
]


@pytest.mark.parametrize("text", ALARM_CASES)
def test_alarm_on_a_breakdown_above_its_total(text):
    assert [f for f in findings_of(text) if f.kind == "sum" and f.holds is False], \
        [(f.rule, f.holds, f.explanation) for f in findings_of(text)]


@pytest.mark.parametrize("text,kind", NO_ALARM_CASES)
def test_no_alarm_on_mixed_structure(text, kind):
    found = findings_of(text)
    assert not [f for f in found if f.kind == kind and f.holds is False], [f.explanation for f in found]


def test_findings_carry_confidence_structure_and_rounding_rule():
    f = [f for f in findings_of("全村养殖能繁母羊12只、23只、9只，共48只。") if f.kind == "sum"][0]
    assert f.holds is False and 0 < f.confidence <= 1 and "合计" in f.structure
    assert "interval of values that round to it" in f.explanation and "tolerance" in f.explanation
    null = [f for f in findings_of(NO_ALARM_CASES[1][0]) if f.kind == "sum"][0]
    assert null.holds is None and "cannot tell" in null.explanation and null.confidence < f.confidence


def test_alarms_come_first_by_confidence():
    text = "全村养殖能繁母羊12只、23只、9只，共48只。调查的75户贫困户中有30户缺少劳动力，占40%。东坡村25户101人，西坡村40户152人，合计65户250人。"
    df = audit(_corpus({"d": text}, {"d": ("东坡村", 2020)}), cross_report=False)
    alarms = df[(df.holds == False) & df.kind.isin(["sum", "share", "growth", "ratio"])]  # noqa: E712
    assert len(alarms) >= 2 and list(df.index[:len(alarms)]) == list(alarms.index)
    assert list(alarms.confidence) == sorted(alarms.confidence, reverse=True)


def test_cumulative_above_an_earlier_registered_total():
    texts = {"a-2018": "大河乡2018年工作总结。全乡建档立卡贫困户150户。",
             "a-2020": "大河乡2020年工作总结。全乡累计脱贫170户。"}
    meta = {"a-2018": ("大河乡", 2018), "a-2020": ("大河乡", 2020)}
    ind = {("a-2018", "150户"): ("poor_households", "2018"), ("a-2020", "170户"): ("lifted_households", None)}
    df = audit(_corpus(texts, meta, ind))
    rows = df[df.kind == "exceeds_registered"]
    assert list(zip(rows.doc, rows.other_doc)) == [("a-2020", "a-2018")]
    ok = dict(texts, **{"a-2020": "大河乡2020年工作总结。全乡累计脱贫140户。"})
    assert not len(audit(_corpus(ok, meta, ind)).query("kind == 'exceeds_registered'"))


@pytest.mark.parametrize("title,issue,flagged", [
    ("小河村2023年脱贫攻坚工作总结。", None, True),
    ("小河村2019年脱贫攻坚工作总结。", None, False),
    ("小河村2019年脱贫攻坚工作总结。", "year copied from the page date", True),
])
def test_implausible_report_years(title, issue, flagged):
    c = _corpus({"v": title + "全村贫困户20户。"}, {"v": ("小河村", 2019)})
    if issue:
        c.documents["year_issue"] = [issue]
    df = audit(c)
    assert (df.kind == "implausible_year").any() is flagged


def test_eval_prints_what_score_py_prints(tmp_path, capsys):
    from fupin_extract.evaluate import score_relations as ours
    findings = tmp_path / "a.jsonl"
    text = (ROOT / "corpora" / "web16.txt").read_text(encoding="utf-8")
    rows = finding_records(audit(_corpus({"web16": text}, {"web16": (None, None)}), cross_report=False))
    findings.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    gold = tmp_path / "g"
    gold.mkdir()
    (gold / "web16.relations.jsonl").write_text((ROOT / "tests/gold/web16.relations.jsonl").read_text(encoding="utf-8"),
                                                encoding="utf-8")
    ours(gold, findings)
    mine = capsys.readouterr().out
    _score().score_relations(gold, findings)
    theirs = capsys.readouterr().out
    assert mine == theirs and "alarm precision=" in mine and "failing recall=" in mine


# ---------------------------------------------------------------------- complements, pairs, bases in brackets
# (rule, text, total, expected holds of every sum whose total is ``total``) — written for these tests; the
# rule is the one that reads the relation when no earlier rule does (an exact partition may be read first)
COMPLEMENT_CASES = [
    # a registered total, its lifted and its remaining figures (no figure added or removed)
    ("sum.complement", "全村建档立卡贫困户52户180人，已脱贫47户168人，剩余未脱贫5户12人。", "52户", True),
    ("sum.complement", "全村建档立卡贫困户52户180人，已脱贫47户168人，剩余未脱贫7户12人。", "52户", False),
    # W and 未W: the total is the figure that is exactly their sum
    ("sum.complement", "全县监测对象共3200户；已消除风险1900户，未消除风险1300户。", "3200户", True),
    # the parts of the lifted by year are not the lifted status itself
    ("sum.complement", "全村建档立卡贫困户40户。已脱贫36户，其中2018年脱贫16户，2019年脱贫20户。剩余未脱贫4户。", "40户", True),
    # a total of a pair (X户Y人) after 合计: each unit its own total
    ("sum.total_after", "甲村12户40人、乙村8户30人。合计20户70人。", "70人", True),
    ("sum.total_after", "甲村12户40人、乙村8户30人。合计20户75人。", "75人", False),
]


@pytest.mark.parametrize("rule,text,total,expected", COMPLEMENT_CASES)
def test_complements_and_pair_totals(rule, text, total, expected):
    found = [f for f in findings_of(text) if f.kind == "sum" and f.total and text[f.total[0]:f.total[1]] == total]
    assert found, [(f.rule, f.explanation) for f in findings_of(text)]
    assert all(f.holds is expected for f in found), [f.explanation for f in found]
    if expected is False:
        assert rule in {f.rule for f in found}


def test_statuses_broken_down_by_the_same_labels():
    text = ("监测对象1000户（甲类400户、乙类600户），已消除风险700户（甲类300户、乙类400户），"
            "未消除风险300户（甲类100户、乙类200户）。")
    found = {text[f.total[0]:f.total[1]]: f.holds for f in findings_of(text) if f.rule == "sum.complement"}
    assert found == {"1000户": True, "400户": True, "600户": True}, found


@pytest.mark.parametrize("text,numerator,expected", [
    # 、 joins the words of one base (占省、市下达任务的75%)
    ("下达任务2000人，已完成1500人，占省、市下达任务的75%。", "1500人", True),
    ("下达任务2000人，已完成1500人，占省、市下达任务的70%。", "1500人", False),
    # the subject of 占 is the figure before the bracketed breakdown, not its last part
    ("全县监测对象800户2600人（甲类300户1000人、乙类500户1600人），占全县人口总数的2.6%。", "2600人", None),
])
def test_share_numerator_and_base_words(text, numerator, expected):
    shares = [f for f in findings_of(text) if f.kind == "share"]
    assert shares and text[shares[0].parts[0][0]:shares[0].parts[0][1]] == numerator, [f.explanation for f in shares]
    assert shares[0].holds is expected, shares[0].explanation


@pytest.mark.parametrize("text,total,expected", [
    # 人均 X = the total its words name / the population
    ("全村总人口1200人，耕地面积1800亩，人均耕地1.5亩。", "1800亩", True),
    ("全村总人口1200人，耕地面积1800亩，人均耕地1.8亩。", "1800亩", False),
    # the total with the longest shared name (耕地面积, not 总面积), a whole rather than a part
    ("全村总人口500人，总面积9000亩，其中耕地面积1000亩，人均耕地面积2亩。", "1000亩", True),
    ("全村总人口500人。全村总收入400万元，其中种植收入150万元，务工收入200万元，人均纯收入8000元。", "400万元", True),
])
def test_per_capita(text, total, expected):
    found = [f for f in findings_of(text) if f.rule == "per_unit.per_capita"]
    assert found and text[found[0].parts[0][0]:found[0].parts[0][1]] == total, [f.explanation for f in found]
    assert found[0].holds is expected, found[0].explanation


@pytest.mark.parametrize("text,expected", [
    # 贫困发生率 = the remaining poor population / the population
    ("全村总人口2000人。目前剩余贫困人口30人，贫困发生率降至1.5%。", True),
    ("全村总人口2000人。目前剩余贫困人口30人，贫困发生率降至2.5%。", False),
    # the rural population stated in an earlier paragraph
    ("全乡农村人口12040人。\n全乡建档立卡贫困人口4816人，贫困发生率40%。", True),
    ("全乡农村人口12040人。\n全乡建档立卡贫困人口4816人，贫困发生率42%。", False),
    # a part of the sentence's own breakdown is not the numerator
    ("全村总人口2000人。目前剩余贫困户12户30人，其中低保户5户9人，贫困发生率降至1.5%。", True),
])
def test_incidence(text, expected):
    found = [f for f in findings_of(text) if f.rule == "share.incidence"]
    assert found and found[0].holds is expected, [(f.rule, f.explanation) for f in findings_of(text)]


def test_incidence_of_a_past_year_is_not_read():
    text = "全村总人口2000人，现有贫困人口30人，贫困发生率由2014年的8.5%下降至1.5%。"
    assert not [f for f in findings_of(text) if f.rule == "share.incidence" and "8.5%" in f.explanation]


@pytest.mark.parametrize("text,total,expected", [
    # 三年共计: the yearly list stated earlier, as many figures as years named
    ("三年脱贫情况（2018年40户、150人；2019年35户、120人；2020年25户、90人）。经核查，2018年、2019年、2020年共计100户、360人均达标。",
     "100户", True),
    ("三年脱贫情况（2018年40户、150人；2019年35户、120人；2020年25户、90人）。经核查，2018年、2019年、2020年共计100户、360人均达标。",
     "360人", True),
    ("三年脱贫情况（2018年40户、150人；2019年35户、120人；2020年25户、90人）。经核查，2018年、2019年、2020年共计105户、360人均达标。",
     "105户", False),
])
def test_total_over_the_years(text, total, expected):
    found = [f for f in findings_of(text) if f.kind == "sum" and text[f.total[0]:f.total[1]] == total]
    assert found and all(f.holds is expected for f in found), [(f.rule, f.explanation) for f in findings_of(text)]


def test_a_list_of_years_is_not_a_label_of_a_later_figure():
    text = "2018年、2019年、2020年的脱贫户共涉及8个村，95户。2018年、2019年共计100户。"
    assert not [f for f in findings_of(text) if f.kind == "sum" and "100户" in f.explanation]


@pytest.mark.parametrize("text,expected", [
    # 占项目区总户数的: the households figure is the base when the words name no figure
    ("项目区有农户800户，农业人口3000人。项目区内危房户达40户，占项目区总户数的5%。", True),
    ("项目区有农户800户，农业人口3000人。项目区内危房户达40户，占项目区总户数的6%。", False),
])
def test_share_of_the_whole_count(text, expected):
    shares = [f for f in findings_of(text) if f.kind == "share" and f.holds is not None]
    assert shares and shares[0].holds is expected, [(f.rule, f.explanation) for f in findings_of(text)]


@pytest.mark.parametrize("text,expected", [
    # shares of one earlier base whose rates add up to 100%: a breakdown of that base
    ("全镇建档立卡贫困户800户。\n当前因病致贫400户占50%，因学致贫240户占30%，因残致贫160户占20%。", True),
    ("全镇建档立卡贫困户800户。\n当前因病致贫400户占50%，因学致贫240户占30%，因残致贫100户占20%。", None),
])
def test_shares_adding_up_to_a_whole(text, expected):
    sums = [f for f in findings_of(text) if f.rule == "sum.share_partition"]
    if expected is None:  # the implied bases do not agree: no base, no breakdown
        assert not sums
    else:
        assert sums and sums[0].holds is expected and len(sums[0].parts) == 3, [f.explanation for f in sums]


@pytest.mark.parametrize("rule,text,expected", [
    # 由A减少至B，累计减贫C: A = B + C; the two ends are no parts of 累计
    ("sum.change", "全县贫困人口由2014年的4.8万人减少至2019年底的0.6万人，累计减贫4.2万人。", True),
    ("sum.change", "全县贫困人口由2014年的4.8万人减少至2019年底的0.6万人，累计减贫4.6万人。", False),
    ("sum.change", "村集体经济收入由3万元增加到9万元，净增加6万元。", True),
    # the total of a per-head amount may stand at the head of its clause (共发放…资金X元)
    ("per_unit.per_head", "共发放助学资金9.6万元，惠及学生320人，每人300元。", True),
    ("per_unit.per_head", "共发放助学资金9.6万元，惠及学生320人，每人400元。", False),
    # 人均 with no noun: the figure of its unit right before it in the sentence
    ("per_unit.per_capita", "全村有耕地3600亩，人均1.5亩，总人口2400人。", True),
    ("per_unit.per_capita", "全村有耕地3600亩，人均2.5亩，总人口2400人。", False),
])
def test_changes_and_per_unit_forms(rule, text, expected):
    found = [f for f in findings_of(text) if f.rule == rule]
    assert found and found[0].holds is expected, [(f.rule, f.explanation) for f in findings_of(text)]
    if rule == "sum.change":
        assert not [f for f in findings_of(text) if f.rule == "sum.total_after"]


# ---------------------------------------------------------------------- properties
from hypothesis import given, settings, strategies as st  # noqa: E402

from fupin_extract.audit.core import Finding  # noqa: E402
from fupin_extract.audit.ledger import Ledger  # noqa: E402

PLACES = ["东村", "西村", "南村", "北村", "中村"]


@settings(max_examples=25, deadline=None)
@given(parts=st.lists(st.integers(min_value=5, max_value=900), min_size=2, max_size=5),
       off=st.integers(min_value=-3, max_value=3))
def test_a_closed_list_holds_exactly_when_it_adds_up(parts, off):
    listed = "，".join(f"{PLACES[i]}{v}户" for i, v in enumerate(parts))
    total = sum(parts) + off
    text = f"全乡搬迁对象{listed}，合计{total}户。"
    sums = [f for f in findings_of(text) if f.rule == "sum.total_after"]
    assert sums and sums[0].holds is (off == 0), sums[0].explanation
    assert sums[0].recomputed == str(sum(parts))


@settings(max_examples=25, deadline=None)
@given(have=st.integers(min_value=1, max_value=400), rest=st.integers(min_value=0, max_value=400),
       off=st.integers(min_value=-2, max_value=2))
def test_two_statuses_against_the_registered_total(have, rest, off):
    total = have + rest + off
    text = f"全村建档立卡贫困户{total}户，已脱贫{have}户，剩余未脱贫{rest}户。"
    sums = [f for f in findings_of(text) if f.kind == "sum" and f.total and text[f.total[0]:f.total[1]] == f"{total}户"]
    if rest == 0 or total < max(have, rest):
        return  # no second status, or a total below one of them (a plausibility finding)
    assert sums and all(f.holds is (off == 0) for f in sums), [f.explanation for f in sums]


@settings(max_examples=50, deadline=None)
@given(spans=st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), min_size=1, max_size=6))
def test_the_ledger_keeps_one_relation_per_total_and_parts(spans):
    led = Ledger()
    seen = set()
    for t, p in spans:
        f = Finding("d", "sum", "sum.test", True, "", total=[t, t + 1], parts=[[p, p + 1]])
        assert led.record(f) is ((t, p) not in seen)
        seen.add((t, p))
    assert len(led.findings) == len(seen)
# ---------------------------------------------------------------------- generalisation by wording class
# (class, kind, text, expected) — paragraphs written for these tests in the varied wordings of real reports
# (other verbs and word orders, 万元 against 元, line breaks inside a sentence, bracketed breakdowns 其中：…；…),
# none copied from a report. expected True: a finding of ``kind`` holds and none of that kind is an alarm;
# False: a finding of ``kind`` does not hold; "no_alarm": a mixture, no finding of ``kind`` is an alarm.
GENERALISE_CASES = [
    # sums against totals: 其中 / 分别 / enumerations / 共计 / 合计
    ("sum", "sum", "全镇共有建档立卡贫困户1250户（其中：一般贫困户800户；低保户380户；特困户70户）。", True),
    ("sum", "sum", "全镇共有建档立卡贫困户1250户（其中：一般贫困户800户；低保户380户；特困户90户）。", False),
    ("sum", "sum", "全乡3个贫困村共新修产业路18.5公里，分别为石门村6公里、青山村7.5公里、龙潭村5公里。", True),
    ("sum", "sum", "全乡3个贫困村共新修产业路18.5公里，分别为石门村6公里、青山村8.5公里、龙潭村5公里。", False),
    ("sum", "sum", "今年投入财政扶贫资金320万元、整合涉农资金1800000元、社会帮扶资金50万元，共计投入550万元。", True),
    ("sum", "sum", "甲村贫困户32户、乙村28户、丙村41户，合计111户。", False),
    ("sum", "sum", "全县易地扶贫搬迁共安置1200\n户，其中县城安置点800户，集镇安置点400户。", True),
    ("sum", "sum", "累计发放扶贫小额信贷2600万元，其中2019年发放1200万元，2020年发放1400万元。", True),
    ("sum", "sum", "全县建档立卡贫困人口12500人，其中：因病致贫4200人；因残致贫2100人；因学致贫1800人；"
                   "缺劳力致贫3100人；其他原因1500人。", False),
    ("sum", "sum", "全村实施到户产业项目共涉及贫困户96户，包括养牛38户、养羊27户、种植核桃31户。", True),
    # parts over several sentences against a total stated before them
    ("sum_sentences", "sum", "今年全镇实现脱贫120户。东山村脱贫45户。西山村脱贫40户。南山村脱贫35户。", True),
    ("sum_sentences", "sum", "全县共有贫困村30个。已出列的贫困村22个。\n未出列的贫困村8个。", True),
    ("sum_sentences", "sum", "全乡共有建档立卡贫困户420户。一是发展产业脱贫180户；二是转移就业脱贫150户；"
                             "三是兜底保障90户。", True),
    # shares against bases
    ("share", "share", "全村贫困户86户，其中因病致贫32户，占贫困户总数的37.2%。", True),
    ("share", "share", "全镇外出务工人员3200人，占全镇劳动力总数5000人的64%。", True),
    ("share", "share", "全镇外出务工人员3200人，占全镇劳动力总数5000人的46%。", False),
    ("share", "share", "全村耕地面积2400亩，其中种植经济作物1200亩，占耕地面积的60%。", False),
    ("share", "share", "2020年全县投入扶贫资金2.4亿元，其中产业扶贫资金9600万元，占40%。", True),
    # growth against both years
    ("growth", "growth", "农民人均可支配收入从2015年的3200元提高到2020年的9600元，增长了2倍。", True),
    ("growth", "growth", "2019年全村人均纯收入7642元，2020年达到8560元，比上年增长12%。", True),
    ("growth", "growth", "2019年全村人均纯收入7642元，2020年达到8560元，比上年增长21%。", False),
    ("growth", "growth", "村集体经济收入由2017年的2.5万元增至2020年的15万元，增长5倍。", True),
    ("growth", "growth", "全乡农民人均收入2020年达到10800元，较2016年的5400元翻了一番。", True),
    ("growth", "growth", "村集体经济收入由2016年的5万元增加到2020年的15万元，翻了一番。", False),
    ("growth", "growth", "人均可支配收入由2016年的5000元增加到2020年的6000元，增长了30%。", False),
    ("growth", "growth", "贫困人口由2014年底的5600人减少到2019年底的300人，下降94.6%。", True),
    # per-capita ratios
    ("per_capita", "ratio", "全村总人口1250人，耕地面积3750亩，人均耕地3亩。", True),
    ("per_capita", "ratio", "全村林地面积12000亩，总人口1500人，人均林地面积10亩。", False),
    ("per_capita", "ratio", "全村发放产业奖补资金48万元，惠及贫困户160户，户均3000元。", True),
    ("per_capita", "ratio", "全村发放产业奖补资金48万元，惠及贫困户160户，户均4000元。", False),
    # 贫困发生率 = poor / population
    ("incidence", "share|ratio", "全村总人口2400人，建档立卡贫困人口312人，贫困发生率为13%。", True),
    ("incidence", "share|ratio", "该镇农业人口16500人，2014年识别贫困人口1980人，贫困发生率12%。", True),
    ("incidence", "share|ratio", "全乡农村人口8000人。现有贫困人口560人，贫困发生率为6%。", False),
    ("incidence", "share|ratio", "全村辖8个村民小组，农村人口3120人。\n\n目前全村未脱贫人口39人，贫困发生率降至1.25%。", True),
    # signed balances 识别 − 脱贫 = 剩余
    ("balance", "sum", "全村共识别建档立卡贫困户125户，已脱贫118户，剩余7户未脱贫。", True),
    ("balance", "sum", "2014年识别贫困户210户，截至2019年底累计脱贫195户，尚有15户未脱贫。", True),
    ("balance", "sum", "全镇建档立卡贫困户560户，已脱贫520户，剩余未脱贫户30户。", False),
    ("balance", "sum", "全县共识别贫困人口8600人，现已脱贫8450人，未脱贫150人。", True),
    ("balance", "balance", "全乡识别贫困户400户，新增识别12户，清退8户，已脱贫380户，剩余24户。", True),
    ("balance", "balance", "全乡识别贫困户400户，新增识别12户，清退8户，已脱贫380户，剩余34户。", False),
    # totals over years
    ("years", "sum", "2018年脱贫86户、2019年脱贫102户、2020年脱贫45户，三年共计脱贫233户。", True),
    ("years", "sum", "2016年至2018年分别投入扶贫资金120万元、260万元、310万元，累计投入690万元。", True),
    ("years", "sum", "2017年、2018年、2019年分别完成危房改造35户、42户、28户，共计115户。", False),
    # mixtures that must not alarm
    ("mixture", "sum", "全村贫困人口420人，其中残疾人86人，60岁以上老人210人，在校学生180人。", "no_alarm"),
    ("mixture", "sum", "全村共有贫困户56户，其中危房改造12户，发放补助资金36万元，新建住房960平方米。", "no_alarm"),
    ("mixture", "sum", "全镇贫困人口2300人，其中享受低保1200人，享受特困供养300人，实施产业帮扶1500人。", "no_alarm"),
    ("mixture", "sum", "截至2020年底累计脱贫860户，其中2020年脱贫120户，2019年脱贫300户。", "no_alarm"),
    ("mixture", "sum", "全县累计投入扶贫资金2.6亿元，其中今年投入8500万元，今年新建项目46个。", "no_alarm"),
    ("mixture", "sum", "2020年全镇脱贫56户，累计脱贫680户，剩余未脱贫20户。", "no_alarm"),
    # rounding: every printed number is an interval
    ("rounding", "share", "全村劳动力1236人，外出务工825人，占劳动力总数的66.7%。", True),
    ("rounding", "sum", "三个村分别投入1.25万元、2.35万元、3.4万元，共计7万元。", True),
    ("rounding", "sum", "全镇贫困人口1.2万人，其中因病致贫4500人，因残致贫3800人，其他原因3700人。", True),
    # ---- second round, written after the first fixes (its failures are the honest estimate)
    ("sum", "sum", "全村现有耕地2860亩，其中水田1230亩、旱地1630亩。", True),
    ("sum", "sum", "全村现有耕地2860亩，其中水田1230亩、旱地1730亩。", False),
    ("sum", "sum", "共筹集资金860万元，其中：中央资金500万元，省级资金210万元，县级配套150万元。", True),
    ("sum", "sum", "新建村级光伏电站3座、扶贫车间2个、冷库1座，总投资1280万元，其中光伏电站投资620万元，"
                   "扶贫车间投资480万元，冷库投资180万元。", True),
    ("sum", "sum", "当年安排项目资金分别为：产业发展456万元，基础设施1030万元，教育扶贫88万元，合计1574万元。", True),
    ("sum", "sum", "当年安排项目资金分别为：产业发展456万元，基础设施1030万元，教育扶贫88万元，合计1674万元。", False),
    ("sum", "sum", "组织培训贫困劳动力共计1360人次，其中种养殖技术培训720人次、家政服务培训410人次、"
                   "电商培训230人次。", True),
    ("sum", "sum", "全镇共有贫困村6个，其中深度贫困村2个，一般贫困村4个。", True),
    ("sum", "sum", "发放教育资助资金156.8万元，惠及学生2100人次，其中学前教育12.6万元、义务教育64.2万元、"
                   "高中教育80万元。", True),
    ("sum", "sum", "投入帮扶资金，其中县财政300万元，帮扶单位150万元，社会捐赠50万元，一共500万元。", True),
    ("sum_sentences", "sum", "截至年底，全县累计实现脱贫2460户。其中，2017年脱贫860户。2018年脱贫1020户。"
                             "2019年脱贫580户。", True),
    ("share", "share", "全县建档立卡贫困人口中，因病致贫的有3150人，占比为35%，全县建档立卡贫困人口9000人。", True),
    ("share", "share", "外出务工的贫困劳动力达到1860人，占贫困劳动力总数2480人的75%。", True),
    ("share", "share", "全村2020年集体经济收入32万元，其中光伏收益24万元，占集体经济收入的75%。", True),
    ("share", "share", "全村2020年集体经济收入32万元，其中光伏收益24万元，占集体经济收入的80%。", False),
    ("share", "share", "全镇脱贫户1200户，享受产业奖补的有960户，覆盖率达80%。", True),
    ("growth", "growth", "贫困户人均纯收入从2016年的2860元增长至2020年的8620元，增长201.4%。", True),
    ("growth", "growth", "贫困户人均纯收入从2016年的2860元增长至2020年的8620元，增长211.4%。", False),
    ("growth", "growth", "2020年村集体经济收入18.6万元，比2019年的12万元增长55%。", True),
    ("growth", "growth", "2020年村集体经济收入18.6万元，同比增长55%，2019年为12万元。", True),
    ("growth", "growth", "全县农村居民人均可支配收入达到11200元，是2015年5600元的2倍。", True),
    ("growth", "growth", "贫困发生率由2014年的18.6%降至2019年的0.6%，下降了18个百分点。", True),
    ("growth", "growth", "贫困发生率由2014年的18.6%降至2019年的0.6%，下降了16个百分点。", False),
    ("per_capita", "ratio", "全村共有人口860人，年人均纯收入9800元，全村纯收入总额842.8万元。", True),
    ("per_capita", "ratio", "为68户贫困户发放产业扶持资金34万元，户均5000元。", True),
    ("per_capita", "ratio", "为68户贫困户发放产业扶持资金34万元，户均6000元。", False),
    ("incidence", "share|ratio", "全村总户数420户1560人，现有贫困户36户124人，贫困发生率7.9%。", True),
    ("incidence", "share|ratio", "全村总户数420户1560人，现有贫困户36户124人，贫困发生率9.7%。", False),
    ("incidence", "share|ratio", "全乡农业人口2.3万人，剩余贫困人口115人，贫困发生率降至0.5%。", True),
    ("balance", "sum", "全村共有建档立卡贫困户98户362人，目前已脱贫93户348人，未脱贫5户14人。", True),
    ("balance", "sum", "全村共有建档立卡贫困户98户362人，目前已脱贫93户348人，未脱贫5户24人。", False),
    ("balance", "sum", "全镇识别建档立卡贫困户1260户，截至目前，已有1188户实现脱贫，还剩72户。", True),
    ("balance", "balance", "全村原有建档立卡贫困户130户，动态调整新增6户，清退3户，已脱贫121户，剩余12户未脱贫。", True),
    ("years", "sum", "近三年来，全村分别实现脱贫18户、25户、12户，累计脱贫55户。", True),
    ("years", "sum", "2018年至2020年，争取项目资金分别为85万元、120万元和96万元，合计301万元。", True),
    ("years", "sum", "2018年至2020年，争取项目资金分别为85万元、120万元和96万元，合计311万元。", False),
    ("mixture", "sum", "全村贫困户85户，其中因病致贫30户，因残致贫20户；其中一般贫困户60户，低保户25户。", "no_alarm"),
    ("mixture", "sum", "全村劳动力980人，其中外出务工620人，在家务农410人，参加技能培训260人。", "no_alarm"),
    ("mixture", "sum", "全县贫困户2300户，其中当年脱贫860户，累计脱贫1900户。", "no_alarm"),
    ("mixture", "sum", "全村贫困户52户，其中2户3人为五保户，享受低保政策的有38户，参加新农合52户。", "no_alarm"),
    ("mixture", "sum", "全村共有党员46人，其中女党员12人，60岁以上党员25人，大专以上学历党员15人。", "no_alarm"),
    ("mixture", "sum", "项目总投资350万元，其中财政资金200万元，受益群众1200人，带动贫困户60户。", "no_alarm"),
    ("rounding", "sum", "全县贫困人口3.6万人，其中因病致贫1.2万人，因残致贫0.8万人，其他原因1.6万人。", True),
    ("rounding", "share", "全村贫困人口148人，其中因病致贫49人，占33.1%。", True),
    ("rounding", "sum", "共投入资金1.2亿元，其中财政资金8000万元，社会资金4000万元。", True),
    # ---- written while fixing the second round's failures
    ("growth", "growth", "2020年村集体经济收入18.6万元，同比增长75%，2019年为12万元。", False),
    ("growth", "growth", "全县农村居民人均可支配收入达到11200元，是2015年5600元的3倍。", False),
    ("wrap", "sum", "全村识别建档立卡贫困户96户，已脱贫90户，剩余\n        贫困户6户。", True),
    ("wrap", "sum", "全村识别建档立卡贫困户96户，已脱贫90户，剩余\n        贫困户8户。", False),
    # ---- third round, written after the second round's fixes (its failures are the estimate reported)
    ("sum", "sum", "全年共落实各类扶贫资金3265万元。其中：财政专项扶贫资金1820万元；行业部门资金965万元；"
                   "社会帮扶资金480万元。", True),
    ("sum", "sum", "全乡易地搬迁贫困户共计186户712人，集中安置124户480人，分散安置62户232人。", True),
    ("sum", "sum", "全乡易地搬迁贫困户共计186户712人，集中安置124户480人，分散安置72户232人。", False),
    ("sum", "sum", "我村贫困人口按致贫原因划分：因病致贫46人、因残致贫31人、因学致贫18人、缺劳力25人，"
                   "共计120人。", True),
    ("sum", "sum", "今年新建通村公路三条，长度分别为4.2公里、3.6公里、5.1公里，总长12.9公里。", True),
    ("sum", "sum", "今年新建通村公路三条，长度分别为4.2公里、3.6公里、5.1公里，总长13.9公里。", False),
    ("share", "share", "全乡现有劳动力4860人，其中外出务工2916人，所占比例为60%。", True),
    ("share", "share", "全村易地搬迁42户，占全村总户数210户的20%。", True),
    ("share", "share", "全村易地搬迁42户，占全村总户数210户的25%。", False),
    ("growth", "growth", "全村人均纯收入由2014年的2650元提高到2019年的8480元，增长2.2倍。", True),
    ("growth", "growth", "村集体收入从无到有，由2017年的0.8万元增加至2020年的6.4万元，翻了三番。", True),
    ("growth", "growth", "2019年贫困户人均纯收入达到9600元，较2018年的8000元增长20%。", True),
    ("growth", "growth", "2019年贫困户人均纯收入达到9600元，较2018年的8000元增长25%。", False),
    ("per_capita", "ratio", "全村有户籍人口1320人，耕地面积1980亩，人均耕地面积1.5亩。", True),
    ("per_capita", "ratio", "全村有户籍人口1320人，耕地面积1980亩，人均耕地面积2.5亩。", False),
    ("incidence", "share|ratio", "全乡共有农业人口6250人，现有未脱贫人口75人，贫困发生率为1.2%。", True),
    ("incidence", "share|ratio", "全乡共有农业人口6250人，现有未脱贫人口75人，贫困发生率为2.1%。", False),
    ("balance", "sum", "全村精准识别贫困户76户281人，截至2019年底，累计脱贫70户265人，剩余贫困户6户16人。", True),
    ("balance", "sum", "全村精准识别贫困户76户281人，截至2019年底，累计脱贫70户265人，剩余贫困户6户26人。", False),
    ("years", "sum", "2016年、2017年、2018年分别脱贫38户、45户、27户，三年累计脱贫110户。", True),
    ("mixture", "sum", "全镇有低保对象420人，其中残疾人95人，其中重度残疾42人，70岁以上老人120人。", "no_alarm"),
    ("mixture", "sum", "全村贫困户46户，其中享受危房改造补助30户，享受产业奖补46户，享受教育资助12户。", "no_alarm"),
    ("mixture", "sum", "全县2020年脱贫2100人，累计脱贫18600人，其中2019年脱贫6200人，2018年脱贫10300人。", "no_alarm"),
    ("mixture", "sum", "全村贫困人口312人，其中劳动力186人，外出务工142人，在校学生58人。", "no_alarm"),
    ("rounding", "share", "全镇贫困户1.05万户，其中因病致贫3500户，占33.3%。", True),
    # ---- fourth round: two breakdowns in one list (no second 其中), written to probe false alarms
    ("two_lists", "sum", "全乡贫困户500户，其中一般贫困户300户，低保户150户，五保户50户，因病致贫200户。", True),
    ("two_lists", "sum", "全村共有耕地1200亩，其中水田800亩，旱地400亩，种植玉米500亩。", True),
    ("two_lists", "sum", "全村贫困户120户，其中因病致贫50户、因残致贫30户、因学致贫40户，已脱贫100户。", True),
    ("two_lists", "sum", "全县投入扶贫资金5000万元，其中中央资金3000万元，省级资金2000万元，用于产业发展1800万元。", True),
    ("two_lists", "sum", "全乡贫困户500户，其中一般贫困户300户，低保户140户，五保户50户，因病致贫200户。", "no_alarm"),
    ("two_lists", "sum", "全村贫困人口400人，其中男性210人，女性190人，60岁以上老人85人。", "no_alarm"),
    # ---- fifth round (after the fixes, none failed): more two-breakdown lists and one real alarm
    ("two_lists", "sum", "全村有耕地3200亩，其中水浇地1800亩，旱地1400亩，退耕还林600亩。", True),
    ("two_lists", "sum", "全镇贫困户860户，其中2018年脱贫320户，2019年脱贫410户，累计脱贫730户，剩余130户。", "no_alarm"),
    ("two_lists", "sum", "全县易地扶贫搬迁3600人，其中集中安置2800人，分散安置800人，学生420人。", True),
    ("two_lists", "sum", "今年共培训贫困劳动力800人次，其中致富带头人培训120人次，技能培训500人次，转移就业360人。", "no_alarm"),
    ("two_lists", "sum", "全村危房改造68户，其中C级危房40户，D级危房28户，拆除重建30户，维修加固38户。", True),
    ("two_lists", "sum", "全村共有贫困户75户，其中一般户40户，低保户30户，五保户8户。", False),
    ("two_lists", "sum", "全乡共有贫困户95户，其中东村40户，西村30户，南村25户，享受低保60户。", True),
    ("two_lists", "sum", "全乡建档立卡贫困人口2600人，其中脱贫人口2450人，未脱贫人口150人，兜底保障人口380人。", True),
    # ---- sixth round (issue 13's classes, written before the fixes of this round: 7 of 29 failed, and one
    # failing sum was found only against a wrong total — the estimate for unseen wording)
    ("enumeration", "sum", '新购能繁母牛8头、11头、6头，共25头，分给贫困户饲养。', True),
    ("enumeration", "sum", '新购能繁母牛8头、11头、6头，共27头，分给贫困户饲养。', False),
    ("village_pairs", "sum", '上寨村18户72人，下寨村22户85人，中寨村15户60人，合计55户217人。', True),
    ("village_pairs", "sum", '上寨村18户72人，下寨村22户85人，中寨村15户60人，合计55户227人。', False),
    ("type_list", "sum", '全镇有建档立卡贫困户245户912人。一般贫困户190户730人，低保贫困户48户170人，特困供养户7户12人。', True),
    ("type_list", "sum", '全镇有建档立卡贫困户245户912人。一般贫困户190户730人，低保贫困户58户170人，特困供养户7户12人。', False),
    ("five_batches", "sum", '全乡共有建档立卡贫困户620户。\n（一）发展产业脱贫280户。\n（二）易地搬迁脱贫120'
                            '户。\n（三）生态补偿脱贫60户。\n（四）发展教育脱贫40户。\n（五）社会保障兜底120户。', True),
    ("five_batches", "sum", '全县通过“五个一批”实现脱贫1350户：发展生产脱贫560户，易地搬迁脱贫310户，生态补偿脱贫90户，发展教育脱贫150户，社会保障兜底240户。', True),
    ("five_batches", "sum", '全县通过“五个一批”实现脱贫1350户：发展生产脱贫560户，易地搬迁脱贫310户，生态补偿脱贫90户，发展教育脱贫150户，社会保障兜底340户。', False),
    ("two_breakdowns", "sum", '全村建档立卡贫困户80户，其中因病致贫35户、因残致贫25户、缺劳力20户；其中一般贫困户50户、低保户22户、五保户8户。', True),
    ("two_breakdowns", "sum", '全村建档立卡贫困户80户，其中因病致贫35户、因残致贫25户、缺劳力20户；其中一般贫困户50户、低保户22户、五保户18户。', False),
    ("incidence", "share|ratio", '全镇农村人口12500人。\n至2014年底，全镇识别建档立卡贫困人口4400人，贫困发生率35.2%。', True),
    ("incidence", "share|ratio", '全镇农村人口12500人。\n至2014年底，全镇识别建档立卡贫困人口4400人，贫困发生率32.5%。', False),
    ("prev_base", "share", '全村有劳动力640人。外出务工的有416人，占65%。', True),
    ("prev_base", "share", '全村有劳动力640人。外出务工的有416人，占60%。', False),
    ("growth", "growth", '村集体经济收入由2018年的6万元增加到2020年的15万元，增长150%。', True),
    ("growth", "growth", '农民人均纯收入由2015年的5000元增长到2020年的8000元，年均增长9.9%。', True),
    ("growth", "growth", '农民人均纯收入由2015年的5000元增长到2020年的8000元，年均增长12%。', False),
    ("growth", "growth", '贫困户人均收入由2014年的2000元增加到2020年的8000元，增长了3倍。', True),
    ("growth", "growth", '村集体收入由2018年的4万元增加到2020年的8万元，实现翻一番。', True),
    ("growth", "growth", '贫困发生率从2016年的12.5%下降到2020年的0.5%，降低12个百分点。', True),
    ("growth", "growth", '贫困发生率从2016年的12.5%下降到2020年的0.5%，降低11个百分点。', False),
    ("rounding", "sum", '三个村分别投入资金2.35万元、1.45万元、3.2万元，合计7万元。', True),
    ("rounding", "sum", '三个村分别投入资金2.35万元、1.45万元、3.2万元，合计7.5万元。', False),
    ("sum", "sum", '全乡共有贫困村5个，其中深度贫困村2个，一般贫困村4个。', False),
    ("two_breakdowns", "sum", '全村贫困户120户，其中因病致贫45户，因残致贫30户，缺劳力25户，其中一般贫困户80户，低保户40户。', True),
    ("two_breakdowns", "sum", '全村贫困户120户，其中因病致贫45户，因残致贫30户，缺劳力25户，其中一般贫困户80户，低保户50户。', False),
    ("mixture", "sum", '全镇有贫困人口1800人，其中享受低保950人，参加医疗保险1800人，实现转移就业620人。', 'no_alarm'),
    ("mixture", "sum", '全村有贫困户64户，其中因病致贫28户，因学致贫14户，一般户40户，低保户24户。', 'no_alarm'),
    # ---- seventh round (written before its fixes: 16 of 52 read wrongly, and one false alarm)
    # statuses of the total (已脱贫, 未脱贫) mixed with a cause: they overlap, no alarm
    ("mixture", "sum", '全村贫困户45户162人，其中已脱贫40户150人，因病致贫18户，未脱贫5户12人。', 'no_alarm'),
    ("mixture", "sum", '全镇贫困户300户，其中已脱贫260户，因学致贫70户，剩余未脱贫40户。', 'no_alarm'),
    ("balance", "sum", '全镇贫困户300户，其中已脱贫260户，剩余未脱贫50户。', False),
    # a count of years before a status total (三年累计脱贫): the yearly figures right before it are its parts
    ("years", "sum", '其中2016年脱贫56户213人，2017年脱贫78户290人，2018年脱贫40户151人，三年累计脱贫174户654人。', True),
    ("years", "sum", '其中2016年脱贫56户213人，2017年脱贫78户290人，2018年脱贫40户151人，三年累计脱贫184户654人。', False),
    ("years", "sum", '2019年、2020年分别脱贫30户、20户，两年累计脱贫50户。', True),
    ("years", "sum", '2019年、2020年分别脱贫30户、20户，两年累计脱贫60户。', False),
    # no count of years: the cumulative total may hold earlier years too
    ("years", "sum", '2019年脱贫30户，2020年脱贫20户，累计脱贫84户。', "no_alarm"),
    # 由A增加至B，the amount of the change, then the rate: the rate is still of A → B
    ("growth", "growth", '贫困户年人均纯收入由2015年的3100元增加至2019年的9300元，增加了6200元，增长200%。', True),
    ("growth", "growth", '贫困户年人均纯收入由2015年的3100元增加至2019年的9300元，增加了6200元，增长20%。', False),
    ("growth", "growth", '贫困人口由2014年的3200人减少到2019年的160人，减少3040人，下降85%。', False),
    # 比上年增加D，增长X%: D is the change, the year before is the new figure less D
    ("growth", "growth", '2020年全村农民人均纯收入达12800元，比上年增加1600元，增长14.3%。', True),
    ("growth", "growth", '2020年全村农民人均纯收入达12800元，比上年增加1600元，增长16.3%。', False),
    ("growth", "growth", '全村贫困人口减至120人，较上年减少80人，下降40%。', True),
    ("growth", "growth", '全村贫困人口减至120人，较上年减少80人，下降50%。', False),
    # a second breakdown after ；(no second 其中), labels refining the total's noun: summed on its own
    ("two_breakdowns", "sum", '全村共有贫困户82户，其中：因病致贫31户，因学致贫12户，因残致贫15户，缺技术24户；一般贫困户58户，低保户20户，五保户4户。', True),
    ("two_breakdowns", "sum", '全村共有贫困户82户，其中：因病致贫31户，因学致贫12户，因残致贫15户，缺技术24户；一般贫困户58户，低保户20户，五保户14户。', False),
    ("two_breakdowns", "sum", '全县建档立卡贫困人口3000人，其中男性1600人，女性1400人；一般贫困人口2000人，低保人口800人，特困人口200人。', True),
    # … but crops on the land, statuses of the households, measures: no breakdown of the total, no alarm
    ("mixture", "sum", '全乡有耕地5000亩，其中水田3000亩，旱地2000亩；种植水稻2800亩，种植玉米1500亩，种植烤烟900亩。', 'no_alarm'),
    ("mixture", "sum", '全村贫困户82户，其中因病致贫31户，因学致贫12户，因残致贫15户，缺技术24户；2018年脱贫25户，2019年脱贫30户，2020年脱贫35户。', 'no_alarm'),
    ("mixture", "sum", '全村共有贫困户82户，其中：因病致贫31户，因学致贫12户，因残致贫15户，缺技术24户；享受低保40户，危房改造25户，产业帮扶60户。', 'no_alarm'),
    # per head × count in any unit (鸡苗, 袋), not only 元
    ("per_head", "per_unit", '为全村45户贫困户每户发放鸡苗50只，共发放鸡苗2250只。', True),
    ("per_head", "per_unit", '为全村45户贫困户每户发放鸡苗50只，共发放鸡苗2500只。', False),
    ("per_head", "per_unit", '为20户贫困户每户发放化肥2袋，共计40袋。', True),
    ("per_head", "per_unit", '为45户贫困户每户发放鸡苗50只，共投入资金2万元。', 'no_alarm'),
    # income − expense = net in one sentence
    ("income", "balance", '该户全年总收入38600元，总支出12400元，纯收入26200元。', True),
    ("income", "balance", '该户全年总收入38600元，总支出12400元，纯收入28200元。', False),
    ("income", "balance", '该户2020年家庭总收入32000元，其中务工收入24000元，种植收入5000元，转移性收入3000元；家庭支出8000元，纯收入24000元。', True),
    ("income", "balance", '全村总收入500万元，总支出100万元，人均纯收入8000元。', 'no_alarm'),
    # 同比增长X%，上年为A: the old figure is named by 上年/去年, not by a year (rounding: 1.8万/1.6万 may be 19%)
    ("growth", "growth", '2019年全镇粮食总产量1.8万吨，同比增长5.9%，上年为1.7万吨。', True),
    ("growth", "growth", '2019年全镇粮食总产量1.8万吨，同比增长25%，上年为1.6万吨。', False),
    ("growth", "growth", '全村集体经济收入达到36万元，同比增长20%，去年为30万元。', True),
    ("rounding", "growth", '2019年全镇粮食总产量1.8万吨，同比增长15%，上年为1.6万吨。', True),
    # a share's base named by its words and stated after the share in its sentence
    ("prev_base", "share", '全村外出务工320人，占全村劳动力的40%，全村劳动力800人。', True),
    ("prev_base", "share", '全村外出务工320人，占全村劳动力的50%，全村劳动力800人。', False),
    # 较2019年的A增加D，增长X% with no new figure: the rate is D / A
    ("growth", "growth", '2020年集体经济收入较2019年的8万元增加4万元，增长50%。', True),
    ("growth", "growth", '2020年集体经济收入较2019年的8万元增加4万元，增长40%。', False),
    ("mixture", "sum", '全村贫困户90户，其中因病致贫40户，因残致贫30户，缺劳力20户；享受低保户50户，享受五保户30户，危房改造户20户。', 'no_alarm'),
    ("two_breakdowns", "sum", '全村贫困户90户，其中因病致贫40户，因残致贫30户，缺劳力20户；一般户50户，低保户30户，五保户20户。', False),
    # ---- eighth round (audit5; written before its fixes: 24 of 98 read wrongly, 4 of them false alarms on
    # mixtures; most misses are failing relations the audit reports only when they hold)
    ('total_parts', 'sum', '全乡共有建档立卡贫困户356户1247人，其中因病致贫128户，因残致贫76户，因学致贫52户，缺资金100户。', True),
    ('total_parts', 'sum', '全乡共有建档立卡贫困户356户1247人，其中因病致贫128户，因残致贫76户，因学致贫52户，缺资金110户。', False),
    ('total_parts', 'sum', '全镇建成易地扶贫搬迁安置点3个，共安置搬迁群众268户1032人：幸福社区安置145户560人，团结社区安置78户302人，和平社区安置45户170人。', True),
    ('total_parts', 'sum', '全镇建成易地扶贫搬迁安置点3个，共安置搬迁群众268户1032人：幸福社区安置145户560人，团结社区安置88户302人，和平社区安置45户170人。', False),
    ('total_parts', 'sum', '全年发放各类惠农补贴资金合计628.5万元，包括耕地地力保护补贴312.4万元、生态公益林补偿156.1万元、退耕还林补助160万元。', True),
    ('total_parts', 'sum', '全年发放各类惠农补贴资金合计628.5万元，包括耕地地力保护补贴312.4万元、生态公益林补偿156.1万元、退耕还林补助170万元。', False),
    ('total_parts', 'sum', '2016—2019年，全村累计实施危房改造97户：2016年23户，2017年31户，2018年28户，2019年15户。', True),
    ('total_parts', 'sum', '2016—2019年，全村累计实施危房改造97户：2016年23户，2017年31户，2018年28户，2019年25户。', False),
    ('total_parts', 'sum', '今年共完成产业项目4个，总投资560万元。茶叶基地投资220万元，食用菌大棚投资150万元，养牛场投资130万元，光伏电站投资60万元。', True),
    ('total_parts', 'sum', '今年共完成产业项目4个，总投资560万元。茶叶基地投资220万元，食用菌大棚投资150万元，养牛场投资130万元，光伏电站投资80万元。', False),
    ('parts_total', 'sum', '东岭村修建蓄水池12口，西岭村修建蓄水池9口，北岭村修建蓄水池7口，三村共修建蓄水池28口。', True),
    ('parts_total', 'sum', '东岭村修建蓄水池12口，西岭村修建蓄水池9口，北岭村修建蓄水池7口，三村共修建蓄水池30口。', False),
    ('parts_total', 'sum', '发放春耕补助：玉米种植户补助4.6万元，马铃薯种植户补助3.2万元，中药材种植户补助2.7万元，累计发放10.5万元。', True),
    ('parts_total', 'sum', '发放春耕补助：玉米种植户补助4.6万元，马铃薯种植户补助3.2万元，中药材种植户补助2.7万元，累计发放11.5万元。', False),
    ('parts_total', 'sum', '一组有贫困户14户。二组有贫困户17户。三组有贫困户11户。全村合计42户。', True),
    ('parts_total', 'sum', '一组有贫困户14户。二组有贫困户17户。三组有贫困户11户。全村合计45户。', False),
    ('qizhong', 'sum', '全县共落实生态护林员岗位1560个，其中聘用建档立卡贫困人口1320个，聘用一般农户240个。', True),
    ('qizhong', 'sum', '全县共落实生态护林员岗位1560个，其中聘用建档立卡贫困人口1320个，聘用一般农户340个。', False),
    ('qizhong', 'sum', '全村外出务工劳动力326人（其中省外务工198人，省内县外务工87人，县内务工41人）。', True),
    ('qizhong', 'sum', '全村外出务工劳动力326人（其中省外务工198人，省内县外务工87人，县内务工51人）。', False),
    ('qizhong', 'sum', '全村贫困户210户，其中享受低保的85户，其余125户为一般贫困户。', True),
    ('qizhong', 'sum', '全村贫困户210户，其中享受低保的85户，其余135户为一般贫困户。', False),
    ('qizhong', 'sum', '全县投入资金2.35亿元，其中财政资金1.62亿元，社会资金0.73亿元。', True),
    ('qizhong', 'sum', '全县投入资金2.35亿元，其中财政资金1.62亿元，社会资金0.83亿元。', False),
    ('pairs', 'sum', '石桥村搬迁26户98人，柳溪村搬迁19户71人，共搬迁45户169人。', True),
    ('pairs', 'sum', '石桥村搬迁26户98人，柳溪村搬迁19户71人，共搬迁45户179人。', False),
    ('pairs', 'sum', '本次共识别边缘户37户126人，分布在红岩村12户41人、金竹村15户52人、大坪村10户33人。', True),
    ('pairs', 'sum', '本次共识别边缘户37户126人，分布在红岩村12户41人、金竹村15户62人、大坪村10户33人。', False),
    ('five_batches', 'sum', '2020年计划脱贫358户。\n1．产业扶持脱贫156户。\n2．转移就业脱贫102户。\n3．易地搬迁脱贫45户。\n4．兜底保障脱贫55户。', True),
    ('five_batches', 'sum', '2020年计划脱贫358户。\n1．产业扶持脱贫156户。\n2．转移就业脱贫102户。\n3．易地搬迁脱贫45户。\n4．兜底保障脱贫65户。', False),
    ('share', 'share', '全村有贫困户150户，其中因病致贫的48户，占比32%。', True),
    ('share', 'share', '全村有贫困户150户，其中因病致贫的48户，占比23%。', False),
    ('share', 'share', '全县耕地面积45万亩，其中高标准农田18万亩，占耕地总面积的40%。', True),
    ('share', 'share', '全县耕地面积45万亩，其中高标准农田18万亩，占耕地总面积的45%。', False),
    ('share', 'share', '全镇建档立卡贫困户1480户。其中，纳入低保兜底的有370户，占全镇贫困户的25%。', True),
    ('share', 'share', '全镇建档立卡贫困户1480户。其中，纳入低保兜底的有370户，占全镇贫困户的20%。', False),
    ('share', 'share', '全村劳动力1500人，其中外出务工900人、本地务工300人，分别占劳动力总数的60%和20%。', True),
    ('share', 'share', '全村劳动力1500人，其中外出务工900人、本地务工300人，分别占劳动力总数的60%和25%。', False),
    ('share', 'share', '全村贫困人口217人，其中因病致贫67人，占30.9%。', True),
    ('share', 'share', '全村贫困人口217人，其中因病致贫67人，占31.9%。', False),
    ('status_rate', 'share|ratio', '全县97个贫困村已出列92个，出列率94.8%。', True),
    ('status_rate', 'share|ratio', '全县97个贫困村已出列92个，出列率96.8%。', False),
    ('incidence', 'share|ratio', '全村辖6个村民小组，共有农户512户，农村人口1860人。2015年底建档立卡贫困人口223人，贫困发生率11.99%。', True),
    ('incidence', 'share|ratio', '全村辖6个村民小组，共有农户512户，农村人口1860人。2015年底建档立卡贫困人口223人，贫困发生率13.99%。', False),
    ('incidence', 'share|ratio', '全村总户数356户1290人，2014年识别贫困户58户215人，贫困发生率16.7%。', True),
    ('incidence', 'share|ratio', '全村总户数356户1290人，2014年识别贫困户58户215人，贫困发生率18.7%。', False),
    ('growth', 'growth', '全村人均可支配收入由2016年的4500元增加到2020年的9900元，增长120%。', True),
    ('growth', 'growth', '全村人均可支配收入由2016年的4500元增加到2020年的9900元，增长102%。', False),
    ('growth', 'growth', '2020年全镇农民人均纯收入达到13260元，同比增长10.5%，2019年为12000元。', True),
    ('growth', 'growth', '2020年全镇农民人均纯收入达到13260元，同比增长15%，2019年为12000元。', False),
    ('growth', 'growth', '贫困户人均纯收入由2016年的3000元增加到2020年的6000元，年均增长18.9%。', True),
    ('growth', 'growth', '贫困户人均纯收入由2016年的3000元增加到2020年的6000元，年均增长25%。', False),
    ('growth', 'growth', '村集体经济收入由2016年的3万元增长到2020年的12万元，增长了3倍。', True),
    ('growth', 'growth', '村集体经济收入由2016年的3万元增长到2020年的12万元，增长了6倍。', False),
    ('growth', 'growth', '全县农村居民人均可支配收入由2014年的5200元提高到2020年的10400元，实现翻番。', True),
    ('growth', 'growth', '全县农村居民人均可支配收入由2014年的5200元提高到2020年的9400元，实现翻番。', False),
    ('growth', 'growth', '全县义务教育巩固率由2015年的93.2%提高到2020年的98.7%，提高5.5个百分点。', True),
    ('growth', 'growth', '全县义务教育巩固率由2015年的93.2%提高到2020年的98.7%，提高4.5个百分点。', False),
    ('growth', 'growth', '全乡农民专业合作社由2017年的18个增加到2020年的45个，增长150%。', True),
    ('growth', 'growth', '全乡农民专业合作社由2017年的18个增加到2020年的45个，增长250%。', False),
    ('growth', 'growth', '2020年全村集体经济收入达到21万元，比2019年增加6万元，增长40%。', True),
    ('growth', 'growth', '2020年全村集体经济收入达到21万元，比2019年增加6万元，增长30%。', False),
    ('growth', 'growth', '全村人均纯收入2019年为8600元，2020年为9460元，增长10%。', True),
    ('growth', 'growth', '全村人均纯收入2019年为8600元，2020年为9460元，增长12%。', False),
    ('growth', 'growth', '2020年全镇光伏收益达到96万元，是2017年24万元的4倍。', True),
    ('growth', 'growth', '2020年全镇光伏收益达到96万元，是2017年24万元的3倍。', False),
    ('change', 'sum|growth', '全村贫困人口由2014年的486人下降到2019年的12人，减少474人。', True),
    ('change', 'sum|growth', '全村贫困人口由2014年的486人下降到2019年的12人，减少484人。', False),
    ('per_head', 'ratio|per_unit', '全村2020年人均纯收入11200元，全村总人口1450人，纯收入总额1624万元。', True),
    ('per_head', 'ratio|per_unit', '为32户贫困户每户补助5000元，共发放补助资金16万元。', True),
    ('per_head', 'ratio|per_unit', '为32户贫困户每户补助5000元，共发放补助资金18万元。', False),
    ('per_head', 'ratio|per_unit', '全镇享受教育资助学生480人，人均资助1250元，共发放资助资金60万元。', True),
    ('per_head', 'ratio|per_unit', '全镇享受教育资助学生480人，人均资助1250元，共发放资助资金65万元。', False),
    ('per_item', 'ratio|per_unit', '新建村级卫生室3个，每个投资15万元，共投资45万元。', True),
    ('per_item', 'ratio|per_unit', '新建村级卫生室3个，每个投资15万元，共投资50万元。', False),
    ('per_item', 'ratio|per_unit', '安装太阳能路灯120盏，每盏1800元，共计21.6万元。', True),
    ('per_item', 'ratio|per_unit', '安装太阳能路灯120盏，每盏1800元，共计24万元。', False),
    ('balance', 'balance', '该户2020年家庭总收入45600元，生产经营性支出9800元，家庭纯收入35800元。', True),
    ('balance', 'balance', '该户2020年家庭总收入45600元，生产经营性支出9800元，家庭纯收入38500元。', False),
    ('balance', 'balance', '村集体经济年收入28万元，年支出9万元，年结余19万元。', True),
    ('balance', 'balance', '村集体经济年收入28万元，年支出9万元，年结余21万元。', False),
    ('statuses', 'sum', '全县建档立卡贫困户8650户，已脱贫8210户，未脱贫440户。', True),
    ('statuses', 'sum', '全县建档立卡贫困户8650户，已脱贫8210户，未脱贫460户。', False),
    ('statuses', 'sum', '截至2019年底，全村累计脱贫67户248人，尚未脱贫9户21人，建档立卡贫困户总数76户269人。', True),
    ('statuses', 'sum', '截至2019年底，全村累计脱贫67户248人，尚未脱贫9户21人，建档立卡贫困户总数76户279人。', False),
    ('nested', 'sum', '全村总人口1820人，其中劳动力1060人，劳动力中外出务工640人，本地务工420人。', True),
    ('mixture', 'sum', '全村贫困户128户，其中因病致贫46户，发展养殖产业83户，享受小额信贷52户。', 'no_alarm'),
    ('mixture', 'sum', '全乡建档立卡贫困人口5200人，其中2016年脱贫1300人，享受教育资助学生860人。', 'no_alarm'),
    ('mixture', 'sum', '投入资金680万元，其中新建道路12公里，修建水渠8公里，受益群众3200人。', 'no_alarm'),
    ('mixture', 'sum', '全村共有劳动力1260人，其中男劳力680人，女劳力580人，外出务工720人。', 'no_alarm'),
    ('mixture', 'sum', '全镇贫困户1200户，其中红星村300户，建设村260户，已脱贫1100户。', 'no_alarm'),
    ('mixture', 'sum', '全县贫困人口3.2万人，其中少数民族人口2.1万人，妇女1.5万人。', 'no_alarm'),
    ('mixture', 'sum', '累计投入扶贫资金1.8亿元，其中2020年投入5600万元，2019年投入4800万元。', 'no_alarm'),
    ('mixture', 'sum', '全村贫困户60户，已脱贫55户，其中2019年脱贫20户。', 'no_alarm'),
    ('mixture', 'sum', '共发放产业奖补资金86万元，涉及贫困户430户，其中养殖奖补52万元。', 'no_alarm'),
    ('mixture', 'sum', '全镇有低保户320户，五保户85户，残疾人460人，合计享受各类救助865人次。', 'no_alarm'),
    ('mixture', 'sum', '全村贫困户98户，其中一般贫困户60户，低保户30户，因病致贫40户，因残致贫20户。', 'no_alarm'),
    ('mixture', 'share', '全村外出务工人员420人，其中贫困劳动力150人，占35.7%。', True),
    # written with the fix of the mixed dimensions: one dimension above its total stays an alarm, two are null
    ("dimensions", "sum", "全镇共有贫困户180户，其中上营村70户，下营村60户，中营村65户。", False),
    ("dimensions", "sum", "全镇共有贫困户180户，其中上营村70户，下营村60户，低保户65户。", "no_alarm"),
    ("dimensions", "sum", "全县有贫困村26个，其中深度贫困村9个，一般贫困村19个。", False),
    ("dimensions", "sum", "全村贫困户75户，其中因病致贫40户，因残致贫20户，未脱贫30户。", "no_alarm"),
    # written with per_unit.per_item: 每 + the count's unit
    ("per_item", "per_unit", "流转土地300亩，每亩补助200元，共计发放6万元。", True),
    ("per_item", "per_unit", "流转土地300亩，每亩补助200元，共计发放8万元。", False),
    ("per_item", "per_unit", "聘用生态护林员12名，每名每年补助1万元，共计12万元。", True),
    ("per_item", "per_unit", "新建蓄水池8口，每口补助6000元，新建水窖5口，共计补助7.8万元。", "no_alarm"),
    # written with the balance words of a year (年收入, 年支出, 结余) and 其余 closing a list
    ("balance", "balance", "村光伏电站全年收入36万元，全年支出4万元，结余32万元。", True),
    ("balance", "balance", "村光伏电站全年收入36万元，全年支出4万元，结余30万元。", False),
    ("closing", "sum", "全镇贫困人口860人，其中纳入兜底保障的210人，其余650人通过产业就业帮扶。", True),
    ("closing", "sum", "全镇贫困人口860人，其中纳入兜底保障的210人，其余690人通过产业就业帮扶。", False),
    # written with sum.repeated_word: a whole total, then parts that repeat its word
    ("repeated_word", "sum", "全镇计划投资1200万元。道路硬化投资500万元，安全饮水投资380万元，产业发展投资320万元。", True),
    ("repeated_word", "sum", "全镇计划投资1200万元。道路硬化投资500万元，安全饮水投资380万元，产业发展投资420万元。", False),
    ("repeated_word", "sum", "全县计划搬迁1500户。2019年搬迁800户，2020年搬迁600户。", "no_alarm"),
    ("repeated_word", "sum", "2018年脱贫300户。2019年脱贫120户，2020年脱贫150户。", "no_alarm"),
    # written with growth.years (two yearly figures, then a bare rate) and the amount of a 由A至B change
    ("growth", "growth", "全镇贫困人口2018年为3200人，2019年为1600人，下降50%。", True),
    ("growth", "growth", "全镇贫困人口2018年为3200人，2019年为1600人，下降60%。", False),
    ("growth", "growth", "全村光伏收益2020年为12万元，2019年为10万元，增长20%。", "no_alarm"),
    # the incidence announced before the poor population it is of, later in its paragraph
    ("incidence", "share|ratio", "全村共有农户520户，总人口1900人。2015年该村被确定为贫困村（贫困发生率为12%），经民主评议，最终识别建档立卡贫困户61户228人。", True),
    ("incidence", "share|ratio", "全村共有农户520户，总人口1900人。2015年该村被确定为贫困村（贫困发生率为15%），经民主评议，最终识别建档立卡贫困户61户228人。", False),
    ("change", "sum|growth", "全镇贫困人口由2016年的2300人减少到2019年的410人，减少1890人。", True),
    ("change", "sum|growth", "全镇贫困人口由2016年的2300人减少到2019年的410人，减少1980人。", False),
    # ---- eighth round, second batch: misprints a report may carry (written before its fixes: 6 of 28 read
    # wrongly, every one a short two-part list closed by its labels or by its 户/人 pairs, read as null)
    ('complement_pair', 'sum', '全乡易地扶贫搬迁286户1052人，其中集中安置198户736人，分散安置78户316人。', False),
    ('complement_pair', 'sum', '全乡易地扶贫搬迁286户1052人，其中集中安置208户736人，分散安置78户316人。', True),
    ('complement_pair', 'sum', '全县建档立卡贫困人口32150人，其中男性16820人，女性14330人。', False),
    ('complement_pair', 'sum', '全县建档立卡贫困人口32150人，其中男性16820人，女性15330人。', True),
    ('complement_pair', 'sum', '全村耕地面积3560亩，其中水田1280亩，旱地2180亩。', False),
    ('complement_pair', 'sum', '全村耕地面积3560亩，其中水田1380亩，旱地2180亩。', True),
    ('complement_pair', 'sum', '全村外出务工386人，其中省外务工215人，省内务工161人。', False),
    ('complement_pair', 'sum', '全村外出务工386人，其中省外务工215人，省内务工171人。', True),
    ('complement_pair', 'sum', '安置点共安置搬迁群众420户1680人（其中贫困户360户1450人，同步搬迁户70户230人）。', False),
    ('complement_pair', 'sum', '安置点共安置搬迁群众420户1680人（其中贫困户360户1450人，同步搬迁户60户230人）。', True),
    ('pair_unit', 'sum', '全村已脱贫126户485人，其中2018年脱贫58户226人，2019年脱贫68户249人。', False),
    ('pair_unit', 'sum', '全村已脱贫126户475人，其中2018年脱贫58户226人，2019年脱贫68户249人。', True),
    ('pair_unit', 'sum', '全村贫困户96户352人，其中一般贫困户78户290人，低保户18户52人。', False),
    ('pair_unit', 'sum', '全村建档立卡贫困户58户213人，已脱贫55户204人，未脱贫3户12人。', False),
    ('pair_unit', 'sum', '全村建档立卡贫困户58户216人，已脱贫55户204人，未脱贫3户12人。', True),
    ('pair_unit', 'sum', '一组12户45人，二组15户58人，三组9户31人，共计36户144人。', False),
    ('share', 'share', '全镇贫困人口4260人，其中因病致贫1320人，占31.9%。', False),
    ('share', 'share', '全镇贫困人口4260人，其中因病致贫1320人，占31%。', True),
    ('growth', 'growth', '全村集体经济收入由2018年的3.2万元增加到2020年的8.6万元，增长1.5倍。', False),
    ('growth', 'growth', '2020年贫困户人均纯收入10350元，比上年增加1350元，增长25%。', False),
    ('incidence', 'share|ratio', '全村总人口2860人，建档立卡贫困人口412人，贫困发生率12.4%。', False),
    ('incidence', 'share|ratio', '全村总人口2860人，建档立卡贫困人口412人，贫困发生率14.4%。', True),
    ('qizhong', 'sum', '全年共发放各类救助资金386.5万元。其中：低保金265.3万元；特困供养金86.2万元；临时救助金25万元。', False),
    ('total_after', 'sum', '全县三个安置点分别安置搬迁群众320户、286户、194户，共安置900户。', False),
    ('per_capita', 'ratio', '全村耕地面积2250亩，总人口1500人，人均耕地1.8亩。', False),
    ('not_complement', 'sum', '全村贫困人口420人，其中男性劳动力120人，女性劳动力110人。', 'no_alarm'),
    ('not_complement', 'sum', '全村耕地面积3560亩，其中水田1280亩，种植烤烟860亩。', 'no_alarm'),
    ('not_complement', 'sum', '全村已脱贫126户485人，其中2018年脱贫58户226人，2019年脱贫48户189人。', 'no_alarm'),
    # ---- eighth round, third batch (written before its fixes: 5 of 30 read wrongly — 分别占 with one base or none,
    # a list written one item a line under a stated total; 每户2万元 is an interval by the rounding rule, so its row
    # was rewritten 20000元)
    ('share_list', 'share', '全村贫困户86户，其中因病致贫32户，占37.2%；因残致贫18户，占20.9%；因学致贫12户，占14%。', True),
    ('share_list', 'share', '全村贫困户86户，其中因病致贫32户，占37.2%；因残致贫18户，占25.9%；因学致贫12户，占14%。', False),
    ('share_list', 'share', '全镇脱贫人口2400人中，产业带动1200人、就业带动720人、兜底保障480人，分别占50%、30%、20%。', True),
    ('share_list', 'share', '全镇脱贫人口2400人中，产业带动1200人、就业带动720人、兜底保障480人，分别占50%、35%、20%。', False),
    ('rate', 'share|ratio', '今年计划改造危房120户，已完成114户，完成率95%。', True),
    ('rate', 'share|ratio', '今年计划改造危房120户，已完成114户，完成率98%。', False),
    ('rate', 'share|ratio', '全县应参保贫困人口15600人，已参保15522人，参保率99.5%。', True),
    ('rate', 'share|ratio', '全县应参保贫困人口15600人，已参保15522人，参保率98.5%。', False),
    ('rate', 'share|ratio', '下达扶贫资金2860万元，已拨付2431万元，拨付率85%。', True),
    ('rate', 'share|ratio', '下达扶贫资金2860万元，已拨付2431万元，拨付率90%。', False),
    ('growth', 'growth', '全县贫困人口由2017年的8600人减少到2018年的4300人，下降50%。', True),
    ('growth', 'growth', '全县贫困人口由2017年的8600人减少到2018年的4300人，下降40%。', False),
    ('growth', 'growth', '2020年全村因病返贫人数为12人，较上年的20人同比下降40%。', True),
    ('growth', 'growth', '2020年全村因病返贫人数为12人，较上年的20人同比下降30%。', False),
    ('per_capita', 'ratio', '全村发放到户产业资金126万元，覆盖贫困户252户，户均5000元。', True),
    ('per_capita', 'ratio', '全村发放到户产业资金126万元，覆盖贫困户252户，户均6000元。', False),
    ('per_capita', 'ratio', '全镇光伏收益分红86.4万元，惠及贫困户1080户，户均分红800元。', True),
    ('per_capita', 'ratio', '全镇光伏收益分红86.4万元，惠及贫困户1080户，户均分红900元。', False),
    ('total_after', 'sum', '东岭村新修产业路3.5公里，西岭村4.2公里，北岭村2.3公里，以上共计10公里。', True),
    ('total_after', 'sum', '东岭村新修产业路3.5公里，西岭村4.2公里，北岭村2.3公里，以上共计11公里。', False),
    ('open_pair', 'sum', '项目总投资500万元，其中中央资金300万元，地方配套150万元。', 'no_alarm'),
    ('open_pair', 'sum', '全村贫困户120户，其中因病致贫45户，因残致贫30户。', 'no_alarm'),
    ('qizhong', 'sum', '全年累计培训贫困劳动力1850人次，包括：种植技术培训620人次；养殖技术培训540人次；务工技能培训690人次。', True),
    ('qizhong', 'sum', '全年累计培训贫困劳动力1850人次，包括：种植技术培训620人次；养殖技术培训540人次；务工技能培训790人次。', False),
    ('sum_sentences', 'sum', '全乡共有易地搬迁户165户。\n东风村搬迁58户。\n红旗村搬迁62户。\n胜利村搬迁45户。', True),
    ('sum_sentences', 'sum', '全乡共有易地搬迁户165户。\n东风村搬迁58户。\n红旗村搬迁62户。\n胜利村搬迁55户。', False),
    ('pairs', 'sum', '全村易地搬迁：一组8户30人，二组11户42人，三组6户25人，合计25户97人。', True),
    ('pairs', 'sum', '全村易地搬迁：一组8户30人，二组11户42人，三组6户25人，合计25户107人。', False),
    ('per_item', 'ratio|per_unit', '对全村46户危房改造户按每户20000元标准补助，共补助92万元。', True),
    ('per_item', 'ratio|per_unit', '对全村46户危房改造户按每户20000元标准补助，共补助96万元。', False),
    # ---- eighth round, fourth batch (written before its fixes: 4 of 31 read wrongly — 占比 with the base in the
    # sentence before, a total then N个村： and a list of N figures)
    ('qizhong', 'sum', '全村贫困户120户，其中因病致贫80户，因残致贫50户。', False),
    ('paren', 'sum', '全村外出务工2200人（其中男1200人，女1100人）。', False),
    ('paren', 'sum', '全村外出务工2300人（其中男1200人，女1100人）。', True),
    ('mixture', 'sum', '全县共有贫困村45个，其中深度贫困村12个，已出列38个。', 'no_alarm'),
    ('prev_base', 'share', '全镇共有贫困户1480户。因病致贫的有520户，占比35.1%。', True),
    ('prev_base', 'share', '全镇共有贫困户1480户。因病致贫的有520户，占比38.1%。', False),
    ('growth', 'growth', '全县农村居民人均可支配收入12680元，同比增长9.2%，上年为11500元。', False),
    ('growth', 'growth', '全县农村居民人均可支配收入12680元，同比增长10.3%，上年为11500元。', True),
    ('per_capita', 'ratio|per_unit', '共为126户贫困户发放小额信贷630万元，户均5万元。', True),
    ('per_capita', 'ratio|per_unit', '共为126户贫困户发放小额信贷630万元，户均8万元。', False),
    ('years', 'sum', '2016年以来累计投入扶贫资金3860万元。其中2016年860万元，2017年1020万元，2018年1150万元，2019年930万元。', False),
    ('years', 'sum', '2016年以来累计投入扶贫资金3960万元。其中2016年860万元，2017年1020万元，2018年1150万元，2019年930万元。', True),
    ('growth', 'growth', '贫困发生率由2014年的23.5%下降到2019年的1.2%，下降了21.3个百分点。', False),
    ('growth', 'growth', '贫困发生率由2014年的23.5%下降到2019年的1.2%，下降了22.3个百分点。', True),
    ('units', 'sum', '共投入资金156.8万元，其中财政资金1200000元，自筹资金368000元。', True),
    ('units', 'sum', '共投入资金156.8万元，其中财政资金1200000元，自筹资金468000元。', False),
    ('places', 'sum', '全乡共有贫困户203户，分布在5个村：甲村56户、乙村48户、丙村39户、丁村35户、戊村30户。', False),
    ('places', 'sum', '全乡共有贫困户208户，分布在5个村：甲村56户、乙村48户、丙村39户、丁村35户、戊村30户。', True),
    ('total_after', 'sum', '全乡5个村的贫困户分别为：32户、45户、28户、51户、40户，共计206户。', False),
    ('total_after', 'sum', '全乡5个村的贫困户分别为：32户、45户、28户、51户、40户，共计196户。', True),
    ('pairs', 'sum', '全镇建档立卡贫困户1250户4320人。其中一般贫困户860户3010人，低保户330户1060人，五保户70户250人。', False),
    ('pairs', 'sum', '全镇建档立卡贫困户1250户4320人。其中一般贫困户860户3010人，低保户320户1060人，五保户70户250人。', True),
    ('pairs', 'sum', '全镇建档立卡贫困户1250户4320人。其中一般贫困户860户3010人，低保户320户1060人，五保户70户350人。', False),
    ('statuses', 'sum', '全县共有贫困村86个，已出列79个，未出列8个。', False),
    ('statuses', 'sum', '全县共有贫困村86个，已出列78个，未出列8个。', True),
    ('share', 'share', '全村贫困户132户486人，其中因病致贫44户162人，户数占比33.3%。', True),
    ('share', 'share', '全村贫困户132户486人，其中因病致贫44户162人，户数占比36.3%。', False),
    ('share', 'share', '全县农村劳动力18.6万人。转移就业11.2万人，占农村劳动力的60.2%。', True),
    ('share', 'share', '全县农村劳动力18.6万人。转移就业11.2万人，占农村劳动力的66.2%。', False),
    ('colon', 'sum', '全年共完成培训2360人次。分别是：种植技术培训860人次，养殖技术培训720人次，家政服务培训480人次，电商培训300人次。', True),
    ('colon', 'sum', '全年共完成培训2360人次。分别是：种植技术培训860人次，养殖技术培训720人次，家政服务培训480人次，电商培训400人次。', False),
    # written with sum.counted: the count closes the list (each unit of a pair its own list)
    ("places", "sum", "全镇易地搬迁户165户612人，安置在3个安置点：城南安置点80户300人，城北安置点60户220人，集镇安置点25户92人。", True),
    ("places", "sum", "全镇易地搬迁户165户612人，安置在3个安置点：城南安置点80户300人，城北安置点60户220人，集镇安置点25户82人。", False),
    ("places", "sum", "全乡共有贫困户203户，分布在6个村：甲村56户、乙村48户、丙村39户、丁村35户、戊村30户。", "no_alarm"),
    # written with 总数 as a total cue after statuses and a list written one item a sentence before 全村合计
    ("statuses", "sum", "全镇已脱贫1180户，未脱贫64户，建档立卡贫困户总数1244户。", True),
    ("statuses", "sum", "全镇已脱贫1180户，未脱贫64户，建档立卡贫困户总数1254户。", False),
    ("parts_total", "sum", "东沟组危房改造12户。西沟组危房改造9户。南沟组危房改造15户。全村合计36户。", True),
    ("parts_total", "sum", "东沟组危房改造12户。西沟组危房改造9户。南沟组危房改造15户。全村合计38户。", False),
    ("parts_total", "sum", "东沟组危房改造12户。西沟组新修道路3公里。南沟组危房改造15户。全村合计36户。", "no_alarm"),
    # written with the stated inputs of 占A的X%: a result several times off is a misprint there (a digit swapped)
    ("share_far_off", "share", "全镇外出务工人员3200人，占全镇劳动力总数5000人的26%。", False),
    ("share_far_off", "share", "全村易地搬迁42户，占全村总户数210户的50%。", False),
    ("share_far_off", "share", "全村易地搬迁42户，占全村总户数210户的20%。", True),
    # … but a numerator two clauses before 占, or a base the words only name, stays null when far off
    ("share_far_off", "share", "全村易地搬迁42户，新建安置房3处，占全村总户数210户的50%。", "no_alarm"),
    # ---- eighth round, fifth batch: shares and sums in the shapes of the seen reports' misprints (truncated
    # rates, a base paragraphs away, 分别占 two bases): 0 of 22 read wrongly before any fix of theirs
    ('share_trunc', 'share', '全村总人口1139人，其中建档立卡贫困人口234人，占总人口的20.6%。', False),
    ('share_trunc', 'share', '全村总人口1139人，其中建档立卡贫困人口234人，占总人口的20.5%。', True),
    ('share_list', 'share', '全村建档立卡贫困户38户。从致贫原因看，因病致贫28户，占73.7%；因残致贫3户，占7.9%；缺劳力7户，占18.4%。', True),
    ('share_list', 'share', '全村建档立卡贫困户38户。从致贫原因看，因病致贫28户，占73.7%；因残致贫3户，占9.9%；缺劳力7户，占18.4%。', False),
    ('share_far', 'share', '全村共有6个村民小组，总人口634人。\n全村耕地面积2021亩，林地面积8600亩。\n2014年识别建档立卡贫困户12户39人，占全村总人口的6.2%。', True),
    ('share_far', 'share', '全村共有6个村民小组，总人口634人。\n全村耕地面积2021亩，林地面积8600亩。\n2014年识别建档立卡贫困户12户39人，占全村总人口的8.2%。', False),
    ('share_far', 'share', '该村总面积25244亩，其中林地面积18600亩。\n村内耕地面积2021亩，占总面积的8%。', True),
    ('share_far', 'share', '该村总面积25244亩，其中林地面积18600亩。\n村内耕地面积2021亩，占总面积的8.3%。', False),
    ('share_hh', 'share', '全村总户数226户，总人口812人。其中建档立卡贫困户42户156人，分别占全村总户数和总人口的18.6%和19.2%。', True),
    ('share_hh', 'share', '全村总户数226户，总人口812人。其中建档立卡贫困户42户156人，分别占全村总户数和总人口的18.6%和21.2%。', False),
    ('share_hh', 'share', '全村总户数226户，总人口812人。建档立卡贫困户42户，占全村总户数的18.6%。', True),
    ('share_hh', 'share', '全村总户数226户，总人口812人。建档立卡贫困户42户，占全村总户数的16.8%。', False),
    ('share_rate', 'share|ratio', '全村劳动力560人，外出务工劳动力336人，外出务工率60%。', True),
    ('share_rate', 'share|ratio', '全村劳动力560人，外出务工劳动力336人，外出务工率65%。', False),
    ('share_pct', 'share', '全镇低保对象1260人，其中建档立卡贫困人口882人，占比70%。', True),
    ('share_pct', 'share', '全镇低保对象1260人，其中建档立卡贫困人口882人，占比75%。', False),
    ('share_pct', 'share', '2020年全县扶贫资金支出2.36亿元，其中产业扶贫资金1.02亿元，占43.2%。', True),
    ('share_pct', 'share', '2020年全县扶贫资金支出2.36亿元，其中产业扶贫资金1.02亿元，占48.2%。', False),
    ('sum_small', 'sum', '全村现有贫困户46户171人，其中一般贫困户31户118人，低保户12户43人，五保户3户9人。', False),
    ('sum_small', 'sum', '全村现有贫困户46户170人，其中一般贫困户31户118人，低保户12户43人，五保户3户9人。', True),
    ('sum_small', 'sum', '按村分：上村98户280人，中村111户298人，下村88户228人，合计289户786人。', False),
    ('sum_small', 'sum', '按村分：上村98户280人，中村111户298人，下村88户228人，合计297户806人。', True),
    # ---- sixth batch (before its fixes: 4 of 23 read wrongly — 减幅, 较2019年 with that year's figure after the
    # rate, 剩余 after a 中-total)
    ('share_words', 'share', '全村总人口1580人，贫困人口182人，贫困人口占总人口的比例为11.5%。', True),
    ('share_words', 'share', '全村总人口1580人，贫困人口182人，贫困人口占总人口的比例为13.5%。', False),
    ('share_words', 'share', '全村总人口1580人，贫困人口182人，约占总人口的11.5%。', True),
    ('share_words', 'share', '全县农业总产值12.5亿元，其中特色产业产值5亿元，占农业总产值的比重达到40%。', True),
    ('share_words', 'share', '全县农业总产值12.5亿元，其中特色产业产值5亿元，占农业总产值的比重达到45%。', False),
    ('share_paren', 'share', '全村共有农户480户，建档立卡贫困户120户（占全村总户数的25%）。', True),
    ('share_paren', 'share', '全村共有农户480户，建档立卡贫困户120户（占全村总户数的20%）。', False),
    ('share_plan', 'share', '今年计划投资500万元，目前已完成投资420万元，占计划的84%。', True),
    ('share_plan', 'share', '今年计划投资500万元，目前已完成投资420万元，占计划的88%。', False),
    ('share_plan', 'share|ratio', '今年计划投资500万元，目前已完成投资420万元，完成率84%。', True),
    ('share_plan', 'share|ratio', '今年计划投资500万元，目前已完成投资420万元，完成率88%。', False),
    ('incidence_wan', 'share|ratio', '全县总人口52.3万人，2014年建档立卡贫困人口8.6万人，贫困发生率16.4%。', True),
    ('incidence_wan', 'share|ratio', '全县总人口52.3万人，2014年建档立卡贫困人口8.6万人，贫困发生率18.4%。', False),
    ('decline', 'growth', '全县贫困户由2016年的3200户减少到2019年的800户，减少2400户，减幅75%。', True),
    ('decline', 'growth', '全县贫困户由2016年的3200户减少到2019年的800户，减少2400户，减幅70%。', False),
    ('villages', 'sum', '全县28个贫困村中已有22个出列，剩余6个贫困村2020年出列。', True),
    ('villages', 'sum', '全县28个贫困村中已有22个出列，剩余8个贫困村2020年出列。', False),
    ('growth_by', 'growth', '2020年全镇新增就业岗位560个，较上年增加140个，增长33.3%。', True),
    ('growth_by', 'growth', '2020年全镇新增就业岗位560个，较上年增加140个，增长25%。', False),
    ('growth_rise', 'growth', '全村集体经济收入达到25万元，较2019年增长25%，2019年为20万元。', True),
    ('growth_rise', 'growth', '全村集体经济收入达到25万元，较2019年增长35%，2019年为20万元。', False),
    ('share_of_prev', 'share', '全乡外出务工人员共2150人。其中贫困劳动力860人，占外出务工人员的40%。', True),
    ('share_of_prev', 'share', '全乡外出务工人员共2150人。其中贫困劳动力860人，占外出务工人员的45%。', False),
    # ---- seventh batch (before its fixes: 1 of 24 read wrongly — 合计： opening a list of totals, one per unit, after
    # parts in the ；-segments before it)
    ('table_like', 'sum', '甲村：贫困户32户，贫困人口118人；乙村：贫困户28户，贫困人口96人；合计：贫困户60户，贫困人口214人。', True),
    ('table_like', 'sum', '甲村：贫困户32户，贫困人口118人；乙村：贫困户28户，贫困人口96人；合计：贫困户60户，贫困人口224人。', False),
    ('no_cue_pair', 'sum', '全村共有贫困人口312人，男性168人，女性144人。', True),
    ('no_cue_pair', 'sum', '全村共有贫困人口312人，男性168人，女性154人。', False),
    ('paren_items', 'sum', '产业扶贫（投入资金120万元）、教育扶贫（投入资金30万元）、健康扶贫（投入资金50万元），共投入资金200万元。', True),
    ('paren_items', 'sum', '产业扶贫（投入资金120万元）、教育扶贫（投入资金30万元）、健康扶贫（投入资金50万元），共投入资金220万元。', False),
    ('share_zhong', 'share', '全村86户贫困户中，有32户因病致贫，占37.2%。', True),
    ('share_zhong', 'share', '全村86户贫困户中，有32户因病致贫，占33.2%。', False),
    ('yi', 'sum', '项目总投资1.26亿元，其中中央预算内资金8000万元，地方配套4600万元。', True),
    ('yi', 'sum', '项目总投资1.26亿元，其中中央预算内资金8000万元，地方配套5600万元。', False),
    ('inline_heads', 'sum', '全镇2020年计划实施危房改造260户：（1）C级危房改造150户；（2）D级危房改造110户。', True),
    ('inline_heads', 'sum', '全镇2020年计划实施危房改造260户：（1）C级危房改造150户；（2）D级危房改造120户。', False),
    ('paren_share', 'share', '全村贫困户86户，其中因病致贫32户（占37.2%），因残致贫18户（占20.9%）。', True),
    ('paren_share', 'share', '全村贫困户86户，其中因病致贫32户（占37.2%），因残致贫18户（占29.9%）。', False),
    ('renshu', 'share', '全村贫困户86户320人，其中因病致贫32户128人，人数占比40%。', True),
    ('renshu', 'share', '全村贫困户86户320人，其中因病致贫32户128人，人数占比45%。', False),
    ('town_count', 'sum', '全县18个乡镇中，有11个乡镇已全部脱贫，其余7个乡镇2020年脱贫。', True),
    ('town_count', 'sum', '全县18个乡镇中，有11个乡镇已全部脱贫，其余9个乡镇2020年脱贫。', False),
    ('money_years', 'sum', '近三年共争取资金1860万元，2018年520万元，2019年610万元，2020年730万元。', True),
    ('money_years', 'sum', '近三年共争取资金1860万元，2018年520万元，2019年610万元，2020年830万元。', False),
    ('per_month', 'per_unit', '聘用公益岗位人员30人，每人每月补助800元，每月共发放2.4万元。', True),
    ('per_month', 'per_unit', '聘用公益岗位人员30人，每人每月补助800元，每月共发放2.8万元。', False),
    ('mixture', 'sum', '全村贫困人口312人，男性168人，女性144人，劳动力186人。', 'no_alarm'),
    ('mixture', 'sum', '全村共有贫困人口312人，其中男性168人，残疾人52人。', 'no_alarm'),
]


# rows still read wrongly (strict: they fail the suite once they pass, so they leave this set); the four of the
# second and third rounds (a base named by 中 and stated after the share, a per-capita figure before its total,
# a 共计 total before cue-less pairs) are read since the sixth round; the eighth round's (by index) below
NOT_YET: set = {GENERALISE_CASES[i][2] for i in (
    224, 225, 293,
)}


def _generalise_params():
    for i, c in enumerate(GENERALISE_CASES):
        marks = [pytest.mark.xfail(strict=True, reason="not read yet")] if c[2] in NOT_YET else []
        yield pytest.param(*c, marks=marks, id=f"{c[0]}-{i}")


@pytest.mark.parametrize("klass,kind,text,expected", list(_generalise_params()))
def test_generalisation_by_wording_class(klass, kind, text, expected):
    found = [f for f in findings_of(text) if f.kind in kind.split("|")]  # 贫困发生率 is a named rate or a ratio
    shown = [(f.rule, f.holds, f.explanation) for f in findings_of(text)]
    if expected == "no_alarm":
        assert not [f for f in found if f.holds is False], shown
    elif expected is True:
        assert [f for f in found if f.holds is True] and not [f for f in found if f.holds is False], shown
    else:
        assert [f for f in found if f.holds is False], shown



#: the eighth round's rows, written as a web page may print them (half-width punctuation, full-width digits)
HALF_WIDTH = str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":", "；": ";"})
FULL_DIGITS = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
EIGHTH = [c for c in GENERALISE_CASES[GENERALISE_CASES.index(next(c for c in GENERALISE_CASES if c[2].startswith(
    "全乡共有建档立卡贫困户356户1247人"))):] if c[2] not in NOT_YET]


@pytest.mark.parametrize("table", [HALF_WIDTH, FULL_DIGITS], ids=["half_width", "full_digits"])
def test_the_eighth_round_reads_the_same_in_other_print(table):
    wrong = []
    for klass, kind, text, expected in EIGHTH:
        other = text.translate(table)
        found = [f for f in findings_of(other) if f.kind in kind.split("|")]
        alarms, holding = [f for f in found if f.holds is False], [f for f in found if f.holds is True]
        ok = (not alarms if expected == "no_alarm" else bool(holding) and not alarms if expected is True
              else bool(alarms))
        if not ok:
            wrong.append((klass, other))
    assert not wrong, wrong
# ---------------------------------------------------------------------- sixth round: bases, glosses, second 其中
def test_a_second_qizhong_after_a_part_breaks_down_the_first_total():
    text = "全村贫困户120户，其中因病致贫45户，因残致贫30户，缺劳力25户，其中一般贫困户80户，低保户50户。"
    alarms = [f for f in findings_of(text) if f.kind == "sum" and f.holds is False]
    assert alarms and all(text[f.total[0]:f.total[1]] == "120户" for f in alarms), [f.explanation for f in alarms]


@pytest.mark.parametrize("text,expected", [
    # a pinyin gloss inside the cue (發(fā)生率) is cut before the rules read the text; spans stay the report's
    ("全鄉(xiāng)农村人口8000人，贫困人口减至40人，贫困發(fā)生率下降至0.5%。", True),
    ("全鄉(xiāng)农村人口8000人，贫困人口减至40人，贫困發(fā)生率下降至0.6%。", False),
])
def test_glosses_are_read_through(text, expected):
    found = [f for f in findings_of(text) if f.rule == "share.incidence"]
    assert found and found[0].holds is expected, [(f.rule, f.explanation) for f in findings_of(text)]
    num, base = found[0].parts
    assert text[num[0]:num[1]] == "40人" and text[base[0]:base[1]] == "8000人"
    assert text[found[0].rate[0]:found[0].rate[1]] in ("0.5%", "0.6%")
    assert "發(fā)生率" in found[0].sentence


@pytest.mark.parametrize("text,expected", [
    # a status rate after its status figure: the status over the registered total (households of a pair)
    ("全村建档立卡贫困户60户210人。截至目前，已退出贫困户60户210人，退出率100%。", True),
    ("全村建档立卡贫困户60户210人。截至目前，已退出贫困户54户190人，退出率95%。", False),
    # the whole named by 总数 (share.status_totals); of a 户/人 pair the unit that fits (persons here)
    ("全县监测对象总数为1200户4100人，已消除风险780户2460人，风险消除率60%。", True),
    ("全县监测对象总数为1200户4100人，已消除风险780户2460人，风险消除率62%。", False),
    # a share above 100% of its own time while the inputs give 100%: wrong whichever inputs are meant
    ("全村建档立卡贫困户60户210人。截至目前，已退出贫困户60户210人，退出率20200%。", False),
])
def test_status_rates(text, expected):
    found = [f for f in findings_of(text) if f.rule == "share.status_rate"]
    assert found and found[0].holds is expected, [(f.rule, f.explanation) for f in findings_of(text)]
    units = {text[b - 1] for a, b in found[0].parts}
    assert len(units) == 1 and units <= {"户", "人"}  # numerator and base of one unit of the pair
# ---------------------------------------------------------------------- ninth round (tests/audit_round9.py)
sys.path.insert(0, str(ROOT / "tests"))
import audit_round9  # noqa: E402


def _round_params(cases, not_yet, name):
    for i, c in enumerate(cases):
        marks = [pytest.mark.xfail(strict=True, reason="not read yet")] if c[2] in not_yet else []
        yield pytest.param(*c, marks=marks, id=f"{name}-{c[0]}-{i}")


@pytest.mark.parametrize("klass,kind,text,expected",
                         list(_round_params(audit_round9.CASES, audit_round9.NOT_YET, "r9")))
def test_ninth_round(klass, kind, text, expected):
    test_generalisation_by_wording_class(klass, kind, text, expected)


def _with_thousands(text):
    """1250户 → 1,250户: a web page's thousands separator (a comma inside a figure ends no clause)."""
    import re
    return re.sub(r"(?<![\d.])(\d{1,3})(\d{3})(?=[户人元亩个])", r"\1,\2", text)


#: the rows of the generalisation tables whose figures take a thousands separator
GROUPED = [c for c in GENERALISE_CASES + audit_round9.CASES
           if c[2] not in NOT_YET | audit_round9.NOT_YET and _with_thousands(c[2]) != c[2]]


def test_rows_read_the_same_with_thousands_separators():
    wrong = []
    for klass, kind, text, expected in GROUPED:
        other = _with_thousands(text)
        found = [f for f in findings_of(other) if f.kind in kind.split("|")]
        alarms, holding = [f for f in found if f.holds is False], [f for f in found if f.holds is True]
        ok = (not alarms if expected == "no_alarm" else bool(holding) and not alarms if expected is True
              else bool(alarms))
        if not ok:
            wrong.append((klass, other))
    assert len(GROUPED) > 50 and not wrong, wrong


@pytest.mark.parametrize("kind,text,expected", [
    # a printed page's line ends inside a cue word (投工投\n劳折资, 下\n降了, 其\n中, 合\n计): the rules read through them
    ("sum", "新建村级活动室一座，总投资48万元，争取财政资金40万元，群众投工投\n    劳折资6万元。", False),
    ("sum", "新建村级活动室一座，总投资48万元，争取财政资金40万元，群众投工投\n    劳折资8万元。", True),
    ("growth", "全乡贫困发生率由2014年的18.6%下降到2019年的0.9%，下\n降了16.7个百分点。", False),
    ("sum", "全村现有耕地2860亩，其\n中水田1230亩、旱地1730亩。", False),
    ("sum", "石桥村搬迁26户98人，柳溪村搬迁19户71人，合\n计搬迁45户179人。", False),
    ("sum", "石桥村搬迁26户98人，柳溪村搬迁19户71人，合\n计搬迁45户169人。", True),
])
def test_soft_wraps_inside_words_are_read_through(kind, text, expected):
    found = [f for f in findings_of(text) if f.kind == kind]
    alarms, holding = [f for f in found if f.holds is False], [f for f in found if f.holds is True]
    assert (bool(alarms) if expected is False else bool(holding) and not alarms), \
        [(f.rule, f.holds, f.explanation) for f in findings_of(text)]
    for f in found:  # spans stay the report's own
        for a, b in [sp for sp in [f.total, f.rate] if sp] + list(f.parts or []):
            assert text[a:b].strip()[-1:] in "户人元亩%点"
