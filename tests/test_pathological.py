"""Pathological text: each case ends with a documented outcome, asserted; never a time.

Hangs are guarded, not timed: regular expressions run with a generous ``regex`` timeout
(a hang guard that turns an O(n²) pattern into a failure), Python-level scans run in a
subprocess with a wall limit.  docs/bad-input.md lists the outcomes.
"""
from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import regex

import fupin_extract as fx
from fupin_extract import figures as F
from fupin_extract import pipeline
from fupin_extract.model import Document
from fupin_extract.normalise import normalise
from fupin_extract.figures.numerals import CHINESE_NUMERAL_CHARS
from fupin_extract.rules.loader import load_patterns
from fupin_extract.segment import CLAUSE_END, SENTENCE_END

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
MB = 2**20


def outcome(text):
    """(start, text, value, unit) of every figure, after checking the span invariants."""
    df = fx.extract_text(text)
    rows = []
    for r in df.itertuples(index=False):
        assert 0 <= r.start < r.end <= len(text) and text[r.start:r.end] == r.text
        rows.append((r.start, r.text, Decimal(r.value_exact), r.unit))
    return rows


# --------------------------------------------------------------------------- big and odd texts
NEST = 100_000
PATHOLOGICAL = [
    # name, text, figures (start, text, value, unit)
    ("1 MB of digits: a number with no unit", "1" * MB, []),
    ("1 MB of digits then 户: beyond float range, dropped", "1" * MB + "户", []),
    ("400 digits then 户: beyond float range, dropped", "1" * 400 + "户", []),
    ("300 digits then 户: a (silly) finite figure", "1" * 300 + "户",
     [(0, "1" * 300 + "户", Decimal("1" * 28 + "0" * 272), "户")]),
    ("1 MB of 万: multipliers alone are no figure", "万" * MB, []),
    ("1 MB of 一: an invalid numeral", "一" * MB, []),
    ("500k × 十二: an invalid numeral", "十二" * (MB // 2), []),
    ("100,000 × '1,': separators without digit groups", "1," * 100_000, []),
    ("100,000 × '1,' then 000户: only the last group", "1," * 100_000 + "000户",
     [(199_998, "1,000户", Decimal(1000), "户")]),
    ("1 MB of line breaks", "\n" * MB, []),
    ("1 MB of spaces then 5户", " " * MB + "5户", [(MB, "5户", Decimal(5), "户")]),
    ("100,000 nested full-width parentheses around a figure", "（" * NEST + "贫困户36户" + "）" * NEST,
     [(NEST + 3, "36户", Decimal(36), "户")]),
    ("100,000 nested ASCII parentheses around a figure", "(" * NEST + "贫困户36户" + ")" * NEST,
     [(NEST + 3, "36户", Decimal(36), "户")]),
    # a short quoted text with a numeral is a slogan (exclusion quoted_slogan), however deep
    ("100,000 nested quotes: a quoted slogan", "“" * NEST + "36户" + "”" * NEST, []),
    ("100,000 nested quotes around a sentence", "“" * NEST + "2020年全乡共核定省定贫困户36户" + "”" * NEST,
     [(NEST + 15, "36户", Decimal(36), "户")]),
    ("50,000 × '1户' in one line", "1户" * 50_000,
     [(2 * i, "1户", Decimal(1), "户") for i in range(50_000)]),
    ("200k × xx1: template placeholders", "xx1" * 200_000, []),
    # a Chinese range whose second end is zero before its multiplier (a division by zero once: hypothesis found it)
    ("零-零万: a zero range", "零-零万", []),
    ("零到零万元: a zero range with a unit", "零到零万元", [(0, "零到零万元", Decimal(0), "元")]),
]


@pytest.mark.parametrize("name,text,expected", PATHOLOGICAL, ids=[c[0] for c in PATHOLOGICAL])
def test_pathological_text(name, text, expected):
    assert outcome(text) == expected


def test_ten_megabyte_line_without_punctuation():
    """A 10 MB (UTF-8) line of report words with every stop, digit and numeral removed, with
    three figures at its start, middle and end: found at their offsets in the whole line
    (the middle one sits in a chunk cut without a sentence stop)."""
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(CORPORA.glob("*.txt")))
    filler = regex.sub(rf"[\p{{P}}\s\d{CHINESE_NUMERAL_CHARS}a-zA-Z]", "", text)
    n = 10 * MB // 3
    body = (filler * (n // len(filler) + 1))[:n]
    line = "共有贫困户36户" + body[: n // 2] + "资金715万元" + body[n // 2:] + "脱贫84人"
    assert len(line.encode("utf-8")) > 10 * 10**6 and "\n" not in line
    mid = 8 + n // 2 + 2
    assert outcome(line) == [(5, "36户", Decimal(36), "户"), (mid, "715万元", Decimal(7150000), "元"),
                             (len(line) - 3, "84人", Decimal(84), "人")]


MIXED = [
    # Unicode decimal digits are digits (\d, Decimal): Arabic-Indic, Devanagari, math bold
    ("arabic_indic", "贫困户٣٦户", [(3, "٣٦户", 36, "户")]),
    ("devanagari", "贫困户३६户", [(3, "३६户", 36, "户")]),
    ("math_bold_digit", "𝟑36户", [(0, "𝟑36户", 336, "户")]),
    # digits that are not decimal digits: no figure
    ("superscript", "²户", []),
    ("circled", "①户", []),
    # a combining mark or zero-width space between number and unit breaks the figure
    ("combining_mark", "36\u0301户", []),
    ("zero_width_space", "36\u200b户", []),
    # other scripts, emoji (with ZWJ sequences), bidi controls around a figure: offsets in code points
    ("cyrillic_arabic", "Привет 36户 مرحبا", [(7, "36户", 36, "户")]),
    ("emoji_zwj", "👨\u200d👩\u200d👧36户", [(5, "36户", 36, "户")]),
    ("rtl_override", "\u202e36户\u202c", [(1, "36户", 36, "户")]),
    ("latin_units", "安装路灯36 kW，修路3km", [(4, "36 kW", 36, "kW"), (12, "3km", 3, "公里")]),
    ("combining_on_unit", "36户\u0301", [(0, "36户", 36, "户")]),
    ("nul_and_controls", "\x00\x01贫困户\x0736户\x1b", [(6, "36户", 36, "户")]),
]


@pytest.mark.parametrize("name,text,expected", MIXED, ids=[c[0] for c in MIXED])
def test_mixed_scripts(name, text, expected):
    assert outcome(text) == [(s, t, Decimal(v), u) for s, t, v, u in expected]


def test_lone_surrogate():
    """A lone surrogate (only reachable through the API, never from load.py) cannot be stored in
    pyarrow strings: tables.py writes U+FFFD in its place, one for one, so offsets hold."""
    assert outcome("x\ud80036户") == [(2, "36户", Decimal(36), "户")]
    df = fx.extract_text("x\ud80036户")
    assert df["sentence"].tolist() == ["x\ufffd36户"]


def test_lone_surrogate_figures_layer():
    """Below the tables the figure grammar copes with a lone surrogate."""
    f = F.find_figures("x\ud80036户", "d")
    assert [(x.start, x.text) for x in f] == [(2, "36户")]


# --------------------------------------------------------------------------- regex hang guards
#: characters and short strings whose long runs (and repeated near misses) are the worst cases
#: found for the patterns below; each pattern also gets its own examples, repeated whole and
#: without their last character (near misses)
ATOMS = ["1", "2", "0", "一", "二", "十", "万", "亿", "两", "〇", "x", "_", "1,", "1.", "1,000", " ", "\n", "\t",
         "“", "“1", "（", "（1", "(", "【", "〔2019〕", "村", "村1", "组", "年", "1年", "20", "2019-", "-",
         "第", "个", "的", "贫困", "元", "/", "平\n", "约", "一户", "1x", "xx1", "a", "G1", "11月", "十二",
         "1 ", "1\n", "\n1", "一 ", "，1", "个的", "1和", "11和", "11,", "月", "日", "·", "1.1", "和1", " 1",
         "1-", "1户", "十二是", "一是", "、", "篇", "每一", "二次"]
SMALL, LARGE = 10_000, 100_000
#: seconds one finditer over LARGE characters may take before it counts as a hang.  Linear
#: patterns need a few milliseconds; the quadratic ones this test caught needed minutes.
HANG_GUARD = 30


def _patterns():
    p = load_patterns()
    g = F.grammar()
    out = []
    for r in p.exclusions:
        if r.pattern is not None:
            out.append((f"exclusions:{r.id}", r.pattern, list(r.drop) + list(r.keep)))
    for i, (unit, nxt, to) in enumerate(p.units.recount):
        out.append((f"units:recount[{i}] {unit}→{to}", nxt, []))
    for name in ("unit_re", "mult_re", "inside_re", "after_re", "before_re", "money_re", "people_re",
                 "not_units_re", "strip_ws"):
        pat = getattr(g, name, None)
        if pat is not None:
            out.append((f"grammar:{name}", pat, []))
    for name in ("NUMBER", "ARABIC", "CHINESE", "WS", "RANGE_SEP", "VILLAGE_STEM", "ADDRESS_NUMBER"):
        if hasattr(F, name):
            out.append((f"figures:{name}", getattr(F, name), []))
    out += [("segment:SENTENCE_END", SENTENCE_END, []), ("segment:CLAUSE_END", CLAUSE_END, [])]
    return out


PATTERNS = _patterns()
#: patterns used only with .match at one position (after a number), never scanned with finditer
ANCHORED = {"figures:RANGE_SEP", "figures:WS", "grammar:unit_re", "grammar:mult_re", "grammar:inside_re",
            "grammar:after_re", "grammar:not_units_re"} | {n for n, _, _ in PATTERNS if n.startswith("units:recount")}


def _families(examples):
    fam = list(ATOMS)
    for ex in examples:
        ex = normalise(ex)
        fam += [ex, ex[:-1]] if len(ex) > 1 else [ex]
    return fam


def _work(pat, text, anchored):
    """Matches and matched characters over ``text``: the output, linear in the input when the
    scan is; the regex timeout is the hang guard."""
    if anchored:
        # as the grammar uses it: one match attempt after every number-like position
        count = chars = 0
        for i in range(0, len(text), max(1, len(text) // 2000)):
            m = pat.match(text, i, timeout=HANG_GUARD)
            if m:
                count, chars = count + 1, chars + m.end() - m.start()
        return count, chars
    count = chars = 0
    for m in pat.finditer(text, timeout=HANG_GUARD):
        count, chars = count + 1, chars + m.end() - m.start()
    return count, chars


@pytest.mark.parametrize("name,pat,examples", PATTERNS, ids=[p[0] for p in PATTERNS])
def test_regex_work_is_linear(name, pat, examples):
    anchored = name in ANCHORED
    for atom in _families(examples):
        small, large = atom * (SMALL // len(atom) + 1), atom * (LARGE // len(atom) + 1)
        try:
            c1, n1 = _work(pat, small, anchored)
            c2, n2 = _work(pat, large, anchored)
        except TimeoutError:  # pragma: no cover - the failure this test exists for
            pytest.fail(f"{name}: no result within {HANG_GUARD} s on {len(large)} × {atom!r}: "
                        f"super-linear backtracking")
        ratio = len(large) / len(small)
        # ten times the input gives at most ten times (plus a constant) the matches and matched text
        assert c2 <= ratio * c1 + 10 and n2 <= ratio * n1 + 10 * len(atom) + 100, (name, atom, c1, c2, n1, n2)


def test_anchored_patterns_are_only_matched_at_a_position():
    """RANGE_SEP & co. are quadratic under finditer over runs of blanks, but the grammar only
    calls ``.match`` once after each number: guard that this stays so."""
    src = Path(F.__file__).read_text(encoding="utf-8")
    for name in ("RANGE_SEP", "WS", "unit_re", "mult_re", "inside_re", "after_re"):
        assert not regex.search(rf"\b{name}\.(?:finditer|findall|search|sub)\(", src), name


GUARD_SCRIPT = r"""
import json, random, sys, time
from fupin_extract.figures import find_figures
from fupin_extract.pipeline import process_document
from fupin_extract.model import Document
random.seed(7)
def han(): return chr(random.randint(0x4e00, 0x9fa5))
def families(N):
  return {
    "villages then groups": "".join(han() + han() + "村，" for _ in range(N // 4)) + "3组，" * (N // 4),
    "village address runs": "龙池村8组" * (N // 5),
    "figures in one sentence": "贫困户1户" * (N // 5),
    "qizhong": "其中1户" * (N // 4),
    "bare wan after money": "资金1万" * (N // 4),
    "ranges": "3-5万元" * (N // 5),
    "percent words": "百分之" * (N // 3),
  }
out = {}
# the figure grammar at a size where the O(n²) scans it once had take minutes
for name, text in families(int(sys.argv[1])).items():
    print(name, flush=True)
    out[name] = len(find_figures(text, "d"))
# the whole pipeline (metadata and meaning too) at a smaller size
for name, text in families(int(sys.argv[2])).items():
    print(name, "(document)", flush=True)
    out[name + " (document)"] = sum(len(r.figures) for r in process_document(Document("d", text)))
print(json.dumps(out))
"""


def test_python_level_scans_do_not_hang():
    """find_figures and process_document over families that once were O(n²) in Python code
    (a scan of every village per number, a page copied into every figure): a subprocess with
    a wall limit as the hang guard; the figure counts are the asserted outcome."""
    N, n = 200_000, 8_000
    try:
        proc = subprocess.run([sys.executable, "-c", GUARD_SCRIPT, str(N), str(n)], capture_output=True,
                              text=True, timeout=240, cwd=ROOT)
    except subprocess.TimeoutExpired as e:  # pragma: no cover - the failure this test exists for
        pytest.fail(f"hang guard: still running after 240 s in {(e.stdout or b'').splitlines()[-1:]}")
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    for size, suffix in ((N, ""), (n, " (document)")):
        assert got["villages then groups" + suffix] == size // 4  # 3组 after a comma counts groups
        assert got["village address runs" + suffix] == 0  # 龙池村8组 is an address
        assert got["figures in one sentence" + suffix] == size // 5
        assert got["qizhong" + suffix] == size // 4
        assert got["bare wan after money" + suffix] == size // 4
        assert got["ranges" + suffix] == size // 5
        assert got["percent words" + suffix] == 0


# --------------------------------------------------------------------------- time budget, chunks
def test_time_budget_turns_a_slow_document_into_an_error_row(monkeypatch):
    """A document that overruns its budget becomes an error row; the others are processed.
    The clock is a fake one that a slow step moves on: no real time is measured."""
    now = [0.0]
    monkeypatch.setattr(pipeline.time, "monotonic", lambda: now[0])
    real_describe = pipeline.describe

    def describe(doc, n, *index):
        if doc.doc_id == "slow":
            now[0] += 1000.0
        return real_describe(doc, n, *index)

    monkeypatch.setattr(pipeline, "describe", describe)
    docs = [Document("a", "全乡共核定省定贫困户36户84人"), Document("slow", "脱贫5户"), Document("b", "资金715万元")]
    out = pipeline.extract_partition(docs, time_budget=120)
    assert out["figures"]["doc"].tolist() == ["a", "a", "b"]
    assert out["documents"]["doc"].tolist() == ["a", "b"]
    err = out["errors"].to_dict("records")
    assert [(e["doc"], e["stage"], e["error_type"]) for e in err] == [("slow", "extract", "TimeoutError")]
    assert "time budget of 120 s" in err[0]["message"]
    # no budget: the same slow document goes through
    assert len(pipeline.extract_partition(docs, time_budget=0)["errors"]) == 0


def test_time_budget_is_checked_between_chunks(monkeypatch):
    now = [0.0]

    def tick():
        now[0] += 1.0
        return now[0]

    monkeypatch.setattr(pipeline.time, "monotonic", tick)
    text = "贫困户36户。" * 1000
    with pytest.raises(TimeoutError, match="before chunk"):
        pipeline.process_document(Document("d", text), time_budget=5, chunk_chars=100)


def _key(results):
    return [(r.doc.doc_id, [tuple(f.as_dict().values()) for f in r.figures], r.document_row()) for r in results]


VARIANTS = {
    "as written": lambda t: t,
    "no sentence stops": lambda t: t.translate(str.maketrans("。！？；;!?", "，，，，，，，")),
    "one line": lambda t: t.translate(str.maketrans("。！？；;!?\n", "，，，，，，，，")),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("path", sorted(CORPORA.glob("*.txt")), ids=lambda p: p.stem)
def test_chunked_figures_equal_unchunked(path, variant):
    """Forcing tiny chunks gives the same figures (offsets, values, sentences, meaning) as one
    pass; without stops the cuts fall after line breaks or at a fixed width."""
    text = VARIANTS[variant](path.read_text(encoding="utf-8"))
    ref = _key(pipeline.process_document(Document(path.stem, text), chunk_chars=0))
    assert ref[0][1], "a corpus report without figures"
    n = normalise(text)
    for size in sorted({min(150, len(n) // 3), min(1000, len(n) // 2)}):  # short web passages too
        assert len(pipeline.chunk_bounds(n, size)) > 1
        assert _key(pipeline.process_document(Document(path.stem, text), chunk_chars=size)) == ref, size


def test_large_document_is_chunked_with_the_same_figures():
    """Over a megabyte of real report text: several chunks by default, the same figures as a
    single pass of the grammar, offsets into the whole text."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPORA.glob("*.txt")))
    big = "\n".join([text] * (pipeline.CHUNK_CHARS // len(text) + 2))
    n = normalise(big)
    assert len(pipeline.chunk_bounds(n, pipeline.CHUNK_CHARS)) >= 2
    clock = pipeline._Clock("big", 0)
    chunked = pipeline.figures_in_chunks(big, n, "big", pipeline.CHUNK_CHARS, clock)
    whole = F.find_figures(big, "big", normalised=n)
    assert [tuple(f.as_dict().values()) for f in chunked] == [tuple(f.as_dict().values()) for f in whole]
    assert all(big[f.start:f.end] == f.text for f in chunked)


def test_chunk_bounds_cover_the_text_and_cut_after_stops():
    text = normalise((CORPORA / "daming-2021.txt").read_text(encoding="utf-8"))
    b = pipeline.chunk_bounds(text, 500)
    assert b[0][0] == 0 and b[-1][1] == len(text) and all(x[1] == y[0] for x, y in zip(b, b[1:]))
    assert all(text[e - 1] in "。！？!?；;\n" for _, e in b[:-1])
    # no stop at all: fixed-width cuts
    assert pipeline.chunk_bounds("字" * 1000, 300) == [(0, 300), (300, 600), (600, 900), (900, 1000)]


# --------------------------------------------------------------------------- village groups
from hypothesis import given, settings, strategies as st  # noqa: E402

UNITS = ("组", "社", "队")


@pytest.mark.parametrize("text", [
    "1" * LARGE + "组", "1 " * (LARGE // 2) + "组", "组1" * (LARGE // 2), "一" * LARGE + "组",
    "1" + " " * LARGE + "组", ("12组" * (LARGE // 3)), "十" * LARGE, "组" * LARGE, "一2 组三四五六队 社",
])
def test_village_group_numbers_found_backwards_equal_the_forward_pattern(text):
    """figures.address_numbers (from the units backwards) gives ADDRESS_NUMBER's spans."""
    assert list(F.address_numbers(text, UNITS)) == [m.span() for m in F.ADDRESS_NUMBER.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="123一二十两 \n组社队村小", max_size=60))
def test_village_group_numbers_property(text):
    assert list(F.address_numbers(text, UNITS)) == [m.span() for m in F.ADDRESS_NUMBER.finditer(text)]
    units = ("小组", "组")  # a unit that starts inside another
    assert list(F.address_numbers(text, units)) == [m.span() for m in F._address_numbers(units).finditer(text)]
