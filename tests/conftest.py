import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import morph  # noqa: E402  (tests/morph.py: metamorphic scoring)

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
GOLD = ROOT / "tests" / "gold"


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def corpus():
    import fupin_extract as fx

    return fx.read(CORPORA)


@pytest.fixture(scope="session")
def raw_texts():
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPORA.glob("*.txt"))}


# --- the seen documents for the metamorphic tests (tests/morph.py), scored once per session ---------
@pytest.fixture(scope="session")
def base():
    """(the seen documents as morph.Variant, their scores)."""
    return morph.seen_and_identity()


@pytest.fixture(scope="session")
def seen(base):
    return list(base[0])


@pytest.fixture(scope="session")
def identity(base):
    return base[1]
