"""Pattern files are data: every example in them runs here, and bad files fail loudly."""
import shutil
from pathlib import Path

import pytest
import regex

from fupin_extract.figures import find_figures
from fupin_extract.meaning.indicators import catalog, indicator_set, load_indicators
from fupin_extract.model import PatternError
from fupin_extract.rules.loader import load_dictionary, load_exclusions, load_patterns, load_units, patterns_dir
from fupin_extract.rules.exclusions import phrase_regex

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
    ("equals_other_dimension", "multipliers: {万: 10000}\nunits:\n  - {unit: 户, forms: [户], dimension: households}\n  - {unit: 亩, forms: [亩], dimension: area, equals: {户: 2}}\nqualifiers: {before: {}, after: {}, inside: {}}\n", "no unit of dimension"),
    ("comparative_not_after", "multipliers: {万: 10000}\nunits:\n  - {unit: 元, forms: [元], dimension: money}\nqualifiers: {before: {}, after: {at_least: [余]}, inside: {}, comparatives: [多]}\n", "no `after` qualifier word"),
    ("equals_not_positive", "multipliers: {万: 10000}\nunits:\n  - {unit: 亩, forms: [亩], dimension: area, equals: {公顷: 0}}\n  - {unit: 公顷, forms: [公顷], dimension: area}\nqualifiers: {before: {}, after: {}, inside: {}}\n", "positive number"),
]


@pytest.mark.parametrize("name,text,message", BAD_UNITS, ids=[b[0] for b in BAD_UNITS])
def test_bad_units_file(tmp_path, name, text, message):
    f = tmp_path / "units.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(PatternError) as e:
        load_units(f)
    assert message in str(e.value) and str(f) in str(e.value)


CONVERSIONS = [  # value, unit, to, expected (units.yaml equals)
    (31000, "亩", "平方公里", 31000 / 1500),
    (5, "公顷", "平方公里", 0.05),
    (2500000, "平方米", "平方公里", 2.5),
    (3, "亩", "亩", 3),
    (3, "亩", "户", None),
    (3, "平方公里", "亩", None),  # only the direction the file states
]


@pytest.mark.parametrize("value,unit,to,expected", CONVERSIONS)
def test_unit_conversions(value, unit, to, expected):
    got = load_patterns().units.convert(value, unit, to)
    assert got == pytest.approx(expected, rel=1e-8) if expected is not None else got is None


BAD_EXCLUSIONS = [
    ("duplicate_id", "rules:\n  - {id: a, kind: phrases, phrases: [十三五], examples: {drop: [十三五]}}\n  - {id: a, kind: phrases, phrases: [两委], examples: {drop: [两委]}}\n", "duplicate rule id", 3),
    ("bad_regex", "rules:\n  - id: b\n    kind: regex\n    pattern: '[0-9'\n    examples: {drop: ['1']}\n", "bad regular expression", 2),
    ("bad_kind", "rules:\n  - {id: c, kind: magic, examples: {drop: [x]}}\n", "kind must be", 2),
    ("no_examples", "rules:\n  - {id: d, kind: phrases, phrases: [十三五]}\n", "missing key", 2),
    ("re_word_class", "rules:\n  - id: e\n    kind: regex\n    pattern: '\\w+号'\n    engine: re\n    examples: {drop: ['1号']}\n",
     "engine re takes no", 2),
    ("re_lookbehind", "rules:\n  - id: f\n    kind: regex\n    pattern: '(?<=村|社区)\\d组'\n    engine: re\n    examples: {drop: ['村1组']}\n",
     "engine re cannot compile", 2),
    ("bad_engine", "rules:\n  - {id: g, kind: phrases, phrases: [十三五], engine: re, examples: {drop: [十三五]}}\n",
     "engine must be", 2),
    ("masked_not_name", "rules:\n  - {id: h, kind: regex, pattern: '(?P<n>1)', masked: 1, examples: {drop: ['1']}}\n",
     "masked must be a group name", 2),
    ("masked_and_starts_at", "rules:\n  - {id: i, kind: regex, pattern: '(?P<n>1)', masked: n, starts_at: n, "
     "examples: {drop: ['1']}}\n", "masked and starts_at exclude each other", 2),
]


MASKED = [  # pattern, masked group, text, the spans the rule excludes
    ("[，：](?P<number>\\d[.、])", "number", "如下：1.产业，2、就业", [(3, 5), (8, 10)]),
    ("[，：](?P<number>\\d[.、])|^\\d[.、]", "number", "1.产业", [(0, 2)]),
    ("第\\d+", "number", "第3批", [(0, 2)]),  # no such group: the whole match
]


@pytest.mark.parametrize("pattern,group,text,spans", MASKED)
@pytest.mark.parametrize("engine", ["regex", "re"])
def test_masked_group_is_what_the_rule_excludes(tmp_path, pattern, group, text, spans, engine):
    f = tmp_path / "exclusions.yaml"
    f.write_text(f"rules:\n  - id: m\n    kind: regex\n    pattern: '{pattern}'\n    masked: {group}\n"
                 f"    engine: {engine}\n    examples: {{drop: ['{text}']}}\n", encoding="utf-8")
    rule = load_exclusions(f)[0]
    for p in [rule.pattern] + ([rule.std] if engine == "re" else []):
        assert [m.span() for m in p.finditer(text)] == spans


PHRASE_SETS = [  # phrases, a text: the grouped alternation finds what the flat one (longest first) finds
    (["一", "一次", "一次性", "两委", "三农"], "一次性补助一次，一人两委三农一"),
    (["一户一法", "一户", "户一法"], "一户一法户一法一户"),
    (["十三五", "十三", "三五"], "十三五三五十三十"),
]


@pytest.mark.parametrize("phrases,text", PHRASE_SETS)
def test_phrase_regex_matches_the_flat_alternation(phrases, text):
    flat = regex.compile("|".join(regex.escape(p) for p in sorted(set(phrases), key=len, reverse=True)))
    assert [m.span() for m in phrase_regex(phrases).finditer(text)] == [m.span() for m in flat.finditer(text)]


STARTS_AT = [  # pattern, starts_at group, text, the spans the rule excludes
    ("月(?<=(?<!\\d)(?P<head>\\d{1,2})月)(?:\\d{1,2}日)?", "head", "自3月5日起，12月", [(1, 5), (7, 10)]),
    ("月(?<=(?<!\\d)(?P<head>\\d{1,2})月)|第\\d+", "head", "第3批", [(0, 2)]),  # the group takes no part
    ("[日号](?<=(?P<head>\\d)[日号])", "head", "123号", [(2, 4)]),
]


@pytest.mark.parametrize("pattern,group,text,spans", STARTS_AT)
def test_starts_at_group_starts_what_the_rule_excludes(tmp_path, pattern, group, text, spans):
    f = tmp_path / "exclusions.yaml"
    f.write_text(f"rules:\n  - id: s\n    kind: regex\n    pattern: '{pattern}'\n    starts_at: {group}\n"
                 f"    examples: {{drop: ['{text}']}}\n", encoding="utf-8")
    rule = load_exclusions(f)[0]
    assert [m.span() for m in rule.pattern.finditer(text)] == spans


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
                          "  - {unit: 桶, dimension: count, forms: [桶]}\n  - {unit: 垛, dimension: count, forms: [垛]}")
    (d / "units.yaml").write_text(units, encoding="utf-8")
    ind = (d / "indicators.yaml").read_text(encoding="utf-8")
    ind = ind.replace("rules:\n", "rules:\n  - id: fodder.stacks\n    emits: {垛: haystacks}\n    cue: '草垛'\n"
                                  "    examples:\n      - text: '新堆草垛12垛'\n        expect: ['12垛 haystacks']\n", 1)
    ind = ind.replace("indicators:\n", "indicators:\n  - {id: haystacks, label: 草垛数, dimension: count, unit: 垛, description: 新堆草垛}\n", 1)
    (d / "indicators.yaml").write_text(ind, encoding="utf-8")
    from fupin_extract import figures, meaning

    figs = figures.find_figures("全村新堆草垛12垛", "t", folder=str(d))
    assert [(f.text, f.unit) for f in figs] == [("12垛", "垛")]
    from fupin_extract.normalise import normalise

    text = "全村新堆草垛12垛"
    out = meaning.attach_meaning(figs, text, normalise(text), {}, folder=str(d))
    assert out[0].indicator == "haystacks"


# ------------------------------------------------------------------ data integrity (in the manner of dateparser's)
# Every key a pattern file holds is read by its loader, documented in the file's header, and
# the record field it fills is read by the package; a key nobody reads fails here.
import dataclasses  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from pattern_keys import documented, key_paths, read_paths  # noqa: E402

from fupin_extract.audit.rules import load_relation_rules  # noqa: E402
from fupin_extract.meaning.metadata import load_metadata_rules  # noqa: E402
from fupin_extract.rules import columns as rules_columns  # noqa: E402
from fupin_extract.rules.html import load_boilerplate  # noqa: E402
from fupin_extract.rules.normalise import load_char_map  # noqa: E402
from fupin_extract.rules.text import load_text_rules  # noqa: E402


def _columns_loader(path):
    return rules_columns._load.__wrapped__(str(path), ())


#: file → (loader, mappings whose keys are data, not schema)
OWN_FILES = {
    "units.yaml": (load_units, {"multipliers", "form_qualifiers", "bare_next", "qualifiers.before",
                                "qualifiers.after", "qualifiers.inside"}),
    "exclusions.yaml": (load_exclusions, set()),
    "normalise.yaml": (load_char_map, {"characters", "traditional"}),
    "html_boilerplate.yaml": (load_boilerplate, set()),
    "columns.yaml": (_columns_loader, {"tables", "tables.*.columns"}),
    "text.yaml": (load_text_rules, {"classes", "phrases", "period.plans", "period.relative"}),
}
#: the files whose loaders other parts own (meaning/, audit/): their loaders run tracked too
OTHER_FILES = {
    "indicators.yaml": (load_indicators, {"rules[].emits", "higher_by_level", "self_by_level"}),
    "metadata.yaml": (load_metadata_rules, {"levels", "not_followed_by"}),
    "relations.yaml": (load_relation_rules, {"growth.doubled", "gate.group_words", "gate.dimension_words", "gate.complements", "share.count_words",
                                                   "per_unit.per_item"}),
}
#: keys the tests read (examples run as tests), not the loader
READ_BY_TESTS = {"indicators.yaml": {"rules[].examples[].expect", "rules[].examples[].text"}}
#: drift still open in the files of other owners: (file, key path, what is wrong).  This list may
#: only shrink: a fixed entry fails the test until it is removed.
KNOWN_DRIFT = {tuple(line.split(" ", 2)) for line in
               (Path(__file__).parent / "pattern_drift.txt").read_text(encoding="utf-8").splitlines()
               if line and not line.startswith("#")}


def _load(name, loader, path, monkeypatch):
    module = vars(rules_columns) if loader is _columns_loader else None
    return read_paths(loader, path, (OWN_FILES | OTHER_FILES)[name][1], monkeypatch, module_globals=module)


@pytest.mark.parametrize("name", sorted(OWN_FILES) + sorted(OTHER_FILES))
def test_every_key_of_a_pattern_file_is_read_by_its_loader(name, monkeypatch):
    loader, maps = (OWN_FILES | OTHER_FILES)[name]
    path = patterns_dir() / name
    from fupin_extract.rules.base import load_yaml

    present = key_paths(load_yaml(path), maps)
    read = _load(name, loader, path, monkeypatch) | READ_BY_TESTS.get(name, set())
    assert sorted(present - read) == [], f"{name}: keys no loader reads"


@pytest.mark.parametrize("name", sorted(OWN_FILES))
def test_every_key_of_a_pattern_file_is_documented_in_its_header(name):
    from fupin_extract.rules.base import load_yaml

    path = patterns_dir() / name
    doc = documented(path, key_paths(load_yaml(path), OWN_FILES[name][1]))
    assert sorted(p for p, ok in doc.items() if not ok) == []


@pytest.mark.parametrize("name", sorted(OTHER_FILES))
def test_the_undocumented_keys_of_other_files_are_the_known_ones(name):
    """tests/pattern_drift.txt lists them; it may only shrink."""
    from fupin_extract.rules.base import load_yaml

    path = patterns_dir() / name
    doc = documented(path, key_paths(load_yaml(path), OTHER_FILES[name][1]))
    now = {p for p, ok in doc.items() if not ok}
    known = {d[1] for d in KNOWN_DRIFT if d[0] == name and d[2] == "undocumented"}
    assert sorted(now - known) == [], f"{name}: keys not documented in its header"
    assert sorted(known - now) == [], f"{name}: documented now, remove from tests/pattern_drift.txt"


#: the records the loaders fill: every field is read somewhere in the package (fields of
#: examples, which the tests run, may be read by the tests only)
RECORDS = ["rules.units:UnitTable", "rules.exclusions:Exclusion", "rules.text:CharClass", "rules.text:Cue",
           "rules.text:HeadingShape", "rules.text:TextRules", "rules.html:Boilerplate", "rules.columns:ColumnDoc",
           "rules.columns:TableDoc", "rules.loader:Patterns",
           "meaning.metadata:Rule", "meaning.metadata:Rules", "meaning.indicators:Indicator",
           "meaning.indicators:Rule", "meaning.indicators:IndicatorSet", "audit.rules:RelationRules"]
EXAMPLE_FIELDS = {"examples", "breakdown_examples", "bare_examples", "subject_after_examples", "used_by", "drop", "keep", "match", "no_match"}
#: which file a record of OTHER_FILES is filled from (for KNOWN_DRIFT)
_RECORD_FILE: dict = {}


def _fields():
    import importlib

    for ref in RECORDS:
        mod, cls = ref.split(":")
        for f in dataclasses.fields(getattr(importlib.import_module(f"fupin_extract.{mod}"), cls)):
            yield pytest.param(ref, f.name, id=f"{ref}.{f.name}")


_PKG = Path(__file__).resolve().parents[1] / "fupin_extract"
_SOURCES = [p.read_text(encoding="utf-8") for p in _PKG.rglob("*.py")]
_TESTS = "\n".join(p.read_text(encoding="utf-8") for p in Path(__file__).parent.glob("*.py"))


@pytest.mark.parametrize("ref,name", list(_fields()))
def test_every_field_a_loader_fills_is_read(ref, name):
    pat = re.compile(rf"\.{name}\b")
    used = any(pat.search(s) for s in _SOURCES) or (name in EXAMPLE_FIELDS and pat.search(_TESTS))
    key = _RECORD_FILE.get(ref, {}).get(name)
    drift = any(d[1] == key for d in KNOWN_DRIFT) if key else False
    if drift:
        assert not used, f"{ref}.{name} is read now: remove it from KNOWN_DRIFT"
    else:
        assert used, f"{ref}.{name} is filled from a pattern file and read by nothing"


def test_an_indicator_measures_what_its_unit_measures(tmp_path):
    d = tmp_path / "patterns"
    shutil.copytree(patterns_dir(), d)
    ind = (d / "indicators.yaml").read_text(encoding="utf-8")
    ind = ind.replace("indicators:\n", "indicators:\n  - {id: wells, label: 水井数, dimension: money, unit: 户, description: x}\n", 1)
    ind = ind.replace("rules:\n", "rules:\n  - id: water.wells\n    emits: {户: wells}\n    cue: '水井'\n"
                                  "    examples:\n      - text: '新打水井12户'\n        expect: ['12户 wells']\n", 1)
    (d / "indicators.yaml").write_text(ind, encoding="utf-8")
    with pytest.raises(PatternError, match="dimension 'money'.*'households' in units.yaml"):
        indicator_set(str(d))
