"""What one document may cost: seconds (a clock checked between steps) and address space.

The knobs are module constants read from the environment once: ``$FUPIN_TIME_BUDGET``,
``$FUPIN_CHUNK_CHARS``, ``$FUPIN_MEMORY_BUDGET``; :mod:`fupin_extract.pipeline` gives them
under their old names.
"""
from __future__ import annotations

import contextlib
import os
import time
from typing import Optional


def _env_number(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


#: seconds one document may take in the extract stage; beyond it the document becomes an
#: error row (stage ``extract``, error_type ``TimeoutError``).  0 or less: no limit.
#: ``$FUPIN_TIME_BUDGET`` overrides the default; ``process_document(time_budget=…)`` one call.
TIME_BUDGET: float = _env_number("FUPIN_TIME_BUDGET", 120.0)
#: documents longer than this (characters) are searched for figures in chunks of about this
#: size, cut after a sentence stop; the budget is checked between chunks.  ``$FUPIN_CHUNK_CHARS``.
CHUNK_CHARS: int = int(_env_number("FUPIN_CHUNK_CHARS", 1_000_000))
#: address space one document may add while extracted (bytes); see Limits.max_document_bytes
MEMORY_BUDGET: int = int(_env_number("FUPIN_MEMORY_BUDGET", 3 * 1024 ** 3))


class Clock:
    """Elapsed time of one document against its budget (checked between steps, no signals)."""

    def __init__(self, doc_id: str, budget: float):
        self.doc_id, self.budget = doc_id, budget
        self.t0 = time.monotonic()

    def check(self, where: str) -> None:
        if self.budget > 0:
            elapsed = time.monotonic() - self.t0
            if elapsed > self.budget:
                raise TimeoutError(f"document {self.doc_id!r} exceeded the time budget of {self.budget:g} s "
                                   f"({elapsed:.1f} s, stopped {where}; see pipeline.TIME_BUDGET)")


def _address_space() -> Optional[int]:
    """Bytes of address space this process maps now (Linux), else None."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def limit_address_space(limit: int) -> None:
    """Cap this process's address space (``RLIMIT_AS``, soft) at ``limit`` bytes, never above
    the hard limit nor above a lower cap already set."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    new = min(x for x in (limit, soft, hard) if x != resource.RLIM_INFINITY) if limit else soft
    if new != soft:
        resource.setrlimit(resource.RLIMIT_AS, (new, hard))


@contextlib.contextmanager
def memory_guard(budget: Optional[int]):
    """While the block runs, the process may map at most ``budget`` more bytes: beyond that
    an allocation raises MemoryError (Python's, numpy's, pyarrow's) instead of exhausting the
    machine.  The previous limit is restored afterwards.  No-op without ``budget`` or /proc."""
    now = _address_space() if budget else None
    if now is None:
        yield
        return
    import resource

    old = resource.getrlimit(resource.RLIMIT_AS)
    limit_address_space(now + budget)
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, old)
