"""Score extracted figures and audit relations against a gold folder, exactly as ``score.py`` does.

The scoring functions below follow the yardstick's ``score.py`` line for line (a test runs
both on the same input and compares their output), so ``fupin-extract eval`` prints the
same precision, recall and F1 for figures and, when the gold folder holds
``*.relations.jsonl`` files, the same relations recall, verdict accuracy, alarm precision
and failing-relation recall as ``score.py relations``.
"""
from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import List

from fupin_extract.audit.run import audit, finding_records
from fupin_extract.corpus import read
from fupin_extract.export.writers import write_jsonl


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def same_value(a, b):
    if a is None or b is None:
        return False
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)), abs(float(b)))


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def load_gold(gold_dir, docs=None):
    gold = {}
    for path in sorted(Path(gold_dir).glob("*.jsonl")):
        name = path.name
        if name == "docs.jsonl" or name.endswith(".relations.jsonl"):
            continue
        doc = path.stem
        if docs and doc not in docs:
            continue
        gold[doc] = read_jsonl(path)
    return gold


def _by_doc(rows):
    out = defaultdict(list)
    for row in rows:
        out[str(row["doc"])].append(row)
    return out


def _on_gold(s, grows):
    """The system figure overlaps a gold figure that is not optional."""
    return any(overlaps(s["_span"], g["_span"]) for g in grows if not g.get("optional"))


def _live(srows, grows):
    """The system figures that count: a system figure that only overlaps optional gold is ignored."""
    return [s for s in srows if not any(g.get("optional") and overlaps(s["_span"], g["_span"]) for g in grows)
            or _on_gold(s, grows)]


def _score_hit(g, s, counts, errors):
    """Scope, period and indicator of a gold figure the system found (``s``)."""
    counts["fig_tp"] += 1
    gs, ss = (g.get("scope") or "").strip(), (s.get("scope") or "").strip()
    if (not gs and not ss) or (gs and ss and (gs in ss or ss in gs)):
        counts["scope_tp"] += 1
    else:
        errors.append(f"  scope {g['text']!r}@{g['start']}: gold {gs or '-'} system {ss or '-'}")
    if g.get("period"):
        counts["per_gold"] += 1
        if str(s.get("period") or "") == g["period"]:
            counts["per_tp"] += 1
        else:
            errors.append(f"  period {g['text']!r}@{g['start']}: gold {g['period']} system {s.get('period')}")
    if g.get("indicator"):
        counts["ind_gold"] += 1
        if s.get("indicator") == g["indicator"]:
            counts["ind_tp"] += 1
        else:
            errors.append(f"  indicator {g['text']!r}@{g['start']}: gold {g['indicator']} system {s.get('indicator')}")


def _score_gold(g, live, used, counts, errors):
    """One gold figure (not optional): detected, found with its value and unit, or missed."""
    det = [s for s in live if overlaps(s["_span"], g["_span"])]
    hit = [s for s in det if id(s) not in used and same_value(s.get("value"), g["value"])
           and s.get("unit") == g["unit"]]
    counts["gold"] += 1
    if det:
        counts["det_tp"] += 1
    if hit:
        used.add(id(hit[0]))
        _score_hit(g, hit[0], counts, errors)
        return
    if g.get("indicator"):
        counts["ind_gold"] += 1
    got = ", ".join(f"{s.get('text')!r}={s.get('value')} {s.get('unit')}" for s in det) or "nothing"
    errors.append(f"  missed {g['text']!r}@{g['start']} = {g['value']} {g['unit']} (system: {got})")


def _score_doc(grows, srows):
    """Counts and error lines of one document."""
    counts = defaultdict(int)
    used = set()
    for g in grows:
        g["_span"] = (g["start"], g["end"])
    for s in srows:
        s["_span"] = (int(s["start"]), int(s["end"]))
    errors = []
    live = _live(srows, grows)
    for g in grows:
        if not g.get("optional"):
            _score_gold(g, live, used, counts, errors)
    det_spans_hit = sum(1 for s in live if _on_gold(s, grows))
    counts["sys"] = len(live)
    counts["det_fp"] = len(live) - det_spans_hit
    counts["fig_fp"] = len(live) - counts["fig_tp"]
    counts["ind_sys"] = sum(1 for s in live if s.get("indicator"))
    for s in live:
        if id(s) not in used and not _on_gold(s, grows):
            errors.append(f"  false {s.get('text')!r}@{s['start']} = {s.get('value')} {s.get('unit')}")
    return counts, errors


def _print_figure_summary(totals):
    p, r, f = prf(totals["fig_tp"], totals["fig_fp"], totals["gold"] - totals["fig_tp"])
    ip, ir, if1 = prf(totals["ind_tp"], totals["ind_sys"] - totals["ind_tp"], totals["ind_gold"] - totals["ind_tp"])
    per = totals["per_tp"] / totals["per_gold"] if totals["per_gold"] else 0.0
    print(f"figure P={p:.3f} R={r:.3f} F1={f:.3f}; indicator P={ip:.3f} R={ir:.3f} F1={if1:.3f}; "
          f"period accuracy={per:.3f} ({totals['per_tp']}/{totals['per_gold']}); "
          f"scope accuracy={totals['scope_tp'] / totals['fig_tp'] if totals['fig_tp'] else 0.0:.3f}")
    return f, if1


def score_figures(gold_dir, system_path, docs=None, show_errors=False):
    gold = load_gold(gold_dir, docs)
    system = _by_doc(read_jsonl(system_path))
    totals = defaultdict(int)
    print(f"{'doc':<22}{'gold':>6}{'sys':>6}{'det F1':>9}{'fig P':>8}{'fig R':>8}{'fig F1':>8}{'ind F1':>8}")
    for doc, grows in gold.items():
        counts, errors = _score_doc(grows, system.get(doc, []))
        for k, v in counts.items():
            totals[k] += v
        _print_row(doc, counts)
        if show_errors and errors:
            print("\n".join(errors))
    print("-" * 75)
    _print_row("ALL", totals)
    return _print_figure_summary(totals)


def _print_row(name, c):
    _, _, det_f = prf(c["det_tp"], c["det_fp"], c["gold"] - c["det_tp"])
    p, r, f = prf(c["fig_tp"], c["fig_fp"], c["gold"] - c["fig_tp"])
    _, _, inf = prf(c["ind_tp"], c["ind_sys"] - c["ind_tp"], c["ind_gold"] - c["ind_tp"])
    print(f"{name:<22}{c['gold']:>6}{c['sys']:>6}{det_f:>9.3f}{p:>8.3f}{r:>8.3f}{f:>8.3f}{inf:>8.3f}")


def _span(x):
    return tuple(x) if x else None


def _anchor(r):
    """The span a relation is found by: its total, else its rate."""
    return _span(r.get("total")) or _span(r.get("rate"))


def _match(g, srows):
    """The system finding of gold relation ``g``: its anchor overlaps, and so do half its parts at least."""
    anchor = _anchor(g)
    parts = [tuple(p) for p in g.get("parts") or []]
    for s in srows:
        sa = _anchor(s)
        if not anchor or not sa or not overlaps(anchor, sa):
            continue
        sparts = [tuple(p) for p in s.get("parts") or []]
        covered = sum(1 for p in parts if any(overlaps(p, q) for q in sparts))
        if not parts or covered * 2 >= len(parts):
            return s
    return None


def _score_found(gold, system):
    """(found, verdicts known, verdicts right, gold relations); prints the missed and the wrong."""
    found = verdict_known = verdict_right = n = 0
    for doc, rels in gold.items():
        for g in rels:
            n += 1
            match = _match(g, system.get(doc, []))
            if match is None:
                print(f"  missed {doc} {g['kind']} {g.get('note', '')}")
                continue
            found += 1
            if g.get("holds") is None:
                continue
            verdict_known += 1
            if bool(match.get("holds")) == bool(g["holds"]):
                verdict_right += 1
            else:
                print(f"  wrong verdict {doc} {g['kind']} {g.get('note', '')}: system holds={match.get('holds')}")
    return found, verdict_known, verdict_right, n


def _score_alarms(gold, system):
    """Alarms: arithmetic findings said not to hold. One is real when its total (or rate) overlaps a gold
    relation that does not hold; a failing gold relation is reported when such an alarm overlaps it.
    Returns (alarms, real, reported, failing); prints the false alarms."""
    alarms = real = 0
    failing = [(doc, g) for doc, rels in gold.items() for g in rels if g.get("holds") is False]
    reported = set()
    for doc, rows in system.items():
        for s in rows:
            if s.get("kind") not in ARITHMETIC or s.get("holds") is not False:
                continue
            alarms += 1
            sa = _anchor(s)
            hits = [i for i, (d, g) in enumerate(failing) if d == doc and sa and _anchor(g) and overlaps(sa, _anchor(g))]
            if hits:
                real += 1
                reported.update(hits)
            else:
                print(f"  false alarm {doc} {s.get('kind')} {str(s.get('explanation', ''))[:80]}")
    return alarms, real, reported, failing


def score_relations(gold_dir, system_path):
    gold = defaultdict(list)
    for path in sorted(Path(gold_dir).glob("*.relations.jsonl")):
        gold[path.name[: -len(".relations.jsonl")]] = read_jsonl(path)
    system = _by_doc(read_jsonl(system_path))
    found, verdict_known, verdict_right, n = _score_found(gold, system)
    recall = found / n if n else 0.0
    acc = verdict_right / verdict_known if verdict_known else 0.0
    alarms, real, reported, failing = _score_alarms(gold, system)
    precision = real / alarms if alarms else 0.0
    fail_recall = len(reported) / len(failing) if failing else 0.0
    print(f"relations recall={recall:.3f} ({found}/{n}) verdict accuracy={acc:.3f} ({verdict_right}/{verdict_known}) "
          f"alarm precision={precision:.3f} ({real}/{alarms}) failing recall={fail_recall:.3f} ({len(reported)}/{len(failing)})")
    return recall, acc


ARITHMETIC = {"sum", "share", "growth", "ratio"}


def evaluate_figures(gold_dir: Path, corpus_dirs: List[Path], show_errors: bool = False) -> int:
    """Extract figures from ``corpus_dirs`` and print the score against ``gold_dir``."""
    corpus = read(corpus_dirs)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        write_jsonl(corpus.figures, fh)
        path = fh.name
    try:
        score_figures(str(gold_dir), path, None, show_errors)
    finally:
        Path(path).unlink(missing_ok=True)
    if any(Path(gold_dir).glob("*.relations.jsonl")):
        evaluate_relations(Path(gold_dir), corpus)
    return 0


def evaluate_relations(gold_dir: Path, corpus) -> tuple:
    """Audit ``corpus`` (within-report relations) and print the score of ``score.py relations``."""
    rows = finding_records(audit(corpus, cross_report=False))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        path = fh.name
    try:
        return score_relations(str(gold_dir), path)
    finally:
        Path(path).unlink(missing_ok=True)
