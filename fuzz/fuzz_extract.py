"""Coverage-guided fuzzing of ``fupin_extract.extract_text`` (atheris / libFuzzer).

Input bytes are decoded the way files are (:func:`fupin_extract.load.decode_bytes`:
BOM, UTF-8, UTF-16, GB18030); bytes it refuses are decoded as UTF-8 with replacement, so
every input reaches the extractor.  Besides "does not raise", each input checks the
invariants of the figures table (``checks.check_text``): ``0 <= start < end <= len(text)``,
``text[start:end] == figure text``, finite values, ``value_max >= value`` and identical
output on a second run (every 8th input, for speed).

    .venv/bin/python fuzz/fuzz_extract.py fuzz/work/corpus_extract -max_total_time=60
"""
from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import record  # noqa: E402

with atheris.instrument_imports(include=["fupin_extract", "checks"]):
    import checks  # noqa: E402


def TestOneInput(data: bytes) -> None:
    try:
        checks.check_extract(data, deterministic=(len(data) % 8 == 0))
    except Exception as e:  # noqa: BLE001 - every exception is a finding
        record("extract", data, e)


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
