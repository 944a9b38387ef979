"""Audit: the arithmetic a report asserts, recomputed, and checks across reports.

>>> import fupin_extract as fx                                      # doctest: +SKIP
>>> findings = fx.audit.audit(fx.read("corpora"))                   # doctest: +SKIP
>>> findings[findings.holds == False][["doc", "kind", "explanation"]]  # doctest: +SKIP

One row per finding (columns and dtypes: :data:`FINDING_COLUMNS`):

* within a report (:mod:`fupin_extract.audit.relations`): sums, shares, growth, per-unit
  figures, balances — found from the text's structure (其中, 共计, 占…的, 与…相比 …), recomputed
  with exact decimals and a tolerance from the printed precision — and plausibility checks;
* across reports (:mod:`fupin_extract.audit.corpus`): conflicting values of one place and
  year, cumulative indicators that fall, copied passages between places, leftover
  placeholders, and a digit screen of money figures (``kind="screen"``: a screen, not a finding).

``holds`` is True/False, or missing (<NA>) when the text does not give enough to tell.
Spans (``total``, ``parts``, ``rate``) are ``[start, end]`` lists into the report's original
text (``corpus.texts[doc]``); ``parts`` is a list of them.  ``stated``, ``recomputed``,
``difference`` and ``tolerance`` are exact decimals written as strings (base units).
"""
from __future__ import annotations

import json
from typing import Dict, Iterable, List, Optional

import pandas as pd

from fupin_extract.audit.core import DocView, Finding
from fupin_extract.audit.corpus import corpus_findings
from fupin_extract.audit.figures import figs_of
from fupin_extract.audit.gate import ARITHMETIC, gate
from fupin_extract.audit.relations import find_relations
from fupin_extract.rules.relations import RelationRules, relation_rules

STR = pd.StringDtype()

#: column → dtype of the findings table
FINDING_COLUMNS = {
    "doc": STR,
    "kind": STR,        # sum share growth ratio per_unit balance plausibility conflict decrease copied_text placeholder screen
    "rule": STR,        # the rule id, e.g. sum.parts_after
    "severity": STR,    # error | warning | info
    "total": object,    # [start, end] or None
    "parts": object,    # [[start, end], ...] or None
    "rate": object,     # [start, end] or None
    "stated": STR,      # the stated result (exact decimal, base units)
    "recomputed": STR,  # what the inputs give (midpoint of the interval)
    "difference": STR,  # recomputed − stated
    "tolerance": STR,   # half-widths of both intervals added ("inf" when open)
    "holds": "boolean",
    "explanation": STR,
    "sentence": STR,
    "unit": STR,
    "other_doc": STR,   # the other report of a cross-report finding
    "confidence": "Float64",  # 0..1: how sure the reading of the structure is; alarms sort by it
    "structure": STR,   # the structural rule in words (total + 其中 parts, parts + 合计 total …)
}

RELATION_KINDS = ("sum", "share", "growth", "ratio", "per_unit", "balance")
KIND_ORDER = {k: i for i, k in enumerate(RELATION_KINDS + ("plausibility", "conflict", "decrease", "exceeds_registered",
                                                           "implausible_year", "copied_text",
                                                           "placeholder", "screen"))}
SPAN_COLUMNS = ("total", "parts", "rate")


def findings_frame(findings: Iterable[Finding]) -> pd.DataFrame:
    rows = []
    for f in findings:
        rows.append({c: getattr(f, c) for c in FINDING_COLUMNS})
    df = pd.DataFrame(rows, columns=list(FINDING_COLUMNS))
    for c, t in FINDING_COLUMNS.items():
        if t is object:
            df[c] = pd.Series([v for v in df[c]], dtype=object, index=df.index)
        elif t == "boolean":
            df[c] = pd.array([None if v is None else bool(v) for v in df[c]], dtype="boolean")
        elif t == "Float64":
            df[c] = pd.array([None if v is None else float(v) for v in df[c]], dtype="Float64")
        else:
            df[c] = df[c].astype(t)
    return df


def audit_texts(texts: Dict[str, str], figures: pd.DataFrame, rules: Optional[RelationRules] = None) -> List[Finding]:
    """Within-report findings of every document."""
    rules = rules or relation_rules()
    by_doc = figs_of(figures)
    out: List[Finding] = []
    for doc, text in texts.items():
        view = DocView(doc, text, by_doc.get(doc, []))
        out.extend(view.original_finding(f) for f in gate(view, find_relations(view, rules), rules))
    return out


def _alarm_rank(f: Finding) -> tuple:
    """Alarms (arithmetic that does not hold) first, the most confident first; then the rest."""
    if f.holds is False and f.kind in ARITHMETIC:
        return (0, -(f.confidence or 0.0))
    return (1, 0.0)


def audit(corpus, *, cross_report: bool = True, rules: Optional[RelationRules] = None) -> pd.DataFrame:
    """All findings of a :class:`~fupin_extract.corpus.Corpus` as a DataFrame (:data:`FINDING_COLUMNS`).

    Rows come doc by doc: first the alarms (sums, shares, growth, ratios that do not hold), the
    most confident first; then relations (sums, shares, growth, per-unit, balances), then
    plausibility checks; then the corpus-level checks.
    """
    rules = rules or relation_rules()
    findings = audit_texts(corpus.texts, corpus.figures, rules)
    order = {d: i for i, d in enumerate(corpus.texts)}
    findings.sort(key=lambda f: (order.get(f.doc, len(order)), *_alarm_rank(f), KIND_ORDER.get(f.kind, 99),
                                 (f.total or f.rate or (f.parts[0] if f.parts else [0]))[0]))
    if cross_report:
        findings.extend(corpus_findings(corpus, rules))
    return findings_frame(findings)


def finding_records(df: pd.DataFrame) -> List[dict]:
    """Rows as plain dicts for JSON: spans as real lists, <NA> as None."""
    out = []
    cols = list(df.columns)
    for row in df.itertuples(index=False, name=None):
        d = {}
        for c, v in zip(cols, row):
            if c in SPAN_COLUMNS:
                d[c] = None if v is None or (isinstance(v, float) and v != v) else v
            elif v is None or v is pd.NA or (isinstance(v, float) and v != v):
                d[c] = None
            elif hasattr(v, "item"):
                d[c] = v.item()
            else:
                d[c] = v
        out.append(d)
    return out


def flat_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy with the span columns as JSON strings (for CSV and xlsx)."""
    out = df.copy()
    for c in SPAN_COLUMNS:
        out[c] = pd.array([None if v is None else json.dumps(v) for v in out[c]], dtype=STR)
    return out
