"""Does extraction time grow linearly with input size?  A benchmark, not a test.

    .venv/bin/python benchmarks/bench_linear.py                 # 0.1, 1, 10 MB; both stages
    .venv/bin/python benchmarks/bench_linear.py --sizes 0.1 1 --stage figures

For each input kind and size (MB of UTF-8) it prints the seconds and microseconds per
character, and the peak memory: each case runs in a fresh process, whose peak resident size
(``ru_maxrss``) above the warmed-up baseline is the document's; MB per million characters
is printed too.  Linear growth shows as flat µs/char and MB/Mchar columns from 0.1 to 10 MB.

Stages: ``figures`` = normalise + the figure grammar in chunks (pipeline.figures_in_chunks,
what figures.py/patterns and the chunking do); ``document`` = the whole per-document
pipeline (``process_document``: also metadata and meaning).

Kinds: ``report`` (the corpora, repeated: real density of figures and stops), ``line`` (the
same words with every stop and line break removed: one line), ``sparse`` (a line of words
without numerals and three figures), ``digits`` (one long run of digits), ``figline`` (one
line of figures without any stop or comma: ``全乡贫困户36户84人投入资金715万元`` repeated,
the 10 MB line of issue 16).
"""
from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import regex

from fupin_extract import pipeline
from fupin_extract.model import Document
from fupin_extract.normalise import normalise
from fupin_extract.figures.numerals import CHINESE_NUMERAL_CHARS

ROOT = Path(__file__).resolve().parent.parent


def corpus_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*.txt")))


def make(kind: str, mb: float) -> str:
    nbytes = int(mb * 1024 * 1024)
    base = corpus_text()
    if kind == "report":
        unit = base
    elif kind == "line":
        unit = regex.sub(r"[。！？!?；;\n\r]", "，", base)
    elif kind == "sparse":
        unit = regex.sub(rf"[\p{{P}}\s\d{CHINESE_NUMERAL_CHARS}a-zA-Z]", "", base)
    elif kind == "digits":
        return "1" * nbytes
    elif kind == "figline":
        unit = "全乡贫困户36户84人投入资金715万元"
    else:
        raise ValueError(kind)
    per_char = len(unit.encode("utf-8")) / len(unit)
    n = int(nbytes / per_char)
    text = (unit * (n // len(unit) + 1))[:n]
    if kind == "sparse":
        text = "共有贫困户36户" + text[: n // 2] + "资金715万元" + text[n // 2:] + "脱贫84人"
    return text


def run(stage: str, text: str) -> tuple[float, int]:
    gc.collect()
    t0 = time.perf_counter()
    if stage == "figures":
        n = normalise(text)
        figs = pipeline.figures_in_chunks(text, n, "bench", pipeline.CHUNK_CHARS, pipeline._Clock("bench", 0))
        count = len(figs)
    else:
        res = pipeline.process_document(Document("bench", text), time_budget=0)
        count = sum(len(r.figures) for r in res)
    return time.perf_counter() - t0, count


def child(stage: str, kind: str, mb: float) -> None:
    """One case in this (fresh) process: JSON with seconds, figures, characters, peak and base MB."""
    run("document", "全乡共核定省定贫困户36户84人")  # load patterns, dictionaries, gazetteer
    text = make(kind, mb)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    secs, count = run(stage, text)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": secs, "figures": count, "chars": len(text), "peak_mb": peak, "base_mb": base}))


def measure(stage: str, kind: str, mb: float) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", stage, kind, str(mb)], capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", type=float, default=[0.1, 1, 10], help="MB of UTF-8 text")
    ap.add_argument("--stage", choices=["figures", "document", "both"], default="both")
    ap.add_argument("--kinds", nargs="+", default=["report", "line", "sparse", "digits", "figline"])
    ap.add_argument("--child", nargs=3, metavar=("STAGE", "KIND", "MB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], float(args.child[2]))
        return
    stages = ["figures", "document"] if args.stage == "both" else [args.stage]
    print(f"{'stage':9} {'kind':7} {'MB':>5} {'chars':>10} {'figures':>8} {'seconds':>8} {'µs/char':>8} "
          f"{'peak MB':>8} {'MB/Mchar':>8}")
    for stage in stages:
        for kind in args.kinds:
            for mb in args.sizes:
                r = measure(stage, kind, mb)
                grow = (r["peak_mb"] - r["base_mb"]) / (r["chars"] / 1e6)
                print(f"{stage:9} {kind:7} {mb:5g} {r['chars']:10d} {r['figures']:8d} {r['seconds']:8.2f} "
                      f"{r['seconds'] / r['chars'] * 1e6:8.3f} {r['peak_mb']:8.0f} {grow:8.0f}", flush=True)


if __name__ == "__main__":
    main()
