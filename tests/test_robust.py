"""Issue 16: nothing a single file or a second user does takes a run down.

Hostile inputs and output folders, each class one row; small and fast (no large files: the
memory guard is tested with a small limit).
"""
import json
import os
import sys
from pathlib import Path

import pytest

import fupin_extract as fx
from fupin_extract import batch, cli
from fupin_extract.load import iter_documents
from fupin_extract.model import Document, LoadError, UsageError, clean_text

GOOD = "全乡共核定贫困户36户84人，投入资金715万元。\n"
BAD_NAME = os.fsdecode(b"bad\xffname.txt")  # a Windows-zip file name: not UTF-8


def write(folder: Path, name, data: bytes = GOOD.encode()) -> Path:
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    return p


# --------------------------------------------------------------------------- names and text
def test_non_utf8_file_name_is_read_and_its_doc_id_says_so(tmp_path):
    src = tmp_path / "in"
    write(src, BAD_NAME)
    c = fx.read(src)
    assert list(c.documents["doc"]) == ["bad\ufffdname"]
    assert "\ufffd" in c.documents["path"][0] and set(c.figures["text"]) >= {"36户", "84人"}


@pytest.mark.parametrize("jobs", [1, 2])
def test_non_utf8_file_name_in_a_batch_with_shards(tmp_path, jobs):
    src = tmp_path / "in"
    write(src, BAD_NAME)
    write(src, "good.txt")
    res = batch.run_batch([src], tmp_path / "out", jobs=jobs, chunk_size=1)
    assert (res.n_documents, res.n_errors) == (2, 0)
    m = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert m["status"] == "complete"
    assert sorted(batch.read_output(tmp_path / "out")["documents"]["doc"]) == ["bad\ufffdname", "good"]


def test_non_utf8_file_name_on_the_command_line(tmp_path, capsys):
    src = tmp_path / "in"
    write(src, BAD_NAME)
    assert cli.main(["extract", str(src)]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {r["doc"] for r in rows} == {"bad\ufffdname"}


@pytest.mark.parametrize("text", ["贫困户36户\ud800，84人。", "\udcff贫困户36户，84人。", "贫困户36户，84人。\udfff"])
def test_lone_surrogate_is_replaced_before_segmentation(text):
    df = fx.extract_text(text, doc_id="s")
    assert list(df["text"]) == ["36户", "84人"]
    clean = clean_text(text)
    assert len(clean) == len(text) and all(clean[s:e] == t for s, e, t in zip(df["start"], df["end"], df["text"]))


def test_document_and_load_error_hold_no_surrogates():
    d = Document("a\udcffb", "x\ud800", path="/p/\udcff")
    assert (d.doc_id, d.text, d.path) == ("a\ufffdb", "x\ufffd", "/p/\ufffd")
    e = LoadError("/p/\udcff.txt", "why", doc_id="\udcff")
    assert e.path == "/p/\ufffd.txt" and e.doc_id == "\ufffd"


# --------------------------------------------------------------------------- inputs never skipped silently
def _fifo(folder: Path) -> Path:
    p = folder / "pipe.txt"
    os.mkfifo(p)
    return p


def _broken_link(folder: Path) -> Path:
    p = folder / "gone.txt"
    p.symlink_to(folder / "missing-target.txt")
    return p


def _unlistable(folder: Path) -> Path:
    p = folder / "locked"
    p.mkdir()
    write(p, "inside.txt")
    p.chmod(0)
    return p


def _dir_link(folder: Path) -> Path:
    target = folder.parent / "elsewhere"
    write(target, "x.txt")
    p = folder / "linked"
    p.symlink_to(target, target_is_directory=True)
    return p


SPECIAL = [
    ("fifo", _fifo, "named pipe"),
    ("broken symlink", _broken_link, "broken symbolic link"),
    ("unlistable folder", _unlistable, "cannot list folder"),
    ("link to a folder", _dir_link, "not followed"),
]


@pytest.mark.skipif(os.name != "posix", reason="POSIX special files")
@pytest.mark.parametrize("name,make,words", SPECIAL, ids=[s[0] for s in SPECIAL])
def test_every_entry_under_an_input_is_read_or_an_error_row(tmp_path, name, make, words):
    if name == "unlistable folder" and os.geteuid() == 0:
        pytest.skip("root lists every folder")
    src = tmp_path / "in"
    write(src, "good.txt")
    bad = make(src)
    try:
        c = fx.read(src)
        res = batch.run_batch([src], tmp_path / "out", jobs=1)
    finally:
        if name == "unlistable folder":
            bad.chmod(0o755)
    assert list(c.documents["doc"]) == ["good"]
    assert len(c.errors) == 1 and words in c.errors["message"][0], c.errors.to_dict("records")
    assert c.errors["doc"][0] == bad.stem  # error rows carry the doc id
    assert (res.n_documents, res.n_errors) == (1, 1)


@pytest.mark.skipif(os.name != "posix", reason="FIFOs")
def test_fifo_given_directly_is_an_error_not_a_hang(tmp_path):
    p = _fifo(tmp_path)
    items = list(iter_documents([p]))
    assert len(items) == 1 and isinstance(items[0], LoadError) and "special files are not read" in items[0].reason


@pytest.mark.parametrize("call", [lambda: fx.read(""), lambda: list(iter_documents([""])),
                                  lambda: batch.run_batch([""], None, jobs=1)])
def test_empty_path_is_a_usage_error(call):
    with pytest.raises(UsageError, match="empty path"):
        call()


def test_empty_path_on_the_command_line_exits_2(capsys):
    assert cli.main(["extract", ""]) == 2
    assert "empty path" in capsys.readouterr().err


def test_load_error_rows_carry_the_doc_id(tmp_path):
    src = tmp_path / "in"
    write(src, "sub/empty.txt", b"")
    write(src, "good.txt")
    c = fx.read(src)
    assert c.errors[["doc", "stage"]].values.tolist() == [["sub/empty", "load"]]
