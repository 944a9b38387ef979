"""Figure extraction vs jieba.lcut on the same text, in the same process (issue: core engine).

Run: .venv/bin/python benchmarks/bench_figures.py [ROUNDS [REPETITIONS]]
Times are CPU seconds of this process, summed over the rounds, the three steps interleaved
report by report (so that a slow spell of a shared machine hits all of them alike).  With
REPETITIONS > 1 the measurement is repeated and one table printed per repetition (the spread
between them is what the machine's load does to the ratios).
Prints characters/second for: jieba.lcut (default, HMM on), find_figures (grammar only),
and process_document (figures + indicators + scope + period + metadata).
"""
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(rounds: int = 5, repetitions: int = 1) -> None:
    import jieba

    from fupin_extract.figures import find_figures
    from fupin_extract.model import Document
    from fupin_extract.pipeline import process_document

    jieba.setLogLevel(60)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*.txt"))]
    chars = sum(map(len, texts)) * rounds
    # warm up: load dictionaries, compile patterns
    jieba.lcut(texts[0])
    process_document(Document("w", texts[0]))

    # interleaved: each report goes through the three steps in turn, so a slow spell of a
    # shared machine slows all three alike and the ratios stay meaningful (whole passes one
    # after the other gave ratios from 1.2 to 2.2 on the same code on a busy day)
    steps = (lambda i, x: jieba.lcut(x), lambda i, x: find_figures(x, str(i)),
             lambda i, x: process_document(Document(str(i), x)))
    for _ in range(repetitions):
        t_jieba, t_fig, t_full = _interleaved(texts, steps, rounds)
        print(f"text: {chars:,} characters ({len(texts)} reports x {rounds} rounds)")
        print("| step | chars/s | × jieba.lcut |")
        print("|---|---:|---:|")
        for name, t in (("jieba.lcut (default)", t_jieba), ("find_figures (grammar)", t_fig),
                        ("process_document (figures + meaning + metadata)", t_full)):
            print(f"| {name} | {chars / t:,.0f} | {t_jieba / t:.2f} |")


def _interleaved(texts, steps, rounds: int) -> list:
    """CPU seconds of each step over ``rounds`` passes, the steps in turn on each report."""
    spent = [0.0] * len(steps)
    clock = time.process_time
    for _ in range(rounds):
        for i, x in enumerate(texts):
            for k, fn in enumerate(steps):
                t = clock()
                fn(i, x)
                spent[k] += clock() - t
    return spent


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5, int(sys.argv[2]) if len(sys.argv) > 2 else 1)
