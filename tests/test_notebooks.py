"""The notebooks in notebooks/ run top to bottom without errors, in a kernel of this
interpreter's environment, and are stored in git without outputs.

Each notebook is executed with nbclient in a fresh kernel whose working directory is
notebooks/ (03 also from the repository root: the notebooks find corpora/ from either).
02 saves its plot under out/notebooks/ (never into a tracked folder); here it writes to a
temporary folder instead (``FUPIN_NOTEBOOK_OUT``), and runs a second time with ``FUPIN_NOTEBOOK_CJK=0`` to check that
the ASCII fallback puts no Chinese text into a plot (no missing-glyph warnings).
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
from jupyter_client.kernelspec import KernelSpecManager  # noqa: E402
from jupyter_client.manager import AsyncKernelManager  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NB_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NB_DIR.glob("*.ipynb"))
NAMES = [p.name for p in NOTEBOOKS]
EXPECTED = {"01_quickstart.ipynb", "02_cross_township.ipynb", "03_audit.ipynb"}
# what matplotlib prints when a label has characters its font does not have
GLYPH_WARNINGS = ("Glyph", "missing from font", "missing from current font")
PROBE = "import json, sys\nprint('KERNEL ' + json.dumps({'prefix': sys.prefix, 'executable': sys.executable}))"
# the names jupyter_client replaces by sys.executable when a kernelspec starts with them
NATIVE_ARGV0 = {"python", f"python{sys.version_info[0]}", "python%i.%i" % sys.version_info[:2]}


def test_the_notebooks_are_there():
    assert EXPECTED <= set(NAMES), NAMES


# --------------------------------------------------------------------------- stored without outputs
@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_notebook_is_stored_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "a notebook without code"
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        assert cell.get("outputs") == [], f"cell {i} of {path.name} has outputs: strip them before committing"
        assert cell.get("execution_count") is None, f"cell {i} of {path.name} has an execution_count"
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert all(c.get("outputs", []) == [] for c in raw["cells"])


def test_stripped_check_fails_on_an_executed_notebook(tmp_path):
    """The check above catches a notebook saved with outputs."""
    nb = nbformat.read(NOTEBOOKS[0], as_version=4)
    cell = next(c for c in nb.cells if c.cell_type == "code")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="x\n")]
    cell.execution_count = 1
    bad = tmp_path / "bad.ipynb"
    nbformat.write(nb, bad)
    with pytest.raises(AssertionError):
        test_notebook_is_stored_without_outputs(bad)


# --------------------------------------------------------------------------- the kernel
def _spec_is_this_python(argv0: str) -> bool:
    return argv0 in NATIVE_ARGV0 or os.path.abspath(argv0) == os.path.abspath(sys.executable)


@pytest.fixture(scope="module")
def kernel_specs(tmp_path_factory):
    """A KernelSpecManager whose "python3" starts this interpreter.

    The default one does when its argv starts with ``python`` (jupyter_client puts
    sys.executable there) or with this interpreter's path; otherwise a private kernelspec
    in a temporary folder does (nothing is installed into the environment)."""
    default = KernelSpecManager()
    try:
        argv0 = default.get_kernel_spec("python3").argv[0]
    except Exception:  # no python3 kernelspec at all
        argv0 = ""
    if _spec_is_this_python(argv0):
        return default
    folder = tmp_path_factory.mktemp("kernels")
    spec = folder / "python3"
    spec.mkdir()
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (fupin-extract tests)", "language": "python",
    }), encoding="utf-8")
    return KernelSpecManager(kernel_dirs=[str(folder)])


def execute(path: Path, kernel_specs, cwd: Path = NB_DIR):
    """Run every cell of a copy of the notebook plus a probe cell; errors raise CellExecutionError."""
    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(PROBE))
    km = AsyncKernelManager(kernel_name="python3", kernel_spec_manager=kernel_specs)
    client = nbclient.NotebookClient(nb, km=km, kernel_name="python3", timeout=600, allow_errors=False,
                                     resources={"metadata": {"path": str(cwd)}})
    client.execute()
    probe = "".join(o.get("text", "") for o in nb.cells[-1].outputs if o.output_type == "stream")
    kernel = json.loads(probe.split("KERNEL ", 1)[1])
    assert kernel["prefix"] == sys.prefix, f"the kernel runs {kernel['executable']}, not this environment's python"
    return nb


def stderr_of(nb) -> str:
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
                   if o.output_type == "stream" and o.get("name") == "stderr")


def outputs_of(nb, mime: str):
    return [o["data"][mime] for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
            if mime in o.get("data", {})]


@pytest.fixture
def out_dir(tmp_path, monkeypatch):
    """Where notebook 02 writes its PNG while tested (the kernel inherits the environment)."""
    monkeypatch.setenv("FUPIN_NOTEBOOK_OUT", str(tmp_path))
    monkeypatch.delenv("FUPIN_NOTEBOOK_CJK", raising=False)
    return tmp_path


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_notebook_runs(path, kernel_specs, out_dir):
    nb = execute(path, kernel_specs)
    err = stderr_of(nb)
    assert not any(w in err for w in GLYPH_WARNINGS), err
    assert not any(o.output_type == "error" for c in nb.cells for o in c.get("outputs", []))
    if path.name == "02_cross_township.ipynb":
        png = out_dir / "poverty-incidence.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert outputs_of(nb, "image/png"), "no plot displayed"
    if path.name == "01_quickstart.ipynb":
        assert any("spans" in h for h in outputs_of(nb, "text/html")), "no displacy output"
    if path.name == "03_audit.ipynb":
        html = "".join(outputs_of(nb, "text/html"))
        assert "<mark" in html and "3150幢" in html


@pytest.mark.slow
def test_notebook_runs_from_the_repository_root(kernel_specs, out_dir):
    execute(NB_DIR / "03_audit.ipynb", kernel_specs, cwd=ROOT)


@pytest.mark.slow
def test_plots_without_a_cjk_font_have_no_missing_glyphs(kernel_specs, out_dir, monkeypatch):
    """With the CJK font switched off, every plot label is ASCII: no missing-glyph warnings."""
    monkeypatch.setenv("FUPIN_NOTEBOOK_CJK", "0")
    nb = execute(NB_DIR / "02_cross_township.ipynb", kernel_specs)
    err = stderr_of(nb)
    assert not any(w in err for w in GLYPH_WARNINGS), err
    assert (out_dir / "poverty-incidence.png").is_file()


def test_readme_figure_is_small():
    png = ROOT / "docs" / "poverty-incidence.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size < 200_000


# --------------------------------------------------------------------------- notebooks write only scratch files
TRACKED = ("docs", "notebooks", "tests", "patterns", "fupin_extract")  # corpora is read, never written


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_notebooks_write_nothing_into_tracked_folders(path):
    code = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code")
    for folder in TRACKED:
        assert f'ROOT / "{folder}"' not in code and f"ROOT / '{folder}'" not in code, folder
    if "savefig(" in code:
        assert 'ROOT / "out"' in code


@pytest.mark.parametrize("path", [p for p in NOTEBOOKS if "matplotlib" in p.read_text(encoding="utf-8")],
                         ids=lambda p: p.name)
def test_notebooks_with_plots_use_the_chinese_font_helper(path):
    code = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code")
    assert "use_chinese_font()" in code
    assert "font.sans-serif" not in code  # one helper, not a hand-made font list


@pytest.mark.slow
def test_notebook_02_by_default_writes_under_out(kernel_specs, monkeypatch):
    monkeypatch.delenv("FUPIN_NOTEBOOK_OUT", raising=False)
    monkeypatch.delenv("FUPIN_NOTEBOOK_CJK", raising=False)
    tracked = ROOT / "docs" / "poverty-incidence.png"
    before = tracked.read_bytes()
    execute(NB_DIR / "02_cross_township.ipynb", kernel_specs)
    assert tracked.read_bytes() == before
    assert (ROOT / "out" / "notebooks" / "poverty-incidence.png").is_file()
