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


# --------------------------------------------------------------------------- issue 17: one format rule
import io
import json
import os
import fcntl
import pty
import struct
import termios

import pandas as pd

from fupin_extract import cli
from fupin_extract.cli import main

REPORT = "全乡共核定省定贫困户36户84人，其中因病致贫20户。争取上级财政专项扶贫发展资金715万元，贫困发生率由12.5%下降到0.8%。"


@pytest.fixture()
def report(tmp_path):
    f = tmp_path / "in" / "a.txt"
    f.parent.mkdir()
    f.write_text(REPORT, encoding="utf-8")
    return f


def _kind(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith(b"PK"):
        return "xlsx"
    if data.startswith(b"PAR1"):
        return "parquet"
    text = data.decode("utf-8-sig")
    if text.startswith("["):
        json.loads(text)
        return "json"
    if text.startswith("{"):
        [json.loads(l) for l in text.splitlines()]
        return "jsonl"
    return "csv"


@pytest.mark.parametrize("sub, name, extra, kind", [
    ("audit", "f.csv", [], "csv"),
    ("audit", "f.xlsx", [], "xlsx"),
    ("audit", "f.jsonl", [], "jsonl"),
    ("audit", "f.txt", ["--format", "csv"], "csv"),
    ("compare", "x.json", [], "json"),
    ("compare", "x.csv", [], "csv"),
    ("compare", "x.parquet", [], "parquet"),
    ("docs", "d.xlsx", [], "xlsx"),
    ("docs", "d.json", [], "json"),
    ("docs", "d.out", ["--format", "jsonl"], "jsonl"),
])
def test_the_format_comes_from_format_else_the_suffix(sub, name, extra, kind, report, tmp_path):
    out = tmp_path / name
    assert main([sub, str(report), "-o", str(out), "-q", *extra]) == 0
    assert _kind(out) == kind


@pytest.mark.parametrize("sub", ["audit", "compare", "docs"])
def test_an_unknown_suffix_is_a_usage_error(sub, report, tmp_path, capsys):
    out = tmp_path / "x.foo"
    assert main([sub, str(report), "-o", str(out)]) == 2
    assert not out.exists() and "suffix" in capsys.readouterr().err


@pytest.mark.parametrize("sub, fmt, check", [
    ("docs", "csv", lambda s: s.splitlines()[0].startswith("doc,")),
    ("docs", "json", lambda s: isinstance(json.loads(s), list)),
    ("audit", "csv", lambda s: s.splitlines()[0].startswith("doc,")),
    ("compare", "jsonl", lambda s: json.loads(s.splitlines()[0])["doc"] == "a"),
])
def test_format_to_stdout_is_that_format(sub, fmt, check, report, capsys):
    assert main([sub, str(report), "--format", fmt, "-q"]) == 0
    assert check(capsys.readouterr().out)


def test_version(capsys):
    assert main(["--version"]) == 0
    assert "0.1.0" in capsys.readouterr().out


@pytest.mark.parametrize("sub", ["docs", "audit", "compare", "report"])
@pytest.mark.parametrize("flag", ["-q", "--quiet", "-v", "--verbose"])
def test_quiet_and_verbose_after_every_subcommand(sub, flag):
    args = [sub, "x", flag] + (["-o", "r.html"] if sub == "report" else [])
    a = cli.build_parser().parse_args(args)
    assert (a.quiet if flag in ("-q", "--quiet") else a.verbose) is True


@pytest.mark.parametrize("sub", ["docs", "audit", "compare"])
def test_verbose_after_the_subcommand_says_more(sub, report, capsys):
    assert main([sub, str(report), "--format", "csv", "-v"]) == 0
    err = capsys.readouterr().err
    assert "read" in err and "→ stdout" in err
    assert main([sub, str(report), "--format", "csv", "-q"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("sub", ["docs", "audit", "compare", "report", "extract"])
def test_an_empty_folder_says_no_report_files(sub, tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / ("r.html" if sub == "report" else "o.csv" if sub != "extract" else "o")
    assert main([sub, str(empty), "-o", str(out)]) == 1
    assert f"no report files under {empty}" in capsys.readouterr().err
    if sub != "extract":  # the extract path's output folder belongs to the batch runner
        assert not out.exists()


@pytest.mark.parametrize("sub", ["docs", "audit", "compare"])
def test_dash_reads_standard_input(sub, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(REPORT.encode("gb18030"))))
    assert main([sub, "-", "--format", "jsonl", "-q"]) == 0
    rows = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert rows and rows[0]["doc"] == "stdin"


def test_docs_command_has_the_columns_of_corpus_documents(report, tmp_path):
    import fupin_extract as fx

    out = tmp_path / "d.parquet"
    assert main(["docs", str(report), "-o", str(out), "-q"]) == 0
    assert list(pd.read_parquet(out).columns) == list(fx.read(report).documents.columns)


@pytest.mark.parametrize("sub", ["docs", "audit", "compare", "report"])
def test_a_progress_bar_on_a_terminal(sub, report, tmp_path):
    out = tmp_path / ("r.html" if sub == "report" else "o.csv")
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal has a width
    try:
        r = subprocess.run([EXE, sub, str(report), "-o", str(out)], stderr=slave, stdout=subprocess.DEVNULL)
        os.close(slave)
        err = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            err += chunk
    finally:
        os.close(master)
    assert r.returncode == 0
    assert b"reading" in err and b"doc" in err and b"\r" in err
