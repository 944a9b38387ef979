"""One document in, rows out: the pure function every engine calls.

``load → normalise → segment → find figures → attach indicator, place and period → rows``.
:func:`extract_partition` is the per-chunk function of the batch runner: a list of
documents in, a dict of DataFrames (figures, documents, errors) out, with no state kept
between calls, so Dask, Ray or Spark can call it as it is.
"""
from __future__ import annotations

import bisect
import contextlib
import os
import time
import traceback
from dataclasses import dataclass, field, replace
from typing import Dict, Iterable, List, Optional, Tuple, Union

import pandas as pd
import regex

from fupin_extract.figures.find import MAX_SENTENCE, VILLAGE_STEM, find_figures
from fupin_extract.meaning.attach import attach_meaning
from fupin_extract.meaning.metadata import describe, split_reports
from fupin_extract.model import Document, Figure, LoadError
from fupin_extract.normalise import normalise
from fupin_extract.rules.text import text_rules
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
               "n_chars": len(d.text), "n_figures": len(self.figures)}
        for k in META_COLUMNS:
            row[k] = self.meta.get(k)
        return row


def _env_number(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


#: seconds one document may take in the extract stage; beyond it the document becomes an
#: error row (stage ``extract``, error_type ``TimeoutError``).  0 or less: no limit.
#: ``$FUPIN_TIME_BUDGET`` overrides the default; ``process_document(time_budget=…)`` one call.
TIME_BUDGET: float = _env_number("FUPIN_TIME_BUDGET", 120.0)
#: documents longer than this (characters) are searched for figures in chunks of about this
#: size, cut after a sentence stop; the budget is checked between chunks.  ``$FUPIN_CHUNK_CHARS``.
CHUNK_CHARS: int = int(_env_number("FUPIN_CHUNK_CHARS", 1_000_000))
#: characters of real text before and after each chunk that the grammar sees (look-behinds,
#: qualifiers, recount cues, quoted slogans across a stop, and the whole sentence of a figure
#: next to a cut without stops: more than figures.MAX_SENTENCE) without keeping its figures
CHUNK_CONTEXT = MAX_SENTENCE + 200
#: address space one document may add while extracted (bytes); see Limits.max_document_bytes
MEMORY_BUDGET: int = int(_env_number("FUPIN_MEMORY_BUDGET", 3 * 1024 ** 3))
_HARD_STOPS = text_rules().chars("chunk_cut")
#: a run of this many characters without a clause stop (，、。；…) is cut for the meaning step
#: (a 10 MB line of figures without a comma made that step quadratic in memory and time)
MAX_CLAUSE = 200
_LONG_RUN = regex.compile(text_rules().bracket("clause_end", negate=True) + "{%d,}" % (MAX_CLAUSE + 1))
_RUN = regex.compile(text_rules().bracket("clause_end", negate=True) + "+")
_STOP_RUN = set(text_rules().chars("sentence_end"))


class _Clock:
    """Elapsed time of one document against its budget (checked between steps, no signals)."""

    def __init__(self, doc_id: str, budget: float):
        self.doc_id, self.budget = doc_id, budget
        self.t0 = time.monotonic()

    def check(self, where: str) -> None:
        if self.budget > 0:
            elapsed = time.monotonic() - self.t0
            if elapsed > self.budget:
                raise TimeoutError(f"document {self.doc_id!r} exceeded the time budget of {self.budget:g} s "
                                   f"({elapsed:.1f} s, stopped {where}; see pipeline.TIME_BUDGET)")


def chunk_bounds(n: str, size: int) -> List[Tuple[int, int]]:
    """Cut ``n`` into pieces of about ``size`` characters, each ending after a sentence stop
    (。！？；) and the stops and line breaks that follow it; failing that, after a line break;
    failing that (a page without stops), at ``size``."""
    L = len(n)
    if size <= 0 or L <= size:
        return [(0, L)]
    out = []
    a = 0
    while L - a > size:
        t = a + size
        lo = a + size // 2
        cut = max((n.rfind(c, lo, t) for c in _HARD_STOPS), default=-1)
        if cut < 0:
            cut = n.rfind("\n", lo, t)
        cut = cut + 1 if cut >= 0 else t
        while cut < L and n[cut] in _STOP_RUN and cut - a < 2 * size:
            cut += 1
        out.append((a, cut))
        a = cut
    out.append((a, L))
    return out


def _village_context(n: str) -> str:
    """Village names of the whole text as ``<name>村。`` lines: the address exclusion of
    :mod:`figures` knows a document's villages from anywhere in it, a chunk must too."""
    stems = sorted({m.group(1) for m in VILLAGE_STEM.finditer(n)})
    return "".join(f"{s}村。" for s in stems)


def figures_in_chunks(text: str, n: str, doc_id: str, size: int, clock: _Clock) -> List[Figure]:
    """:func:`find_figures` over chunks of ``text``; spans still index the whole ``text``."""
    bounds = chunk_bounds(n, size)
    if len(bounds) == 1:
        return find_figures(text, doc_id, normalised=n)
    villages = _village_context(n)
    out: List[Figure] = []
    owned_from = 0  # a figure across a forced cut is kept once, by the chunk it starts in
    for k, (a, b) in enumerate(bounds):
        clock.check(f"before chunk {k + 1} of {len(bounds)}")
        lo, hi = max(0, a - CHUNK_CONTEXT), min(len(n), b + CHUNK_CONTEXT)
        # the villages line ends with 。 like the stop before a chunk; it has no figures
        prefix = villages
        shift = lo - len(prefix)
        for f in find_figures(prefix + text[lo:hi], doc_id, normalised=prefix + n[lo:hi]):
            start = f.start + shift
            if not (max(a, owned_from) <= start < b) or f.start < len(prefix):
                continue
            out.append(replace(f, start=start, end=f.end + shift,
                               sentence_start=max(0, f.sentence_start + shift)))
        if out:
            owned_from = out[-1].end
    return out


def bounded_clauses(n: str, figures: List[Figure], max_run: int = MAX_CLAUSE) -> str:
    """``n`` with a clause stop (，) put in every ``max_run // 2`` or so characters of a run
    that has none: after the end of a figure there when one ends in the window, else at the
    window's end.  One character for one, so offsets hold; ``n`` itself when no run is that long."""
    runs = [m.span() for m in _RUN.finditer(n) if m.end() - m.start() > max_run]  # linear: one try per run
    if not runs:
        return n
    starts = {f.start for f in figures}
    ends = sorted({f.end for f in figures} - starts)  # the character after a figure, not the next one's first
    chars = list(n)
    step = max(1, max_run // 2)
    for a, b in runs:
        pos = a
        while b - pos > max_run:
            k = bisect.bisect_left(ends, pos + step)
            cut = ends[k] if k < len(ends) and ends[k] < min(b - 1, pos + max_run) else pos + step
            chars[cut] = "，"
            pos = cut + 1
    return "".join(chars)


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
    for part in split_reports(doc):
        clock.check("after splitting reports")
        n = normalise(part.text)
        figs = figures_in_chunks(part.text, n, part.doc_id, size, clock)
        clock.check("after finding figures")
        meta = describe(part, n)
        clock.check("after describing the report")
        # a clipped sentence window (no stop for MAX_SENTENCE characters) is the sign of a long
        # run; only then is the text scanned for runs without clause stops
        long_run = any(len(f.sentence) >= MAX_SENTENCE for f in figs)
        figs = attach_meaning(figs, part.text, bounded_clauses(n, figs) if long_run else n, meta)
        clock.check("after attaching meaning")
        results.append(DocResult(part, figs, meta))
    return results


def warm() -> None:
    """Load jieba's dictionary, the domain words and the figure grammar once per process."""
    from fupin_extract.figures import find as figures
    from fupin_extract import segment

    segment._segmenter()
    segment.tokens("建档立卡贫困户")
    figures.grammar()
    process_document(Document("warm", "全乡贫困户36户84人，投入资金715万元。"), time_budget=0)


def _address_space() -> Optional[int]:
    """Bytes of address space this process maps now (Linux), else None."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def limit_address_space(limit: int) -> None:
    """Cap this process's address space (``RLIMIT_AS``, soft) at ``limit`` bytes, never above
    the hard limit nor above a lower cap already set."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    new = min(x for x in (limit, soft, hard) if x != resource.RLIM_INFINITY) if limit else soft
    if new != soft:
        resource.setrlimit(resource.RLIMIT_AS, (new, hard))


@contextlib.contextmanager
def memory_guard(budget: Optional[int]):
    """While the block runs, the process may map at most ``budget`` more bytes: beyond that
    an allocation raises MemoryError (Python's, numpy's, pyarrow's) instead of exhausting the
    machine.  The previous limit is restored afterwards.  No-op without ``budget`` or /proc."""
    now = _address_space() if budget else None
    if now is None:
        yield
        return
    import resource

    old = resource.getrlimit(resource.RLIMIT_AS)
    limit_address_space(now + budget)
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, old)


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
