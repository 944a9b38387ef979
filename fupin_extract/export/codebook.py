"""The codebook: what every column of every exported table means.

Column documentation comes from ``patterns/columns.yaml`` (validated: every column of the fixed
tables documented, every entry a column; errors name file:line), indicator columns of the
comparison from the indicator catalogue.  :func:`build_codebook` gives one row per column
(type, unit, Chinese label, description, notes of this export) and one per indicator;
:func:`codebook_markdown` and :func:`write_codebook` write it beside an export.  The Stata
variable name of every column (:func:`stata_name`) is listed in the notes when it differs.
"""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

import pandas as pd

from fupin_extract.meaning.indicators import catalog as indicators_catalog
from fupin_extract.rules.columns import STATA_LABEL_MAX, ColumnDoc, TableDoc, columns_path as _columns_path  # noqa: F401
from fupin_extract.rules.columns import load_columns as _load_columns
from fupin_extract.tables.frames import DOCUMENT_COLUMNS, ERROR_COLUMNS, FIGURE_COLUMNS

#: Stata: variable names (labels: rules.columns.STATA_LABEL_MAX)
STATA_NAME_MAX = 32

#: the tables whose columns are fixed by :mod:`fupin_extract.tables`
SCHEMAS = {"figures": FIGURE_COLUMNS, "documents": DOCUMENT_COLUMNS, "errors": ERROR_COLUMNS}
#: the order of tables in a workbook and in the codebook
TABLE_ORDER = ("figures", "documents", "comparison", "findings", "errors")

CODEBOOK_COLUMNS = ["table", "column", "type", "unit", "label", "description", "notes"]


# --------------------------------------------------------------------------- column documentation
def load_columns(path: Optional[Path] = None) -> Dict[str, TableDoc]:
    """Column documentation of every table from ``patterns/columns.yaml`` (validated; errors name file:line)."""
    return _load_columns(path, SCHEMAS)


def indicator_catalog() -> Optional[pd.DataFrame]:
    """``fupin_extract.meaning.indicators.catalog()`` when it is a table with an ``id`` column, else ``None``."""
    cat = indicators_catalog()
    if cat is None or not isinstance(cat, pd.DataFrame) or "id" not in cat.columns:
        return None
    return cat


def _catalog_map(cat: Optional[pd.DataFrame]) -> Dict[str, dict]:
    if cat is None:
        return {}
    out = {}
    for row in cat.to_dict("records"):
        out[str(row["id"])] = {k: ("" if _isna(v) else str(v)) for k, v in row.items()}
    return out


# --------------------------------------------------------------------------- codebook
def _isna(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, (list, tuple, dict)):
        return False
    try:
        r = pd.isna(v)
    except (TypeError, ValueError):
        return False
    return bool(r) if isinstance(r, (bool,)) or getattr(r, "shape", None) == () else False


def _is_listlike(v: Any) -> bool:
    return isinstance(v, (list, tuple, dict)) or (hasattr(v, "tolist") and getattr(v, "ndim", 0) > 0)


def column_type(s: pd.Series) -> str:
    """Logical type of a column for the codebook: string, integer, float, boolean, list."""
    dt = s.dtype
    if pd.api.types.is_bool_dtype(dt):
        return "boolean"
    if pd.api.types.is_integer_dtype(dt):
        return "integer"
    if pd.api.types.is_float_dtype(dt):
        return "float"
    if pd.api.types.is_datetime64_any_dtype(dt):
        return "datetime"
    if dt == object:
        for v in s:
            if _isna(v):
                continue
            if _is_listlike(v):
                return "list"
            if isinstance(v, bool):
                return "boolean"
            if isinstance(v, (int, float, Decimal)):
                return "number"
            return "string"
    return "string"


def _describe(table: str, col: str, docs: Dict[str, TableDoc], cat: Dict[str, dict]) -> Tuple[str, str, str, bool]:
    """(label, description, unit, documented) of a column."""
    td = docs.get(table)
    if td and col in td.columns:
        c = td.columns[col]
        return c.label, c.description, c.unit, True
    # an indicator column (comparison), exactly or as <indicator>_<suffix>
    if cat:
        if col in cat:
            r = cat[col]
            return (r.get("label") or col), (r.get("description") or ""), r.get("unit", ""), True
        best = max((i for i in cat if col.startswith(i + "_")), key=len, default=None)
        if best:
            r = cat[best]
            suffix = col[len(best) + 1:]
            return (f"{r.get('label') or best}（{suffix}）", f"{r.get('description') or ''}（{suffix}）".strip(),
                    r.get("unit", ""), True)
    # the same column in another table
    for other in TABLE_ORDER:
        od = docs.get(other)
        if od and col in od.columns:
            c = od.columns[col]
            return c.label, c.description, c.unit, True
    return col, "", "", False


def _column_row(table: str, values: pd.Series, col: str, docs: Dict[str, TableDoc], cat: Dict[str, dict],
                notes: Dict[Tuple[str, str], str]) -> dict:
    label, desc, unit, documented = _describe(table, col, docs, cat)
    note = [n for n in (notes.get((table, col), ""),) if n]
    if not documented:
        note.append("undocumented column (not in patterns/columns.yaml)")
    sn = stata_name(col)
    if sn != col:
        note.append(f"Stata variable name: {sn}")
    return {"table": table, "column": col, "type": column_type(values), "unit": unit,
            "label": label, "description": desc, "notes": "; ".join(note)}


def _table_row(table: str, docs: Dict[str, TableDoc], note: str) -> dict:
    """A remark about a whole table (column ``""``)."""
    td = docs.get(table)
    return {"table": table, "column": "", "type": "", "unit": "", "label": td.label if td else table,
            "description": td.description if td else "", "notes": note}


def _indicator_row(iid: str, r: dict) -> dict:
    """One indicator of the catalogue: a value of the ``indicator`` column."""
    dimension = f"dimension: {r['dimension']}" if r.get("dimension") else ""
    return {"table": "indicator", "column": iid, "type": "category", "unit": r.get("unit", ""),
            "label": r.get("label", ""),
            "description": "; ".join(x for x in (r.get("description", ""), dimension) if x),
            "notes": "a value of the indicator column"}


def build_codebook(tables: Dict[str, pd.DataFrame], notes: Optional[Dict[Tuple[str, str], str]] = None,
             *, catalog: Optional[pd.DataFrame] = "auto", columns_path: Optional[Path] = None) -> pd.DataFrame:
    """The codebook of ``tables``: one row per column of every table (columns
    :data:`CODEBOOK_COLUMNS`), then one row per indicator of the catalogue (table ``indicator``:
    the values of ``figures.indicator``) when :func:`indicator_catalog` is available.

    ``notes`` maps ``(table, column)`` (column ``""`` for the whole table) to a remark about
    this export, e.g. cells cut in xlsx.
    """
    docs = load_columns(columns_path)
    cat_df = indicator_catalog() if isinstance(catalog, str) and catalog == "auto" else catalog
    cat = _catalog_map(cat_df)
    notes = dict(notes or {})
    rows = []
    for table, df in tables.items():
        rows += [_column_row(table, df[col], str(col), docs, cat, notes) for col in df.columns]
        if notes.get((table, ""), ""):
            rows.append(_table_row(table, docs, notes[(table, "")]))
    if cat and any("indicator" in df.columns for df in tables.values()):
        rows += [_indicator_row(iid, r) for iid, r in cat.items()]
    return pd.DataFrame(rows, columns=CODEBOOK_COLUMNS).astype("string")


#: the usual name (``write_table``/``write_tables`` take a ``codebook`` flag, hence the alias)
codebook = build_codebook


def codebook_markdown(cb: pd.DataFrame, tables: Optional[Dict[str, pd.DataFrame]] = None,
                      *, columns_path: Optional[Path] = None) -> str:
    """The codebook as Markdown: one section per table, a table of its columns."""
    docs = load_columns(columns_path)

    def cell(v: Any) -> str:
        s = "" if _isna(v) else str(v)
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")

    lines = ["# Codebook", "",
             "One section per exported table; `label` is the Chinese label (also the Stata variable label).",
             "Values are in the unit given; money in 元, counts in base units (`715万元` → 7150000).", ""]
    for table in dict.fromkeys(cb["table"].tolist()):
        part = cb[cb["table"] == table]
        td = docs.get(table)
        title = f"{table} — {td.label}" if td else ("indicator — 指标目录" if table == "indicator" else table)
        lines += [f"## {title}", ""]
        if td:
            lines += [td.description, ""]
        if tables is not None and table in tables:
            lines += [f"{len(tables[table])} rows.", ""]
        whole = part[part["column"] == ""]
        for n in whole["notes"].tolist():
            lines += [f"Note: {cell(n)}", ""]
        part = part[part["column"] != ""]
        lines += ["| column | type | unit | label | description | notes |", "|---|---|---|---|---|---|"]
        for r in part.itertuples(index=False):
            lines.append(f"| `{cell(r.column)}` | {cell(r.type)} | {cell(r.unit)} | {cell(r.label)} | "
                         f"{cell(r.description)} | {cell(r.notes)} |")
        lines.append("")
    return "\n".join(lines)


def write_codebook(cb: pd.DataFrame, csv_path: Path, md_path: Path,
                   tables: Optional[Dict[str, pd.DataFrame]] = None) -> Tuple[Path, Path]:
    csv_path, md_path = Path(csv_path), Path(md_path)
    csv_path.parent.mkdir(parents=True, exist_ok=True)
    cb.to_csv(csv_path, index=False, encoding="utf-8-sig")
    md_path.write_text(codebook_markdown(cb, tables), encoding="utf-8")
    return csv_path, md_path


# Stata reserved words (as pandas' StataWriter lists them, plus Stata's own "_" names)
_STATA_RESERVED = {
    "aggregate", "array", "boolean", "break", "byte", "case", "catch", "class", "colvector", "complex", "const",
    "continue", "default", "delegate", "delete", "do", "double", "else", "eltypedef", "end", "enum", "explicit",
    "export", "external", "float", "for", "friend", "function", "global", "goto", "if", "inline", "int", "local",
    "long", "null", "pragma", "protected", "quad", "rowvector", "short", "typedef", "typename", "union", "unsigned",
    "using", "virtual", "volatile", "void", "while", "with", "in", "strl", "_all", "_b", "_coef", "_cons", "_n",
    "_pi", "_pred", "_rc", "_se", "_skip", "pointer", "scalar", "matrix", "numeric", "string", "struct", "transmorphic",
    "vector", "real", "colvector", "private", "public", "static",
}


def stata_name(col: str, taken: Optional[set] = None) -> str:
    """An ASCII snake_case Stata variable name (≤ 32 characters) for ``col``."""
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", str(col))
    s = re.sub(r"[^A-Za-z0-9_]+", "_", s).strip("_").lower()
    s = re.sub(r"_+", "_", s)
    if not s:
        s = "var"
    if s[0].isdigit():
        s = "v" + s
    if s in _STATA_RESERVED or re.fullmatch(r"str\d+", s):
        s = s + "_"
    s = s[:STATA_NAME_MAX]
    if taken is not None:
        base, i = s, 2
        while s in taken:
            suffix = f"_{i}"
            s = base[:STATA_NAME_MAX - len(suffix)] + suffix
            i += 1
        taken.add(s)
    return s

