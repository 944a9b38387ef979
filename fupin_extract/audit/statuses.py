"""``sum.complement`` — a total and two complementary statuses of it: 累计消除风险7282户 … 未消除风险9087户
of 监测总数16369户; 已脱贫34户 … 剩余未脱贫4户 of 建档立卡34户.

A status and its complement are a figure whose clause says W (消除, 脱贫) and a later one whose clause
says 未W (``sum.not_yet`` + W), or a lifted and a remaining figure (``balance.lifted`` /
``balance.remaining``), of one unit in one paragraph.  Their total is

* every figure of the paragraph that is exactly their sum (reported only when it is), and
* the registered figure before them (``balance.registered``) when no figure of the unit was added
  or removed (then ``balance.poverty`` reads it): an alarm when it is not their sum.

When the total and both statuses are broken down by the same labels (脱贫不稳定户, 边缘易致贫户 …,
entered in the ledger by earlier rules), each label's total is the sum of its two statuses.
"""
from __future__ import annotations

from typing import Dict, List, Optional, Tuple

import regex

from fupin_extract.audit.balances import roles_in
from fupin_extract.audit.context import Context, total as sum_of
from fupin_extract.audit.core import RATE_UNITS, Measured
from fupin_extract.audit.ledger import Ledger
from fupin_extract.audit.sums import emit_sum
from fupin_extract.rules.relations import cues

#: how far back (characters) the status a complement names may be
REACH = 300
LABEL = regex.compile(r"^[^\d]*")
#: a label starts after the last bracket or list mark before its figure
LABEL_START = regex.compile(r"[（(、,，：:；;]")


def _lead(c: Context, f: Measured) -> str:
    return c.v.clause_lead(f.start)


def _tail(c: Context, f: Measured) -> str:
    """The words after ``f`` to the end of its clause (已有1188户实现脱贫, 15户未脱贫)."""
    return c.n[f.end:c.v.clause_end(f.end)]


def _status_words(c: Context, b: Measured) -> Optional[Tuple[List[str], List[str]]]:
    """The words a status of ``b``'s complement says, and the words it may not say."""
    lead = _lead(c, b)
    for neg in c.r.sum.not_yet:
        m = regex.search(regex.escape(neg) + r"(\p{Han}{2})", lead)
        if m:
            return [m.group(1)], [neg + m.group(1)]
    bal = c.r.balance
    rem = cues(bal.remaining)
    if rem is not None and (rem.search(lead) or rem.match(_tail(c, b).lstrip())):
        return list(bal.lifted), list(bal.remaining)
    return None


def _status(c: Context, led: Ledger, b: Measured) -> Optional[Measured]:
    """The figure before ``b`` whose status ``b`` is the complement of (a whole, not a part of a breakdown)."""
    words = _status_words(c, b)
    if words is None:
        return None
    say, not_say = words
    for a in reversed(c.v.figs_in(max(0, b.start - REACH), b.start, b.unit)):
        if c.v.paren_of(a.start) or led.is_part(a):
            continue
        for words in (_lead(c, a), _tail(c, a)):
            if any(w in words for w in say) and not any(w in words for w in not_say):
                return a
        if _status_words(c, a) is not None:
            return None  # another complement in between
    return None


def _exact_totals(c: Context, a: Measured, b: Measured, pe: int) -> List[Measured]:
    s = sum_of([a, b])
    return [t for t in c.v.figs_in(max(0, a.start - REACH), pe, a.unit) if t.start not in (a.start, b.start) and t.exact
            and not c.v.paren_of(t.start) and t.value > max(a.value, b.value) and s.overlaps(t.iv)
            and not c.per_figure(t)]


def _registered(c: Context, a: Measured, b: Measured, ps: int, pe: int) -> Optional[Measured]:
    """The registered figure of the paragraph before ``a`` (no smaller than either status), when no
    figure of the unit was added or removed."""
    roles = roles_in(c, ps, pe)
    if (("added", a.unit) in roles) or (("removed", a.unit) in roles):
        return None  # balance.poverty reads it
    reg = cues(c.r.balance.registered)
    for t in reversed(c.v.figs_in(ps, a.start, a.unit)):
        if c.v.paren_of(t.start) or t.value < max(a.value, b.value) or not t.exact:
            continue
        if reg is not None and reg.search(_lead(c, t)):
            return t
    return None


def _label(c: Context, f: Measured) -> str:
    return LABEL.match(LABEL_START.split(_lead(c, f))[-1]).group().strip()


def _labelled(c: Context, led: Ledger, t: Measured) -> Dict[str, Measured]:
    out: Dict[str, Measured] = {}
    for start in led.parts_of(t):
        f = c.v.fig_at(start)
        if f is not None and f.unit == t.unit and not f.implied:
            out.setdefault(_label(c, f), f)
    return out


def _by_label(c: Context, led: Ledger, t: Measured, a: Measured, b: Measured) -> None:
    """Each label's total against the sum of its two statuses (the breakdowns of ``t``, ``a``, ``b``)."""
    lt, la, lb = _labelled(c, led, t), _labelled(c, led, a), _labelled(c, led, b)
    for label, tl in lt.items():
        if len(label) >= 2 and label in la and label in lb:
            emit_sum(c, led, tl, [la[label], lb[label]], "sum.complement",
                     f" (the “{label}” part of both statuses)")


def _same_labels_total(c: Context, led: Ledger, a: Measured, b: Measured, ps: int) -> Optional[Measured]:
    """The figure of the paragraph before ``a`` broken down by the very labels both statuses are broken down by (监测
    总数16369户（脱贫不稳定户…、边缘易致贫户…、突发严重困难户…）, 消除风险7282户（the same three）, 未消除9087户（the same
    three）): the statuses' total, whether or not they add up to it."""
    la, lb = set(_labelled(c, led, a)), set(_labelled(c, led, b))
    if len(la) < 2 or la != lb or any(len(x) < 2 for x in la):
        return None
    for t in reversed(c.v.figs_in(ps, a.start, a.unit)):
        if t.exact and not c.v.paren_of(t.start) and t.value > max(a.value, b.value) and set(_labelled(c, led, t)) == la:
            return t
    return None


def complement(c: Context, led: Ledger) -> None:
    v = c.v
    for b in v.figs:
        if b.unit in RATE_UNITS or v.paren_of(b.start) or not b.exact:
            continue
        ps, pe = v.paragraph(b.start)
        a = _status(c, led, b)
        if a is None or not a.exact:
            continue
        totals = _exact_totals(c, a, b, pe)
        reg = _registered(c, a, b, ps, pe)
        if reg is not None and all(t.start != reg.start for t in totals):
            totals.append(reg)
        same = _same_labels_total(c, led, a, b, ps)
        if same is not None and all(t.start != same.start for t in totals):
            totals.append(same)
        for t in totals:
            emit_sum(c, led, t, [a, b], "sum.complement")
            _by_label(c, led, t, a, b)


RULES = (complement,)
