"""Archives → documents, read in memory (nothing is ever written to disk).

* ``.zip``, ``.tar`` (and ``.tar.gz``/``.tgz`` through ``.gz``): each member is read by its
  own suffix, recursively (an archive inside an archive too, up to
  ``Limits.max_archive_depth``).  Its doc id is ``<archive doc id>/<member path without
  suffix>`` and its path, in errors, ``archive.zip!member.txt``.  A bad member becomes a
  LoadError for that member; the other members are still returned.
* ``.gz``: one compressed file, read by the suffix under ``.gz`` (``x.txt.gz`` → text).

Hostile archives: the number of members is checked before they are listed; a member's
declared size and compression ratio are checked, then it is decompressed as a stream with
a cap, so a lying header gains nothing; all decompressed bytes of one top-level file share
one budget (``Limits.max_decompressed_bytes``).  Members whose path is absolute or climbs
out with ``..``, symbolic and hard links, devices and FIFOs are never followed: each is
reported as a LoadError of its own.
"""
from __future__ import annotations

import io
import re
import struct
import tarfile
import zipfile
import zlib
from typing import List, Optional

from fupin_extract.load.base import Item, Limits, ReadContext, one_line, read_bytes, strip_suffix
from fupin_extract.model import LoadError

CHUNK = 1024 * 1024


# --------------------------------------------------------------------------- shared checks
def check_depth(path: str, ctx: ReadContext) -> None:
    if ctx.depth >= ctx.limits.max_archive_depth:
        raise LoadError(path, f"archives nested deeper than {ctx.limits.max_archive_depth} "
                              f"(Limits.max_archive_depth); not opened")


def check_ratio(out: int, packed: int, path: str, limits: Limits, what: str = "expands") -> None:
    """Raise when ``out`` bytes from ``packed`` compressed bytes is a suspicious ratio."""
    if out > limits.ratio_grace_bytes and out > limits.max_compression_ratio * max(packed, 1):
        raise LoadError(path, f"compression ratio too high: {what} {out} bytes from {packed} compressed "
                              f"(over {limits.max_compression_ratio}:1, Limits.max_compression_ratio); "
                              f"zip bomb? not read")


def unsafe_member(name: str) -> Optional[str]:
    """Why a member path must not be followed, or None when it stays inside the archive."""
    n = name.replace("\\", "/")
    if "\x00" in n:
        return "member name contains a NUL byte; not read"
    if n.startswith("/") or re.match(r"^[A-Za-z]:", n):
        return "absolute member path would escape the archive; not read"
    if ".." in n.split("/"):
        return "member path climbs out of the archive (..); not read"
    return None


def _admit(name: str, mpath: str, problem: Optional[str], seen: set, out: list) -> bool:
    """Whether a member is read: an unsafe one becomes a LoadError, a skipped one (folders'
    metadata) is passed over, a repeated name is reported once; else it is read (True)."""
    if problem:
        out.append(LoadError(mpath, problem))
        return False
    if skipped_member(name):
        return False
    if name in seen:
        out.append(LoadError(mpath, "duplicate member name; only the first one is read"))
        return False
    seen.add(name)
    return True


def skipped_member(name: str) -> bool:
    """Hidden files and macOS resource forks, skipped like hidden files in folders."""
    parts = [p for p in name.replace("\\", "/").split("/") if p]
    return not parts or parts[0] == "__MACOSX" or any(p.startswith(".") and p not in (".", "..") for p in parts)


def shown(name: str) -> str:
    """A member name fit for a one-line message: control characters escaped."""
    return "".join(c if c >= " " and c != "\x7f" else f"\\x{ord(c):02x}" for c in name)


def member_id(archive_id: str, name: str) -> str:
    parts = [p for p in name.replace("\\", "/").split("/") if p and p != "."]
    return f"{archive_id}/{strip_suffix('/'.join(parts))}"


def _read_member(data: bytes, name: str, doc_id: str, mpath: str, ctx: ReadContext) -> List[Item]:
    """A member's documents; any failure becomes a LoadError for this member only."""
    try:
        return read_bytes(data, name, doc_id, mpath, ctx.nested())
    except LoadError as e:
        return [LoadError(e.path, one_line(e.reason), e.stage)]
    except MemoryError:
        return [LoadError(mpath, "out of memory while reading this member")]
    except Exception as e:  # a broken member must not take the archive down
        return [LoadError(mpath, one_line(f"broken member: {type(e).__name__}: {e}"))]


# --------------------------------------------------------------------------- zip
def zip_entry_count(data: bytes) -> Optional[int]:
    """Entries the zip's end record declares, read before zipfile builds its member list."""
    try:
        end = zipfile._EndRecData(io.BytesIO(data))  # type: ignore[attr-defined]
    except Exception:
        return None
    return None if not end else int(end[zipfile._ECD_ENTRIES_TOTAL])  # type: ignore[attr-defined]


def open_zip(data: bytes, path: str, limits: Limits, what: str = "ZIP archive") -> zipfile.ZipFile:
    n = zip_entry_count(data)
    if n is not None and n > limits.max_archive_members:
        raise LoadError(path, f"{what} has {n} members > limit {limits.max_archive_members} "
                              f"(Limits.max_archive_members); not read")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError,
            struct.error, UnicodeError, IndexError, KeyError) as e:
        raise LoadError(path, f"not a valid {what}: {one_line(e)}") from None
    files = [i for i in zf.infolist() if not i.filename.endswith("/")]
    if len(files) > limits.max_archive_members:
        raise LoadError(path, f"{what} has {len(files)} members > limit {limits.max_archive_members} "
                              f"(Limits.max_archive_members); not read")
    return zf


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name; names without the UTF-8 flag are tried as UTF-8, then GB18030."""
    name = info.orig_filename
    if info.flag_bits & 0x800:
        return name
    try:
        raw = name.encode("cp437")
    except UnicodeEncodeError:
        return name
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return name


def is_zip_symlink(info: zipfile.ZipInfo) -> bool:
    return info.create_system == 3 and (info.external_attr >> 16) & 0o170000 == 0o120000


def zip_member_bytes(zf: zipfile.ZipFile, info: zipfile.ZipInfo, mpath: str, ctx: ReadContext) -> bytes:
    """Decompress one member in memory: declared size and ratio first, then a capped stream."""
    limits = ctx.limits
    if info.flag_bits & 0x1:
        raise LoadError(mpath, "encrypted (password-protected) member; not read")
    declared, packed = info.file_size, info.compress_size
    if declared > limits.max_file_bytes:
        raise LoadError(mpath, f"member too large: declares {declared} bytes > limit {limits.max_file_bytes} "
                               f"(Limits.max_file_bytes)")
    check_ratio(declared, packed, mpath, limits, "declares")
    if declared > ctx.budget.remaining:
        ctx.budget.remaining = 0  # spent: the members after this one are not read
        raise LoadError(mpath, f"decompressed data beyond the limit of {limits.max_decompressed_bytes} bytes "
                               f"for one file (Limits.max_decompressed_bytes)")
    cap = min(limits.max_file_bytes, max(ctx.budget.remaining, 0))
    out = bytearray()
    try:
        with zf.open(info) as f:
            while True:
                chunk = f.read(CHUNK)
                if not chunk:
                    break
                out += chunk
                if len(out) > cap:
                    raise LoadError(mpath, f"member expands beyond {cap} bytes although it declares {declared}; "
                                           f"not read")
                check_ratio(len(out), packed, mpath, limits)
    except LoadError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError,
            RuntimeError) as e:
        raise LoadError(mpath, f"broken member: {one_line(e)}") from None
    ctx.budget.take(len(out), mpath, limits)
    return bytes(out)


def read_zip(data: bytes, doc_id: str, path: str, ctx: ReadContext) -> List[Item]:
    check_depth(path, ctx)
    zf = open_zip(data, path, ctx.limits)
    entries = sorted(((member_name(i), i) for i in zf.infolist() if not i.filename.endswith("/")),
                     key=lambda x: x[0])
    out: List[Item] = []
    seen = set()
    lo, hi = 0, len(entries)
    if ctx.members is not None and ctx.depth == 0:  # one slice of a large archive (batch runner)
        lo, hi = max(0, ctx.members[0]), min(len(entries), ctx.members[1])
        for name, info in entries[:lo]:  # names read by earlier slices: a repeated name stays a duplicate
            if unsafe_member(name) is None and not is_zip_symlink(info) and not skipped_member(name):
                seen.add(name)
    for k in range(lo, hi):
        name, info = entries[k]
        mpath = f"{path}!{shown(name)}"
        problem = unsafe_member(name)
        if problem is None and is_zip_symlink(info):
            problem = "symbolic link; not followed"
        if not _admit(name, mpath, problem, seen, out):
            continue
        try:
            member = zip_member_bytes(zf, info, mpath, ctx)
        except LoadError as e:
            out.append(e)
        else:
            out.extend(_read_member(member, name, member_id(doc_id, name), mpath, ctx))
        if ctx.budget.remaining <= 0 and k + 1 < hi:
            out.append(LoadError(path, f"{hi - k - 1} more members not read: decompressed-data limit "
                                       f"of {ctx.limits.max_decompressed_bytes} bytes reached "
                                       f"(Limits.max_decompressed_bytes)"))
            break
    return out


# --------------------------------------------------------------------------- tar
def read_tar(data: bytes, doc_id: str, path: str, ctx: ReadContext) -> List[Item]:
    """An uncompressed tar held in memory (``.tar.gz`` arrives here already gunzipped)."""
    check_depth(path, ctx)
    limits = ctx.limits
    try:
        tf = tarfile.open(fileobj=io.BytesIO(data), mode="r:")
    except (tarfile.TarError, EOFError, OSError, ValueError) as e:
        raise LoadError(path, f"not a valid tar archive: {one_line(e)}") from None
    members = []
    out: List[Item] = []
    n_files = 0
    while True:
        try:
            m = tf.next()
        except (tarfile.TarError, EOFError, OSError, ValueError, UnicodeError) as e:
            out.append(LoadError(path, f"tar archive broken after {len(members)} members: {one_line(e)}"))
            break
        if m is None:
            break
        if m.isdir():
            continue
        n_files += 1
        if n_files > limits.max_archive_members:
            raise LoadError(path, f"tar archive has more than {limits.max_archive_members} members "
                                  f"(Limits.max_archive_members); not read")
        members.append(m)
    seen = set()
    for m in sorted(members, key=lambda x: x.name):
        name = m.name
        mpath = f"{path}!{shown(name)}"
        problem = unsafe_member(name)
        if problem is None:
            if m.issym():
                problem = f"symbolic link to {m.linkname!r}; not followed"
            elif m.islnk():
                problem = f"hard link to {m.linkname!r}; not followed"
            elif not m.isfile():
                problem = "not a regular file (device, FIFO or other special member); not read"
        if not _admit(name, mpath, problem, seen, out):
            continue
        if m.size > limits.max_file_bytes:
            out.append(LoadError(mpath, f"member too large: {m.size} bytes > limit {limits.max_file_bytes} "
                                        f"(Limits.max_file_bytes)"))
            continue
        try:
            f = tf.extractfile(m)
            member = f.read(limits.max_file_bytes + 1) if f is not None else b""
        except (tarfile.TarError, EOFError, OSError, ValueError) as e:
            out.append(LoadError(mpath, f"broken member: {one_line(e)}"))
            continue
        out.extend(_read_member(member, name, member_id(doc_id, name), mpath, ctx))
    return out


# --------------------------------------------------------------------------- gz
def gunzip(data: bytes, path: str, ctx: ReadContext) -> bytes:
    """Decompress gzip data (all members) as a stream, capped by size, ratio and budget.

    The gzip trailer's size field is not trusted (it is the size modulo 4 GiB and can lie).
    """
    limits = ctx.limits
    cap = min(limits.max_file_bytes, max(ctx.budget.remaining, 0))
    out = bytearray()
    pos = 0
    try:
        while pos < len(data):
            if data[pos:pos + 2] != b"\x1f\x8b":
                if pos == 0:
                    raise LoadError(path, "not gzip data (bad magic number)")
                break  # trailing garbage after the last member, as gzip(1) tolerates
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            buf = b""
            while not d.eof:
                if not buf:
                    if pos >= len(data):
                        raise LoadError(path, "truncated gzip data (unexpected end of file)")
                    buf = data[pos:pos + CHUNK]
                    pos += len(buf)
                piece = d.decompress(buf, CHUNK)
                buf = d.unconsumed_tail
                out += piece
                if len(out) > cap:
                    raise LoadError(path, f"gzip data expands beyond {cap} bytes (Limits.max_file_bytes / "
                                          f"max_decompressed_bytes); not read")
                check_ratio(len(out), pos - len(buf) - len(d.unused_data), path, limits)
            pos -= len(d.unused_data) + len(buf)
    except zlib.error as e:
        raise LoadError(path, f"broken gzip data: {one_line(e)}") from None
    ctx.budget.take(len(out), path, limits)
    return bytes(out)


def read_gz(data: bytes, doc_id: str, path: str, ctx: ReadContext) -> List[Item]:
    check_depth(path, ctx)
    last = path.replace("\\", "/").split("!")[-1].split("/")[-1]
    low = last.lower()
    if low.endswith(".tgz"):
        inner = last[:-4] + ".tar"
    elif low.endswith(".gz"):
        inner = last[:-3]
    else:
        inner = last
    body = gunzip(data, path, ctx)
    if not body:
        raise LoadError(path, "empty file (inside gzip)")
    return read_bytes(body, inner, doc_id, path, ctx.nested())
