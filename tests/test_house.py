"""House rules of the package (issue 15): short, simple functions; imports at the top; no cycles.
tests/house/known.txt lists the breaches still open; it may only shrink."""
import importlib.util
import textwrap
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "house"
_spec = importlib.util.spec_from_file_location("house_check", HERE / "check.py")
house = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(house)


def _known():
    return {l.strip() for l in (HERE / "known.txt").read_text(encoding="utf-8").splitlines() if l.strip()}


def test_no_new_breach():
    new = sorted(set(house.breaches()) - _known())
    assert not new, "house rules broken (tests/house/check.py):\n" + "\n".join(new)


def test_known_breaches_are_still_there():
    gone = sorted(_known() - set(house.breaches()))
    assert not gone, "fixed — remove from tests/house/known.txt:\n" + "\n".join(gone)


@pytest.mark.parametrize("src,expect", [
    ("def f():\n    import fupin_extract.model\n", "f imports fupin_extract.model"),
    ("def f():\n    import pdfplumber\n", None),
    ("def f():\n    import json\n", None),
    ("def f():\n" + "    x = 1\n" * 61, "f 62 lines"),
    ("def f(x):\n" + "".join(f"    if x == {i}:\n        return {i}\n" for i in range(21)), "f complexity 22"),
    ("def f(x):\n" + "".join(f"    if x == {i}:\n        return {i}\n" for i in range(19)), None),
])
def test_checker_finds_each_kind_of_breach(tmp_path, src, expect):
    path = tmp_path / "m.py"
    path.write_text(textwrap.dedent(src), encoding="utf-8")
    found = house.long_or_complex("m", path) + house.inner_imports("m", path)
    assert [f for f in found if expect and expect in f] if expect else not found, found
