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


# --------------------------------------------------------------------------- the output folder
def _src(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    write(src, "a.txt")
    write(src, "b.txt", "贫困发生率由12.5%降至0.8%。\n".encode())
    return src


def _file_out(tmp_path, src):
    (tmp_path / "f").write_text("x")
    return tmp_path / "f", "is a file"


def _out_is_input(tmp_path, src):
    return src, "is an input"


def _out_above_input(tmp_path, src):
    return tmp_path, "above the input"


def _out_in_readonly(tmp_path, src):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    return ro / "out", "cannot create the output folder"


BAD_OUT = [("a file", _file_out), ("the input", _out_is_input), ("above the input", _out_above_input),
           ("inside a read-only folder", _out_in_readonly)]


@pytest.mark.parametrize("name,make", BAD_OUT, ids=[b[0] for b in BAD_OUT])
def test_unusable_output_folder_is_one_line_exit_2(tmp_path, capsys, name, make):
    if name == "inside a read-only folder" and os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    src = _src(tmp_path)
    out, words = make(tmp_path, src)
    with pytest.raises(UsageError, match=words):
        batch.run_batch([src], out, jobs=1)
    assert cli.main(["extract", str(src), "-o", str(out), "--format", "parquet", "-q"]) == 2
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_second_live_run_on_the_same_folder_is_refused_with_the_pid(tmp_path):
    src, out = _src(tmp_path), tmp_path / "out"
    lock = batch.OutputLock(out if out.mkdir() is None else out)
    try:
        with pytest.raises(UsageError, match=f"another extract is writing this folder \\(pid {os.getpid()}\\)"):
            batch.run_batch([src], out, jobs=1)
    finally:
        lock.release()
    assert batch.run_batch([src], out, jobs=1).n_documents == 2  # released: the next run goes


def test_lock_left_by_a_dead_run_is_taken_over(tmp_path):
    src, out = _src(tmp_path), tmp_path / "out"
    out.mkdir()
    (out / batch.LOCK).write_text("999999999\n")  # no flock held: its process is gone
    assert batch.run_batch([src], out, jobs=1).n_documents == 2


def _truncate(p: Path) -> None:
    p.write_bytes(p.read_bytes()[:100])


def _foreign(p: Path) -> None:
    other = p.with_name("part-00000.parquet")  # a valid shard with another row count
    p.write_bytes(other.read_bytes())


@pytest.mark.parametrize("damage", [_truncate, _foreign, Path.unlink], ids=["truncated", "other rows", "missing"])
def test_resume_checks_shards_and_reruns_a_bad_one(tmp_path, damage):
    src, out = _src(tmp_path), tmp_path / "out"
    write(src, "c.txt", "投入资金1,200万元，建成道路3条。\n".encode())
    first = batch.run_batch([src], out, jobs=1, chunk_size=1)
    ref = batch.read_output(out)
    damage(out / "figures" / "part-00002.parquet")
    again = batch.run_batch([src], out, jobs=1, chunk_size=1, resume=True)
    assert (again.chunks_reused, again.chunks_run) == (2, 1)
    got = batch.read_output(out)
    assert all(got[t].equals(ref[t]) for t in batch.TABLES) and first.n_figures == again.n_figures


# --------------------------------------------------------------------------- memory
from fupin_extract import pipeline  # noqa: E402
from fupin_extract.load import Limits  # noqa: E402


def _hungry(doc, **kw):
    if doc.doc_id == "hungry":
        _ = bytearray(512 * 1024 * 1024)  # more than the test's budget
    return _real_process(doc, **kw)


_real_process = pipeline.process_document


def test_memory_guard_turns_an_overflow_into_an_error_row_in_process(monkeypatch):
    monkeypatch.setattr(pipeline, "process_document", _hungry)
    docs = [Document("hungry", GOOD), Document("fine", GOOD)]
    t = pipeline.extract_partition(docs, memory_bytes=64 * 1024 * 1024)
    assert t["errors"][["doc", "error_type"]].values.tolist() == [["hungry", "MemoryError"]]
    assert "Limits.max_document_bytes" in t["errors"]["message"][0]
    assert list(t["documents"]["doc"]) == ["fine"]
    import resource

    assert resource.getrlimit(resource.RLIMIT_AS)[0] == resource.RLIM_INFINITY  # restored


def test_memory_guard_restores_the_limit_and_allows_small_work():
    with pipeline.memory_guard(256 * 1024 * 1024):
        x = bytearray(16 * 1024 * 1024)
    assert len(x) == 16 * 1024 * 1024


def hungry_chunk(files, limits, texts=False):
    """A worker function whose chunk with ``hungry.txt`` allocates far beyond the worker cap."""
    tables, stats = batch.run_chunk(files, limits, texts)
    return tables, stats


def test_worker_address_space_cap_makes_memory_error_rows(tmp_path):
    src = tmp_path / "in"
    write(src, "a.txt")
    write(src, "b.txt")
    limits = Limits(max_worker_bytes=2 * 1024 ** 3, max_document_bytes=64 * 1024 * 1024)
    big = "全乡贫困户36户84人投入资金715万元" * 20000  # one line, no stops: a real heavy document
    write(src, "c.txt", big.encode())
    res = batch.run_batch([src], tmp_path / "out", jobs=2, chunk_size=1, limits=limits)
    errs = res.errors[["doc", "error_type"]].values.tolist()
    assert errs == [["c", "MemoryError"]] and res.n_documents == 2


@pytest.mark.parametrize("n", [10_000, 100_000])
def test_long_runs_without_clause_stops_are_cut_for_meaning(n):
    text = "全乡贫困户36户84人投入资金715万元" * (n // 20)
    figs = [f for f in __import__("fupin_extract.figures", fromlist=["x"]).find_figures(text, "d")]
    b = pipeline.bounded_clauses(text, figs)
    assert len(b) == len(text)
    runs = pipeline._LONG_RUN.findall(b)
    assert not runs
    assert all(b[f.start:f.end] == text[f.start:f.end] for f in figs)  # no figure is cut


# --------------------------------------------------------------------------- sql
@pytest.fixture
def shards(tmp_path):
    out = tmp_path / "gt[12]"  # glob characters in the folder name are plain characters
    batch.run_batch([_src(tmp_path)], out, jobs=1)
    (tmp_path / "gt1").mkdir()  # what `gt[12]` would match as a glob
    return out


SQL_REFUSED = [
    ("copy to a file", "COPY (SELECT 1) TO '{tmp}/x.csv'"),
    ("copy over a shard", "COPY (SELECT 1 AS a) TO '{out}/figures/part-00000.parquet'"),
    ("read a system file", "SELECT * FROM read_text('/etc/passwd')"),
    ("glob the disk", "SELECT * FROM glob('/etc/*')"),
    ("install", "INSTALL httpfs"),
    ("load", "LOAD httpfs"),
    ("set", "SET enable_external_access = true"),
    ("attach", "ATTACH '{tmp}/y.db'"),
    ("second statement writes", "SELECT 1; COPY (SELECT 1) TO '{tmp}/z.csv'"),
]


@pytest.mark.parametrize("name,sql", SQL_REFUSED, ids=[r[0] for r in SQL_REFUSED])
def test_sql_refuses_what_is_not_a_read_of_the_shards(shards, tmp_path, capsys, name, sql):
    before = sorted(str(p) for p in tmp_path.rglob("*"))
    assert cli.main(["sql", str(shards), sql.format(tmp=tmp_path, out=shards)]) == 2
    assert "sql:" in capsys.readouterr().err
    assert sorted(str(p) for p in tmp_path.rglob("*")) == before


def test_sql_reads_the_shards_of_a_folder_with_glob_characters_and_writes_o_file(shards, tmp_path, capsys):
    assert cli.main(["sql", str(shards), "SELECT count(*) AS n FROM documents", "--format", "csv"]) == 0
    assert capsys.readouterr().out.split() == ["n", "2"]
    res = tmp_path / "r.csv"
    assert cli.main(["sql", str(shards), "SELECT doc FROM documents ORDER BY doc", "-o", str(res)]) == 0
    assert res.read_text(encoding="utf-8-sig").split() == ["doc", "a", "b"]
    assert cli.main(["sql", str(shards), "SELECT 1", "-o", str(tmp_path / "r.what")]) == 2


# --------------------------------------------------------------------------- process hygiene
SCRIPT = r"""
import os, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from fupin_extract import batch

def slow_chunk(files, limits, texts=False):
    Path({pids!r}, str(os.getpid())).write_text("")
    time.sleep(600)

if __name__ == "__main__":
    batch.run_batch([{src!r}], {out!r}, jobs=2, chunk_size=1, chunk_fn=slow_chunk)
"""


def _alive(pid: int) -> bool:
    import psutil

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _wait(cond, seconds: float = 60.0) -> bool:
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.2)
    return cond()


@pytest.mark.skipif(sys.platform != "linux", reason="signals and /proc")
@pytest.mark.parametrize("sig", ["SIGKILL", "SIGTERM"])
def test_workers_end_when_the_parent_is_killed_or_terminated(tmp_path, sig):
    import signal
    import subprocess

    import psutil

    src, pids = _src(tmp_path), tmp_path / "pids"
    pids.mkdir()
    script = tmp_path / "run.py"
    script.write_text(SCRIPT.format(root=str(Path(__file__).resolve().parent.parent), pids=str(pids),
                                    src=str(src), out=str(tmp_path / "out")))
    proc = subprocess.Popen([sys.executable, str(script)])
    try:
        assert _wait(lambda: len(list(pids.iterdir())) == 2), "the workers did not start"
        family = [p.pid for p in psutil.Process(proc.pid).children(recursive=True)]
        workers = [int(p.name) for p in pids.iterdir()]
        proc.send_signal(getattr(signal, sig))
        proc.wait(timeout=120)
        assert _wait(lambda: not any(_alive(p) for p in workers + family)), "processes outlived the run"
        if sig == "SIGTERM":
            assert proc.returncode == 0 or proc.returncode != -signal.SIGTERM  # handled, not killed by it
            assert (tmp_path / "out" / batch.LOCK).read_text() == ""  # the lock was released
    finally:
        if proc.poll() is None:
            proc.kill()


# --------------------------------------------------------------------------- encodings
TRAD = ("某縣人民政府關於2019年脫貧攻堅工作情況的報告\n一、基本情況\n全縣共有建檔立卡貧困戶1,236戶4,518人，"
        "全年投入扶貧資金8,650萬元，新建村級道路42公里，改造危房315戶。貧困發生率由5.2%下降到0.6%。\n")
SIMP = ("某县人民政府关于2019年脱贫攻坚工作情况的报告\n一、基本情况\n全县共有建档立卡贫困户1,236户4,518人，"
        "全年投入扶贫资金8,650万元，新建村级道路42公里，改造危房315户。贫困发生率由5.2%下降到0.6%。\n")
ENCODED = [
    ("big5", TRAD, TRAD.encode("big5"), "big5"),
    ("gbk", SIMP, SIMP.encode("gbk"), "gb18030"),
    ("gb18030", SIMP + "䶮", (SIMP + "䶮").encode("gb18030"), "gb18030"),
    ("traditional in gb18030", TRAD, TRAD.encode("gb18030"), "gb18030"),
    ("utf-16 with BOM", SIMP, SIMP.encode("utf-16"), "utf-16"),
    ("utf-16-be with BOM", SIMP, b"\xfe\xff" + SIMP.encode("utf-16-be"), "utf-16"),
]


@pytest.mark.parametrize("name,text,data,encoding", ENCODED, ids=[e[0] for e in ENCODED])
def test_legacy_encodings_are_detected_and_recorded(tmp_path, name, text, data, encoding):
    c = fx.read(write(tmp_path, "r.txt", data))
    assert c.errors.empty, c.errors.to_dict("records")
    assert c.texts["r"] == text and c.documents["encoding"][0] == encoding
    assert any(t.startswith("1,236") for t in c.figures["text"]) and len(c.figures) >= 5


MOJIBAKE = [
    ("utf-8 read as latin-1 and saved as utf-8", SIMP.encode("utf-8").decode("latin-1").encode("utf-8")),
    # Big5 bytes forced through GB18030 give kana and box drawing among the hanzi
    ("gb18030 with kana and box drawing", ("贫困户ッ┎チ現闽" * 20).encode("gb18030")),
]


@pytest.mark.parametrize("text", ["日本語の文章です。" * 10 + "贫困户36户。", "表格┌──┬──┐" * 20 + "贫困户36户。",
                                  "Café résumé naïve à la carte " * 10 + "贫困户36户。"])
def test_real_utf8_text_with_kana_box_drawing_or_accents_is_not_mojibake(tmp_path, text):
    c = fx.read(write(tmp_path, "ok.txt", text.encode("utf-8")))
    assert c.errors.empty and list(c.figures["text"]) == ["36户"]


@pytest.mark.parametrize("name,data", MOJIBAKE, ids=[m[0] for m in MOJIBAKE])
def test_mojibake_becomes_an_error_row(tmp_path, name, data):
    c = fx.read(write(tmp_path, "m.txt", data))
    assert c.documents.empty and "mojibake" in c.errors["message"][0] and c.errors["doc"][0] == "m"


def test_undecodable_message_gives_the_utf8_offset(tmp_path):
    data = "贫困户".encode("utf-8") + b"\x81\x30\xff\xfe\xfd" * 3  # bad in UTF-8 at 9, in GB18030 later
    c = fx.read(write(tmp_path, "u.txt", data))
    assert "not UTF-8 (undecodable bytes at offset 9)" in c.errors["message"][0]


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet"])
def test_a_run_that_read_nothing_writes_no_result_tables(tmp_path, fmt):
    src = tmp_path / "in"
    write(src, "empty.txt", b"")
    out = tmp_path / "out"
    assert cli.main(["extract", str(src), "-o", str(out), "--format", fmt, "-q"]) == 1
    assert not [p for p in out.iterdir() if p.is_file() and p.name.startswith(("figures", "documents"))]
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["status"] == "nothing read"


def test_output_folder_with_a_non_utf8_name(tmp_path):
    """Found by fuzz/fuzz_paths.py: pyarrow cannot open a path that is not UTF-8."""
    src, out = _src(tmp_path), tmp_path / os.fsdecode(b"o\xff")
    batch.run_batch([src], out, jobs=1)
    assert len(batch.read_output(out)["documents"]) == 2
    assert batch.run_batch([src], out, jobs=1, resume=True).chunks_reused == 1


@pytest.mark.parametrize("text", ["贫困户36户", "投入715万元", "脱贫"])
def test_a_few_characters_of_gb18030_stay_gb18030(tmp_path, text):
    c = fx.read(write(tmp_path, "s.txt", text.encode("gb18030")))
    assert c.documents["encoding"][0] == "gb18030" and c.texts["s"] == text
