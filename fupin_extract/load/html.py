"""HTML pages → :class:`~fupin_extract.model.Document` with selectolax (lexbor).

1. Decode: a BOM wins, then the charset the page declares (``<meta charset>``,
   ``http-equiv`` content type, XML declaration; GB2312/GBK are read as GB18030, their
   superset), else the text decoding chain of :func:`fupin_extract.load.decode_bytes`.
2. Refuse pages nested deeper than ``Limits.max_html_depth`` elements, counted by a cheap
   tag scan *before* the page is parsed.
3. Parse, drop the elements named in ``patterns/html_boilerplate.yaml`` (scripts, styles,
   forms, navigation, footers …), then walk the body: block elements become line breaks,
   table cells are separated by tabs.
4. Cut the site boilerplate phrases of the same file out of the lines (``扫一扫在手机打开当前页``,
   ``【字体：大 中 小】`` …) and drop lines that are left empty.

The page ``<title>`` becomes ``Document.title``; it is not part of the text.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import List, Optional, Tuple

import regex

from fupin_extract.load.base import Item, ReadContext, one_line
from fupin_extract.load.decode import decode_bytes
from fupin_extract.model import Document, LoadError, PatternError
from fupin_extract.rules.html import BOILERPLATE_FILE, Boilerplate, boilerplate, load_boilerplate  # noqa: F401


# --------------------------------------------------------------------------- decoding
_META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.I,
)
#: declared names read with a wider codec (browsers do the same)
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "gb_2312-80": "gb18030",
          "euc-cn": "gb18030", "big5": "big5hkscs", "iso-8859-1": "cp1252", "latin1": "cp1252",
          "us-ascii": "utf-8", "ascii": "utf-8"}


def declared_charset(data: bytes) -> Optional[str]:
    """The charset the page declares in its first 8 KB, as a Python codec name, or None."""
    m = _META_CHARSET.search(data[:8192])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "replace").lower()
    name = _WIDER.get(name, name)
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec.startswith("utf-16") or codec.startswith("utf-32"):
        return None  # a page that is readable ASCII here is not UTF-16, whatever it says
    return codec


def decode_html(data: bytes, path: str) -> Tuple[str, str, List[str]]:
    """``(text, encoding, notes)`` of an HTML page."""
    notes: List[str] = []
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        text, enc = decode_bytes(data, path)
        return text, enc, notes
    declared = declared_charset(data)
    if declared:
        try:
            return data.decode(declared), declared, notes
        except UnicodeDecodeError as e:
            try:
                text, enc = decode_bytes(data, path)
                notes.append(f"declared charset {declared} does not fit the bytes (offset {e.start}); read as {enc}")
                return text, enc, notes
            except LoadError:
                text = data.decode(declared, errors="replace")
                notes.append(f"{text.count(chr(0xFFFD))} undecodable bytes replaced by U+FFFD ({declared})")
                return text, declared, notes
    text, enc = decode_bytes(data, path)
    return text, enc, notes


# --------------------------------------------------------------------------- depth guard
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
# [^<>] keeps every scan linear: an unclosed "<a<a<a…" must not rescan the page from each "<"
_RAWTEXT = re.compile(r"<(script|style|textarea|title|xmp|noscript)\b[^<>]*>.*?(?:</\1\s*>|\Z)", re.S | re.I)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/?)>")
VOID = frozenset("area base br col embed hr img input link meta param source track wbr keygen command "
                 "basefont bgsound frame isindex spacer image".split())
#: an open element of the key is closed by a new start tag of one of the values
_IMPLIED_END = {
    "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "option": {"option", "optgroup"},
    "optgroup": {"optgroup"}, "tr": {"tr", "tbody", "thead", "tfoot"}, "td": {"td", "th", "tr", "tbody", "tfoot"},
    "th": {"td", "th", "tr", "tbody", "tfoot"}, "thead": {"tbody", "tfoot"}, "tbody": {"tbody", "tfoot"},
    "rt": {"rt", "rp"}, "rp": {"rt", "rp"},
    "p": set("address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 h3 h4 "
             "h5 h6 header hgroup hr main menu nav ol p pre section table ul".split()),
}


def html_depth(text: str, limit: int) -> int:
    """Element nesting depth of an HTML page by a tag scan (no parse); stops past ``limit``.

    Comments and the content of script/style are skipped; void elements and ``/>`` do not
    nest; end tags that browsers imply (``<p>``, ``<li>``, ``<td>`` …) are implied here too.
    """
    text = _RAWTEXT.sub("", _COMMENT.sub("", text))
    stack: List[str] = []
    open_count: dict = {}
    deepest = 0
    for m in _TAG.finditer(text):
        close, name, selfclose = m.group(1), m.group(2).lower(), m.group(3)
        if name in VOID:
            continue
        if close:
            if open_count.get(name):
                while stack:
                    top = stack.pop()
                    open_count[top] -= 1
                    if top == name:
                        break
            continue
        if selfclose:
            continue
        while stack and name in _IMPLIED_END.get(stack[-1], ()):
            open_count[stack.pop()] -= 1
        stack.append(name)
        open_count[name] = open_count.get(name, 0) + 1
        if len(stack) > deepest:
            deepest = len(stack)
            if deepest > limit:
                break
    return deepest


# --------------------------------------------------------------------------- text
BLOCK = frozenset("address article aside blockquote body center dd details dialog dir div dl dt fieldset "
                  "figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu ol p "
                  "pre section summary table tbody thead tfoot tr ul caption".split())
CELL = frozenset({"td", "th"})
_WS = re.compile(r"[ \t\r\n\f\v\u00a0]+")  # not U+3000: ideographic spaces are text
_WIDE = "\u2e80-\u303f\u3040-\u9fff\uf900-\ufaff\uff00-\uffef"
#: a source line break between two Chinese characters is no space (CSS Text 3 segment breaks)
_CJK_BREAK = re.compile(f"(?<=[{_WIDE}])[ \\t\\r\\f\\v]*\\n[ \\t\\r\\n\\f\\v]*(?=[{_WIDE}])")
_JUNK_LINE = re.compile(r"^[\s|｜>»/·•【】\[\]()（）:：\-—_=*#]*$")


def _children(node) -> list:
    out = []
    c = node.child
    while c is not None:
        out.append(c)
        c = c.next
    return out


def html_lines(root) -> List[str]:
    """The text under ``root`` as lines: block elements break lines, cells are tab-separated."""
    parts: List[str] = []
    stack = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        tag = node.tag
        if leaving:
            parts.append("\n")
            continue
        if tag == "-text":
            parts.append(_WS.sub(" ", _CJK_BREAK.sub("", node.text_content or "")))
            continue
        if tag is None or tag.startswith("-") or tag.startswith("_") or tag == "!doctype":
            continue  # comments, doctype
        if tag == "br":
            parts.append("\n")
            continue
        if tag == "pre":
            parts.append("\n" + (node.text(deep=True) or "") + "\n")
            continue
        if tag in CELL:
            parts.append("\t")
        elif tag in BLOCK:
            parts.append("\n")
            stack.append((node, True))
        stack.extend((c, False) for c in reversed(_children(node)))
    lines = []
    for line in "".join(parts).split("\n"):
        line = re.sub(r" *\t[\t ]*", "\t", line).strip(" \t")
        lines.append(re.sub(r" {2,}", " ", line))
    return lines


def read_html(data: bytes, doc_id: str, path: str, ctx: ReadContext) -> List[Item]:
    from selectolax.lexbor import LexborHTMLParser

    text, enc, notes = decode_html(data, path)
    limit = ctx.limits.max_html_depth
    depth = html_depth(text, limit)
    if depth > limit:
        raise LoadError(path, f"HTML nested deeper than {limit} elements (Limits.max_html_depth); not parsed")
    rules = boilerplate()
    tree = LexborHTMLParser(text)
    title = None
    t = tree.css_first("title")
    if t is not None:
        title = " ".join((t.text(deep=True) or "").split()) or None
    for sel in rules.selectors:
        for node in reversed(tree.css(sel)):  # inner matches first: never touch a freed node
            node.decompose()
    root = tree.body if tree.body is not None else tree.root
    lines = []
    for line in html_lines(root) if root is not None else []:
        line = rules.clean_line(line).strip(" \t")
        if line and not _JUNK_LINE.match(line):
            lines.append(line)
    body = "\n".join(lines)
    if not body.strip():
        raise LoadError(path, "no text in the HTML page once scripts, navigation and boilerplate are removed")
    return [Document(doc_id=doc_id, text=body, path=path, encoding=enc, format="html", title=title,
                     notes=tuple(notes))]
