"""The command line: ``fupin-extract SUBCOMMAND …``.  No logic of its own.

Exit codes: 0 every file was read; 3 some files failed (the others were processed and
written); 1 nothing could be read; 2 usage error.
"""
from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from pathlib import Path
from typing import List, Optional

from fupin_extract import __version__
from fupin_extract.batch.run import DEFAULT_CHUNK_SIZE, read_output, run_batch
from fupin_extract.cli import audit as audit_cmd, compare as compare_cmd, report as report_cmd, sql as sql_cmd
from fupin_extract.cli.common import (EXIT_NOTHING, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, SUFFIX_FORMATS,  # noqa: F401
                                      TEXT_FORMATS, UsageError, exit_code, nothing_found, output_format,
                                      progress_wanted, read_or_nothing, report_errors, write_result)
from fupin_extract.evaluate import evaluate_figures
from fupin_extract.export.writers import FORMATS, write_stdout_jsonl, write_tables
from fupin_extract.model import PatternError
from fupin_extract.model import UsageError as InputError  # the library's: '' as a path, an unusable or busy -o DIR

#: further subcommands, one module each with ``register(sub)``
SUBCOMMANDS = (compare_cmd, audit_cmd, report_cmd, sql_cmd)

EPILOG = """examples:
  fupin-extract extract corpora -o out --format parquet
  fupin-extract extract corpora --format jsonl > figures.jsonl
  fupin-extract docs corpora --format jsonl
  fupin-extract compare corpora -o comparison.csv
  fupin-extract audit corpora --format jsonl > findings.jsonl
  fupin-extract eval tests/gold corpora

exit codes: 0 all files read, 3 some files failed (others processed), 1 nothing could be read, 2 usage error
"""


def _extract_usage(a) -> Optional[str]:
    """What is wrong with an ``extract`` command line, or None."""
    if not a.output and a.format != "jsonl":
        return "--format other than jsonl needs -o DIR"
    if a.resume and not a.output:
        return "--resume needs -o DIR"
    if (a.jobs is not None and a.jobs < 1) or (a.chunk_size is not None and a.chunk_size < 1):
        return "--jobs and --chunk-size must be at least 1"
    if a.scheduler and a.engine != "dask":
        return "--scheduler needs --engine dask"
    return None


def _run_extract(a):
    """The batch run of ``extract``: shards under -o DIR (plus combined tables), or figures on stdout."""
    opts = dict(jobs=a.jobs, chunk_size=a.chunk_size or DEFAULT_CHUNK_SIZE, engine=a.engine,
                scheduler=a.scheduler, progress=progress_wanted(a))
    if not a.output:  # figures stream to stdout in chunk order: the same lines as one pass over all files
        return run_batch(a.paths, None, on_tables=lambda _i, t: write_stdout_jsonl(t["figures"]), **opts)
    res = run_batch(a.paths, a.output, resume=a.resume, **opts)
    if a.format != "parquet" and res.n_documents:  # combined tables; none when nothing was read (exit 1)
        write_tables(read_output(a.output), Path(a.output), a.format)
    return res


def cmd_extract(a) -> int:
    """Chunks of files → Parquet shards under -o DIR (batch runner), or figures as JSON Lines on stdout."""
    a.format = a.format or "jsonl"
    wrong = _extract_usage(a)
    if wrong:
        print(f"fupin-extract: {wrong}", file=sys.stderr)
        return EXIT_USAGE
    try:
        res = _run_extract(a)
    except PatternError as e:  # a broken pattern file is no document's fault: nothing can be read
        print(f"fupin-extract: {e}", file=sys.stderr)
        return EXIT_NOTHING
    report_errors(res.errors, a.quiet)
    nothing_found(a, res.n_documents, res.n_errors)
    if a.output and not a.quiet:
        reused = f" ({res.chunks_reused} of {res.chunks_reused + res.chunks_run} chunks reused)" if a.resume else ""
        print(f"{res.n_documents} documents, {res.n_figures} figures, {res.n_errors} errors → {a.output}{reused}",
              file=sys.stderr)
    return exit_code(res.n_documents, res.n_errors)


def cmd_docs(a) -> int:
    """One row per document: the columns of :attr:`Corpus.documents`, in that order."""
    fmt = output_format(a.format, a.output, DOC_FORMATS, "jsonl")
    corpus = read_or_nothing(a)
    if corpus is None:
        return EXIT_NOTHING  # nothing read: no file that looks like a result
    write_result(corpus.documents, a.output, fmt, "documents")
    if a.verbose and not a.quiet:
        print(f"{len(corpus.documents)} documents → {a.output or 'stdout'} ({fmt})", file=sys.stderr)
    return exit_code(len(corpus.documents), len(corpus.errors))


#: every table format (the registry of :mod:`fupin_extract.export.writers`)
DOC_FORMATS = FORMATS
#: extract -o DIR: combined tables in one of these (json has no place among shards)
EXTRACT_FORMATS = tuple(f for f in FORMATS if f != "json")


def cmd_eval(a) -> int:
    return evaluate_figures(Path(a.gold_dir), [Path(p) for p in a.corpus_dir], show_errors=a.show_errors)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="fupin-extract", description="Figures from Chinese poverty-alleviation reports.",
                                epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"fupin-extract {__version__}")
    p.add_argument("--quiet", "-q", action="store_true", help="print no progress or per-file errors")
    p.add_argument("--verbose", "-v", action="store_true", help="print more detail (each file read, summaries)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for register in (_register_extract, _register_docs, _register_eval) + tuple(m.register for m in SUBCOMMANDS):
        register(sub)
    for sp in sub.choices.values():
        add_common_options(sp)
    return p


def _register_extract(sub) -> None:
    e = sub.add_parser("extract", help="find every figure",
                       epilog="examples:\n  fupin-extract extract corpora -o out --format csv\n"
                              "  fupin-extract extract archive/ -o out --jobs 8 --resume\n"
                              "  fupin-extract extract archive/ -o out --engine dask --scheduler tcp://host:8786\n"
                              "  fupin-extract sql out \"SELECT unit, count(*) FROM figures GROUP BY unit\"",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    e.add_argument("paths", nargs="+", help="files or folders (recursive)")
    e.add_argument("-o", "--output", help="output folder (tables figures, documents, errors)")
    e.add_argument("--format", default=None, choices=list(EXTRACT_FORMATS),
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


def _register_docs(sub) -> None:
    d = sub.add_parser("docs", help="one row of metadata per document",
                       epilog="example: fupin-extract docs corpora --format jsonl")
    d.add_argument("paths", nargs="+", help="files or folders (recursive); - reads standard input")
    d.add_argument("-o", "--output", help="output file; its suffix gives the format unless --format")
    d.add_argument("--format", default=None, choices=list(DOC_FORMATS),
                   help="default: from the -o suffix, else JSON Lines on stdout")
    d.set_defaults(func=cmd_docs)


def _register_eval(sub) -> None:
    v = sub.add_parser("eval", help="score figures against a gold folder (same numbers as score.py)",
                       epilog="example: fupin-extract eval tests/gold corpora")
    v.add_argument("gold_dir")
    v.add_argument("corpus_dir", nargs="+")
    v.add_argument("--show-errors", action="store_true")
    v.set_defaults(func=cmd_eval)


def add_common_options(sp: argparse.ArgumentParser) -> None:
    """-q/-v after the subcommand as well as before it (SUPPRESS: the top-level value stands)."""
    have = {o for act in sp._actions for o in act.option_strings}
    if "--quiet" not in have:
        sp.add_argument("--quiet", "-q", action="store_true", default=argparse.SUPPRESS,
                        help="no progress bar, per-file errors or summary")
    if "--verbose" not in have:
        sp.add_argument("--verbose", "-v", action="store_true", default=argparse.SUPPRESS,
                        help="say more: each file read, what was written")


@contextlib.contextmanager
def _log_to_stderr(on: bool):
    """With ``on`` (-v): the library's log lines on stderr for the run, then as before (main()
    may run again in the same process: tests, notebooks)."""
    if not on:
        yield
        return
    logger = logging.getLogger("fupin_extract")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("fupin-extract: %(message)s"))
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


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
    try:
        with _log_to_stderr(a.verbose and not a.quiet):  # the library only logs; the command line shows it
            return a.func(a)
    except (UsageError, InputError) as e:
        print(f"fupin-extract: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # python -m fupin_extract.cli.app
    sys.exit(main())
