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
.txt .text .md     decoding chain below                                        here
.html .htm …       selectolax (lexbor); boilerplate from patterns/html_…yaml   readers_html
.docx              python-docx, body in reading order (paragraphs and tables)  readers_office
.pdf               pdfplumber, text layer only (scans need OCR first)          readers_office
.doc .wps          refused with the command to convert them to .docx           readers_office
.zip .tar .tgz     members read by their own suffix, doc id ``archive/member``  readers_archive
.gz                one compressed file, read by its inner suffix               readers_archive
=================  ==========================================================  ============

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
from dataclasses import dataclass, field, fields
from pathlib import Path, PurePosixPath
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Tuple, Union

import regex

from fupin_extract.model import Document, LoadError, UsageError, clean_text

log = logging.getLogger(__name__)

Item = Union[Document, LoadError]

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}
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


def one_line(text: object) -> str:
    """An exception message as one short line (library messages can span lines)."""
    s = " ".join(str(text).split())
    return s if len(s) <= 300 else s[:297] + "..."


# --------------------------------------------------------------------------- decoding
def decode_bytes(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode report bytes; return ``(text, encoding)`` or raise :class:`LoadError`."""
    if not data:
        raise LoadError(path, "empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", path, "utf-8-sig")
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return _strict(data, "utf-16", path, "utf-16")
    enc = _utf16_without_bom(data)
    if enc:
        return _strict(data, enc, path, enc)
    if b"\x00" in data[:8192]:
        raise LoadError(path, "binary file (NUL bytes), not text")
    try:
        return _not_mojibake(data.decode("utf-8"), "utf-8", path), "utf-8"
    except UnicodeDecodeError as e:
        utf8_offset = e.start
    text, enc = _detect_chinese(data, path, utf8_offset)
    if _control_ratio(text) > 0.05:
        raise LoadError(path, "binary file (control characters), not text")
    return _not_mojibake(text, enc, path), enc


#: the legacy Chinese encodings tried when a text is not UTF-8 (UTF-16 is found before)
LEGACY_ENCODINGS = ("gb18030", "big5")


def _detect_chinese(data: bytes, path: str, utf8_offset: int) -> tuple[str, str]:
    """Decode non-UTF-8 bytes as the legacy encoding charset-normalizer finds most likely
    among :data:`LEGACY_ENCODINGS` (Big5 bytes are also valid GB18030: decoding them as
    GB18030 gives garbage); the first that decodes when the detector has no answer."""
    from charset_normalizer import from_bytes

    # a few Chinese characters say too little to tell the two apart: GB18030 (mainland reports)
    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best() if _wide_bytes(data) >= 40 else None
    order = ([best.encoding] if best is not None else []) + list(LEGACY_ENCODINGS)
    for enc in order:
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    raise LoadError(path, f"binary file or unknown encoding: not UTF-8 (undecodable bytes at offset {utf8_offset}), "
                          f"nor GB18030 or Big5") from None


def _wide_bytes(data: bytes, cap: int = 40) -> int:
    """Bytes above 0x7F in ``data`` (counting stops at ``cap``)."""
    n = 0
    for b in data:
        if b > 0x7F:
            n += 1
            if n >= cap:
                break
    return n


#: characters that Big5 bytes read as GB18030 (or the reverse) are full of: kana, box
#: drawing, private use, U+FFFD
_MOJIBAKE = regex.compile(r"[\u2500-\u257f\u3040-\u30ff\ue000-\uf8ff\ufffd]")


def _not_mojibake(text: str, enc: str, path: str) -> str:
    """``text``, or a LoadError when it still looks garbled after decoding as ``enc``.

    UTF-8: the text is UTF-8 that was read as Latin-1 and saved again (its first 50,000
    characters are Latin-1 with 20 letters above U+00BF at least, and they re-decode as
    UTF-8).  A legacy encoding: more than a tenth of the non-ASCII characters (20 at least)
    are of :data:`_MOJIBAKE`."""
    sample = text[:50000]
    if enc == "utf-8":
        if sum(1 for c in sample if "\u00c0" <= c <= "\u00ff") < 20:
            return text
        try:
            sample.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return text
        raise LoadError(path, "text looks garbled (mojibake): UTF-8 that was read as Latin-1 and saved again; "
                              "convert the file back to UTF-8")
    wide = sum(1 for c in sample if c > "\x7f")
    bad = len(_MOJIBAKE.findall(sample))
    if bad >= 20 and bad > 0.1 * wide:
        raise LoadError(path, f"text looks garbled (mojibake) after decoding as {enc}: {bad} of {wide} non-ASCII "
                              f"characters are kana, box drawing, private use or replacement characters; "
                              f"convert the file to UTF-8")
    return text


def _strict(data: bytes, codec: str, path: str, name: str) -> tuple[str, str]:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as e:
        raise LoadError(path, f"undecodable bytes at offset {e.start} for {name}") from None
    if not text.strip():
        raise LoadError(path, "empty file")
    return text, name


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when BOM-less bytes look like UTF-16, else None."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    e0, o0 = even.count(0), odd.count(0)
    if o0 > 0.4 * len(odd) and e0 < 0.1 * len(even):
        return "utf-16-le"
    if e0 > 0.4 * len(even) and o0 < 0.1 * len(odd):
        return "utf-16-be"
    # Chinese UTF-16: few NUL bytes (digits, ASCII punctuation), all on one side, and the
    # bytes decode to Chinese and ASCII
    if not ((o0 >= 2 and e0 == 0) or (e0 >= 2 and o0 == 0)):
        return None
    enc = "utf-16-le" if o0 else "utf-16-be"
    sample = head[: len(head) // 2 * 2].decode(enc, errors="replace")
    good = sum(1 for c in sample if ("\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f"
                                     or "\uff00" <= c <= "\uffef" or " " <= c <= "~" or c in "\r\n\t"))
    return enc if good >= 0.9 * len(sample) else None


#: the C0 control characters other than white space
_CONTROLS = regex.compile(r"[\x00-\x08\x0e-\x1f]")


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = len(_CONTROLS.findall(sample))
    return bad / len(sample)


#: magic numbers of binary formats, to say what a file with a text suffix really is
MAGIC = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document (OLE2: .doc/.xls/.wps)"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "executable"),
)


def sniff(data: bytes) -> str | None:
    """What binary format ``data`` starts like, or None."""
    for magic, name in MAGIC:
        if data.startswith(magic):
            return name
    return None


def read_text_bytes(data: bytes, doc_id: str, path: str) -> Document:
    what = sniff(data)
    if what:
        raise LoadError(path, f"binary file ({what}), not text")
    text, enc = decode_bytes(data, path)
    if not text.strip():
        raise LoadError(path, "empty file (only white space)")
    return Document(doc_id=doc_id, text=text, path=path, encoding=enc, format="txt")


def _read_txt(data: bytes, doc_id: str, path: str, ctx: ReadContext) -> List[Item]:
    return [read_text_bytes(data, doc_id, path)]


# --------------------------------------------------------------------------- dispatch
Reader = Callable[[bytes, str, str, ReadContext], List[Item]]


def _lazy(module: str, name: str) -> Reader:
    """A reader imported on first use (pdfplumber and python-docx take a while to import)."""

    def reader(data: bytes, doc_id: str, path: str, ctx: ReadContext) -> List[Item]:
        from importlib import import_module

        return getattr(import_module(f"{__package__}.{module}"), name)(data, doc_id, path, ctx)

    reader.__name__ = name
    reader.__qualname__ = f"{module}.{name}"
    return reader


#: suffix → reader(data, doc_id, path, ctx) -> list[Document | LoadError]
READERS: Dict[str, Reader] = {s: _read_txt for s in TEXT_SUFFIXES}
READERS.update({s: _lazy("html", "read_html") for s in HTML_SUFFIXES})
READERS.update({
    ".docx": _lazy("office", "read_docx"),
    ".pdf": _lazy("office", "read_pdf"),
    ".doc": _lazy("office", "read_doc"),
    ".wps": _lazy("office", "read_doc"),
    ".zip": _lazy("archive", "read_zip"),
    ".tar": _lazy("archive", "read_tar"),
    ".gz": _lazy("archive", "read_gz"),
    ".tgz": _lazy("archive", "read_gz"),
})

KNOWN_SUFFIXES = set(READERS)


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
    if p.suffix.lower() == ".gz" and p.stem and PurePosixPath(p.stem).suffix.lower() in KNOWN_SUFFIXES:
        p = p.with_suffix("")
    return str(p.with_suffix("")) if p.suffix else str(p)


def read_bytes(data: bytes, name: str, doc_id: str, path: str, ctx: ReadContext) -> List[Item]:
    """Read in-memory bytes of a file called ``name`` (its suffix picks the reader).

    Raises LoadError when the whole input is unreadable; checks the text-length limit of
    every document the reader returns.
    """
    if not data:
        raise LoadError(path, "empty file")
    reader = READERS.get(suffix_of(name), _read_txt)
    out: List[Item] = []
    for item in reader(data, doc_id, path, ctx):
        if isinstance(item, Document) and len(item.text) > ctx.limits.max_text_chars:
            item = LoadError(item.path or path, f"text too long: {len(item.text)} characters > limit "
                                                f"{ctx.limits.max_text_chars} (Limits.max_text_chars)")
        out.append(item)
    if len(out) == 1 and isinstance(out[0], LoadError) and out[0].path == path:
        raise out[0]  # the input itself failed (not one of its members)
    return out


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
