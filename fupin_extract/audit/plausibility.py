"""Plausibility: figures that cannot be as stated whatever the relation (persons per household
outside a range, a part above its total, shares and rates above 100 %, remaining or lifted above
registered).  :func:`plausible` is the one way a family of rules reports one."""
from __future__ import annotations

from typing import Optional, Sequence

from fupin_extract.audit.context import Context
from fupin_extract.audit.core import Finding, Measured, fmt, fmt_num, quote
from fupin_extract.audit.ledger import Ledger


def plausible(c: Context, led: Ledger, at: Measured, expl: str, rule: str, total: Optional[Measured] = None,
              parts: Optional[Sequence[Measured]] = None) -> None:
    led.record(Finding(c.doc, "plausibility", rule, False, expl, "warning",
                       total.span if total else None, [p.span for p in parts] if parts else [at.span], None,
                       stated=fmt(at.value), sentence=c.sentence(at.start), unit=at.unit))


def persons_per_household(c: Context, led: Ledger) -> None:
    v, n = c.v, c.n
    lo, hi = c.r.plausibility.persons_per_household
    for a, b in zip(v.figs, v.figs[1:]):
        if a.unit != "户" or b.unit != "人" or n[a.end:b.start].strip(" \t\u3000"):
            continue
        if a.value == 0 and b.value == 0:
            continue
        ratio = None if a.value == 0 else b.value / a.value
        if ratio is not None and lo <= ratio <= hi:
            continue
        per = "∞" if ratio is None else fmt_num(ratio, 2)
        led.record(Finding(c.doc, "plausibility", "plausibility.persons_per_household", False,
                           f"{quote(a)}{quote(b)}: {per} persons per household, outside {fmt(lo)}–{fmt(hi)}",
                           "warning", a.span, [b.span], None, stated=fmt(b.value),
                           recomputed=None if ratio is None else fmt_num(ratio, 4),
                           sentence=c.sentence(a.start), unit="人/户"))


def parts_over_total(c: Context, led: Ledger) -> None:
    figs = {f.start: f for f in c.v.figs}
    for f in list(led.findings):
        if f.kind != "sum" or not f.total or not f.parts or f.holds is not False:
            continue
        t = figs.get(f.total[0])
        if t is None or t.iv.hi is None:
            continue
        for p in f.parts:
            pf = figs.get(p[0])
            if pf is not None and pf.iv.lo > t.iv.hi:
                plausible(c, led, pf, f"part {quote(pf)} is larger than its total {quote(t)}",
                          "plausibility.part_over_total", total=t, parts=[pf])


RULES = (persons_per_household, parts_over_total)
