"""The figure grammar over a long text, in chunks cut at sentence stops (:func:`figures_in_chunks`).

Each chunk is searched with :data:`CHUNK_CONTEXT` characters of real text on either side, and
the village names of the whole text before it, so a chunk finds what the whole text would.
"""
from __future__ import annotations

from dataclasses import replace
from typing import List, Optional

from fupin_extract.budget import Clock
from fupin_extract.figures.find import MAX_SENTENCE, VILLAGE_STEM, find_figures
from fupin_extract.model import Figure
from fupin_extract.segment import TextIndex

#: characters of real text before and after each chunk that the grammar sees (look-behinds,
#: qualifiers, recount cues, quoted slogans across a stop, and the whole sentence of a figure
#: next to a cut without stops: more than figures.MAX_SENTENCE) without keeping its figures
CHUNK_CONTEXT = MAX_SENTENCE + 200


def village_context(n: str) -> str:
    """Village names of the whole text as ``<name>村。`` lines: the address exclusion of
    :mod:`figures` knows a document's villages from anywhere in it, a chunk must too."""
    stems = sorted({m.group(1) for m in VILLAGE_STEM.finditer(n)})
    return "".join(f"{s}村。" for s in stems)


def figures_in_chunks(text: str, n: str, doc_id: str, size: int, clock: Clock,
                      index: Optional[TextIndex] = None) -> List[Figure]:
    """:func:`find_figures` over chunks of ``text`` (the chunks of ``index``, the text index of
    ``n``); spans still index the whole ``text``."""
    index = index if index is not None and index.text is n else TextIndex(n)
    bounds = index.chunks(size)
    if len(bounds) == 1:
        return find_figures(text, doc_id, normalised=n, soft=index.soft_breaks)
    villages = village_context(n)
    out: List[Figure] = []
    owned_from = 0  # a figure across a forced cut is kept once, by the chunk it starts in
    for k, (a, b) in enumerate(bounds):
        clock.check(f"before chunk {k + 1} of {len(bounds)}")
        lo, hi = max(0, a - CHUNK_CONTEXT), min(len(n), b + CHUNK_CONTEXT)
        # the villages line ends with 。 like the stop before a chunk; it has no figures
        prefix = villages
        shift = lo - len(prefix)
        soft = index.soft_within(lo, hi, len(prefix) - lo)  # the document's soft wraps, not the chunk's own
        for f in find_figures(prefix + text[lo:hi], doc_id, normalised=prefix + n[lo:hi], soft=soft):
            start = f.start + shift
            if not (max(a, owned_from) <= start < b) or f.start < len(prefix):
                continue
            out.append(replace(f, start=start, end=f.end + shift,
                               sentence_start=max(0, f.sentence_start + shift)))
        if out:
            owned_from = out[-1].end
    return out
