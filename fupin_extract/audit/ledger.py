"""The ledger of one document: the findings so far and the totals and parts they read.

Families of rules (:mod:`.sums`, :mod:`.implied`, :mod:`.shares`, :mod:`.growth`, :mod:`.per_unit`,
:mod:`.balances`, :mod:`.plausibility`) run one after another (:data:`fupin_extract.audit.relations.FAMILIES`)
and each gets this one explicit record: it reads which figures earlier rules took as totals and as
parts, and writes its own.  Nothing else is shared between rules.
"""
from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Set

from fupin_extract.audit.core import Finding, Measured


class Ledger:
    """Findings of one document, and the totals and parts they have taken (by figure start)."""

    def __init__(self) -> None:
        self.findings: List[Finding] = []
        self._keys: Set[tuple] = set()
        self._part_of: Dict[int, int] = {}  # part start → total start
        self._totals: Set[int] = set()  # starts of figures used as totals

    def record(self, f: Finding, total: Optional[Measured] = None, parts: Sequence[Measured] = ()) -> bool:
        """Add ``f`` unless the same relation is already there (the same total with the same parts is one
        relation, whichever rule found it first); a total and its parts are entered with it."""
        k = f.key()
        k2 = ("sum-like", tuple(f.total or ()), tuple(sorted(tuple(p) for p in f.parts or ()))) \
            if f.total and f.kind == "sum" else None
        if k in self._keys or (k2 and k2 in self._keys):
            return False
        self._keys.add(k)
        if k2:
            self._keys.add(k2)
        self.findings.append(f)
        if total is not None:
            self._totals.add(total.start)
            for p in parts:
                self._part_of[p.start] = total.start
        return True

    def withdraw(self, f: Finding) -> None:
        """Drop ``f`` (a later rule read the relation better); its key stays taken."""
        self.findings.remove(f)

    # -- what the findings so far say about a figure
    def is_part(self, f: Measured) -> bool:
        return f.start in self._part_of

    def is_total(self, f: Measured) -> bool:
        return f.start in self._totals

    def total_start_of(self, f: Measured) -> Optional[int]:
        """Where the total ``f`` is a part of starts, if ``f`` is a part."""
        return self._part_of.get(f.start)

    def parts_of(self, t: Measured) -> List[int]:
        """Starts of the parts entered under the total ``t`` (its breakdowns), in text order."""
        return sorted(p for p, start in self._part_of.items() if start == t.start)

    def parts(self) -> Set[int]:
        return set(self._part_of)

    def taken(self) -> Set[int]:
        """Starts of every figure taken as a total or a part."""
        return set(self._part_of) | self._totals

    def broken_down(self) -> Set[int]:
        """Starts of the totals of sums with at least two parts."""
        return {f.total[0] for f in self.findings if f.kind == "sum" and f.total and len(f.parts or ()) >= 2}
