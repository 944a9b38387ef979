"""Write tables to files: JSON Lines, CSV (UTF-8 with BOM), Parquet, xlsx, Stata .dta — and a codebook.

Entry points
------------
- :func:`write_table` — one table, one file (``docs -o out.csv``);
- :func:`write_tables` — several tables into a folder: one file per table, or ONE workbook
  ``tables.xlsx`` for ``xlsx``; a codebook (``codebook.csv`` and ``codebook.md``) beside;
- :func:`export_corpus` — figures, documents, comparison, findings and errors of a
  :class:`~fupin_extract.corpus.Corpus`;
- :func:`codebook` — the codebook DataFrame (column, type, unit, Chinese label, description),
  generated from the table schemas, ``patterns/columns.yaml`` and the indicator catalogue
  (:mod:`fupin_extract.export.codebook`).

Every format is one entry of :data:`WRITERS` (how it is written to a file, to standard output,
as one workbook of several tables, and read back).

Conventions (see docs): CSV is UTF-8 with BOM so that Excel shows Chinese, and a text cell that
starts with ``= + - @``, tab or CR (or ``'``) gets a leading ``'`` so that no spreadsheet runs it
as a formula (OWASP; :func:`read_table` removes it); xlsx cells are
written as strings, never formulas (``=SUM(A1)`` stays text), with a frozen header, an
autofilter and set column widths, at most :data:`XLSX_MAX_ROWS` rows a sheet (longer tables
continue on ``figures_2``, ``figures_3`` …) and :data:`XLSX_MAX_CELL_CHARS` characters a cell
(longer text is cut and ends with a marker; the codebook says which columns were cut); Stata
files are version 118 with ASCII snake_case variable names and Chinese variable labels.
"""
from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Dict, IO, List, Optional, Tuple, Union

import pandas as pd

from fupin_extract.audit.run import FINDING_COLUMNS, audit
from fupin_extract.export.codebook import (CODEBOOK_COLUMNS, SCHEMAS, STATA_LABEL_MAX, STATA_NAME_MAX,  # noqa: F401
                                           TABLE_ORDER, ColumnDoc, TableDoc, _catalog_map, _columns_path, _describe,
                                           _is_listlike, _isna, build_codebook, codebook, codebook_markdown,
                                           column_type, indicator_catalog, load_columns, stata_name, write_codebook)
from fupin_extract.tables.compare import compare
from fupin_extract.tables.frames import FINDING_NUMBERS, FINDING_SPANS, STR, findings_table, json_value

#: a CSV cell starting with one of these could run as a formula in a spreadsheet (OWASP "CSV injection")
CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: what a neutralised CSV cell starts with (removed again by :func:`fupin_extract.read_table`)
CSV_GUARD = "'"

#: rows of an xlsx sheet, header included (Excel's limit)
XLSX_MAX_ROWS = 1_048_576
#: characters of an xlsx cell (Excel's limit)
XLSX_MAX_CELL_CHARS = 32_767
#: appended to a cut cell; ``{n}`` is the original length in characters
TRUNCATION_MARKER = "…[已截断：原文共{n}字符，完整内容见 CSV/Parquet 导出]"
#: name of the workbook :func:`write_tables` writes for ``xlsx``
WORKBOOK_NAME = "tables.xlsx"
#: Stata: bytes of a str column; longer text (and long_text columns) is written as strL
STATA_STR_MAX_BYTES = 2045
#: text columns written to Stata as labelled integers (value labels), when they hold at most
#: :data:`STATA_MAX_CATEGORIES` distinct values
STATA_CATEGORICAL = ("unit", "qualifier", "indicator", "level", "kind", "severity", "format", "stage", "error_type")
STATA_MAX_CATEGORIES = 2000


# --------------------------------------------------------------------------- value preparation
def _json_default(v: Any) -> Any:
    if isinstance(v, Decimal):
        return json_value(v)
    if hasattr(v, "tolist"):
        return v.tolist()
    if hasattr(v, "item"):
        return v.item()
    return str(v)


def _jsonable(v: Any) -> Any:
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _jsonable(x) for k, x in v.items()}
    if hasattr(v, "tolist") and getattr(v, "ndim", 0) > 0:
        return [_jsonable(x) for x in v.tolist()]
    return json_value(v)


def _to_json_text(v: Any) -> str:
    return json.dumps(_jsonable(v), ensure_ascii=False, default=_json_default)


def _flat(df: pd.DataFrame, decimal_as: str = "str") -> pd.DataFrame:
    """Lists → JSON text, Decimal → str or float, in object columns (CSV, xlsx, Stata)."""
    out = df.copy()
    for c in out.columns:
        s = out[c]
        if s.dtype != object:
            continue
        if any(_is_listlike(v) for v in s if v is not None):
            out[c] = pd.array([None if (not _is_listlike(v) and _isna(v)) else
                               (_to_json_text(v) if _is_listlike(v) else
                                (str(v) if isinstance(v, Decimal) else v)) for v in s], dtype=object)
        elif any(isinstance(v, Decimal) for v in s):
            conv = (lambda v: str(v)) if decimal_as == "str" else (lambda v: float(v))
            out[c] = pd.array([None if _isna(v) else (conv(v) if isinstance(v, Decimal) else v) for v in s],
                              dtype=object)
    return out


# --------------------------------------------------------------------------- JSON Lines
def write_jsonl(df: pd.DataFrame, fh: IO[str]) -> None:
    cols = list(df.columns)
    for row in df.itertuples(index=False, name=None):
        fh.write(json.dumps({c: _jsonable(v) for c, v in zip(cols, row)}, ensure_ascii=False,
                            default=_json_default) + "\n")


def write_stdout_jsonl(df: pd.DataFrame) -> None:
    write_jsonl(df, sys.stdout)


def write_json(df: pd.DataFrame, fh: IO[str]) -> None:
    """One JSON array of row objects (``-o x.json``); the same values as JSON Lines."""
    cols = list(df.columns)
    fh.write("[")
    for i, row in enumerate(df.itertuples(index=False, name=None)):
        fh.write(",\n" if i else "\n")
        fh.write(json.dumps({c: _jsonable(v) for c, v in zip(cols, row)}, ensure_ascii=False,
                            default=_json_default))
    fh.write("\n]\n")


# --------------------------------------------------------------------------- CSV / Parquet
def csv_guard(v: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula gets a leading ``'`` (OWASP);
    a cell that already starts with ``'`` gets one more, so that :func:`csv_unguard` is exact."""
    if isinstance(v, str) and v and (v[0] in CSV_FORMULA_START or v[0] == CSV_GUARD):
        return CSV_GUARD + v
    return v


def csv_unguard(v: Any) -> Any:
    """The inverse of :func:`csv_guard`."""
    if isinstance(v, str) and len(v) > 1 and v[0] == CSV_GUARD and (v[1] in CSV_FORMULA_START or v[1] == CSV_GUARD):
        return v[1:]
    return v


def csv_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The table as CSV cells: lists as JSON text, text cells guarded by :func:`csv_guard`."""
    out = _flat(df)
    for c in out.columns:
        if out[c].dtype == object or isinstance(out[c].dtype, pd.StringDtype):
            out[c] = out[c].map(csv_guard, na_action="ignore")
    return out


def write_csv(df: pd.DataFrame, path: Path) -> Path:
    """UTF-8 with BOM (Excel), values as in the table (lists as JSON text); a text cell starting
    with ``= + - @``, tab or CR gets a leading ``'`` so that no spreadsheet runs it."""
    csv_frame(df).to_csv(path, index=False, encoding="utf-8-sig")
    return Path(path)


def write_csv_stream(df: pd.DataFrame, fh: IO[str]) -> None:
    """CSV cells (see :func:`csv_frame`) on a text stream, without BOM (standard output)."""
    csv_frame(df).to_csv(fh, index=False)


def write_stdout(df: pd.DataFrame, fmt: str) -> None:
    """A table on standard output in a text format (:data:`STDOUT_FORMATS`: jsonl, json, csv without BOM)."""
    writer = WRITERS.get(fmt)
    if writer is None or writer.stream is None:
        raise ValueError(f"format {fmt!r} cannot go to standard output")
    writer.stream(df, sys.stdout)


def _arrow_table(df: pd.DataFrame):
    import pyarrow as pa

    try:
        return pa.Table.from_pandas(df, preserve_index=False)
    except Exception:  # mixed lists / decimals pyarrow cannot type: fall back to JSON text
        return pa.Table.from_pandas(_flat(df), preserve_index=False)


def with_codebook_metadata(tbl, df: pd.DataFrame, table: str):
    """The Arrow table with each field's codebook entry as field metadata (``label``,
    ``description``, ``unit``, ``type``; UTF-8) and the table's name as schema metadata."""
    import pyarrow as pa

    cb = build_codebook({table: df}).set_index("column")
    fields = []
    for f in tbl.schema:
        meta = dict(f.metadata or {})
        if f.name in cb.index:
            row = cb.loc[f.name]
            for key in ("label", "description", "unit", "type"):
                if isinstance(row[key], str) and row[key]:
                    meta[key.encode()] = row[key].encode("utf-8")
        fields.append(f.with_metadata(meta))
    schema_meta = dict(tbl.schema.metadata or {})
    schema_meta[b"fupin_extract.table"] = table.encode("utf-8")
    return tbl.cast(pa.schema(fields, metadata=schema_meta))


def write_parquet(df: pd.DataFrame, path: Path, table: Optional[str] = None) -> Path:
    """Parquet with the codebook inside: every field carries its label and description."""
    import pyarrow.parquet as pq

    tbl = with_codebook_metadata(_arrow_table(df), df, table or guess_table(df))
    pq.write_table(tbl, path)
    return Path(path)


# --------------------------------------------------------------------------- Stata

def _label(s: str) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= STATA_LABEL_MAX else s[:STATA_LABEL_MAX - 1] + "…"


def _numbers_only(s: pd.Series) -> bool:
    """An object column of numbers and missing values (not all missing)."""
    return (s.dtype == object and len(s) > 0 and all(_isna(v) or isinstance(v, (bool, int, float)) for v in s)
            and not all(_isna(v) for v in s))


def _as_float(s: pd.Series):
    return pd.array([float(v) if not _isna(v) else float("nan") for v in s], dtype="float64")


def _stata_numbers(s: pd.Series):
    """A numeric or boolean column as Stata stores it, or None for a column of text."""
    if pd.api.types.is_bool_dtype(s.dtype) and not s.isna().any():
        return s.astype("int8")
    if pd.api.types.is_integer_dtype(s.dtype):  # Stata long/double with missing values stays integer
        return s.astype("Int64") if s.isna().any() else s.astype("int64")
    if pd.api.types.is_float_dtype(s.dtype):
        return s.astype("float64")
    if _numbers_only(s) or pd.api.types.is_bool_dtype(s.dtype):  # numbers in an object column; boolean with NA
        return _as_float(s)
    return None


def _stata_column(s: pd.Series, col: str, long_text: bool):
    """(values, strL?) of one column: numbers, value-labelled categories, or text (strL when long)."""
    num = _stata_numbers(s)
    if num is not None:
        return num, False
    if col in STATA_CATEGORICAL and s.notna().any() and s.dropna().nunique() <= STATA_MAX_CATEGORIES:
        return pd.Categorical([None if _isna(v) else str(v) for v in s]), False  # value labels
    vals = ["" if _isna(v) else str(v) for v in s]
    strl = long_text or any(len(v.encode("utf-8")) > STATA_STR_MAX_BYTES for v in vals)
    return pd.Series(vals, dtype=object, index=s.index), strl


def stata_frame(df: pd.DataFrame, table: Optional[str] = None,
                columns_path: Optional[Path] = None) -> Tuple[pd.DataFrame, Dict[str, str], List[str]]:
    """``df`` made Stata-ready: (frame with Stata names, variable labels, strL columns)."""
    docs = load_columns(columns_path)
    cat = _catalog_map(indicator_catalog())
    table = table or guess_table(df)
    documented = docs[table].columns if table in docs else {}
    flat = _flat(df, decimal_as="float")
    taken: set = set()
    out = {}
    labels: Dict[str, str] = {}
    strl: List[str] = []
    for col in flat.columns:
        name = stata_name(str(col), taken)
        label = _describe(table, str(col), docs, cat)[0]
        labels[name] = _label(label if label else str(col))
        long_text = str(col) in documented and documented[str(col)].long_text
        out[name], is_strl = _stata_column(flat[col], str(col), long_text)
        if is_strl:
            strl.append(name)
    frame = pd.DataFrame(out, index=flat.index).reset_index(drop=True)
    return frame, labels, strl


def write_dta(df: pd.DataFrame, path: Path, table: Optional[str] = None) -> Path:
    """Stata 118: ASCII snake_case names, Chinese variable labels (≤ 80 characters), strL for long text."""
    frame, labels, strl = stata_frame(df, table)
    docs = load_columns()
    table = table or guess_table(df)
    data_label = _label(docs[table].label) if table in docs else None
    frame.to_stata(path, write_index=False, version=118, variable_labels=labels, data_label=data_label,
                   convert_strl=strl or None)
    return Path(path)


# --------------------------------------------------------------------------- xlsx
def _display_width(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in s)


class _Truncations:
    def __init__(self) -> None:
        self.counts: Dict[Tuple[str, str], int] = {}

    def add(self, table: str, col: str) -> None:
        self.counts[(table, col)] = self.counts.get((table, col), 0) + 1


def _cut(s: str, limit: int) -> str:
    marker = TRUNCATION_MARKER.format(n=len(s))
    return s[:max(0, limit - len(marker))] + marker


def _sheet_names(table: str, n_sheets: int, used: set) -> List[str]:
    names = []
    for i in range(n_sheets):
        base = table[:31] if i == 0 else f"{table[:31 - len(str(i + 1)) - 1]}_{i + 1}"
        name, k = base, 2
        while name.lower() in used:
            name = f"{base[:28]}~{k}"
            k += 1
        used.add(name.lower())
        names.append(name)
    return names


def _cell_value(v: Any) -> Any:
    """A cell as xlsx stores it: text, boolean or a number (lists as JSON text, other objects as text)."""
    if not isinstance(v, (str, bool, int, float, Decimal)):
        return _to_json_text(v) if _is_listlike(v) else str(v)
    return v


def _write_cell(ws, i: int, j: int, v: Any, table: str, col: str, trunc: _Truncations) -> int:
    """Write one cell (never a formula); returns the width it asks for (0: none)."""
    v = _cell_value(v)
    if isinstance(v, str):
        if len(v) > XLSX_MAX_CELL_CHARS:
            v = _cut(v, XLSX_MAX_CELL_CHARS)
            trunc.add(table, col)
        ws.write_string(i, j, v)
        return _display_width(v[:80])
    if isinstance(v, bool):
        ws.write_boolean(i, j, v)
        return 6
    f = float(v)
    if math.isnan(f):
        return 0
    if math.isinf(f):
        ws.write_string(i, j, str(f))
        return 0
    ws.write_number(i, j, f)
    return min(len(repr(v)), 20)


#: rows whose cells set the column widths of a sheet
WIDTH_SAMPLE_ROWS = 200


def _write_sheet(wb, ws, df: pd.DataFrame, table: str, header_fmt, trunc: _Truncations) -> None:
    cols = [str(c) for c in df.columns]
    widths = [_display_width(c) + 3 for c in cols]  # room for the autofilter button
    for j, c in enumerate(cols):
        ws.write_string(0, j, c, header_fmt)
    for i, row in enumerate(df.itertuples(index=False, name=None), start=1):
        for j, v in enumerate(row):
            if v is None:
                continue
            w = _write_cell(ws, i, j, v, table, cols[j], trunc)
            if i <= WIDTH_SAMPLE_ROWS:
                widths[j] = max(widths[j], w)
    for j, w in enumerate(widths):
        ws.set_column(j, j, max(6, min(w + 1, 60)))
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(len(df), 1) if len(df) else 0, max(len(cols) - 1, 0))


def _cells(df: pd.DataFrame) -> pd.DataFrame:
    """Object frame with ``None`` for missing values (what :func:`_write_sheet` iterates)."""
    obj = df.astype(object)
    return obj.where(df.notna(), None)


def write_workbook(tables: Dict[str, pd.DataFrame], path: Path, *, with_codebook: bool = True,
                   extra_notes: Optional[Dict[Tuple[str, str], str]] = None) -> Tuple[Path, pd.DataFrame]:
    """ONE workbook: a sheet per table (split past :data:`XLSX_MAX_ROWS`), then ``codebook``.

    Returns the path and the codebook (with notes on cut cells and split sheets).
    """
    import xlsxwriter

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False,
                                         "strings_to_numbers": False, "constant_memory": True})
    header_fmt = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    trunc = _Truncations()
    notes: Dict[Tuple[str, str], str] = dict(extra_notes or {})
    used: set = set()
    per_sheet = max(1, XLSX_MAX_ROWS - 1)
    try:
        for table, df in tables.items():
            flat = _cells(_flat(df, decimal_as="float"))
            n_sheets = max(1, math.ceil(len(flat) / per_sheet))
            names = _sheet_names(table, n_sheets, used)
            if n_sheets > 1:
                notes[(table, "")] = (f"{len(flat)} rows split across sheets {', '.join(names)} "
                                      f"(at most {per_sheet} data rows a sheet)")
            for k, name in enumerate(names):
                ws = wb.add_worksheet(name)
                _write_sheet(wb, ws, flat.iloc[k * per_sheet:(k + 1) * per_sheet], table, header_fmt, trunc)
        for (table, col), n in trunc.counts.items():
            notes[(table, col)] = (f"{n} cell(s) longer than {XLSX_MAX_CELL_CHARS} characters were cut in the xlsx "
                                   f"export and end with the marker “{TRUNCATION_MARKER.split('：')[0]}…]”; the CSV, "
                                   f"Parquet and Stata exports keep the full text")
        cb = build_codebook(tables, notes)
        if with_codebook:
            name = _sheet_names("codebook", 1, used)[0]
            ws = wb.add_worksheet(name)
            _write_sheet(wb, ws, _cells(cb), "codebook", header_fmt, trunc)
    finally:
        wb.close()
    return path, cb


# --------------------------------------------------------------------------- tables and files
def guess_table(df: pd.DataFrame) -> str:
    """The documented table whose columns ``df`` shares most (``docs`` output → documents)."""
    try:
        docs = load_columns()
    except Exception:
        docs = {}
    cols = set(map(str, df.columns))
    best, score = "table", 0.0
    for name, td in docs.items():
        if name == "codebook":
            continue
        common = len(cols & set(td.columns))
        s = common / max(len(cols), 1) + common / max(len(td.columns), 1) / 10
        if common and s > score:
            best, score = name, s
    return best


def _format_for(path: Path, fmt: str) -> str:
    """``fmt``, except that the default ``jsonl`` gives way to a file suffix naming another format
    (``docs corpora -o docs.xlsx`` writes a workbook, not JSON Lines in a file named .xlsx)."""
    suf = SUFFIXES.get(Path(path).suffix.lower())
    if fmt == "jsonl" and suf and suf != "jsonl":
        return suf
    return fmt


def codebook_paths(path: Path) -> Tuple[Path, Path]:
    """Where the codebook of a single-file export goes: ``<stem>.codebook.csv`` / ``.md`` beside it."""
    path = Path(path)
    return path.with_name(path.stem + ".codebook.csv"), path.with_name(path.stem + ".codebook.md")


def write_table(df: pd.DataFrame, path: Path, fmt: str, *, name: Optional[str] = None,
                codebook: bool = False) -> Path:
    """Write one table to ``path`` in ``fmt`` (one of :data:`FORMATS`).

    ``name`` is the table's name (sheet name in xlsx, codebook and Stata labels); guessed from the
    columns when omitted.  ``codebook=True`` also writes ``<stem>.codebook.csv`` and ``.md`` beside.
    """
    path = Path(path)
    fmt = _format_for(path, fmt)
    writer = writer_for(fmt)
    path.parent.mkdir(parents=True, exist_ok=True)
    table = name or guess_table(df)
    if table == "findings" and fmt != "jsonl":  # numbers as numbers, offsets as integer columns
        df = findings_table(df)
    cb = writer.file(df, path, table, name or "data", codebook)
    if codebook:
        if cb is None:
            cb = build_codebook({table: df})
        elif name is None:
            cb = cb.assign(table=cb["table"].replace({"data": table}))
        write_codebook(cb, *codebook_paths(path), tables={table: df})
    return path


def write_tables(tables: Dict[str, pd.DataFrame], out_dir: Path, fmt: str, *,
                 codebook: bool = True) -> Dict[str, Path]:
    """Write each table as ``out_dir/<name>.<fmt>`` — for ``xlsx`` ONE workbook
    ``out_dir/tables.xlsx`` with a sheet per table — and, with ``codebook``, ``codebook.csv``
    and ``codebook.md`` beside (and a ``codebook`` sheet in the workbook).

    Returns ``{table: path}`` (every table of an xlsx export maps to the workbook), plus
    ``codebook`` and ``codebook_md`` when written.
    """
    writer = writer_for(fmt)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tables = {k: v for k, v in tables.items() if v is not None}
    if "findings" in tables and fmt != "jsonl":
        tables["findings"] = findings_table(tables["findings"])
    if writer.many is not None:  # one file holds every table (a workbook)
        wb, cb = writer.many(tables, out_dir / writer.many_name, with_codebook=codebook)
        paths = {name: wb for name in tables}
    else:
        paths = {name: write_table(df, out_dir / f"{name}.{fmt}", fmt, name=name) for name, df in tables.items()}
        cb = build_codebook(tables) if codebook else None
    if codebook:
        c, m = write_codebook(cb, out_dir / "codebook.csv", out_dir / "codebook.md", tables)
        paths["codebook"], paths["codebook_md"] = c, m
    return paths


def corpus_tables(corpus, *, comparison: Optional[pd.DataFrame] = None, findings: Optional[pd.DataFrame] = None,
                  with_comparison: bool = True, with_findings: bool = True) -> Dict[str, pd.DataFrame]:
    """figures, documents, comparison, findings, errors of ``corpus`` — comparison and findings
    computed by :func:`fupin_extract.tables.compare.compare` / :func:`fupin_extract.audit.run.audit`
    unless given (or turned off with ``with_comparison=False`` / ``with_findings=False``)."""
    tables: Dict[str, pd.DataFrame] = {"figures": corpus.figures, "documents": corpus.documents}
    if comparison is None and with_comparison:
        comparison = compare(corpus)
    if comparison is not None:
        tables["comparison"] = comparison
    if findings is None and with_findings:
        findings = audit(corpus)
    if findings is not None:
        tables["findings"] = findings
    tables["errors"] = corpus.errors
    return tables


def export_corpus(corpus, out_dir: Path, fmt: str, **kw) -> Dict[str, Path]:
    """Every table of ``corpus`` (see :func:`corpus_tables`) into ``out_dir`` with a codebook."""
    return write_tables(corpus_tables(corpus, **kw), out_dir, fmt)


# --------------------------------------------------------------------------- reading an export back
#: list columns of the findings table (JSON text in CSV, xlsx and Stata)
LIST_COLUMNS = ("total", "parts", "rate")


def documented_dtypes(table: str) -> Dict[str, Any]:
    """column → dtype that :func:`read_table` gives a table's documented columns."""
    if table in SCHEMAS:
        return dict(SCHEMAS[table])
    if table != "findings":
        return {}
    out = {c: t for c, t in FINDING_COLUMNS.items() if c not in LIST_COLUMNS}
    out.update({c: "float64" for c in FINDING_NUMBERS})
    out.update({f"{c}_exact": STR for c in FINDING_NUMBERS})
    out.update({f"{c}_{e}": "Int64" for c in FINDING_SPANS for e in ("start", "end")})
    return out


def _json_list(v: Any) -> Any:
    if isinstance(v, str) and not v:
        return None
    if isinstance(v, str) and v.startswith("["):
        try:
            return json.loads(v)
        except ValueError:
            return v
    if hasattr(v, "tolist"):
        return v.tolist()
    return None if _isna(v) else v


def _coerce(s: pd.Series, dtype: Any) -> pd.Series:
    """One column to its documented dtype (text as StringDtype, numbers from text or floats)."""
    if isinstance(dtype, pd.StringDtype):
        return pd.Series([None if _isna(v) else (v if isinstance(v, str) else _number_text(v)) for v in s],
                         dtype=dtype, index=s.index)
    if dtype == "boolean":
        truth = {"true": True, "false": False, "1": True, "0": False, "1.0": True, "0.0": False}
        return pd.Series([None if _isna(v) else truth.get(str(v).strip().lower()) for v in s],
                         dtype="boolean", index=s.index)
    num = pd.to_numeric(s, errors="coerce")
    if dtype in ("int64", "Int64"):
        return num.astype("Int64") if (dtype == "Int64" or num.isna().any()) else num.astype("int64")
    return num.astype(dtype)


def _number_text(v: Any) -> str:
    """A number read from a sheet as text again (``2017.0`` → ``2017``)."""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _infer(s: pd.Series, col: str) -> pd.Series:
    """An undocumented column: numbers when every value reads as one, else text; ``*_exact`` text."""
    if col.endswith("_exact") or s.dtype != object:
        return _coerce(s, pd.StringDtype()) if col.endswith("_exact") else s
    vals = s.dropna()
    if len(vals) and all(isinstance(v, str) and v.startswith("[") for v in vals):
        return s.map(_json_list)
    num = pd.to_numeric(s, errors="coerce")
    if len(vals) and num.notna().sum() == len(vals):
        return num.astype("Int64") if all(float(x).is_integer() for x in num.dropna()) and \
            not any("." in str(v) for v in vals) else num.astype("float64")
    return _coerce(s, pd.StringDtype())


def _stata_names_back(df: pd.DataFrame) -> pd.DataFrame:
    """Stata variable names that differ from the documented column (``end_`` → ``end``) renamed back."""
    back = {stata_name(c): c for td in load_columns().values() for c in td.columns if stata_name(c) != c}
    return df.rename(columns={c: back[c] for c in df.columns if c in back and back[c] not in df.columns})


def _read_csv(path: Path, sheet: Optional[str]) -> pd.DataFrame:
    df = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False, na_values=[""])
    return df.astype(object).where(df.notna(), None).map(csv_unguard)


def _read_xlsx(path: Path, sheet: Optional[str]) -> pd.DataFrame:
    df = pd.read_excel(path, sheet_name=sheet if sheet else 0, dtype=object)
    return df.astype(object).where(df.notna(), None)


def _read_parquet(path: Path, sheet: Optional[str]) -> pd.DataFrame:
    return pd.read_parquet(path)


def _read_dta(path: Path, sheet: Optional[str]) -> pd.DataFrame:
    df = pd.read_stata(path, convert_categoricals=True)
    for c in df.columns:
        if isinstance(df[c].dtype, pd.CategoricalDtype):
            df[c] = df[c].astype(object).where(df[c].notna(), None)
    return _stata_names_back(df)


def _read_jsonl(path: Path, sheet: Optional[str]) -> pd.DataFrame:
    return pd.read_json(path, lines=True, dtype=False)


def _read_json(path: Path, sheet: Optional[str]) -> pd.DataFrame:
    return pd.read_json(path, lines=False, dtype=False)


def read_table(path: Union[str, Path], table: Optional[str] = None) -> pd.DataFrame:
    """A table exported by this package (csv, xlsx, parquet, dta, jsonl, json) back as a DataFrame
    with the documented dtypes: text columns ``string`` (``value_exact`` and every ``*_exact`` stay
    text, never floats), offsets ``int64``, ``year`` ``Int64``, ``holds`` ``boolean``, lists as lists;
    the CSV guard (a leading ``'`` before ``= + - @``, tab, CR) is removed.  ``table`` (figures,
    documents, errors, findings, comparison …) is guessed from the columns when omitted; in a
    workbook it also names the sheet (default: the first).

    >>> figures = read_table("out/figures.csv")                      # doctest: +SKIP
    >>> findings = read_table("out/tables.xlsx", table="findings")   # doctest: +SKIP
    """
    path = Path(path)
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"cannot read {path}: unknown suffix (one of {', '.join(SUFFIXES)})")
    sheet = table if WRITERS[fmt].many is not None and table else None  # a workbook: the table's sheet
    df = WRITERS[fmt].read(path, sheet)
    table = table or guess_table(df)
    dtypes = documented_dtypes(table)
    out = {}
    for c in df.columns:
        col = str(c)
        if col in LIST_COLUMNS and table == "findings":
            out[col] = df[c].map(_json_list).astype(object)
        elif col in dtypes:
            out[col] = _coerce(df[c], dtypes[col])
        else:
            out[col] = _infer(df[c], col)
    return pd.DataFrame(out, index=range(len(df)))


# --------------------------------------------------------------------------- the registry of writers
def _file_jsonl(df: pd.DataFrame, path: Path, table: str, sheet: str, with_codebook: bool) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        write_jsonl(df, fh)


def _file_json(df: pd.DataFrame, path: Path, table: str, sheet: str, with_codebook: bool) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        write_json(df, fh)


def _file_csv(df: pd.DataFrame, path: Path, table: str, sheet: str, with_codebook: bool) -> None:
    write_csv(df, path)


def _file_parquet(df: pd.DataFrame, path: Path, table: str, sheet: str, with_codebook: bool) -> None:
    write_parquet(df, path, table)


def _file_xlsx(df: pd.DataFrame, path: Path, table: str, sheet: str, with_codebook: bool) -> pd.DataFrame:
    return write_workbook({sheet: df}, path, with_codebook=with_codebook)[1]


def _file_dta(df: pd.DataFrame, path: Path, table: str, sheet: str, with_codebook: bool) -> None:
    write_dta(df, path, table)


@dataclass(frozen=True)
class Writer:
    """How one format is written and read back.

    ``file(df, path, table, sheet, with_codebook)`` writes one table to a file and returns the
    codebook when the file holds one (a workbook), else None; ``read(path, sheet)`` reads the file
    back as raw cells (:func:`read_table` gives them their dtypes); ``stream(df, fh)`` writes to a
    text stream (standard output), None for binary formats; ``many(tables, path, with_codebook)``
    writes several tables into ONE file called ``many_name`` (-> path, codebook), None: one file a table.
    """

    file: Callable[..., Optional[pd.DataFrame]]
    read: Callable[[Path, Optional[str]], pd.DataFrame]
    stream: Optional[Callable[[pd.DataFrame, IO[str]], None]] = None
    many: Optional[Callable[..., Tuple[Path, pd.DataFrame]]] = None
    many_name: str = ""


#: format → :class:`Writer`: the one table :func:`write_table`, :func:`write_tables`, :func:`write_stdout`,
#: :func:`read_table` and the command line use (a new output format is one entry here)
WRITERS: Dict[str, Writer] = {
    "jsonl": Writer(_file_jsonl, _read_jsonl, stream=write_jsonl),
    "json": Writer(_file_json, _read_json, stream=write_json),
    "csv": Writer(_file_csv, _read_csv, stream=write_csv_stream),
    "parquet": Writer(_file_parquet, _read_parquet),
    "xlsx": Writer(_file_xlsx, _read_xlsx, many=write_workbook, many_name=WORKBOOK_NAME),
    "dta": Writer(_file_dta, _read_dta),
}
#: the formats, in the order the command line lists them
FORMATS = tuple(WRITERS)
#: formats that can go to standard output (text)
STDOUT_FORMATS = tuple(f for f, w in WRITERS.items() if w.stream is not None)
#: file suffix → format (``out.xlsx`` → ``xlsx``)
SUFFIXES = {f".{f}": f for f in WRITERS}


def writer_for(fmt: str) -> Writer:
    """The :class:`Writer` of ``fmt``; a ValueError that lists the formats for an unknown one."""
    try:
        return WRITERS[fmt]
    except (KeyError, TypeError):
        raise ValueError(f"unknown format {fmt!r}; choose one of {FORMATS}") from None
