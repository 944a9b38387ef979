"""Readers and input limits of fupin_extract.load (and readers_html/_office/_archive).

Every input is made here, in tmp_path or in memory: docx with python-docx, PDF with fpdf2,
HTML pages, archives (including a zip bomb and members that climb out), odd encodings.
Report sentences are copied from corpora/daming-2021.txt and corpora/huayuan-2020.txt.
"""
from __future__ import annotations

import gzip
import io
import os
import shutil
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest

import fupin_extract as fx
from fupin_extract import load
from fupin_extract.load import DEFAULT_LIMITS, Limits, decode_bytes, doc_id_for, iter_documents, read_file
from fupin_extract.model import Document, LoadError, PatternError

# real sentences from corpora/
DAMING = "全乡共核定省定贫困户36户84人（无国定贫困户），其中2016年脱贫27户，2017年脱贫9户，截止2017年底实现100%脱贫。"
HUAYUAN = "2014年我乡建档立卡贫困人口477户1042人,贫困村2个。"


def docs(items):
    return [i for i in items if isinstance(i, Document)]


def errors(items):
    return [i for i in items if isinstance(i, LoadError)]


def by_id(items):
    return {d.doc_id: d for d in docs(items)}


# --------------------------------------------------------------------------- text encodings
ENCODINGS = [
    # name, bytes, recorded encoding
    ("utf8.txt", DAMING.encode("utf-8"), "utf-8"),
    ("bom.txt", b"\xef\xbb\xbf" + DAMING.encode("utf-8"), "utf-8-sig"),
    ("gb.txt", DAMING.encode("gb18030"), "gb18030"),
    ("gbk.txt", HUAYUAN.encode("gbk"), "gb18030"),
    ("u16bom.txt", DAMING.encode("utf-16"), "utf-16"),
    ("u16le.txt", DAMING.encode("utf-16-le"), "utf-16-le"),
    ("u16be.txt", HUAYUAN.encode("utf-16-be"), "utf-16-be"),
]


@pytest.mark.parametrize("name,data,encoding", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_text_encodings(tmp_path, name, data, encoding):
    f = tmp_path / name
    f.write_bytes(data)
    [d] = read_file(f)
    assert d.encoding == encoding
    assert d.text in (DAMING, HUAYUAN)
    assert d.doc_id == name.rsplit(".", 1)[0]
    assert d.format == "txt"


# --------------------------------------------------------------------------- refusals
REFUSED = [
    # file name, bytes, words the one-line error must contain
    ("empty.txt", b"", ["empty file"]),
    ("blank.txt", b"  \n\t \n", ["empty file"]),
    ("empty.docx", b"", ["empty file"]),
    ("blob.bin", bytes(range(256)) * 40, ["binary file"]),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), ["binary file", "PNG"]),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), ["convert to .docx", "libreoffice --headless --convert-to docx"]),
    ("old.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), ["WPS", "convert to .docx"]),
    ("fake.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), ["convert it to .docx"]),
    ("notzip.docx", "贫困户36户".encode(), ["not a .docx"]),
    ("notpdf.pdf", b"hello " * 50, ["not a PDF"]),
    ("broken.pdf", b"%PDF-1.4\n" + b"garbage " * 30, ["PDF"]),
    ("broken.zip", b"PK\x03\x04" + bytes(100), ["not a valid ZIP archive"]),
    ("broken.gz", b"\x1f\x8b\x08\x00" + b"xxxxxxxxxxxx", ["gzip"]),
    ("notgz.gz", b"plain text, not gzip", ["not gzip data"]),
    ("broken.tar", b"this is not a tar file" * 30, ["not a valid tar archive"]),
    ("nodepth.html", b"<html><body>" + b"<div>" * 300 + "贫困户".encode() + b"</div>" * 300 + b"</body></html>",
     ["nested deeper than 256"]),
    ("furniture.html", "<html><body><nav>首页</nav><script>var a=1</script><p>打印本页 关闭窗口</p></body></html>".encode(),
     ["no text in the HTML page"]),
]


@pytest.mark.parametrize("name,data,words", REFUSED, ids=[r[0] for r in REFUSED])
def test_refused_files_name_the_file_and_reason(tmp_path, name, data, words):
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(LoadError) as ei:
        read_file(f)
    e = ei.value
    assert e.path == str(f)
    msg = str(e)
    assert msg.startswith(str(f) + ": ")
    assert "\n" not in msg
    for w in words:
        assert w in msg
    # the batch API yields the same error instead of raising
    [item] = list(iter_documents([f]))
    assert isinstance(item, LoadError) and item.reason == e.reason


def test_doc_served_as_html_is_read_as_html(tmp_path):
    # web sites often serve an HTML page under a .doc name
    f = tmp_path / "report.doc"
    f.write_bytes(f"<html><head><title>总结</title></head><body><p>{DAMING}</p></body></html>".encode())
    [d] = read_file(f)
    assert d.format == "html" and d.text == DAMING and d.title == "总结"


# --------------------------------------------------------------------------- HTML
PAGE = """<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title> 大铭乡2021年脱贫攻坚工作总结 </title>
<style>.x {{ color: red }} /* 贫困户99户 */</style>
<script type="text/javascript">var s = "贫困户77户"; document.write(s);</script>
</head><body>
<div class="top"><form action="/s"><input name="q" value="搜索"><button>搜索 55个</button></form></div>
<nav><a href="/">首页</a> | <a href="/news">新闻中心 12条</a></nav>
<div class="crumbs">当前位置：首页 &gt; 新闻中心 &gt; 正文</div>
<div class="info">来源：大铭乡人民政府 发布时间：2021-03-01 点击数：1234 【字体：大 中 小】 打印本页 关闭窗口</div>
<h1>大铭乡2021年脱贫攻坚工作总结</h1>
<div class="content">
<p>我乡位于处德化县西北部，土地总面积76.4平方公里。</p><p>{daming}</p>
<table><tr><td>贫困户</td><td>36户</td></tr><tr><td>人口</td><td>84人</td></tr></table>
<div>第一行<br>第二行</div>
<!-- 注释 66户 -->
</div>
<p>扫一扫在手机打开当前页</p>
<div id="footer">主办：德化县人民政府 版权所有 电话 0595-1234567</div>
</body></html>
"""


@pytest.fixture
def html_page(tmp_path):
    f = tmp_path / "daming.html"
    f.write_bytes(PAGE.format(daming=DAMING).encode("gb18030"))
    return f


def test_html_main_text_title_and_charset(html_page):
    [d] = read_file(html_page)
    assert d.format == "html"
    assert d.encoding == "gb18030"  # declared gb2312, read as its superset
    assert d.title == "大铭乡2021年脱贫攻坚工作总结"
    lines = d.text.split("\n")
    assert lines == [
        "来源：大铭乡人民政府 发布时间：2021-03-01",
        "大铭乡2021年脱贫攻坚工作总结",
        "我乡位于处德化县西北部，土地总面积76.4平方公里。",
        DAMING,
        "贫困户\t36户",
        "人口\t84人",
        "第一行",
        "第二行",
    ]


@pytest.mark.parametrize("absent", ["99户", "77户", "55个", "12条", "66户", "首页", "搜索", "当前位置", "点击数", "1234",
                                    "字体", "打印本页", "关闭窗口", "扫一扫", "版权所有", "0595"])
def test_html_drops_scripts_navigation_and_boilerplate(html_page, absent):
    [d] = read_file(html_page)
    assert absent not in d.text


HTML_CHARSETS = [
    # declaration, encoding of the bytes, recorded encoding
    ('<meta charset="utf-8">', "utf-8", "utf-8"),
    ('<meta charset="GBK">', "gbk", "gb18030"),
    ('<meta http-equiv="content-type" content="text/html;charset=gb2312" />', "gb2312", "gb18030"),
    ("", "gb18030", "gb18030"),  # no declaration: the text chain
    ("", "utf-8", "utf-8"),
    ('<meta charset="utf-8">', "gb18030", "gb18030"),  # declaration lies: the text chain, with a note
]


@pytest.mark.parametrize("decl,codec,recorded", HTML_CHARSETS)
def test_html_charsets(tmp_path, decl, codec, recorded):
    f = tmp_path / "p.htm"
    f.write_bytes(f"<html><head>{decl}<title>t</title></head><body><p>{HUAYUAN}</p></body></html>".encode(codec))
    [d] = read_file(f)
    assert d.text == HUAYUAN
    assert d.encoding == recorded
    assert bool(d.notes) == (decl != "" and codec not in ("utf-8", "gbk", "gb2312"))


HTML_TEXT = [
    # body html, expected text
    ("<p>贫困户<span>36</span><b>户</b>84人</p>", "贫困户36户84人"),  # inline elements join
    ("<p>全乡共核定省定贫困户\n   36户84人</p>", "全乡共核定省定贫困户 36户84人"),  # a break before a digit is a space
    ("<p>全乡共核定省定\n      贫困户36户84人</p>", "全乡共核定省定贫困户36户84人"),  # none between Chinese
    ("<p>贫困户&nbsp;36户&#32;84&lt;人&gt;</p>", "贫困户 36户 84<人>"),  # entities
    ("<div>一<div>二</div>三</div><li>四</li>", "一\n二\n三\n四"),  # blocks break lines
    ("<table><tr><th>类别</th><th>户数</th></tr><tr><td>贫困户</td><td> 36户 </td></tr></table>",
     "类别\t户数\n贫困户\t36户"),
    ("<pre>贫困户  36户\n  84人</pre>", "贫困户 36户\n84人"),  # pre keeps its line breaks
    ("<p>　　今年来，长乐乡按照</p>", "　　今年来，长乐乡按照"),  # ideographic indent is text
    ("<p hidden>隐藏 9户</p><p style=\"display:none\">隐藏</p><p>可见</p>", "可见"),
    ("<div class=\"share bar\">分享到：微信</div><p>正文</p>", "正文"),
]


@pytest.mark.parametrize("body,expected", HTML_TEXT)
def test_html_text_layout(tmp_path, body, expected):
    f = tmp_path / "p.html"
    f.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    [d] = read_file(f)
    assert d.text == expected


def test_html_depth_is_checked_before_parsing_and_limit_is_a_field(tmp_path):
    deep = b"<html><body>" + b"<div>" * 40 + DAMING.encode() + b"</div>" * 40 + b"</body></html>"
    f = tmp_path / "deep.html"
    f.write_bytes(deep)
    assert read_file(f)[0].text == DAMING
    with pytest.raises(LoadError, match=r"nested deeper than 30 elements \(Limits.max_html_depth\)"):
        read_file(f, limits=Limits(max_html_depth=30))


DEPTHS = [
    ("<div><div><p>x</p></div></div>", 3),
    ("<p>a<p>b<p>c", 1),  # <p> closes the open <p>
    ("<ul><li>a<li>b<li>c</ul>", 2),
    ("<table><tr><td>a<td>b<tr><td>c</table>", 3),
    ("<div><br><img src=x><hr><input></div>", 1),  # void elements do not nest
    ("<div><!-- <div><div><div> --><script>'<div><div>'</script></div>", 1),
    ("<div/><div/><div/>", 0),
]


def test_html_depth_scan_is_linear_on_unclosed_tags():
    from fupin_extract.load.html import html_depth

    # quadratic scanning would not finish on these
    assert html_depth("<a" * 200_000, 10) == 0
    assert html_depth("<script" * 200_000, 10) == 0
    assert html_depth("<div>" * 200_000, 10) == 11  # stops once past the limit


@pytest.mark.parametrize("html,depth", DEPTHS)
def test_html_depth_scan(html, depth):
    from fupin_extract.load.html import html_depth

    assert html_depth(html, 100) == depth


# --------------------------------------------------------------------------- the boilerplate file
def test_boilerplate_file_loads():
    from fupin_extract.load.html import boilerplate

    rules = boilerplate()
    assert "script" in rules.selectors and "nav" in rules.selectors
    for s, cleaned in [("扫一扫在手机打开当前页", ""), ("【字体：大 中 小】 打印本页 关闭窗口", ""),
                       ("当前位置：首页 > 新闻中心", ""), (DAMING, DAMING), (HUAYUAN, HUAYUAN)]:
        assert rules.clean_line(s).strip() == cleaned


BAD_BOILERPLATE = [
    # yaml text, expected line, words
    ("remove_elements: []\nboilerplate: []\nextra: 1\n", 1, "unknown key"),
    ("remove_elements:\n  - id: a\n    selectors: ['div[']\nboilerplate: []\n", 2, "bad CSS selector"),
    ("remove_elements: []\nboilerplate:\n  - id: r\n    kind: regex\n    pattern: '(unclosed'\n    examples: {drop: [x]}\n",
     3, "bad regular expression"),
    ("remove_elements: []\nboilerplate:\n  - id: r\n    kind: phrases\n    phrases: [打印本页]\n    examples:\n      drop: [关闭窗口]\n",
     7, "is not matched"),
    ("remove_elements: []\nboilerplate:\n  - id: r\n    kind: phrases\n    phrases: [户]\n    examples:\n      drop: [户]\n      keep: [36户]\n",
     7, "keep example"),
    ("remove_elements: []\nboilerplate:\n  - id: r\n    kind: phrases\n    phrases: [a]\n    examples: {drop: [a]}\n"
     "  - id: r\n    kind: phrases\n    phrases: [b]\n    examples: {drop: [b]}\n", 7, "duplicate id"),
    ("remove_elements: []\nboilerplate:\n  - id: r\n    kind: magic\n    examples: {drop: [a]}\n", 3, "kind must be"),
    ("remove_elements: []\nremove_elements: []\nboilerplate: []\n", 2, "duplicate key"),
]


@pytest.mark.parametrize("text,line,words", BAD_BOILERPLATE)
def test_boilerplate_file_errors_name_file_and_line(tmp_path, text, line, words):
    from fupin_extract.load.html import load_boilerplate

    f = tmp_path / "html_boilerplate.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(PatternError) as ei:
        load_boilerplate(f)
    assert f"{f}:{line}:" in str(ei.value)
    assert words in str(ei.value)


# --------------------------------------------------------------------------- docx
def make_docx(path: Path, title: str | None = None) -> Path:
    import docx

    d = docx.Document()
    if title:
        d.core_properties.title = title
    d.add_paragraph("大铭乡脱贫攻坚工作总结")
    d.add_paragraph(DAMING)
    t = d.add_table(rows=3, cols=3)
    for r, row in enumerate([("类别", "户数", "人数"), ("贫困户", "36户", "84人"), ("已脱贫", "36户", "84人")]):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    t.cell(2, 2).add_paragraph("（全部）")
    d.add_paragraph(HUAYUAN)
    d.save(path)
    return path


def test_docx_reading_order_with_table(tmp_path):
    f = make_docx(tmp_path / "daming.docx", title="工作总结")
    [d] = read_file(f)
    assert d.format == "docx" and d.doc_id == "daming" and d.title == "工作总结"
    assert d.text.split("\n") == [
        "大铭乡脱贫攻坚工作总结",
        DAMING,
        "类别\t户数\t人数",
        "贫困户\t36户\t84人",
        "已脱贫\t36户\t84人",
        "（全部）",  # second paragraph of the last cell
        HUAYUAN,
    ]


def test_docx_bomb_part_is_refused(tmp_path):
    f = make_docx(tmp_path / "x.docx")
    # add a huge, highly compressible part to the package
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(f) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("word/media/zeros.bin", bytes(5 * 1024 * 1024))
    with pytest.raises(LoadError, match=r"bomb\.docx!word/media/zeros\.bin: compression ratio too high"):
        read_file(bomb)


# --------------------------------------------------------------------------- PDF
def _font_files():
    """(latin TTF, CJK TrueType font or None) for fpdf2; OpenType/CFF CJK fonts do not
    round-trip through fpdf2 + pdfminer, so only .ttf/.ttc are taken."""
    latin = None
    for cand in [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")]:
        if cand.exists():
            latin = cand
    if latin is None:
        import importlib.util

        spec = importlib.util.find_spec("matplotlib")
        if spec and spec.submodule_search_locations:
            cand = Path(list(spec.submodule_search_locations)[0]) / "mpl-data/fonts/ttf/DejaVuSans.ttf"
            latin = cand if cand.exists() else None
    cjk = None
    if shutil.which("fc-list"):
        out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True).stdout
        files = sorted(line.split(":")[0].strip() for line in out.splitlines())
        files = [f for f in files if f.lower().endswith((".ttf", ".ttc"))]
        cjk = Path(files[0]) if files else None
    return latin, cjk


def make_pdf(path: Path, pages, cjk: bool = False) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    if cjk:
        latin, cjk_font = _font_files()
        pdf.add_font("latin", fname=str(latin))
        pdf.add_font("cjk", fname=str(cjk_font))
        pdf.set_font("latin", size=12)
        pdf.set_fallback_fonts(["cjk"])
    else:
        pdf.set_font("helvetica", size=12)
    for text in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 8, text)
        else:
            pdf.rect(20, 20, 50, 50, style="F")  # a page with a drawing and no text
    pdf.output(str(path))
    return path


def test_pdf_ascii_text_layer_in_page_order(tmp_path):
    f = make_pdf(tmp_path / "r.pdf", ["Page one: 36 hu 84 ren", "Page two: 477 hu 1042 ren"])
    [d] = read_file(f)
    assert d.format == "pdf" and d.doc_id == "r"
    assert d.text == "Page one: 36 hu 84 ren\nPage two: 477 hu 1042 ren"
    assert d.notes == ()


@pytest.mark.skipif(_font_files()[1] is None or _font_files()[0] is None,
                    reason="no CJK TrueType font on this machine (apt-get install fonts-droid-fallback)")
def test_pdf_chinese_text_layer(tmp_path):
    f = make_pdf(tmp_path / "daming.pdf", ["全乡共核定省定贫困户36户84人", HUAYUAN], cjk=True)
    [d] = read_file(f)
    assert d.text == "全乡共核定省定贫困户36户84人\n" + HUAYUAN


def test_pdf_without_text_layer_needs_ocr(tmp_path):
    f = make_pdf(tmp_path / "scan.pdf", ["", ""])
    with pytest.raises(LoadError, match=r"scan\.pdf: PDF has no text layer .* needs OCR first"):
        read_file(f)


def test_pdf_pages_without_text_are_noted(tmp_path):
    f = make_pdf(tmp_path / "mixed.pdf", ["36 hu 84 ren", "", "477 hu"])
    [d] = read_file(f)
    assert d.text == "36 hu 84 ren\n\n477 hu"
    assert any(n.startswith("page 2: no text layer") for n in d.notes)


def test_pdf_with_damaged_page_tree_is_a_load_error(tmp_path):
    data = make_pdf(tmp_path / "ok.pdf", ["36 hu 84 ren"]).read_bytes()
    assert b"/MediaBox [0 0 595.28 841.89]" in data
    f = tmp_path / "damaged.pdf"
    f.write_bytes(data.replace(b"/MediaBox [0 0 595.28 841.89]", b"/MediaBox [0 0 /x /y      ]"))
    with pytest.raises(LoadError, match=r"damaged\.pdf: (not a valid PDF|PDF has no pages)"):
        read_file(f)


def test_pdf_page_limit(tmp_path):
    f = make_pdf(tmp_path / "long.pdf", ["a 1", "b 2", "c 3"])
    with pytest.raises(LoadError, match=r"PDF has 3 pages > limit 2 \(Limits.max_pdf_pages\)"):
        read_file(f, limits=Limits(max_pdf_pages=2))


def test_pdf_cid_codes_are_noted_and_blanked(tmp_path):
    import pypdf
    from pypdf.generic import NameObject

    latin, _ = _font_files()
    if latin is None:
        pytest.skip("no TrueType font for fpdf2")
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("latin", fname=str(latin))
    pdf.set_font("latin", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 8, "36 hu 84 ren")
    reader = pypdf.PdfReader(io.BytesIO(bytes(pdf.output())))
    writer = pypdf.PdfWriter()
    for page in reader.pages:  # drop the Unicode map: pdfminer then yields (cid:N)
        fonts = page["/Resources"]["/Font"]
        for k in fonts:
            font = fonts[k].get_object()
            if "/ToUnicode" in font:
                del font[NameObject("/ToUnicode")]
        writer.add_page(page)
    buf = io.BytesIO()
    writer.write(buf)
    f = tmp_path / "cid.pdf"
    f.write_bytes(buf.getvalue())
    [d] = read_file(f)
    assert "(cid:" not in d.text and "\ufffd" in d.text
    assert any(n.startswith("page 1: text came out as (cid:N) glyph codes") for n in d.notes)


def test_pdf_flate_bomb_is_stopped(tmp_path):
    # a page whose content stream inflates 30 KB into 30 MB (pdfminer itself has no limit)
    import zlib

    import pypdf
    from pypdf.generic import NameObject, StreamObject

    reader = pypdf.PdfReader(make_pdf(tmp_path / "base.pdf", ["36 hu 84 ren"]))
    writer = pypdf.PdfWriter()
    writer.add_page(reader.pages[0])
    stream = StreamObject()
    stream._data = zlib.compress(b"BT /F1 12 Tf 72 712 Td (36 hu 84 ren) Tj ET\n" + b" " * (30 * 1024 * 1024), 9)
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    writer.pages[0][NameObject("/Contents")] = writer._add_object(stream)
    f = tmp_path / "bomb.pdf"
    with open(f, "wb") as out:
        writer.write(out)
    assert f.stat().st_size < 100_000
    with pytest.raises(LoadError, match=r"bomb\.pdf: decompressed data beyond the limit of 10485760 bytes"):
        read_file(f, limits=Limits(max_decompressed_bytes=10 * 1024 * 1024))
    assert read_file(f)[0].text == "36 hu 84 ren"  # the default budget (512 MiB) reads it


# --------------------------------------------------------------------------- archives
def zip_bytes(members, compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


def test_zip_good_and_broken_members(tmp_path):
    docx_bytes = make_docx(tmp_path / "inner.docx").read_bytes()
    f = tmp_path / "reports.zip"
    f.write_bytes(zip_bytes([
        ("daming.txt", DAMING.encode("gb18030")),
        ("sub/huayuan.html", f"<html><body><p>{HUAYUAN}</p></body></html>".encode()),
        ("sub/table.docx", docx_bytes),
        ("broken.docx", b"PK\x03\x04 not really a docx"),
        ("binary.txt", bytes(range(256)) * 4),
        ("empty.txt", b""),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100)),
        ("__MACOSX/._daming.txt", b"\x00\x05\x16\x07"),
        (".hidden.txt", b"hidden"),
        ("folder/", b""),
    ]))
    items = read_file(f)
    got = by_id(items)
    assert sorted(got) == ["reports/daming", "reports/sub/huayuan", "reports/sub/table"]
    assert got["reports/daming"].text == DAMING and got["reports/daming"].encoding == "gb18030"
    assert got["reports/daming"].path == f"{f}!daming.txt"
    assert got["reports/sub/huayuan"].format == "html" and got["reports/sub/huayuan"].text == HUAYUAN
    assert "贫困户\t36户\t84人" in got["reports/sub/table"].text
    errs = {e.path: e.reason for e in errors(items)}
    assert sorted(errs) == [f"{f}!binary.txt", f"{f}!broken.docx", f"{f}!empty.txt", f"{f}!old.doc"]
    assert "binary file" in errs[f"{f}!binary.txt"]
    assert "not a valid .docx" in errs[f"{f}!broken.docx"]
    assert "empty file" in errs[f"{f}!empty.txt"]
    assert "convert to .docx" in errs[f"{f}!old.doc"]
    # the batch API: same items, in the same order, never raising
    assert [getattr(i, "doc_id", None) or i.path for i in iter_documents([f])] == \
           [getattr(i, "doc_id", None) or i.path for i in items]


def test_zip_member_names_in_gbk(tmp_path):
    # zips made on Chinese Windows store GBK names without the UTF-8 flag
    gbk = "大铭乡.txt".encode("gbk")
    placeholder = b"A" * (len(gbk) - 4) + b".txt"
    data = zip_bytes([(placeholder.decode(), DAMING.encode())])
    assert data.count(placeholder) == 2  # local header and central directory
    f = tmp_path / "names.zip"
    f.write_bytes(data.replace(placeholder, gbk))
    [d] = read_file(f)
    assert d.doc_id == "names/大铭乡" and d.path == f"{f}!大铭乡.txt"


def _zeros_zip(n_bytes: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("good.txt", DAMING.encode())
        with zf.open("bomb.txt", "w") as w:
            chunk = bytes(1024 * 1024)
            for _ in range(n_bytes // len(chunk)):
                w.write(chunk)
    return buf.getvalue()


def test_zip_bomb_is_refused_other_members_read(tmp_path):
    data = _zeros_zip(200 * 1024 * 1024)  # 200 MB of zeros, about 200 KB compressed
    assert len(data) < 2 * 1024 * 1024
    f = tmp_path / "bomb.zip"
    f.write_bytes(data)
    items = read_file(f)
    assert [d.doc_id for d in docs(items)] == ["bomb/good"]
    [e] = errors(items)
    assert e.path == f"{f}!bomb.txt"
    assert "compression ratio too high" in e.reason and "zip bomb" in e.reason


def test_zip_bomb_with_lying_header_is_stopped_while_streaming(tmp_path):
    data = bytearray(_zeros_zip(20 * 1024 * 1024))
    # make the central directory (what zipfile trusts) declare 1000 bytes instead of 20 MB
    patched = 0
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        if data[pos + 46:pos + 54] == b"bomb.txt":
            assert int.from_bytes(data[pos + 24:pos + 28], "little") == 20 * 1024 * 1024
            data[pos + 24:pos + 28] = (1000).to_bytes(4, "little")
            patched += 1
        pos = data.find(b"PK\x01\x02", pos + 4)
    assert patched == 1
    f = tmp_path / "liar.zip"
    f.write_bytes(bytes(data))
    assert zipfile.ZipFile(f).getinfo("bomb.txt").file_size == 1000  # the header passes the checks
    items = read_file(f)
    assert [d.doc_id for d in docs(items)] == ["liar/good"]
    [e] = errors(items)
    assert e.path == f"{f}!bomb.txt"
    # the stream stops at the declared size and the CRC fails: nothing like 20 MB is kept
    assert "broken member" in e.reason and "CRC" in e.reason


def test_decompressed_size_limits(tmp_path):
    text = (DAMING * 400).encode()  # about 60 KB of text that compresses well
    f = tmp_path / "many.zip"
    f.write_bytes(zip_bytes([(f"r{i}.txt", text) for i in range(5)]))
    # per-file ratio: 60 KB from a few hundred bytes is over 20:1, past a 1 KB grace
    items = read_file(f, limits=Limits(max_compression_ratio=20, ratio_grace_bytes=1024))
    assert len(errors(items)) == 5 and all("compression ratio too high" in e.reason for e in errors(items))
    # total budget: two members fit, the third does not, the rest are not read
    items = read_file(f, limits=Limits(max_decompressed_bytes=len(text) * 5 // 2))
    assert [d.doc_id for d in docs(items)] == ["many/r0", "many/r1"]
    reasons = [e.reason for e in errors(items)]
    assert "Limits.max_decompressed_bytes" in reasons[0]
    assert any("more members not read" in r for r in reasons)


def test_archive_member_count_limit(tmp_path):
    f = tmp_path / "crowd.zip"
    f.write_bytes(zip_bytes([(f"r{i}.txt", b"x") for i in range(12)]))
    with pytest.raises(LoadError, match=r"crowd\.zip: ZIP archive has 12 members > limit 10 \(Limits.max_archive_members\)"):
        read_file(f, limits=Limits(max_archive_members=10))
    t = tmp_path / "crowd.tar"
    with tarfile.open(t, "w") as tf:
        for i in range(12):
            info = tarfile.TarInfo(f"r{i}.txt")
            info.size = 1
            tf.addfile(info, io.BytesIO(b"x"))
    with pytest.raises(LoadError, match=r"more than 10 members"):
        read_file(t, limits=Limits(max_archive_members=10))


def test_nested_archives_and_depth_limit(tmp_path):
    inner = zip_bytes([("daming.txt", DAMING.encode())])
    middle = zip_bytes([("inner.zip", inner)])
    f = tmp_path / "outer.zip"
    f.write_bytes(zip_bytes([("middle.zip", middle)]))
    [d] = read_file(f)
    assert d.doc_id == "outer/middle/inner/daming"
    assert d.path == f"{f}!middle.zip!inner.zip!daming.txt"
    [e] = read_file(f, limits=Limits(max_archive_depth=2))
    assert e.path == f"{f}!middle.zip!inner.zip" and "Limits.max_archive_depth" in e.reason


ESCAPES = [
    ("../evil.txt", "climbs out of the archive"),
    ("a/../../evil.txt", "climbs out of the archive"),
    ("/etc/evil.txt", "absolute member path"),
    ("C:\\evil.txt", "absolute member path"),
]


@pytest.mark.parametrize("name,words", ESCAPES)
def test_zip_members_that_escape_are_reported_not_followed(tmp_path, name, words):
    f = tmp_path / "escape.zip"
    f.write_bytes(zip_bytes([("good.txt", DAMING.encode()), (name, b"evil")]))
    before = set(os.listdir(tmp_path)) | set(os.listdir(tmp_path.parent))
    items = read_file(f)
    assert [d.doc_id for d in docs(items)] == ["escape/good"]
    [e] = errors(items)
    assert e.path == f"{f}!{name}" and words in e.reason
    assert set(os.listdir(tmp_path)) | set(os.listdir(tmp_path.parent)) == before  # nothing written


def test_member_names_with_control_characters_stay_on_one_line(tmp_path):
    f = tmp_path / "ctl.zip"
    f.write_bytes(zip_bytes([("../a\nb.txt", b"x"), ("ok.txt", DAMING.encode())]))
    items = read_file(f)
    [e] = errors(items)
    assert "\n" not in str(e) and e.path == f"{f}!../a\\x0ab.txt"


def test_zip_symlink_member_not_followed(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("good.txt", DAMING)
        info = zipfile.ZipInfo("link.txt")
        info.create_system = 3
        info.external_attr = (0o120777 << 16)
        zf.writestr(info, "/etc/passwd")
    f = tmp_path / "links.zip"
    f.write_bytes(buf.getvalue())
    items = read_file(f)
    assert [d.doc_id for d in docs(items)] == ["links/good"]
    [e] = errors(items)
    assert e.path == f"{f}!link.txt" and "symbolic link" in e.reason


def _tar_bytes(mode="w"):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tf:
        data = DAMING.encode("gb18030")
        info = tarfile.TarInfo("reports/daming.txt")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("reports/passwd.txt")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tf.addfile(link)
        hard = tarfile.TarInfo("reports/hard.txt")
        hard.type = tarfile.LNKTYPE
        hard.linkname = "reports/daming.txt"
        tf.addfile(hard)
        fifo = tarfile.TarInfo("reports/pipe")
        fifo.type = tarfile.FIFOTYPE
        tf.addfile(fifo)
        evil = tarfile.TarInfo("../evil.txt")
        evil.size = 4
        tf.addfile(evil, io.BytesIO(b"evil"))
    return buf.getvalue()


@pytest.mark.parametrize("name,mode", [("bundle.tar", "w"), ("bundle.tar.gz", "w:gz"), ("bundle.tgz", "w:gz")])
def test_tar_links_and_escapes_are_reported(tmp_path, name, mode):
    f = tmp_path / name
    f.write_bytes(_tar_bytes(mode))
    items = read_file(f)
    [d] = docs(items)
    assert d.doc_id == "bundle/reports/daming" and d.text == DAMING and d.encoding == "gb18030"
    errs = {e.path.split("!", 1)[1]: e.reason for e in errors(items)}
    assert all(e.path.startswith(f"{f}!") for e in errors(items))
    assert "symbolic link to '/etc/passwd'; not followed" in errs["reports/passwd.txt"]
    assert "hard link" in errs["reports/hard.txt"]
    assert "not a regular file" in errs["reports/pipe"]
    assert "climbs out" in errs["../evil.txt"]


GZ = [
    ("daming.txt.gz", DAMING.encode("gb18030"), "daming", "txt"),
    ("page.html.gz", f"<html><body><p>{DAMING}</p></body></html>".encode(), "page", "html"),
    ("plain.gz", DAMING.encode(), "plain", "txt"),
]


@pytest.mark.parametrize("name,data,doc_id,fmt", GZ)
def test_gz_single_file_read_by_inner_suffix(tmp_path, name, data, doc_id, fmt):
    f = tmp_path / name
    f.write_bytes(gzip.compress(data))
    [d] = read_file(f)
    assert (d.doc_id, d.format, d.text) == (doc_id, fmt, DAMING)


def test_gz_bomb_is_stopped_while_streaming(tmp_path):
    import zlib

    c = zlib.compressobj(1, zlib.DEFLATED, 31)
    chunk = bytes(1024 * 1024)
    data = b"".join(c.compress(chunk) for _ in range(200)) + c.flush()  # 200 MB of zeros
    f = tmp_path / "bomb.txt.gz"
    f.write_bytes(data)
    with pytest.raises(LoadError, match=r"bomb\.txt\.gz: compression ratio too high"):
        read_file(f)
    with pytest.raises(LoadError, match=r"gzip data expands beyond 1000000 bytes"):
        read_file(f, limits=Limits(max_compression_ratio=10_000, max_file_bytes=1_000_000))


# --------------------------------------------------------------------------- size limits
def test_fifty_megabytes_of_text_are_read(tmp_path):
    line = (DAMING + "\n").encode()
    n = 50 * 1024 * 1024 // len(line) + 1
    f = tmp_path / "big.txt"
    with open(f, "wb") as w:
        for _ in range(n // 1000):
            w.write(line * 1000)
        w.write(line * (n % 1000))
    assert f.stat().st_size >= 50 * 1024 * 1024
    [d] = read_file(f)
    assert d.encoding == "utf-8"
    assert len(d.text) == n * (len(DAMING) + 1)
    assert d.text.startswith(DAMING)
    del d
    with pytest.raises(LoadError, match=r"big\.txt: file too large: \d+ bytes > limit 10000000 \(Limits.max_file_bytes\)"):
        read_file(f, limits=Limits(max_file_bytes=10_000_000))


def test_text_character_limit(tmp_path):
    f = tmp_path / "long.txt"
    f.write_text(DAMING * 10, encoding="utf-8")
    with pytest.raises(LoadError, match=r"long\.txt: text too long: \d+ characters > limit 100 \(Limits.max_text_chars\)"):
        read_file(f, limits=Limits(max_text_chars=100))


def test_limits_defaults_and_validation():
    assert DEFAULT_LIMITS.max_file_bytes >= 50 * 1024 * 1024
    assert DEFAULT_LIMITS.max_text_chars >= 50 * 1024 * 1024
    with pytest.raises(ValueError, match="max_pdf_pages"):
        Limits(max_pdf_pages=0)


# --------------------------------------------------------------------------- folders and ids
def test_iter_documents_folder_order_ids_and_errors(tmp_path):
    root = tmp_path / "corpus"
    (root / "b").mkdir(parents=True)
    (root / "a.txt").write_text(DAMING, encoding="utf-8")
    (root / "a.html").write_text(f"<p>{HUAYUAN}</p>", encoding="utf-8")  # same id as a.txt
    (root / "b" / "c.txt").write_bytes(HUAYUAN.encode("utf-16"))
    (root / "b" / "empty.txt").write_bytes(b"")
    (root / ".hidden.txt").write_text("x", encoding="utf-8")
    (root / "z.zip").write_bytes(zip_bytes([("m.txt", DAMING.encode())]))
    items = list(iter_documents([root, tmp_path / "missing.txt"]))
    summary = [(i.doc_id if isinstance(i, Document) else "ERR " + Path(i.path).name) for i in items]
    assert summary == ["a", "a.txt", "b/c", "ERR empty.txt", "z/m", "ERR missing.txt"]
    assert doc_id_for(root / "b" / "c.txt", root) == "b/c"
    assert doc_id_for(root / "x.tar.gz", root) == "x"
    assert doc_id_for(root / "y.txt.gz", None) == "y"


def test_one_loading_path_gives_chunks_the_ids_one_pass_gives(tmp_path):
    from fupin_extract.batch import run as batch

    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.html").write_bytes(b"")  # fails; its id stays taken, whether read in one pass or in chunks
    (root / "a.txt").write_text(DAMING, encoding="utf-8")
    (root / "b.txt").write_text(HUAYUAN, encoding="utf-8")
    one = [(i.doc_id, type(i).__name__) for i in iter_documents([root])]
    assert one == [("a", "LoadError"), ("a.txt", "Document"), ("b", "Document")]
    for size in (1, 2, 3):
        chunks = batch.plan_chunks([root], chunk_size=size)
        assert [(i.doc_id, type(i).__name__) for c in chunks for i in batch.load_files(c.files)] == one


def test_read_folder_finds_figures_in_html_and_docx(tmp_path):
    root = tmp_path / "reports"
    root.mkdir()
    (root / "daming.html").write_bytes(PAGE.format(daming=DAMING).encode("gb18030"))
    make_docx(root / "daming-docx.docx")
    corpus = fx.read(root)
    assert len(corpus.errors) == 0
    assert set(corpus.documents["doc"]) == {"daming", "daming-docx"}
    for doc in ("daming", "daming-docx"):
        figs = corpus.figures_of(doc)
        raw = corpus.texts[doc]
        assert {"36户", "84人"} <= set(figs["text"])
        for start, end, text in zip(figs["start"], figs["end"], figs["text"]):
            assert raw[start:end] == text
        at = raw.index("全乡共核定省定贫困户36户84人")
        got = {(s - at, t) for s, t in zip(figs["start"], figs["text"]) if at <= s < at + 20}
        assert got == {(10, "36户"), (13, "84人")}
    # nothing the page furniture holds became a figure
    assert not set(corpus.figures_of("daming")["text"]) & {"99户", "77户", "55个", "12条", "66户"}


def test_decode_bytes_kept():
    assert decode_bytes(DAMING.encode("gb18030")) == (DAMING, "gb18030")
    with pytest.raises(LoadError, match="empty file"):
        decode_bytes(b"")


def test_every_known_suffix_has_a_reader():
    for suffix in (".txt", ".html", ".htm", ".docx", ".pdf", ".zip", ".tar", ".gz", ".tgz", ".doc", ".wps"):
        assert suffix in load.READERS
