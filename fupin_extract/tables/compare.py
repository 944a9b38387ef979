"""The cross-township comparison table: one row per report, one column per indicator.

:func:`compare` picks, for each document and indicator, the headline value stated for the
reporting unit itself (no scope): counts and rates take the figure whose period is the
report's year, else one whose span ends in it, else the most recent, the first stated on a
tie; money amounts take the largest amount stated for the unit itself.  Parts of a
breakdown (after 其中) come after totals.  :func:`compare_long` gives the chosen figure of every cell with
its text, sentence and offsets so a reader can check it.

>>> import fupin_extract as fx                                   # doctest: +SKIP
>>> fx.compare(fx.read("corpora"))[["doc", "poor_households"]]   # doctest: +SKIP
"""
from __future__ import annotations

from typing import List, Optional

import pandas as pd

from fupin_extract.rules.indicators import indicator_set
from fupin_extract.rules.loader import load_patterns

ID_COLUMNS = ["doc", "place", "level", "county", "province", "year"]
LONG_COLUMNS = {
    "doc": "string", "indicator": "string", "value": "float64", "unit": "string", "text": "string",
    "qualifier": "string", "period": "string", "start": "int64", "end": "int64", "sentence": "string",
    "rule": "string", "candidates": "int64",
}


def _period_rank(period: Optional[str], year: Optional[int]) -> tuple:
    if period is None or pd.isna(period) or period == "":
        return (2, 0)
    p = str(period)
    last = p.split("-")[-1]
    try:
        last_y = int(last)
    except ValueError:
        return (2, 0)
    if year is not None:
        if p == str(year):
            return (0, 0)
        if last_y == year:
            return (1, 0)
    return (3, -last_y)


def _in_own_unit(iset, ind: str, value: float, unit: str) -> tuple:
    """``value`` in the indicator's own unit where units.yaml says how (31000亩 → 20.67 平方公里);
    as stated otherwise."""
    own = iset.indicators[ind].unit if ind in iset.indicators else unit
    converted = load_patterns().units.convert(value, unit, own)
    return (value, unit) if converted is None else (float(f"{converted:.9g}"), own)


def compare_long(corpus) -> pd.DataFrame:
    """The figure chosen for every (document, indicator) cell, with its evidence."""
    iset = indicator_set()
    figs = corpus.figures
    docs = corpus.documents.set_index("doc") if len(corpus.documents) else None
    rows: List[dict] = []
    f = figs[figs["indicator"].notna() & figs["scope"].isna()]
    for (doc, ind), grp in f.groupby(["doc", "indicator"], sort=True):
        year = None
        if docs is not None and doc in docs.index:
            y = docs.at[doc, "year"]
            year = int(y) if not pd.isna(y) else None
        money = iset.indicators.get(ind) is not None and iset.indicators[ind].dimension == "money"
        best = None
        for r in grp.itertuples(index=False):
            sent_before = str(r.sentence)[: max(0, r.start - r.sentence_start)]
            part = "其中" in sent_before  # a part of a breakdown, not the headline
            if money:  # amounts: the largest stated for the unit itself, whatever span it covers
                key = (part, -r.value, r.start)
            else:
                key = (_period_rank(r.period, year), part, 0 if r.qualifier == "exact" else 1, r.start)
            if best is None or key < best[0]:
                best = (key, r)
        r = best[1]
        value, unit = _in_own_unit(iset, ind, r.value, r.unit)
        rows.append({"doc": doc, "indicator": ind, "value": value, "unit": unit, "text": r.text,
                     "qualifier": r.qualifier, "period": r.period, "start": r.start, "end": r.end,
                     "sentence": r.sentence, "rule": r.rule, "candidates": len(grp)})
    df = pd.DataFrame(rows, columns=list(LONG_COLUMNS))
    return df.astype(LONG_COLUMNS)


def compare(corpus) -> pd.DataFrame:
    """One row per document (doc, place, level, county, province, year), one column per indicator.

    Every comparable indicator of ``patterns/indicators.yaml`` has a column (float64, NaN when
    the report does not state it), in the order of that file.  Generic rates marked
    ``comparable: false`` (``share``, ``growth_rate``: a share of what, a growth of what, differs
    from report to report) are left out; :func:`compare_long` still lists them.
    """
    long = compare_long(corpus)
    iset = indicator_set()
    base = corpus.documents[ID_COLUMNS].copy() if len(corpus.documents) else pd.DataFrame(columns=ID_COLUMNS)
    wide = long.pivot(index="doc", columns="indicator", values="value") if len(long) else pd.DataFrame()
    out = base.set_index("doc")
    for ind, spec in iset.indicators.items():
        if not spec.comparable:
            continue
        col = wide[ind] if ind in wide.columns else pd.Series(dtype="float64")
        out[ind] = col.reindex(out.index).astype("float64")
    return out.reset_index()
