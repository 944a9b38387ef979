"""Coverage-guided fuzzing of the readers of :mod:`fupin_extract.load` (atheris / libFuzzer).

The first input byte picks the target, the rest is the file content:

* 0 → :func:`fupin_extract.load.decode_bytes` (must return ``(str, str)`` or raise ``LoadError``);
* k → the k-th reader of ``load.READERS`` (sorted by suffix: ``.doc``, ``.docx``, ``.gz``,
  ``.html``, ``.pdf``, ``.tar``, ``.txt``, ``.zip`` … whatever load.py registers when the
  fuzzer starts), called through :func:`fupin_extract.load.read_bytes` as a file
  ``input<suffix>`` (or :func:`~fupin_extract.load.read_file` on a temporary file when
  ``read_bytes`` does not exist).

Allowed outcomes: a list of :class:`Document` (``str`` text) and, for archive members that
cannot be read, :class:`LoadError`; or a raised :class:`LoadError`.
Anything else (another exception, a wrong type) is a finding.  Hangs and memory blow-ups
end the process through libFuzzer's ``-timeout`` / ``-rss_limit_mb``.

    .venv/bin/python fuzz/fuzz_readers.py fuzz/work/corpus_readers -max_total_time=60
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import record  # noqa: E402

with atheris.instrument_imports(include=["fupin_extract"]):
    from fupin_extract import load
    from fupin_extract.model import Document, LoadError

SUFFIXES = sorted(load.READERS)
TARGETS = ["decode_bytes"] + SUFFIXES
TMP = Path(tempfile.mkdtemp(prefix="fuzz_readers_"))


class InvariantError(AssertionError):
    pass


def target_of(data: bytes) -> str:
    return TARGETS[data[0] % len(TARGETS)] if data else "decode_bytes"


def run(data: bytes) -> None:
    target, body = target_of(data), data[1:]
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
            path = TMP / f"input{target}"
            path.write_bytes(body)
            docs = load.read_file(path, "fuzz")
    except LoadError:
        return
    if not isinstance(docs, list):
        raise InvariantError(f"reader {target} returned {type(docs).__name__}")
    for d in docs:
        # archives list a LoadError for each member they cannot read
        if isinstance(d, LoadError):
            continue
        if not isinstance(d, Document) or not isinstance(d.text, str):
            raise InvariantError(f"reader {target} produced {type(d).__name__}")


def TestOneInput(data: bytes) -> None:
    try:
        run(data)
    except Exception as e:  # noqa: BLE001 - every unexpected exception is a finding
        record("readers" + target_of(data).replace("decode_bytes", "-decode"), data, e)


def main() -> None:
    print(f"fuzz_readers targets: {TARGETS}", file=sys.stderr)
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
