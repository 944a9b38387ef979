"""Throughput of ``fupin-extract extract`` on a synthetic archive, against ``jieba.lcut``.

For 2,000 and 20,000 documents (``benchmarks/make_archive.py``; built when missing) and
for ``--jobs 1`` and ``--jobs 2`` this runs the real command line,

    fupin-extract extract ARCHIVE/d00 … -o benchmarks/work/out-… --jobs J --format parquet -q

in a child process (``PYTHONPATH`` chooses the code: to measure one commit while the
checkout changes, ``git archive HEAD fupin_extract patterns | tar -x -C /tmp/snap`` and run
with ``PYTHONPATH=/tmp/snap``) and measures wall time (process start to exit: imports, reading,
decoding, extraction and Parquet shards all included), documents/s, characters/s, and the
peak RSS of every worker process (psutil, sampled every 50 ms over the whole process tree;
with ``--jobs 1`` the command's own process is the worker).  In the same run and process
it times ``jieba.lcut`` (default settings, dictionary loaded before timing) over the texts
of the same documents and reports extraction characters/s ÷ jieba characters/s; as a
control of what the machine allows, it also times jieba.lcut over the same texts split
between 2 processes.

Prints a Markdown table (and writes ``benchmarks/work/results.json``).  Not a test: run it
with ``make bench`` or ``nice python benchmarks/bench_throughput.py``.

Targets: extraction ≥ 2× jieba.lcut; 2 workers ≥ 1.8× one worker; peak RSS per worker
< 400 MB and flat from 2,000 to 20,000 documents.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "work"
ARCHIVE = WORK / "archive"
sys.path.insert(0, str(HERE))

MB = 1024 * 1024


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
            "cpu": cpu, "memory_gb": round(psutil.virtual_memory().total / 1024 ** 3, 1),
            "python": platform.python_version(), "platform": platform.platform(),
            "load_avg_at_start": os.getloadavg() if hasattr(os, "getloadavg") else None}


def ensure_archive(n: int) -> list:
    folders = [ARCHIVE / f"d{i:02d}" for i in range(-(-n // 1000))]
    if not all(f.is_dir() and len(list(f.iterdir())) == 1000 for f in folders):
        from make_archive import build

        print(f"building the archive ({max(n, 20000)} documents) …", file=sys.stderr)
        build(max(n, 20000), ARCHIVE)
    return [str(f) for f in folders]


def fupin_command() -> list:
    exe = Path(sys.executable).with_name("fupin-extract")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "fupin_extract.cli"]


class TreeSampler(threading.Thread):
    """Peak RSS of every process in the tree below ``pid``, sampled every ``interval`` s."""

    def __init__(self, pid: int, interval: float = 0.05):
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.interval = interval
        self.peak: dict = {}
        self.names: dict = {}
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                procs = [self.root] + self.root.children(recursive=True)
            except psutil.Error:
                break
            for p in procs:
                try:
                    rss = p.memory_info().rss
                    if p.pid not in self.names:
                        self.names[p.pid] = " ".join(p.cmdline())[:120]
                except psutil.Error:
                    continue
                self.peak[p.pid] = max(self.peak.get(p.pid, 0), rss)
            self.stop.wait(self.interval)


def run_extract(folders: list, jobs: int, out: Path, chunk_size: int) -> dict:
    if out.exists():
        shutil.rmtree(out)
    cmd = fupin_command() + ["extract", *folders, "-o", str(out), "--jobs", str(jobs), "--chunk-size",
                             str(chunk_size), "--format", "parquet", "-q"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    sampler.stop.set()
    sampler.join()
    if proc.returncode not in (0, 3):
        raise SystemExit(f"extract failed ({proc.returncode}): {err.decode(errors='replace')[-2000:]}")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    worker_pids = set()
    worker_ru = {}
    for m in sorted((out / "_chunks").glob("part-*.json")):
        st = json.loads(m.read_text(encoding="utf-8")).get("stats", {})
        if st.get("pid"):
            worker_pids.add(st["pid"])
            worker_ru[st["pid"]] = max(worker_ru.get(st["pid"], 0), st.get("peak_rss") or 0)
    peaks = {pid: sampler.peak.get(pid, 0) for pid in worker_pids}
    tot = manifest["totals"]
    return {
        "jobs": jobs, "wall_s": wall, "run_batch_s": tot["seconds"], "documents": tot["documents"],
        "errors": tot["errors"], "figures": tot["figures"], "characters": tot["characters"],
        "docs_per_s": tot["documents"] / wall, "chars_per_s": tot["characters"] / wall,
        "workers": len(worker_pids),
        "peak_rss_worker_mb": max(peaks.values()) / MB if peaks else None,
        "peak_rss_worker_ru_maxrss_mb": max(worker_ru.values()) / MB if worker_ru else None,
        "peak_rss_parent_mb": sampler.peak.get(proc.pid, 0) / MB,
        "exit_code": proc.returncode,
    }


def time_jieba(folders: list) -> dict:
    import jieba

    from fupin_extract.load import iter_documents
    from fupin_extract.model import Document

    texts = [d.text for d in iter_documents(folders) if isinstance(d, Document)]
    jieba.setLogLevel(60)
    jieba.initialize()
    jieba.lcut("建档立卡贫困户36户84人")
    t0 = time.perf_counter()
    n_tokens = 0
    for t in texts:
        n_tokens += len(jieba.lcut(t))
    dt = time.perf_counter() - t0
    chars = sum(len(t) for t in texts)
    dt2 = time_jieba_two_processes(texts)
    return {"documents": len(texts), "characters": chars, "seconds": dt, "chars_per_s": chars / dt,
            "docs_per_s": len(texts) / dt, "tokens": n_tokens, "two_processes_seconds": dt2,
            "two_processes_speedup": dt / dt2}


_TEXTS: list = []


def _jieba_ready(barrier) -> None:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    jieba.lcut("建档立卡贫困户36户84人")
    barrier.wait()


def _lcut_share(k: int) -> int:
    import jieba

    return sum(len(jieba.lcut(t)) for t in _TEXTS[k::2])


def time_jieba_two_processes(texts: list) -> float:
    """Control: jieba.lcut over the same texts in 2 processes (forked, dictionary loaded before
    timing).  Its speed-up over one process is what this machine allows a CPU-bound job."""
    import multiprocessing as mp

    global _TEXTS
    _TEXTS = texts
    ctx = mp.get_context("fork")
    barrier = ctx.Barrier(3)
    with ctx.Pool(2, initializer=_jieba_ready, initargs=(barrier,)) as pool:
        barrier.wait()
        t0 = time.perf_counter()
        pool.map(_lcut_share, [0, 1], chunksize=1)
        dt = time.perf_counter() - t0
    _TEXTS = []
    return dt


def interleaved(folders: list, n_docs: int = 2000, batch: int = 50) -> dict:
    """CPU time of extraction against jieba.lcut in this process, interleaved batch by batch.

    Documents (read and decoded beforehand) go through ``process_chunk`` (figures, meaning,
    metadata and the three tables) in batches of ``batch``; right before each batch,
    jieba.lcut segments the same texts.  A slow spell of a shared machine then slows both
    alike, which whole runs minutes apart cannot promise.  File reading, process start and
    Parquet writing are not in it: the end-to-end table above has them.
    """
    import jieba

    from fupin_extract.batch import process_chunk, warm
    from fupin_extract.load import iter_documents
    from fupin_extract.model import Document

    docs = [d for d in iter_documents(folders) if isinstance(d, Document)][:n_docs]
    jieba.setLogLevel(60)
    jieba.initialize()
    warm()
    process_chunk(docs[:5])
    t_j = t_x = 0.0
    chars = 0
    clock = time.process_time
    for i in range(0, len(docs), batch):
        part = docs[i:i + batch]
        t = clock()
        for d in part:
            jieba.lcut(d.text)
        t_j += clock() - t
        t = clock()
        process_chunk(part)
        t_x += clock() - t
        chars += sum(len(d.text) for d in part)
    return {"documents": len(docs), "characters": chars, "jieba_s": t_j, "extract_s": t_x,
            "jieba_chars_per_s": chars / t_j, "extract_chars_per_s": chars / t_x, "ratio": t_j / t_x}


def table(rows: list, mach: dict) -> str:
    out = ["| documents | jobs | wall s | documents/s | characters/s | × jieba.lcut | × 1 worker | workers | peak RSS / worker (MB) | errors rows |",
           "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        out.append(f"| {r['n']:,} | {r['jobs']} | {r['wall_s']:.1f} | {r['docs_per_s']:,.0f} | {r['chars_per_s']:,.0f} | "
                   f"{r['x_jieba']:.2f} | {r['x_one_worker']:.2f} | {r['workers']} | {r['peak_rss_worker_mb']:.0f} | "
                   f"{r['errors']} |")
    out.append("")
    out.append("| documents | jieba.lcut s | jieba.lcut characters/s | jieba.lcut in 2 processes: × 1 process |")
    out.append("|---:|---:|---:|---:|")
    for n, j in sorted({r["n"]: r["jieba"] for r in rows}.items()):
        out.append(f"| {n:,} | {j['seconds']:.1f} | {j['chars_per_s']:,.0f} | {j['two_processes_speedup']:.2f} |")
    for r in rows[:1]:
        il = r.get("interleaved")
        if il:
            out.append("")
            out.append("| documents (in-process, interleaved) | jieba.lcut characters/s | extraction characters/s | × jieba.lcut |")
            out.append("|---:|---:|---:|---:|")
            out.append(f"| {il['documents']:,} | {il['jieba_chars_per_s']:,.0f} | {il['extract_chars_per_s']:,.0f} | "
                       f"{il['ratio']:.2f} |")
    out.append("")
    out.append(f"Machine: {mach['nproc']} CPUs ({mach['cpu']}), {mach['memory_gb']} GB RAM, Python {mach['python']}; "
               f"load average at start {mach['load_avg_at_start']}.")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="2000,20000", help="document counts (multiples of 1,000)")
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--chunk-size", type=int, default=200)
    ap.add_argument("--interleaved", type=int, default=2000, metavar="N",
                    help="also time extraction against jieba.lcut interleaved in this process on N documents (0: no)")
    a = ap.parse_args(argv)
    mach = machine()
    import fupin_extract

    mach["code"] = str(Path(fupin_extract.__file__).parent)
    try:
        mach["commit"] = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                        text=True).stdout.strip()
    except OSError:
        mach["commit"] = None
    print(f"code: {mach['code']} (checkout at {mach['commit']})", file=sys.stderr)
    rows = []
    for n in [int(x) for x in a.sizes.split(",")]:
        folders = ensure_archive(n)
        # extraction first: a child forked while this process holds every text would inherit
        # its peak RSS in ru_maxrss (psutil's samples are not affected)
        size_rows = []
        for jobs in [int(x) for x in a.jobs.split(",")]:
            print(f"[{n}] extract --jobs {jobs} …", file=sys.stderr)
            r = run_extract(folders, jobs, WORK / f"out-{n}-j{jobs}", a.chunk_size)
            r["n"] = n
            print(f"[{n}] --jobs {jobs}: {r['docs_per_s']:,.0f} docs/s, {r['chars_per_s']:,.0f} chars/s, "
                  f"peak RSS/worker {r['peak_rss_worker_mb']:.0f} MB", file=sys.stderr)
            size_rows.append(r)
        print(f"[{n}] jieba.lcut …", file=sys.stderr)
        jb = time_jieba(folders)
        print(f"[{n}] jieba.lcut: {jb['chars_per_s']:,.0f} chars/s; 2 processes ×{jb['two_processes_speedup']:.2f}",
              file=sys.stderr)
        for r in size_rows:
            r.update(jieba=jb, x_jieba=r["chars_per_s"] / jb["chars_per_s"],
                     x_one_worker=r["docs_per_s"] / size_rows[0]["docs_per_s"])
        rows.extend(size_rows)
    if rows and a.interleaved:
        print("interleaved jieba.lcut / process_chunk in this process …", file=sys.stderr)
        rows[0]["interleaved"] = interleaved(ensure_archive(a.interleaved), a.interleaved)
        il = rows[0]["interleaved"]
        print(f"interleaved: extraction {il['extract_chars_per_s']:,.0f} chars/s, jieba.lcut "
              f"{il['jieba_chars_per_s']:,.0f} chars/s, ×{il['ratio']:.2f}", file=sys.stderr)
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / "results.json").write_text(json.dumps({"machine": mach, "rows": rows}, indent=1), encoding="utf-8")
    print(table(rows, mach))
    return 0


if __name__ == "__main__":
    sys.exit(main())
