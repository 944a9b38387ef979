"""Office and PDF files → documents.

* ``.docx`` (python-docx): the body in reading order, walked in its XML so that tables stay
  where they are: paragraphs one per line; a table row per line with its cells joined by
  tabs (paragraphs inside a cell by line breaks; nested tables follow their cell).  The
  package's parts are checked like any ZIP (sizes, ratio, a capped stream) before
  python-docx opens it.  Headers, footers and footnotes are not read.
* ``.pdf`` (pdfplumber): the text layer, page by page, pages joined by a newline.  Pages
  whose glyphs come out as ``(cid:N)`` codes (a font without a Unicode map) are named in
  ``Document.notes`` and the codes are replaced by U+FFFD, so that their digits are never
  read as figures.  A PDF with no text layer at all (a scan) is refused: run OCR first.
* ``.doc`` and ``.wps`` (old binary Word / WPS): refused with the command that converts them;
  web sites often serve HTML or a .docx under a .doc name, and those are read as what they are.
"""
from __future__ import annotations

import contextvars
import io
import re
import zlib
from typing import List, Tuple

from fupin_extract.load.archive import open_zip, shown, zip_member_bytes
from fupin_extract.load.base import Item, ReadContext, one_line
from fupin_extract.load.decode import sniff
from fupin_extract.load.html import read_html
from fupin_extract.model import Document, LoadError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{%s}" % W_NS


# --------------------------------------------------------------------------- docx
def _check_package(data: bytes, path: str, ctx: ReadContext) -> None:
    """Every part of the .docx must pass the archive limits before python-docx inflates it."""
    zf = open_zip(data, path, ctx.limits, what=".docx package (ZIP)")
    for info in zf.infolist():
        if info.filename.endswith("/"):
            continue
        zip_member_bytes(zf, info, f"{path}!{shown(info.filename)}", ctx)  # raises on a bomb; bytes dropped


def _paragraph_text(p_el, parent) -> str:
    from docx.text.paragraph import Paragraph

    return Paragraph(p_el, parent).text


def _blocks(container_el, parent, lines: List[str], depth: int = 0) -> None:
    """Append the text of the block children of a body or cell element, in order."""
    for el in container_el.iterchildren():
        tag = el.tag
        if tag == _W + "p":
            lines.append(_paragraph_text(el, parent))
        elif tag == _W + "tbl":
            _table(el, parent, lines, depth)
        elif tag == _W + "sdt":  # content control: its content is ordinary blocks
            content = el.find(_W + "sdtContent")
            if content is not None:
                _blocks(content, parent, lines, depth)
        elif tag == _W + "customXml":
            _blocks(el, parent, lines, depth)


def _table(tbl_el, parent, lines: List[str], depth: int) -> None:
    if depth > 20:  # tables in tables in tables …: keep the text, not the recursion
        lines.append(" ".join(t for t in tbl_el.itertext()))
        return
    for tr in tbl_el.iterchildren(_W + "tr"):
        cells: List[str] = []
        nested: List[str] = []
        for tc in _row_cells(tr):
            cell_lines: List[str] = []
            for el in tc.iterchildren():
                if el.tag == _W + "p":
                    cell_lines.append(_paragraph_text(el, parent))
                elif el.tag == _W + "tbl":
                    _table(el, parent, nested, depth + 1)
                elif el.tag == _W + "sdt":
                    content = el.find(_W + "sdtContent")
                    if content is not None:
                        _blocks(content, parent, cell_lines, depth + 1)
            cells.append("\n".join(x for x in cell_lines if x.strip()))
        if any(c.strip() for c in cells):
            lines.append("\t".join(cells))
        lines.extend(nested)


def _row_cells(tr) -> list:
    out = []
    for el in tr.iterchildren():
        if el.tag == _W + "tc":
            out.append(el)
        elif el.tag == _W + "sdt":
            content = el.find(_W + "sdtContent")
            if content is not None:
                out.extend(content.iterchildren(_W + "tc"))
    return out


def docx_text(document) -> str:
    """The body text of a python-docx ``Document`` in reading order."""
    lines: List[str] = []
    _blocks(document.element.body, document._body, lines)
    return "\n".join(lines)


def read_docx(data: bytes, doc_id: str, path: str, ctx: ReadContext) -> List[Item]:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise LoadError(path, "old binary Word file with a .docx name: convert it to .docx first "
                              "(libreoffice --headless --convert-to docx FILE)")
    if not data.startswith(b"PK"):
        what = sniff(data)
        raise LoadError(path, f"not a .docx (not a ZIP package{': looks like ' + what if what else ''})")
    _check_package(data, path, ctx)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as e:
        raise LoadError(path, f"not a valid .docx: {one_line(e) or type(e).__name__}") from None
    except Exception as e:  # lxml.etree.XMLSyntaxError and friends
        raise LoadError(path, f"not a valid .docx: {type(e).__name__}: {one_line(e)}") from None
    text = docx_text(document)
    if not text.strip():
        raise LoadError(path, "no text in the .docx body (images only?)")
    title = None
    try:
        title = (document.core_properties.title or "").strip() or None
    except Exception:
        pass
    return [Document(doc_id=doc_id, text=text, path=path, encoding=None, format="docx", title=title)]


# --------------------------------------------------------------------------- pdf
_CID = re.compile(r"\(cid:\d+\)")

#: the decompressed-data budget of the PDF being read in this thread/task, or None
_PDF_BUDGET: contextvars.ContextVar = contextvars.ContextVar("fupin_pdf_budget", default=None)
_PDF_CHUNK = 1024 * 1024


class _CappedDecompressor:
    """A zlib decompressor that charges its output to the PDF's budget."""

    def __init__(self, d, spend):
        self._d, self._spend = d, spend

    def decompress(self, data, max_length=0):
        out = self._d.decompress(data, max_length)
        self._spend(len(out))
        return out

    def flush(self, *args):
        out = self._d.flush(*args)
        self._spend(len(out))
        return out

    def __getattr__(self, name):
        return getattr(self._d, name)


class _CappedZlib:
    """Stands in for ``zlib`` inside pdfminer, which inflates streams with no limit: while a
    PDF is read here, every inflated byte is charged to ``Limits.max_decompressed_bytes``
    and a flate bomb stops with a LoadError.  Outside :func:`read_pdf` it is plain zlib."""

    def __getattr__(self, name):
        return getattr(zlib, name)

    @staticmethod
    def _spender():
        state = _PDF_BUDGET.get()
        if state is None:
            return None
        budget, path, limits = state

        def spend(n: int) -> None:
            budget.take(n, path, limits)

        return spend

    def decompressobj(self, *args, **kwargs):
        d = zlib.decompressobj(*args, **kwargs)
        spend = self._spender()
        return d if spend is None else _CappedDecompressor(d, spend)

    def decompress(self, data, *args, **kwargs):
        spend = self._spender()
        if spend is None:
            return zlib.decompress(data, *args, **kwargs)
        wbits = kwargs.get("wbits", args[0] if args else zlib.MAX_WBITS)
        d = zlib.decompressobj(wbits)
        out = bytearray()
        buf = bytes(data)
        while buf:
            piece = d.decompress(buf, _PDF_CHUNK)
            spend(len(piece))
            out += piece
            buf = d.unconsumed_tail
            if d.eof:
                break
        if not d.eof:
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return bytes(out)


def _install_pdf_stream_cap() -> None:
    from pdfminer import pdftypes

    if not isinstance(pdftypes.zlib, _CappedZlib):
        pdftypes.zlib = _CappedZlib()


def read_pdf(data: bytes, doc_id: str, path: str, ctx: ReadContext) -> List[Item]:
    if b"%PDF-" not in data[:1024]:
        what = sniff(data)
        raise LoadError(path, f"not a PDF (no %PDF- header{': looks like ' + what if what else ''})")
    import pdfplumber

    _install_pdf_stream_cap()
    token = _PDF_BUDGET.set((ctx.budget, path, ctx.limits))
    try:
        return _read_pdf(pdfplumber, data, doc_id, path, ctx)
    finally:
        _PDF_BUDGET.reset(token)


def _open_pdf(pdfplumber, data: bytes, path: str):
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        return pdfplumber.open(io.BytesIO(data))
    except PDFPasswordIncorrect:
        raise LoadError(path, "encrypted PDF (password needed); not read") from None
    except LoadError:
        raise
    except Exception as e:
        raise LoadError(path, f"not a valid PDF: {type(e).__name__}: {one_line(e)}") from None


def _pdf_pages(pdf, path: str, limits) -> list:
    """The page objects, once the page count (declared, then real) is within the limit."""
    declared = _declared_page_count(pdf)
    if declared is not None and declared > limits.max_pdf_pages:
        raise LoadError(path, f"PDF has {declared} pages > limit {limits.max_pdf_pages} "
                              f"(Limits.max_pdf_pages); not read")
    try:
        all_pages = pdf.pages
    except LoadError:
        raise
    except Exception as e:  # pdfminer/pdfplumber raise many kinds on a damaged page tree
        raise LoadError(path, f"not a valid PDF: {type(e).__name__}: {one_line(e)}") from None
    if len(all_pages) > limits.max_pdf_pages:
        raise LoadError(path, f"PDF has {len(all_pages)} pages > limit {limits.max_pdf_pages} (Limits.max_pdf_pages); "
                              f"not read")
    return all_pages


def _page_text(page, i: int, notes: List[str]) -> str:
    """The text layer of page ``i`` ("" and a note when it cannot be extracted); the page is closed."""
    try:
        return page.extract_text() or ""
    except LoadError:
        raise
    except Exception as e:
        notes.append(f"page {i}: text not extracted ({type(e).__name__}: {one_line(e)})")
        return ""
    finally:
        page.close()  # frees the page's cached objects


def _page_texts(all_pages, path: str, limits, notes: List[str]) -> Tuple[List[str], List[int], List[int]]:
    """(texts, pages without text, pages of (cid:N) codes); (cid:N) codes become U+FFFD."""
    pages: List[str] = []
    empty: List[int] = []
    cid_pages: List[int] = []
    total = 0
    for i, page in enumerate(all_pages, 1):
        t = _page_text(page, i, notes)
        if _CID.search(t):
            cid_pages.append(i)
            t = _CID.sub("\ufffd", t)
        if not t.strip():
            empty.append(i)
        total += len(t) + 1
        if total > limits.max_text_chars:
            raise LoadError(path, f"text too long: more than {limits.max_text_chars} characters by page {i} "
                                  f"(Limits.max_text_chars)")
        pages.append(t)
    return pages, empty, cid_pages


def _read_pdf(pdfplumber, data: bytes, doc_id: str, path: str, ctx: ReadContext) -> List[Item]:
    limits = ctx.limits
    pdf = _open_pdf(pdfplumber, data, path)
    notes: List[str] = []
    try:
        pages, empty, cid_pages = _page_texts(_pdf_pages(pdf, path, limits), path, limits, notes)
    finally:
        try:
            pdf.close()  # walks the pages again: a damaged page tree raises here too
        except Exception:
            pass
    if ctx.budget.remaining < 0:  # a library caught the LoadError of the budget on its way
        raise LoadError(path, f"decompressed data beyond the limit of {limits.max_decompressed_bytes} bytes "
                              f"for one file (Limits.max_decompressed_bytes); PDF stream bomb? not read")
    if not pages:
        raise LoadError(path, "PDF has no pages")
    if len(empty) == len(pages):
        raise LoadError(path, f"PDF has no text layer ({len(pages)} pages of images: a scan?); it needs OCR "
                              f"first (e.g. ocrmypdf -l chi_sim in.pdf out.pdf)")
    if cid_pages:
        notes.append(f"{_pages(cid_pages)}: text came out as (cid:N) glyph codes (font without a Unicode "
                     f"map), replaced by U+FFFD; figures there may be missing: OCR these pages")
    if empty:
        notes.append(f"{_pages(empty)}: no text layer (images?); figures there are missing")
    return [Document(doc_id=doc_id, text="\n".join(pages), path=path, encoding=None, format="pdf",
                     notes=tuple(notes))]


def _declared_page_count(pdf) -> int | None:
    """/Count of the page tree, read before pdfplumber builds every page object."""
    try:
        from pdfminer.pdftypes import resolve1

        count = resolve1(resolve1(pdf.doc.catalog.get("Pages")).get("Count"))
        return count if isinstance(count, int) else None
    except Exception:
        return None


def _pages(nums: List[int]) -> str:
    return ("page " if len(nums) == 1 else "pages ") + _ranges(nums)


def _ranges(nums: List[int]) -> str:
    """``[1, 2, 3, 7]`` → ``1-3, 7``."""
    out, start, prev = [], None, None
    for n in nums + [None]:
        if start is None:
            start = prev = n
        elif n is not None and n == prev + 1:
            prev = n
        else:
            out.append(f"{start}" if start == prev else f"{start}-{prev}")
            start = prev = n
    return ", ".join(out)


# --------------------------------------------------------------------------- doc / wps
def read_doc(data: bytes, doc_id: str, path: str, ctx: ReadContext) -> List[Item]:
    """Old Word/WPS files are not read; what web sites serve under those names often is."""
    head = data[:2048].lstrip().lower()
    if data.startswith(b"PK\x03\x04"):
        return read_docx(data, doc_id, path, ctx)
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<meta", b"<head")) or b"<html" in head:
        return read_html(data, doc_id, path, ctx)
    kind = "WPS" if path.lower().endswith(".wps") else "old binary Word (.doc)"
    if head.startswith(b"{\\rtf"):
        kind = "RTF"
    raise LoadError(path, f"{kind} files are not read: convert to .docx first "
                          f"(libreoffice --headless --convert-to docx FILE)")
