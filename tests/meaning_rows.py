"""What the meaning batteries of sessions 12 and 13 share: the title lines a sentence row is read
under (unit, level and year 2019), the check of a sentence row, the params of rows with their open
(strict xfail) ids, and the check of a figure in a whole made-up document (read once per file)."""
import pytest

from fupin_extract import extract_text

HEAD = {"乡镇": "青山镇2019年脱贫攻坚工作总结\n", "村": "石门村2019年脱贫攻坚工作总结\n", "县": "德化县2019年脱贫攻坚工作总结\n",
        "市": "南平市2019年脱贫攻坚工作总结\n"}


def value(v):
    return None if v is None or str(v) in ("<NA>", "nan") else v


def check(text, level, expect):
    """Every figure ``expect`` names is read under ``HEAD[level]`` with the fields it gives (an
    indicator alone, or (field, value) pairs)."""
    df = extract_text(HEAD[level] + text)
    got = {r.text: r for r in df.itertuples()}
    for fig, want in expect.items():
        assert fig in got, f"{fig!r} not found in {text!r}"
        for w in want if isinstance(want, list) else [want]:
            attr, v = w if isinstance(w, tuple) else ("indicator", w)
            assert value(getattr(got[fig], attr)) == v, f"{fig!r} {attr}: {getattr(got[fig], attr)!r} ({text})"


def _marks(rid, open_rows):
    return [pytest.mark.xfail(strict=True, reason=open_rows[rid])] if rid in open_rows else []


def params(rows, open_rows):
    """(id, text, level, expect) rows as params, those of ``open_rows`` strict xfail."""
    return [pytest.param(t, lv, e, id=i, marks=_marks(i, open_rows)) for i, t, lv, e in rows]


def doc_params(rows, open_rows):
    """(doc, context, indicator, period, scope) rows as params with ids ``doc:context``."""
    return [pytest.param(*r, id=f"{r[0]}:{r[1]}", marks=_marks(f"{r[0]}:{r[1]}", open_rows)) for r in rows]


_DOCS = {}


def _doc(path):
    if path not in _DOCS:
        text = path.read_text(encoding="utf-8")
        _DOCS[path] = (text, extract_text(text))
    return _DOCS[path]


def check_document(path, context, indicator, period, scope):
    """The last figure ending ``context`` in the document at ``path`` has these fields."""
    text, df = _doc(path)
    at = text.index(context)
    got = [r for r in df.itertuples() if at <= r.start and r.end <= at + len(context) and text[r.end:at + len(context)] == ""]
    assert got, f"no figure ends {context!r}"
    r = got[-1]
    assert (value(r.indicator), value(r.period), value(r.scope)) == (indicator, period, scope), \
        f"{context}: {r.indicator!r} {r.period!r} {r.scope!r}"
