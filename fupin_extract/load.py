"""Files and folders → :class:`~fupin_extract.model.Document`.

One function per format, chosen by file extension; every failure becomes a
:class:`~fupin_extract.model.LoadError` that names the file and the reason, so a batch can
report it and go on.

Decoding of text: BOM first (UTF-8, UTF-16), then strict UTF-8, then UTF-16 without BOM
when the bytes look like it, then GB18030.  The encoding used is recorded on the document.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, List, Union

from .model import Document, LoadError

TEXT_SUFFIXES = {".txt", ".text", ".md"}


@dataclass(frozen=True)
class Limits:
    """Resource limits applied while reading; each has a safe default."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_text_chars: int = 50 * 1024 * 1024


DEFAULT_LIMITS = Limits()


def decode_bytes(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode report bytes; return ``(text, encoding)`` or raise :class:`LoadError`."""
    if not data:
        raise LoadError(path, "empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", path, "utf-8-sig")
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return _strict(data, "utf-16", path, "utf-16")
    if _looks_utf16(data):
        enc = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        return _strict(data, enc, path, enc)
    if b"\x00" in data[:8192]:
        raise LoadError(path, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as e:
        raise LoadError(path, f"undecodable bytes at offset {e.start}: neither UTF-8 nor GB18030") from None
    if _control_ratio(text) > 0.05:
        raise LoadError(path, "binary file (control characters), not text")
    return text, "gb18030"


def _strict(data: bytes, codec: str, path: str, name: str) -> tuple[str, str]:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as e:
        raise LoadError(path, f"undecodable bytes at offset {e.start} for {name}") from None
    if not text.strip():
        raise LoadError(path, "empty file")
    return text, name


def _looks_utf16(data: bytes) -> bool:
    head = data[:4096]
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return (odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even)) or (
        even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd)
    )


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\r\n\t\f\v")
    return bad / len(sample)


def read_text_bytes(data: bytes, doc_id: str, path: str) -> Document:
    text, enc = decode_bytes(data, path)
    if not text.strip():
        raise LoadError(path, "empty file (only white space)")
    return Document(doc_id=doc_id, text=text, path=path, encoding=enc, format="txt")


def _read_bytes(path: Path, limits: Limits) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as e:
        raise LoadError(str(path), f"cannot read: {e.strerror or e}") from None
    if size > limits.max_file_bytes:
        raise LoadError(str(path), f"file too large: {size} bytes > limit {limits.max_file_bytes}")
    try:
        return path.read_bytes()
    except OSError as e:
        raise LoadError(str(path), f"cannot read: {e.strerror or e}") from None


def read_file(path: Union[str, Path], doc_id: str | None = None, limits: Limits = DEFAULT_LIMITS) -> List[Document]:
    """Read one file into one or more documents (archives hold several)."""
    path = Path(path)
    doc_id = doc_id or path.stem
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        reader = _read_txt
    return reader(path, doc_id, limits)


def _read_txt(path: Path, doc_id: str, limits: Limits) -> List[Document]:
    return [read_text_bytes(_read_bytes(path, limits), doc_id, str(path))]


#: suffix → reader(path, doc_id, limits) -> list[Document]; other readers register here
READERS = {s: _read_txt for s in TEXT_SUFFIXES}

KNOWN_SUFFIXES = set(READERS)


def doc_id_for(path: Path, root: Path | None) -> str:
    """The doc id: path relative to ``root`` without extension, or the stem of a lone file."""
    if root is None:
        return path.stem
    rel = path.relative_to(root)
    return str(rel.with_suffix("")).replace(os.sep, "/")


def iter_files(paths: Iterable[Union[str, Path]]) -> Iterator[tuple[Path, Path | None]]:
    """Yield ``(file, root)`` for every file below the given files/folders, sorted."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file() and not x.name.startswith(".")):
                yield f, p
        else:
            yield p, None


def iter_documents(paths: Iterable[Union[str, Path]], limits: Limits = DEFAULT_LIMITS) -> Iterator[Union[Document, LoadError]]:
    """Documents of every file under ``paths``; a file that fails yields a LoadError instead."""
    for f, root in iter_files(paths):
        if not f.exists():
            yield LoadError(str(f), "no such file or folder")
            continue
        try:
            yield from read_file(f, doc_id_for(f, root), limits)
        except LoadError as e:
            yield e
        except Exception as e:  # a reader bug must not end a batch
            yield LoadError(str(f), f"{type(e).__name__}: {e}")
