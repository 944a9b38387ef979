"""What the fuzz targets check, without atheris: shared by the harnesses and by
``tests/test_fuzz_regressions.py`` (which replays the stored crash inputs).

``check_extract(data)`` and ``check_reader(target, body)`` return normally when the input is
handled as documented and raise otherwise.
"""
from __future__ import annotations

import math
import tempfile
from pathlib import Path

import fupin_extract
from fupin_extract import load
from fupin_extract.model import Document, LoadError

_TMP = None


class InvariantError(AssertionError):
    """The code returned, but what it returned breaks a documented invariant."""


def decode(data: bytes) -> str:
    """Bytes → text the way files are decoded; bytes load.py refuses as UTF-8 with replacement."""
    try:
        return load.decode_bytes(data)[0]
    except LoadError:
        return data.decode("utf-8", errors="replace")


def check_text(text: str, deterministic: bool = True) -> None:
    df = fupin_extract.extract_text(text, doc_id="fuzz")
    for row in df.itertuples(index=False):
        if not (0 <= row.start < row.end <= len(text)):
            raise InvariantError(f"bad span {row.start}:{row.end} of {len(text)}")
        if text[row.start:row.end] != row.text:
            raise InvariantError(f"span text {row.text!r} != raw {text[row.start:row.end]!r}")
        if not math.isfinite(row.value):
            raise InvariantError(f"value not finite: {row.value!r} for {row.text!r}")
        vm = row.value_max
        if vm == vm and not (math.isfinite(vm) and vm >= row.value):
            raise InvariantError(f"value_max {vm!r} < value {row.value!r} for {row.text!r}")
    if deterministic:
        df2 = fupin_extract.extract_text(text, doc_id="fuzz")
        if not df.equals(df2):
            raise InvariantError("two runs on the same text differ")


def check_extract(data: bytes, deterministic: bool = True) -> None:
    check_text(decode(data), deterministic)


def reader_targets() -> list:
    return ["decode_bytes"] + sorted(load.READERS)


def check_reader(target: str, body: bytes) -> None:
    """``target`` is ``decode_bytes`` or a suffix of ``load.READERS`` (``.zip`` …)."""
    if target == "decode_bytes":
        try:
            text, enc = load.decode_bytes(body, "<fuzz>")
        except LoadError:
            return
        if not (isinstance(text, str) and isinstance(enc, str)):
            raise InvariantError(f"decode_bytes returned {type(text).__name__}, {type(enc).__name__}")
        return
    try:
        if hasattr(load, "read_bytes"):  # in memory: the bytes as if read from a file input<suffix>
            docs = load.read_bytes(body, f"input{target}", "fuzz", f"input{target}", load.ReadContext())
        else:
            global _TMP
            _TMP = _TMP or Path(tempfile.mkdtemp(prefix="fuzz_readers_"))
            path = _TMP / f"input{target}"
            path.write_bytes(body)
            docs = load.read_file(path, "fuzz")
    except LoadError:
        return
    if not isinstance(docs, list):
        raise InvariantError(f"reader {target} returned {type(docs).__name__}")
    for d in docs:
        if isinstance(d, LoadError):  # archives list a LoadError for each member they cannot read
            continue
        if not isinstance(d, Document) or not isinstance(d.text, str):
            raise InvariantError(f"reader {target} produced {type(d).__name__}")
