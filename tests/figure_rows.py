"""Shared row reading of the figure batteries (tests/test_figures_s10.py … _s13.py).

A row's expected figures are ``(text, value, unit[, value_max[, qualifier]])``; the qualifier is
compared only where the row gives it."""
from collections import Counter
from decimal import Decimal
from pathlib import Path

from fupin_extract import extract_text
from fupin_extract.figures import find_figures


def _found(text, with_q):
    out = []
    for f, q in zip(find_figures(text, "t"), with_q):
        out.append((f.text, f.value, f.unit, f.value_max) + ((f.qualifier,) if q else ()))
    return out


def _wanted(expected):
    rows = []
    for t, v, u, *rest in expected:
        vmax = rest[0] if rest else None
        rows.append((t, Decimal(str(v)), u, None if vmax is None else Decimal(str(vmax)), *rest[1:2]))
    return rows


def check(text, expected):
    """(found, wanted) for one row, found cut to what the row compares."""
    wanted = _wanted(expected)
    got = list(find_figures(text, "t"))
    with_q = [len(w) > 4 for w in wanted] + [False] * max(0, len(got) - len(wanted))
    return _found(text, with_q), wanted


def doc_figures(path: Path):
    """(text, value, unit, value_max, qualifier) of every figure find_figures reads in the document at ``path``."""
    text = Path(path).read_text(encoding="utf-8")
    return [(f.text, f.value, f.unit, f.value_max, f.qualifier) for f in find_figures(text, Path(path).name)]


def doc_want(rows):
    """A document's expected rows ``(text, value, unit[, value_max[, qualifier]])`` as doc_figures gives them
    (the qualifier exact unless the row says otherwise)."""
    out = []
    for t, v, u, *rest in rows:
        vmax = rest[0] if rest else None
        q = rest[1] if len(rest) > 1 else "exact"
        out.append((t, Decimal(str(v)), u, None if vmax is None else Decimal(str(vmax)), q))
    return out


def pipeline_texts(path: Path, optional=()):
    """The figure texts extract_text reads in the document at ``path`` (but ``optional``), and whether every
    figure's offsets index its text in the original."""
    text = Path(path).read_text(encoding="utf-8")
    df = extract_text(text, doc_id=Path(path).name)
    got = [t for t in df["text"].tolist() if t not in optional]
    return got, all(text[s:e] == t for s, e, t in zip(df["start"], df["end"], df["text"]))


def assert_document(path: Path, rows, optional=()) -> None:
    """find_figures reads exactly the document's expected rows (its optional figures either way)."""
    got = [g for g in doc_figures(path) if g[0] not in optional]
    assert got == doc_want(rows)


def assert_document_end_to_end(path: Path, rows, optional=()) -> None:
    """The whole pipeline (extract_text) keeps every figure of the document, offsets into the text."""
    got, offsets_hold = pipeline_texts(path, optional)
    assert got == [row[0] for row in rows]
    assert offsets_hold


def report(cases, documents, optional, data: Path) -> None:
    """Print a battery's misread rows and documents and its count per class (a battery's ``__main__``)."""
    bad = Counter()
    for cls, text, expected in cases:
        got, wanted = check(text, expected)
        if got != wanted:
            bad[cls] += 1
            print(f"{cls:16} {text!r}\n{'':16} got  {got}\n{'':16} want {wanted}")
    for name in sorted(documents):
        got = [g for g in doc_figures(data / name) if g[0] not in optional.get(name, ())]
        wanted = doc_want(documents[name])
        for row in got:
            if row not in wanted:
                print(f"{name} extra {row}")
        for row in wanted:
            if row not in got:
                print(f"{name} missing {row}")
    total = Counter(c for c, _, _ in cases)
    for cls in total:
        print(f"{cls:16} {total[cls] - bad[cls]}/{total[cls]}")
    print(f"all {len(cases) - sum(bad.values())}/{len(cases)} in {len(total)} classes")
