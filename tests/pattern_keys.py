"""Which keys a pattern file holds, which its loader reads, which its header documents
(the data-integrity test of tests/test_patterns.py, in the manner of dateparser's)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Dict, Iterable, Set

from fupin_extract.rules import base


class Tracked(base._Mapping):
    """A mapping of a loaded rule file that notes the keys the loader looks up."""

    reads: Set[str]
    path: str

    def _note(self, key) -> None:
        self.reads.add(_join(self.path, "*" if self.data_map else key))

    def __getitem__(self, key):
        self._note(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self._note(key)
        return super().get(key, default)

    def items(self):
        for k in self:
            self._note(k)
        return super().items()

    def values(self):
        for k in self:
            self._note(k)
        return super().values()


def _join(path: str, key) -> str:
    return f"{path}.{key}" if path else str(key)


def track(obj, reads: Set[str], data_maps: Iterable[str], path: str = ""):
    """A copy of a loaded YAML tree whose mappings note what is read (lists keep their class)."""
    data_maps = set(data_maps)
    if isinstance(obj, dict):
        out = Tracked()
        out.line, out.reads, out.path = getattr(obj, "line", 0), reads, path
        out.data_map = path in data_maps
        for k, v in dict.items(obj):
            dict.__setitem__(out, k, track(v, reads, data_maps, _join(path, "*" if out.data_map else k)))
        return out
    if isinstance(obj, list):
        out = type(obj)(track(v, reads, data_maps, path + "[]") for v in obj)
        out.line = getattr(obj, "line", 0)
        return out
    return obj


def key_paths(obj, data_maps: Iterable[str], path: str = "") -> Set[str]:
    """Every key path the tree holds: ``units[].forms``; a data map's keys are ``*``."""
    data_maps = set(data_maps)
    out: Set[str] = set()
    if isinstance(obj, dict):
        for k, v in obj.items():
            p = _join(path, "*" if path in data_maps else k)
            out.add(p)
            out |= key_paths(v, data_maps, p)
    elif isinstance(obj, list):
        for v in obj:
            out |= key_paths(v, data_maps, path + "[]")
    return out


def read_paths(loader: Callable, file: Path, data_maps: Iterable[str], monkeypatch, module_globals=None) -> Set[str]:
    """The key paths ``loader(file)`` looks up (its module's load_yaml gives a tracked tree)."""
    reads: Set[str] = set()
    real = base.load_yaml
    monkeypatch.setitem(module_globals or loader.__globals__, "load_yaml", lambda p: track(real(p), reads, data_maps))
    loader(file)
    return {r.replace("[]", "") for r in reads} | reads


def header(file: Path) -> str:
    """The comment lines a file starts with."""
    lines = []
    for line in file.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#") and line.strip():
            break
        lines.append(line)
    return "\n".join(lines)


def documented(file: Path, paths: Iterable[str]) -> Dict[str, bool]:
    """Whether the last name of each key path stands as a word in the file's header."""
    text = header(file)
    out = {}
    for p in paths:
        name = [x for x in re.split(r"\.|\[\]", p) if x and x != "*"]
        if name:
            out[p] = re.search(rf"(?<![\w]){re.escape(name[-1])}(?![\w])", text) is not None
    return out
