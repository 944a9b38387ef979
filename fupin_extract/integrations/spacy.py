"""spaCy view of a report: jieba words in a ``Doc``, figures as ``doc.spans["figures"]``.

The batch path never builds a ``Doc``; this is for researchers who work with spaCy.
:func:`make_nlp` gives a ``zh`` pipeline whose tokenizer (``fupin_extract.FigureTokenizer.v1`` in
the registry, so that ``nlp.to_disk(path)`` then ``spacy.load(path)`` works once
``fupin_extract.integrations.spacy`` is imported or installed) finds the figures once, keeps every
figure ONE token (``36户`` is one token, not ``36`` + ``户``; the rest of the text is jieba words
with the domain dictionary), and hands the figures to the ``fupin_figures`` component, which does
not extract them again::

    >>> import spacy
    >>> from fupin_extract.integrations.spacy import make_nlp
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

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from fupin_extract.model import Document
from fupin_extract.pipeline import process_document
from fupin_extract.segment import tokens as segment_tokens

SPAN_KEY = "figures"
#: the registry name of the tokenizer (``[nlp.tokenizer] @tokenizers = …`` in a saved config)
TOKENIZER_NAME = "fupin_extract.FigureTokenizer.v1"
#: Doc extension where the tokenizer leaves the figures it found for the component
_CACHE = "fupin_figures_found"
if not Doc.has_extension(_CACHE):
    Doc.set_extension(_CACHE, default=None)
_ATTRS = ("value", "value_max", "unit", "qualifier", "indicator", "scope", "period", "rule", "char_start", "char_end")

for _a in _ATTRS:
    if not Span.has_extension(_a):
        Span.set_extension(_a, default=None)


def _figures(text: str):
    return [f for r in process_document(Document(doc_id="spacy", text=text)) for f in r.figures]


def _whole(figures) -> List[tuple]:
    """The figures' spans, left to right, without overlaps (the earlier, then longer, one wins)."""
    out: List[tuple] = []
    for f in sorted(figures, key=lambda f: (f.start, -f.end)):
        if f.end > f.start and (not out or f.start >= out[-1][1]):
            out.append((f.start, f.end))
    return out


def figure_words(text: str, figures) -> List[str]:
    """Words of ``text``: every figure one word, jieba words (domain dictionary) between them."""
    words: List[str] = []
    pos = 0
    for a, b in _whole(figures) + [(len(text), len(text))]:
        if a > pos:
            words.extend(w for w in segment_tokens(text[pos:a]) if w)
        if b > a:
            words.append(text[a:b])
        pos = max(pos, b)
    return words


class FigureTokenizer:
    """Finds the figures once; every figure is one token, jieba words between them."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        figures = _figures(text)
        words = figure_words(text, figures)
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        assert doc.text == text
        doc._.set(_CACHE, figures)  # the component uses these instead of extracting again
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
        found = doc._.get(_CACHE)
        doc._.set(_CACHE, None)
        for f in (found if found is not None else _figures(doc.text)):
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


@spacy.registry.tokenizers(TOKENIZER_NAME)
def create_tokenizer():
    """Registry entry of :class:`FigureTokenizer` (what a saved pipeline's config names)."""

    def make(nlp: Language) -> FigureTokenizer:
        return FigureTokenizer(nlp.vocab)

    return make


def make_nlp() -> Language:
    """A blank ``zh`` pipeline: :class:`FigureTokenizer` (figures one token each, found once),
    then ``fupin_figures``.  It round-trips through ``nlp.to_disk(path)`` / ``spacy.load(path)``."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    nlp.add_pipe("fupin_figures")
    return nlp


def to_spacy(text: str) -> Doc:
    """The spaCy ``Doc`` of ``text`` with figures as spans (see :func:`make_nlp`)."""
    return make_nlp()(text)
