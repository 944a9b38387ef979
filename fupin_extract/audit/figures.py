"""The audit's view of the figures table: each figure with its printed-precision interval, by document."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Dict, List, Optional

import pandas as pd

from fupin_extract.audit.core import Measured, interval_of


def _dec(v: object) -> Optional[Decimal]:
    if v is None or (isinstance(v, float) and v != v) or v is pd.NA:
        return None
    try:
        return Decimal(str(v))
    except (InvalidOperation, ValueError):
        return None


def _opt(v: object) -> Optional[str]:
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return None
    return str(v)


def _measured(r: dict) -> Optional[Measured]:
    value = _dec(r.get("value_exact")) if "value_exact" in r else None
    if value is None:
        value = _dec(r.get("value"))
    if value is None:
        return None
    vmax = _dec(r.get("value_max"))
    unit = _opt(r.get("unit")) or ""
    qual = _opt(r.get("qualifier")) or "exact"
    text = _opt(r.get("text")) or ""
    return Measured(str(r["doc"]), int(r["start"]), int(r["end"]), text, value, unit, qual, vmax,
                    _opt(r.get("indicator")), _opt(r.get("scope")), _opt(r.get("period")),
                    iv=interval_of(text, value, unit, qual, vmax))


def figs_of(figures: pd.DataFrame) -> Dict[str, List[Measured]]:
    """The figures table as :class:`~fupin_extract.audit.core.Measured` figures, grouped by doc."""
    out: Dict[str, List[Measured]] = {}
    if figures is None or not len(figures):
        return out
    cols = list(figures.columns)
    for row in figures.itertuples(index=False, name=None):
        f = _measured(dict(zip(cols, row)))
        if f is not None:
            out.setdefault(f.doc, []).append(f)
    return out
