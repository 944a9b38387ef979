"""Replay every stored fuzz finding (tests/fuzz_cases/): each must now be handled as documented.

The checks are the fuzz targets' own (``fuzz/checks.py``): extraction never raises and keeps
its invariants; readers give documents or ``LoadError``s.  See tests/fuzz_cases/README.md.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "fuzz_cases"
sys.path.insert(0, str(ROOT / "fuzz"))
import checks  # noqa: E402

NAME = re.compile(r"^(?:extract|readers(?P<suffix>\.[A-Za-z0-9]+)|readers-decode)-[0-9a-f]+\.bin$")


def cases():
    return sorted(CASES.glob("*.bin"))


def test_case_names_are_understood():
    assert cases(), "no stored fuzz cases"
    for p in cases():
        assert NAME.match(p.name), p.name
        assert p.with_suffix(".txt").exists(), f"{p.name}: no note of what was found"


@pytest.mark.parametrize("path", cases(), ids=lambda p: p.stem)
def test_fuzz_case(path):
    data = path.read_bytes()
    m = NAME.match(path.name)
    if path.name.startswith("extract-"):
        checks.check_extract(data)
    elif m.group("suffix"):
        suffix = m.group("suffix")
        from fupin_extract import load

        if suffix not in load.READERS:
            pytest.skip(f"load.py no longer has a reader for {suffix}")
        checks.check_reader(suffix, data[1:])
    else:
        checks.check_reader("decode_bytes", data[1:])
