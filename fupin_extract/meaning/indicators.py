"""Indicator definitions and cue rules from ``patterns/indicators.yaml``.

The loader and its typed records live in :mod:`fupin_extract.rules.indicators` (rules sit
below every step); their names stay importable from here.

>>> cat = catalog()
>>> cat.loc[cat["id"] == "poor_households", "label"].item()
'建档立卡贫困户数'
"""
from __future__ import annotations

from typing import Optional

import pandas as pd

from fupin_extract.rules.indicators import (DIMENSIONS, Indicator, IndicatorSet, Rule,  # noqa: F401
                                            indicator_set, load_indicators)


def catalog(folder: Optional[str] = None) -> pd.DataFrame:
    """One row per indicator: id, label (Chinese), dimension, unit, description."""
    s = indicator_set(folder)
    rows = [{"id": i.id, "label": i.label, "dimension": i.dimension, "unit": i.unit, "description": i.description}
            for i in s.indicators.values()]
    return pd.DataFrame(rows, columns=["id", "label", "dimension", "unit", "description"]).astype("string")
