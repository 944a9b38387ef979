"""Relations inside one report, read from the text's own structure, and their recomputation.

One module per family of checks, run in the order of :data:`FAMILIES`; they share nothing but the
:class:`~fupin_extract.audit.ledger.Ledger` passed from one to the next (the totals and parts read so
far, so that a share can take the total of the breakdown its numerator is a part of):

* :mod:`.sums` — totals and parts announced by cue words (其中, 共计, 剩余, brackets, N户中);
* :mod:`.implied` — cue-less partitions that add up exactly, and the shared sentence structure;
* :mod:`.statuses` — a total and two complementary statuses of it (消除/未消除, 已脱贫/剩余);
* :mod:`.pairs` — the 户/人 pair figures of a cue-less breakdown whose other unit adds up;
* :mod:`.shares` — 占…的X%, named rates, implicit bases;
* :mod:`.growth` — 与…相比增长X%, 由A增加到B, 年均增长, percentage points;
* :mod:`.differences` — the state after a change against the state before it (比调整前的4200元多600元);
* :mod:`.per_unit` — monthly × months, per head × count, implied amounts per unit;
* :mod:`.balances` — registered + added − removed = lifted + remaining;
* :mod:`.plausibility` — persons per household, parts above their total (reads the sums found).

Rule ids are the findings' ``rule`` column; each module's docstring lists its rules.
"""
from __future__ import annotations

from typing import List

from fupin_extract.audit import (balances, differences, growth, implied, pairs, per_unit, plausibility, shares,
                                 statuses, sums)
from fupin_extract.audit.context import Context
from fupin_extract.audit.core import DocView, Finding
from fupin_extract.audit.ledger import Ledger
from fupin_extract.rules.relations import RelationRules

#: the families in the order they run (later families read the totals and parts of earlier ones)
FAMILIES = (sums, implied, statuses, pairs, shares, growth, differences, per_unit, balances, plausibility)


def find_relations(view: DocView, rules: RelationRules) -> List[Finding]:
    """Every relation and plausibility finding of one report."""
    c = Context(view, rules)
    ledger = Ledger()
    for family in FAMILIES:
        for rule in family.RULES:
            rule(c, ledger)
    return ledger.findings
