"""Packaging and README promises: SPDX license, runnable snippets, what "empty" means."""
from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def python_blocks(text: str):
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def test_license_is_an_spdx_string():
    assert PYPROJECT["project"]["license"] == "MIT"
    requires = " ".join(PYPROJECT["build-system"]["requires"])
    assert re.search(r"setuptools>=(\d+)", requires) and int(re.search(r"setuptools>=(\d+)", requires)[1]) >= 77


def test_dev_extras_have_what_the_readme_runs():
    dev = " ".join(PYPROJECT["project"]["optional-dependencies"]["dev"])
    for pkg in ("jupyterlab", "nbclient", "pytest", "playwright"):
        assert pkg in dev
    assert "make notebooks" in README and "jupyter lab" in README


def test_spacy_tokenizer_has_an_entry_point():
    eps = PYPROJECT["project"]["entry-points"]["spacy_tokenizers"]
    assert eps["fupin_extract.FigureTokenizer.v1"] == "fupin_extract.integrations.spacy:create_tokenizer"


def _block_with(word: str) -> str:
    (block,) = [b for b in python_blocks(README) if word in b]
    return block


def test_dask_snippet_has_a_main_guard_and_runs(tmp_path):
    pytest.importorskip("dask.bag")
    block = _block_with("dask.bag")
    assert 'if __name__ == "__main__":' in block
    script = tmp_path / "dask_snippet.py"
    script.write_text(block, encoding="utf-8")
    r = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    assert int(r.stdout.split()[0]) > 100


def test_spark_snippet_is_marked_a_sketch_and_defines_its_names():
    block = _block_with("mapInPandas")
    assert "sketch" in block.splitlines()[0]
    for name in ("spark", "paths_df", "figures_schema", "extract"):
        assert re.search(rf"^(def )?{name}\b", block, flags=re.M), name


def test_empty_means_na_in_the_columns_table():
    section = README.split("## Output columns", 1)[1].split("## Patterns are data", 1)[0]
    assert "<NA>" in section
    rows = [l for l in section.splitlines() if l.startswith("|")]
    assert not any("empty" in r for r in rows)
