"""Checks across reports: conflicting values, cumulative falls, copied passages, placeholders,
and the digit screen of money figures.

* ``conflict.same_place_year`` — two reports of one place state values for the same indicator
  and year whose intervals do not overlap (headline = the largest figure of that indicator,
  period and unit in a report; sub-units (``scope``) are left out);
* ``decrease.cumulative`` — a cumulative indicator (``cross_report.cumulative``) of one place
  that a later report states lower than an earlier one;
* ``copied_text.shingles`` — sentences of two reports of different places whose character
  shingles (digits masked, white space dropped) have Jaccard similarity ≥ the threshold:
  exact Jaccard through an inverted index for small corpora, MinHash/LSH (datasketch) above
  ``lsh_above`` passages; adjacent copied sentences are merged into one finding;
* ``cumulative.exceeds_registered`` — a cumulative figure (累计脱贫) of one place above what an
  earlier report of that place registered (``cross_report.bounded_by``);
* ``year.implausible`` — a report year the metadata flags (``year_issue``, read when present)
  or a title year outside ``cross_report.plausible_years``;
* ``placeholder.*`` — leftover template text (20xx, XX镇, **乡, ____, ×××) with its offsets;
* ``screen.*`` — Benford first-digit and last-two-digits tests of money figures with the
  sample size and Nigrini's MAD conformity class (``kind="screen"``, holds null: a screen,
  not a finding); below ``min_sample`` one row saying the sample is too small.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import replace
from itertools import combinations
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import pandas as pd
import regex

from fupin_extract.audit.core import ARABIC, Finding, Measured, fmt, quote
from fupin_extract.audit.figures import figs_of
from fupin_extract.rules.relations import CopiedTextRules, RelationRules
from fupin_extract.normalise import normalise
from fupin_extract.rules.text import text_rules

CORPUS_DOC = "(corpus)"
SENTENCE = regex.compile(text_rules().bracket("strong_end", negate=True) + "+" + text_rules().bracket("full_stop") + "?")
WS = regex.compile(r"\s+")
DIGIT = regex.compile(r"\d")
TITLE_YEAR = regex.compile(r"((?:19|20)\d\d)年")
TITLE_CHARS = 40


def _place_year(documents: pd.DataFrame) -> Dict[str, Tuple[Optional[str], Optional[int]]]:
    out = {}
    if documents is None or not len(documents):
        return out
    for row in documents.itertuples(index=False):
        place = getattr(row, "place", None)
        year = getattr(row, "year", None)
        place = None if place is None or place is pd.NA or (isinstance(place, float) and place != place) else str(place)
        year = None if year is None or year is pd.NA or (isinstance(year, float) and year != year) else int(year)
        out[str(row.doc)] = (place, year)
    return out


# --------------------------------------------------------------------------- conflicts, decreases
def _headlines(corpus, figs_by_doc: Dict[str, List[Measured]]):
    """(place, indicator, period, unit) → {doc: headline figure}."""
    py = _place_year(corpus.documents)
    out: Dict[tuple, Dict[str, Measured]] = defaultdict(dict)
    for doc, figs in figs_by_doc.items():
        place, year = py.get(doc, (None, None))
        if not place:
            continue
        for f in figs:
            if not f.indicator or f.scope:
                continue
            period = f.period or (str(year) if year is not None else None)
            if not period:
                continue
            key = (place, f.indicator, period, f.unit)
            cur = out[key].get(doc)
            if cur is None or f.value > cur.value:
                out[key][doc] = f
    return out, py


def conflicts(corpus, figs_by_doc: Dict[str, List[Measured]], texts: Dict[str, str]) -> List[Finding]:
    heads, _ = _headlines(corpus, figs_by_doc)
    out = []
    for (place, ind, period, unit), by_doc in sorted(heads.items()):
        for a, b in combinations(sorted(by_doc), 2):
            fa, fb = by_doc[a], by_doc[b]
            if fa.iv.overlaps(fb.iv):
                continue
            diff = fb.value - fa.value
            out.append(Finding(a, "conflict", "conflict.same_place_year", False,
                               f"{place} {period} {ind}: {quote(fa)} in {a} but {quote(fb)} in {b}",
                               "error", fa.span, [fb.span], None, stated=fmt(fa.value), recomputed=fmt(fb.value),
                               difference=fmt(diff), sentence=_sentence(texts.get(a, ""), fa.start), unit=unit,
                               other_doc=b))
    return out


def decreases(corpus, figs_by_doc: Dict[str, List[Measured]], texts: Dict[str, str], rules: RelationRules) -> List[Finding]:
    cumulative = set(rules.cross_report.cumulative)
    series = _headline_by(figs_by_doc, _place_year(corpus.documents), cumulative)
    out = []
    for (place, ind, unit), by_year in sorted(series.items()):
        years = sorted(by_year)
        for y1, y2 in zip(years, years[1:]):
            (d1, f1), (d2, f2) = by_year[y1], by_year[y2]
            if d1 == d2 or not f2.iv.below(f1.iv):
                continue
            out.append(Finding(d2, "decrease", "decrease.cumulative", False,
                               f"{place} {ind} (cumulative) falls from {quote(f1)} in {y1} ({d1}) "
                               f"to {quote(f2)} in {y2}", "warning", f2.span, [f1.span], None,
                               stated=fmt(f2.value), recomputed=fmt(f1.value), difference=fmt(f2.value - f1.value),
                               sentence=_sentence(texts.get(d2, ""), f2.start), unit=unit, other_doc=d1))
    return out


def _sentence(text: str, pos: int) -> str:
    if not text:
        return ""
    s = pos
    while s > 0 and text[s - 1] not in "。！？!?\n":
        s -= 1
    e = pos
    while e < len(text) and text[e] not in "。！？!?\n":
        e += 1
    return text[s:min(len(text), e + 1)].strip()


# --------------------------------------------------------------------------- copied text
def passages(doc: str, text: str, min_chars: int) -> List[Tuple[str, int, int]]:
    out = []
    for m in SENTENCE.finditer(text):
        s, e = m.span()
        body = WS.sub("", text[s:e])
        if len(body) >= min_chars:
            out.append((doc, s, e))
    return out


def shingles(text: str, k: int) -> set:
    t = DIGIT.sub("0", WS.sub("", normalise(text)))
    return {t[i:i + k] for i in range(max(1, len(t) - k + 1))}


def _different_places(ps: Sequence[Tuple[str, int, int]], py) -> Callable[[int, int], bool]:
    def different(i: int, j: int) -> bool:
        a, b = ps[i][0], ps[j][0]
        if a == b:
            return False
        pa, pb = py.get(a, (None, None))[0], py.get(b, (None, None))[0]
        return not (pa and pb and pa == pb)
    return different


def _lsh_pairs(sh: List[set], cfg: CopiedTextRules, different) -> Dict[Tuple[int, int], float]:
    """Pairs at or above the threshold by MinHash/LSH (large corpora)."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=cfg.threshold, num_perm=cfg.num_perm)
    mins = []
    for i, s in enumerate(sh):
        mh = MinHash(num_perm=cfg.num_perm)
        for g in s:
            mh.update(g.encode("utf-8"))
        mins.append(mh)
        lsh.insert(i, mh)
    pairs: Dict[Tuple[int, int], float] = {}
    for i, mh in enumerate(mins):
        for j in lsh.query(mh):
            if j > i and different(i, j):
                jac = len(sh[i] & sh[j]) / len(sh[i] | sh[j])
                if jac >= cfg.threshold:
                    pairs[(i, j)] = jac
    return pairs


def _exact_pairs(sh: List[set], cfg: CopiedTextRules, different) -> Dict[Tuple[int, int], float]:
    """Pairs at or above the threshold by exact Jaccard through an inverted index of shingles."""
    index: Dict[str, List[int]] = defaultdict(list)
    for i, s in enumerate(sh):
        for g in s:
            index[g].append(i)
    shared: Counter = Counter()
    for ids in index.values():
        if len(ids) > 200:  # a stock phrase of every report: says nothing about a pair
            continue
        for i, j in combinations(ids, 2):
            shared[(i, j)] += 1
    pairs: Dict[Tuple[int, int], float] = {}
    for (i, j), c in shared.items():
        if not different(i, j):
            continue
        jac = c / (len(sh[i]) + len(sh[j]) - c)
        if jac >= cfg.threshold:
            pairs[(i, j)] = jac
    return pairs


def _copied_groups(ps, pairs: Dict[Tuple[int, int], float]):
    """(doc a, doc b) → runs of adjacent copied sentences of the same two reports."""
    by_docs: Dict[Tuple[str, str], List[Tuple[int, int, float]]] = defaultdict(list)
    for (i, j), jac in pairs.items():
        a, b = (i, j) if ps[i][0] <= ps[j][0] else (j, i)
        by_docs[(ps[a][0], ps[b][0])].append((a, b, jac))
    for docs, items in sorted(by_docs.items()):
        items.sort()
        groups: List[List[Tuple[int, int, float]]] = []
        for it in items:
            if groups and it[0] - groups[-1][-1][0] <= 1 and abs(it[1] - groups[-1][-1][1]) <= 1:
                groups[-1].append(it)
            else:
                groups.append([it])
        yield docs, groups


def copied_text(corpus, texts: Dict[str, str], rules: RelationRules) -> List[Finding]:
    cfg = rules.copied_text
    k = cfg.shingle
    ps = [p for doc, text in texts.items() for p in passages(doc, text, cfg.min_chars)]
    sh = [shingles(texts[d][s:e], k) for d, s, e in ps]
    different = _different_places(ps, _place_year(corpus.documents))
    pairs = (_lsh_pairs if len(ps) > cfg.lsh_above else _exact_pairs)(sh, cfg, different)
    out = []
    for (da, db), groups in _copied_groups(ps, pairs):
        for g in groups:
            a0, a1 = ps[g[0][0]][1], ps[max(x[0] for x in g)][2]
            bs = sorted({x[1] for x in g})
            b0, b1 = ps[bs[0]][1], ps[bs[-1]][2]
            jac = min(x[2] for x in g)
            snippet = texts[da][a0:a1].strip()
            out.append(Finding(da, "copied_text", "copied_text.shingles", False,
                               f"{len(g)} sentence(s) near-identical to {db} [{b0}:{b1}] (Jaccard ≥ {jac:.2f}, "
                               f"{k}-character shingles): “{snippet[:40]}…”", "warning", [a0, a1], [[b0, b1]], None,
                               recomputed=f"{jac:.4f}", tolerance=f"{cfg.threshold}", sentence=snippet[:500],
                               other_doc=db))
    return out


# --------------------------------------------------------------------------- placeholders
def placeholders(texts: Dict[str, str], rules: RelationRules) -> List[Finding]:
    out = []
    for doc, text in texts.items():
        n = normalise(text)
        taken: List[Tuple[int, int]] = []
        for ph in rules.placeholders:
            for m in ph.pattern.finditer(n):
                s, e = m.span()
                if e <= s or any(s < b and a < e for a, b in taken):
                    continue
                taken.append((s, e))
                out.append(Finding(doc, "placeholder", ph.id, False, f"leftover placeholder “{text[s:e]}”",
                                   "warning", [s, e], None, None, stated=text[s:e],
                                   sentence=_sentence(text, s)[:300]))
    out.sort(key=lambda f: (f.doc, f.total[0]))
    return out


# --------------------------------------------------------------------------- digit screen
BENFORD = {d: math.log10(1 + 1 / d) for d in range(1, 10)}


def _mad(observed: Counter, n: int, expected: Dict[int, float]) -> float:
    return sum(abs(observed.get(d, 0) / n - p) for d, p in expected.items()) / len(expected)


def _conformity(mad: float, limits: Dict[str, float]) -> str:
    if mad <= limits.get("close", 0):
        return "close conformity"
    if mad <= limits.get("acceptable", 0):
        return "acceptable conformity"
    if mad <= limits.get("marginal", 0):
        return "marginally acceptable conformity"
    return "nonconformity"


def money_digits(figs_by_doc: Dict[str, List[Measured]]) -> Tuple[List[int], List[int]]:
    first, last2 = [], []
    for figs in figs_by_doc.values():
        for f in figs:
            if f.unit != "元" or f.value <= 0 or f.implied:
                continue
            s = format(f.value, "f").lstrip("0.").replace(".", "")
            if s and s[0] != "0":
                first.append(int(s[0]))
            m = ARABIC.search(normalise(f.text))
            if m and "." not in m.group():
                num = m.group().replace(",", "")
                if len(num) >= 3:
                    last2.append(int(num[-2:]))
    return first, last2


def screen(figs_by_doc: Dict[str, List[Measured]], rules: RelationRules) -> List[Finding]:
    min_n = rules.screen.min_sample
    first, last2 = money_digits(figs_by_doc)
    if len(first) < min_n:
        return [Finding(CORPUS_DOC, "screen", "screen.sample_size", None,
                        f"digit screen not run: {len(first)} money figures, fewer than {min_n} "
                        "(Benford and last-two-digit tests need a large sample)", "info",
                        stated=str(len(first)), tolerance=str(min_n))]
    out = []
    c1 = Counter(first)
    mad1 = _mad(c1, len(first), BENFORD)
    cls1 = _conformity(mad1, rules.screen.first_digit_mad)
    dist = " ".join(f"{d}:{c1.get(d, 0)}" for d in range(1, 10))
    out.append(Finding(CORPUS_DOC, "screen", "screen.benford_first_digit", None,
                       f"screen, not a finding: first digits of {len(first)} money figures, MAD {mad1:.4f} → "
                       f"{cls1} (Nigrini); counts {dist}", "info", stated=str(len(first)),
                       recomputed=f"{mad1:.6f}"))
    if len(last2) >= min_n:
        c2 = Counter(last2)
        mad2 = _mad(c2, len(last2), {d: 0.01 for d in range(100)})
        cls2 = _conformity(mad2, rules.screen.last_two_mad)
        top = ", ".join(f"{d:02d}×{c}" for d, c in c2.most_common(3))
        out.append(Finding(CORPUS_DOC, "screen", "screen.last_two_digits", None,
                           f"screen, not a finding: last two digits of {len(last2)} whole money figures, MAD {mad2:.4f}"
                           f" against uniform → {cls2}; most frequent {top}", "info", stated=str(len(last2)),
                           recomputed=f"{mad2:.6f}"))
    else:
        out.append(Finding(CORPUS_DOC, "screen", "screen.last_two_digits", None,
                           f"last-two-digit test not run: {len(last2)} whole money figures of 3+ digits, fewer than {min_n}",
                           "info", stated=str(len(last2)), tolerance=str(min_n)))
    return out


# --------------------------------------------------------------------------- all
def _year_issues(documents: pd.DataFrame) -> Dict[str, str]:
    """doc → the metadata's note on an implausible year (``year_issue``), when the table has it."""
    out: Dict[str, str] = {}
    if documents is None or not len(documents) or "year_issue" not in documents.columns:
        return out
    for doc, issue in zip(documents["doc"], documents["year_issue"]):
        if issue is not None and issue is not pd.NA and not (isinstance(issue, float) and issue != issue) and str(issue):
            out[str(doc)] = str(issue)
    return out


def implausible_years(corpus, texts: Dict[str, str], rules: RelationRules) -> List[Finding]:
    """A report year the metadata flags (``year_issue``), or a title year outside the campaign's
    plausible years (``cross_report.plausible_years``): a site that rewrote the year it copied the page."""
    lo, hi = rules.cross_report.year_range
    issues = _year_issues(corpus.documents)
    out = []
    for doc, text in texts.items():
        head = text[:TITLE_CHARS]
        m = TITLE_YEAR.search(head)
        year = int(m.group(1)) if m else None
        reason = issues.get(doc)
        if reason is None and year is not None and not lo <= year <= hi:
            reason = f"the title's year {year} is outside the campaign's plausible years {lo}–{hi}"
        if reason is None:
            continue
        span = [m.start(1), m.end(1) + 1] if m else None
        out.append(Finding(doc, "implausible_year", "year.implausible", False, f"report year: {reason}", "warning",
                           span, None, None, stated=str(year) if year else None,
                           sentence=_sentence(text, m.start()) if m else None))
    return out


def _headline_by(figs_by_doc, py, indicators) -> Dict[tuple, Dict[int, Tuple[str, Measured]]]:
    """(place, indicator, unit) → year → the largest whole-place figure of that indicator."""
    series: Dict[tuple, Dict[int, Tuple[str, Measured]]] = defaultdict(dict)
    for doc, figs in figs_by_doc.items():
        place, year = py.get(doc, (None, None))
        if not place or year is None:
            continue
        for f in figs:
            if f.indicator not in indicators or f.scope:
                continue
            cur = series[(place, f.indicator, f.unit)].get(year)
            if cur is None or f.value > cur[1].value:
                series[(place, f.indicator, f.unit)][year] = (doc, f)
    return series


def exceeds_registered(corpus, figs_by_doc: Dict[str, List[Measured]], texts: Dict[str, str],
                       rules: RelationRules) -> List[Finding]:
    """A cumulative figure (累计脱贫) above what the same place registered in an earlier report."""
    bounds = rules.cross_report.bounds
    py = _place_year(corpus.documents)
    series = _headline_by(figs_by_doc, py, set(bounds) | set(bounds.values()))
    out = []
    for (place, ind, unit), by_year in sorted(series.items()):
        reg = series.get((place, bounds.get(ind), unit))
        if not reg:
            continue
        for y2, (d2, f2) in sorted(by_year.items()):
            earlier = [(y1, d1, f1) for y1, (d1, f1) in reg.items() if y1 < y2 and d1 != d2]
            if not earlier:
                continue
            y1, d1, f1 = max(earlier, key=lambda e: e[0])
            if f1.iv.hi is None or f2.iv.lo <= f1.iv.hi:
                continue
            out.append(Finding(d2, "exceeds_registered", "cumulative.exceeds_registered", False,
                               f"{place} {ind} {quote(f2)} in {y2} exceeds the {bounds[ind]} {quote(f1)} the "
                               f"{y1} report ({d1}) registered (unless new households were identified since)",
                               "warning", f2.span, [f1.span], None, stated=fmt(f2.value), recomputed=fmt(f1.value),
                               difference=fmt(f2.value - f1.value), sentence=_sentence(texts.get(d2, ""), f2.start),
                               unit=unit, other_doc=d1))
    return out


#: rule id (or its family before the dot) → (structure, confidence) of a finding across reports; a copied passage's
#: confidence is its Jaccard similarity, the screen's none (it is no finding)
CROSS_STRUCTURE = {
    "conflict.same_place_year": ("the same place, indicator and year in two reports: the headline figures differ", 0.6),
    "decrease.cumulative": ("the same place in two reports of different years: a cumulative figure falls", 0.6),
    "cumulative.exceeds_registered": ("the same place in two reports of different years: a cumulative figure above "
                                      "the total an earlier report registered", 0.6),
    "year.implausible": ("the report year (title or metadata) outside the campaign's plausible years", 0.8),
    "copied_text": ("sentences of reports of different places with near-identical character shingles", None),
    "placeholder": ("leftover template text (20xx, XX镇, ____)", 0.9),
    "screen": ("digit screen of the money figures (Benford first digit, last two digits)", None),
}


def _with_structure(f: Finding) -> Finding:
    structure, conf = CROSS_STRUCTURE.get(f.rule) or CROSS_STRUCTURE.get(f.rule.split(".")[0], (None, None))
    if f.rule == "copied_text.shingles" and f.recomputed:
        conf = round(float(f.recomputed), 2)
    return replace(f, structure=f.structure or structure, confidence=f.confidence if f.confidence is not None else conf)


def corpus_findings(corpus, rules: RelationRules) -> List[Finding]:
    """Every finding across reports, each with its structure and confidence, the most confident first."""
    out = [_with_structure(f) for f in _corpus_findings(corpus, rules)]
    return sorted(out, key=lambda f: -(f.confidence if f.confidence is not None else 0.0))


def _corpus_findings(corpus, rules: RelationRules) -> List[Finding]:
    texts = corpus.texts
    figs_by_doc = figs_of(corpus.figures)
    out: List[Finding] = []
    out.extend(conflicts(corpus, figs_by_doc, texts))
    out.extend(decreases(corpus, figs_by_doc, texts, rules))
    out.extend(exceeds_registered(corpus, figs_by_doc, texts, rules))
    out.extend(implausible_years(corpus, texts, rules))
    out.extend(copied_text(corpus, texts, rules))
    out.extend(placeholders(texts, rules))
    out.extend(screen(figs_by_doc, rules))
    return out
