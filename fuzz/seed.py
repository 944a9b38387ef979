"""Seed corpora for the fuzzers from the sentences of ``corpora/*.txt``.

    .venv/bin/python fuzz/seed.py fuzz/work

writes ``corpus_extract/`` (one UTF-8 sentence a file, plus a few GB18030/UTF-16 ones)
and ``corpus_readers/`` (target byte + file content: sentences in several encodings, and a
small valid file per reader format that can be built here: html, docx, pdf, zip).
"""
from __future__ import annotations

import hashlib
import io
import sys
import zipfile
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENT = regex.compile(r"[^。！？；\n]+[。！？；]?")


def sentences(limit: int = 400) -> list[str]:
    out = []
    for p in sorted((ROOT / "corpora").glob("*.txt")):
        for m in SENT.finditer(p.read_text(encoding="utf-8")):
            s = m.group().strip()
            if 4 <= len(s) <= 300 and regex.search(r"\d|[一二三四五六七八九十百千万]", s):
                out.append(s)
    # spread over the files, not just the first ones
    step = max(1, len(out) // limit)
    return out[::step][:limit]


def put(folder: Path, data: bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def samples(sents: list[str]) -> dict:
    """suffix → list of small valid files of that format."""
    text = "\n".join(sents[:5])
    out = {".txt": [s.encode("utf-8") for s in sents[:20]], ".md": [text.encode("utf-8")]}
    html = f"<html><head><title>报告</title><script>var a=1;</script></head><body><p>{sents[0]}</p><table><tr><td>贫困户</td><td>36户</td></tr></table></body></html>"
    out[".html"] = out[".htm"] = [html.encode("utf-8"), html.encode("gb18030")]
    try:
        import docx

        d = docx.Document()
        for s in sents[:3]:
            d.add_paragraph(s)
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = "贫困户", "36户"
        b = io.BytesIO()
        d.save(b)
        out[".docx"] = [b.getvalue()]
    except Exception:  # noqa: BLE001 - a seed we cannot build is just left out
        pass
    try:
        from fpdf import FPDF

        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.cell(text="In 2019, 36 households (84 persons) were lifted out of poverty; 715 wan yuan.")
        out[".pdf"] = [bytes(pdf.output())]
    except Exception:  # noqa: BLE001
        pass
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        z.writestr("a.txt", sents[0])
        z.writestr("sub/b.txt", sents[1].encode("gb18030"))
    out[".zip"] = [b.getvalue()]
    out[".shtml"] = out[".xhtml"] = out[".html"]
    import gzip
    import tarfile

    out[".gz"] = [gzip.compress(text.encode("utf-8"))]
    for suffix, mode in ((".tar", "w"), (".tgz", "w:gz")):
        b = io.BytesIO()
        with tarfile.open(fileobj=b, mode=mode) as tf:
            for name, s in (("a.txt", sents[0]), ("d/b.txt", sents[1])):
                data = s.encode("utf-8")
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tf.addfile(info, io.BytesIO(data))
        out[suffix] = [b.getvalue()]
    return out


def main(work: Path) -> None:
    sents = sentences()
    ce = work / "corpus_extract"
    for s in sents:
        put(ce, s.encode("utf-8"))
    for s in sents[:10]:
        put(ce, s.encode("gb18030"))
        put(ce, s.encode("utf-16"))
    from fupin_extract import load

    targets = ["decode_bytes"] + sorted(load.READERS)
    cr = work / "corpus_readers"
    for s in sents[:40]:
        for enc in ("utf-8", "gb18030", "utf-16", "utf-8-sig"):
            put(cr, bytes([0]) + s.encode(enc))
    smp = samples(sents)
    for k, t in enumerate(targets[1:], 1):
        for data in smp.get(t, smp[".txt"][:3]):
            put(cr, bytes([k]) + data)
    cp = work / "corpus_paths"  # file name \0 content \0 output folder (fuzz_paths.py)
    for name, out in [(b"r.txt", b"out"), (b"bad\xffname.txt", b"out"), (b"a b[1].txt", b"gt[12]"),
                      (b"r.txt", b"in"), (b"r.txt", b"."), (b"r.txt", b"in/out"), (b"\xe4\xb8.html", b"o\xff")]:
        for s in sents[:3]:
            put(cp, name + b"\x00" + s.encode("utf-8") + b"\x00" + out)
    print(f"seeded {len(list(ce.iterdir()))} extract inputs, {len(list(cr.iterdir()))} reader inputs; "
          f"reader targets {targets}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "fuzz" / "work"))
