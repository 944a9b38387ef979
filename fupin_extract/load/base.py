"""What every reader shares: :class:`Limits`, the :class:`ReadContext` of one top-level file,
one-line errors, and the reader table with its dispatch by suffix (:func:`read_bytes`).

``READERS`` maps a suffix to ``reader(data, doc_id, path, ctx) -> list[Document | LoadError]``;
:mod:`fupin_extract.load.files` fills it with the readers of :mod:`.decode`, :mod:`.html`,
:mod:`.office` and :mod:`.archive` (archives read their members through :func:`read_bytes`, so the
table sits here, below every reader).
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import PurePosixPath
from typing import Callable, Dict, List, Optional, Tuple, Union

from fupin_extract.load.decode import read_txt
from fupin_extract.model import Document, LoadError, one_line  # noqa: F401  (readers import it from here)

Item = Union[Document, LoadError]

#: compound suffixes that name one format; the doc id drops the whole of it
COMPOUND_SUFFIXES = (".tar.gz", ".tgz")

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Resource limits applied while reading; each has a safe default.

    Sizes are in bytes, text in characters.  A file or archive member beyond a limit
    becomes a :class:`LoadError` that says which limit and by how much.
    """

    #: size of one file on disk, or of one archive member once decompressed
    max_file_bytes: int = 256 * MiB
    #: all bytes decompressed while reading one file (zip/gz/tar members, docx parts), together
    max_decompressed_bytes: int = 512 * MiB
    #: decompressed / compressed size of a zip member, a .gz stream or a docx part …
    max_compression_ratio: int = 100
    #: … checked once the decompressed size passes this (small, very regular files are fine)
    ratio_grace_bytes: int = 1 * MiB
    #: members of one archive (directories not counted)
    max_archive_members: int = 10_000
    #: archives inside archives: a.zip!b.zip!c.txt is depth 2
    max_archive_depth: int = 3
    #: pages of one PDF
    max_pdf_pages: int = 2_000
    #: element nesting depth of an HTML page, checked before the page is parsed
    max_html_depth: int = 256
    #: characters of one document's text (50 MB of UTF-8 text is at most 50 M characters)
    max_text_chars: int = 64 * MiB
    #: memory (address space) one document may add while it is extracted; beyond it the
    #: document becomes an error row ``MemoryError`` and the run goes on (also in-process)
    max_document_bytes: int = 3 * 1024 * MiB
    #: address space of a worker process (``RLIMIT_AS``); None: a share of the machine's
    #: memory (physical memory / jobs, at least 2 GiB).  Not part of a chunk's key.
    max_worker_bytes: Optional[int] = None

    def __post_init__(self):
        for f in fields(self):
            v = getattr(self, f.name)
            if v is None and f.name == "max_worker_bytes":
                continue
            if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
                raise ValueError(f"Limits.{f.name} must be a positive integer, got {v!r}")

    def key(self) -> str:
        """What of the limits changes the tables: everything but the memory caps of processes."""
        return repr({f.name: getattr(self, f.name) for f in fields(self) if f.name != "max_worker_bytes"})


DEFAULT_LIMITS = Limits()


@dataclass
class Budget:
    """What one top-level file may still decompress, shared by nested archives."""

    remaining: int

    def take(self, n: int, path: str, limits: Limits) -> None:
        self.remaining -= n
        if self.remaining < 0:
            raise LoadError(path, f"decompressed data beyond the limit of {limits.max_decompressed_bytes} bytes "
                                  f"for one file (Limits.max_decompressed_bytes)")


@dataclass
class ReadContext:
    """Limits plus the state one top-level file carries through nested readers."""

    limits: Limits = DEFAULT_LIMITS
    depth: int = 0
    budget: Budget = field(default=None)  # type: ignore[assignment]
    #: read only the members [a, b) (in member-name order) of a top-level zip: a slice of a
    #: large archive, so that its members spread over chunks and workers
    members: Optional[Tuple[int, int]] = None

    def __post_init__(self):
        if self.budget is None:
            self.budget = Budget(self.limits.max_decompressed_bytes)

    def nested(self) -> "ReadContext":
        return ReadContext(self.limits, self.depth + 1, self.budget)



# --------------------------------------------------------------------------- dispatch
Reader = Callable[[bytes, str, str, ReadContext], List[Item]]

#: suffix → reader(data, doc_id, path, ctx) -> list[Document | LoadError] (filled by :mod:`.files`)
READERS: Dict[str, Reader] = {}


def suffix_of(name: str) -> str:
    """The lower-case suffix that picks the reader (``.tar.gz`` is read as ``.gz``)."""
    return PurePosixPath(name.replace("\\", "/")).suffix.lower()


def strip_suffix(name: str) -> str:
    """``name`` without its format suffix: ``a/b.txt`` → ``a/b``, ``x.tar.gz`` → ``x``, ``y.txt.gz`` → ``y``."""
    low = name.lower()
    for comp in COMPOUND_SUFFIXES:
        if low.endswith(comp) and len(name) > len(comp):
            return name[: -len(comp)]
    p = PurePosixPath(name)
    if p.suffix.lower() == ".gz" and p.stem and PurePosixPath(p.stem).suffix.lower() in READERS:
        p = p.with_suffix("")
    return str(p.with_suffix("")) if p.suffix else str(p)


def read_bytes(data: bytes, name: str, doc_id: str, path: str, ctx: ReadContext) -> List[Item]:
    """Read in-memory bytes of a file called ``name`` (its suffix picks the reader).

    Raises LoadError when the whole input is unreadable; checks the text-length limit of
    every document the reader returns.
    """
    if not data:
        raise LoadError(path, "empty file")
    reader = READERS.get(suffix_of(name), read_txt)
    out: List[Item] = []
    for item in reader(data, doc_id, path, ctx):
        if isinstance(item, Document) and len(item.text) > ctx.limits.max_text_chars:
            item = LoadError(item.path or path, f"text too long: {len(item.text)} characters > limit "
                                                f"{ctx.limits.max_text_chars} (Limits.max_text_chars)")
        out.append(item)
    if len(out) == 1 and isinstance(out[0], LoadError) and out[0].path == path:
        raise out[0]  # the input itself failed (not one of its members)
    return out


