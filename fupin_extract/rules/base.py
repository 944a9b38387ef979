"""What every rule file shares: where ``patterns/`` is, YAML that remembers its lines, and the
checks whose errors name the file and line (:class:`~fupin_extract.model.PatternError`).

The folder is ``$FUPIN_PATTERNS`` when set, else ``patterns/`` beside the package.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, List, Optional

import regex
import yaml

from fupin_extract.model import PatternError

PACKAGE_DIR = Path(__file__).resolve().parents[1]


def patterns_dir() -> Path:
    env = os.environ.get("FUPIN_PATTERNS")
    if env:
        return Path(env)
    for cand in (PACKAGE_DIR.parent / "patterns", PACKAGE_DIR / "data" / "patterns"):
        if cand.is_dir():
            return cand
    raise PatternError("cannot find the patterns/ folder; set FUPIN_PATTERNS")


def pattern_file(name: str, folder: Optional[str] = None) -> Path:
    """``name`` in ``folder`` (default :func:`patterns_dir`); the package's own file when that
    folder has none (a copied patterns/ folder from before the file existed)."""
    f = (Path(folder) if folder else patterns_dir()) / name
    if not f.exists():
        for cand in (PACKAGE_DIR.parent / "patterns" / name, PACKAGE_DIR / "data" / "patterns" / name):
            if cand.exists():
                return cand
    return f


# --------------------------------------------------------------------------- YAML with lines
class _Mapping(dict):
    """A dict that remembers the line it started on (1-based)."""

    line: int = 0


class _Seq(list):
    line: int = 0


class _Loader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> _Mapping:
    loader.flatten_mapping(node)
    out = _Mapping()
    out.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in out:
            raise PatternError(
                f"{loader.name}:{key_node.start_mark.line + 1}: duplicate key {key!r} "
                f"(first at line {out.line})"
            )
        out[key] = loader.construct_object(value_node, deep=True)
    return out


def _construct_seq(loader: _Loader, node: yaml.SequenceNode) -> _Seq:
    out = _Seq(loader.construct_object(n, deep=True) for n in node.value)
    out.line = node.start_mark.line + 1
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_seq)


def load_yaml(path: Path) -> Any:
    """Parse a YAML rule file; syntax errors and duplicate keys name the file and line."""
    text = Path(path).read_text(encoding="utf-8")
    loader = _Loader(text)
    loader.name = str(path)
    try:
        return loader.get_single_data()
    except PatternError:
        raise
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        at = f":{mark.line + 1}" if mark else ""
        raise PatternError(f"{path}{at}: YAML error: {getattr(e, 'problem', e)}") from None
    finally:
        loader.dispose()


# --------------------------------------------------------------------------- checks
def where(path: Path, obj: Any) -> str:
    line = getattr(obj, "line", 0)
    return f"{path}:{line}" if line else str(path)


def check_keys(path: Path, obj: Any, allowed: set, required: set = frozenset(), what: str = "entry") -> None:
    if not isinstance(obj, dict):
        raise PatternError(f"{where(path, obj)}: {what} must be a mapping, got {type(obj).__name__}")
    unknown = set(obj) - allowed
    if unknown:
        raise PatternError(f"{where(path, obj)}: unknown key(s) {sorted(unknown)} in {what}; allowed: {sorted(allowed)}")
    missing = required - set(obj)
    if missing:
        raise PatternError(f"{where(path, obj)}: missing key(s) {sorted(missing)} in {what}")


def compile_regex(path: Path, obj: Any, pattern: Any, rule_id: str = "") -> "regex.Pattern":
    if not isinstance(pattern, str) or not pattern:
        raise PatternError(f"{where(path, obj)}: rule {rule_id!r}: pattern must be a non-empty string")
    try:
        return regex.compile(pattern, regex.V0)
    except regex.error as e:
        raise PatternError(f"{where(path, obj)}: rule {rule_id!r}: bad regular expression: {e}") from None


def str_list(path: Path, obj: Any, value: Any, key: str) -> List[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise PatternError(f"{where(path, obj)}: {key!r} must be a list of non-empty strings")
    return list(value)


def optional_list(path: Path, data: Any, key: str) -> List[str]:
    """``data[key]`` as a list of strings, ``[]`` when absent or empty."""
    return str_list(path, data, data[key], key) if data.get(key) else []


def names_known(path: Path, obj: Any, names, known, what: str, kind: str = "unit") -> None:
    """Every name in ``names`` is one of ``known`` (a unit, a form …), else the error says which."""
    for n in names:
        if n not in known:
            raise PatternError(f"{where(path, obj)}: {what} names unknown {kind} {n!r}")
