"""spaCy view of a report: jieba words in a ``Doc``, figures as ``doc.spans["figures"]``.

The batch path never builds a ``Doc``; this is for researchers who work with spaCy::

    >>> import spacy
    >>> from fupin_extract.spacy_component import make_nlp
    >>> nlp = make_nlp()
    >>> doc = nlp("全乡共核定省定贫困户36户84人")
    >>> [(s.text, s.label_, s._.value) for s in doc.spans["figures"]]
    [('36户', 'poor_households', 36.0), ('84人', 'poor_population', 84.0)]

or, with any pipeline: ``nlp.add_pipe("fupin_figures")`` (registered through the
``spacy_factories`` entry point).  Show them with
``spacy.displacy.render(doc, style="span", options={"spans_key": "figures"})``.
"""
from __future__ import annotations

from typing import List, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .model import Document
from .pipeline import process_document
from .segment import tokens as segment_tokens

SPAN_KEY = "figures"
_ATTRS = ("value", "value_max", "unit", "qualifier", "indicator", "scope", "period", "rule", "char_start", "char_end")

for _a in _ATTRS:
    if not Span.has_extension(_a):
        Span.set_extension(_a, default=None)


def _figures(text: str):
    return [f for r in process_document(Document(doc_id="spacy", text=text)) for f in r.figures]


class FigureTokenizer:
    """Words from jieba (with the domain dictionary), cut so that every figure is whole tokens."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        cuts = sorted({0, len(text)} | {x for f in _figures(text) for x in (f.start, f.end)})
        words: List[str] = []
        for a, b in zip(cuts, cuts[1:]):
            if b > a:
                words.extend(w for w in segment_tokens(text[a:b]) if w)
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        assert doc.text == text
        return doc

    def to_bytes(self, **kwargs) -> bytes:  # spaCy serialisation hooks: nothing to save
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "FigureTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs) -> "FigureTokenizer":
        return self


class FiguresComponent:
    """Pipeline component: puts every figure of ``doc.text`` into ``doc.spans["figures"]``."""

    def __init__(self, nlp: Optional[Language] = None, name: str = "fupin_figures"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for f in _figures(doc.text):
            span = doc.char_span(f.start, f.end, label=f.indicator or "figure", alignment_mode="expand")
            if span is None:
                continue
            span._.value = float(f.value)
            span._.value_max = float(f.value_max) if f.value_max is not None else None
            for a in ("unit", "qualifier", "indicator", "scope", "period", "rule"):
                setattr(span._, a, getattr(f, a))
            span._.char_start, span._.char_end = f.start, f.end
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


def make_figures_component(nlp: Language, name: str) -> FiguresComponent:
    """Factory for ``nlp.add_pipe("fupin_figures")``."""
    return FiguresComponent(nlp, name)


if "fupin_figures" not in Language.factories:
    Language.factory("fupin_figures")(make_figures_component)


def make_nlp() -> Language:
    """A blank Chinese pipeline whose tokenizer keeps figures whole, with ``fupin_figures`` added."""
    import spacy

    nlp = spacy.blank("xx")
    nlp.tokenizer = FigureTokenizer(nlp.vocab)
    nlp.add_pipe("fupin_figures")
    return nlp


def to_spacy(text: str) -> Doc:
    """The spaCy ``Doc`` of ``text`` with figures as spans (see :func:`make_nlp`)."""
    return make_nlp()(text)
