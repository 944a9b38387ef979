"""The review page: ONE self-contained HTML file to check figures and findings by eye.

:func:`render_html` turns a :class:`~fupin_extract.corpus.Corpus` (and the findings of
:func:`fupin_extract.audit.audit`, when available) into a page with

- a document index with counts (figures, findings, findings that do not hold);
- a filter by indicator (checkboxes, plain JS) that turns off the highlights of other indicators
  and hides their rows in the figure lists;
- per document the original text with every figure highlighted and coloured by indicator —
  hover shows a summary, click (or Enter) shows value, unit, qualifier, indicator, scope, period
  and rule in a side panel — then its findings, each linked to its evidence spans (anchors).

Safety: every piece of document text and every value is passed through :func:`html.escape`;
the highlighted text is built by slicing the original text between figure spans (figures never
overlap); details are shown with ``textContent``, never ``innerHTML``; the page carries a
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
from typing import Any, Dict, List, Optional, Tuple

import pandas as pd

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
        from .indicators import catalog
    except ImportError:
        return {}
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
def _fig_id(di: int, s: int, e: int) -> str:
    return f"d{di}-f{s}-{e}"


def _summary(f: dict, label: str) -> str:
    parts = [f"{_text(f.get('value'))} {_text(f.get('unit'))}".strip()]
    if f.get("qualifier") and f.get("qualifier") != "exact":
        parts.append(_text(f.get("qualifier")))
    parts.append(label or "（无指标）")
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


def _highlight(text: str, di: int, figs: List[dict], evid: Dict[Tuple[int, int], str],
               ind_class: Dict[str, str], labels: Dict[str, str]) -> Tuple[str, int, Dict[Tuple[int, int], str]]:
    """The text with every figure wrapped in a ``<mark>``; returns (html, figures shown, span→anchor).

    ``evid`` holds evidence spans of findings; one that is not a figure gets its own anchor
    ``<span class="ev">`` when it overlaps no figure, else links to the figure it overlaps.
    """
    items = []  # (start, end, kind, payload)
    fig_spans = []
    for f in figs:
        s, e = int(f["start"]), int(f["end"])
        items.append((s, e, "fig", f))
        fig_spans.append((s, e))
    anchors: Dict[Tuple[int, int], str] = {}
    fig_set = set(fig_spans)
    for (s, e) in evid:
        if (s, e) in fig_set:
            anchors[(s, e)] = _fig_id(di, s, e)
    for (s, e) in sorted(evid):
        if (s, e) in anchors:
            continue
        over = [fs for fs in fig_spans if fs[0] < e and s < fs[1]]
        if over:
            anchors[(s, e)] = _fig_id(di, *over[0])
        else:
            items.append((s, e, "ev", None))
            anchors[(s, e)] = f"d{di}-e{s}-{e}"
    items.sort(key=lambda x: (x[0], x[1]))
    out: List[str] = []
    pos = 0
    shown = 0
    n = len(text)
    for s, e, kind, f in items:
        if s < pos or e > n or s > e:
            if kind == "ev":  # evidence overlapping other evidence, or outside the text: link the document
                anchors[(s, e)] = f"doc-{di}"
                continue
            s, e = max(s, pos), min(max(e, pos), n)  # never happens for valid figures; keep every figure
        out.append(esc(text[pos:s]))
        piece = esc(text[s:e])
        if kind == "fig":
            key = f["_key"]
            label = labels.get(key, "")
            attrs = {
                "id": _fig_id(di, int(f["start"]), int(f["end"])),
                "class": f"fig {ind_class[key]}",
                "tabindex": "0",
                "title": _summary(f, label),
                "data-ind": key,
                "data-text": _text(f.get("text")),
                "data-value": _value_text(f),
                "data-unit": _text(f.get("unit")),
                "data-qualifier": _text(f.get("qualifier")),
                "data-indicator": (f"{_text(f.get('indicator'))} {label}".strip()
                                   if key != NONE_KEY else ""),
                "data-scope": _text(f.get("scope")),
                "data-period": _text(f.get("period")),
                "data-rule": _text(f.get("rule")),
                "data-doc": _text(f.get("doc")),
                "data-span": f"{int(f['start'])}–{int(f['end'])}",
            }
            out.append("<mark " + " ".join(f'{k}="{esc(v)}"' for k, v in attrs.items()) + ">" + piece + "</mark>")
            shown += 1
        else:
            out.append(f'<span class="ev" id="{esc(anchors[(s, e)])}">{piece}</span>')
        pos = e
    out.append(esc(text[pos:]))
    return "".join(out), shown, anchors


def _finding_html(di: Optional[int], j: int, r: dict, anchors: Dict[Tuple[int, int], str],
                  doc_index: Optional[Dict[str, int]] = None) -> str:
    holds = r.get("holds")
    if _isna(holds):
        status, cls = "无法判断", "unknown"
    elif bool(holds):
        status, cls = "成立", "holds"
    else:
        status, cls = "不成立", "fails"
    sev = re.sub(r"[^a-z0-9_-]", "", _text(r.get("severity")).lower())
    links = []
    for role, zh in (("total", "合计"), ("parts", "分项"), ("rate", "比率")):
        for (s, e) in _spans(r.get(role)):
            if di is None:  # no text on this page to point into
                links.append(f'<span class="evspan" data-role="{esc(role)}">{esc(zh)} {s}–{e}</span>')
                continue
            target = anchors.get((s, e), f"doc-{di}")
            links.append(f'<a class="evlink" href="#{esc(target)}" data-role="{esc(role)}">{esc(zh)} {s}–{e}</a>')
    other = r.get("other_doc")
    if not _isna(other) and _text(other):
        k = (doc_index or {}).get(_text(other))
        links.append(f'<a class="otherdoc" href="#doc-{k}">另一报告 {esc(other)}</a>' if k is not None
                     else f'<span class="otherdoc">另一报告 {esc(other)}</span>')
    rows = []
    for k, zh in (("stated", "陈述值"), ("recomputed", "重算值"), ("difference", "差额"), ("tolerance", "容差")):
        if k in r and not _isna(r.get(k)):
            rows.append(f"<span class=\"kv\"><b>{esc(zh)}</b> {esc(r.get(k))}</span>")
    if rows and not _isna(r.get("unit")) and _text(r.get("unit")):
        rows.append(f"<span class=\"kv\"><b>单位</b> {esc(r.get('unit'))}</span>")
    head = " ".join(x for x in (
        f'<span class="status {cls}">{esc(status)}</span>',
        f'<span class="sev sev-{esc(sev)}">{esc(r.get("severity"))}</span>' if sev else "",
        f'<code>{esc(r.get("rule"))}</code>' if not _isna(r.get("rule")) else "",
        f'<span class="kind">{esc(r.get("kind"))}</span>' if not _isna(r.get("kind")) else "",
    ) if x)
    expl = f'<div class="expl">{esc(r.get("explanation"))}</div>' if not _isna(r.get("explanation")) else ""
    sent = f'<blockquote>{esc(r.get("sentence"))}</blockquote>' if not _isna(r.get("sentence")) else ""
    fid = f"d{di}-k{j}" if di is not None else f"corpus-k{j}"
    return (f'<li class="finding {cls}" id="{fid}" data-holds="{cls}">{head} '
            f'<span class="links">{" ".join(links)}</span><div class="vals">{" ".join(rows)}</div>{expl}{sent}</li>')


def _figure_table(figs: List[dict], di: int, labels: Dict[str, str], ind_class: Dict[str, str]) -> str:
    head = "".join(f"<th>{esc(h)}</th>" for h in ("位置", "原文", "数值", "单位", "限定词", "指标", "范围", "时期", "规则"))
    rows = []
    for f in figs:
        key = f["_key"]
        ind = f"{_text(f.get('indicator'))} {labels.get(key, '')}".strip() if key != NONE_KEY else ""
        fid = _fig_id(di, int(f["start"]), int(f["end"]))
        cells = [f'<a href="#{esc(fid)}">{int(f["start"])}–{int(f["end"])}</a>', esc(f.get("text")),
                 esc(_value_text(f)), esc(f.get("unit")), esc(f.get("qualifier")),
                 f'<span class="sw {ind_class[key]}"></span>{esc(ind)}', esc(f.get("scope")),
                 esc(f.get("period")), f'<code>{esc(f.get("rule"))}</code>']
        rows.append(f'<tr data-ind="{esc(key)}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return (f'<details class="figlist"><summary>数字列表（{len(figs)}）</summary>'
            f'<table class="figtable"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></details>')


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
"""

JS = r"""
(function () {
  'use strict';
  var FIELDS = ['text', 'value', 'unit', 'qualifier', 'indicator', 'scope', 'period', 'rule', 'doc', 'span'];
  var panel = document.getElementById('details');
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark.fig'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-ind]'));
  var boxes = Array.prototype.slice.call(document.querySelectorAll('#filter input.ind'));
  function show(m) {
    marks.forEach(function (x) { x.classList.remove('selected'); });
    m.classList.add('selected');
    FIELDS.forEach(function (k) {
      var el = document.getElementById('dt-' + k);
      if (el) { el.textContent = m.dataset[k] ? m.dataset[k] : '—'; }
    });
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
  apply();
  fromHash();
  document.documentElement.setAttribute('data-ready', '1');
})();
"""


def _records(df: Optional[pd.DataFrame]) -> List[dict]:
    if df is None or len(df) == 0:
        return []
    return df.astype(object).where(df.notna(), None).to_dict("records")


def _run_audit(corpus) -> Optional[pd.DataFrame]:
    """Findings of :func:`fupin_extract.audit.audit` when available (see :func:`export._optional`)."""
    from .export import _optional

    return _optional(corpus, "audit", "audit")


def render_html(corpus, findings: Optional[pd.DataFrame] = None, *, title: str = "fupin-extract 审阅页",
                run_audit: bool = True) -> str:
    """The review page of ``corpus`` as one self-contained HTML string.

    ``findings`` defaults to :func:`fupin_extract.audit.audit` of the corpus when that module
    exists (``run_audit=False`` skips it); without findings the page says so.
    """
    audit_note = ""
    if findings is None and run_audit:
        findings = _run_audit(corpus)
        if findings is None:
            audit_note = "审计模块不可用：本页不含核查发现。"
    elif findings is None:
        audit_note = "未运行审计：本页不含核查发现。"

    cat = _catalog()
    figs_all = _records(corpus.figures)
    for f in figs_all:
        f["_key"] = NONE_KEY if _isna(f.get("indicator")) or _text(f.get("indicator")) == "" else _text(f["indicator"])
    present = sorted({f["_key"] for f in figs_all if f["_key"] != NONE_KEY},
                     key=lambda k: (list(cat).index(k) if k in cat else len(cat), k))
    keys = present + [NONE_KEY]
    ind_class = {k: f"c{i}" for i, k in enumerate(keys)}
    colours = {k: (NONE_COLOUR if k == NONE_KEY else _colour(i)) for i, k in enumerate(keys)}
    labels = {k: cat.get(k, {}).get("label", "") for k in present}
    counts: Dict[str, int] = {}
    for f in figs_all:
        counts[f["_key"]] = counts.get(f["_key"], 0) + 1

    by_doc: Dict[str, List[dict]] = {}
    for f in figs_all:
        by_doc.setdefault(_text(f.get("doc")), []).append(f)
    find_recs = _records(findings) if findings is not None else []
    find_by_doc: Dict[str, List[dict]] = {}
    for r in find_recs:
        find_by_doc.setdefault(_text(r.get("doc")), []).append(r)

    docs = _records(corpus.documents)
    doc_ids = [_text(d.get("doc")) for d in docs]
    for extra in by_doc:  # figures of documents missing from the documents table
        if extra not in doc_ids:
            doc_ids.append(extra)
            docs.append({"doc": extra})
    doc_index = {d: i for i, d in enumerate(doc_ids)}
    # findings about the whole corpus (doc "(corpus)") or about documents not on this page
    loose = [r for d, rs in find_by_doc.items() if d not in doc_index for r in rs]
    texts = getattr(corpus, "texts", {}) or {}

    sections: List[str] = []
    index_rows: List[str] = []
    for di, d in enumerate(docs):
        doc = doc_ids[di]
        figs = sorted(by_doc.get(doc, []), key=lambda f: (int(f["start"]), int(f["end"])))
        frs = find_by_doc.get(doc, [])
        evid: Dict[Tuple[int, int], str] = {}
        for r in frs:
            for role in ("total", "parts", "rate"):
                for sp in _spans(r.get(role)):
                    evid[sp] = role
        text = texts.get(doc)
        if text is None:
            body = '<p class="meta">（原文不可用：只列出数字。）</p>'
            anchors = {sp: f"doc-{di}" for sp in evid}
        else:
            hl, _shown, anchors = _highlight(text, di, figs, evid, ind_class, labels)
            body = f'<div class="text" lang="zh">{hl}</div>'
        n_fail = sum(1 for r in frs if not _isna(r.get("holds")) and not bool(r.get("holds")))
        meta_bits = [f"{k}: {_text(d.get(k))}" for k in ("place", "level", "county", "province", "date", "year",
                                                        "path", "encoding")
                     if not _isna(d.get(k)) and _text(d.get(k))]
        if frs:
            items = "".join(_finding_html(di, j, r, anchors, doc_index) for j, r in enumerate(frs))
            fhtml = (f'<div class="findings"><h3>核查发现（{len(frs)}，不成立 {n_fail}）</h3>'
                     f'<ol>{items}</ol></div>')
        elif findings is not None:
            fhtml = '<div class="findings"><p class="meta">无核查发现。</p></div>'
        else:
            fhtml = ""
        title_bits = [doc] + [_text(d.get(k)) for k in ("place", "title") if not _isna(d.get(k)) and _text(d.get(k))]
        sections.append(
            f'<section class="doc" id="doc-{di}" data-doc="{esc(doc)}">'
            f'<h2>{esc(" — ".join(title_bits))}</h2>'
            f'<p class="meta">{esc(" · ".join(meta_bits))} · 数字 {len(figs)}</p>'
            f'{fhtml}{body}{_figure_table(figs, di, labels, ind_class)}</section>')
        index_rows.append(
            f'<tr><td><a href="#doc-{di}">{esc(doc)}</a></td><td>{esc(d.get("place"))}</td>'
            f'<td>{esc(d.get("level"))}</td><td>{esc(d.get("year"))}</td>'
            f'<td class="num">{esc(d.get("n_chars"))}</td><td class="num">{len(figs)}</td>'
            f'<td class="num" data-shown-for="doc-{di}">{len(figs)}</td>'
            f'<td class="num">{len(frs) if findings is not None else "—"}</td>'
            f'<td class="num">{n_fail if findings is not None else "—"}</td></tr>')

    filt = []
    for k in keys:
        name = "（无指标）" if k == NONE_KEY else f"{k} {labels.get(k, '')}".strip()
        filt.append(f'<label><input type="checkbox" class="ind" value="{esc(k)}" checked>'
                    f'<span class="sw {ind_class[k]}"></span>{esc(name)} ({counts.get(k, 0)})</label>')
    colour_css = "".join(f".{ind_class[k]}{{--c:{colours[k]}}}" for k in keys)
    css = CSS + colour_css
    js_hash = base64.b64encode(hashlib.sha256(JS.encode("utf-8")).digest()).decode("ascii")
    csp = (f"default-src 'none'; script-src 'sha256-{js_hash}'; style-src 'unsafe-inline'; img-src data:; "
           f"base-uri 'none'; form-action 'none'")
    n_fail_all = sum(1 for r in find_recs if not _isna(r.get("holds")) and not bool(r.get("holds")))
    summary = (f"{len(docs)} 份文档 · {len(figs_all)} 个数字 · {len(present)} 个指标"
               + (f" · {len(find_recs)} 条核查发现（不成立 {n_fail_all}）" if findings is not None else "")
               + (f" · {len(corpus.errors)} 个文件出错" if getattr(corpus, "errors", None) is not None
                  and len(corpus.errors) else ""))
    loose_html = ""
    if loose:
        items = "".join(_finding_html(None, j, r, {}, doc_index) for j, r in enumerate(loose))
        loose_html = (f'<section class="corpus-findings" id="corpus-findings"><h2>全体文档的核查发现（{len(loose)}）</h2>'
                      f'<ol>{items}</ol></section>')
    errors_html = ""
    if getattr(corpus, "errors", None) is not None and len(corpus.errors):
        erows = "".join(f"<tr><td>{esc(r.get('path') or r.get('doc'))}</td><td>{esc(r.get('stage'))}</td>"
                        f"<td>{esc(r.get('message'))}</td></tr>" for r in _records(corpus.errors))
        errors_html = (f'<h2>出错的文件</h2><table><thead><tr><th>文件</th><th>阶段</th><th>原因</th></tr></thead>'
                       f'<tbody>{erows}</tbody></table>')
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="fupin-extract">
<link rel="icon" href="data:,">
<title>{esc(title)}</title>
<style>{css}</style>
</head>
<body>
<header>
<h1>{esc(title)}</h1>
<div class="summary">{esc(summary)}{(" · " + esc(audit_note)) if audit_note else ""}</div>
</header>
<aside id="side">
<fieldset id="filter"><legend>按指标筛选</legend>
<div class="buttons"><button type="button" id="filter-all">全选</button><button type="button" id="filter-none">全不选</button></div>
{"".join(filt)}
</fieldset>
<section id="details" aria-live="polite">
<h2>数字详情</h2>
<p id="details-empty" class="hint">点击（或按 Enter）高亮的数字查看详情；悬停显示摘要。</p>
<dl id="details-body" hidden>
<dt>原文</dt><dd id="dt-text"></dd><dt>数值</dt><dd id="dt-value"></dd><dt>单位</dt><dd id="dt-unit"></dd>
<dt>限定词</dt><dd id="dt-qualifier"></dd><dt>指标</dt><dd id="dt-indicator"></dd><dt>范围</dt><dd id="dt-scope"></dd>
<dt>时期</dt><dd id="dt-period"></dd><dt>规则</dt><dd id="dt-rule"></dd><dt>文档</dt><dd id="dt-doc"></dd>
<dt>位置</dt><dd id="dt-span"></dd>
</dl>
</section>
</aside>
<main>
<noscript><p class="noscript">筛选和详情需要 JavaScript；高亮和核查发现无需脚本即可阅读。</p></noscript>
<h2>文档索引</h2>
<table id="index"><thead><tr><th>文档</th><th>单位</th><th>层级</th><th>年度</th><th>字数</th><th>数字</th>
<th>显示</th><th>核查发现</th><th>不成立</th></tr></thead>
<tbody>{"".join(index_rows)}</tbody></table>
{errors_html}
{loose_html}
{"".join(sections)}
</main>
<script>{JS}</script>
</body>
</html>
"""


def write_html(corpus, path, findings: Optional[pd.DataFrame] = None, **kw) -> str:
    """Render and write the review page (UTF-8); returns the path."""
    from pathlib import Path

    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(render_html(corpus, findings, **kw), encoding="utf-8")
    return str(p)
