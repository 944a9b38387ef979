"""The DataFrames: figures (long), documents, errors — with explicit dtypes.

Every table the package returns is built here, so column names and dtypes are defined in
one place (:data:`FIGURE_COLUMNS`, :data:`DOCUMENT_COLUMNS`, :data:`ERROR_COLUMNS`).
"""
from __future__ import annotations

from decimal import Decimal
from typing import Iterable, List, Mapping

import numpy as np
import pandas as pd
import regex

from fupin_extract.model import Figure

STR = pd.StringDtype()

#: column → dtype of the figures table (one row per figure)
FIGURE_COLUMNS = {
    "doc": STR,
    "start": "int64",
    "end": "int64",
    "text": STR,
    "value": "float64",
    "value_max": "float64",
    "value_exact": STR,  # the exact decimal value as a string, for audit arithmetic
    "unit": STR,
    "qualifier": STR,
    "indicator": STR,
    "scope": STR,
    "period": STR,
    "sentence": STR,
    "sentence_start": "int64",
    "rule": STR,
}

#: column → dtype of the documents table (one row per document)
DOCUMENT_COLUMNS = {
    "doc": STR,
    "path": STR,
    "format": STR,
    "encoding": STR,
    "title": STR,
    "n_chars": "int64",
    "offset": "int64",
    "n_figures": "int64",
    "place": STR,
    "level": STR,
    "county": STR,
    "province": STR,
    "date": STR,
    "year": "Int64",
    "place_standard": STR,
    "place_rule": STR,
    "year_rule": STR,
    "year_offset": "Int64",
    "year_issue": STR,
}

#: column → dtype of the errors table (one row per document or file that failed)
ERROR_COLUMNS = {
    "doc": STR,
    "path": STR,
    "stage": STR,
    "error_type": STR,
    "message": STR,
}


def _typed(rows: List[dict], columns: Mapping[str, object]) -> pd.DataFrame:
    try:
        df = pd.DataFrame(rows, columns=list(columns))
    except UnicodeEncodeError:  # a lone surrogate (only via the API): U+FFFD, one for one
        rows = [{k: _no_surrogates(v) for k, v in r.items()} for r in rows]
        df = pd.DataFrame(rows, columns=list(columns))
    for c, t in columns.items():
        if t in ("int64",):
            df[c] = pd.to_numeric(df[c]).astype("int64") if len(df) else df[c].astype("int64")
        elif t == "Int64":
            df[c] = pd.array([None if v is None or (isinstance(v, float) and v != v) else int(v) for v in df[c]],
                             dtype="Int64")
        elif t == "float64":
            df[c] = pd.array([float(v) if v is not None else float("nan") for v in df[c]], dtype="float64")
        else:
            try:
                df[c] = df[c].astype(t)
            except UnicodeEncodeError:  # a lone surrogate (only via the API): U+FFFD, one for one
                df[c] = df[c].map(_no_surrogates).astype(t)
    return df


_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _no_surrogates(v: object) -> object:
    return _SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v


def figures_frame(figures: Iterable[Figure]) -> pd.DataFrame:
    """The figures table (one row per figure), built column by column."""
    fs = list(figures)
    nan = float("nan")
    cols = {
        "doc": [f.doc for f in fs],
        "start": [f.start for f in fs],
        "end": [f.end for f in fs],
        "text": [f.text for f in fs],
        "value": [float(f.value) for f in fs],
        "value_max": [float(f.value_max) if f.value_max is not None else nan for f in fs],
        "value_exact": [str(f.value) for f in fs],
        "unit": [f.unit for f in fs],
        "qualifier": [f.qualifier for f in fs],
        "indicator": [f.indicator for f in fs],
        "scope": [f.scope for f in fs],
        "period": [f.period for f in fs],
        "sentence": [f.sentence for f in fs],
        "sentence_start": [f.sentence_start for f in fs],
        "rule": [f.rule for f in fs],
    }
    return _typed_columns(cols, FIGURE_COLUMNS)


def _typed_columns(cols: Mapping[str, list], columns: Mapping[str, object]) -> pd.DataFrame:
    """A frame from lists of Python values, one per column, with the dtypes of ``columns``."""
    data = {}
    for c, t in columns.items():
        vals = cols[c]
        if t == "int64":
            data[c] = np.array(vals, dtype="int64")
        elif t == "float64":
            data[c] = np.array([_nan_if_none(v) for v in vals], dtype="float64")
        else:
            try:
                data[c] = pd.array(vals, dtype=t)
            except UnicodeEncodeError:  # a lone surrogate (only via the API): U+FFFD, one for one
                data[c] = pd.array([_no_surrogates(v) for v in vals], dtype=t)
    return pd.DataFrame(data, columns=list(columns))


def _nan_if_none(v: object) -> object:
    return float("nan") if v is None else v


def documents_frame(rows: List[dict]) -> pd.DataFrame:
    return _typed(rows, DOCUMENT_COLUMNS)


def errors_frame(rows: List[dict]) -> pd.DataFrame:
    return _typed(rows, ERROR_COLUMNS)


def json_value(v: object) -> object:
    """A JSON-friendly scalar: Decimal → int/float, NA → None."""
    if v is None:
        return None
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(v, "item"):
        return v.item()
    return v


#: the numeric columns of the findings table: each also kept as its exact decimal string in ``<name>_exact``
FINDING_NUMBERS = ("stated", "recomputed", "difference", "tolerance")
#: the single spans of a finding, given as integer ``<name>_start`` / ``<name>_end`` columns
FINDING_SPANS = ("total", "rate")


def _as_float(v: object) -> float:
    """A finding's number as a float (``inf`` stays infinite, anything unreadable is NaN)."""
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return float("nan")
    try:
        return float(Decimal(str(v)))
    except Exception:
        return float("nan")


def _span_part(v: object, i: int) -> object:
    try:
        return int(v[i])
    except (TypeError, IndexError, ValueError, KeyError):
        return pd.NA


def findings_table(df: pd.DataFrame) -> pd.DataFrame:
    """Findings as a table for analysis and export: ``stated``, ``recomputed``, ``difference``,
    ``tolerance`` as float64 with the exact decimal string beside (``stated_exact`` …), and the
    total's and rate's offsets as Int64 columns (``total_start``, ``total_end``, ``rate_start``,
    ``rate_end``) after the span lists.  Columns that are already numeric or absent are left as
    they are, so the function may be applied twice."""
    out = df.copy()
    for c in FINDING_NUMBERS:
        if c not in out.columns or f"{c}_exact" in out.columns:
            continue
        exact = pd.array([None if (v is None or v is pd.NA or (isinstance(v, float) and v != v)) else str(v)
                          for v in out[c]], dtype=STR)
        pos = out.columns.get_loc(c) + 1
        out[c] = np.array([_as_float(v) for v in out[c]], dtype="float64")
        out.insert(pos, f"{c}_exact", exact)
    for c in FINDING_SPANS:
        if c not in out.columns or f"{c}_start" in out.columns:
            continue
        pos = out.columns.get_loc(c) + 1
        out.insert(pos, f"{c}_start", pd.array([_span_part(v, 0) for v in out[c]], dtype="Int64"))
        out.insert(pos + 1, f"{c}_end", pd.array([_span_part(v, 1) for v in out[c]], dtype="Int64"))
    return out
