"""``patterns/html_boilerplate.yaml``: the elements and site phrases an HTML page loses."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, List, Optional, Tuple

from fupin_extract.model import PatternError, one_line
from fupin_extract.rules.base import check_keys, compile_regex, load_yaml, optional_list, pattern_file, str_list, where
from fupin_extract.rules.exclusions import phrase_regex

BOILERPLATE_FILE = "html_boilerplate.yaml"
FILE_KEYS = {"remove_elements", "boilerplate"}
ELEMENT_KEYS = {"id", "selectors"}
RULE_KEYS = {"id", "kind", "phrases", "pattern", "examples"}


@dataclass(frozen=True)
class Boilerplate:
    #: CSS selectors of elements dropped with their content
    selectors: Tuple[str, ...]
    #: (rule id, pattern) whose matches are cut out of a line
    cut: Tuple[tuple, ...]
    #: (rule id, pattern): a line where the pattern matches is dropped
    drop_line: Tuple[tuple, ...]

    def clean_line(self, line: str) -> str:
        for _rid, pat in self.drop_line:
            if pat.search(line):
                return ""
        for _rid, pat in self.cut:
            line = pat.sub("", line)
        return line


def _check_selector(path: Path, obj, sel: str) -> None:
    from selectolax.lexbor import LexborHTMLParser

    try:
        LexborHTMLParser("<html><body><p>x</p></body></html>").css(sel)
    except Exception as e:  # selectolax raises ValueError/SelectolaxError on a bad selector
        raise PatternError(f"{where(path, obj)}: bad CSS selector {sel!r}: {one_line(e)}") from None


class _Ids:
    """Rule ids of one file: non-empty strings, each once."""

    def __init__(self, path: Path):
        self.path, self.seen = path, {}

    def __call__(self, entry: Any) -> str:
        rid = entry["id"]
        if not isinstance(rid, str) or not rid:
            raise PatternError(f"{where(self.path, entry)}: id must be a non-empty string")
        if rid in self.seen:
            raise PatternError(f"{where(self.path, entry)}: duplicate id {rid!r} (first at line {self.seen[rid]})")
        self.seen[rid] = getattr(entry, "line", 0)
        return rid


def _list(path: Path, data: Any, key: str) -> list:
    if not isinstance(data[key], list):
        raise PatternError(f"{where(path, data)}: {key} must be a list")
    return data[key]


def _selectors(path: Path, data: Any, ids: _Ids) -> List[str]:
    selectors: List[str] = []
    for entry in _list(path, data, "remove_elements"):
        check_keys(path, entry, ELEMENT_KEYS, ELEMENT_KEYS, "remove_elements entry")
        ids(entry)
        for sel in str_list(path, entry, entry["selectors"], "selectors"):
            _check_selector(path, entry, sel)
            selectors.append(sel)
    return selectors


def _pattern(path: Path, entry: Any, rid: str, kind: str):
    if kind == "phrases":
        if "pattern" in entry:
            raise PatternError(f"{where(path, entry)}: rule {rid!r} of kind phrases takes 'phrases', not 'pattern'")
        return phrase_regex(str_list(path, entry, entry.get("phrases"), "phrases"))
    if kind in ("regex", "line"):
        if "phrases" in entry:
            raise PatternError(f"{where(path, entry)}: rule {rid!r} of kind {kind} takes 'pattern', not 'phrases'")
        pat = compile_regex(path, entry, entry.get("pattern"), rid)
        if pat.search("") is not None and kind == "regex":
            raise PatternError(f"{where(path, entry)}: rule {rid!r}: pattern matches the empty string")
        return pat
    raise PatternError(f"{where(path, entry)}: rule {rid!r}: kind must be 'phrases', 'regex' or 'line', "
                       f"not {kind!r}")


def _check_examples(path: Path, entry: Any, rid: str, pat) -> None:
    ex = entry["examples"]
    check_keys(path, ex, {"drop", "keep"}, {"drop"}, f"examples of {rid!r}")
    for s in str_list(path, ex, ex["drop"], "drop"):
        if not pat.search(s):
            raise PatternError(f"{where(path, ex)}: rule {rid!r}: drop example {s!r} is not matched")
    for s in optional_list(path, ex, "keep"):
        if pat.search(s):
            raise PatternError(f"{where(path, ex)}: rule {rid!r}: keep example {s!r} is matched")


def load_boilerplate(path: Path) -> Boilerplate:
    """Load and validate the HTML boilerplate file; every error names the file and line."""
    path = Path(path)
    data = load_yaml(path)
    check_keys(path, data, FILE_KEYS, FILE_KEYS, "html boilerplate file")
    ids = _Ids(path)
    selectors = _selectors(path, data, ids)
    cut, drop_line = [], []
    for entry in _list(path, data, "boilerplate"):
        check_keys(path, entry, RULE_KEYS, {"id", "kind", "examples"}, "boilerplate rule")
        rid = ids(entry)
        pat = _pattern(path, entry, rid, entry["kind"])
        _check_examples(path, entry, rid, pat)
        (drop_line if entry["kind"] == "line" else cut).append((rid, pat))
    return Boilerplate(tuple(selectors), tuple(cut), tuple(drop_line))


@lru_cache(maxsize=4)
def boilerplate(folder: Optional[str] = None) -> Boilerplate:
    """The boilerplate rules of ``folder`` (default: the patterns folder; the package's own
    file when that folder has none)."""
    return load_boilerplate(pattern_file(BOILERPLATE_FILE, folder))
