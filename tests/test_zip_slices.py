"""A zip of more members than a chunk holds is cut into slices of members, one chunk each,
so one large archive still spreads over the workers; the tables are those of reading it whole."""
from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

import pandas.testing as pdt
import pytest

import fupin_extract as fx
from fupin_extract import batch
from fupin_extract.load import Limits, read_file

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted(p for p in (ROOT / "corpora").glob("*.txt") if not p.name.startswith("web"))  # the six full reports


def paragraphs() -> list:
    out = []
    for f in TEXTS:
        out.extend(p for p in f.read_text(encoding="utf-8").split("\n") if len(p) > 40)
    return out


def make_zip(path: Path, n: int, duplicate_at: int | None = None) -> Path:
    """``n`` reports of three real paragraphs each; ``duplicate_at``: that member repeats the
    name of member 0 (zip allows it; the reader reports the repeat)."""
    paras = paragraphs()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("reports/", "")  # a folder entry: not a member that counts
            for k in range(n):
                name = "reports/r000.txt" if k == duplicate_at else f"reports/r{k:03d}.txt"
                body = "\n".join(paras[(3 * k + j) % len(paras)] for j in range(3))
                data = body.encode("gb18030") if k % 3 == 1 else body.encode("utf-8")
                zf.writestr(name, data)
    return path


def tables(out: Path) -> dict:
    return batch.read_output(out)


def assert_same(a: dict, b: dict) -> None:
    for t in batch.TABLES:
        pdt.assert_frame_equal(a[t], b[t], obj=t)


@pytest.fixture
def big_zip(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for f in TEXTS[:2]:  # loose files sorted before the archive
        (folder / f.name).write_bytes(f.read_bytes())
    make_zip(folder / "zz_archive.zip", 25)
    return folder


def test_plan_cuts_a_large_zip_into_member_slices(big_zip):
    chunks = batch.plan_chunks([big_zip], chunk_size=10)
    refs = [c.files for c in chunks]
    assert len(refs[0]) == 2 and all(len(r) == 2 for r in refs[0])  # the two loose files
    zip_path = str(big_zip / "zz_archive.zip")
    assert [r[0][2] for r in refs[1:]] == [(0, 10), (10, 20), (20, 25)]
    assert all(r[0][0] == zip_path and r[0][1] == "zz_archive" for r in refs[1:])
    # a small zip stays one file of its chunk
    assert all(len(ref) == 2 for c in batch.plan_chunks([big_zip], chunk_size=30) for ref in c.files)


@pytest.mark.parametrize("jobs", [1, 2])
def test_slices_give_the_tables_of_the_whole_archive(big_zip, tmp_path, jobs):
    whole = batch.run_batch([big_zip], tmp_path / "whole", jobs=1, chunk_size=100)
    cut = batch.run_batch([big_zip], tmp_path / f"cut{jobs}", jobs=jobs, chunk_size=10)
    assert cut.n_documents == whole.n_documents == 2 + 25
    assert cut.n_figures == whole.n_figures > 0
    assert len(list((tmp_path / f"cut{jobs}" / "figures").glob("part-*.parquet"))) == 4
    assert_same(tables(tmp_path / f"cut{jobs}"), tables(tmp_path / "whole"))
    docs = tables(tmp_path / f"cut{jobs}")["documents"]["doc"].tolist()
    assert docs[2:] == [f"zz_archive/reports/r{k:03d}" for k in range(25)]


def test_a_repeated_member_name_in_a_later_slice_is_still_a_duplicate(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    make_zip(folder / "a.zip", 12, duplicate_at=11)  # sorts right after r000: slice 0 of size 1
    whole = batch.run_batch([folder], tmp_path / "whole", jobs=1, chunk_size=100)
    cut = batch.run_batch([folder], tmp_path / "cut", jobs=1, chunk_size=1)
    assert_same(tables(tmp_path / "cut"), tables(tmp_path / "whole"))
    errors = tables(tmp_path / "cut")["errors"]
    assert len(errors) == 1 and "duplicate member name" in errors["message"].iloc[0]
    assert cut.n_documents == 11


def test_read_file_reads_only_the_slice(tmp_path):
    z = make_zip(tmp_path / "a.zip", 7)
    part = read_file(z, "a", members=(2, 5))
    assert [d.doc_id for d in part] == ["a/reports/r002", "a/reports/r003", "a/reports/r004"]
    assert [d.doc_id for d in read_file(z, "a")] == [f"a/reports/r{k:03d}" for k in range(7)]


def test_resume_reuses_every_slice(big_zip, tmp_path):
    out = tmp_path / "out"
    first = batch.run_batch([big_zip], out, jobs=1, chunk_size=10)
    again = batch.run_batch([big_zip], out, jobs=1, chunk_size=10, resume=True)
    assert again.chunks_reused == 4 and again.chunks_run == 0
    assert again.n_documents == first.n_documents


def test_a_zip_over_the_member_limit_is_not_cut_and_fails_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    make_zip(folder / "a.zip", 12)
    limits = Limits(max_archive_members=5)
    chunks = batch.plan_chunks([folder], chunk_size=4, limits=limits)
    assert len(chunks) == 1 and len(chunks[0].files[0]) == 2
    res = batch.run_batch([folder], None, jobs=1, chunk_size=4, limits=limits)
    assert res.n_documents == 0 and len(res.errors) == 1
    assert "Limits.max_archive_members" in res.errors["message"].iloc[0]


def test_read_with_jobs_cuts_the_zip_and_equals_read_in_process(big_zip):
    """fx.read(jobs=2) goes through the runner (large zips cut into slices); jobs=1 reads the
    archive whole in this process: the same tables and texts."""
    one, two = fx.read(big_zip, jobs=1), fx.read(big_zip, jobs=2)
    assert len(one.documents) == 27
    pdt.assert_frame_equal(one.figures, two.figures)
    pdt.assert_frame_equal(one.documents, two.documents)
    assert one.texts == two.texts
