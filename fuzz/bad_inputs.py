"""Build one file per class of bad input and print what fupin-extract does with it.

    .venv/bin/python fuzz/bad_inputs.py        # a Markdown table for docs/bad-input.md

Each file is read with :func:`fupin_extract.read` (the notebook API; the CLI and the batch
runner use the same readers and ``extract_partition``), and the outcome is summarised as
documents / figures / error rows (stage, error type, message).
"""
from __future__ import annotations

import gzip
import io
import os
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import fupin_extract as fx  # noqa: E402
from fupin_extract.load import Limits  # noqa: E402

S = "全乡共核定省定贫困户36户84人。"


def zbytes(members: dict, compression=zipfile.ZIP_DEFLATED) -> bytes:
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return b.getvalue()


def docx_bytes() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph(S)
    b = io.BytesIO()
    d.save(b)
    return b.getvalue()


def pdf_bytes() -> bytes:
    from fpdf import FPDF

    p = FPDF()
    p.add_page()
    p.set_font("helvetica", size=12)
    p.cell(text="36 households")
    return bytes(p.output())


def cases():
    zeros = b"\0" * (200 * 1024 * 1024)
    inner = zbytes({"a.txt": S})
    for _ in range(5):
        inner = zbytes({"nested.zip": inner})
    tar = io.BytesIO()
    with tarfile.open(fileobj=tar, mode="w") as tf:
        for name in ("../escape.txt", "/etc/abs.txt"):
            data = S.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("link.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tf.addfile(link)
    dx = docx_bytes()
    pdf = pdf_bytes()
    return [
        ("undecodable bytes (neither UTF-8 nor GB18030)", "bad.txt", "贫困户".encode() + b"\xc3\x28\xff\x80" * 50, None),
        ("bytes after a UTF-16 BOM that are not UTF-16", "bom.txt", b"\xff\xfe" + b"\x00\xd8" * 3, None),
        ("empty file", "empty.txt", b"", None),
        ("only white space", "blank.txt", b" \n\t\r\n  ", None),
        ("binary (NUL bytes) named .txt", "nul.txt", b"\x00\x01\x02abc" * 100, None),
        ("binary (PNG) named .txt", "img.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(200), None),
        ("random bytes, unknown suffix", "noise.xyz", os.urandom(4096), None),
        ("GB18030 text", "gb.txt", S.encode("gb18030"), None),
        ("UTF-16 without BOM", "u16.txt", S.encode("utf-16-le"), None),
        ("huge file (over Limits.max_file_bytes; here a 1 kB limit)", "huge.txt", (S * 100).encode(),
         Limits(max_file_bytes=1000)),
        ("huge text (over Limits.max_text_chars; here 100)", "long.txt", (S * 100).encode(), Limits(max_text_chars=100)),
        ("broken docx (random bytes)", "broken.docx", os.urandom(3000), None),
        ("truncated docx", "trunc.docx", dx[: len(dx) // 2], None),
        ("zip without word/document.xml, named .docx", "nodoc.docx", zbytes({"x.txt": "x"}), None),
        ("broken pdf (header + garbage)", "broken.pdf", b"%PDF-1.4\n" + os.urandom(3000), None),
        ("truncated pdf", "trunc.pdf", pdf[: len(pdf) // 2], None),
        ("legacy .doc", "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(1000), None),
        ("HTML with scripts, styles, comments", "page.html",
         ("<html><head><script>var s='贫困户99户';</script><style>p{}</style></head><body><!-- 88户 -->"
          f"<p>{S}</p><script>document.write('77户')</script></body></html>").encode(), None),
        ("HTML nested 100,000 deep", "deep.html", ("<div>" * 100_000 + S + "</div>" * 100_000).encode(), None),
        ("zip bomb (200 MB of zeros in one member)", "bomb.zip", zbytes({"zeros.txt": zeros}), None),
        ("gzip bomb (200 MB of zeros)", "bomb.txt.gz", gzip.compress(zeros, 9), None),
        ("zip nested 6 deep", "nested.zip", inner, None),
        ("zip with 20 members (here Limits.max_archive_members=10)", "many.zip",
         zbytes({f"m{i}.txt": S for i in range(20)}), Limits(max_archive_members=10)),
        ("zip with path-escaping members", "escape.zip",
         zbytes({"../../escape.txt": S, "/abs/path.txt": S, "ok/..\\..\\win.txt": S}), None),
        ("tar with path-escaping members and a symlink", "escape.tar", tar.getvalue(), None),
        ("truncated zip, first member complete", "trunc.zip", zbytes({"a.txt": S * 50, "b.txt": os.urandom(3000).hex()})[:200], None),
        ("truncated zip, cut inside the member", "cut.zip", zbytes({"a.txt": S + os.urandom(3000).hex()})[:500], None),
    ]


def summarise(c) -> str:
    parts = [f"{len(c.documents)} doc(s), {len(c.figures)} figure(s)"]
    for e in c.errors.to_dict("records"):
        msg = " ".join(str(e["message"]).split())
        msg = msg if len(msg) < 160 else msg[:157] + "…"
        parts.append(f"error row: {e['stage']}/{e['error_type']}: {msg}")
    if len(c.documents):
        ids = ", ".join(f"`{d}`" for d in c.documents["doc"].tolist()[:4])
        parts.append(f"doc ids {ids}")
    return "; ".join(parts).replace("|", "\\|")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        print("| input | outcome | seconds |")
        print("|---|---|---:|")
        for what, name, data, limits in cases():
            p = Path(tmp) / name
            p.write_bytes(data)
            t0 = time.perf_counter()
            try:
                c = fx.read(p, limits=limits) if limits else fx.read(p)
                out = summarise(c)
            except Exception as e:  # noqa: BLE001 - that is an outcome too (and a bug)
                out = f"**raises {type(e).__name__}: {e}**"
            print(f"| {what} | {out} | {time.perf_counter() - t0:.2f} |", flush=True)
            p.unlink()
        escaped = [x for x in Path(tmp).parent.glob("escape.txt")] + [Path("/etc/abs.txt")]
        print(f"\nfiles written outside the archive by path-escaping members: "
              f"{[str(x) for x in escaped if x.exists()] or 'none'}")


if __name__ == "__main__":
    main()
