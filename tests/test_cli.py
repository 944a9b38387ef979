"""The command line: help with examples, exit codes, one clear line per bad file, --verbose."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXE = str(Path(sys.executable).parent / "fupin-extract")
SUBCOMMANDS = ["extract", "docs", "eval", "compare", "audit", "report", "sql"]


def run(*args, **kw):
    return subprocess.run([EXE, *args], capture_output=True, text=True, **kw)


@pytest.mark.parametrize("sub", SUBCOMMANDS)
def test_every_subcommand_help_shows_an_example(sub):
    r = run(sub, "--help")
    assert r.returncode == 0
    assert "example" in r.stdout and f"fupin-extract {sub}" in r.stdout


def test_top_level_help_lists_exit_codes():
    r = run("--help")
    assert r.returncode == 0 and "exit codes" in r.stdout and "3 some files failed" in r.stdout


@pytest.mark.parametrize("args", [["nonsense"], ["extract"], ["extract", "corpora", "--format", "csv"], []])
def test_usage_errors_exit_2(args):
    assert run(*args, cwd=ROOT).returncode == 2


def test_exit_codes_and_error_lines(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("全乡共核定省定贫困户36户84人", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    r = run("docs", str(tmp_path))
    assert r.returncode == 3
    lines = [l for l in r.stderr.splitlines() if l.strip()]
    assert any("empty.txt" in l and "empty" in l for l in lines)
    bad_only = tmp_path / "bad"
    bad_only.mkdir()
    (bad_only / "x.bin").write_bytes(b"\x00\x01\x02" * 100)
    assert run("docs", str(bad_only)).returncode == 1
    assert run("docs", str(good)).returncode == 0


def test_verbose_shows_each_file_read(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("贫困户36户", encoding="gb18030")
    r = run("--verbose", "docs", str(f))
    assert r.returncode == 0
    assert "read" in r.stderr and "gb18030" in r.stderr
    assert run("--quiet", "docs", str(f)).stderr == ""
