"""`fupin-extract eval` prints what score.py prints; the spaCy view holds the same figures."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXE = Path(sys.executable).parent / "fupin-extract"


def test_eval_prints_the_same_numbers_as_score_py(tmp_path):
    jsonl = tmp_path / "f.jsonl"
    with open(jsonl, "w", encoding="utf-8") as fh:
        subprocess.run([str(EXE), "extract", str(ROOT / "corpora"), "--format", "jsonl"], stdout=fh, check=True)
    ref = subprocess.run([sys.executable, str(ROOT / "tests/gold/score.py"), "figures", str(ROOT / "tests/gold"), str(jsonl)],
                         capture_output=True, text=True, check=True).stdout
    # eval also prints score.py's relations lines when the gold has relations (issue 13)
    audit = tmp_path / "a.jsonl"
    with open(audit, "w", encoding="utf-8") as fh:
        subprocess.run([str(EXE), "audit", str(ROOT / "corpora"), "--no-cross-report", "--format", "jsonl"],
                       stdout=fh, check=True)
    ref_rel = subprocess.run([sys.executable, str(ROOT / "tests/gold/score.py"), "relations", str(ROOT / "tests/gold"),
                              str(audit)], capture_output=True, text=True, check=True).stdout
    ours = subprocess.run([str(EXE), "eval", str(ROOT / "tests/gold"), str(ROOT / "corpora")],
                          capture_output=True, text=True, check=True).stdout
    assert ours == ref + ref_rel
    last = ref.strip().splitlines()[-1]
    # regression floors on all 40 gold documents (the meaning and numerals work raises them)
    assert float(last.split("F1=")[1].split(";")[0]) >= 0.99  # figure F1
    assert float(last.split("indicator P=")[1].split("F1=")[1].split(";")[0]) >= 0.69  # indicator F1


def test_spacy_doc_has_figures_as_spans():
    spacy = pytest.importorskip("spacy")
    from fupin_extract.integrations.spacy import make_nlp

    text = "全乡共核定省定贫困户36户84人，贫困发生率由2014年8.5%下降至目前的0.025%。"
    doc = make_nlp()(text)
    assert doc.text == text
    spans = doc.spans["figures"]
    assert [s.text for s in spans] == ["36户", "84人", "8.5%", "0.025%"]
    assert [s.label_ for s in spans] == ["poor_households", "poor_population", "poverty_incidence", "poverty_incidence"]
    assert spans[0]._.value == 36.0 and spans[0]._.unit == "户"
    assert [t.text for t in doc][:5] == ["全乡", "共", "核定", "省定", "贫困户"]
    html = spacy.displacy.render(doc, style="span", options={"spans_key": "figures"})
    assert "poor_households" in html


def test_spacy_factory_on_a_blank_pipeline():
    spacy = pytest.importorskip("spacy")
    import fupin_extract.integrations.spacy  # noqa: F401  (registers the factory)

    nlp = spacy.blank("zh")
    nlp.add_pipe("fupin_figures")
    doc = nlp("争取上级财政专项扶贫发展资金715万元")
    (span,) = doc.spans["figures"]
    assert span.text == "715万元" and span._.value == 7150000.0 and span.label_ == "poverty_funds"


def test_spacy_finds_the_component_through_its_entry_point():
    """A fresh process that never imports fupin_extract gets the factory from the entry point."""
    pytest.importorskip("spacy")
    code = ("import spacy; nlp = spacy.blank('zh'); nlp.add_pipe('fupin_figures'); "
            "doc = nlp('全乡共核定省定贫困户36户84人'); print([s.text for s in doc.spans['figures']])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['36户', '84人']"


# --------------------------------------------------------------------------- issue 17: a zh pipeline that keeps its promises
TEXT = "全乡共核定省定贫困户36户84人，争取资金715万元，贫困发生率由8.5%下降至0.025%。"


def _figure_texts(nlp, text=TEXT):
    doc = nlp(text)
    return [s.text for s in doc.spans["figures"]], [t.text for t in doc]


def test_make_nlp_is_a_zh_pipeline_that_round_trips_to_disk(tmp_path):
    spacy = pytest.importorskip("spacy")
    from fupin_extract.integrations.spacy import make_nlp

    nlp = make_nlp()
    assert nlp.lang == "zh"
    nlp.to_disk(tmp_path / "nlp")
    loaded = spacy.load(tmp_path / "nlp")
    assert loaded.lang == "zh" and loaded.pipe_names == ["fupin_figures"]
    assert _figure_texts(loaded) == _figure_texts(nlp)


def _count_extractions(monkeypatch):
    """Texts handed to the pipeline and to the figure grammar below it (a second extraction by either path shows)."""
    from fupin_extract.figures import chunks
    from fupin_extract.integrations import spacy as sc

    calls = {"process_document": [], "find_figures": []}
    real_process, real_find = sc.process_document, chunks.find_figures
    monkeypatch.setattr(sc, "process_document",
                        lambda doc, **kw: calls["process_document"].append(doc.text) or real_process(doc, **kw))
    monkeypatch.setattr(chunks, "find_figures",
                        lambda text, *a, **kw: calls["find_figures"].append(text) or real_find(text, *a, **kw))
    return calls


@pytest.mark.parametrize("how", ["make_nlp", "make_nlp.pipe", "blank zh + add_pipe"])
def test_a_document_is_extracted_once(monkeypatch, how):
    spacy = pytest.importorskip("spacy")
    from fupin_extract.integrations.spacy import make_nlp

    if how == "blank zh + add_pipe":  # jieba's tokenizer: the component extracts, once
        nlp = spacy.blank("zh")
        nlp.add_pipe("fupin_figures")
    else:
        nlp = make_nlp()
    calls = _count_extractions(monkeypatch)
    doc = next(iter(nlp.pipe([TEXT]))) if how.endswith(".pipe") else nlp(TEXT)
    assert [s.text for s in doc.spans["figures"]] == ["36户", "84人", "715万元", "8.5%", "0.025%"]
    assert calls == {"process_document": [TEXT], "find_figures": [TEXT]}


@pytest.mark.parametrize("figure", ["36户", "84人", "715万元", "8.5%", "0.025%"])
def test_figures_are_whole_tokens(figure):
    pytest.importorskip("spacy")
    from fupin_extract.integrations.spacy import make_nlp

    figures, tokens = _figure_texts(make_nlp())
    assert figure in figures and figure in tokens
