"""The command line: ``fupin-extract SUBCOMMAND …``.  No logic of its own.

Exit codes: 0 every file was read; 3 some files failed (the others were processed and
written); 1 nothing could be read; 2 usage error.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import List, Optional

from fupin_extract import __version__

EXIT_OK, EXIT_NOTHING, EXIT_USAGE, EXIT_SOME_FAILED = 0, 1, 2, 3

#: file suffix → table format (one rule for every subcommand: ``--format``, else this, else usage error)
SUFFIX_FORMATS = {".jsonl": "jsonl", ".json": "json", ".csv": "csv", ".parquet": "parquet",
                  ".xlsx": "xlsx", ".dta": "dta"}
#: formats that can go to standard output
TEXT_FORMATS = ("jsonl", "json", "csv")


class UsageError(Exception):
    """A command line that cannot be run as given (exit 2)."""


def output_format(fmt: Optional[str], output: Optional[str], allowed, default: str) -> str:
    """The table format of a subcommand: ``--format`` when given, else the suffix of ``-o FILE``
    (an unknown or disallowed suffix is a :class:`UsageError`), else ``default`` (stdout)."""
    if fmt:
        if (not output or output == "-") and fmt not in TEXT_FORMATS:
            raise UsageError(f"--format {fmt} needs -o FILE (it is not a text format for standard output)")
        return fmt
    if not output or output == "-":
        return default
    suf = Path(output).suffix.lower()
    got = SUFFIX_FORMATS.get(suf)
    if got not in allowed:
        raise UsageError(f"cannot tell the format of {output!r} from its suffix {suf or '(none)'!r}: "
                         f"use one of {', '.join('.' + f for f in allowed)} or --format")
    return got


def write_result(df, output: Optional[str], fmt: str, name: str) -> None:
    """``df`` to ``-o FILE`` in ``fmt`` (with a codebook beside), or to stdout (text formats)."""
    from fupin_extract.export.writers import write_stdout, write_table

    if output and output != "-":
        write_table(df, Path(output), fmt, name=name, codebook=True)
    else:
        write_stdout(df, fmt)


def progress_wanted(a) -> bool:
    """A progress bar only on a terminal and never with --quiet."""
    return not a.quiet and sys.stderr.isatty()


def nothing_found(a, n_docs: int, n_errors: int) -> bool:
    """True (and a message) when the inputs held no report file at all."""
    if n_docs or n_errors:
        return False
    where = ", ".join(str(p) for p in a.paths)
    print(f"fupin-extract: no report files under {where}", file=sys.stderr)
    return True

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
        doc = f" [{row.doc}]" if getattr(row, "doc", None) and row.doc != where else ""
        print(f"fupin-extract: {where}{doc}: {row.message}", file=sys.stderr)


def cmd_extract(a) -> int:
    """Chunks of files → Parquet shards under -o DIR (batch runner), or figures as JSON Lines on stdout."""
    from fupin_extract.batch.run import DEFAULT_CHUNK_SIZE, read_output, run_batch
    from fupin_extract.export.writers import write_stdout_jsonl, write_tables
    from fupin_extract.model import PatternError

    a.format = a.format or "jsonl"
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
                scheduler=a.scheduler, progress=progress_wanted(a))
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
    nothing_found(a, res.n_documents, res.n_errors)
    if a.output and not a.quiet:
        reused = f" ({res.chunks_reused} of {res.chunks_reused + res.chunks_run} chunks reused)" if a.resume else ""
        print(f"{res.n_documents} documents, {res.n_figures} figures, {res.n_errors} errors → {a.output}{reused}",
              file=sys.stderr)
    return _exit_code(res.n_documents, res.n_errors)


def cmd_docs(a) -> int:
    """One row per document: the columns of :attr:`Corpus.documents`, in that order."""
    from fupin_extract.corpus import read

    fmt = output_format(a.format, a.output, DOC_FORMATS, "jsonl")
    corpus = read(a.paths, progress=progress_wanted(a))
    _report_errors(corpus.errors, a.quiet)
    if nothing_found(a, len(corpus.documents), len(corpus.errors)) or corpus.documents.empty:
        return EXIT_NOTHING  # nothing read: no file that looks like a result
    write_result(corpus.documents, a.output, fmt, "documents")
    if a.verbose and not a.quiet:
        print(f"{len(corpus.documents)} documents → {a.output or 'stdout'} ({fmt})", file=sys.stderr)
    return _exit_code(len(corpus.documents), len(corpus.errors))


DOC_FORMATS = ("jsonl", "json", "csv", "parquet", "xlsx", "dta")


def cmd_eval(a) -> int:
    from fupin_extract.evaluate import evaluate_figures

    return evaluate_figures(Path(a.gold_dir), [Path(p) for p in a.corpus_dir], show_errors=a.show_errors)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="fupin-extract", description="Figures from Chinese poverty-alleviation reports.",
                                epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"fupin-extract {__version__}")
    p.add_argument("--quiet", "-q", action="store_true", help="print no progress or per-file errors")
    p.add_argument("--verbose", "-v", action="store_true", help="print more detail (each file read, summaries)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    e = sub.add_parser("extract", help="find every figure",
                       epilog="examples:\n  fupin-extract extract corpora -o out --format csv\n"
                              "  fupin-extract extract archive/ -o out --jobs 8 --resume\n"
                              "  fupin-extract extract archive/ -o out --engine dask --scheduler tcp://host:8786\n"
                              "  fupin-extract sql out \"SELECT unit, count(*) FROM figures GROUP BY unit\"",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    e.add_argument("paths", nargs="+", help="files or folders (recursive)")
    e.add_argument("-o", "--output", help="output folder (tables figures, documents, errors)")
    e.add_argument("--format", default=None, choices=["jsonl", "csv", "parquet", "xlsx", "dta"],
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
    e.set_defaults(func=cmd_extract)

    d = sub.add_parser("docs", help="one row of metadata per document",
                       epilog="example: fupin-extract docs corpora --format jsonl")
    d.add_argument("paths", nargs="+", help="files or folders (recursive); - reads standard input")
    d.add_argument("-o", "--output", help="output file; its suffix gives the format unless --format")
    d.add_argument("--format", default=None, choices=list(DOC_FORMATS),
                   help="default: from the -o suffix, else JSON Lines on stdout")
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
            mod = __import__(f"fupin_extract.cli.{name}", fromlist=["register"])
        except ImportError:
            continue
        mod.register(sub)
    for sp in sub.choices.values():
        add_common_options(sp)
    return p


def add_common_options(sp: argparse.ArgumentParser) -> None:
    """-q/-v after the subcommand as well as before it (SUPPRESS: the top-level value stands)."""
    have = {o for act in sp._actions for o in act.option_strings}
    if "--quiet" not in have:
        sp.add_argument("--quiet", "-q", action="store_true", default=argparse.SUPPRESS,
                        help="no progress bar, per-file errors or summary")
    if "--verbose" not in have:
        sp.add_argument("--verbose", "-v", action="store_true", default=argparse.SUPPRESS,
                        help="say more: each file read, what was written")


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
    import logging

    logger = logging.getLogger("fupin_extract")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("fupin-extract: %(message)s"))
    if a.verbose and not a.quiet:  # the library only logs; the command line shows it
        level = logger.level
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    from fupin_extract.model import UsageError as InputError  # the library's: '' as a path, an unusable or busy -o DIR

    try:
        return a.func(a)
    except (UsageError, InputError) as e:
        print(f"fupin-extract: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    finally:  # main() may run again in the same process (tests, notebooks)
        if handler in logger.handlers:
            logger.removeHandler(handler)
            logger.setLevel(level)


if __name__ == "__main__":  # python -m: run the imported module's main (one UsageError class)
    from fupin_extract.cli import main as _main

    sys.exit(_main())
