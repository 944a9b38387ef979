"""The batch runner: shards, determinism across --jobs and engines, resume, failures, sql.

Small corpora made from ``corpora/`` in ``tmp_path``; no timed assertions.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pandas.testing as pdt
import pytest

import fupin_extract as fx
from fupin_extract import batch, cli
from fupin_extract.export import write_stdout_jsonl

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
# the six full reports (not the short web passages): counts below derive from len(TEXTS)
TEXTS = sorted(p for p in CORPORA.glob("*.txt") if not p.name.startswith("web"))
assert len(TEXTS) >= 3, "the batch tests need at least three full reports in corpora/"
CLI = Path(sys.executable).with_name("fupin-extract")


def make_corpus(folder: Path, copies: int = 1) -> Path:
    """The corpora reports, ``copies`` times, half of the copies re-encoded as GB18030."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(copies):
        sub = folder / f"set{k:02d}" if copies > 1 else folder
        sub.mkdir(exist_ok=True)
        for f in TEXTS:
            data = f.read_bytes()
            if k % 2:
                data = data.decode("utf-8").encode("gb18030")
            (sub / f.name).write_bytes(data)
    return folder


def shard_bytes(out: Path) -> dict:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.glob("*/part-*.parquet"))}


def assert_tables_equal(a: dict, b: dict) -> None:
    for t in batch.TABLES:
        pdt.assert_frame_equal(a[t], b[t], obj=t)


@pytest.fixture
def corpus_dir(tmp_path):
    return make_corpus(tmp_path / "in", copies=2)


# --------------------------------------------------------------------------- determinism
def test_jobs_1_and_2_give_identical_shards_and_tables(corpus_dir, tmp_path):
    r1 = batch.run_batch([corpus_dir], tmp_path / "j1", jobs=1, chunk_size=3)
    r2 = batch.run_batch([corpus_dir], tmp_path / "j2", jobs=2, chunk_size=3)
    assert (r1.n_documents, r1.n_figures, r1.n_errors) == (r2.n_documents, r2.n_figures, r2.n_errors)
    assert r1.n_documents == 2 * len(TEXTS) and r1.n_figures > 0
    s1, s2 = shard_bytes(tmp_path / "j1"), shard_bytes(tmp_path / "j2")
    n_chunks = -(-2 * len(TEXTS) // 3)  # files in chunks of 3
    assert len(s1) == len(batch.TABLES) * n_chunks
    assert s1 == s2
    assert_tables_equal(batch.read_output(tmp_path / "j1"), batch.read_output(tmp_path / "j2"))


def test_batch_tables_equal_read(corpus_dir, tmp_path):
    """The shards read back are exactly the tables of fx.read over the same folder."""
    batch.run_batch([corpus_dir], tmp_path / "out", jobs=2, chunk_size=5)
    got = batch.read_output(tmp_path / "out")
    c = fx.read(corpus_dir)
    assert_tables_equal(got, {"figures": c.figures, "documents": c.documents, "errors": c.errors})


def test_read_with_jobs_equals_read_in_process(corpus_dir):
    a = fx.read(corpus_dir)
    b = fx.read(corpus_dir, jobs=2)
    assert_tables_equal({"figures": a.figures, "documents": a.documents, "errors": a.errors},
                        {"figures": b.figures, "documents": b.documents, "errors": b.errors})
    assert a.texts == b.texts


def test_manifest_and_shard_layout(corpus_dir, tmp_path):
    out = tmp_path / "out"
    batch.run_batch([corpus_dir], out, jobs=1, chunk_size=5)
    m = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    n_chunks = -(-2 * len(TEXTS) // 5)
    assert m["status"] == "complete" and m["n_chunks"] == n_chunks
    assert [c["name"] for c in m["chunks"]] == [f"part-{i:05d}" for i in range(n_chunks)]
    for t in batch.TABLES:
        assert sorted(p.name for p in (out / t).iterdir()) == [f"part-{i:05d}.parquet" for i in range(n_chunks)]
    assert m["totals"]["documents"] == 2 * len(TEXTS)


def test_process_chunk_takes_paths_or_documents():
    docs = [d for d in fx.load.iter_documents(TEXTS[:2])]
    from_docs = batch.process_chunk(docs)
    from_paths = batch.process_chunk([str(p) for p in TEXTS[:2]])
    assert_tables_equal(from_docs, from_paths)
    assert set(from_docs) == {"figures", "documents", "errors"}
    assert list(from_docs["documents"]["doc"]) == [p.stem for p in TEXTS[:2]]


def test_stdout_jsonl_is_unchanged_by_the_runner(capsys):
    """Without -o, figures stream to stdout: the same lines as one pass over all files."""
    write_stdout_jsonl(fx.read(CORPORA).figures)
    expected = capsys.readouterr().out
    assert cli.main(["extract", str(CORPORA), "--jobs", "2", "--chunk-size", "2"]) == 0
    assert capsys.readouterr().out == expected


# --------------------------------------------------------------------------- resume
class Stop(Exception):
    pass


def test_resume_after_failure_reuses_done_chunks(corpus_dir, tmp_path):
    full = tmp_path / "full"
    batch.run_batch([corpus_dir], full, jobs=1, chunk_size=2)
    out = tmp_path / "out"

    def stop_after_two(i, _tables):
        if i == 1:
            raise Stop

    with pytest.raises(Stop):
        batch.run_batch([corpus_dir], out, jobs=1, chunk_size=2, on_tables=stop_after_two)
    assert json.loads((out / "manifest.json").read_text())["status"] == "running"
    done_before = {p: p.stat().st_mtime_ns for p in out.glob("*/part-*.parquet")}
    assert len(done_before) == 2 * 3
    res = batch.run_batch([corpus_dir], out, jobs=2, chunk_size=2, resume=True)
    assert (res.chunks_reused, res.chunks_run) == (2, 4)
    assert all(p.stat().st_mtime_ns == t for p, t in done_before.items())
    assert shard_bytes(out) == shard_bytes(full)
    assert_tables_equal(batch.read_output(out), batch.read_output(full))


def test_resume_reruns_only_the_chunk_whose_file_changed(corpus_dir, tmp_path):
    out = tmp_path / "out"
    batch.run_batch([corpus_dir], out, jobs=1, chunk_size=4)
    victim = sorted(corpus_dir.rglob("*.txt"))[5]  # in chunk 1
    victim.write_text(victim.read_text(encoding="gb18030" if "set01" in str(victim) else "utf-8")[:300],
                      encoding="utf-8")
    res = batch.run_batch([corpus_dir], out, jobs=1, chunk_size=4, resume=True)
    assert (res.chunks_reused, res.chunks_run) == (2, 1)
    assert_tables_equal(batch.read_output(out), {t: df for t, df in batch.read_output(
        _fresh(corpus_dir, tmp_path / "fresh")).items()})


def _fresh(corpus_dir, out):
    batch.run_batch([corpus_dir], out, jobs=1, chunk_size=4)
    return out


def test_run_without_resume_removes_stale_shards(corpus_dir, tmp_path):
    out = tmp_path / "out"
    batch.run_batch([corpus_dir], out, jobs=1, chunk_size=2)  # 6 chunks
    batch.run_batch([corpus_dir], out, jobs=1, chunk_size=6)  # 2 chunks
    assert len(list((out / "figures").glob("*.parquet"))) == 2
    assert not list((out / batch.MARKERS).glob("part-0000[2-5].json"))


def test_sigkilled_run_resumes_to_the_same_output(tmp_path):
    """A real kill: extract --jobs 1 --chunk-size 1 is SIGKILLed once its first shard is written."""
    src = tmp_path / "in"
    src.mkdir()
    for k in range(5):  # 30 short reports → 30 chunks
        for f in TEXTS:
            (src / f"{k}-{f.name}").write_text(f.read_text(encoding="utf-8")[k * 300:(k + 1) * 300 + 600],
                                               encoding="utf-8")
    out, full = tmp_path / "out", tmp_path / "full"
    cmd = [str(CLI), "extract", str(src), "--jobs", "1", "--chunk-size", "1", "--format", "parquet", "-q", "-o"]
    proc = subprocess.Popen(cmd + [str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    first = out / batch.MARKERS / "part-00000.json"
    deadline = time.monotonic() + 120
    while not first.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert first.exists()
    assert json.loads((out / "manifest.json").read_text())["status"] == "running"
    done = sorted(out.glob(f"{batch.MARKERS}/part-*.json"))
    assert 1 <= len(done) < 30
    kept = {p: p.stat().st_mtime_ns for p in out.glob("*/part-*.parquet")
            if (out / batch.MARKERS / (p.stem + ".json")) in done}
    assert subprocess.run(cmd[:-1] + ["--resume", "-o", str(out)]).returncode == 0
    m = json.loads((out / "manifest.json").read_text())
    assert m["status"] == "complete" and m["totals"]["chunks_reused"] == len(done)
    assert all(p.stat().st_mtime_ns == t for p, t in kept.items())
    assert subprocess.run(cmd[:-1] + ["-o", str(full)]).returncode == 0
    assert shard_bytes(out) == shard_bytes(full)
    assert not [p for p in out.rglob("*") if ".tmp-" in p.name]


# --------------------------------------------------------------------------- failures
def crashing_chunk(files, limits, texts=False):
    """A worker function that kills its process on files named crash-*."""
    for path, _doc in files:
        name = Path(path).name
        if name.startswith("crash-always"):
            os._exit(13)
        if name.startswith("crash-once"):
            flag = Path(path).with_name("." + name + ".crashed")
            if not flag.exists():
                flag.write_text("crashed once")
                os._exit(13)
    return batch.run_chunk(files, limits, texts)


@pytest.mark.parametrize("chunk_size", [1, 2])
def test_worker_crash_is_retried_once_then_recorded(tmp_path, chunk_size):
    """A file that kills its worker every time is one errors row; its chunk's other files and a
    file that kills its worker only once (retried) are processed as usual."""
    src = make_corpus(tmp_path / "in")
    shutil.copy(TEXTS[0], src / "crash-always.txt")  # sorted second: shares chunk 0 with changle-2016
    shutil.copy(TEXTS[1], src / "crash-once.txt")
    res = batch.run_batch([src], tmp_path / "out", jobs=2, chunk_size=chunk_size, chunk_fn=crashing_chunk)
    out = batch.read_output(tmp_path / "out")
    errors = out["errors"]
    assert list(errors["error_type"]) == ["WorkerCrash"]
    assert list(errors["doc"]) == ["crash-always"] and list(errors["stage"]) == ["worker"]
    assert res.chunks_crashed in (1, 2)  # crash-once's chunk too when its first try was cut short
    assert res.n_documents == len(TEXTS) + 1
    assert list(out["documents"]["doc"]) == sorted([p.stem for p in TEXTS] + ["crash-once"])
    clean = tmp_path / "clean"
    (clean / "in").mkdir(parents=True)
    for f in sorted(src.glob("*.txt")):
        if f.name != "crash-always.txt":
            shutil.copy(f, clean / "in" / f.name)
    expected = batch.process_chunk([clean / "in"])
    pdt.assert_frame_equal(out["figures"], expected["figures"])
    markers = [json.loads(p.read_text()) for p in sorted((tmp_path / "out" / batch.MARKERS).glob("*.json"))]
    retried = [m["first_file"] for m in markers if m["retry_on_resume"]]
    # --resume runs the chunk holding crash-always again (chunk 0 holds changle-2016 too when chunk_size=2)
    assert [Path(f).name for f in retried] == [sorted(src.glob("*.txt"))[(1 // chunk_size) * chunk_size].name]


def test_cli_bad_file_among_good_exits_3_with_an_error_row(tmp_path):
    src = make_corpus(tmp_path / "in")
    (src / "broken.txt").write_bytes(b"\x00\x01binary\x00" * 100)
    out = tmp_path / "out"
    assert cli.main(["extract", str(src), "-o", str(out), "--jobs", "2", "--chunk-size", "2", "-q"]) == 3
    errors = batch.read_output(out)["errors"]
    assert len(errors) == 1
    row = errors.iloc[0]
    assert row["path"].endswith("broken.txt") and row["stage"] == "load" and row["error_type"] == "LoadError"
    assert len(batch.read_output(out)["documents"]) == len(TEXTS)


def test_cli_all_bad_exits_1(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(b"\x00" * 50)
    out = tmp_path / "out"
    assert cli.main(["extract", str(src), "-o", str(out), "--jobs", "1", "-q"]) == 1
    assert len(batch.read_output(out)["errors"]) == 2


def test_cli_usage_errors_exit_2(tmp_path):
    assert cli.main(["extract", str(CORPORA), "--resume"]) == 2
    assert cli.main(["extract", str(CORPORA), "-o", str(tmp_path / "o"), "--jobs", "0"]) == 2


def test_cli_csv_writes_combined_tables_beside_the_shards(tmp_path):
    out = tmp_path / "out"
    assert cli.main(["extract", str(CORPORA), "-o", str(out), "--format", "csv", "--chunk-size", "4", "-q"]) == 0
    shards = batch.read_output(out)
    combined = pd.read_csv(out / "figures.csv", encoding="utf-8-sig")
    assert len(combined) == len(shards["figures"]) > 0
    assert list(combined["text"]) == list(shards["figures"]["text"])


# --------------------------------------------------------------------------- sql
def test_sql_counts_figures(tmp_path, capsys):
    out = tmp_path / "out"
    src = make_corpus(tmp_path / "in")
    assert cli.main(["extract", str(src), "-o", str(out), "--chunk-size", "2", "--format", "parquet", "-q"]) == 0
    capsys.readouterr()
    assert cli.main(["sql", str(out), "SELECT count(*) AS n FROM figures", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.split()
    assert lines == ["n", str(len(fx.read(src).figures))]


def test_sql_joins_documents_and_reports_bad_queries(tmp_path, capsys):
    out = tmp_path / "out"
    cli.main(["extract", str(make_corpus(tmp_path / "in")), "-o", str(out), "--format", "parquet", "-q"])
    capsys.readouterr()
    assert cli.main(["sql", str(out), "SELECT d.doc, count(*) AS n FROM figures f JOIN documents d USING (doc) "
                                      "GROUP BY 1 ORDER BY 1", "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["doc"] for r in rows] == [p.stem for p in TEXTS]
    assert cli.main(["sql", str(out), "SELEC 1"]) == 2
    assert cli.main(["sql", str(tmp_path / "nothing"), "SELECT 1"]) == 1


# --------------------------------------------------------------------------- dask
@pytest.mark.slow
def test_dask_local_cluster_gives_the_local_engine_output(corpus_dir, tmp_path):
    pytest.importorskip("distributed")
    local, dask_out = tmp_path / "local", tmp_path / "dask"
    batch.run_batch([corpus_dir], local, jobs=1, chunk_size=3)
    res = batch.run_batch([corpus_dir], dask_out, jobs=2, chunk_size=3, engine="dask")
    assert res.chunks_run == 4
    assert shard_bytes(dask_out) == shard_bytes(local)
    assert_tables_equal(batch.read_output(dask_out), batch.read_output(local))


@pytest.mark.slow
def test_dask_worker_crash_becomes_one_error_row(tmp_path):
    pytest.importorskip("distributed")
    src = make_corpus(tmp_path / "in")
    shutil.copy(TEXTS[0], src / "crash-always.txt")
    res = batch.run_batch([src], tmp_path / "out", jobs=2, chunk_size=2, engine="dask", chunk_fn=crashing_chunk)
    out = batch.read_output(tmp_path / "out")
    assert list(out["errors"]["doc"]) == ["crash-always"]
    assert list(out["errors"]["error_type"]) == ["WorkerCrash"]
    assert res.n_documents == len(TEXTS)
    assert list(out["documents"]["doc"]) == [p.stem for p in TEXTS]


def test_output_folder_inside_the_input_is_not_read(tmp_path):
    src = make_corpus(tmp_path / "in")
    out = src / "out"
    first = batch.run_batch([src], out, jobs=1, chunk_size=4)
    again = batch.run_batch([src], out, jobs=1, chunk_size=4, resume=True)
    assert first.n_files == again.n_files == len(TEXTS) and first.n_errors == 0
    assert again.chunks_reused == 2 and again.chunks_run == 0
