"""``fupin-extract sql DIR "SELECT …"``: DuckDB over the Parquet shards of ``extract -o DIR``.

The views ``figures``, ``documents`` and ``errors`` read the shards ``DIR/<table>/*.parquet``
(listed by Python, so glob characters in DIR are plain characters); the result prints as a
table, or as CSV / JSON Lines with ``--format``, or goes to ``-o FILE``.

The connection is locked down: the only files DuckDB may open are those shards
(``allowed_paths``, ``enable_external_access = false``), the configuration is locked
(``lock_configuration = true``), extensions are never installed or loaded, and only
read-only statements run (SELECT, WITH, EXPLAIN, DESCRIBE, SUMMARIZE): ``COPY … TO``,
``ATTACH``, ``INSTALL``, ``read_text('/etc/…')`` and ``SET`` are refused.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from fupin_extract.cli.common import EXIT_NOTHING, EXIT_OK, EXIT_USAGE
from fupin_extract.export.writers import SUFFIXES, write_jsonl, write_table

TABLES = ("figures", "documents", "errors")

EPILOG = """examples:
  fupin-extract sql out "SELECT count(*) FROM figures"
  fupin-extract sql out "SELECT indicator, sum(value) FROM figures GROUP BY 1 ORDER BY 2 DESC" --format csv
  fupin-extract sql out "SELECT path, message FROM errors" --format jsonl

views: figures, documents, errors (DIR/<view>/*.parquet, one shard per chunk)"""


#: statement types the sql command runs (everything else could write, attach or configure)
READ_ONLY = {"SELECT", "EXPLAIN"}


def connect(out_dir):
    """A locked-down DuckDB connection with the views ``figures``, ``documents``, ``errors``
    over the shards of ``out_dir`` (see the module doc)."""
    import duckdb

    out = Path(out_dir)
    shards = {t: sorted(str(p.resolve()) for p in (out / t).glob("part-*.parquet")) for t in TABLES}
    con = duckdb.connect(":memory:", config={"autoload_known_extensions": False,
                                             "autoinstall_known_extensions": False})
    con.execute("SET allowed_paths = ?", [[p for files in shards.values() for p in files]])
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    found = []
    for t, files in shards.items():
        if files:
            listed = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
            con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet([{listed}])")
            found.append(t)
    return con, found


def check_read_only(con, sql: str) -> None:
    """Raise ValueError unless every statement of ``sql`` only reads."""
    for st in con.extract_statements(sql):
        kind = str(st.type).rsplit(".", 1)[-1]
        if kind not in READ_ONLY:
            raise ValueError(f"only read-only statements run (SELECT, WITH, EXPLAIN), not {kind}; "
                             f"write results with -o FILE")


def query(out_dir, sql: str):
    """The result of ``sql`` over the shards of ``out_dir`` as a DataFrame."""
    con, _ = connect(out_dir)
    try:
        check_read_only(con, sql)
        return con.execute(sql).df()
    finally:
        con.close()


def _print_table(df, fh, max_rows: int) -> None:
    if df.empty:
        print(" | ".join(map(str, df.columns)), file=fh)
        print("(0 rows)", file=fh)
        return
    with pd.option_context("display.max_rows", max_rows, "display.max_columns", None, "display.width", 200,
                           "display.max_colwidth", 60, "display.unicode.east_asian_width", True):
        print(df.to_string(index=False, max_rows=max_rows), file=fh)
    print(f"({len(df)} row{'s' if len(df) != 1 else ''})", file=fh)


def _run(out: Path, sql: str):
    """The result of ``sql`` over the shards in ``out``, or an exit code after a message."""
    import duckdb

    if not out.is_dir():
        print(f"fupin-extract: {out}: no such folder (make it with: fupin-extract extract PATH -o {out})",
              file=sys.stderr)
        return EXIT_NOTHING
    con, found = connect(out)
    if not found:
        con.close()
        print(f"fupin-extract: {out}: no Parquet shards (figures/*.parquet …) in this folder", file=sys.stderr)
        return EXIT_NOTHING
    try:
        check_read_only(con, sql)
        return con.execute(sql).df()
    except (duckdb.Error, ValueError) as e:
        print(f"fupin-extract: sql: {' '.join(str(e).split())}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        con.close()


def _write_file(df, output: str, fmt: str) -> int:
    """The result to ``-o FILE`` (format from --format, else its extension)."""
    fmt = fmt if fmt != "table" else SUFFIXES.get(Path(output).suffix.lower())
    try:
        if not fmt:
            raise ValueError(f"{output}: unknown extension; give --format csv or jsonl, or .csv/.jsonl/.parquet/.xlsx")
        write_table(df, Path(output), fmt, name="result")
    except ValueError as e:
        print(f"fupin-extract: sql: {e}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def cmd_sql(a) -> int:
    df = _run(Path(a.dir), a.query)
    if isinstance(df, int):
        return df
    if a.output:
        return _write_file(df, a.output, a.format)
    if a.format == "csv":
        df.to_csv(sys.stdout, index=False)
    elif a.format == "jsonl":
        write_jsonl(df, sys.stdout)
    else:
        _print_table(df, sys.stdout, a.max_rows)
    return EXIT_OK


def register(subparsers) -> None:
    s = subparsers.add_parser("sql", help="SQL (DuckDB) over the Parquet shards of extract -o DIR",
                              epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    s.add_argument("dir", help="output folder of fupin-extract extract -o DIR")
    s.add_argument("query", help='SQL over the views figures, documents, errors, e.g. "SELECT count(*) FROM figures"')
    s.add_argument("--format", default="table", choices=["table", "csv", "jsonl"])
    s.add_argument("-o", "--output", help="write the result to FILE (format from --format, else its extension)")
    s.add_argument("--max-rows", type=int, default=200, help="rows printed by --format table (default 200)")
    s.set_defaults(func=cmd_sql)
