"""Archives at scale: a process pool (or Dask) over chunks of files, one Parquet shard per chunk.

The unit of work is a *chunk*: consecutive input files in sorted path order (``chunk_size``
files; an archive counts as one file, except a zip of more than ``chunk_size`` members: it
is cut into slices of ``chunk_size`` members, one chunk each, so that one large archive
still uses every worker).  Each chunk becomes one shard of each table::

    DIR/figures/part-00000.parquet     DIR/documents/part-00000.parquet
    DIR/errors/part-00000.parquet      DIR/_chunks/part-00000.json   (done marker)
    DIR/manifest.json

Chunks are numbered in sorted path order and shards are named by that number, so the
tables read back (:func:`read_output`) are the same rows in the same order whatever the
number of workers or the engine.  A chunk's *key* hashes its files (path, doc-id root, size,
mtime), the limits and a fingerprint of the code and the pattern files; ``resume=True``
re-runs only chunks whose marker is missing or has another key, so a killed run restarted
gives the same tables as an uninterrupted one.  Shards and markers are written to a
temporary name and renamed, so a killed run never leaves half a shard behind.

The per-chunk function is :func:`process_chunk` (files or documents in, a dict of
DataFrames out, no state between calls): Ray, Spark or any other engine can call it as it
is.  A document that fails becomes an ``errors`` row; a worker process that dies takes only
its chunk with it: that chunk is retried once on its own, then recorded as errors.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import time
from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple, Union

import pandas as pd

from fupin_extract.load.files import DEFAULT_LIMITS, FileRef, Limits, file_refs, iter_files, read_refs
from fupin_extract.model import Document, LoadError, PatternError, UsageError, clean_text
from fupin_extract.pipeline import extract_partition, limit_address_space
from fupin_extract.pipeline import warm as warm_pipeline
from fupin_extract.rules.loader import patterns_dir
from fupin_extract.tables import frames as table_frames

TABLES = ("figures", "documents", "errors")
DEFAULT_CHUNK_SIZE = 200
MANIFEST = "manifest.json"
MARKERS = "_chunks"
LOCK = ".fupin-extract.lock"
FORMAT_VERSION = 1

# --------------------------------------------------------------------------- the per-chunk function
def warm() -> None:
    """Load jieba's dictionary, the domain words, the figure grammar and the meaning rules once per process."""
    warm_pipeline()


def _one_line(text: str) -> str:
    s = " ".join(str(text).split())
    return s if len(s) <= 300 else s[:297] + "..."


def _warm_quietly() -> None:
    """Pool initializer: exit with the parent (see :func:`exit_with_parent`), then warm up;
    warming is an optimisation: a real problem (a bad pattern file) surfaces in the chunk
    itself as a PatternError and ends the run there."""
    exit_with_parent()
    try:
        warm()
    except Exception:
        pass


def exit_with_parent(interval: float = 1.0) -> None:
    """In a worker process: a daemon thread that ends the process when the parent that started
    it is gone (killed with SIGKILL, say), so no worker outlives its run.  No-op elsewhere."""
    import multiprocessing
    import threading

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        while parent.is_alive() and os.getppid() != 1:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="fupin-exit-with-parent", daemon=True).start()


class Terminated(KeyboardInterrupt):
    """SIGTERM during a run: raised in the main thread so that the pool, the lock and the
    manifest are cleaned up as for Ctrl-C (the command exits 130; ``--resume`` goes on)."""


@contextlib.contextmanager
def _sigterm_ends_the_run():
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, frame):
        raise Terminated(f"terminated by signal {signum}")

    old = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


def load_files(files: Iterable[FileRef], limits: Limits = DEFAULT_LIMITS) -> List[Union[Document, LoadError]]:
    """Documents of the given ``(path, doc id)`` files, a :class:`LoadError` for each that fails
    (:func:`fupin_extract.load.files.read_refs`: the reading of :func:`fupin_extract.load.iter_documents`)."""
    return list(read_refs(files, limits))


def _as_items(items: Iterable[object], limits: Limits) -> List[Union[Document, LoadError]]:
    out: List[Union[Document, LoadError]] = []
    for it in items:
        if isinstance(it, (Document, LoadError)):
            out.append(it)
        elif isinstance(it, tuple):  # (path, doc id) or (path, doc id, (a, b)): a FileRef
            out.extend(load_files([(str(it[0]), str(it[1])) + tuple(it[2:3])], limits))
        elif isinstance(it, (str, Path)):
            out.extend(load_files(file_refs([it]), limits))
        else:
            raise TypeError(f"process_chunk: cannot process {type(it).__name__}; give paths, (path, root) pairs or Documents")
    return out


def process_chunk(items: Iterable[object], limits: Limits = DEFAULT_LIMITS, *, texts: bool = False) -> Dict[str, pd.DataFrame]:
    """One chunk → ``{"figures", "documents", "errors"}`` DataFrames (plus ``"texts"`` if asked).

    ``items`` may mix :class:`Document` and :class:`LoadError` records, file or folder paths
    (doc ids as :func:`fupin_extract.read` gives them) and ``(path, doc_id)`` pairs.  Pure: no state is kept between calls, so any engine can
    call it::

        import ray
        tables = ray.get([ray.remote(process_chunk).remote(c) for c in chunks])
    """
    return extract_partition(_as_items(items, limits), texts=texts, memory_bytes=limits.max_document_bytes)


def run_chunk(files: Sequence[FileRef], limits: Limits, texts: bool = False) -> Tuple[Dict[str, pd.DataFrame], dict]:
    """Worker side: :func:`process_chunk` plus statistics (time, process, peak memory).

    In a worker process the address space is capped at ``limits.max_worker_bytes`` first, so
    that running out of memory is a MemoryError (an error row), not the machine swapping."""
    import multiprocessing

    t0 = time.perf_counter()
    if multiprocessing.parent_process() is not None and limits.max_worker_bytes:
        limit_address_space(limits.max_worker_bytes)
    tables = process_chunk(list(files), limits, texts=texts)
    return tables, {"pid": os.getpid(), "seconds": time.perf_counter() - t0, "peak_rss": _peak_rss()}


def _peak_rss() -> Optional[int]:
    try:
        import resource

        r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return int(r) * (1 if sys.platform == "darwin" else 1024)
    except Exception:  # pragma: no cover - not on every platform
        return None


# --------------------------------------------------------------------------- planning
@dataclass(frozen=True)
class Chunk:
    index: int
    files: Tuple[FileRef, ...]
    key: str

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}"


def fingerprint() -> str:
    """Hash of the package code and the pattern files: outputs of another version never mix."""
    h = hashlib.sha256(f"fupin-extract batch format {FORMAT_VERSION}".encode())
    pkg = Path(__file__).resolve().parents[1]
    roots = [pkg]
    try:
        roots.append(patterns_dir())
    except Exception:
        pass
    for root in roots:
        for f in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                        and p.suffix not in (".pyc", ".pyo")):
            h.update(str(f.relative_to(root)).encode())
            h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def _file_stamp(path: str) -> list:
    try:
        st = os.stat(path)
        return [st.st_size, st.st_mtime_ns]
    except OSError:
        return [None, None]


def plan_chunks(paths: Iterable[Union[str, Path]], chunk_size: int = DEFAULT_CHUNK_SIZE, *,
                limits: Limits = DEFAULT_LIMITS, code: Optional[str] = None,
                exclude: Optional[Union[str, Path]] = None) -> List[Chunk]:
    """Split the files under ``paths`` (sorted, as :func:`iter_files` yields them) into chunks.

    A chunk's key hashes the code and pattern fingerprint, the limits, and each file's path,
    doc id, size and modification time: a chunk whose files did not change keeps its key.
    Files under ``exclude`` (the output folder, when it lies inside an input folder) are left out.
    """
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    code = code if code is not None else fingerprint()
    files = file_refs(paths)
    if exclude is not None:
        ex = Path(exclude).resolve()
        files = [f for f in files if ex not in Path(f[0]).resolve().parents]
    parts: List[List[FileRef]] = []
    current: List[FileRef] = []
    for ref in files:
        n = _zip_members(ref[0], limits)
        if n is None or n <= chunk_size:
            current.append(ref)
            if len(current) == chunk_size:
                parts.append(current)
                current = []
            continue
        # a large zip: slices of chunk_size members, one chunk each, between the chunks of files
        if current:
            parts.append(current)
            current = []
        for a in range(0, n, chunk_size):
            parts.append([(ref[0], ref[1], (a, min(n, a + chunk_size)))])
    if current:
        parts.append(current)
    chunks = []
    for part in parts:
        h = hashlib.sha256()
        h.update(json.dumps([code, limits.key()]).encode())
        for ref in part:
            # a whole file hashes as before; a slice adds its member range
            # os.fsencode: a file name that is not UTF-8 hashes by its bytes
            h.update(os.fsencode(ref[0]))
            h.update(json.dumps([ref[1]] + ([list(ref[2])] if len(ref) > 2 else []) + _file_stamp(ref[0]),
                                ensure_ascii=False).encode())
        chunks.append(Chunk(len(chunks), tuple(part), h.hexdigest()))
    return chunks


def _zip_members(path: str, limits: Limits) -> Optional[int]:
    """Members (not folders) of a zip file that can be cut into slices, else None: not a zip,
    unreadable, too large, or over the member limit (then it stays one item and its reader
    reports the problem once)."""
    if not path.lower().endswith(".zip"):
        return None
    import zipfile

    try:
        if os.path.getsize(path) > limits.max_file_bytes:
            return None
        with zipfile.ZipFile(path) as zf:  # reads the central directory only
            infos = zf.infolist()
    except Exception:
        return None
    if len(infos) > limits.max_archive_members:
        return None
    return sum(1 for i in infos if not i.filename.endswith("/"))


# --------------------------------------------------------------------------- shards
def _schema(table: str):
    import pyarrow as pa

    return pa.Schema.from_pandas(_empty(table), preserve_index=False)


#: table → the function that builds it from records (:mod:`fupin_extract.tables.frames`)
_BUILDERS = {"figures": table_frames.figures_frame, "documents": table_frames.documents_frame,
             "errors": table_frames.errors_frame}
#: table → its column dtypes
_COLUMNS = {"figures": table_frames.FIGURE_COLUMNS, "documents": table_frames.DOCUMENT_COLUMNS,
            "errors": table_frames.ERROR_COLUMNS}


def _empty(table: str) -> pd.DataFrame:
    return _BUILDERS[table]([])


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_shard(df: pd.DataFrame, path: Path, table: str) -> None:
    """One table of one chunk as Parquet (fixed schema, zstd), written atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema(table)
    at = pa.Table.from_pandas(df.reset_index(drop=True), schema=schema, preserve_index=False)
    sink = pa.BufferOutputStream()
    pq.write_table(at, sink, compression="zstd")
    path.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write_bytes(path, sink.getvalue().to_pybytes())


def _shard_paths(out: Path, name: str) -> Dict[str, Path]:
    return {t: out / t / f"{name}.parquet" for t in TABLES}


def _marker_path(out: Path, name: str) -> Path:
    return out / MARKERS / f"{name}.json"


def _read_marker(out: Path, chunk: Chunk) -> Optional[dict]:
    p = _marker_path(out, chunk.name)
    try:
        m = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if m.get("key") != chunk.key or m.get("retry_on_resume"):
        return None
    counts = {"figures": m.get("n_figures"), "documents": m.get("n_documents"), "errors": m.get("n_errors")}
    if not all(_shard_ok(p, counts[t]) for t, p in _shard_paths(out, chunk.name).items()):
        return None  # a truncated or foreign shard: its chunk runs again
    return m


def _remove_chunk_files(out: Path, name: str) -> None:
    for p in [_marker_path(out, name)] + list(_shard_paths(out, name).values()):  # marker first
        try:
            p.unlink()
        except FileNotFoundError:
            pass


def _existing_names(out: Path) -> set:
    names = set()
    for d in [out / MARKERS] + [out / t for t in TABLES]:
        if d.is_dir():
            for p in d.glob("part-*"):
                names.add(p.name.split(".")[0])
    return names


def _cast(df: pd.DataFrame, table: str) -> pd.DataFrame:
    cols = _COLUMNS[table]
    for c, dt in cols.items():
        if c in df.columns and str(df[c].dtype) != str(pd.Series([], dtype=dt).dtype):
            df[c] = df[c].astype(dt)
    return df


def _read_parquet(path: Path) -> pd.DataFrame:
    """One shard, opened by Python (pyarrow cannot take a path that is not UTF-8)."""
    with open(path, "rb") as fh:
        return pd.read_parquet(fh)


def read_shards(out: Union[str, Path], table: str, names: Optional[Iterable[str]] = None) -> pd.DataFrame:
    """One table of a batch output folder: its shards concatenated in chunk order."""
    d = Path(out) / table
    files = sorted(d.glob("part-*.parquet")) if names is None else [d / f"{n}.parquet" for n in names]
    frames = [_read_parquet(f) for f in files]
    frames = [f for f in frames if len(f)] or [_empty(table)]
    return _cast(pd.concat(frames, ignore_index=True), table)


def read_output(out: Union[str, Path]) -> Dict[str, pd.DataFrame]:
    """``{"figures", "documents", "errors"}`` of a batch output folder, in chunk order."""
    return {t: read_shards(out, t) for t in TABLES}


# --------------------------------------------------------------------------- the output folder
def check_output_folder(out: Path, inputs: Sequence[str]) -> None:
    """A one-line :class:`UsageError` for an output folder that cannot hold a run: a file,
    not creatable or writable, or the same as or above an input (its shards would be read)."""
    o = Path(os.path.abspath(out))
    for p in inputs:
        i = Path(os.path.abspath(p))
        if o == i or o in i.parents:
            raise UsageError(f"{clean_text(str(out))}: the output folder is {'an input' if o == i else 'above the input ' + clean_text(str(p))}; "
                             f"choose -o outside the inputs (or a new folder inside one)")
    if o.exists() and not o.is_dir():
        raise UsageError(f"{clean_text(str(out))}: the output folder is a file; choose another -o")
    try:
        o.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"{clean_text(str(out))}: cannot create the output folder: {e.strerror or e}") from None
    if not os.access(o, os.W_OK | os.X_OK):
        raise UsageError(f"{clean_text(str(out))}: the output folder is not writable")


class OutputLock:
    """``OUT/.fupin-extract.lock`` held (``flock``) for the whole run, with the pid inside:
    a second run on the same folder is refused while the first lives; a lock left by a
    killed run is taken over (the kernel releases ``flock`` when its process dies)."""

    def __init__(self, out: Path):
        import fcntl

        self.path = out / LOCK
        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise UsageError(f"{clean_text(str(out))}: cannot write the lock file: {e.strerror or e}") from None
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            other = os.read(self.fd, 64).decode("ascii", "replace").strip() or "?"
            os.close(self.fd)
            raise UsageError(f"{clean_text(str(out))}: another extract is writing this folder (pid {other}); "
                             f"wait for it or choose another -o") from None
        os.ftruncate(self.fd, 0)
        os.write(self.fd, f"{os.getpid()}\n".encode())

    def release(self) -> None:
        # the file stays (unlinking it would let a waiting run lock a deleted inode); empty = free
        try:
            os.ftruncate(self.fd, 0)
        finally:
            os.close(self.fd)  # closing releases the flock


def _shard_ok(path: Path, n_rows: Optional[int]) -> bool:
    """The shard's Parquet footer reads and its row count is the marker's."""
    import pyarrow.parquet as pq

    try:
        with open(path, "rb") as fh:
            return pq.ParquetFile(fh).metadata.num_rows == n_rows
    except Exception:
        return False


# --------------------------------------------------------------------------- results
@dataclass
class BatchResult:
    n_files: int = 0
    n_documents: int = 0
    n_figures: int = 0
    n_errors: int = 0
    n_chars: int = 0
    chunks_run: int = 0
    chunks_reused: int = 0
    chunks_crashed: int = 0
    seconds: float = 0.0
    errors: pd.DataFrame = field(default_factory=lambda: _empty("errors"), repr=False)
    workers: Dict[int, int] = field(default_factory=dict, repr=False)  # pid → peak RSS bytes
    out: Optional[Path] = None


def _crash_tables(chunk: Chunk, error_type: str, message: str) -> Dict[str, pd.DataFrame]:
    rows = [{"doc": ref[1], "path": clean_text(ref[0]) + (f" (members {ref[2][0]}-{ref[2][1] - 1})" if len(ref) > 2 else ""),
             "stage": "worker", "error_type": error_type, "message": message}
            for ref in chunk.files]
    return {"figures": _empty("figures"), "documents": _empty("documents"), "errors": table_frames.errors_frame(rows)}


class _Progress:
    """tqdm on stderr when it is a terminal: files, documents/s, characters/s, errors, ETA."""

    def __init__(self, enabled: bool, total: int, initial: int):
        self.bar = None
        self.t0 = time.perf_counter()
        self.docs = self.chars = self.errors = 0
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, initial=initial, unit="file", file=sys.stderr, dynamic_ncols=True,
                            smoothing=0.1, desc="extract")

    def update(self, n_files: int, n_docs: int, n_chars: int, n_errors: int) -> None:
        self.docs += n_docs
        self.chars += n_chars
        self.errors += n_errors
        if self.bar is not None:
            dt = max(time.perf_counter() - self.t0, 1e-9)
            rate = self.docs / dt
            self.bar.set_postfix_str(f"{rate:,.1f} docs/s, {self.chars / dt:,.0f} chars/s, "
                                     f"{self.errors} errors", refresh=False)
            self.bar.update(n_files)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# --------------------------------------------------------------------------- engines
def worker_bytes(jobs: int) -> int:
    """The default address-space cap of one of ``jobs`` workers: its share of physical memory,
    at least 2 GiB (a warmed worker maps about 1.5 GB of address space)."""
    try:
        phys = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):  # pragma: no cover - not POSIX
        phys = 8 * 1024 ** 3
    return max(2 * 1024 ** 3, phys // max(1, jobs))


def _default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


ResultFn = Callable[[Chunk, Dict[str, pd.DataFrame], dict], None]


def _engine_inprocess(todo: Sequence[Chunk], limits: Limits, texts: bool, done: ResultFn, fn=None) -> None:
    fn = fn or run_chunk
    warm()
    for c in todo:
        try:
            tables, stats = fn(c.files, limits, texts)
        except PatternError:
            raise
        except Exception as e:  # process_chunk catches per-document errors; this is a chunk-level bug
            tables, stats = _crash_tables(c, type(e).__name__, f"chunk failed: {e}"), {}
        done(c, tables, stats)


def _pool_context():
    """forkserver (workers preload the pipeline) where there is one, else spawn."""
    import multiprocessing as mp

    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    if ctx.get_start_method() == "forkserver":
        ctx.set_forkserver_preload(["fupin_extract.pipeline", "fupin_extract.batch.run"])
    return ctx


class _Pool:
    """A process pool that outlives its workers: a worker that dies breaks the pool; a new one
    is made and the chunks in flight are retried.

    Every chunk in flight when the pool broke is a suspect; suspects are re-run one at a time,
    so a chunk that kills its worker again is known to be the culprit: it is then read file by
    file, and a file that kills its worker becomes an errors row.
    """

    def __init__(self, jobs: int, limits: Limits, texts: bool, done: ResultFn, crashed: Callable[[Chunk], None],
                 fn=None):
        self.jobs, self.limits, self.texts, self.done, self.crashed = jobs, limits, texts, done, crashed
        self.fn = fn or run_chunk
        self.ctx = _pool_context()
        self.queue: deque = deque()
        self.suspects: deque = deque()
        self.executor = None
        self.inflight: dict = {}  # future → (chunk, isolated)

    def _new_executor(self):
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=self.ctx, initializer=_warm_quietly)

    def _shutdown(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = None

    def _submit(self, c: Chunk, isolated: bool) -> bool:
        from concurrent.futures.process import BrokenProcessPool

        try:
            self.inflight[self.executor.submit(self.fn, c.files, self.limits, self.texts)] = (c, isolated)
            return True
        except BrokenProcessPool:  # a worker died since the last wait: not this chunk's fault
            return False

    def _fill(self) -> bool:
        """Submit a suspect on its own (when nothing is in flight), else chunks up to ``jobs``
        in flight; True when the pool turned out broken."""
        if self.suspects:
            if self.inflight:
                return False
            c = self.suspects.popleft()
            if self._submit(c, True):
                return False
            self.suspects.appendleft(c)
            return True
        while self.queue and len(self.inflight) < self.jobs:
            c = self.queue.popleft()
            if not self._submit(c, False):
                self.queue.appendleft(c)
                return True
        return False

    def _collect(self, fut) -> bool:
        """Hand a finished chunk to ``done``; True when its worker died (the pool is broken)."""
        from concurrent.futures.process import BrokenProcessPool

        c, isolated = self.inflight.pop(fut)
        try:
            tables, stats = fut.result()
        except BrokenProcessPool:
            if isolated:  # died again on its own: find the file(s) that kill a worker
                self._culprit(c)
            else:
                self.suspects.append(c)
            return True
        except PatternError:
            raise
        except Exception as e:
            tables, stats = _crash_tables(c, type(e).__name__, f"chunk failed: {e}"), {}
        self.done(c, tables, stats)
        return False

    def _culprit(self, c: Chunk) -> None:
        self.crashed(c)
        self._shutdown()
        tables = _file_by_file(c, lambda f: _pool_try(self.ctx, self.fn, f, self.limits, self.texts),
                               "the worker process died while reading or processing this file "
                               "(its chunk was retried once, then each file on its own)")
        self.done(c, tables, {"crashed": True})

    def _recover(self) -> None:
        """After a break: keep what finished, make every other chunk in flight a suspect."""
        self._shutdown()
        for fut, (c, _iso) in sorted(self.inflight.items(), key=lambda kv: kv[1][0].index):
            if fut.done() and not fut.cancelled() and fut.exception() is None:
                self.done(c, *fut.result())
            else:
                self.suspects.append(c)
        self.inflight.clear()
        self.suspects = deque(sorted(self.suspects, key=lambda c: c.index))

    def _step(self) -> None:
        from concurrent.futures import FIRST_COMPLETED, wait

        fresh = self.executor is None
        if fresh:
            self.executor = self._new_executor()
        broken = self._fill()
        if broken and fresh and not self.inflight:
            raise RuntimeError("the worker processes die as they start; try --jobs 1 to see why")
        finished = wait(list(self.inflight), return_when=FIRST_COMPLETED)[0] if self.inflight else set()
        for fut in sorted(finished, key=lambda f: self.inflight[f][0].index):
            broken = self._collect(fut) or broken
        if broken:
            self._recover()

    def _check_start(self) -> None:
        """Workers that cannot even start would otherwise turn every chunk into a "crash"."""
        from concurrent.futures.process import BrokenProcessPool

        try:
            self.executor.submit(os.getpid).result()
        except BrokenProcessPool:
            raise RuntimeError("the worker processes died as they started; in a script, call run_batch under "
                               "`if __name__ == '__main__':`, or use jobs=1 to see the error") from None

    def _terminate(self) -> None:
        """Interrupted (SIGTERM, Ctrl-C): stop the workers now, not after their chunks."""
        if self.executor is not None:
            for proc in list(getattr(self.executor, "_processes", {}).values()):
                proc.terminate()

    def run(self, todo: Sequence[Chunk]) -> None:
        self.queue = deque(todo)
        try:
            self.executor = self._new_executor()
            self._check_start()
            while self.queue or self.suspects or self.inflight:
                self._step()
        except BaseException:
            self._terminate()
            raise
        finally:
            self._shutdown()


def _engine_pool(todo: Sequence[Chunk], jobs: int, limits: Limits, texts: bool, done: ResultFn,
                 crashed: Callable[[Chunk], None], fn=None) -> None:
    """A process pool (:class:`_Pool`) over the chunks ``todo``."""
    _Pool(jobs, limits, texts, done, crashed, fn).run(todo)


def _pool_try(ctx, fn, files, limits, texts):
    """Run ``fn`` on a fresh one-worker pool: its tables, or None when the worker died."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=_warm_quietly) as ex:
        try:
            return ex.submit(fn, files, limits, texts).result()[0]
        except BrokenProcessPool:
            return None


def _dask_try(client, fn, files, limits, texts):
    from distributed.scheduler import KilledWorker

    fut = client.submit(fn, files, limits, texts, pure=False)
    try:
        return fut.result()[0]
    except KilledWorker:
        return None
    finally:
        fut.release()


def _file_by_file(c: Chunk, attempt: Callable, message: str) -> Dict[str, pd.DataFrame]:
    """The tables of a chunk whose worker died twice, made file by file: a file whose worker
    dies becomes an errors row (stage ``worker``, type ``WorkerCrash``); the others are kept."""
    parts = []
    for f in c.files:
        one = Chunk(c.index, (f,), c.key)
        tables = attempt((f,))
        parts.append(tables if tables is not None else _crash_tables(one, "WorkerCrash", message))
    return {t: pd.concat([p[t] for p in parts if len(p[t])] or [_empty(t)], ignore_index=True) for t in TABLES}


def _engine_dask(todo: Sequence[Chunk], jobs: int, limits: Limits, texts: bool, done: ResultFn,
                 crashed: Callable[[Chunk], None], scheduler: Optional[str], fn=None) -> None:
    """The same per-chunk function on dask.distributed; the client writes the shards.

    With ``scheduler`` the workers must see the input files at the same paths (a shared
    file system); without it a LocalCluster of ``jobs`` single-threaded worker processes
    runs here.  A chunk whose worker dies is retried once (``allowed-failures: 1``), then
    recorded as errors.
    """
    import dask
    from distributed import Client, LocalCluster, as_completed
    from distributed.scheduler import KilledWorker

    fn = fn or run_chunk
    cluster = None
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=40)
            client = Client(cluster)
        try:
            client.register_worker_callbacks(setup=_warm_quietly)  # also on workers that join later
            by_key = {}
            futures = []
            for c in todo:
                fut = client.submit(fn, c.files, limits, texts, key=f"fupin-chunk-{c.index:05d}-{c.key[:16]}",
                                    pure=False, priority=-c.index)
                by_key[fut.key] = c
                futures.append(fut)
            for fut in as_completed(futures):
                c = by_key[fut.key]
                try:
                    tables, stats = fut.result()
                except KilledWorker:  # find the file(s) that kill a worker
                    crashed(c)
                    tables = _file_by_file(c, lambda f: _dask_try(client, fn, f, limits, texts),
                                           "the Dask worker died while reading or processing this file (its chunk "
                                           "was retried once, then each file on its own)")
                    stats = {"crashed": True}
                except PatternError:
                    raise
                except Exception as e:
                    tables, stats = _crash_tables(c, type(e).__name__, f"chunk failed: {e}"), {}
                fut.release()
                done(c, tables, stats)
            futures.clear()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


# --------------------------------------------------------------------------- the runner
def run_batch(paths: Union[str, Path, Iterable[Union[str, Path]]], out: Optional[Union[str, Path]] = None, *,
              jobs: Optional[int] = None, chunk_size: int = DEFAULT_CHUNK_SIZE, resume: bool = False,
              engine: str = "local", scheduler: Optional[str] = None, limits: Limits = DEFAULT_LIMITS,
              progress: bool = False, on_tables: Optional[Callable[[int, Dict[str, pd.DataFrame]], None]] = None,
              texts: bool = False, chunk_fn: Optional[Callable] = None) -> BatchResult:
    """Extract every file under ``paths`` chunk by chunk.

    With ``out``, each chunk writes one Parquet shard per table under ``out`` (see the
    module doc) and ``out/manifest.json``; ``resume=True`` keeps the shards of chunks that
    are already done.  ``on_tables(index, tables)`` is called for every chunk in chunk
    order (for streaming to stdout or collecting in memory).  ``jobs=1`` runs in this
    process; ``engine="dask"`` runs on dask.distributed (``scheduler`` address, or a
    LocalCluster of ``jobs`` worker processes).  ``chunk_fn(files, limits, texts) -> (tables,
    stats)`` replaces the worker function (a picklable wrapper around :func:`process_chunk`,
    e.g. to inject failures in tests).
    """
    t_start = time.perf_counter()
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = [str(p) for p in paths]
    jobs = jobs or _default_jobs()
    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r}; choose local or dask")
    if resume and out is None:
        raise ValueError("resume needs an output folder")
    out_dir = Path(out) if out is not None else None
    lock = None
    if out_dir is not None:
        check_output_folder(out_dir, paths)
        lock = OutputLock(out_dir)
    try:
        code = fingerprint()
        chunks = plan_chunks(paths, chunk_size, limits=limits, code=code, exclude=out)
        if limits.max_worker_bytes is None and jobs > 1:
            limits = replace(limits, max_worker_bytes=worker_bytes(jobs))
        run = _Run(out_dir, chunks, on_tables, dict(paths=paths, chunks=chunks, chunk_size=chunk_size, code=code,
                                                    engine=engine, jobs=jobs))
        with _sigterm_ends_the_run():
            run.start(resume, progress)
            try:
                run.flush()
                _run_engine(run, jobs=jobs, limits=limits, texts=texts, engine=engine, scheduler=scheduler,
                            chunk_fn=chunk_fn)
                run.flush()
            finally:
                run.bar.close()
            return run.finish(t_start)
    finally:
        if lock is not None:
            lock.release()


class _Run:
    """One batch run: what is done so far (:class:`BatchResult`), the shards and markers it
    writes, and the finished chunks held back until ``on_tables`` can have them in chunk order."""

    def __init__(self, out_dir: Optional[Path], chunks: List[Chunk], on_tables, manifest: dict):
        self.out_dir, self.chunks, self.on_tables, self.manifest = out_dir, chunks, on_tables, manifest
        self.res = BatchResult(n_files=sum(len(c.files) for c in chunks), out=out_dir)
        self.reused: Dict[int, dict] = {}  # chunk index → marker of a chunk done by an earlier run
        self.error_frames: Dict[int, pd.DataFrame] = {}
        self.pending: Dict[int, Dict[str, pd.DataFrame]] = {}
        self.next_index = 0
        self.bar: Optional[_Progress] = None

    @property
    def todo(self) -> List[Chunk]:
        return [c for c in self.chunks if c.index not in self.reused]

    def start(self, resume: bool, progress: bool) -> None:
        """Keep the chunks already done (``resume``), remove every other chunk's files, count what is kept."""
        if self.out_dir is not None:
            if resume:
                markers = {c.index: _read_marker(self.out_dir, c) for c in self.chunks}
                self.reused = {i: m for i, m in markers.items() if m is not None}
            keep = {self.chunks[i].name for i in self.reused}
            for name in sorted(_existing_names(self.out_dir) - keep):
                _remove_chunk_files(self.out_dir, name)
            _write_manifest(self.out_dir, **self.manifest, status="running")
        self.res.chunks_reused = len(self.reused)
        self.bar = _Progress(progress, self.res.n_files, sum(len(self.chunks[i].files) for i in self.reused))
        for i, m in sorted(self.reused.items()):
            errs = read_shards(self.out_dir, "errors", [self.chunks[i].name]) if m.get("n_errors") else _empty("errors")
            self.account(i, m.get("n_documents", 0), m.get("n_figures", 0), m.get("n_chars", 0), errs)

    def account(self, index: int, n_docs: int, n_figs: int, n_chars: int, errors: pd.DataFrame) -> None:
        self.res.n_documents += n_docs
        self.res.n_figures += n_figs
        self.res.n_chars += n_chars
        self.res.n_errors += len(errors)
        if len(errors):
            self.error_frames[index] = errors

    def flush(self) -> None:
        """Hand finished chunks to ``on_tables`` in chunk order."""
        while self.next_index < len(self.chunks):
            i = self.next_index
            if i in self.reused:
                tables = {t: read_shards(self.out_dir, t, [self.chunks[i].name]) for t in TABLES} \
                    if self.on_tables else None
            elif i in self.pending:
                tables = self.pending.pop(i)
            else:
                return
            if self.on_tables:
                self.on_tables(i, tables)
            self.next_index += 1

    def done(self, c: Chunk, tables: Dict[str, pd.DataFrame], stats: dict) -> None:
        """A chunk finished (by any engine): count it, write its shards and marker, pass it on."""
        docs = tables["documents"]
        n_chars = int(docs["n_chars"].sum()) if len(docs) else 0
        self.account(c.index, len(docs), len(tables["figures"]), n_chars, tables["errors"])
        self.res.chunks_run += 1
        pid, rss = stats.get("pid"), stats.get("peak_rss")
        if pid and rss:
            self.res.workers[pid] = max(self.res.workers.get(pid, 0), rss)
        if self.out_dir is not None:
            self._write_chunk(c, tables, stats, n_chars)
        self.bar.update(len(c.files), len(docs), n_chars, len(tables["errors"]))
        if self.on_tables is not None:
            self.pending[c.index] = tables
            self.flush()

    def _write_chunk(self, c: Chunk, tables: Dict[str, pd.DataFrame], stats: dict, n_chars: int) -> None:
        paths = _shard_paths(self.out_dir, c.name)
        for t in TABLES:
            write_shard(tables[t], paths[t], t)
        marker = {"key": c.key, "index": c.index, "n_files": len(c.files), "n_documents": len(tables["documents"]),
                  "n_figures": len(tables["figures"]), "n_errors": len(tables["errors"]), "n_chars": n_chars,
                  "retry_on_resume": bool(stats.get("crashed"))
                  and bool((tables["errors"]["error_type"] == "WorkerCrash").any()),
                  "first_file": clean_text(c.files[0][0]) if c.files else None,
                  "stats": {k: v for k, v in stats.items() if k != "crashed"}}
        _atomic_write_bytes(_marker_path(self.out_dir, c.name),
                            json.dumps(marker, ensure_ascii=False, indent=1).encode("utf-8"))

    def crashed(self, c: Chunk) -> None:
        self.res.chunks_crashed += 1

    def finish(self, t_start: float) -> BatchResult:
        """The result, with every error row in chunk order; the manifest says how the run ended."""
        res = self.res
        if self.error_frames:
            res.errors = pd.concat([self.error_frames[i] for i in sorted(self.error_frames)], ignore_index=True)
        res.seconds = time.perf_counter() - t_start
        if self.out_dir is not None:
            status = "complete" if res.n_documents or not res.n_errors else "nothing read"  # exit 1: no result
            _write_manifest(self.out_dir, **self.manifest, status=status, result=res)
        return res


def _run_engine(run: _Run, *, jobs: int, limits: Limits, texts: bool, engine: str, scheduler: Optional[str],
                chunk_fn) -> None:
    """The chunks still to do, on the engine asked for (one chunk: in this process)."""
    todo = run.todo
    if not todo:
        return
    if engine == "dask":
        _engine_dask(todo, jobs, limits, texts, run.done, run.crashed, scheduler, chunk_fn)
    elif jobs == 1 or len(todo) == 1:  # one chunk: a pool would only add start-up time
        _engine_inprocess(todo, limits, texts, run.done, chunk_fn)
    else:
        _engine_pool(todo, min(jobs, len(todo)), limits, texts, run.done, run.crashed, chunk_fn)


def _write_manifest(out: Path, paths: List[str], chunks: List[Chunk], chunk_size: int, code: str, engine: str,
                    jobs: int, status: str, result: Optional[BatchResult] = None) -> None:
    m = {
        "format": FORMAT_VERSION,
        "status": status,
        "inputs": [clean_text(p) for p in paths],
        "chunk_size": chunk_size,
        "fingerprint": code,
        "engine": engine,
        "jobs": jobs,
        "tables": {t: f"{t}/part-*.parquet" for t in TABLES},
        "n_chunks": len(chunks),
        "chunks": [{"name": c.name, "key": c.key, "n_files": len(c.files),
                    "first_file": clean_text(c.files[0][0]) if c.files else None} for c in chunks],
        "updated": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    if result is not None:
        m["totals"] = {"files": result.n_files, "documents": result.n_documents, "figures": result.n_figures,
                       "errors": result.n_errors, "characters": result.n_chars, "chunks_run": result.chunks_run,
                       "chunks_reused": result.chunks_reused, "chunks_crashed": result.chunks_crashed,
                       "seconds": round(result.seconds, 3)}
    _atomic_write_bytes(out / MANIFEST, json.dumps(m, ensure_ascii=False, indent=1).encode("utf-8"))


def read_in_memory(paths, *, jobs: Optional[int] = None, limits: Limits = DEFAULT_LIMITS,
                   chunk_size: Optional[int] = None) -> Tuple[Dict[str, pd.DataFrame], Dict[str, str]]:
    """All tables (and texts) of ``paths`` in memory, computed by ``jobs`` processes (for ``read``)."""
    collected: Dict[str, List[pd.DataFrame]] = {t: [] for t in TABLES + ("texts",)}

    def keep(_i: int, tables: Dict[str, pd.DataFrame]) -> None:
        for t in collected:
            if t in tables:
                collected[t].append(tables[t])

    jobs = jobs or _default_jobs()
    if chunk_size is None:
        # items to share out: files, and the members of zips that can be cut into slices
        n = sum(_zip_members(str(f), limits) or 1
                for f, _ in iter_files([paths] if isinstance(paths, (str, Path)) else paths))
        chunk_size = max(1, min(DEFAULT_CHUNK_SIZE, -(-n // (jobs * 4)) if n else 1))
    run_batch(paths, None, jobs=jobs, chunk_size=chunk_size, limits=limits, on_tables=keep, texts=True)
    tables = {}
    for t in TABLES:
        frames = [f for f in collected[t] if len(f)] or [_empty(t)]
        tables[t] = pd.concat(frames, ignore_index=True)
    texts = {d: s for f in collected["texts"] for d, s in zip(f["doc"], f["text"])}
    return tables, texts
