"""The table of contents: one document through the steps, in order.

=========  ===========================  ==================================================
step       module                       what it gives
=========  ===========================  ==================================================
load       ``load/``                    files, formats, decoding → :class:`Document` (before)
split      ``load/split.py``            :func:`split_reports`: one document per report
normalise  ``normalise.py``             :func:`normalise`: the matching copy, offsets kept
segment    ``segment.py``               :class:`TextIndex`: sentences, clauses, lists, chunks
figures    ``figures/chunks.py``        :func:`figures_in_chunks`: the grammar of ``figures/find.py``
describe   ``meaning/metadata.py``      :func:`describe`: the report's place, level, year …
meaning    ``meaning/attach.py``        :func:`attach_meaning`: indicator, scope, period
tables     ``tables/frames.py``         the figures, documents and errors tables
=========  ===========================  ==================================================

(The audit, ``audit/``, and the writers, ``export/``, read the tables.)  The rule files of
``patterns/`` are read by ``rules/``, below every step.  :func:`process_document` runs the steps
on one document; :func:`extract_partition` is the per-chunk function of the batch runner: a list
of documents in, a dict of DataFrames out, with no state kept between calls, so Dask, Ray or
Spark can call it as it is.  Time and memory budgets: :mod:`fupin_extract.budget`.
"""
from __future__ import annotations

import time  # noqa: F401  (tests move the clock through pipeline.time)
import traceback
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Union

import pandas as pd

from fupin_extract import segment
from fupin_extract.budget import CHUNK_CHARS, MEMORY_BUDGET, TIME_BUDGET, memory_guard
from fupin_extract.budget import Clock as _Clock
from fupin_extract.budget import limit_address_space  # noqa: F401  (its old home)
from fupin_extract.figures.chunks import CHUNK_CONTEXT, figures_in_chunks  # noqa: F401
from fupin_extract.figures.find import MAX_SENTENCE, grammar
from fupin_extract.meaning.attach import attach_meaning
from fupin_extract.meaning.metadata import describe, split_reports
from fupin_extract.model import Document, Figure, LoadError
from fupin_extract.normalise import normalise
from fupin_extract.segment import MAX_CLAUSE, TextIndex, bounded_clauses, chunk_bounds  # noqa: F401
from fupin_extract.segment import HARD_STOPS as _HARD_STOPS, LONG_RUN as _LONG_RUN  # noqa: F401
from fupin_extract.tables.frames import documents_frame, errors_frame, figures_frame


#: the metadata fields of describe() that the documents table carries, in its order
META_COLUMNS = ("place", "level", "county", "province", "date", "year",
                "place_standard", "place_rule", "year_rule", "year_offset", "year_issue")


@dataclass
class DocResult:
    doc: Document
    figures: List[Figure]
    meta: Dict[str, object] = field(default_factory=dict)

    def document_row(self) -> dict:
        d = self.doc
        row = {"doc": d.doc_id, "path": d.path, "format": d.format, "encoding": d.encoding, "title": d.title if d.title and d.format != "txt" else self.meta.get("title") or d.title,
               "n_chars": len(d.text), "offset": d.offset, "n_figures": len(self.figures)}
        for k in META_COLUMNS:
            row[k] = self.meta.get(k)
        return row


def process_document(doc: Document, *, time_budget: Optional[float] = None,
                     chunk_chars: Optional[int] = None) -> List[DocResult]:
    """All figures and the metadata of one document (several when the file holds several reports).

    Raises :class:`TimeoutError` when the document takes longer than ``time_budget`` seconds
    (default :data:`TIME_BUDGET`); texts longer than ``chunk_chars`` (default
    :data:`CHUNK_CHARS`) are searched in chunks cut at sentence stops, with the same figures.
    """
    clock = _Clock(doc.doc_id, TIME_BUDGET if time_budget is None else time_budget)
    size = CHUNK_CHARS if chunk_chars is None else chunk_chars
    results = []
    for part in split_reports(doc):                                          # meaning/metadata.py
        clock.check("after splitting reports")
        n = normalise(part.text)                                             # normalise.py
        index = TextIndex(n)                                                 # segment.py
        figs = figures_in_chunks(part.text, n, part.doc_id, size, clock, index)  # figures/
        clock.check("after finding figures")
        meta = describe(part, n, index)                                           # meaning/metadata.py
        clock.check("after describing the report")
        figs = attach_meaning(figs, part.text, _meaning_text(n, figs), meta, index=index)  # meaning/
        clock.check("after attaching meaning")
        results.append(DocResult(part, figs, meta))
    return results


def _meaning_text(n: str, figs: List[Figure]) -> str:
    """``n`` for the meaning step: a clipped sentence window (no stop for MAX_SENTENCE
    characters) is the sign of a long run; only then is the text scanned for runs without
    clause stops, and those get one (:func:`segment.bounded_clauses`)."""
    long_run = any(len(f.sentence) >= MAX_SENTENCE for f in figs)
    return bounded_clauses(n, figs) if long_run else n


def warm() -> None:
    """Load jieba's dictionary, the domain words and the figure grammar once per process."""
    segment._segmenter()
    segment.tokens("建档立卡贫困户")
    grammar()
    process_document(Document("warm", "全乡贫困户36户84人，投入资金715万元。"), time_budget=0)


def error_row(doc_id: str, path: str, stage: str, exc: BaseException) -> dict:
    if isinstance(exc, LoadError):
        return {"doc": doc_id, "path": exc.path or path, "stage": exc.stage, "error_type": "LoadError",
                "message": exc.reason}
    return {"doc": doc_id, "path": path, "stage": stage, "error_type": type(exc).__name__, "message": str(exc)}


def extract_partition(items: Iterable[Union[Document, LoadError]], *, time_budget: Optional[float] = None,
                      chunk_chars: Optional[int] = None, texts: bool = False,
                      memory_bytes: Optional[int] = MEMORY_BUDGET) -> Dict[str, pd.DataFrame]:
    """Process a chunk of documents (or load errors) into ``figures``, ``documents``, ``errors`` tables.

    A document that raises or exceeds its time budget becomes one row of ``errors`` (stage
    ``extract``; error_type ``TimeoutError`` for the budget) and the run goes on.  With
    ``texts=True`` a ``texts`` table (doc, text) holds the text of every report, the text its
    figures' offsets index (one row per part of a file that holds several reports).
    """
    if memory_bytes:
        warm()  # the native segmenter loads its dictionary outside the guard (Rust aborts on OOM)
    all_figures: List[Figure] = []
    doc_rows: List[dict] = []
    err_rows: List[dict] = []
    text_rows: List[tuple] = []
    for item in items:
        if isinstance(item, LoadError):
            err_rows.append(error_row(item.doc_id, item.path, item.stage, item))
            continue
        try:
            with memory_guard(memory_bytes):
                results = process_document(item, time_budget=time_budget, chunk_chars=chunk_chars)
        except Exception as e:  # one bad document never ends a run
            row = error_row(item.doc_id, item.path or "", "extract", e)
            if isinstance(e, MemoryError):
                row["message"] = (f"out of memory: the document needed more than its budget of {memory_bytes} bytes "
                                  f"(Limits.max_document_bytes) or the worker's (Limits.max_worker_bytes)")
            else:
                row["message"] = f"{row['message']} ({traceback.format_exc(limit=1).strip().splitlines()[-1]})"
            err_rows.append(row)
            if texts:
                text_rows.extend(_part_texts(item))
            continue
        for r in results:
            all_figures.extend(r.figures)
            doc_rows.append(r.document_row())
            if texts:
                text_rows.append((r.doc.doc_id, r.doc.text))
    out = {
        "figures": figures_frame(all_figures),
        "documents": documents_frame(doc_rows),
        "errors": errors_frame(err_rows),
    }
    if texts:
        out["texts"] = pd.DataFrame(text_rows, columns=["doc", "text"])
    return out


def _part_texts(doc: Document) -> List[tuple]:
    """(doc id, text) of the reports in a document whose extraction failed."""
    try:
        return [(p.doc_id, p.text) for p in split_reports(doc)]
    except Exception:
        return [(doc.doc_id, doc.text)]
