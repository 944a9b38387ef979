"""Does extraction time grow linearly with input size?  A benchmark, not a test.

    .venv/bin/python benchmarks/bench_linear.py                 # 0.1, 1, 10 MB; both stages
    .venv/bin/python benchmarks/bench_linear.py --sizes 0.1 1 --stage figures

For each input kind and size (MB of UTF-8) it prints the seconds and microseconds per
character.  Linear growth shows as a flat µs/char column from 0.1 to 10 MB.

Stages: ``figures`` = normalise + the figure grammar in chunks (pipeline.figures_in_chunks,
what figures.py/patterns and the chunking do); ``document`` = the whole per-document
pipeline (``process_document``: also metadata and meaning).

Kinds: ``report`` (the corpora, repeated: real density of figures and stops), ``line`` (the
same words with every stop and line break removed: one line), ``sparse`` (a line of words
without numerals and three figures), ``digits`` (one long run of digits).
"""
from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path

import regex

from fupin_extract import pipeline
from fupin_extract.model import Document
from fupin_extract.normalise import normalise
from fupin_extract.numerals import CHINESE_NUMERAL_CHARS

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", type=float, default=[0.1, 1, 10], help="MB of UTF-8 text")
    ap.add_argument("--stage", choices=["figures", "document", "both"], default="both")
    ap.add_argument("--kinds", nargs="+", default=["report", "line", "sparse", "digits"])
    args = ap.parse_args()
    stages = ["figures", "document"] if args.stage == "both" else [args.stage]
    run("document", "全乡共核定省定贫困户36户84人")  # load patterns, dictionaries, gazetteer
    print(f"{'stage':9} {'kind':7} {'MB':>5} {'chars':>10} {'figures':>8} {'seconds':>8} {'µs/char':>8}")
    for stage in stages:
        for kind in args.kinds:
            for mb in args.sizes:
                text = make(kind, mb)
                secs, count = run(stage, text)
                print(f"{stage:9} {kind:7} {mb:5g} {len(text):10d} {count:8d} {secs:8.2f} "
                      f"{secs / len(text) * 1e6:8.3f}", flush=True)


if __name__ == "__main__":
    main()
