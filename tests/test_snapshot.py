"""Every output table on corpora/ is the one in tests/snapshots/ (rewrite them with tables.py when a
change means to alter output; a move or refactoring must leave them as they are)."""
import difflib
import importlib.util
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "snapshots"
_spec = importlib.util.spec_from_file_location("snapshot_tables", HERE / "tables.py")
snap = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(snap)


@pytest.fixture(scope="module")
def fresh():
    return {name: snap.as_text(df) for name, df in snap.frames().items()}


#: the check documents (web25–web34): developers score them but do not read their errors, so a
#: failing snapshot shows how many of their lines changed, never the lines
HELD_OUT = tuple(f"web{k}" for k in range(25, 35))


def _shown(line: str) -> bool:
    body = line[1:] if line[:1] in "+-" and not line.startswith(("+++", "---")) else ""
    return not body.startswith(HELD_OUT)


@pytest.mark.parametrize("name", snap.NAMES)
def test_table_is_the_snapshot(fresh, name):
    saved = (HERE / f"{name}.tsv").read_text(encoding="utf-8")
    if fresh[name] != saved:
        lines = list(difflib.unified_diff(saved.splitlines(), fresh[name].splitlines(), "snapshot", "now",
                                          lineterm="", n=0))
        hidden = sum(not _shown(x) for x in lines)
        diff = "\n".join([x for x in lines if _shown(x)][:40] + [f"(+ {hidden} changed lines of check documents, not shown)"] * bool(hidden))
        pytest.fail(f"{name} differs from tests/snapshots/{name}.tsv (python tests/snapshots/tables.py "
                    f"rewrites it when the change is meant):\n{diff}")


def test_as_text_is_order_free():
    import pandas as pd

    a = pd.DataFrame({"doc": ["b", "a"], "value": [2.0, float("nan")], "parts": [[1, 2], None]})
    assert snap.as_text(a) == snap.as_text(a.iloc[::-1])
    assert snap.as_text(a) != snap.as_text(a.assign(value=[3.0, float("nan")]))
