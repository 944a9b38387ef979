"""Write tables to files: JSON Lines, CSV (UTF-8 with BOM), Parquet, xlsx."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Dict, IO

import pandas as pd

from .tables import json_value

FORMATS = ("jsonl", "csv", "parquet", "xlsx")


def write_jsonl(df: pd.DataFrame, fh: IO[str]) -> None:
    cols = list(df.columns)
    for row in df.itertuples(index=False, name=None):
        fh.write(json.dumps({c: json_value(v) for c, v in zip(cols, row)}, ensure_ascii=False) + "\n")


def write_table(df: pd.DataFrame, path: Path, fmt: str) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        with open(path, "w", encoding="utf-8") as fh:
            write_jsonl(df, fh)
    elif fmt == "csv":
        df.to_csv(path, index=False, encoding="utf-8-sig")
    elif fmt == "parquet":
        df.to_parquet(path, index=False)
    elif fmt == "xlsx":
        with pd.ExcelWriter(path, engine="xlsxwriter",
                            engine_kwargs={"options": {"strings_to_formulas": False, "strings_to_urls": False}}) as xw:
            df.to_excel(xw, sheet_name="data", index=False)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {FORMATS}")
    return path


def write_tables(tables: Dict[str, pd.DataFrame], out_dir: Path, fmt: str) -> Dict[str, Path]:
    """Write each table as ``out_dir/<name>.<fmt>``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return {name: write_table(df, out_dir / f"{name}.{fmt}", fmt) for name, df in tables.items()}


def write_stdout_jsonl(df: pd.DataFrame) -> None:
    write_jsonl(df, sys.stdout)
