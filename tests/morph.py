"""Metamorphic scoring: the seen documents rewritten in ways a report never seen may be written,
with their gold carried along, scored by ``tests/gold/score.py``.

A *variant* of a document is its text, gold figures, gold relations and gold metadata.  An
:class:`Edit` replaces ``delete`` characters at ``pos`` with ``insert``; :func:`apply` carries every
gold offset through a list of edits (an insertion at a figure's start goes before it, one at its
end after it) and refuses an edit that cuts into a gold figure.  :func:`score` writes variants to a
temporary corpus and gold directory, runs the pipeline and the audit on them as ``fupin-extract
eval`` does, and gives score.py's numbers as a dict.

Only the seen documents (the six reports and web01–web24) are ever loaded: web25–web34 are the
check documents, which nobody debugs on.

    python tests/morph.py [NAME …] [--errors]   # seen scores of the transforms of tests/morph_*.py
                                                # (all, or NAME …), --errors: score.py's error lines

A *collection* variant is one FILE holding several reports: its ``parts`` are the documents expected
from it, ``<file>#1``, ``<file>#2`` …, each with its own text (a slice of the file: the parts' texts
concatenate to the file's), gold offsets into that text and gold metadata.  A transform marked
``collection = True`` takes the list of seen variants and gives a list of such files (:func:`run`);
``parts`` in the scores is the share of files split into exactly their number of reports.
"""
from __future__ import annotations

import collections
import contextlib
import dataclasses
import importlib.util
import io
import json
import re
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
CORPORA = ROOT / "corpora"
CHECK = re.compile(r"web(2[5-9]|3[0-4])")


@dataclasses.dataclass(frozen=True)
class Edit:
    """``delete`` characters at ``pos`` replaced by ``insert``; ``inside`` edits rewrite the text of
    a gold figure (full-width digits, another numeral script) and must lie within it."""
    pos: int
    delete: int
    insert: str
    inside: bool = False


@dataclasses.dataclass
class Variant:
    doc: str
    text: str
    figures: List[dict]
    relations: List[dict]
    meta: dict
    parts: Optional[List["Variant"]] = None  # a collection file: the documents expected from it


def collection(doc: str, parts: Sequence[Variant]) -> Variant:
    """One file holding ``parts`` in turn; part ``i`` becomes the expected document ``<doc>#i``."""
    named = [dataclasses.replace(p, doc=f"{doc}#{i}", meta={**p.meta, "doc": f"{doc}#{i}"}, parts=None)
             for i, p in enumerate(parts, 1)]
    return Variant(doc, "".join(p.text for p in named), [], [], {"doc": doc}, named)


def expected(v: Variant) -> List[Variant]:
    """The documents expected from the file of ``v``: its parts, or ``v`` itself."""
    return v.parts or [v]


def _jsonl(path: Path) -> List[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def seen_docs() -> List[str]:
    return [d["doc"] for d in _jsonl(GOLD / "docs.jsonl") if not CHECK.fullmatch(d["doc"])]


def load(doc: str) -> Variant:
    if CHECK.fullmatch(doc):
        raise ValueError(f"{doc} is a check document")
    meta = next(d for d in _jsonl(GOLD / "docs.jsonl") if d["doc"] == doc)
    text = (CORPORA / f"{doc}.txt").read_text(encoding="utf-8")
    return Variant(doc, text, _jsonl(GOLD / f"{doc}.jsonl"), _jsonl(GOLD / f"{doc}.relations.jsonl"), meta)


def load_seen() -> List[Variant]:
    return [load(d) for d in seen_docs()]


def _shift(edits: Sequence[Edit], o: int, end: bool) -> int:
    """``o`` after the edits: a start moves past an insertion at ``o``, an end does not."""
    out = o
    for e in edits:
        before = e.pos < o if end or e.inside else e.pos <= o
        if before and e.pos + e.delete <= o:
            out += len(e.insert) - e.delete
    return out


def _cuts(edits: Sequence[Edit], a: int, b: int) -> bool:
    """Whether an edit touches the inside of [a, b) without being an ``inside`` edit within it."""
    for e in edits:
        touches = e.pos < b and e.pos + e.delete > a or a < e.pos < b
        if touches and not (e.inside and a <= e.pos and e.pos + e.delete <= b):
            return True
    return False


def _span(edits: Sequence[Edit], span: Optional[list]) -> Optional[list]:
    return None if not span else [_shift(edits, span[0], False), _shift(edits, span[1], True)]


def apply(v: Variant, edits: Iterable[Edit], meta: Optional[dict] = None) -> Variant:
    """``v`` with ``edits`` (non-overlapping) made and its gold offsets carried along."""
    edits = sorted(edits, key=lambda e: (e.pos, e.delete))
    for x, y in zip(edits, edits[1:]):
        if x.pos + x.delete > y.pos:
            raise ValueError(f"{v.doc}: overlapping edits at {x.pos} and {y.pos}")
    parts, last = [], 0
    for e in edits:
        parts += [v.text[last:e.pos], e.insert]
        last = e.pos + e.delete
    text = "".join(parts) + v.text[last:]
    figures = []
    for g in v.figures:
        if _cuts(edits, g["start"], g["end"]):
            raise ValueError(f"{v.doc}: an edit cuts into the gold figure {g['text']!r} at {g['start']}")
        a, b = _span(edits, [g["start"], g["end"]])
        figures.append({**g, "start": a, "end": b, "text": text[a:b]})
    relations = [{**r, **{k: _span(edits, r.get(k)) for k in ("total", "rate")},
                  "parts": [_span(edits, p) for p in r.get("parts") or []]} for r in v.relations]
    return Variant(v.doc, text, figures, relations, {**v.meta, **(meta or {})})


def edits_where(text: str, pattern: str, replace: Callable[["re.Match"], str],
                keep_out: Sequence[tuple] = ()) -> List[Edit]:
    """An edit for every match of ``pattern`` not touching a span of ``keep_out``."""
    out = []
    for m in re.finditer(pattern, text, flags=re.M):
        if any(m.start() < b and m.end() > a for a, b in keep_out):
            continue
        new = replace(m)
        if new != m.group(0):
            out.append(Edit(m.start(), m.end() - m.start(), new))
    return out


def figure_spans(v: Variant) -> List[tuple]:
    return [(g["start"], g["end"]) for g in v.figures]


# --- scoring -------------------------------------------------------------------------------------

def _score_module():
    spec = importlib.util.spec_from_file_location("fupin_gold_score", GOLD / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_NUMBERS = {
    "figure_f1": r"figure P=\S+ R=\S+ F1=([\d.]+)", "indicator_f1": r"indicator P=\S+ R=\S+ F1=([\d.]+)",
    "period": r"period accuracy=([\d.]+)", "scope": r"scope accuracy=([\d.]+)",
    "metadata": r"metadata accuracy=([\d.]+)", "relations_recall": r"relations recall=([\d.]+)",
    "verdict": r"verdict accuracy=([\d.]+)", "alarm_precision": r"alarm precision=([\d.]+) \((\d+)/(\d+)\)",
    "failing_recall": r"failing recall=([\d.]+)", "compare_precision": r"compare precision=([\d.]+)",
    "coverage": r"coverage=([\d.]+)",
}


def _write(variants: Sequence[Variant], corpus: Path, gold: Path) -> None:
    corpus.mkdir()
    gold.mkdir()
    for v in variants:
        (corpus / f"{v.doc}.txt").write_text(v.text, encoding="utf-8")
    variants = [p for v in variants for p in expected(v)]
    for v in variants:
        for name, rows in ((f"{v.doc}.jsonl", v.figures), (f"{v.doc}.relations.jsonl", v.relations)):
            (gold / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                     encoding="utf-8")
    (gold / "docs.jsonl").write_text("".join(json.dumps(v.meta, ensure_ascii=False) + "\n" for v in variants),
                                     encoding="utf-8")


def _system(corpus: Path, out: Path) -> Dict[str, Path]:
    import fupin_extract as fx
    from fupin_extract.audit.run import audit, finding_records
    from fupin_extract.export.writers import write_jsonl

    read = fx.read(corpus)
    paths = {m: out / f"{m}.out" for m in ("figures", "docs", "relations", "compare")}
    with open(paths["figures"], "w", encoding="utf-8") as fh:
        write_jsonl(read.figures, fh)
    records = json.loads(read.documents.to_json(orient="records", force_ascii=False))
    paths["docs"].write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    rel = finding_records(audit(read, cross_report=False))
    paths["relations"].write_text("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rel),
                                  encoding="utf-8")
    fx.compare(read).to_csv(paths["compare"], encoding="utf-8")
    return paths


def score(variants: Sequence[Variant], show: bool = False) -> Dict[str, float]:
    """score.py's numbers over ``variants``; ``show`` also gives score.py's printout (``_printout``)."""
    mod = _score_module()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        _write(variants, tmp / "corpus", tmp / "gold")
        paths = _system(tmp / "corpus", tmp)
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            mod.score_figures(str(tmp / "gold"), str(paths["figures"]), None, show)
            mod.score_docs(str(tmp / "gold"), str(paths["docs"]))
            mod.score_relations(str(tmp / "gold"), str(paths["relations"]))
            mod.score_compare(str(tmp / "gold"), str(paths["compare"]))
        parts = _parts_right(variants, paths["docs"])
    printout = buf.getvalue()
    out: Dict[str, float] = {"parts": parts}
    for key, pattern in _NUMBERS.items():
        m = re.search(pattern, printout)
        if m:
            out[key] = float(m.group(1))
            if key == "alarm_precision":
                out["alarms"] = float(m.group(3))
    if show:
        out["_printout"] = printout  # type: ignore[assignment]
    return out


def _parts_right(variants: Sequence[Variant], docs: Path) -> float:
    """The share of files split into exactly the documents expected from them."""
    ids = [json.loads(line)["doc"] for line in docs.read_text(encoding="utf-8").splitlines() if line.strip()]
    got = collections.Counter(str(d).split("#")[0] for d in ids)
    return sum(got[v.doc] == len(expected(v)) for v in variants) / max(1, len(variants))


def run(fn: Callable, base: Sequence[Variant]) -> List[Variant]:
    """The variants a transform makes of ``base``: one per document, or (``fn.collection``) files of several."""
    return list(fn(list(base))) if getattr(fn, "collection", False) else [fn(v) for v in base]


@lru_cache(maxsize=1)
def seen_and_identity() -> Tuple[Tuple[Variant, ...], Dict[str, float]]:
    """The seen documents and their scores, worked out once per process (the tests' ``seen``,
    ``identity`` and ``base`` fixtures): a transform never changes the variants it is given."""
    base = tuple(load_seen())
    return base, score(base)


def drops(identity: Dict[str, float], got: Dict[str, float], keys: Sequence[str],
          tolerance: "float | Dict[str, float]" = 0.01) -> Dict[str, tuple]:
    """The columns of ``keys`` where ``got`` is lower than ``identity`` by more than ``tolerance``
    (one for every column, or one per column)."""
    tol = tolerance if isinstance(tolerance, dict) else dict.fromkeys(keys, tolerance)
    return {k: (identity[k], got[k]) for k in keys if got[k] < identity[k] - tol[k]}


def table(rows: Dict[str, Dict[str, float]], keys: Sequence[str] = tuple(_NUMBERS) + ("alarms", "parts")) -> str:
    """A fixed-width table, one line per transform."""
    head = f"{'transform':<24}" + "".join(f"{k[:9]:>10}" for k in keys)
    lines = [head, "-" * len(head)]
    for name, s in rows.items():
        lines.append(f"{name:<24}" + "".join(f"{s.get(k, float('nan')):>10.3f}" for k in keys))
    return "\n".join(lines)


def all_transforms() -> Dict[str, Callable[[Variant], Variant]]:
    """Every ``TRANSFORMS`` of the tests/morph_*.py modules, by name."""
    import importlib
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    out: Dict[str, Callable[[Variant], Variant]] = {}
    for path in sorted((ROOT / "tests").glob("morph_*.py")):
        out.update(getattr(importlib.import_module(path.stem), "TRANSFORMS", {}))
    return out


if __name__ == "__main__":
    import sys

    errors = "--errors" in sys.argv
    names = [a for a in sys.argv[1:] if a != "--errors"]
    base = load_seen()
    results = {"identity": score(base)}
    for name, fn in all_transforms().items():
        if names and name not in names:
            continue
        results[name] = score(run(fn, base), show=errors)
        if errors:
            print(f"===== {name}\n{results[name].pop('_printout')}")
    print(table(results))
