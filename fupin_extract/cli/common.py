"""What every subcommand shares: exit codes, the output format rule, writing a result, messages."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

from fupin_extract.corpus import read
from fupin_extract.export.writers import STDOUT_FORMATS, SUFFIXES, write_stdout, write_table

EXIT_OK, EXIT_NOTHING, EXIT_USAGE, EXIT_SOME_FAILED = 0, 1, 2, 3

#: file suffix → table format (one rule for every subcommand: ``--format``, else this, else usage error)
SUFFIX_FORMATS = SUFFIXES
#: formats that can go to standard output
TEXT_FORMATS = STDOUT_FORMATS


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


def exit_code(n_docs: int, n_errors: int) -> int:
    """0 every file read, 3 some failed, 1 nothing read."""
    if n_docs == 0:
        return EXIT_NOTHING
    return EXIT_SOME_FAILED if n_errors else EXIT_OK


def report_errors(errors, quiet: bool) -> None:
    """One line on stderr per file that could not be read (none with --quiet)."""
    if quiet:
        return
    for row in errors.itertuples(index=False):
        where = row.path or row.doc
        doc = f" [{row.doc}]" if getattr(row, "doc", None) and row.doc != where else ""
        print(f"fupin-extract: {where}{doc}: {row.message}", file=sys.stderr)


def read_or_nothing(a):
    """The corpus of ``a.paths``, its errors reported; None (after a message) when nothing was read."""
    corpus = read(a.paths, progress=progress_wanted(a))
    report_errors(corpus.errors, a.quiet)
    if nothing_found(a, len(corpus.documents), len(corpus.errors)) or corpus.documents.empty:
        return None
    return corpus
