"""The HTML review page: structure and escaping in Python, behaviour in a real headless browser.

The browser is Debian's chromium (installed by tests/setup_extra.sh) driven by Playwright's
Python package; without it the browser tests skip and say why.
"""
from __future__ import annotations

import base64
import html
import hashlib
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

import fupin_extract as fx
from fupin_extract import report as R

from conftest import CORPORA, ROOT

CHROMIUM = os.environ.get("FUPIN_CHROMIUM", "/usr/bin/chromium")  # Debian's chromium (tests/setup_extra.sh)
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
HOSTILE_LINES = [
    "关于=SUM(A1)乡2020年脱贫攻坚工作的报告",
    "=SUM(A1)+全乡共有贫困户36户84人。",
    "<script>alert(1)</script>已脱贫32户80人，贫困发生率由8.5%下降至0.3%。",
    "@SUM(A1) 发放补助资金&amp;15万元。<img src=x onerror=alert(3)>",
    "共投入扶贫资金715万元，其中产业扶贫资金500万元、教育扶贫资金215万元。",
]


# --------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile")
    (d / "hostile.txt").write_text("\n".join(HOSTILE_LINES) + "\n", encoding="utf-8")
    return fx.read(d)


def _span(text: str, piece: str, after: int = 0):
    i = text.index(piece, after)
    return [i, i + len(piece)]


@pytest.fixture(scope="module")
def hostile_findings(hostile):
    """Findings in the shape fupin_extract.audit returns (test data, written by hand)."""
    text = hostile.texts["hostile"]
    return pd.DataFrame([
        {"doc": "hostile", "kind": "sum", "rule": "sum.<script>alert(2)</script>", "severity": "error",
         "total": _span(text, "715万元"), "parts": [_span(text, "500万元"), _span(text, "215万元")], "rate": None,
         "stated": "7150000", "recomputed": "7150000", "difference": "0", "tolerance": "10000", "holds": True,
         "explanation": "=SUM(A1) &amp; <b>500+215=715</b>", "sentence": "共投入扶贫资金715万元……"},
        {"doc": "hostile", "kind": "plausibility", "rule": "evidence.not_a_figure", "severity": "warning",
         "total": _span(text, "<script>alert(1)</script>"), "parts": None, "rate": None,
         "stated": None, "recomputed": None, "difference": None, "tolerance": None, "holds": False,
         "explanation": "<script>alert(4)</script>", "sentence": None},
    ])


@pytest.fixture(scope="module")
def page_html(corpus):
    return R.render_html(corpus)


class _TextOf(HTMLParser):
    """Text inside each ``div.text`` (tags dropped, entities decoded) and the marks' texts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.texts = []
        self.marks = []
        self.in_mark = False
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if self.depth:
            self.depth += 1 if tag in ("div",) else 0
            if tag == "mark":
                self.in_mark = True
                self.marks.append([a, ""])
        elif tag == "div" and a.get("class") == "text":
            self.depth = 1
            self.texts.append("")

    def handle_endtag(self, tag):
        if self.depth and tag == "div":
            self.depth -= 1
        if tag == "mark":
            self.in_mark = False

    def handle_data(self, data):
        if self.depth:
            self.texts[-1] += data
            if self.in_mark:
                self.marks[-1][1] += data


# --------------------------------------------------------------------------- without a browser
def test_text_is_the_original_and_every_figure_is_a_mark(corpus, page_html):
    p = _TextOf()
    p.feed(page_html)
    docs = corpus.documents["doc"].tolist()
    assert p.texts == [corpus.texts[d] for d in docs]  # slicing + escaping lose nothing
    assert len(p.marks) == len(corpus.figures)
    for doc in docs:
        figs = corpus.figures_of(doc).sort_values("start")
        marks = [(a, t) for a, t in p.marks if a["id"].rsplit("@", 1)[0] == doc]
        assert [t for _, t in marks] == figs["text"].tolist()
        assert [a["data-unit"] for a, _ in marks] == figs["unit"].tolist()
        assert [a["data-span"] for a, _ in marks] == [f"{s}–{e}" for s, e in zip(figs["start"], figs["end"])]


def test_page_is_self_contained(page_html):
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page_html, re.I)
    assert "@import" not in page_html and "url(" not in page_html
    assert page_html.count("<script") == 1
    js = re.search(r"<script>(.*)</script>", page_html, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page_html).group(1)
    csp = html.unescape(csp)
    assert "default-src 'none'" in csp and f"sha256-{digest}" in csp


def test_hostile_text_is_escaped(hostile, hostile_findings):
    page = R.render_html(hostile, hostile_findings)
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>500" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "资金&amp;amp;" in page  # the report's literal "&amp;" stays literal
    assert page.count("<script") == 1
    p = _TextOf()
    p.feed(page)
    assert p.texts == [hostile.texts["hostile"]]
    assert len(p.marks) == len(hostile.figures)


def test_findings_link_to_evidence_anchors(hostile, hostile_findings):
    page = R.render_html(hostile, hostile_findings)
    ids = set(re.findall(r'\sid="([^"]+)"', page))
    links = re.findall(r'class="evlink" href="#([^"]+)"', page)
    assert len(links) == 4  # total + 2 parts, and the evidence that is not a figure
    assert all(link in ids for link in links)
    text = hostile.texts["hostile"]
    s, e = _span(text, "715万元")
    assert f"hostile@{s}-{e}" in links
    s, e = _span(text, "<script>alert(1)</script>")
    assert f'<span class="ev" id="hostile@e{s}-{e}">&lt;script&gt;alert(1)&lt;/script&gt;</span>' in page


def test_every_evidence_link_has_a_target(hostile):
    text = hostile.texts["hostile"]
    s, e = _span(text, "<script>alert(1)</script>")
    findings = pd.DataFrame([{"doc": "hostile", "kind": "sum", "rule": "r", "severity": "info",
                              "total": [s, e], "parts": [[s + 2, e + 2], [len(text) + 5, len(text) + 9]],
                              "rate": "[0, 2]", "holds": None}])
    page = R.render_html(hostile, findings)
    ids = set(re.findall(r'\sid="([^"]+)"', page))
    links = re.findall(r'class="evlink" href="#([^"]+)"', page)
    assert len(links) == 4 and all(link in ids for link in links)
    assert links[1] == links[2] == "hostile"  # overlapping another evidence span; beyond the text


@pytest.mark.parametrize("value, spans", [
    (None, []), (float("nan"), []), ([3, 8], [(3, 8)]), ((3, 8), [(3, 8)]), ([[1, 2], [4, 6]], [(1, 2), (4, 6)]),
    ("[5, 9]", [(5, 9)]), ("[[5, 9], [10, 12]]", [(5, 9), (10, 12)]), ("garbage", []), ([9, 3], []),
])
def test_spans_in_every_shape(value, spans):
    assert R._spans(value) == spans


def test_cli_report_writes_one_file(tmp_path):
    out = tmp_path / "sub" / "report.html"
    r = subprocess.run([sys.executable, "-m", "fupin_extract.cli", "-q", "report", str(CORPORA), "-o", str(out)],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    assert [p.name for p in out.parent.iterdir()] == ["report.html"]
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# --------------------------------------------------------------------------- in a real browser
@pytest.fixture(scope="module")
def browser():
    if not (os.path.exists(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.skip(f"{CHROMIUM} not found: tests/setup_extra.sh installs Debian's chromium with apt "
                    f"(as root); apt was unreachable or the script did not run")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as e:
        pytest.skip(f"the playwright Python package is not installed ({e})")
    pw = sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    except Exception as e:  # a chromium that cannot start here (missing libraries, no /dev/shm …)
        pw.stop()
        pytest.skip(f"{CHROMIUM} did not start under Playwright: {str(e).splitlines()[0]}")
    yield b
    b.close()
    pw.stop()


class Page:
    """A loaded review page with everything that went wrong recorded."""

    def __init__(self, browser, html_text: str, path: Path):
        path.write_text(html_text, encoding="utf-8")
        self.url = path.resolve().as_uri()
        self.console_errors, self.dialogs, self.requests = [], [], []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.page.on("console", lambda m: self.console_errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.console_errors.append(f"pageerror: {e}"))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(self.url)
        self.page.wait_for_function("document.documentElement.dataset.ready === '1'")

    def close(self):
        self.page.close()


def _with_two_indicators(corpus):
    """The corpus, with indicators assigned to some figures if it has fewer than two (test data)."""
    figs = corpus.figures
    if figs["indicator"].dropna().nunique() >= 2:
        return corpus
    figs = figs.copy()
    figs["indicator"] = pd.array([["poor_households", "poor_population", None][i % 3] for i in range(len(figs))],
                                 dtype="string")
    return fx.corpus.Corpus(figs, corpus.documents, corpus.errors, corpus.texts)


@pytest.fixture(scope="module")
def corpora_page(browser, corpus, tmp_path_factory):
    c = _with_two_indicators(corpus)
    p = Page(browser, R.render_html(c), tmp_path_factory.mktemp("page") / "report.html")
    yield c, p
    p.close()


def test_browser_page_loads_clean_with_every_highlight(corpora_page):
    c, p = corpora_page
    assert p.console_errors == []
    assert p.dialogs == []
    assert p.requests == [p.url]  # nothing but the file itself: no network at view time
    sections = p.page.locator("section.doc")
    docs = c.documents["doc"].tolist()
    assert sections.count() == len(docs)
    for i, doc in enumerate(docs):
        sec = p.page.locator(f'section.doc[data-doc="{doc}"]')
        assert sec.get_attribute("id") == doc  # anchors are doc ids
        assert sec.locator("mark.fig").count() == len(c.figures_of(doc)), doc
    assert p.page.locator("#index tbody tr").count() == len(docs)


def test_browser_click_shows_details(corpora_page):
    c, p = corpora_page
    figs = c.figures.sort_values(["doc", "start"])
    row = figs[figs["indicator"].notna()].iloc[0]
    mark = p.page.locator(f'mark[id="{row["doc"]}@{row["start"]}-{row["end"]}"]')
    assert p.page.locator("#details-body").is_hidden()
    mark.scroll_into_view_if_needed()
    mark.click()
    assert p.page.locator("#details-body").is_visible()
    assert p.page.locator("#dt-text").text_content() == row["text"]
    assert p.page.locator("#dt-value").text_content() == row["value_exact"]
    assert p.page.locator("#dt-unit").text_content() == row["unit"]
    assert p.page.locator("#dt-qualifier").text_content() == row["qualifier"]
    assert p.page.locator("#dt-indicator").text_content().split()[0] == row["indicator"]
    assert p.page.locator("#dt-rule").text_content() == row["rule"]
    assert p.page.locator("#dt-span").text_content() == f"{row['start']}–{row['end']}"
    assert p.page.locator("#dt-doc").text_content() == row["doc"]
    assert p.page.locator("#dt-sentence").text_content() == row["sentence"]  # the details show the sentence
    assert "selected" in mark.get_attribute("class")
    assert p.console_errors == []


def test_browser_filter_hides_other_indicators(corpora_page):
    c, p = corpora_page
    counts = c.figures["indicator"].value_counts()
    keep = counts.index[0]
    p.page.click("#filter-none")
    p.page.check(f'#filter input.ind[value="{keep}"]')
    state = p.page.evaluate("""() => Array.from(document.querySelectorAll('mark.fig')).map(m => [
        m.dataset.ind, m.classList.contains('off'), getComputedStyle(m).backgroundColor])""")
    assert len(state) == len(c.figures)
    for ind, off, bg in state:
        if ind == keep:
            assert not off and bg != "rgba(0, 0, 0, 0)"
        else:
            assert off and bg == "rgba(0, 0, 0, 0)", (ind, bg)
    assert sum(1 for ind, off, _ in state if not off) == counts[keep]
    rows = p.page.evaluate("""() => Array.from(document.querySelectorAll('tr[data-ind]')).map(r =>
        [r.dataset.ind, r.hidden])""")
    assert all(hidden == (ind != keep) for ind, hidden in rows)
    shown = [int(x) for x in p.page.locator("[data-shown-for]").all_text_contents()]
    per_doc = c.figures[c.figures["indicator"] == keep].groupby("doc").size()
    assert shown == [int(per_doc.get(d, 0)) for d in c.documents["doc"]]
    # a turned-off figure no longer opens details
    other = p.page.locator("mark.fig.off").first
    other.scroll_into_view_if_needed()
    before = p.page.locator("#dt-span").text_content()
    other.click()
    assert p.page.locator("#dt-span").text_content() == before
    p.page.click("#filter-all")
    assert p.page.locator("mark.fig.off").count() == 0
    assert p.console_errors == []


def test_browser_hostile_report_shows_script_as_text(browser, hostile, hostile_findings, tmp_path):
    p = Page(browser, R.render_html(hostile, hostile_findings), tmp_path / "hostile.html")
    try:
        assert p.dialogs == []  # no alert(1), alert(2), alert(3), alert(4)
        assert p.console_errors == []
        assert p.page.evaluate("document.querySelectorAll('script').length") == 1
        assert p.page.evaluate("document.querySelectorAll('img, .expl *, .text b').length") == 0
        text = p.page.locator("section#hostile div.text")
        body = text.inner_text()
        for piece in ("<script>alert(1)</script>", "=SUM(A1)+全乡", "&amp;15万元", "<img src=x onerror=alert(3)>"):
            assert piece in body
        ev = p.page.locator("span.ev")
        assert ev.count() == 1 and ev.inner_text() == "<script>alert(1)</script>" and ev.is_visible()
        assert text.locator("mark.fig").count() == len(hostile.figures)
        # the findings are listed, escaped, and their links jump to the evidence
        findings = p.page.locator("li.finding")
        assert findings.count() == 2
        assert "sum.<script>alert(2)</script>" in findings.nth(0).inner_text()
        assert "=SUM(A1) &amp; <b>500+215=715</b>" in findings.nth(0).inner_text()
        first = findings.nth(0).locator("a.evlink").first
        target = first.get_attribute("href")
        first.click()
        assert p.page.evaluate("location.hash") == target
        assert p.page.locator("#dt-text").text_content() == "715万元"
        assert p.dialogs == [] and p.console_errors == []
    finally:
        p.close()


def test_browser_screenshot(corpora_page, tmp_path):
    """One viewport of the page: a document with its findings (when the audit ran) and a figure's details."""
    c, p = corpora_page
    p.page.click("#filter-all")
    p.page.evaluate("""() => {
        const withFindings = Array.from(document.querySelectorAll('section.doc')).find(s => s.querySelector('li.finding'));
        const sec = withFindings || document.querySelector('section.doc');
        sec.scrollIntoView({block: 'start'});
        const link = sec.querySelector('a.evlink');
        const target = link ? document.getElementById(link.getAttribute('href').slice(1)) : null;
        const mark = (target && target.matches('mark.fig')) ? target : sec.querySelector('mark.fig');
        if (mark) { mark.click(); }
    }""")
    assert p.page.locator("#details-body").is_visible()
    shot = tmp_path / "review-page.png"
    p.page.screenshot(path=str(shot))  # one viewport
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("FUPIN_UPDATE_SCREENSHOT") == "1":  # refresh docs/review-page.png for the README
        shutil.copyfile(shot, ROOT / "docs" / "review-page.png")


# --------------------------------------------------------------------------- issue 17: a page that keeps its promises
def _subset_finding(text, doc="hostile", holds=True):
    return {"doc": doc, "kind": "sum", "rule": "sum.subset", "severity": "info", "total": _span(text, "715万元"),
            "parts": [_span(text, "500万元")], "rate": None, "stated": "7150000", "recomputed": "5000000",
            "difference": "-2150000", "tolerance": "0", "holds": holds,
            "explanation": "“500万元” is part of “715万元”: not more than the total", "sentence": None, "unit": "元"}


def test_evidence_links_show_the_figures_text(hostile, hostile_findings):
    page = R.render_html(hostile, hostile_findings)
    labels = re.findall(r'class="evlink"[^>]*>([^<]*)</a>', page)
    assert labels[:3] == ["total “715万元”", "part “500万元”", "part “215万元”"]
    assert not any(re.fullmatch(r"\w+ \d+–\d+", l) for l in labels)


def test_anchors_are_doc_ids_and_failure_counts_link_to_failures(hostile, hostile_findings):
    page = R.render_html(hostile, hostile_findings)
    assert '<section class="doc has-fails" id="hostile" data-doc="hostile">' in page
    assert '<a href="#hostile">hostile</a>' in page
    (target,) = re.findall(r'class="failures" href="#([^"]+)"', page)
    assert re.search(rf'<li class="finding fails" id="{re.escape(target)}"', page)


@pytest.mark.parametrize("doc, anchor", [("web01", "web01"), ("a b/c", "a_b/c"), ("x\ty", "x_y")])
def test_doc_anchor_is_the_doc_id_without_white_space(doc, anchor):
    assert R.doc_anchor(doc) == anchor
    taken = {anchor}
    assert R.doc_anchor(doc, taken) == anchor + "~2"


@pytest.mark.parametrize("holds, status", [(True, "part ≤ total"), (False, "part > total"), (None, "cannot tell")])
def test_subset_checks_read_part_at_most_total(hostile, holds, status):
    text = hostile.texts["hostile"]
    page = R.render_html(hostile, pd.DataFrame([_subset_finding(text, holds=holds)]))
    li = re.search(r'<li class="finding.*?</li>', page, re.S).group(0)
    assert f'>{html.escape(status)}</span>' in li
    assert "difference" not in li and "-2150000" not in li
    assert "<b>part</b> 5000000" in li and "<b>total</b> 7150000" in li


def test_the_page_speaks_one_language():
    """The page's own words are English, as the audit's explanations are (report text stays Chinese)."""
    template = (ROOT / "fupin_extract" / "data" / "templates" / "report.html.j2").read_text(encoding="utf-8")
    assert not re.search(r"[\u4e00-\u9fff]", template)
    statuses = {R._status({"holds": h, "rule": r})[0] for h in (True, False, None) for r in ("sum.parts_after", "sum.subset")}
    labels = {k for r in ("sum.subset", "share.of") for k, _v in R._values({"rule": r, "stated": "1", "recomputed": "1",
                                                                             "difference": "0", "tolerance": "0", "unit": "元"})}
    assert not any(re.search(r"[\u4e00-\u9fff]", w) for w in statuses | labels)


def test_the_page_is_built_with_autoescaping(hostile):
    assert R.ENV.autoescape("report.html.j2") is True
    findings = pd.DataFrame([{"doc": "hostile", "kind": "<b>k</b>", "rule": "r\"><script>alert(5)</script>",
                              "severity": "javascript:alert(6)", "holds": False, "other_doc": "<i>x</i>",
                              "explanation": "<script>alert(7)</script>"}])
    page = R.render_html(hostile, findings, title="<script>alert(8)</script>")
    assert page.count("<script") == 1
    assert "<b>k</b>" not in page and "<i>x</i>" not in page
    assert 'href="javascript:' not in page


def _replicated(corpus, n_docs):
    """A corpus of n_docs documents made of copies of the sample reports (new doc ids; test data)."""
    docs, figs, texts = [], [], {}
    base = corpus.documents["doc"].tolist()
    for i in range(n_docs):
        src = base[i % len(base)]
        new = f"{src}-{i}"
        docs.append(corpus.documents[corpus.documents["doc"] == src].assign(doc=new))
        figs.append(corpus.figures_of(src).assign(doc=new))
        texts[new] = corpus.texts[src]
    return fx.corpus.Corpus(pd.concat(figs, ignore_index=True), pd.concat(docs, ignore_index=True),
                            corpus.errors, texts)


def test_the_page_of_400_documents_stays_small(corpus):
    """Size, not time (speed goes to benchmarks/): 400 documents stay under the 14.9 MB the page had."""
    big = _replicated(corpus, 400)
    page = R.render_html(big, run_audit=False)
    assert page.count('<section class="doc') == 400
    assert len(page.encode("utf-8")) < 14_000_000


def test_browser_only_failing_switch(browser, hostile, tmp_path):
    text = hostile.texts["hostile"]
    ok = _subset_finding(text, holds=True)
    bad = dict(_subset_finding(text, holds=False), rule="sum.parts_after")
    two = fx.corpus.Corpus(hostile.figures, pd.concat([hostile.documents, hostile.documents.assign(doc="clean")]),
                           hostile.errors, {"hostile": text, "clean": text})
    p = Page(browser, R.render_html(two, pd.DataFrame([ok, bad, dict(ok, doc="clean")])), tmp_path / "f.html")
    try:
        visible = lambda sel: p.page.evaluate(  # noqa: E731
            f"() => Array.from(document.querySelectorAll({sel!r})).filter(e => e.offsetParent !== null).length")
        assert visible("li.finding") == 3 and visible("section.doc") == 2
        p.page.check("#only-failing")
        assert visible("li.finding") == 1 and visible("li.finding.fails") == 1
        assert visible("section.doc") == 1 and visible("#index tbody tr") == 1
        link = p.page.locator("a.failures")
        link.click()
        assert p.page.evaluate("location.hash") == link.get_attribute("href")
        p.page.uncheck("#only-failing")
        assert visible("li.finding") == 3
        assert p.console_errors == []
    finally:
        p.close()
