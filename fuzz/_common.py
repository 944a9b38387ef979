"""Shared helpers of the atheris harnesses: record a finding once per signature, go on.

libFuzzer stops at the first Python exception.  To see every distinct bug of a run, the
harnesses catch the exception themselves, store the input under ``fuzz/crashes/`` once per
*signature* (exception type + innermost frame in the package), and keep fuzzing.  Hangs
(libFuzzer ``-timeout``) and out-of-memory (``-rss_limit_mb``) still end the process and
leave a libFuzzer artifact in the same folder; ``run.sh`` restarts the target.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRASH_DIR = Path(os.environ.get("FUZZ_CRASH_DIR", HERE / "crashes"))
STATS = os.environ.get("FUZZ_STATS")  # json file: findings of this process

_seen: dict = {}
_total = [0]


def signature(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    inner = [f for f in frames if "fupin_extract" in f.filename] or frames
    f = inner[-1] if inner else None
    where = f"{Path(f.filename).name}:{f.lineno}" if f else "?"
    return f"{type(exc).__name__}@{where}"


def record(target: str, data: bytes, exc: BaseException) -> None:
    """Store ``data`` as a finding of ``target`` unless its signature was seen already."""
    _total[0] += 1
    sig = signature(exc)
    if sig not in _seen:
        CRASH_DIR.mkdir(parents=True, exist_ok=True)
        h = hashlib.sha1(data).hexdigest()[:16]
        name = f"{target}-{h}"
        (CRASH_DIR / f"{name}.bin").write_bytes(data)
        (CRASH_DIR / f"{name}.txt").write_text(
            f"target: {target}\nsignature: {sig}\n\n"
            + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
            encoding="utf-8")
        _seen[sig] = name
        print(f"\n=== NEW FINDING {sig} → {CRASH_DIR / name}.bin", file=sys.stderr, flush=True)
    if STATS:
        Path(STATS).write_text(json.dumps({"exceptions": _total[0], "signatures": _seen}, indent=1))
