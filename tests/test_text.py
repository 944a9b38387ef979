"""patterns/text.yaml: the stop classes, list joiners, breakdown and period cues and heading shapes
of a text's structure — every example in the file runs here, and a bad file fails with file:line."""
import importlib

import pytest
import regex
from hypothesis import given, strategies as st

from fupin_extract.model import PatternError
from fupin_extract.rules.base import pattern_file
from fupin_extract.rules.text import load_text_rules, text_rules

T = text_rules()


def _class_examples():
    for c in T.classes.values():
        for text, pieces in c.examples:
            yield pytest.param(c.name, text, list(pieces), id=f"{c.name}:{text[:10]}")


@pytest.mark.parametrize("name,text,pieces", list(_class_examples()))
def test_class_examples_cut_as_written(name, text, pieces):
    assert T.split(name, text) == pieces


def _used_by():
    for c in T.classes.values():
        for ref in c.used_by:
            yield pytest.param(c.name, ref, id=f"{c.name}:{ref}")


@pytest.mark.parametrize("name,ref", list(_used_by()))
def test_the_readers_named_in_used_by_read_that_class(name, ref):
    """used_by is documentation that cannot rot: the constant exists and holds the class's characters."""
    module, attr = ref.rsplit(".", 1)
    value = getattr(importlib.import_module(f"fupin_extract.{module}"), attr)
    if isinstance(value, (set, frozenset)):
        assert value == T.charset(name)
    elif isinstance(value, str):
        assert set(value) == T.charset(name)
    else:  # a compiled pattern: built from the class's character set (or its complement)
        assert T.bracket(name) in value.pattern or T.bracket(name, negate=True) in value.pattern, ref


def test_every_class_is_read_or_part_of_one_that_is():
    parts = {o for c in T.classes.values() for o in T.classes if o != c.name and set(T.chars(o)) <= set(c.chars)}
    unread = [c.name for c in T.classes.values() if not c.used_by and c.name not in parts]
    assert not unread


def _period_examples():
    for cue in T.period_cues:
        for text, match in cue.examples:
            yield pytest.param(cue.name, text, match, id=f"{cue.name}:{text[:10]}")


@pytest.mark.parametrize("name,text,match", list(_period_examples()))
def test_period_cue_examples(name, text, match):
    from fupin_extract.meaning.attach import PERIOD_CUE

    m = PERIOD_CUE.search(text)
    assert m is not None and m.group() == match, (text, m and m.group())
    assert m.group(name) is not None, f"{match!r} found by another alternative than {name}"


@pytest.mark.parametrize("text,bare", T.bare_examples)
def test_governed_examples(text, bare):
    """The words before a figure leave its clause bare (it takes an earlier clause's subject) or not."""
    assert bool(T.bare_regex.fullmatch(text)) is bare


@pytest.mark.parametrize("text,cue", T.breakdown_examples)
def test_breakdown_examples(text, cue):
    from fupin_extract.meaning.structure import BREAKDOWN

    m = T.words_regex(T.parts_open).search(text)
    assert m is not None and m.group() == cue
    assert BREAKDOWN.search(text, m.start() - 1) is not None


def _heading_examples():
    for s in T.heading_shapes:
        for line in s.match:
            yield pytest.param(s.name, line, True, id=f"{s.name}:{line}")
        for line in s.no_match:
            yield pytest.param(s.name, line, False, id=f"{s.name}:not:{line}")


@pytest.mark.parametrize("shape,line,is_heading", list(_heading_examples()))
def test_heading_shape_examples(shape, line, is_heading):
    alone = regex.compile(f"^{T.heading_indent}(?:{T.heading_shape(shape)})")
    assert bool(alone.match(line)) is is_heading
    if is_heading:
        from fupin_extract.meaning.attach import HEADING

        assert HEADING.match(line)


def test_the_steps_read_the_classes_of_the_file():
    """The constants the steps had written out are now reads of text.yaml, with the same characters."""
    from fupin_extract import pipeline, segment
    from fupin_extract.audit import core
    from fupin_extract.meaning import attach

    assert attach.PERIOD_CUE.pattern == T.period_regex.pattern
    assert attach.HEADING.pattern == T.heading_regex.pattern
    assert core.CLAUSE_END | core.WEAK_END | core.STRONG_END == T.charset("clause_end")
    assert set(pipeline._HARD_STOPS) | {"\n"} == T.charset("sentence_end")
    assert segment.SENTENCE_END.pattern == T.regex("sentence_end", run=True).pattern


@given(st.text(alphabet="。！？!?；;\n，,、：:（）()甲乙1", max_size=40), st.sampled_from(sorted(T.classes)))
def test_split_gives_back_the_text_and_cuts_only_after_the_class(text, name):
    pieces = T.split(name, text)
    assert "".join(pieces) == text
    cs = T.charset(name)
    for p in pieces[:-1]:
        assert p[-1] in cs
        assert not (set(p.rstrip("".join(cs))) & cs)


BAD = [
    ("unknown_key", "colour: red\n", 1, "unknown key"),
    ("class_of_unknown", "classes:\n  a:\n    of: [b]\n    examples: [{text: x, pieces: [x]}]\n", 2, "unknown class"),
    ("class_cycle", "classes:\n  a:\n    of: [a]\n    examples: [{text: x, pieces: [x]}]\n", 3, "holds itself"),
    ("class_without_examples", "classes:\n  a:\n    chars: 。\n    examples: []\n", 3, "at least one example"),
    ("cue_without_group", "period:\n  year: '\\d{4}'\n  cues:\n    - {name: since, pattern: '以来', examples: [{text: 以来, match: 以来}]}\n",
     4, "has no group"),
    ("bad_heading_regex", "headings:\n  indent: ' *'\n  shapes:\n    - {name: a, pattern: '[一', examples: {match: [x]}}\n",
     4, "bad regular expression"),
]


@pytest.mark.parametrize("name,part,line,words", BAD, ids=[b[0] for b in BAD])
def test_a_bad_text_file_names_file_and_line(tmp_path, name, part, line, words):
    good = pattern_file("text.yaml").read_text(encoding="utf-8")
    key = part.split(":", 1)[0]
    if key in ("classes", "period", "headings"):  # replace that section of the real file
        data = regex.sub(rf"(?ms)^{key}:.*?(?=^\S|\Z)", "", good)
        text = part + data
    else:
        text = good + part
    f = tmp_path / "text.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(PatternError) as e:
        load_text_rules(f)
    assert words in str(e.value)
    if key in ("classes", "period", "headings"):
        assert f"{f}:{line}" in str(e.value)
    else:
        assert str(f) in str(e.value)


# ------------------------------------------------------------------ the text index (segment.py)
DOC = ("一、基本情况\n全村辖上徐、金黄、琼溪3个自然村，贫困户36户（84人）；已脱贫30户。\n"
       "（二）产业发展\n  3.光伏项目：投入资金120万元！")


def test_text_index_sentences_clauses_lists_and_headings():
    from fupin_extract.segment import TextIndex

    ix = TextIndex(DOC)
    said = [DOC[a:b] for a, b in ix.sentences]
    assert said == ["一、基本情况", "全村辖上徐、金黄、琼溪3个自然村，贫困户36户（84人）；", "已脱贫30户。",
                    "（二）产业发展", "3.光伏项目：投入资金120万元！"]
    pos = DOC.index("84人")
    assert DOC[slice(*ix.clause_at(pos))] == "84人）；"
    assert [[DOC[a:b] for a, b in items] for items in ix.enumerations] == [
        ["全村辖上徐", "金黄", "琼溪3个自然村"]]
    assert [(DOC[h.start:h.end], h.shape) for h in ix.headings] == [
        ("一、基本情况", "chinese"), ("（二）产业发展", "chinese_bracketed"), ("  3.光伏项目：投入资金120万元！", "arabic")]


@given(st.text(alphabet="。；\n，、（）甲乙", max_size=60), st.integers(min_value=0, max_value=59))
def test_text_index_spans_hold_their_position(text, pos):
    from fupin_extract.segment import TextIndex, clause_start

    if not text:
        return
    pos = min(pos, len(text) - 1)
    ix = TextIndex(text)
    a, b = ix.clause_at(pos)
    assert a <= pos < b
    if text[pos] not in T.charset("figure_clause_end"):
        assert a == clause_start(text, pos)
    for items in ix.enumerations:
        assert all(text[e] == "、" for _, e in items[:-1])


@pytest.mark.parametrize("text,size,bounds", [
    ("字" * 1000, 300, [(0, 300), (300, 600), (600, 900), (900, 1000)]),
    ("甲" * 200 + "。\n" + "乙" * 200, 300, [(0, 202), (202, 402)]),
    ("甲" * 200 + "\n" + "乙" * 200, 300, [(0, 201), (201, 401)]),
    ("短", 300, [(0, 1)]),
])
def test_chunks_end_after_a_stop(text, size, bounds):
    from fupin_extract.segment import TextIndex

    assert TextIndex(text).chunks(size) == bounds


def _phrase_examples():
    for p in T.phrases.values():
        for text in p.match:
            yield pytest.param(p.name, text, True, id=f"{p.name}:+{text[:8]}")
        for text in p.no_match:
            yield pytest.param(p.name, text, False, id=f"{p.name}:-{text[:8]}")


@pytest.mark.parametrize("name,text,found", list(_phrase_examples()))
def test_phrase_examples(name, text, found):
    """Each phrase is found in (or, with ``whole``, matches) its match examples and not its others."""
    p = T.phrase(name)
    m = p.fullmatch(text) if T.phrases[name].whole else p.search(text)
    assert (m is not None) is found, (name, text)


def _phrase_readers():
    for p in T.phrases.values():
        for ref in p.used_by:
            yield pytest.param(p.name, ref, id=f"{p.name}:{ref}")


@pytest.mark.parametrize("name,ref", list(_phrase_readers()))
def test_the_readers_named_in_used_by_read_that_phrase(name, ref):
    module, attr = ref.rsplit(".", 1)
    value = getattr(importlib.import_module(f"fupin_extract.{module}"), attr)
    assert value.pattern.removeprefix("(?r)") == T.phrases[name].pattern, ref


def test_a_phrase_without_examples_names_file_and_line(tmp_path):
    text = pattern_file("text.yaml").read_text(encoding="utf-8")
    bad = text.replace("    examples: {match: [\"正在实施\", \"在建项目\"], no_match: [\"已完成\"]}\n", "")
    (tmp_path / "text.yaml").write_text(bad, encoding="utf-8")
    with pytest.raises(PatternError, match=r"text\.yaml:\d+"):
        load_text_rules(tmp_path / "text.yaml")


@pytest.mark.parametrize("text,expect", T.subject_after_examples)
def test_subject_after_examples(text, expect):
    """A figure after a lead (有, 为, 使 …) counts what the words after it name."""
    from fupin_extract.figures import find_figures
    from fupin_extract.meaning import attach_meaning
    from fupin_extract.normalise import normalise

    fig, ind = expect.split()
    n = normalise(text)
    got = {f.text: f.indicator or "-" for f in attach_meaning(find_figures(text, "t", normalised=n), text, n, {"year": 2020})}
    assert got.get(fig) == ind, (text, got)
