"""Report bytes → text: the decoding chain, binary sniffing, plain-text documents.

BOM first (UTF-8, UTF-16), then UTF-16 without BOM when the bytes look like it, then strict
UTF-8, then GB18030 or Big5 as charset-normalizer judges.  The encoding used is recorded on the
document; a text that still looks garbled is a :class:`~fupin_extract.model.LoadError`.
"""
from __future__ import annotations

import regex

from fupin_extract.model import Document, LoadError


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




def read_txt(data: bytes, doc_id: str, path: str, ctx) -> list:
    """The reader of plain text files (``ctx`` unused: text has no nested parts)."""
    return [read_text_bytes(data, doc_id, path)]
