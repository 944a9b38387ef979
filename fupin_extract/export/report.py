"""The review page: ONE self-contained HTML file to check figures and findings by eye.

:func:`render_html` turns a :class:`~fupin_extract.corpus.Corpus` (and the findings of
:func:`fupin_extract.audit.audit`) into a page with

- a document index with counts (figures, findings, findings that do not hold — linked to the
  first failing finding); anchors are doc ids (``#web01``);
- an "only failing" switch that hides documents and findings that hold;
- a filter by indicator (checkboxes, plain JS) that turns off the highlights of other indicators
  and hides their rows in the figure lists;
- per document the original text with every figure highlighted and coloured by indicator —
  hover shows a summary, click (or Enter) shows value, unit, qualifier, indicator, scope, period
  and rule in a side panel with the figure's sentence — then its findings, each linked to its
  evidence spans by the figures' text (``total “715万元”``); a ``sum.subset`` check reads
  "part ≤ total" with the part and the total, not a difference.  The page speaks English (the
  audit's explanations are English); report text, places and indicator labels stay Chinese.

Safety: the page is a Jinja2 template (``data/templates/report.html.j2``) with autoescaping, so
every value it shows is escaped; the one fragment built in Python, the highlighted text, slices
the original text between figure spans and passes every piece through :func:`html.escape`
before it becomes ``Markup``; details are shown with ``textContent``, never ``innerHTML``; the page carries a
Content-Security-Policy that forbids any network access and allows only its own script (by
hash), so a ``<script>`` in a report can neither run nor load anything.  No CDN, no fonts, no
images: the file works offline.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from decimal import Decimal
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from fupin_extract.audit.run import audit
from fupin_extract.meaning.indicators import catalog

NONE_KEY = "_none"

#: light backgrounds that keep dark text readable, one per indicator (then generated)
PALETTE = [
    "#ffd54f", "#81d4fa", "#a5d6a7", "#f48fb1", "#ce93d8", "#ffab91", "#80cbc4", "#e6ee9c",
    "#b39ddb", "#90caf9", "#ffcc80", "#c5e1a5", "#f8bbd0", "#b0bec5", "#fff59d", "#80deea",
    "#bcaaa4", "#9fa8da", "#dce775", "#ef9a9a", "#a1887f", "#4fc3f7", "#aed581", "#ffb74d",
]
NONE_COLOUR = "#e0e0e0"


def esc(v: Any) -> str:
    """HTML-escaped text of any value (quotes too: safe in attributes)."""
    return html.escape(_text(v), quote=True)


def _isna(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, (list, tuple, dict, str)):
        return False
    try:
        r = pd.isna(v)
    except (TypeError, ValueError):
        return False
    return bool(r) if getattr(r, "shape", ()) == () else False


def _text(v: Any) -> str:
    if _isna(v):
        return ""
    if isinstance(v, float):
        if math.isinf(v):
            return str(v)
        return str(int(v)) if v == int(v) and abs(v) < 1e15 else repr(v)
    if isinstance(v, Decimal):
        return format(v.normalize(), "f") if v == v.to_integral_value() else str(v)
    if isinstance(v, (list, tuple)) or (hasattr(v, "tolist") and getattr(v, "ndim", 0) > 0):
        return json.dumps(v.tolist() if hasattr(v, "tolist") else list(v), ensure_ascii=False, default=str)
    if hasattr(v, "item"):
        try:
            return _text(v.item())
        except (ValueError, AttributeError):
            pass
    return str(v)


def _colour(i: int) -> str:
    if i < len(PALETTE):
        return PALETTE[i]
    hue = (i * 137.508) % 360
    return f"hsl({hue:.0f}, 70%, 78%)"


def _catalog() -> Dict[str, dict]:
    try:
        df = catalog()
    except Exception:  # a broken indicators.yaml must not stop the review page
        return {}
    if not isinstance(df, pd.DataFrame) or "id" not in df.columns:
        return {}
    return {str(r["id"]): {k: ("" if _isna(v) else str(v)) for k, v in r.items()} for r in df.to_dict("records")}


def _spans(v: Any) -> List[Tuple[int, int]]:
    """``[s, e]``, ``[[s, e], …]``, tuples, arrays or their JSON text → ``[(s, e), …]``."""
    if _isna(v):
        return []
    if isinstance(v, str):
        try:
            v = json.loads(v)
        except ValueError:
            return []
    if hasattr(v, "tolist"):
        v = v.tolist()
    if isinstance(v, dict):
        v = [v.get("start"), v.get("end")]
    if not isinstance(v, (list, tuple)) or not v:
        return []
    if len(v) == 2 and all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v):
        s, e = int(v[0]), int(v[1])
        return [(s, e)] if 0 <= s <= e else []
    out: List[Tuple[int, int]] = []
    for x in v:
        out.extend(_spans(x))
    return out


# --------------------------------------------------------------------------- pieces
def doc_anchor(doc: str, taken: Optional[set] = None) -> str:
    """The page anchor of a document: its doc id (white space as ``_``; ``~2`` … if taken)."""
    a = re.sub(r"\s", "_", doc) or "_"
    if taken is not None:
        base, i = a, 2
        while a in taken:
            a, i = f"{base}~{i}", i + 1
        taken.add(a)
    return a


def _fig_id(anchor: str, s: int, e: int) -> str:
    return f"{anchor}@{s}-{e}"


def _summary(f: dict, label: str) -> str:
    parts = [f"{_text(f.get('value'))} {_text(f.get('unit'))}".strip()]
    if f.get("qualifier") and f.get("qualifier") != "exact":
        parts.append(_text(f.get("qualifier")))
    parts.append(label or "(no indicator)")
    for k in ("scope", "period"):
        if not _isna(f.get(k)) and _text(f.get(k)):
            parts.append(_text(f.get(k)))
    return " · ".join(parts)


def _value_text(f: dict) -> str:
    v = f.get("value_exact")
    if _isna(v) or not _text(v):
        v = f.get("value")
    out = _text(v)
    if not _isna(f.get("value_max")):
        out += "–" + _text(f.get("value_max"))
    return out


def _sentence_span(f: dict) -> str:
    """``start-end`` of the figure's sentence in the text (the details panel slices it out)."""
    s, sent = f.get("sentence_start"), f.get("sentence")
    if _isna(s) or _isna(sent):
        return ""
    return f"{int(s)}-{int(s) + len(_text(sent))}"


def _mark(f: dict, anchor: str, piece: str, ind_class: Dict[str, str], labels: Dict[str, str]) -> str:
    key = f["_key"]
    label = labels.get(key, "")
    attrs = {
        "id": _fig_id(anchor, int(f["start"]), int(f["end"])),
        "class": f"fig {ind_class[key]}",
        "tabindex": "0",
        "title": _summary(f, label),
        "data-ind": key,
        "data-text": _text(f.get("text")),
        "data-value": _value_text(f),
        "data-unit": _text(f.get("unit")),
        "data-qualifier": _text(f.get("qualifier")),
        "data-indicator": f"{_text(f.get('indicator'))} {label}".strip() if key != NONE_KEY else "",
        "data-scope": _text(f.get("scope")),
        "data-period": _text(f.get("period")),
        "data-rule": _text(f.get("rule")),
        "data-span": f"{int(f['start'])}–{int(f['end'])}",
        "data-sent": _sentence_span(f),
    }
    return "<mark " + " ".join(f'{k}="{esc(v)}"' for k, v in attrs.items() if v != "") + ">" + piece + "</mark>"


def _evidence_anchors(anchor: str, figs: List[dict], evid) -> Tuple[Dict[Tuple[int, int], str], List[tuple]]:
    """Anchor of every evidence span (its figure, an overlapping figure, or a span of its own),
    and the items to highlight: ``(start, end, kind, figure)``."""
    items = [(int(f["start"]), int(f["end"]), "fig", f) for f in figs]
    fig_spans = [(s, e) for s, e, _k, _f in items]
    fig_set = set(fig_spans)
    anchors = {sp: _fig_id(anchor, *sp) for sp in evid if sp in fig_set}
    for (s, e) in sorted(evid):
        if (s, e) in anchors:
            continue
        over = [fs for fs in fig_spans if fs[0] < e and s < fs[1]]
        if over:
            anchors[(s, e)] = _fig_id(anchor, *over[0])
        else:
            items.append((s, e, "ev", None))
            anchors[(s, e)] = f"{anchor}@e{s}-{e}"
    items.sort(key=lambda x: (x[0], x[1]))
    return anchors, items


def _highlight(text: str, anchor: str, figs: List[dict], evid, ind_class: Dict[str, str],
               labels: Dict[str, str]) -> Tuple[Markup, Dict[Tuple[int, int], str]]:
    """The text with every figure wrapped in a ``<mark>`` (every piece of text escaped); returns
    (html, span→anchor).  An evidence span that is no figure gets ``<span class="ev">`` when it
    overlaps no figure, else links to the figure it overlaps."""
    anchors, items = _evidence_anchors(anchor, figs, evid)
    out: List[str] = []
    pos, n = 0, len(text)
    for s, e, kind, f in items:
        if s < pos or e > n or s > e:
            if kind == "ev":  # evidence overlapping other evidence, or outside the text: link the document
                anchors[(s, e)] = anchor
                continue
            s, e = max(s, pos), min(max(e, pos), n)  # never happens for valid figures; keep every figure
        out.append(esc(text[pos:s]))
        piece = esc(text[s:e])
        if kind == "fig":
            out.append(_mark(f, anchor, piece, ind_class, labels))
        else:
            out.append(f'<span class="ev" id="{esc(anchors[(s, e)])}">{piece}</span>')
        pos = e
    out.append(esc(text[pos:]))
    return Markup("".join(out)), anchors


ROLES = (("total", "total"), ("parts", "part"), ("rate", "rate"))
#: rules whose "difference" is not an error: a part is only claimed to be at most its total
SUBSET_RULES = ("sum.subset",)


def _status(r: dict) -> Tuple[str, str]:
    """(label, css class) of a finding's verdict, in the page's language (English)."""
    holds = r.get("holds")
    subset = _text(r.get("rule")) in SUBSET_RULES
    if _isna(holds):
        return "cannot tell", "unknown"
    if bool(holds):
        return ("part ≤ total", "holds") if subset else ("holds", "holds")
    return ("part > total", "fails") if subset else ("does not hold", "fails")


def _evidence_links(r: dict, text: Optional[str], anchors: Dict[Tuple[int, int], str], anchor: Optional[str]):
    """One link per evidence span, labelled with the figure's text (``total “715万元”``)."""
    links = []
    for role, word in ROLES:
        for (s, e) in _spans(r.get(role)):
            shown = text[s:e] if text is not None and 0 <= s < e <= len(text) else f"{s}–{e}"
            target = anchors.get((s, e), anchor) if anchor is not None else None
            links.append({"role": role, "label": f"{word} “{shown}”" if text is not None else f"{word} {shown}",
                          "href": target, "span": f"{s}–{e}"})
    return links


def _values(r: dict) -> List[Tuple[str, str]]:
    """The numbers of a finding as (label, value); a subset check shows part and total only."""
    unit = _text(r.get("unit")) if not _isna(r.get("unit")) else ""
    if _text(r.get("rule")) in SUBSET_RULES:
        keys = (("recomputed", "part"), ("stated", "total"))
    else:
        keys = (("stated", "stated"), ("recomputed", "recomputed"), ("difference", "difference"),
                ("tolerance", "tolerance"))
    vals = [(zh, _text(r.get(k))) for k, zh in keys if k in r and not _isna(r.get(k))]
    if vals and unit:
        vals.append(("unit", unit))
    return vals


def _finding(r: dict, fid: str, text: Optional[str], anchors, anchor: Optional[str],
             anchor_of: Dict[str, str]) -> dict:
    """What the template shows of one finding."""
    label, cls = _status(r)
    other = r.get("other_doc")
    other = _text(other) if not _isna(other) and _text(other) else None
    return {
        "id": fid, "status": label, "cls": cls,
        "severity": _text(r.get("severity")), "sev": re.sub(r"[^a-z0-9_-]", "", _text(r.get("severity")).lower()),
        "rule": _text(r.get("rule")), "kind": _text(r.get("kind")),
        "links": _evidence_links(r, text, anchors, anchor),
        "other": other, "other_href": anchor_of.get(other) if other else None,
        "values": _values(r),
        "explanation": None if _isna(r.get("explanation")) else _text(r.get("explanation")),
        "sentence": None if _isna(r.get("sentence")) else _text(r.get("sentence")),
    }


def _figure_rows(figs: List[dict], anchor: str, labels: Dict[str, str], ind_class: Dict[str, str]) -> List[dict]:
    rows = []
    for f in figs:
        key = f["_key"]
        rows.append({
            "key": key, "cls": ind_class[key], "href": _fig_id(anchor, int(f["start"]), int(f["end"])),
            "span": f"{int(f['start'])}–{int(f['end'])}", "text": _text(f.get("text")), "value": _value_text(f),
            "unit": _text(f.get("unit")), "qualifier": _text(f.get("qualifier")),
            "indicator": f"{_text(f.get('indicator'))} {labels.get(key, '')}".strip() if key != NONE_KEY else "",
            "scope": _text(f.get("scope")), "period": _text(f.get("period")), "rule": _text(f.get("rule")),
        })
    return rows


# --------------------------------------------------------------------------- page
CSS = """
:root{--fg:#1b1b1b;--muted:#666;--line:#ddd;--bg:#fff;--accent:#0b57d0}
*{box-sizing:border-box}
body{margin:0;font:15px/1.6 system-ui,"Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif;color:var(--fg);background:var(--bg)}
header{background:#f7f9fc;border-bottom:1px solid var(--line);padding:.5em 1em;margin-right:24em}
header h1{font-size:1.15em;margin:0 0 .2em}
header .summary{color:var(--muted);font-size:.9em}
main{padding:0 1em 4em;margin-right:24em}
#filter{border:1px solid var(--line);border-radius:6px;padding:.3em .6em;margin:0 0 .8em;font-size:.85em;max-height:46vh;overflow:auto}
#filter legend{font-weight:600}
#filter label{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;cursor:pointer}
#filter button{font-size:.95em;margin-right:.4em}
.sw{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;margin-right:.25em;background:var(--c)}
table{border-collapse:collapse;font-size:.88em}
th,td{border:1px solid var(--line);padding:.15em .45em;text-align:left;vertical-align:top}
th{background:#f2f2f2}
td.num{text-align:right}
section.doc{border-top:3px solid #c9d6ea;margin-top:1.6em;padding-top:.4em}
section.doc h2{font-size:1.1em;margin:.2em 0}
.meta{color:var(--muted);font-size:.85em;margin:0 0 .5em}
.text{white-space:pre-wrap;word-break:break-word;border:1px solid var(--line);border-radius:6px;padding:.8em 1em;background:#fcfcfc;line-height:1.9}
mark.fig{background:var(--c);color:inherit;border-radius:3px;padding:0 1px;cursor:pointer;border-bottom:2px solid rgba(0,0,0,.25)}
mark.fig:hover,mark.fig:focus{outline:2px solid var(--accent)}
mark.fig.selected{outline:2px solid #d00}
mark.fig.off{background:transparent;border-bottom:0;cursor:text;outline:0}
mark.fig:target,.ev:target{outline:3px solid #d00;outline-offset:1px}
.ev{text-decoration:underline wavy #d00}
.findings ol{padding-left:1.4em;margin:.3em 0}
.finding{margin:.3em 0}
.status{font-weight:700;padding:0 .3em;border-radius:3px}
.status.fails{background:#fdd;color:#900}.status.holds{background:#dfd;color:#060}.status.unknown{background:#eee}
.sev{font-size:.8em;border:1px solid var(--line);border-radius:3px;padding:0 .3em}
.kv{margin-right:1em;font-size:.9em}
.expl{font-size:.9em;color:#333}
blockquote{margin:.2em 0 .2em 1em;color:var(--muted);font-size:.85em;border-left:3px solid var(--line);padding-left:.5em}
.evlink,.evspan,.otherdoc{margin-right:.5em}
.corpus-findings ol{padding-left:1.4em}
details.figlist{margin:.6em 0}
[hidden]{display:none !important}
#side{position:fixed;right:0;top:0;bottom:0;width:23em;overflow:auto;background:#fff;border-left:1px solid var(--line);padding:.8em 1em;box-shadow:-2px 0 6px rgba(0,0,0,.06);z-index:6}
#details h2{font-size:1em;margin:0 0 .5em}
#filter .buttons{margin:.1em 0 .3em}
#details dl{display:grid;grid-template-columns:5.5em 1fr;gap:.2em .6em;margin:0}
#details dt{color:var(--muted)}#details dd{margin:0;word-break:break-all}
#details .hint{color:var(--muted);font-size:.85em}
.noscript{color:#900}
#switches{margin:0 0 .8em;font-size:.9em}
.only-failing li.finding:not(.fails){display:none}
.only-failing section.doc:not(.has-fails){display:none}
.only-failing #index tbody tr:not(.has-fails){display:none}
#details .sentence{font-size:.9em;margin:.6em 0 0;border-left:3px solid var(--line);padding-left:.5em}
"""

JS = r"""
(function () {
  'use strict';
  var FIELDS = ['text', 'value', 'unit', 'qualifier', 'indicator', 'scope', 'period', 'rule', 'doc', 'span'];
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark.fig'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-ind]'));
  var boxes = Array.prototype.slice.call(document.querySelectorAll('#filter input.ind'));
  function sentenceOf(m) {
    var span = (m.dataset.sent || '').split('-');
    var box = m.closest('div.text');
    if (span.length !== 2 || !box) { return ''; }
    var t = box.textContent, a = +span[0], b = +span[1];
    if (/[\uD800-\uDFFF]/.test(t)) { return Array.from(t).slice(a, b).join(''); }  // offsets count code points
    return t.slice(a, b);
  }
  function show(m) {
    marks.forEach(function (x) { x.classList.remove('selected'); });
    m.classList.add('selected');
    var sec = m.closest('section.doc');
    var values = {doc: sec ? sec.dataset.doc : ''};
    FIELDS.forEach(function (k) {
      var el = document.getElementById('dt-' + k);
      var v = k === 'doc' ? values.doc : m.dataset[k];
      if (el) { el.textContent = v ? v : '—'; }
    });
    document.getElementById('dt-sentence').textContent = sentenceOf(m) || '—';
    document.getElementById('details-empty').hidden = true;
    document.getElementById('details-body').hidden = false;
  }
  function markOf(t) { return (t && t.closest) ? t.closest('mark.fig') : null; }
  document.addEventListener('click', function (ev) {
    var m = markOf(ev.target);
    if (m && !m.classList.contains('off')) { show(m); }
  });
  document.addEventListener('keydown', function (ev) {
    var m = markOf(ev.target);
    if (m && (ev.key === 'Enter' || ev.key === ' ')) { ev.preventDefault(); show(m); }
  });
  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id ? document.getElementById(id) : null;
    if (el && el.matches && el.matches('mark.fig')) { show(el); }
  }
  window.addEventListener('hashchange', fromHash);
  function apply() {
    var on = {};
    boxes.forEach(function (b) { if (b.checked) { on[b.value] = true; } });
    var perDoc = {};
    marks.forEach(function (m) {
      var vis = on[m.dataset.ind] === true;
      m.classList.toggle('off', !vis);
      if (vis) { var d = m.closest('section.doc').id; perDoc[d] = (perDoc[d] || 0) + 1; }
    });
    rows.forEach(function (r) { r.hidden = on[r.dataset.ind] !== true; });
    Array.prototype.forEach.call(document.querySelectorAll('[data-shown-for]'), function (el) {
      el.textContent = String(perDoc[el.getAttribute('data-shown-for')] || 0);
    });
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  document.getElementById('filter-all').addEventListener('click', function () {
    boxes.forEach(function (b) { b.checked = true; }); apply();
  });
  document.getElementById('filter-none').addEventListener('click', function () {
    boxes.forEach(function (b) { b.checked = false; }); apply();
  });
  var only = document.getElementById('only-failing');
  function failing() { document.body.classList.toggle('only-failing', only.checked); }
  only.addEventListener('change', failing);
  apply();
  failing();
  fromHash();
  document.documentElement.setAttribute('data-ready', '1');
})();
"""

#: the page template (Jinja2, autoescaping on: every value is escaped unless built as Markup here)
ENV = Environment(loader=PackageLoader("fupin_extract", "data/templates"), autoescape=select_autoescape(["html", "j2"]),
                  trim_blocks=True, lstrip_blocks=True)


def _records(df: Optional[pd.DataFrame]) -> List[dict]:
    if df is None or len(df) == 0:
        return []
    return df.astype(object).where(df.notna(), None).to_dict("records")


def _indicators(figs_all: List[dict]) -> Tuple[List[str], Dict[str, str], Dict[str, str], Dict[str, str], Dict[str, int]]:
    """Indicator keys (catalogue order, then "no indicator"), css classes, colours, labels, counts."""
    cat = _catalog()
    for f in figs_all:
        f["_key"] = NONE_KEY if _isna(f.get("indicator")) or _text(f.get("indicator")) == "" else _text(f["indicator"])
    order = {k: i for i, k in enumerate(cat)}
    present = sorted({f["_key"] for f in figs_all if f["_key"] != NONE_KEY}, key=lambda k: (order.get(k, len(cat)), k))
    keys = present + [NONE_KEY]
    ind_class = {k: f"c{i}" for i, k in enumerate(keys)}
    colours = {k: (NONE_COLOUR if k == NONE_KEY else _colour(i)) for i, k in enumerate(keys)}
    labels = {k: cat.get(k, {}).get("label", "") for k in present}
    counts: Dict[str, int] = {}
    for f in figs_all:
        counts[f["_key"]] = counts.get(f["_key"], 0) + 1
    return keys, ind_class, colours, labels, counts


def _group(records: List[dict]) -> Dict[str, List[dict]]:
    out: Dict[str, List[dict]] = {}
    for r in records:
        out.setdefault(_text(r.get("doc")), []).append(r)
    return out


def _is_failing(r: dict) -> bool:
    return not _isna(r.get("holds")) and not bool(r.get("holds"))


def _doc_view(d: dict, doc: str, anchor: str, figs: List[dict], frs: List[dict], text: Optional[str],
              ctx: dict) -> dict:
    """What the template shows of one document: highlighted text, findings, figure table, index row."""
    evid = {sp for r in frs for role, _w in ROLES for sp in _spans(r.get(role))}
    if text is None:
        body, anchors = None, {sp: anchor for sp in evid}
    else:
        body, anchors = _highlight(text, anchor, figs, evid, ctx["ind_class"], ctx["labels"])
    findings = [_finding(r, f"{anchor}@k{j}", text, anchors, anchor, ctx["anchor_of"]) for j, r in enumerate(frs)]
    meta = [f"{k}: {_text(d.get(k))}" for k in ("place", "level", "county", "province", "date", "year", "path",
                                                "encoding") if not _isna(d.get(k)) and _text(d.get(k))]
    title = [doc] + [_text(d.get(k)) for k in ("place", "title") if not _isna(d.get(k)) and _text(d.get(k))]
    first_fail = next((f["id"] for f in findings if f["cls"] == "fails"), None)
    return {"doc": doc, "anchor": anchor, "title": " — ".join(title), "meta": " · ".join(meta), "first_fail": first_fail,
            "n_figs": len(figs), "body": body, "findings": findings, "n_fail": sum(map(_is_failing, frs)),
            "rows": _figure_rows(figs, anchor, ctx["labels"], ctx["ind_class"]),
            "place": _text(d.get("place")), "level": _text(d.get("level")), "year": _text(d.get("year")),
            "n_chars": _text(d.get("n_chars"))}


def _findings_of(corpus, findings: Optional[pd.DataFrame], run_audit: bool) -> Tuple[Optional[pd.DataFrame], str]:
    """The findings to show (given, else :func:`fupin_extract.audit.audit` of the corpus unless
    ``run_audit`` is off) and the note the page shows when there are none."""
    if findings is not None:
        return findings, ""
    if run_audit:
        return audit(corpus), ""
    return None, "the audit was not run: no findings on this page."


def _all_documents(corpus, by_doc: Dict[str, List[dict]]) -> Tuple[List[dict], List[str]]:
    """Rows of the documents table, then a row for each document that has figures but no row."""
    docs = _records(corpus.documents)
    doc_ids = [_text(d.get("doc")) for d in docs]
    known = set(doc_ids)
    extra = [x for x in by_doc if x not in known]
    return docs + [{"doc": x} for x in extra], doc_ids + extra


def _csp() -> str:
    """The page's Content-Security-Policy: no network, only its own script (by hash)."""
    js_hash = base64.b64encode(hashlib.sha256(JS.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; script-src 'sha256-{js_hash}'; style-src 'unsafe-inline'; img-src data:; "
            f"base-uri 'none'; form-action 'none'")


def _summary_line(n_docs: int, n_figs: int, n_indicators: int, find_recs: Optional[List[dict]], n_err: int) -> str:
    out = f"{n_docs} documents · {n_figs} figures · {n_indicators} indicators"
    if find_recs is not None:
        out += f" · {len(find_recs)} findings ({sum(map(_is_failing, find_recs))} not holding)"
    return out + (f" · {n_err} files failed" if n_err else "")


def _by_position(figs: List[dict]) -> List[dict]:
    return sorted(figs, key=lambda f: (int(f["start"]), int(f["end"])))


def render_html(corpus, findings: Optional[pd.DataFrame] = None, *, title: str = "fupin-extract review page",
                run_audit: bool = True) -> str:
    """The review page of ``corpus`` as one self-contained HTML string (Jinja2 template
    ``data/templates/report.html.j2``, autoescaped).

    ``findings`` defaults to :func:`fupin_extract.audit.audit` of the corpus (``run_audit=False``
    skips it); without findings the page says so.  Anchors are doc ids (``#web01``,
    ``#web01@715-720`` for a figure, ``#web01@findings`` for its findings).
    """
    findings, audit_note = _findings_of(corpus, findings, run_audit)
    figs_all = _records(corpus.figures)
    keys, ind_class, colours, labels, counts = _indicators(figs_all)
    by_doc = _group(figs_all)
    find_recs = _records(findings) if findings is not None else []
    find_by_doc = _group(find_recs)
    docs, doc_ids = _all_documents(corpus, by_doc)
    taken: set = {"index", "details", "side", "filter", "corpus-findings", "errors"}
    anchor_of = {doc: doc_anchor(doc, taken) for doc in doc_ids}
    ctx = {"ind_class": ind_class, "labels": labels, "anchor_of": anchor_of}
    texts = getattr(corpus, "texts", {}) or {}
    views = [_doc_view(d, doc, anchor_of[doc], _by_position(by_doc.get(doc, [])), find_by_doc.get(doc, []),
                       texts.get(doc), ctx) for d, doc in zip(docs, doc_ids)]
    loose = [r for d, rs in find_by_doc.items() if d not in anchor_of for r in rs]
    errors = getattr(corpus, "errors", None)
    n_err = 0 if errors is None else len(errors)
    filt = [{"key": k, "cls": ind_class[k], "count": counts.get(k, 0),
             "name": "(no indicator)" if k == NONE_KEY else f"{k} {labels.get(k, '')}".strip()} for k in keys]
    css = CSS + "".join(f".{ind_class[k]}{{--c:{colours[k]}}}" for k in keys)
    summary = _summary_line(len(docs), len(figs_all), len(keys) - 1, find_recs if findings is not None else None, n_err)
    return ENV.get_template("report.html.j2").render(
        title=title, summary=summary, audit_note=audit_note, csp=_csp(), css=Markup(css), js=Markup(JS),
        filt=filt, docs=views, with_findings=findings is not None,
        loose=[_finding(r, f"corpus@k{j}", None, {}, None, anchor_of) for j, r in enumerate(loose)],
        errors=_records(errors) if n_err else [])


def write_html(corpus, path, findings: Optional[pd.DataFrame] = None, **kw) -> str:
    """Render and write the review page (UTF-8); returns the path."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(render_html(corpus, findings, **kw), encoding="utf-8")
    return str(p)
