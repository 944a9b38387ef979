"""Build a synthetic archive of work reports for the throughput benchmark.

Documents are made by recombining the paragraphs of ``corpora/*.txt`` with a seeded RNG,
so every run builds the same texts.  Mixed encodings (UTF-8, GB18030, some UTF-8 with a
BOM), about 5 % as ``.html`` pages, and a few broken files (empty, binary with NUL bytes,
bytes that are neither UTF-8 nor GB18030).  Files go to ``benchmarks/work/archive/dNN/``,
1,000 per folder, so the first two folders are the 2,000-document set.

    python benchmarks/make_archive.py                 # 20,000 documents
    python benchmarks/make_archive.py -n 2000 --out /tmp/archive
"""
from __future__ import annotations

import argparse
import html
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
DEFAULT_OUT = ROOT / "benchmarks" / "work" / "archive"
PER_FOLDER = 1000


def paragraphs(corpora: Path = CORPORA):
    heads, paras = [], []
    for f in sorted(corpora.glob("*.txt")):
        lines = [ln.strip() for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]
        heads.append(lines[:3])
        paras.extend(lines[3:])
    return heads, paras


def make_text(rng: random.Random, heads, paras) -> str:
    head = rng.choice(heads)
    body = rng.sample(paras, rng.randint(8, 40))
    return "\n\n".join(head + body) + "\n"


def broken_bytes(rng: random.Random, kind: int) -> bytes:
    if kind == 0:
        return b""  # empty file
    if kind == 1:
        return bytes(rng.randrange(256) for _ in range(4096)) + b"\x00" * 64  # binary with NUL bytes
    return "扶贫".encode("utf-8") + b"\x80\xff\xfe\x81\x30" * 200  # neither UTF-8 nor GB18030


def build(n: int, out: Path, seed: int = 2020, broken_every: int = 1000) -> dict:
    heads, paras = paragraphs()
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    counts = {"utf-8": 0, "utf-8-sig": 0, "gb18030": 0, "html": 0, "broken": 0, "chars": 0}
    for i in range(n):
        folder = out / f"d{i // PER_FOLDER:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        text = make_text(rng, heads, paras)
        r = rng.random()
        if i % broken_every == broken_every - 1:
            (folder / f"report-{i:05d}.txt").write_bytes(broken_bytes(rng, (i // broken_every) % 3))
            counts["broken"] += 1
            continue
        counts["chars"] += len(text)
        if r < 0.05:
            body = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n\n") if p.strip())
            page = (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{html.escape(text.split(chr(10))[0])}"
                    f"</title></head>\n<body>\n{body}</body></html>\n")
            (folder / f"report-{i:05d}.html").write_bytes(page.encode("utf-8"))
            counts["html"] += 1
        elif r < 0.30:
            (folder / f"report-{i:05d}.txt").write_bytes(text.encode("gb18030"))
            counts["gb18030"] += 1
        elif r < 0.35:
            (folder / f"report-{i:05d}.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
            counts["utf-8-sig"] += 1
        else:
            (folder / f"report-{i:05d}.txt").write_bytes(text.encode("utf-8"))
            counts["utf-8"] += 1
    return counts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=20000, help="documents (default 20,000)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--seed", type=int, default=2020)
    a = ap.parse_args(argv)
    counts = build(a.n, a.out, a.seed)
    print(f"{a.n} files in {a.out}: {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
