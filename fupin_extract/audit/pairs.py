"""``sum.pair`` — the 户/人 pair figures of a breakdown whose other unit adds up exactly (全村贫困户48户176人。一组15户56人，
二组18户64人，三组15户66人): the 户 sum shows the breakdown, so the 人 sum is reported whether or not it adds up.  Runs after
:mod:`.statuses`, which reads the pairs of two statuses (已脱贫47户168人，剩余7户12人) itself."""
from __future__ import annotations

from fupin_extract.audit.context import Context
from fupin_extract.audit.gate import pair_of
from fupin_extract.audit.ledger import Ledger
from fupin_extract.audit.sums import emit_sum


def pair_sums(c: Context, led: Ledger) -> None:
    """全村贫困户48户176人。一组15户56人，二组18户64人，三组15户66人: an implied partition whose 户 (人) figures add up
    exactly is a breakdown the text shows; each part and the total written with a 人 (户) figure, those are summed too,
    reported whether or not they add up (the 户 sum closed the list: the one that does not is the misprint)."""
    for f in [f for f in led.findings if f.rule in ("sum.implied", "sum.type_list") and f.holds is True]:
        t = c.v.fig_at(f.total[0]) if f.total else None
        tp, pps = pair_of(c.v, t), [pair_of(c.v, c.v.fig_at(p[0])) for p in f.parts or ()]
        if tp is None or len(pps) < 2 or None in pps or not tp.exact or not all(p.exact for p in pps):
            continue
        if any(led.is_part(p) for p in pps) or led.is_total(tp):
            continue  # the pair figures are read already (summed or parts of another sum)
        emit_sum(c, led, tp, pps, "sum.pair", " (the pair figures of a breakdown whose other unit adds up exactly)")


RULES = (pair_sums,)
