"""Every rule file of ``patterns/`` loaded and validated once per process: :func:`load_patterns`.

One module per kind of rule file (:mod:`.units`, :mod:`.exclusions`, :mod:`.normalise`,
:mod:`.dictionary`, :mod:`.text`, :mod:`.html`, :mod:`.columns`; the YAML reader and the checks
in :mod:`.base`).  The names this module had before 0.2 stay importable from here.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional

from fupin_extract.rules.base import (PACKAGE_DIR, check_keys, compile_regex, load_yaml, optional_list,  # noqa: F401
                                      pattern_file, patterns_dir, str_list, where)
from fupin_extract.rules.dictionary import Word, load_dictionary
from fupin_extract.rules.exclusions import Exclusion, _Alternatives, load_exclusions  # noqa: F401
from fupin_extract.rules.normalise import load_char_map
from fupin_extract.rules.units import QUALIFIERS, UnitTable, load_units  # noqa: F401



@dataclass
class Patterns:
    units: UnitTable
    exclusions: List[Exclusion]
    char_map: Dict[int, str]
    dictionary: List[Word]


@lru_cache(maxsize=4)
def load_patterns(folder: Optional[str] = None) -> Patterns:
    """Load and validate every rule file of ``folder`` (default: :func:`patterns_dir`)."""
    d = Path(folder) if folder else patterns_dir()
    p = Patterns(
        units=load_units(d / "units.yaml"),
        exclusions=load_exclusions(d / "exclusions.yaml"),
        char_map=load_char_map(d / "normalise.yaml"),
        dictionary=load_dictionary(d / "dictionary.txt"),
    )
    return p

