"""Planted errors (issue 13): the seen documents with one figure of a holding gold relation misprinted,
their gold updated, so that the audit's failing recall and alarm precision are measured on many
failing relations instead of the few the corpora hold.

* ``plant_total_rN``: round N; per document one holding gold relation (sum, share, growth, ratio) gets
  its total (or its rate) misprinted — one Arabic digit changed, clearly outside the rounding
  tolerance; the relation's ``holds`` becomes false and it is marked ``planted``.
* ``plant_part_rN``: the same with one of its parts.
* ``plant_near_rN``: a rounded figure of a holding relation changed by one in its last printed digit,
  inside the tolerance of every relation that uses it: every verdict stays, no alarm may appear.
* ``plant_elsewhere_rN``: one figure of no gold relation misprinted: no alarm may appear.

Every gold relation that uses the changed figure is recomputed by the guidelines' rounding rule (each
printed number the interval of values that round to it, whole counts without multiplier exact); a
candidate whose verdicts cannot be recomputed (approximate figures, growth without a rate, a relation
this module's arithmetic does not reproduce) or that lands near a tolerance edge is not planted.
Each round takes, per document, the next relation of a seeded shuffle, so the rounds together plant
most holding relations once.

    python tests/morph_audit14.py [NAME …]   # planted failing recall, alarm precision, new alarms
"""
from __future__ import annotations

import math
import random
import re
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from morph import Edit, Variant, apply

ROUNDS = 8
ARITHMETIC = {"sum", "share", "growth", "ratio"}
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_MARGIN = 0.02      # a planted relation misses its stated value by at least this share of it
_EDGE = 0.002       # a recomputed verdict this close to a tolerance edge is not trusted

Span = Tuple[int, int]
Interval = Tuple[float, float]


def _rng(doc: str, salt: str) -> random.Random:
    return random.Random(f"{doc}:audit14:{salt}")


def _key(span) -> Optional[Span]:
    return tuple(span) if span else None


# --- the rounding rule ---------------------------------------------------------------------------

def _number(fig: dict) -> Optional[re.Match]:
    found = list(_NUMBER.finditer(fig["text"]))
    return found[0] if len(found) == 1 else None


def _interval(fig: dict, text: Optional[str] = None, rate: bool = False) -> Optional[Interval]:
    """The values ``fig`` (printed as ``text``) stands for; None when not an Arabic number."""
    if fig.get("qualifier") not in (None, "exact"):
        return None
    text = fig["text"] if text is None else text
    m = _number({"text": text})
    if not m or float(m.group(0)) == 0:
        return None
    orig = _number(fig)
    mult = float(fig["value"]) / float(orig.group(0)) if orig and float(orig.group(0)) else 1.0
    value = float(m.group(0)) * mult
    decimals = len(m.group(0).split(".")[1]) if "." in m.group(0) else 0
    rounded = rate or decimals or abs(mult - 1) > 1e-9 or fig.get("unit") == "%"
    half = 0.5 * 10 ** -decimals * mult if rounded else 0.0
    return (value - half, value + half)


def _div(a: Interval, b: Interval) -> Interval:
    return (a[0] / b[1], a[1] / b[0])


def _scale(a: Interval, k: float) -> Interval:
    return (a[0] * k, a[1] * k)


def _computed(kind: str, total: Optional[Interval], parts: List[Interval]) -> Optional[Interval]:
    """The interval of the relation's result from its inputs (before any unit factor)."""
    if kind == "sum" and parts:
        return (sum(p[0] for p in parts), sum(p[1] for p in parts))
    if kind == "share" and total and parts:
        return _div((sum(p[0] for p in parts), sum(p[1] for p in parts)), total)
    if kind == "ratio" and len(parts) == 2:
        return _div(parts[0], parts[1])
    if kind == "growth" and len(parts) == 2:
        q = _div(parts[1], parts[0])
        return (q[0] - 1, q[1] - 1)
    return None


def _stated(r: dict, values: Dict[Span, Interval]) -> Optional[Interval]:
    return values.get(_key(r.get("total"))) if r["kind"] == "sum" else values.get(_key(r.get("rate")))


def _factor(r: dict, values: Dict[Span, Interval]) -> float:
    """The unit factor of a rate (100 for %, 1 for 元/人 …), a power of ten read from the original."""
    if r["kind"] == "sum":
        return 1.0
    got, stated = _computed(r["kind"], values.get(_key(r.get("total"))), _inputs(r, values)), _stated(r, values)
    if got is None or stated is None:
        return 1.0
    mid, s = (got[0] + got[1]) / 2, (stated[0] + stated[1]) / 2
    return 10.0 ** round(math.log10(abs(s / mid))) if mid and s else 1.0


def _inputs(r: dict, values: Dict[Span, Interval]) -> Optional[List[Interval]]:
    parts = [values.get(_key(p)) for p in r.get("parts") or []]
    return None if any(p is None for p in parts) else parts


def verdict(r: dict, values: Dict[Span, Interval], factor: float) -> Optional[float]:
    """The gap between the recomputed and the stated interval, as a share of the stated value:
    0 when they overlap, negative (−distance to the nearer edge) when well inside; None when this
    module cannot recompute ``r``."""
    parts = _inputs(r, values)
    stated = _stated(r, values)
    total = values.get(_key(r.get("total")))
    if parts is None or stated is None or (r["kind"] == "share" and total is None):
        return None
    if r["kind"] == "sum" and len(parts) == 1:  # 其中 one part: a subset, not more than its total
        size = max(abs(stated[1]), 1e-9)
        return (parts[0][0] - stated[1]) / size if parts[0][0] > stated[1] else -1.0
    got = _computed(r["kind"], total, parts)
    if got is None or got[0] <= 0 and r["kind"] != "growth":
        return None
    got = _scale(got, factor)
    size = max(abs(stated[0]), abs(stated[1]), 1e-9)
    if got[1] < stated[0]:
        return (stated[0] - got[1]) / size
    if got[0] > stated[1]:
        return (got[0] - stated[1]) / size
    inside = min(got[1] - stated[0], stated[1] - got[0])
    return -inside / size


# --- one document's relations --------------------------------------------------------------------

class Book:
    """The gold of one variant: figures by span, their intervals, the relations that use each span."""

    def __init__(self, v: Variant):
        self.v = v
        self.figs = {(g["start"], g["end"]): g for g in v.figures}
        rates = {_key(r.get("rate")) for r in v.relations if r.get("rate")}
        self.values = {s: _interval(g, rate=s in rates) for s, g in self.figs.items()}
        self.values = {s: i for s, i in self.values.items() if i}
        self.uses: Dict[Span, List[int]] = {}
        for i, r in enumerate(v.relations):
            for s in self.spans(r):
                self.uses.setdefault(s, []).append(i)
        self.factors = {}
        self.trusted = set()
        for i, r in enumerate(v.relations):
            if r["kind"] not in ARITHMETIC or _inputs(r, self.values) is None or _stated(r, self.values) is None:
                continue
            if r["kind"] == "share" and not self.values.get(_key(r.get("total"))):
                continue
            self.factors[i] = _factor(r, self.values)
            gap = verdict(r, self.values, self.factors[i])
            if gap is not None and r["holds"] is not None and (gap <= 0) == bool(r["holds"]):
                self.trusted.add(i)

    @staticmethod
    def spans(r: dict) -> List[Span]:
        out = [_key(r.get(k)) for k in ("total", "rate") if r.get(k)]
        return out + [_key(p) for p in r.get("parts") or []]

    def anchored(self, i: int) -> bool:
        r = self.v.relations[i]
        return bool(r.get("total") or r.get("rate"))

    def verdicts(self, span: Span, new: Interval) -> Optional[Dict[int, bool]]:
        """The verdict of every relation using ``span`` once its figure reads ``new``; None when one
        of them cannot be recomputed or lands near a tolerance edge."""
        values = {**self.values, span: new}
        out = {}
        for i in self.uses.get(span, []):
            r = self.v.relations[i]
            if r["holds"] is None:
                continue
            if i not in self.trusted:
                return None
            gap = verdict(r, values, self.factors[i])
            if gap is None or abs(gap) < _EDGE:
                return None
            out[i] = gap <= 0
        return out


def _digit_edits(fig: dict) -> List[Tuple[int, str]]:
    """(offset in the figure's text, new text) for every one-digit change of its number."""
    m = _number(fig)
    if not m:
        return []
    out = []
    for k in range(m.start(), m.end()):
        ch = fig["text"][k]
        if not ch.isdigit():
            continue
        for d in "0123456789":
            if d == ch or (d == "0" and k == m.start()):
                continue
            out.append((k, fig["text"][:k] + d + fig["text"][k + 1:]))
    return out


def _last_digit_edits(fig: dict) -> List[Tuple[int, str]]:
    m = _number(fig)
    if not m:
        return []
    k = m.end() - 1
    ch = int(fig["text"][k])
    return [(k, fig["text"][:k] + str(d) + fig["text"][k + 1:]) for d in (ch - 1, ch + 1) if 0 <= d <= 9
            and not (d == 0 and k == m.start())]


def _value(fig: dict, new_text: str) -> float:
    m, orig = _number({"text": new_text}), _number(fig)
    return float(fig["value"]) * float(m.group(0)) / float(orig.group(0))


def _planted(book: Book, span: Span, new_text: str, verdicts: Dict[int, bool], planted: Optional[int],
             note: str) -> Variant:
    fig = book.figs[span]
    k = next(i for i, (a, b) in enumerate(zip(fig["text"], new_text)) if a != b)
    v = apply(book.v, [Edit(span[0] + k, 1, new_text[k], inside=True)])
    value = _value(fig, new_text)
    value = int(value) if float(value).is_integer() else float(Decimal(repr(value)).normalize())
    v.figures = [{**g, "value": value} if (g["start"], g["end"]) == span else g for g in v.figures]
    rels = []
    for i, r in enumerate(v.relations):
        if i in verdicts:
            r = {**r, "holds": verdicts[i]}
            if not verdicts[i]:
                r["note"] = f"{r.get('note', '')} [{note}: {fig['text']}→{new_text}]"
        if i == planted:
            r["planted"] = True
        rels.append(r)
    v.relations = rels
    return v


# --- choosing what to plant ----------------------------------------------------------------------

def _role_spans(r: dict, role: str) -> List[Span]:
    if role == "total":
        return [_key(r[k]) for k in ("total", "rate") if r.get(k)]
    return [_key(p) for p in r.get("parts") or []]


def _misprints(book: Book, i: int, role: str, rng: random.Random):
    """(span, new text, verdicts) for a misprint that makes relation ``i`` fail clearly."""
    r = book.v.relations[i]
    values = book.values
    out = []
    for span in _role_spans(r, role):
        fig = book.figs.get(span)
        if not fig or span not in values:
            continue
        for _, new_text in _digit_edits(fig):
            new = _interval(fig, new_text, rate=span == _key(r.get("rate")))
            if not new:
                continue
            change = abs(new[0] + new[1] - values[span][0] - values[span][1]) / abs(values[span][0] + values[span][1])
            if not 0.01 <= change <= 0.5:
                continue
            got = book.verdicts(span, new)
            if got is None or got.get(i) is not False:
                continue
            if verdict(r, {**values, span: new}, book.factors[i]) < _MARGIN:
                continue
            out.append((span, new_text, got))
    return out


def _nudges(book: Book, i: int, rng: random.Random):
    """(span, new text, verdicts) for a last-digit change inside every tolerance: no verdict moves."""
    r = book.v.relations[i]
    out = []
    for span in Book.spans(r):
        fig = book.figs.get(span)
        if not fig or span not in book.values or book.values[span][0] == book.values[span][1]:
            continue
        for _, new_text in _last_digit_edits(fig):
            new = _interval(fig, new_text, rate=span == _key(r.get("rate")))
            got = book.verdicts(span, new)
            if got is None or any(got[j] != bool(book.v.relations[j]["holds"]) for j in got):
                continue
            out.append((span, new_text, got))
    return out


def _order(book: Book, salt: str) -> List[int]:
    rels = [i for i, r in enumerate(book.v.relations)
            if r["holds"] is True and r["kind"] in ARITHMETIC and book.anchored(i) and i in book.trusted]
    _rng(book.v.doc, salt).shuffle(rels)
    return rels


def _draw(v: Variant, salt: str, round_: int, found: Callable[[Book, int, random.Random], list],
          note: str, mark: bool, seed: str = "") -> Variant:
    """Round ``round_``: the ``round_``-th relation (seeded order) that ``found`` can change, changed;
    ``v`` itself when fewer can."""
    book = Book(v)
    rng = _rng(v.doc, f"{salt}:{round_}{seed}")
    able = [(i, c) for i in _order(book, salt + seed) for c in [found(book, i, rng)] if c]
    if round_ >= len(able):
        return v
    i, candidates = able[round_]
    span, new_text, got = rng.choice(candidates)
    return _planted(book, span, new_text, got, i if mark else None, note)


def plant(v: Variant, role: str, round_: int, seed: str = "") -> Variant:
    """Round ``round_`` of ``role`` misprints (total / part) in ``v``; another ``seed`` draws other relations in
    another order and other digits (``plant2_*``: a second instance, never debugged on)."""
    return _draw(v, role, round_, lambda b, i, rng: _misprints(b, i, role, rng), f"planted {role}", True, seed)


def plant_near(v: Variant, round_: int) -> Variant:
    return _draw(v, "near", round_, _nudges, "near", False)


def plant_elsewhere(v: Variant, round_: int) -> Variant:
    book = Book(v)
    free = [s for s in book.figs if s not in book.uses and s in book.values and _digit_edits(book.figs[s])
            and not book.figs[s].get("optional")]
    rng = _rng(v.doc, f"elsewhere:{round_}")
    rng.shuffle(free)
    for span in free[round_:] + free[:round_]:
        fig = book.figs[span]
        edits = [t for _, t in _digit_edits(fig)
                 if 0.02 <= abs(_value(fig, t) - float(fig["value"])) / float(fig["value"]) <= 0.5]
        if edits:
            return _planted(book, span, rng.choice(edits), {}, None, "elsewhere")
    return v


TRANSFORMS: Dict[str, Callable[[Variant], Variant]] = {}
for _r in range(ROUNDS):
    TRANSFORMS[f"plant_total_r{_r}"] = lambda v, r=_r: plant(v, "total", r)
    TRANSFORMS[f"plant_part_r{_r}"] = lambda v, r=_r: plant(v, "part", r)
for _r in range(ROUNDS):
    TRANSFORMS[f"plant2_total_r{_r}"] = lambda v, r=_r: plant(v, "total", r, ":second")
    TRANSFORMS[f"plant2_part_r{_r}"] = lambda v, r=_r: plant(v, "part", r, ":second")
for _r in range(4):
    TRANSFORMS[f"plant_near_r{_r}"] = lambda v, r=_r: plant_near(v, r)
    TRANSFORMS[f"plant_elsewhere_r{_r}"] = lambda v, r=_r: plant_elsewhere(v, r)


# --- scoring -------------------------------------------------------------------------------------

def _overlaps(a, b) -> bool:
    return bool(a and b) and a[0] < b[1] and b[0] < a[1]


def _anchor(r: dict):
    return r.get("total") or r.get("rate")


def _same(a: dict, b: dict) -> bool:
    """Two relations on one stated result: their totals or their rates overlap (score.py anchors on the total,
    else the rate; the gold writes one incidence as a share of its base, another as a ratio with no total, and
    the audit writes each one way — both are the relation)."""
    return any(_overlaps(a.get(k), b.get(k)) for k in ("total", "rate")) or _overlaps(_anchor(a), _anchor(b))


def findings_of(variants: Sequence[Variant]) -> Dict[str, List[dict]]:
    """The system's arithmetic findings, by document."""
    import json

    import morph

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        morph._write(variants, tmp / "corpus", tmp / "gold")
        paths = morph._system(tmp / "corpus", tmp)
        rows = [json.loads(line) for line in paths["relations"].read_text(encoding="utf-8").splitlines() if line]
    out: Dict[str, List[dict]] = {}
    for row in rows:
        if row.get("kind") in ARITHMETIC:
            out.setdefault(str(row["doc"]), []).append(row)
    return out


def planted_scores(variants: Sequence[Variant]) -> Dict[str, object]:
    """planted: relations planted; reported: of them reported failing; alarms; real: alarms on a
    failing gold relation; false: the others (doc, explanation)."""
    found = findings_of(variants)
    alarms = {d: [a for a in rows if a.get("holds") is False] for d, rows in found.items()}
    planted = reported = real = 0
    false, missed = [], []
    for v in variants:
        failing = [r for r in v.relations if r.get("holds") is False]
        mine = alarms.get(v.doc, [])
        for r in v.relations:
            if r.get("planted"):
                planted += 1
                if any(_same(r, a) for a in mine):
                    reported += 1
                else:
                    a, b = _anchor(r)
                    said = [(f.get("rule"), f.get("holds"), str(f.get("explanation"))[:100]) for f in found.get(v.doc, [])
                            if _same(r, f)]
                    missed.append((v.doc, r["kind"], r.get("note", ""), "\n      TEXT " +
                                   v.text[max(0, a - 120):b + 60].replace("\n", "⏎"), "\n      SAID", said))
        for a in mine:
            if any(_same(a, r) for r in failing):
                real += 1
            else:
                false.append((v.doc, a.get("kind"), str(a.get("explanation", ""))[:160]))
    n = sum(len(x) for x in alarms.values())
    return {"planted": planted, "reported": reported, "alarms": n, "real": real, "false": false, "missed": missed}


if __name__ == "__main__":
    import sys

    import morph

    verbose = "-v" in sys.argv
    names = [a for a in sys.argv[1:] if not a.startswith("-")]
    base = morph.load_seen()
    for name, fn in TRANSFORMS.items():
        if names and not any(name.startswith(n) for n in names):
            continue
        s = planted_scores([fn(v) for v in base])
        rec = s["reported"] / s["planted"] if s["planted"] else float("nan")
        prec = s["real"] / s["alarms"] if s["alarms"] else float("nan")
        print(f"{name:<22} planted {s['planted']:>3} reported {s['reported']:>3} recall {rec:.3f}  "
              f"alarms {s['alarms']:>3} real {s['real']:>3} precision {prec:.3f}", flush=True)
        if verbose:
            for m in s["missed"]:
                print("   missed", *m)
            for f in s["false"]:
                print("   false ", *f)
