"""Coverage-guided fuzzing of the readers of :mod:`fupin_extract.load` (atheris / libFuzzer).

The first input byte picks the target, the rest is the file content:

* 0 → :func:`fupin_extract.load.decode_bytes` (must return ``(str, str)`` or raise ``LoadError``);
* k → the k-th reader of ``load.READERS`` (sorted by suffix: ``.doc``, ``.docx``, ``.gz``,
  ``.html``, ``.pdf``, ``.tar``, ``.txt``, ``.zip`` … whatever load.py registers when the
  fuzzer starts), called through :func:`fupin_extract.load.read_bytes` as a file
  ``input<suffix>`` (or :func:`~fupin_extract.load.read_file` on a temporary file when
  ``read_bytes`` does not exist).

Allowed outcomes (``checks.check_reader``): a list of :class:`Document` (``str`` text) and,
for archive members that cannot be read, :class:`LoadError`; or a raised :class:`LoadError`.
Anything else (another exception, a wrong type) is a finding.  Hangs and memory blow-ups
end the process through libFuzzer's ``-timeout`` / ``-rss_limit_mb``.

    .venv/bin/python fuzz/fuzz_readers.py fuzz/work/corpus_readers -max_total_time=60
"""
from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import record  # noqa: E402

with atheris.instrument_imports(include=["fupin_extract", "checks"]):
    import checks  # noqa: E402

TARGETS = checks.reader_targets()


def target_of(data: bytes) -> str:
    return TARGETS[data[0] % len(TARGETS)] if data else "decode_bytes"


def TestOneInput(data: bytes) -> None:
    target = target_of(data)
    try:
        checks.check_reader(target, data[1:])
    except Exception as e:  # noqa: BLE001 - every unexpected exception is a finding
        record("readers" + target.replace("decode_bytes", "-decode"), data, e)


def main() -> None:
    print(f"fuzz_readers targets: {TARGETS}", file=sys.stderr)
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
