"""``patterns/normalise.yaml``: one-character-for-one replacements (offsets never move)."""
from __future__ import annotations

from pathlib import Path
from typing import Dict

from fupin_extract.model import PatternError
from fupin_extract.rules.base import check_keys, load_yaml, where

SECTIONS = ("characters", "traditional")


def load_char_map(path: Path) -> Dict[int, str]:
    data = load_yaml(path)
    check_keys(path, data, set(SECTIONS), set(), "normalise file")
    table: Dict[int, str] = {}
    for section in SECTIONS:
        for k, v in (data.get(section) or {}).items():
            if not (isinstance(k, str) and isinstance(v, str) and len(k) == 1 and len(v) == 1):
                raise PatternError(f"{where(path, data[section])}: {section}: {k!r} → {v!r} must map one character to one character")
            table[ord(k)] = v
    return table
