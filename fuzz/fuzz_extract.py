"""Coverage-guided fuzzing of ``fupin_extract.extract_text`` (atheris / libFuzzer).

Input bytes are decoded the way files are (:func:`fupin_extract.load.decode_bytes`:
BOM, UTF-8, UTF-16, GB18030); bytes it refuses are decoded as UTF-8 with replacement, so
every input reaches the extractor.  Besides "does not raise", each input checks the
invariants of the figures table: ``0 <= start < end <= len(text)``,
``text[start:end] == figure text``, finite values, ``value_max >= value`` and identical
output on a second run (every 8th input, for speed).

    .venv/bin/python fuzz/fuzz_extract.py fuzz/work/corpus_extract -max_total_time=60
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import record  # noqa: E402

with atheris.instrument_imports(include=["fupin_extract"]):
    import fupin_extract
    from fupin_extract.load import decode_bytes
    from fupin_extract.model import LoadError


class InvariantError(AssertionError):
    pass


def decode(data: bytes) -> str:
    try:
        return decode_bytes(data)[0]
    except LoadError:
        return data.decode("utf-8", errors="replace")


def check(text: str, deterministic: bool) -> None:
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


def TestOneInput(data: bytes) -> None:
    text = decode(data)
    try:
        check(text, deterministic=(len(data) % 8 == 0))
    except Exception as e:  # noqa: BLE001 - every exception is a finding
        record("extract", data, e)


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
