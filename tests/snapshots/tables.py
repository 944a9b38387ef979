"""The output tables on ``corpora/``, written as sorted TSV so a change to any of them shows in review.

    python tests/snapshots/tables.py          # rewrite the snapshots after an intended change

``tests/test_snapshot.py`` compares a fresh run with these files: a move or a refactoring must leave
every table identical; a change that means to alter output rewrites them in the same commit.
"""
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
# run as a script, the tables come from this checkout's package (not from wherever the venv's
# editable install points, e.g. another worktree)
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
NAMES = ("figures", "documents", "errors", "findings", "comparison")


def frames() -> dict:
    import fupin_extract as fx

    corpus = fx.read(ROOT / "corpora", progress=False)
    return {"figures": corpus.figures, "documents": corpus.documents, "errors": corpus.errors,
            "findings": fx.audit(corpus), "comparison": fx.compare(corpus)}


def as_text(df: pd.DataFrame) -> str:
    df = df.copy()
    for c in df.columns:
        df[c] = df[c].map(_cell)
    if "path" in df.columns:  # where the checkout lies is not output
        df["path"] = df["path"].map(lambda p: p.replace(str(ROOT) + "/", ""))
    df = df.sort_values(list(df.columns)).reset_index(drop=True)
    return df.to_csv(sep="\t", index=False, lineterminator="\n")


def _cell(v) -> str:
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_cell(x) for x in v) + "]"
    if v is None or (isinstance(v, float) and v != v) or v is pd.NA or v is pd.NaT:
        return ""
    if isinstance(v, float):
        return repr(v)
    return str(v).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def write() -> None:
    for name, df in frames().items():
        (HERE / f"{name}.tsv").write_text(as_text(df), encoding="utf-8")


if __name__ == "__main__":
    write()
