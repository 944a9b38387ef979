"""``fupin-extract report PATH... -o report.html``: the self-contained HTML review page."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fupin_extract.cli.common import EXIT_NOTHING, EXIT_USAGE, exit_code, read_or_nothing
from fupin_extract.export.report import render_html


def cmd_report(a) -> int:
    if not a.output:
        print("fupin-extract: report needs -o FILE.html (or -o - for stdout)", file=sys.stderr)
        return EXIT_USAGE
    if a.output != "-" and Path(a.output).suffix.lower() not in (".html", ".htm"):
        print(f"fupin-extract: the review page is HTML: -o {a.output!r} needs the suffix .html", file=sys.stderr)
        return EXIT_USAGE
    corpus = read_or_nothing(a)
    if corpus is None:
        return EXIT_NOTHING
    kw = {"run_audit": not a.no_audit}
    if a.title:
        kw["title"] = a.title
    page = render_html(corpus, **kw)
    if a.output == "-":
        sys.stdout.write(page)
    else:
        out = Path(a.output)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page, encoding="utf-8")
        if not a.quiet:
            print(f"{len(corpus.documents)} documents, {len(corpus.figures)} figures → {out}", file=sys.stderr)
    return exit_code(len(corpus.documents), len(corpus.errors))


def register(subparsers) -> None:
    r = subparsers.add_parser(
        "report", help="one self-contained HTML page to review figures and findings",
        description="Write ONE HTML file (no network needed to view it): per document the text with every "
                    "figure highlighted by indicator (click for details), the audit findings linked to their "
                    "evidence, a document index and a filter by indicator.",
        epilog="example: fupin-extract report corpora -o report.html",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    r.add_argument("paths", nargs="+", help="files or folders (recursive); - reads standard input")
    r.add_argument("-o", "--output", help="the HTML file to write (- for stdout)")
    r.add_argument("--title", help="page title")
    r.add_argument("--no-audit", action="store_true", help="do not run the audit (no findings on the page)")
    r.set_defaults(func=cmd_report)
