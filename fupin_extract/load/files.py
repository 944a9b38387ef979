"""Files and folders → :class:`~fupin_extract.model.Document`.

One reader per format, chosen by file name suffix; every failure becomes a
:class:`~fupin_extract.model.LoadError` that names the file and the reason in one line, so a
batch can report it and go on.

Readers work on bytes in memory (nothing is ever extracted to disk) with the signature
``reader(data, doc_id, path, ctx) -> list[Document | LoadError]``: an archive can yield
documents for its good members and LoadErrors for its bad ones.  A reader raises LoadError
when the whole input is unreadable.

=================  ==========================================================  ============
suffix             reader                                                      module
=================  ==========================================================  ============
.txt .text .md     decoding chain below                                        load.decode
.html .htm …       selectolax (lexbor); boilerplate from patterns/html_…yaml   load.html
.docx              python-docx, body in reading order (paragraphs and tables)  load.office
.pdf               pdfplumber, text layer only (scans need OCR first)          load.office
.doc .wps          refused with the command to convert them to .docx           load.office
.zip .tar .tgz     members read by their own suffix, doc id ``archive/member``  load.archive
.gz                one compressed file, read by its inner suffix               load.archive
=================  ==========================================================  ============

The table is :data:`READERS` (defined in :mod:`.base`, below every reader, because archives read
their members through it); :class:`Limits` and :class:`ReadContext` are in :mod:`.base`, the
decoding in :mod:`.decode`; this module reads files and folders.

Decoding of text: BOM first (UTF-8, UTF-16), then UTF-16 without BOM when the bytes look
like it, then strict UTF-8, then GB18030 or Big5 as charset-normalizer judges.  The encoding
used is recorded on the document; a text that still looks garbled is a LoadError.

Hostile input is bounded by :class:`Limits` (file size, decompressed size and ratio,
archive members and nesting, PDF pages, HTML nesting depth, text length).
"""
from __future__ import annotations

import logging
import os
import stat as statmod
from pathlib import Path
from typing import Iterable, Iterator, List, Optional, Tuple, Union

from fupin_extract.load import archive, html, office
from fupin_extract.load.base import (COMPOUND_SUFFIXES, DEFAULT_LIMITS, READERS, Budget, Item, Limits,  # noqa: F401
                                     MiB, Reader, ReadContext, one_line, read_bytes, strip_suffix, suffix_of)
from fupin_extract.load.decode import (LEGACY_ENCODINGS, MAGIC, decode_bytes, read_text_bytes,  # noqa: F401
                                       read_txt, sniff)
from fupin_extract.model import Document, LoadError, UsageError, clean_text

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}

#: suffix → reader: the one table of formats (a new format is a reader in load/ and a line here)
READERS.update({s: read_txt for s in TEXT_SUFFIXES})
READERS.update({s: html.read_html for s in HTML_SUFFIXES})
READERS.update({
    ".docx": office.read_docx,
    ".pdf": office.read_pdf,
    ".doc": office.read_doc,
    ".wps": office.read_doc,
    ".zip": archive.read_zip,
    ".tar": archive.read_tar,
    ".gz": archive.read_gz,
    ".tgz": archive.read_gz,
})
KNOWN_SUFFIXES = set(READERS)

_SPECIAL = ((statmod.S_ISFIFO, "a named pipe (FIFO)"), (statmod.S_ISCHR, "a character device"),
            (statmod.S_ISBLK, "a block device"), (statmod.S_ISSOCK, "a socket"))


def _stat_regular(path: Path) -> int:
    """The size of ``path`` when it is a regular file (links followed); else a LoadError that
    says what it is.  Special files are never opened (a FIFO would block the run)."""
    try:
        st = os.stat(path)
    except OSError as e:
        if os.path.islink(path):
            raise LoadError(str(path), f"broken symbolic link (target {os.readlink(path)!r} missing)") from None
        if isinstance(e, FileNotFoundError):
            raise LoadError(str(path), "no such file or folder") from None
        raise LoadError(str(path), f"cannot read: {e.strerror or e}") from None
    if statmod.S_ISDIR(st.st_mode):
        if os.path.islink(path):
            raise LoadError(str(path), "symbolic link to a folder: not followed (give the folder itself)")
        try:
            os.listdir(path)
        except OSError as e:
            raise LoadError(str(path), f"cannot list folder: {e.strerror or e}") from None
        raise LoadError(str(path), "a folder, not a file")
    for test, what in _SPECIAL:
        if test(st.st_mode):
            raise LoadError(str(path), f"not a regular file: {what}; special files are not read")
    return st.st_size


def _read_path_bytes(path: Path, limits: Limits) -> bytes:
    size = _stat_regular(path)
    if size > limits.max_file_bytes:
        raise LoadError(str(path), f"file too large: {size} bytes > limit {limits.max_file_bytes} "
                                   f"(Limits.max_file_bytes)")
    try:
        with open(path, "rb", opener=_open_nonblocking) as f:
            data = f.read(limits.max_file_bytes + 1)  # the file may grow after stat
    except OSError as e:
        raise LoadError(str(path), f"cannot read: {e.strerror or e}") from None
    if len(data) > limits.max_file_bytes:
        raise LoadError(str(path), f"file too large: more than {limits.max_file_bytes} bytes "
                                   f"(Limits.max_file_bytes)")
    return data


def _open_nonblocking(path, flags: int) -> int:
    """Open without blocking (a file swapped for a FIFO after the stat must not hang the run),
    then refuse anything that is not a regular file."""
    fd = os.open(path, flags | getattr(os, "O_NONBLOCK", 0))
    if not statmod.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(0, "not a regular file")
    return fd


def read_file(path: Union[str, Path], doc_id: str | None = None, limits: Limits = DEFAULT_LIMITS,
              members: Optional[Tuple[int, int]] = None) -> List[Item]:
    """Read one file into its documents (archives hold several, and LoadErrors for bad members).

    ``members=(a, b)`` reads only the members a to b-1 (in name order) of a zip file: the
    batch runner cuts a large archive into such slices.  Raises :class:`LoadError` when the
    file as a whole cannot be read.
    """
    path = Path(path)
    doc_id = clean_text(doc_id or strip_suffix(path.name))
    try:
        data = _read_path_bytes(path, limits)
        items = read_bytes(data, path.name, doc_id, str(path), ReadContext(limits, members=members))
    except LoadError as e:
        raise LoadError(e.path, one_line(e.reason), e.stage, e.doc_id or doc_id) from None
    except MemoryError:
        raise LoadError(str(path), "out of memory while reading (MemoryError)", doc_id=doc_id) from None
    for it in items:
        if isinstance(it, LoadError) and not it.doc_id:
            it.doc_id = doc_id
    return items


def doc_id_for(path: Path, root: Path | None) -> str:
    """The doc id: path relative to ``root`` without extension, or the stem of a lone file."""
    if root is None:
        return clean_text(strip_suffix(path.name))
    rel = path.relative_to(root)
    if not rel.parts:  # the input folder itself (it cannot be listed)
        return clean_text(strip_suffix(root.name or str(root)))
    return clean_text(strip_suffix(str(rel).replace(os.sep, "/")))


def iter_files(paths: Iterable[Union[str, Path]]) -> Iterator[tuple[Path, Path | None]]:
    """Yield ``(file, root)`` for every entry below the given files/folders, sorted.

    Hidden files and folders (name starts with ``.``) below a folder are skipped.  Every other
    entry is yielded, also those that cannot be read (special files, broken links, folders
    that cannot be listed, links to folders): reading them gives a LoadError that says why,
    so nothing under an input is skipped silently.  An empty path is a :class:`UsageError`.
    """
    for p in paths:
        if isinstance(p, (str, bytes)) and not p:
            raise UsageError("an empty path ('') names no file or folder; use '.' for the current folder")
        p = Path(os.fsdecode(p) if isinstance(p, bytes) else p)
        if p.is_dir():  # a link to a folder given by name is followed
            yield from _walk(p)
        else:
            yield p, None


def _walk(p: Path) -> Iterator[tuple[Path, Path]]:
    found: List[Path] = []

    def unlistable(err: OSError) -> None:  # read_file says why the folder cannot be listed
        if err.filename is not None:
            found.append(Path(err.filename))

    for dirpath, dirnames, filenames in os.walk(p, onerror=unlistable):
        links = [d for d in dirnames if os.path.islink(os.path.join(dirpath, d)) and not d.startswith(".")]
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in links)
        found.extend(Path(dirpath) / f for f in filenames + links if not f.startswith("."))
    seen: set = set()
    for f in sorted(found, key=lambda x: x.relative_to(p).parts):
        if f not in seen:
            seen.add(f)
            yield f, p


#: a file to read: ``(path, doc id)``, or ``(path, doc id, (a, b))`` for the members a to b-1 of a zip
FileRef = Tuple


def iter_refs(paths: Iterable[Union[str, Path]]) -> Iterator[Tuple[str, str]]:
    """``(path, doc id)`` of every file under ``paths``, in :func:`iter_files` order.  When two files
    would get the same doc id (``a.txt`` and ``a.html``), the later one keeps its suffix in the id
    (``a.html``).  The ids are fixed before anything is read, so a run split into chunks (the batch
    runner) gives every file the id one pass gives it."""
    seen: set = set()
    for f, root in iter_files(paths):
        doc_id = doc_id_for(f, root)
        if doc_id in seen:
            doc_id = str(f.relative_to(root)).replace(os.sep, "/") if root is not None else f.name
        seen.add(doc_id)
        yield str(f), doc_id


def file_refs(paths: Iterable[Union[str, Path]]) -> List[Tuple[str, str]]:
    """:func:`iter_refs` as a list."""
    return list(iter_refs(paths))


def read_ref(ref: FileRef, limits: Limits = DEFAULT_LIMITS) -> List[Item]:
    """The documents of one file (a :class:`LoadError` for each part that fails); never raises."""
    f, doc_id = Path(ref[0]), ref[1]
    members = tuple(ref[2]) if len(ref) > 2 and ref[2] is not None else None
    try:
        items = read_file(f, doc_id, limits, members)
    except LoadError as e:
        return [e]
    except Exception as e:  # a reader bug must not end a batch
        return [LoadError(str(f), one_line(f"{type(e).__name__}: {e}"), doc_id=doc_id)]
    for it in items:
        if isinstance(it, Document):
            log.info("read %s as %s: %s, %s, %d characters", f, it.doc_id, it.format, it.encoding, len(it.text))
    return items


def read_refs(refs: Iterable[FileRef], limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    """Documents of the given files (see :func:`read_ref`), in order."""
    for ref in refs:
        yield from read_ref(ref, limits)


def iter_documents(paths: Iterable[Union[str, Path]], limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    """Documents of every file under ``paths``; a file that fails yields a LoadError instead.

    Never raises for a bad file.  Doc ids as :func:`iter_refs` gives them.  The one loading path:
    the batch runner reads its chunks with :func:`read_refs` too.
    """
    yield from read_refs(iter_refs(paths), limits)
