"""Exports: every file reopened and compared with the in-memory tables; codebook beside each."""
from __future__ import annotations

import json
import math
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import fupin_extract as fx
from fupin_extract import tables as tables_mod
from hypothesis import given, settings, strategies as st
from fupin_extract.export import writers as E
from fupin_extract.model import PatternError
from fupin_extract.tables import DOCUMENT_COLUMNS, ERROR_COLUMNS, FIGURE_COLUMNS

from conftest import CORPORA, ROOT

SCHEMAS = {"figures": FIGURE_COLUMNS, "documents": DOCUMENT_COLUMNS, "errors": ERROR_COLUMNS}
HOSTILE = [
    "关于=SUM(A1)乡2020年脱贫攻坚工作的报告",
    "=SUM(A1)+全乡共有贫困户36户84人。",
    "<script>alert(1)</script>已脱贫32户80人，贫困发生率由8.5%下降至0.3%。",
    "@SUM(A1) 发放补助资金&amp;15万元。",
    "-1+1 共投入扶贫资金715万元，其中产业扶贫资金500万元、教育扶贫资金215万元。",
    "+2 全乡下辖7个行政村。",
]


# --------------------------------------------------------------------------- helpers
def _norm(v):
    """One cell, comparable across formats: NA and "" → None, numbers → float, else str."""
    if v is None:
        return None
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(v, ensure_ascii=False)
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float, Decimal)) or hasattr(v, "dtype"):
        f = float(v)
        return None if math.isnan(f) else f
    s = str(v)
    return s if s != "" else None


def _rows(df: pd.DataFrame):
    return [[_norm(v) for v in row] for row in df.astype(object).itertuples(index=False, name=None)]


def _string_cols(table: str):
    return [c for c, t in SCHEMAS[table].items() if str(t) == "string"]


@pytest.fixture(scope="module")
def tables(corpus):
    return {"figures": corpus.figures, "documents": corpus.documents, "errors": corpus.errors}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile")
    (d / "=SUM(A1).txt").write_text("\n".join(HOSTILE) + "\n", encoding="utf-8")
    return fx.read(d)


# --------------------------------------------------------------------------- columns.yaml
def test_columns_yaml_documents_every_schema_column():
    docs = E.load_columns()
    for table, schema in SCHEMAS.items():
        assert list(docs[table].columns) == list(schema), table
        for col, cd in docs[table].columns.items():
            assert cd.label and len(cd.label) <= 80, (table, col)
            assert any("\u4e00" <= ch <= "\u9fff" for ch in cd.label), f"{table}.{col}: label is not Chinese"
            assert cd.description


@pytest.mark.parametrize("yaml_text, message, line", [
    ("tables:\n  figures:\n    label: 数字表\n    description: x\n    columns:\n      doc: {label: 文档, description: d, colour: red}\n",
     "unknown key", 6),
    ("tables:\n  figures:\n    label: 数字表\n    description: x\n    columns:\n      doc: {label: 文档}\n",
     "missing key", 6),
    ("tables:\n  figures:\n    label: 数字表\n    description: x\n    columns:\n      doc: {label: 文档, description: d}\n",
     "does not document column", 6),
    ("tables:\n  documents:\n    label: 文档表\n    description: x\n    columns:\n      doc: {label: 文档, description: d}\n"
     "      nonsense: {label: 乱, description: d}\n", "is not a column of table 'documents'", 7),
    ("tables:\n  findings:\n    label: 发现\n    description: x\n    columns:\n      doc: {label: '" + "长" * 81
     + "', description: d}\n", "at most 80", 6),
    ("tables:\n  findings:\n    label: 发现\n    description: x\n    columns:\n      doc: {label: 文档, description: d}\n"
     "      doc: {label: 文档, description: d}\n", "duplicate key", 7),
])
def test_columns_yaml_errors_name_file_and_line(tmp_path, yaml_text, message, line):
    p = tmp_path / "columns.yaml"
    p.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(PatternError) as e:
        E.load_columns(p)
    assert message in str(e.value)
    assert f"{p}:{line}:" in str(e.value)


def test_repository_columns_yaml_loads_through_the_pattern_folder():
    path = Path(E._columns_path())
    assert path == ROOT / "patterns" / "columns.yaml"
    assert set(SCHEMAS) <= set(E.load_columns(path))


# --------------------------------------------------------------------------- reopen every export
def test_csv_round_trip_utf8_bom(tmp_path, tables):
    paths = E.write_tables(tables, tmp_path, "csv")
    for name, df in tables.items():
        raw = paths[name].read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), name
        back = fx.read_table(paths[name])
        assert list(back.columns) == list(df.columns)
        assert dict(back.dtypes) == dict(df.dtypes), name
        assert _rows(back) == _rows(df), name
    # Chinese text arrives intact
    assert "贫困" in paths["figures"].read_text(encoding="utf-8-sig")


def test_parquet_round_trip(tmp_path, tables):
    paths = E.write_tables(tables, tmp_path, "parquet")
    for name, df in tables.items():
        back = pd.read_parquet(paths[name])
        pd.testing.assert_frame_equal(back.reset_index(drop=True), df.reset_index(drop=True), check_dtype=False)
        assert [str(t) for t in back.dtypes] == [str(t) for t in df.dtypes], name


def test_xlsx_one_workbook_round_trip(tmp_path, tables):
    paths = E.write_tables(tables, tmp_path, "xlsx")
    wb_path = tmp_path / E.WORKBOOK_NAME
    assert {paths[n] for n in tables} == {wb_path}
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == [E.WORKBOOK_NAME]
    sheets = pd.read_excel(wb_path, sheet_name=None, dtype=object)
    assert list(sheets) == ["figures", "documents", "errors", "codebook"]
    for name, df in tables.items():
        back = sheets[name]
        assert list(back.columns) == list(df.columns)
        assert _rows(back) == _rows(df), name
    wb = openpyxl.load_workbook(wb_path, read_only=False)
    for name in ("figures", "documents", "errors", "codebook"):
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), name
        widths = [ws.column_dimensions[c].width for c in "ABC"]
        assert all(w and w >= 6 for w in widths), (name, widths)
    # text columns are text: the period "2019" is not turned into a number
    ws = wb["figures"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2, max_row=50):
        for col in ("doc", "text", "value_exact", "unit", "sentence"):
            cell = row[header.index(col)]
            assert cell.value is None or cell.data_type == "s", (col, cell.value)


def test_dta_round_trip_with_chinese_labels(tmp_path, tables):
    docs = E.load_columns()
    paths = E.write_tables(tables, tmp_path, "dta")
    for name, df in tables.items():
        with pd.io.stata.StataReader(paths[name]) as r:
            labels = r.variable_labels()
            data_label = r.data_label
            back = r.read(convert_missing=False)
        names = [E.stata_name(c) for c in df.columns]
        assert list(back.columns) == names
        assert all(n.isascii() and n == n.lower() and len(n) <= 32 for n in names)
        assert labels == {E.stata_name(c): docs[name].columns[c].label for c in df.columns}, name
        assert data_label == docs[name].label
        assert _rows(back) == _rows(df), name
    assert "end_" in pd.read_stata(paths["figures"]).columns  # `end` is reserved in Stata


def test_dta_long_text_becomes_strl_and_survives(tmp_path):
    long = "贫困户" * 1000 + "=SUM(A1)"  # 9,000+ bytes: more than a Stata str# holds
    df = pd.DataFrame({"doc": pd.array(["a", "b"], dtype="string"),
                       "sentence": pd.array([long, None], dtype="string"),
                       "year": pd.array([2020, None], dtype="Int64")})
    p = E.write_table(df, tmp_path / "t.dta", "dta", name="figures")
    frame, labels, strl = E.stata_frame(df, "figures")
    assert "sentence" in strl
    back = pd.read_stata(p)
    assert back["sentence"].tolist() == [long, ""]
    assert back["year"].iloc[0] == 2020 and math.isnan(back["year"].iloc[1])


@pytest.mark.parametrize("col, name", [
    ("doc", "doc"), ("end", "end_"), ("in", "in_"), ("str12", "str12_"), ("poorHouseholds", "poor_households"),
    ("2019年", "v2019"), ("贫困户", "var"), ("a-b c", "a_b_c"), ("x" * 40, "x" * 32), ("_n", "n"),
])
def test_stata_names_are_ascii_snake_case(col, name):
    assert E.stata_name(col) == name


def test_stata_names_are_unique_and_labels_keep_the_original():
    df = pd.DataFrame({"贫困户": [1], "贫困人口": [2], "poor households": [3]})
    frame, labels, _ = E.stata_frame(df, "comparison")
    assert list(frame.columns) == ["var", "var_2", "poor_households"]
    assert labels["var"] == "贫困户" and labels["var_2"] == "贫困人口"


def test_jsonl_unchanged(tmp_path, tables):
    p = E.write_table(tables["figures"], tmp_path / "f.jsonl", "jsonl")
    lines = [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(tables["figures"])
    assert lines[0]["doc"] == tables["figures"]["doc"].iloc[0]
    assert lines[0]["start"] == int(tables["figures"]["start"].iloc[0])


# --------------------------------------------------------------------------- hostile text
def test_formula_and_script_arrive_as_plain_text_in_xlsx_and_csv(tmp_path, hostile):
    figs = hostile.figures
    assert len(figs) and (figs["doc"] == "=SUM(A1)").all()
    starts = {s[:1] for s in figs["sentence"].dropna()}
    assert {"=", "<", "-"} <= starts, starts  # cells that begin like formulas / markup
    tables = {"figures": figs, "documents": hostile.documents, "errors": hostile.errors}
    E.write_tables(tables, tmp_path / "x", "xlsx")
    wb = openpyxl.load_workbook(tmp_path / "x" / E.WORKBOOK_NAME)
    ws = wb["figures"]
    header = [c.value for c in ws[1]]
    cells = [(row[header.index("doc")], row[header.index("sentence")]) for row in ws.iter_rows(min_row=2)]
    expected = list(zip(figs["doc"], figs["sentence"]))
    assert len(cells) == len(expected)
    for (doc_cell, sent_cell), (doc, sent) in zip(cells, expected):
        assert doc_cell.data_type == "s" and doc_cell.value == doc == "=SUM(A1)"
        assert sent_cell.data_type == "s" and sent_cell.value == sent
    seen = {c.value for _, c in cells}
    assert any(v.startswith("=SUM(A1)+") for v in seen)
    assert any(v.startswith("<script>alert(1)</script>") for v in seen)
    # the xlsx holds no formula at all
    import zipfile
    with zipfile.ZipFile(tmp_path / "x" / E.WORKBOOK_NAME) as z:
        sheet_xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/"))
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml

    E.write_tables(tables, tmp_path / "c", "csv")
    raw = pd.read_csv(tmp_path / "c" / "figures.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert set(raw["doc"]) == {"'=SUM(A1)"}  # neutralised for spreadsheets (OWASP)
    assert not any(v[:1] in "=+-@\t\r" for v in raw["sentence"])
    back = fx.read_table(tmp_path / "c" / "figures.csv")  # … and given back exactly
    assert back["doc"].tolist() == figs["doc"].tolist()
    assert back["sentence"].tolist() == figs["sentence"].tolist()
    text = (tmp_path / "c" / "figures.csv").read_text(encoding="utf-8-sig")
    assert "<script>alert(1)</script>" in text and "'=SUM(A1)+" in text


def test_findings_like_values_export_everywhere(tmp_path):
    """Spans as lists, Decimal values, nullable booleans (the shape of audit findings)."""
    df = pd.DataFrame({
        "doc": pd.array(["a", "b"], dtype="string"),
        "parts": [[[10, 14], [20, 25]], None],
        "total": [[3, 8], [40, 45]],
        "stated": [Decimal("715"), Decimal("8.5")],
        "holds": pd.array([True, None], dtype="boolean"),
        "explanation": pd.array(["=500+215", "<b>&amp;</b>"], dtype="string"),
    })
    paths = E.write_tables({"findings": df}, tmp_path, "csv")
    back = pd.read_csv(paths["findings"], encoding="utf-8-sig", keep_default_na=False, na_values=[""])
    assert back["parts"].tolist()[0] == "[[10, 14], [20, 25]]" and pd.isna(back["parts"].tolist()[1])
    assert back["explanation"].tolist() == ["'=500+215", "<b>&amp;</b>"]
    assert fx.read_table(paths["findings"])["explanation"].tolist() == ["=500+215", "<b>&amp;</b>"]
    E.write_tables({"findings": df}, tmp_path / "x", "xlsx")
    ws = openpyxl.load_workbook(tmp_path / "x" / E.WORKBOOK_NAME)["findings"]
    row = {h.value: c for h, c in zip(ws[1], ws[2])}
    assert [row[k].value for k in ("doc", "parts", "total", "total_start", "total_end", "stated", "stated_exact",
                                   "holds", "explanation")] == \
        ["a", "[[10, 14], [20, 25]]", "[3, 8]", 3, 8, 715, "715", True, "=500+215"]
    assert row["explanation"].data_type == "s" and row["stated"].data_type == "n"
    paths = E.write_tables({"findings": df}, tmp_path / "d", "dta")
    with pd.io.stata.StataReader(paths["findings"]) as r:
        labels = r.variable_labels()
        d = r.read()
    assert labels["stated"] == "陈述值" and labels["holds"] == "是否成立"
    assert d["stated"].tolist() == [715.0, 8.5] and d["total"].tolist() == ["[3, 8]", "[40, 45]"]
    paths = E.write_tables({"findings": df}, tmp_path / "p", "parquet")
    p = pd.read_parquet(paths["findings"])
    assert [list(map(list, x)) if x is not None else None for x in p["parts"]] == [[[10, 14], [20, 25]], None]


# --------------------------------------------------------------------------- limits
def test_rows_past_the_sheet_limit_continue_on_new_sheets(tmp_path, tables, monkeypatch):
    monkeypatch.setattr(E, "XLSX_MAX_ROWS", 201)  # 200 data rows a sheet
    figs = tables["figures"]
    assert len(figs) > 400
    E.write_tables(tables, tmp_path, "xlsx")
    sheets = pd.read_excel(tmp_path / E.WORKBOOK_NAME, sheet_name=None, dtype=object)
    n = math.ceil(len(figs) / 200)
    fig_sheets = ["figures"] + [f"figures_{i}" for i in range(2, n + 1)]
    assert list(sheets) == fig_sheets + ["documents", "errors", "codebook"]
    assert all(len(sheets[s]) == 200 for s in fig_sheets[:-1])
    assert _rows(pd.concat([sheets[s] for s in fig_sheets], ignore_index=True)) == _rows(figs)
    cb = sheets["codebook"]
    note = " ".join(cb[(cb["table"] == "figures")]["notes"].dropna())
    assert "figures_2" in note and "split" in note


def test_long_cells_are_cut_with_a_marker_and_the_codebook_says_so(tmp_path, tables, monkeypatch):
    monkeypatch.setattr(E, "XLSX_MAX_CELL_CHARS", 60)
    figs = tables["figures"]
    long_rows = figs["sentence"].str.len() > 60
    assert long_rows.any()
    paths = E.write_tables(tables, tmp_path, "xlsx")
    back = pd.read_excel(tmp_path / E.WORKBOOK_NAME, sheet_name="figures", dtype=object)
    for orig, got in zip(figs["sentence"], back["sentence"]):
        if len(orig) > 60:
            assert len(got) <= 60 and got.endswith("]") and "已截断" in got
            assert f"原文共{len(orig)}字符" in got
            assert orig.startswith(got[:got.index("…[已截断")])
        else:
            assert got == orig
    cb = pd.read_csv(paths["codebook"], encoding="utf-8-sig", keep_default_na=False)
    note = cb[(cb["table"] == "figures") & (cb["column"] == "sentence")]["notes"].iloc[0]
    assert "cut" in note and str(int(long_rows.sum())) in note
    assert "cut" in (tmp_path / "codebook.md").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- codebook
@pytest.mark.parametrize("fmt", E.FORMATS)
def test_codebook_beside_every_export_lists_every_column(tmp_path, tables, fmt):
    paths = E.write_tables(tables, tmp_path, fmt)
    assert paths["codebook"] == tmp_path / "codebook.csv" and paths["codebook"].exists()
    assert paths["codebook_md"] == tmp_path / "codebook.md" and paths["codebook_md"].exists()
    cb = pd.read_csv(paths["codebook"], encoding="utf-8-sig", keep_default_na=False)
    assert list(cb.columns) == E.CODEBOOK_COLUMNS
    md = paths["codebook_md"].read_text(encoding="utf-8")
    docs = E.load_columns()
    for name, df in tables.items():
        part = cb[(cb["table"] == name) & (cb["column"] != "")]
        assert part["column"].tolist() == list(df.columns), name
        assert part["label"].tolist() == [docs[name].columns[c].label for c in df.columns]
        assert (part["description"] != "").all() and (part["type"] != "").all()
        assert f"## {name} — {docs[name].label}" in md
        for c in df.columns:
            assert f"| `{c}` |" in md
    units = dict(zip(cb[cb["table"] == "figures"]["column"], cb[cb["table"] == "figures"]["unit"]))
    assert units["start"] == "字符"


def test_codebook_beside_a_single_file_export(tmp_path, corpus):
    df = corpus.documents[["doc", "place", "year", "path"]]
    p = E.write_table(df, tmp_path / "docs.csv", "csv", codebook=True)
    cb = pd.read_csv(tmp_path / "docs.codebook.csv", encoding="utf-8-sig", keep_default_na=False)
    assert cb["column"].tolist() == ["doc", "place", "year", "path"]
    assert set(cb["table"]) == {"documents"}  # guessed from the columns
    assert (tmp_path / "docs.codebook.md").exists() and p.exists()


def test_codebook_indicators_from_the_catalog(tables):
    cb = E.build_codebook(tables)
    cat = E.indicator_catalog()
    rows = cb[cb["table"] == "indicator"]
    if cat is None:
        assert rows.empty
    else:
        assert rows["column"].tolist() == cat["id"].tolist()
        assert rows["label"].tolist() == cat["label"].fillna("").tolist()
        assert rows["unit"].tolist() == cat["unit"].fillna("").tolist()


def test_codebook_marks_undocumented_columns():
    cb = E.build_codebook({"comparison": pd.DataFrame({"doc": ["a"], "mystery_column_x": [1.0]})}, catalog=None)
    row = cb[cb["column"] == "mystery_column_x"].iloc[0]
    assert "undocumented" in row["notes"]
    assert cb[cb["column"] == "doc"].iloc[0]["label"] == "文档编号"


# --------------------------------------------------------------------------- corpus and command line
def test_export_corpus_holds_every_table(tmp_path, corpus):
    paths = E.export_corpus(corpus, tmp_path, "xlsx")
    expected = ["figures", "documents", "comparison", "findings", "errors"]
    wb = openpyxl.load_workbook(tmp_path / E.WORKBOOK_NAME, read_only=True)
    assert wb.sheetnames == expected + ["codebook"]
    assert [k for k in paths if k not in ("codebook", "codebook_md")] == expected
    cb = pd.read_csv(paths["codebook"], encoding="utf-8-sig", keep_default_na=False)
    comp = cb[cb["table"] == "comparison"]  # indicator columns of the comparison are labelled from the catalogue
    cat = E.indicator_catalog()
    labels = dict(zip(comp["column"], comp["label"]))
    shared = [iid for iid in cat["id"] if iid in labels]
    assert shared
    for iid, label in zip(cat["id"], cat["label"]):
        if iid in labels:
            assert labels[iid] == label


@pytest.mark.parametrize("step", ["compare", "audit"])
def test_an_import_error_inside_the_package_is_not_a_dropped_table(tmp_path, corpus, monkeypatch, step):
    def broken(_corpus):
        raise ImportError("a bug in the package")

    monkeypatch.setattr(E, step, broken)
    with pytest.raises(ImportError, match="a bug in the package"):
        E.export_corpus(corpus, tmp_path, "csv")


def test_the_cli_and_the_writers_share_one_table_of_formats():
    from fupin_extract.cli import app

    assert set(E.FORMATS) == set(E.WRITERS) and E.SUFFIXES == {f".{f}": f for f in E.FORMATS}
    assert app.SUFFIX_FORMATS is E.SUFFIXES and set(app.TEXT_FORMATS) == {"jsonl", "json", "csv"}
    with pytest.raises(ValueError, match="unknown format 'xls'"):
        E.write_table(pd.DataFrame({"a": [1]}), Path("never-written.xls"), "xls")
    with pytest.raises(ValueError, match="cannot go to standard output"):
        E.write_stdout(pd.DataFrame({"a": [1]}), "parquet")


def _cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "fupin_extract.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600)


def test_cli_docs_single_file_xlsx_by_suffix(tmp_path):
    out = tmp_path / "docs.xlsx"
    r = _cli("-q", "docs", str(CORPORA), "-o", str(out), cwd=ROOT)
    assert r.returncode == 0, r.stderr
    df = pd.read_excel(out, sheet_name=0, dtype=object)
    assert df["doc"].tolist() == fx.read(CORPORA).documents["doc"].tolist()
    assert set(p.stem for p in CORPORA.glob("*.txt")) <= set(df["doc"])


def test_cli_extract_dta(tmp_path):
    r = _cli("-q", "extract", str(CORPORA), "-o", str(tmp_path / "out"), "--format", "dta", cwd=ROOT)
    assert r.returncode == 0, r.stderr
    with pd.io.stata.StataReader(tmp_path / "out" / "figures.dta") as rd:
        assert rd.variable_labels()["value"] == "数值"
        assert len(rd.read()) > 0
    assert (tmp_path / "out" / "codebook.csv").exists()


# --------------------------------------------------------------------------- issue 16/17: CSV guard, read_table, codebook inside
@pytest.mark.parametrize("cell, written", [
    ("=SUM(A1)", "'=SUM(A1)"), ("+86 10", "'+86 10"), ("-1+1", "'-1+1"), ("@cmd", "'@cmd"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("'quoted", "''quoted"), ("贫困户", "贫困户"), ("", ""),
])
def test_csv_cells_that_start_like_formulas_get_a_quote(cell, written):
    assert E.csv_guard(cell) == written
    assert E.csv_unguard(written) == cell


@given(st.text(max_size=12))
@settings(max_examples=200, deadline=None)
def test_csv_guard_round_trips_any_text(s):
    guarded = E.csv_guard(s)
    assert guarded[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert E.csv_unguard(guarded) == s


@pytest.fixture(scope="module")
def small_corpus():
    return fx.read([CORPORA / "web01.txt", CORPORA / "web02.txt", CORPORA / "changle-2016.txt"])


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet", "dta", "jsonl"])
@pytest.mark.parametrize("table", ["figures", "documents", "findings"])
def test_read_table_gives_back_the_documented_dtypes(tmp_path, small_corpus, fmt, table):
    paths = E.export_corpus(small_corpus, tmp_path, fmt, with_comparison=False)
    back = fx.read_table(paths[table], table=table)
    want = E.documented_dtypes(table)
    for col, dtype in want.items():
        if col in back.columns and not (fmt == "jsonl" and table == "findings"):
            assert str(back[col].dtype) == str(dtype), (col, back[col].dtype)
    if table == "figures":
        assert str(back["value_exact"].dtype) == "string"
        assert back["value_exact"].tolist() == small_corpus.figures["value_exact"].tolist()
    if table == "documents":
        assert str(back["year"].dtype) == "Int64"
    if table == "findings" and fmt != "jsonl":
        assert back["total"].map(lambda v: v is None or isinstance(v, list)).all()


def test_findings_numbers_are_numbers_and_offsets_integers(tmp_path, small_corpus):
    findings = fx.audit(small_corpus)
    tbl = tables_mod.findings_table(findings)
    for c in ("stated", "recomputed", "difference", "tolerance"):
        assert tbl[c].dtype == "float64" and str(tbl[f"{c}_exact"].dtype) == "string"
    assert str(tbl["total_start"].dtype) == "Int64" and str(tbl["rate_end"].dtype) == "Int64"
    with_total = tbl[tbl["total"].notna()]
    assert len(with_total) and (with_total["total_start"] == with_total["total"].map(lambda v: v[0])).all()
    paths = E.export_corpus(small_corpus, tmp_path, "xlsx", with_comparison=False)
    ws = openpyxl.load_workbook(paths["findings"])["findings"]
    header = [c.value for c in ws[1]]
    stated = [r[header.index("stated")] for r in ws.iter_rows(min_row=2) if r[header.index("stated")].value is not None]
    assert stated and all(c.data_type == "n" for c in stated)
    starts = [r[header.index("total_start")] for r in ws.iter_rows(min_row=2)
              if r[header.index("total_start")].value is not None]
    assert starts and all(c.data_type == "n" and float(c.value).is_integer() for c in starts)


def test_parquet_fields_carry_the_codebook(tmp_path, small_corpus):
    import pyarrow.parquet as pq

    p = E.write_table(small_corpus.figures, tmp_path / "f.parquet", "parquet", name="figures")
    schema = pq.read_schema(p)
    meta = schema.field("value").metadata
    assert meta[b"label"].decode("utf-8") == "数值" and meta[b"description"]
    assert schema.metadata[b"fupin_extract.table"] == b"figures"


def test_dta_keeps_year_integer_and_labels_categories(tmp_path, small_corpus):
    p = E.write_table(small_corpus.documents, tmp_path / "d.dta", "dta", name="documents")
    with pd.io.stata.StataReader(p) as rd:
        rd.read()
        types = dict(zip(rd.varlist, rd.typlist)) if hasattr(rd, "varlist") else None
    with pd.io.stata.StataReader(p) as rd:
        raw = rd.read(convert_categoricals=False)
    assert pd.api.types.is_integer_dtype(raw["year"]) or raw["year"].dropna().map(float.is_integer).all()
    with pd.io.stata.StataReader(p) as rd:
        rd.read()
        assert "level" in rd.value_labels()
    f = E.write_table(small_corpus.figures, tmp_path / "f.dta", "dta", name="figures")
    with pd.io.stata.StataReader(f) as rd:
        rd.read()
        labels = rd.value_labels()
    assert {"unit", "indicator"} <= set(labels) and "户" in labels["unit"].values()
    assert fx.read_table(f)["unit"].tolist() == small_corpus.figures["unit"].tolist()
