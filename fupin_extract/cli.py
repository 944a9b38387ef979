"""The command line: ``fupin-extract SUBCOMMAND …``.  No logic of its own.

Exit codes: 0 every file was read; 3 some files failed (the others were processed and
written); 1 nothing could be read; 2 usage error.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import List, Optional

EXIT_OK, EXIT_NOTHING, EXIT_USAGE, EXIT_SOME_FAILED = 0, 1, 2, 3

EPILOG = """examples:
  fupin-extract extract corpora -o out --format parquet
  fupin-extract extract corpora --format jsonl > figures.jsonl
  fupin-extract docs corpora --format jsonl
  fupin-extract compare corpora -o comparison.csv
  fupin-extract audit corpora --format jsonl > findings.jsonl
  fupin-extract eval tests/gold corpora

exit codes: 0 all files read, 3 some files failed (others processed), 1 nothing could be read, 2 usage error
"""


def _exit_code(n_docs: int, n_errors: int) -> int:
    if n_docs == 0 and n_errors > 0:
        return EXIT_NOTHING
    if n_docs == 0:
        return EXIT_NOTHING
    return EXIT_SOME_FAILED if n_errors else EXIT_OK


def _report_errors(errors, quiet: bool) -> None:
    if quiet:
        return
    for row in errors.itertuples(index=False):
        where = row.path or row.doc
        print(f"fupin-extract: {where}: {row.message}", file=sys.stderr)


def cmd_extract(a) -> int:
    """Chunks of files → Parquet shards under -o DIR (batch runner), or figures as JSON Lines on stdout."""
    from .batch import DEFAULT_CHUNK_SIZE, read_output, run_batch
    from .export import write_stdout_jsonl, write_tables
    from .model import PatternError

    if not a.output and a.format != "jsonl":
        print("fupin-extract: --format other than jsonl needs -o DIR", file=sys.stderr)
        return EXIT_USAGE
    if a.resume and not a.output:
        print("fupin-extract: --resume needs -o DIR", file=sys.stderr)
        return EXIT_USAGE
    if (a.jobs is not None and a.jobs < 1) or (a.chunk_size is not None and a.chunk_size < 1):
        print("fupin-extract: --jobs and --chunk-size must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    if a.scheduler and a.engine != "dask":
        print("fupin-extract: --scheduler needs --engine dask", file=sys.stderr)
        return EXIT_USAGE
    opts = dict(jobs=a.jobs, chunk_size=a.chunk_size or DEFAULT_CHUNK_SIZE, engine=a.engine,
                scheduler=a.scheduler, progress=not a.quiet and sys.stderr.isatty())
    try:
        if a.output:
            res = run_batch(a.paths, a.output, resume=a.resume, **opts)
            if a.format != "parquet" and res.n_documents:  # combined tables; none when nothing was read (exit 1)
                write_tables(read_output(a.output), Path(a.output), a.format)
        else:  # figures stream to stdout in chunk order: the same lines as one pass over all files
            res = run_batch(a.paths, None, on_tables=lambda _i, t: write_stdout_jsonl(t["figures"]), **opts)
    except PatternError as e:  # a broken pattern file is no document's fault: nothing can be read
        print(f"fupin-extract: {e}", file=sys.stderr)
        return EXIT_NOTHING
    _report_errors(res.errors, a.quiet)
    if a.output and not a.quiet:
        reused = f" ({res.chunks_reused} of {res.chunks_reused + res.chunks_run} chunks reused)" if a.resume else ""
        print(f"{res.n_documents} documents, {res.n_figures} figures, {res.n_errors} errors → {a.output}{reused}",
              file=sys.stderr)
    return _exit_code(res.n_documents, res.n_errors)


def cmd_docs(a) -> int:
    from .corpus import read
    from .export import write_stdout_jsonl, write_table

    corpus = read(a.paths)
    _report_errors(corpus.errors, a.quiet)
    cols = ["doc", "place", "level", "county", "province", "date", "year", "title", "path"]
    df = corpus.documents[cols]
    if a.output:
        write_table(df, Path(a.output), a.format, name="documents", codebook=True)
    else:
        write_stdout_jsonl(df)
    return _exit_code(len(corpus.documents), len(corpus.errors))


def cmd_eval(a) -> int:
    from .evaluate import evaluate_figures

    return evaluate_figures(Path(a.gold_dir), [Path(p) for p in a.corpus_dir], show_errors=a.show_errors)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="fupin-extract", description="Figures from Chinese poverty-alleviation reports.",
                                epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quiet", "-q", action="store_true", help="print no progress or per-file errors")
    p.add_argument("--verbose", "-v", action="store_true", help="print more detail")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    e = sub.add_parser("extract", help="find every figure",
                       epilog="examples:\n  fupin-extract extract corpora -o out --format csv\n"
                              "  fupin-extract extract archive/ -o out --jobs 8 --resume\n"
                              "  fupin-extract extract archive/ -o out --engine dask --scheduler tcp://host:8786\n"
                              "  fupin-extract sql out \"SELECT unit, count(*) FROM figures GROUP BY unit\"",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    e.add_argument("paths", nargs="+", help="files or folders (recursive)")
    e.add_argument("-o", "--output", help="output folder (tables figures, documents, errors)")
    e.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "parquet", "xlsx", "dta"],
                   help="with -o: Parquet shards always, plus combined tables in this format unless parquet; "
                        "without -o: figures as JSON Lines on stdout")
    e.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="worker processes (default: all cores; 1 runs in this process)")
    e.add_argument("--chunk-size", type=int, default=None, metavar="N",
                   help="files per chunk; each chunk writes one Parquet shard per table (default 200)")
    e.add_argument("--resume", action="store_true",
                   help="keep the shards of chunks already done in -o DIR and run only the missing ones")
    e.add_argument("--engine", default="local", choices=["local", "dask"],
                   help="local process pool (default) or dask.distributed")
    e.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address (default: a LocalCluster with --jobs workers)")
    e.add_argument("--quiet", "-q", action="store_true", default=argparse.SUPPRESS,
                   help="no progress bar, per-file errors or summary")
    e.set_defaults(func=cmd_extract)

    d = sub.add_parser("docs", help="one row of metadata per document",
                       epilog="example: fupin-extract docs corpora --format jsonl")
    d.add_argument("paths", nargs="+")
    d.add_argument("-o", "--output", help="output file")
    d.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "parquet", "xlsx", "dta"])
    d.set_defaults(func=cmd_docs)

    v = sub.add_parser("eval", help="score figures against a gold folder (same numbers as score.py)",
                       epilog="example: fupin-extract eval tests/gold corpora")
    v.add_argument("gold_dir")
    v.add_argument("corpus_dir", nargs="+")
    v.add_argument("--show-errors", action="store_true")
    v.set_defaults(func=cmd_eval)

    # Further subcommands register here (compare, audit, report, sql).
    for name in ("compare", "audit", "report", "sql"):
        try:
            mod = __import__(f"fupin_extract.cli_{name}", fromlist=["register"])
        except ImportError:
            continue
        mod.register(sub)
    return p


def main(argv: Optional[List[str]] = None) -> int:
    parser = build_parser()
    try:
        a = parser.parse_args(argv)
    except SystemExit as e:
        return EXIT_USAGE if e.code else EXIT_OK
    if not getattr(a, "func", None):
        parser.print_help()
        return EXIT_USAGE
    for key in ("quiet", "verbose"):
        if not hasattr(a, key):
            setattr(a, key, False)
    if a.verbose and not a.quiet:  # the library only logs; the command line shows it
        import logging

        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("fupin-extract: %(message)s"))
        logger = logging.getLogger("fupin_extract")
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    from .model import UsageError

    try:
        return a.func(a)
    except UsageError as e:  # an empty path, an unusable or busy output folder: one line, exit 2
        print(f"fupin-extract: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
