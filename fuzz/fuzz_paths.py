"""Coverage-guided fuzzing of file names and output folders (atheris / libFuzzer), issue 16.

The input is split at the first two ``\\x00`` bytes into a file name (raw bytes: any byte
but ``/`` and NUL, UTF-8 or not), the file's content and an output folder name (relative,
may hold ``..``, glob characters, non-UTF-8 bytes, or name the input).  In a fresh temporary
folder the file is written under ``in/`` and :func:`fupin_extract.batch.run_batch` runs
``in → out`` in process.

Allowed outcomes (``check``): a BatchResult whose tables read back, whose manifest is JSON,
and which wrote nothing outside the output folder (the input folder keeps exactly its one
file); or a :class:`UsageError` (an output folder that is unusable, equal to or above the
input).  Anything else is a finding.

    .venv/bin/python fuzz/fuzz_paths.py fuzz/work/corpus_paths -max_total_time=60
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import record  # noqa: E402

with atheris.instrument_imports(include=["fupin_extract"]):
    from fupin_extract import batch  # noqa: E402
    from fupin_extract.model import UsageError  # noqa: E402


def split(data: bytes):
    name, _, rest = data.partition(b"\x00")
    content, _, out = rest.partition(b"\x00")
    name = name.replace(b"/", b"_")[:200] or b"r.txt"
    if name in (b".", b".."):
        name = b"r.txt"
    out = out.replace(b"\x00", b"")[:100] or b"out"
    return name, content, out


def files_under(root: Path, skip: Path) -> set:
    out = set()
    for dirpath, dirnames, filenames in os.walk(root):
        d = Path(dirpath)
        if d == skip or skip in d.parents:
            continue
        out.update(str(d / f) for f in filenames)
    return out


def check(data: bytes) -> None:
    name, content, out_name = split(data)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        src = root / "in"
        src.mkdir()
        (src / os.fsdecode(name)).write_bytes(content)
        out = Path(os.path.normpath(root / os.fsdecode(out_name)))
        if root not in out.parents:  # a name that climbs out of the sandbox: not run
            return
        before = files_under(root, out)
        try:
            batch.run_batch([src], out, jobs=1)
        except UsageError:
            return
        assert files_under(root, out) == before, "files written outside the output folder"
        json.loads((out / batch.MANIFEST).read_text(encoding="utf-8"))
        tables = batch.read_output(out)
        assert len(tables["documents"]) + len(tables["errors"]) >= 1, "the file was neither read nor an error"


def TestOneInput(data: bytes) -> None:
    try:
        check(data)
    except Exception as e:  # noqa: BLE001 - every unexpected exception is a finding
        record("paths", data, e)


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
