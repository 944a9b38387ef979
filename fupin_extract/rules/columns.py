"""``patterns/columns.yaml``: label, description and unit of every column of the output tables."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, Mapping, Optional, Sequence, Tuple

from fupin_extract.model import PatternError
from fupin_extract.rules.base import check_keys, load_yaml, patterns_dir, where

COLUMNS_FILE = "columns.yaml"
#: Stata's limit on a variable label, which the labels of columns.yaml become
STATA_LABEL_MAX = 80
TABLE_KEYS = {"label", "description", "columns"}
COLUMN_KEYS = {"label", "description", "unit", "long_text"}


@dataclass
class ColumnDoc:
    label: str
    description: str
    unit: str = ""
    long_text: bool = False


@dataclass
class TableDoc:
    label: str
    description: str
    columns: Dict[str, ColumnDoc] = field(default_factory=dict)


def columns_path() -> Path:
    return patterns_dir() / COLUMNS_FILE


def _text(path: Path, obj: Any, value: Any, what: str, max_len: Optional[int] = None) -> str:
    if not isinstance(value, str) or not value.strip():
        raise PatternError(f"{where(path, obj)}: {what} must be a non-empty string")
    if max_len is not None and len(value) > max_len:
        raise PatternError(f"{where(path, obj)}: {what} has {len(value)} characters; at most {max_len} "
                           f"(Stata labels)")
    return value


def _column(p: Path, tname: str, cols: Any, cname: Any) -> ColumnDoc:
    c = cols[cname]
    what = f"column {tname}.{cname}"
    if not isinstance(cname, str) or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", cname):
        raise PatternError(f"{where(p, cols)}: column name {cname!r} of table {tname!r} must be an identifier")
    check_keys(p, c, COLUMN_KEYS, {"label", "description"}, what)
    unit = c.get("unit", "")
    if unit is None:
        unit = ""
    if not isinstance(unit, str):
        raise PatternError(f"{where(p, c)}: unit of {what} must be a string")
    long_text = c.get("long_text", False)
    if not isinstance(long_text, bool):
        raise PatternError(f"{where(p, c)}: long_text of {what} must be true or false")
    return ColumnDoc(_text(p, c, c["label"], f"label of {what}", STATA_LABEL_MAX),
                     _text(p, c, c["description"], f"description of {what}"), unit, long_text)


def _check_schema(p: Path, tname: str, cols: Any, td: TableDoc, schema: Sequence[str]) -> None:
    for cname in td.columns:
        if cname not in schema:
            raise PatternError(f"{where(p, cols[cname])}: {cname!r} is not a column of table {tname!r} "
                               f"(columns: {list(schema)})")
    missing = [c for c in schema if c not in td.columns]
    if missing:
        raise PatternError(f"{where(p, cols)}: table {tname!r} does not document column(s) {missing} "
                           f"(see fupin_extract/tables/frames.py)")


def _table(p: Path, tname: str, t: Any, schema: Optional[Sequence[str]]) -> TableDoc:
    check_keys(p, t, TABLE_KEYS, TABLE_KEYS, f"table {tname!r}")
    td = TableDoc(_text(p, t, t["label"], f"label of table {tname!r}", STATA_LABEL_MAX),
                  _text(p, t, t["description"], f"description of table {tname!r}"))
    cols = t["columns"]
    if not isinstance(cols, dict) or not cols:
        raise PatternError(f"{where(p, t)}: columns of table {tname!r} must be a non-empty mapping")
    for cname in cols:
        td.columns[cname] = _column(p, tname, cols, cname)
    if schema is not None:
        _check_schema(p, tname, cols, td, schema)
    return td


@lru_cache(maxsize=4)
def _load(path: str, schemas: Tuple[Tuple[str, Tuple[str, ...]], ...]) -> Dict[str, TableDoc]:
    p = Path(path)
    data = load_yaml(p)
    check_keys(p, data, {"tables"}, {"tables"}, "columns file")
    tables = data["tables"]
    if not isinstance(tables, dict):
        raise PatternError(f"{where(p, data)}: 'tables' must be a mapping of table name → table")
    fixed = dict(schemas)
    out = {str(tname): _table(p, tname, t, fixed.get(tname)) for tname, t in tables.items()}
    for tname in fixed:
        if tname not in out:
            raise PatternError(f"{where(p, tables)}: table {tname!r} is not documented")
    return out


def load_columns(path: Optional[Path] = None, schemas: Mapping[str, Sequence[str]] = None) -> Dict[str, TableDoc]:
    """Column documentation of every table (validated; errors name file:line).  ``schemas``
    (table → its fixed columns) must be documented exactly: every column, no other."""
    key = tuple((t, tuple(c)) for t, c in (schemas or {}).items())
    return _load(str(path or columns_path()), key)
