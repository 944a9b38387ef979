"""Sentences, clauses and words.

Sentences and clauses are found with character rules (fast, offset-exact).  Words come
from jieba's dictionary and algorithm plus the domain user dictionary in
``patterns/dictionary.txt``: by default through rjieba (the same dictionary and algorithm
in Rust, ~20× faster), falling back to jieba itself.  Only the clauses around figures are
segmented on the batch path; :func:`tokens` segments any text on demand.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import List, Tuple

import regex

from fupin_extract.rules.loader import load_patterns
from fupin_extract.rules.text import text_rules

SENTENCE_END = text_rules().regex("sentence_end", run=True)
CLAUSE_END = text_rules().regex("figure_clause_end")


class Sentences:
    """Sentence boundaries of a text, for finding the sentence around an offset."""

    def __init__(self, text: str):
        self.text = text
        starts = [0]
        for m in SENTENCE_END.finditer(text):
            starts.append(m.end())
        self.starts = starts

    def around(self, pos: int) -> Tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        start = self.starts[i]
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        # trim leading white space, keep the terminator
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1] == "\n":
            end -= 1
        return start, end


def clause_start(text: str, pos: int, floor: int = 0) -> int:
    """Start of the clause that contains ``pos`` (after the previous comma, colon …)."""
    i = pos - 1
    while i >= floor:
        if CLAUSE_END.match(text, i):
            return i + 1
        i -= 1
    return floor


@lru_cache(maxsize=1)
def _segmenter():
    words = load_patterns().dictionary
    try:
        import rjieba

        for w, freq, tag in words:
            rjieba.add_word(w, freq, tag)
        return rjieba.cut
    except ImportError:  # pragma: no cover - rjieba is a dependency; jieba is the fallback
        import jieba

        for w, freq, tag in words:
            jieba.add_word(w, freq, tag)
        return lambda s: jieba.lcut(s)


@lru_cache(maxsize=1)
def jieba_tokenizer():
    """jieba itself with the domain dictionary loaded (for spaCy and comparisons)."""
    import jieba

    jieba.setLogLevel(60)
    tk = jieba.Tokenizer()
    for w, freq, tag in load_patterns().dictionary:
        tk.add_word(w, freq, tag)
    return tk


def tokens(text: str) -> List[str]:
    """Segment text into words with the domain dictionary; ``"".join(tokens(t)) == t``."""
    toks = list(_segmenter()(text))
    if "".join(toks) != text:  # never trust a segmenter to rebuild the text
        toks = jieba_tokenizer().lcut(text)
    return toks


def token_bounds(text: str) -> set:
    """Offsets (relative to ``text``) where a word starts or ends."""
    out = {0}
    pos = 0
    for t in tokens(text):
        pos += len(t)
        out.add(pos)
    return out
