"""Every rule file of ``patterns/`` loaded and validated once per process: :func:`load_patterns`.

One module per kind of rule file (:mod:`.units`, :mod:`.exclusions`, :mod:`.normalise`,
:mod:`.dictionary`, :mod:`.text`, :mod:`.html`, :mod:`.columns`; the YAML reader and the checks
in :mod:`.base`).  The names this module had before 0.2 stay importable from here.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional

from fupin_extract.model import PatternError
from fupin_extract.rules.base import (PACKAGE_DIR, check_keys, compile_regex, load_yaml, optional_list,  # noqa: F401
                                      pattern_file, patterns_dir, str_list, where)
from fupin_extract.rules.dictionary import Word, load_dictionary
from fupin_extract.rules.exclusions import Exclusion, _Alternatives, load_exclusions  # noqa: F401
from fupin_extract.rules.normalise import load_char_map
from fupin_extract.rules.units import QUALIFIERS, UnitTable, load_units  # noqa: F401

#: the indicator book: its loader moves into rules/ (issue 15); until then it is found by name, in
#: this order, when load_patterns runs (never at import, so rules/ imports no later step)
INDICATOR_LOADERS = ("fupin_extract.rules.indicators", "fupin_extract.meaning.indicators")


@dataclass
class Patterns:
    folder: Path
    units: UnitTable
    exclusions: List[Exclusion]
    char_map: Dict[int, str]
    dictionary: List[Word]
    indicators: Any = None  # the IndicatorSet of indicators.yaml


def _load_indicators(path: Path) -> Any:
    for name in INDICATOR_LOADERS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
            continue
        return module.load_indicators(path)
    return None


@lru_cache(maxsize=4)
def load_patterns(folder: Optional[str] = None) -> Patterns:
    """Load and validate every rule file of ``folder`` (default: :func:`patterns_dir`)."""
    d = Path(folder) if folder else patterns_dir()
    p = Patterns(
        folder=d,
        units=load_units(d / "units.yaml"),
        exclusions=load_exclusions(d / "exclusions.yaml"),
        char_map=load_char_map(d / "normalise.yaml"),
        dictionary=load_dictionary(d / "dictionary.txt"),
    )
    if (d / "indicators.yaml").exists():
        p.indicators = _load_indicators(d / "indicators.yaml")
        _check_dimensions(d, p)
    return p


def _check_dimensions(d: Path, p: Patterns) -> None:
    """An indicator stated in a unit of units.yaml measures what that unit measures."""
    for iid, spec in getattr(p.indicators, "indicators", {}).items():
        dim = p.units.dimensions.get(getattr(spec, "unit", None))
        if dim is not None and dim != spec.dimension:
            raise PatternError(f"{d / 'indicators.yaml'}: indicator {iid!r} has dimension {spec.dimension!r}, "
                               f"its unit {spec.unit!r} is {dim!r} in units.yaml")
