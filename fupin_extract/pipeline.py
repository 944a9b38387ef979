"""One document in, rows out: the pure function every engine calls.

``load → normalise → segment → find figures → attach indicator, place and period → rows``.
:func:`extract_partition` is the per-chunk function of the batch runner: a list of
documents in, a dict of DataFrames (figures, documents, errors) out, with no state kept
between calls, so Dask, Ray or Spark can call it as it is.
"""
from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Union

import pandas as pd

from .figures import find_figures
from .meaning import attach_meaning
from .metadata import describe, split_reports
from .model import Document, Figure, LoadError
from .normalise import normalise
from .tables import documents_frame, errors_frame, figure_rows, figures_frame_from_rows


@dataclass
class DocResult:
    doc: Document
    figures: List[Figure]
    meta: Dict[str, object] = field(default_factory=dict)

    def document_row(self) -> dict:
        d = self.doc
        row = {"doc": d.doc_id, "path": d.path, "format": d.format, "encoding": d.encoding, "title": d.title,
               "n_chars": len(d.text), "n_figures": len(self.figures)}
        for k in ("place", "level", "county", "province", "date", "year"):
            row[k] = self.meta.get(k)
        return row


def process_document(doc: Document) -> List[DocResult]:
    """All figures and the metadata of one document (several when the file holds several reports)."""
    results = []
    for part in split_reports(doc):
        n = normalise(part.text)
        figs = find_figures(part.text, part.doc_id, normalised=n)
        meta = describe(part, n)
        figs = attach_meaning(figs, part.text, n, meta)
        results.append(DocResult(part, figs, meta))
    return results


def error_row(doc_id: str, path: str, stage: str, exc: BaseException) -> dict:
    if isinstance(exc, LoadError):
        return {"doc": doc_id, "path": exc.path or path, "stage": exc.stage, "error_type": "LoadError",
                "message": exc.reason}
    return {"doc": doc_id, "path": path, "stage": stage, "error_type": type(exc).__name__, "message": str(exc)}


def extract_partition(items: Iterable[Union[Document, LoadError]]) -> Dict[str, pd.DataFrame]:
    """Process a chunk of documents (or load errors) into ``figures``, ``documents``, ``errors`` tables."""
    fig_rows: List[dict] = []
    doc_rows: List[dict] = []
    err_rows: List[dict] = []
    for item in items:
        if isinstance(item, LoadError):
            err_rows.append(error_row("", item.path, item.stage, item))
            continue
        try:
            results = process_document(item)
        except Exception as e:  # one bad document never ends a run
            row = error_row(item.doc_id, item.path or "", "extract", e)
            row["message"] = f"{row['message']} ({traceback.format_exc(limit=1).strip().splitlines()[-1]})"
            err_rows.append(row)
            continue
        for r in results:
            fig_rows.extend(figure_rows(r.figures))
            doc_rows.append(r.document_row())
    return {
        "figures": figures_frame_from_rows(fig_rows),
        "documents": documents_frame(doc_rows),
        "errors": errors_frame(err_rows),
    }
