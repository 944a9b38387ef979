"""Pattern files are data: every example in them runs here, and bad files fail loudly."""
import shutil
from pathlib import Path

import pytest

from fupin_extract.figures import find_figures
from fupin_extract.meaning.indicators import catalog, indicator_set, load_indicators
from fupin_extract.model import PatternError
from fupin_extract.rules.loader import load_dictionary, load_exclusions, load_patterns, load_units, patterns_dir

P = load_patterns()
IS = indicator_set()


def _exclusion_examples():
    for rule in P.exclusions:
        for s in rule.drop:
            yield pytest.param(rule.id, s, id=f"{rule.id}:{s[:12]}")


@pytest.mark.parametrize("rule_id,sentence", list(_exclusion_examples()))
def test_exclusion_examples_are_excluded(rule_id, sentence):
    """The drop sentence contains a match of the rule, and no figure overlaps that match."""
    from fupin_extract.figures import _address_pattern
    from fupin_extract.normalise import normalise

    rule = next(r for r in P.exclusions if r.id == rule_id)
    n = normalise(sentence)
    pattern = rule.pattern if rule.kind != "address" else _address_pattern(n, rule.units)
    covered = {i for m in (pattern.finditer(n) if pattern else []) for i in range(*m.span())}
    assert covered, f"rule {rule_id} does not match its own example {sentence!r}"
    for f in find_figures(sentence, "t"):
        assert not (set(range(f.start, f.end)) & covered), (rule_id, f.text)


def _keep_examples():
    for rule in P.exclusions:
        for s in rule.keep:
            yield pytest.param(rule.id, s, id=f"{rule.id}:{s[:12]}")


@pytest.mark.parametrize("rule_id,sentence", list(_keep_examples()))
def test_exclusion_keep_examples_still_give_figures(rule_id, sentence):
    assert find_figures(sentence, "t"), f"{rule_id}: {sentence!r} lost its figures"


def _indicator_examples():
    for rule in IS.rules:
        for ex in rule.examples:
            yield pytest.param(rule.id, ex["text"], ex["expect"], id=f"{rule.id}:{ex['text'][:12]}")


@pytest.mark.parametrize("rule_id,text,expect", list(_indicator_examples()))
def test_indicator_rule_examples(rule_id, text, expect):
    import fupin_extract as fx

    df = fx.extract_text(text)
    got = {r.text: (r.indicator if isinstance(r.indicator, str) else "-") for r in df.itertuples()}
    for item in expect:
        fig, ind = item.rsplit(" ", 1)
        assert fig in got, f"{rule_id}: figure {fig!r} not found in {text!r} (got {list(got)})"
        assert got[fig] == ind, f"{rule_id}: {fig!r} gets {got[fig]!r}, expected {ind!r}"


def test_every_indicator_rule_has_examples_and_every_indicator_is_emitted():
    emitted = {ind for r in IS.rules for ind in r.emits.values()}
    assert set(IS.indicators) == emitted
    assert all(r.examples for r in IS.rules)


def test_catalog_lists_every_indicator_with_chinese_label():
    cat = catalog()
    assert list(cat.columns) == ["id", "label", "dimension", "unit", "description"]
    assert len(cat) == len(IS.indicators) >= 35
    assert cat.set_index("id").at["poverty_incidence", "label"] == "贫困发生率"


# ------------------------------------------------------------------ validation
BAD_UNITS = [
    ("unknown_key", "multipliers: {万: 10000}\nunits:\n  - {unit: 户, forms: [户], dimension: households, colour: red}\nqualifiers: {before: {}, after: {}, inside: {}}\n", "unknown key"),
    ("duplicate_yaml_key", "multipliers: {万: 10000}\nmultipliers: {亿: 1}\nunits: []\nqualifiers: {before: {}, after: {}, inside: {}}\n", "duplicate key"),
    ("form_twice", "multipliers: {万: 10000}\nunits:\n  - {unit: 户, forms: [户], dimension: households}\n  - {unit: 家, forms: [户], dimension: count}\nqualifiers: {before: {}, after: {}, inside: {}}\n", "already belongs"),
    ("bad_qualifier", "multipliers: {万: 10000}\nunits:\n  - {unit: 户, forms: [户], dimension: households}\nqualifiers: {before: {roughly: [约]}, after: {}, inside: {}}\n", "qualifier kind"),
    ("bad_recount_regex", "multipliers: {万: 10000}\nunits:\n  - {unit: 个, forms: [个], dimension: count}\nrecount:\n  - {unit: 个, next: '(贫困', as: 个}\nqualifiers: {before: {}, after: {}, inside: {}}\n", "bad regular expression"),
    ("yaml_syntax", "units: [\n", "YAML error"),
]


@pytest.mark.parametrize("name,text,message", BAD_UNITS, ids=[b[0] for b in BAD_UNITS])
def test_bad_units_file(tmp_path, name, text, message):
    f = tmp_path / "units.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(PatternError) as e:
        load_units(f)
    assert message in str(e.value) and str(f) in str(e.value)


BAD_EXCLUSIONS = [
    ("duplicate_id", "rules:\n  - {id: a, kind: phrases, phrases: [十三五], examples: {drop: [十三五]}}\n  - {id: a, kind: phrases, phrases: [两委], examples: {drop: [两委]}}\n", "duplicate rule id", 3),
    ("bad_regex", "rules:\n  - id: b\n    kind: regex\n    pattern: '[0-9'\n    examples: {drop: ['1']}\n", "bad regular expression", 2),
    ("bad_kind", "rules:\n  - {id: c, kind: magic, examples: {drop: [x]}}\n", "kind must be", 2),
    ("no_examples", "rules:\n  - {id: d, kind: phrases, phrases: [十三五]}\n", "missing key", 2),
]


@pytest.mark.parametrize("name,text,message,line", BAD_EXCLUSIONS, ids=[b[0] for b in BAD_EXCLUSIONS])
def test_bad_exclusions_file_names_file_and_line(tmp_path, name, text, message, line):
    f = tmp_path / "exclusions.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(PatternError) as e:
        load_exclusions(f)
    assert message in str(e.value)
    assert f"{f}:{line}" in str(e.value)


BAD_INDICATORS = [
    ("unknown_indicator", "rules:\n  - {id: r, emits: {户: nothing}, cue: 'x', examples: [{text: a, expect: []}]}\n", "unknown indicator"),
    ("no_examples", "rules:\n  - {id: r, emits: {户: poor_households}, cue: 'x', examples: []}\n", "at least one example"),
    ("no_cue", "rules:\n  - {id: r, emits: {户: poor_households}, examples: [{text: a, expect: []}]}\n", "needs a cue"),
    ("bad_window", "rules:\n  - {id: r, emits: {户: poor_households}, cue: x, window: page, examples: [{text: a, expect: []}]}\n", "window must be"),
]


@pytest.mark.parametrize("name,rules,message", BAD_INDICATORS, ids=[b[0] for b in BAD_INDICATORS])
def test_bad_indicator_rules(tmp_path, name, rules, message):
    head = "indicators:\n  - {id: poor_households, label: 贫困户数, dimension: households, unit: 户, description: x}\n"
    f = tmp_path / "indicators.yaml"
    f.write_text(head + rules, encoding="utf-8")
    with pytest.raises(PatternError) as e:
        load_indicators(f)
    assert message in str(e.value) and str(f) in str(e.value)


def test_bad_dictionary_line(tmp_path):
    f = tmp_path / "dictionary.txt"
    f.write_text("# comment\n建档立卡 2000 n\n贫困户 lots n\n", encoding="utf-8")
    with pytest.raises(PatternError, match=r"dictionary.txt:3: frequency"):
        load_dictionary(f)


def test_a_researcher_adds_a_unit_and_an_indicator_by_editing_files(tmp_path, monkeypatch):
    """Copy patterns/, add a unit and an indicator rule, and the extractor uses them."""
    d = tmp_path / "patterns"
    shutil.copytree(patterns_dir(), d)
    units = (d / "units.yaml").read_text(encoding="utf-8")
    units = units.replace("  - {unit: 桶, dimension: count, forms: [桶]}",
                          "  - {unit: 桶, dimension: count, forms: [桶]}\n  - {unit: 孔, dimension: count, forms: [孔]}")
    (d / "units.yaml").write_text(units, encoding="utf-8")
    ind = (d / "indicators.yaml").read_text(encoding="utf-8")
    ind = ind.replace("rules:\n", "rules:\n  - id: water.wells\n    emits: {孔: wells}\n    cue: '水井'\n"
                                  "    examples:\n      - text: '新打水井12孔'\n        expect: ['12孔 wells']\n", 1)
    ind = ind.replace("indicators:\n", "indicators:\n  - {id: wells, label: 水井数, dimension: count, unit: 孔, description: 新打水井}\n", 1)
    (d / "indicators.yaml").write_text(ind, encoding="utf-8")
    from fupin_extract import figures, meaning

    figs = figures.find_figures("全村新打水井12孔", "t", folder=str(d))
    assert [(f.text, f.unit) for f in figs] == [("12孔", "孔")]
    from fupin_extract.normalise import normalise

    text = "全村新打水井12孔"
    out = meaning.attach_meaning(figs, text, normalise(text), {}, folder=str(d))
    assert out[0].indicator == "wells"
