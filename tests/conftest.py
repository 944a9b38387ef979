import json
from pathlib import Path

import pytest

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
