"""A/B of the figure grammar: an earlier commit against the checkout, in one process.

Run: .venv/bin/python benchmarks/ab_figures.py COMMIT [ROUNDS [REPETITIONS]] [--document] [--any]

The machine is shared and its speed drifts by tens of per cent within minutes, so two runs of
``bench_figures.py`` one after the other do not tell a 3 % change from the drift.  This script
puts the ``fupin_extract`` package and ``patterns/`` of COMMIT (``git archive``) under
``benchmarks/work/ab_<commit>/`` as a package of another name, checks that both give the same
figures on every corpus text, and then times both in the same process: each report goes through
jieba.lcut, then the two codes in alternating order (whichever runs second finds the report's
text in the CPU cache), CPU time summed per code.  It prints old/new per repetition, both codes
× jieba.lcut, and the medians.  ``--document`` times ``process_document`` instead of
``find_figures``.
"""
import dataclasses
import importlib
import re
import statistics
import subprocess
import sys
import tarfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def snapshot(commit: str) -> str:
    """The package of ``commit`` as an importable package of its own name; that name."""
    sha = subprocess.run(["git", "rev-parse", "--short", commit], cwd=ROOT, check=True, capture_output=True,
                         text=True).stdout.strip()
    name = f"fupin_ab_{sha}"
    base = ROOT / "benchmarks" / "work" / f"ab_{sha}"
    if not (base / name).is_dir():
        tar = subprocess.run(["git", "archive", sha, "fupin_extract", "patterns"], cwd=ROOT, check=True,
                             capture_output=True).stdout
        base.mkdir(parents=True, exist_ok=True)
        with tarfile.open(fileobj=BytesIO(tar)) as t:
            t.extractall(base)
        (base / "fupin_extract").rename(base / name)
        for py in (base / name).rglob("*.py"):
            py.write_text(re.sub(r"\bfupin_extract\b", name, py.read_text(encoding="utf-8")), encoding="utf-8")
    sys.path.insert(0, str(base))
    return name


def _rows(figs) -> list:
    return [tuple(getattr(f, x.name) for x in dataclasses.fields(f)) for f in figs]


def main(commit: str, rounds: int, repetitions: int, document: bool, any_output: bool = False) -> None:
    import jieba

    old_name = snapshot(commit)
    old = importlib.import_module(f"{old_name}.figures")
    new = importlib.import_module("fupin_extract.figures")
    jieba.setLogLevel(60)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*.txt"))]
    differ = [i for i, x in enumerate(texts) if _rows(old.find_figures(x, str(i))) != _rows(new.find_figures(x, str(i)))]
    if differ and not any_output:
        sys.exit(f"the figures of text {differ[0]} differ between {commit} and the checkout (--any times them anyway)")
    if differ:
        print(f"(the figures of {len(differ)} texts differ between {commit} and the checkout: timing only)")
    steps = (lambda i, x: old.find_figures(x, str(i)), lambda i, x: new.find_figures(x, str(i)))
    if document:
        steps = (_documents(old_name), _documents("fupin_extract"))
    jieba.lcut(texts[0])
    for f in steps:
        f(0, texts[0])
    what = "process_document" if document else "find_figures"
    print(f"{what}: {commit} (old) against the checkout (new), {len(texts)} texts x {rounds} rounds")
    ratios, x_old, x_new = [], [], []
    for r in range(repetitions):
        t_j, t_old, t_new = _interleaved(texts, steps, rounds, r)
        ratios.append(t_old / t_new)
        x_old.append(t_j / t_old)
        x_new.append(t_j / t_new)
        print(f"repetition {r + 1}: old/new {t_old / t_new:.3f}; x jieba.lcut: old {t_j / t_old:.2f}, new {t_j / t_new:.2f}")
    print(f"median: old/new {statistics.median(ratios):.3f}; x jieba.lcut: old {statistics.median(x_old):.2f}, "
          f"new {statistics.median(x_new):.2f}")


def _documents(package: str):
    """``process_document`` of ``package`` as a step (report number, text)."""
    model = importlib.import_module(f"{package}.model")
    pipeline = importlib.import_module(f"{package}.pipeline")
    return lambda i, x: pipeline.process_document(model.Document(str(i), x))


def _interleaved(texts, steps, rounds: int, r: int) -> tuple:
    """CPU seconds of jieba.lcut and the two steps, report by report, the steps' order alternating."""
    import jieba

    clock = time.process_time
    t_j = 0.0
    spent = [0.0, 0.0]
    for rd in range(rounds):
        for i, x in enumerate(texts):
            t = clock()
            jieba.lcut(x)
            t_j += clock() - t
            for k in ((0, 1) if (i + rd + r) % 2 == 0 else (1, 0)):
                t = clock()
                steps[k](i, x)
                spent[k] += clock() - t
    return t_j, spent[0], spent[1]


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    main(args[0], int(args[1]) if len(args) > 1 else 3, int(args[2]) if len(args) > 2 else 3, "--document" in sys.argv,
         "--any" in sys.argv)
