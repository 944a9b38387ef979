"""``balance.poverty`` — registered + added − removed = lifted + remaining (same unit, same
paragraph), and remaining or lifted above registered (a plausibility finding);
``balance.income`` — 总收入 − 总支出 = 纯收入 in one sentence (one 元 figure after each word, none per head)."""
from __future__ import annotations

from typing import Dict, List, Optional, Tuple

import regex

from fupin_extract.audit.context import Context, amount
from fupin_extract.audit.core import Finding, Interval, Measured, compare_fields, quote
from fupin_extract.audit.ledger import Ledger
from fupin_extract.audit.plausibility import plausible
from fupin_extract.rules.relations import cues

#: the first role (in this order) whose word a figure's clause holds decides
ROLES = ("remaining", "removed", "added", "lifted", "registered")

Roles = Dict[Tuple[str, str], Measured]


def _role_of(c: Context, lead: str) -> Optional[str]:
    b = c.r.balance
    for role in ROLES:
        rx = cues(getattr(b, role))
        if rx is not None and rx.search(lead):
            return role
    return None


def _pair_person(c: Context, f: Measured, s: int, out: Roles) -> None:
    """X户Y人: the 人 figure takes the role of the 户 figure right before it."""
    prev = c.v.figs_in(max(s, f.start - 12), f.start)
    if prev and prev[-1].unit == "户" and f.unit == "人" and not c.n[prev[-1].end:f.start].strip():
        for (role, _), g in list(out.items()):
            if g is prev[-1] and (role, "人") not in out:
                out[(role, "人")] = f


YEAR = regex.compile(r"((?:19|20)\d\d)年")


def _opening_stock(c: Context, lead: str, f: Measured, e: int) -> bool:
    """``f`` is the stock at the end of a year (2019年底全村有贫困户46户, a ``balance.stock_times`` word after the year in
    its clause) and a later year follows in its paragraph (2020年新识别…): the registered term of that year's balance."""
    stock = cues(c.r.balance.stock_times)
    m = regex.search(rf"((?:19|20)\d\d)年?(?:{stock.pattern})", lead) if stock is not None else None
    return m is not None and any(int(y) > int(m.group(1)) for y in YEAR.findall(c.n, f.end, e))


def roles_in(c: Context, s: int, e: int) -> Roles:
    """The first figure of each (role, unit) between ``s`` and ``e``."""
    v, n = c.v, c.n
    out: Roles = {}
    for f in v.figs_in(s, e):
        if f.unit not in ("户", "人") or v.paren_of(f.start):
            continue
        lead = n[v.clause_start(f.start, s):f.start]
        role = _role_of(c, lead)
        if role in (None, "remaining") and ("registered", f.unit) not in out and not out and _opening_stock(c, lead, f, e):
            role = "registered"
        if role is None:
            _pair_person(c, f, s, out)
        elif (role, f.unit) not in out:
            out[(role, f.unit)] = f
    return out


def _over_registered(c: Context, led: Ledger, roles: Roles, unit: str) -> None:
    reg = roles.get(("registered", unit))
    if reg is None:
        return
    add = roles.get(("added", unit))
    bound = _left_side(reg, [add, *_run_of(c, add, "added")] if add else [], None).hi  # 新增 raises the bound
    for what in ("remaining", "lifted"):
        other = roles.get((what, unit))
        if other is not None and other.start > reg.start and other.iv.lo > (bound or other.iv.lo):
            plausible(c, led, other, f"{what} {quote(other)} is more than the registered {quote(reg)}",
                      f"plausibility.{what}_over_registered", total=reg, parts=[other])


def _stray(c: Context, terms: List[Measured]) -> Optional[Measured]:
    """A figure of the terms' unit among them that is none of them (动态调整新增15户，退出5户: 退出 has no role)."""
    starts = {t.start for t in terms}
    lo, hi = min(t.start for t in terms), max(t.end for t in terms)
    for f in c.v.figs_in(lo, hi, terms[0].unit):
        if f.start not in starts and not c.v.paren_of(f.start):
            return f
    return None


#: what separates the terms of a run (新增36人、返贫12人)
TERM_MARK = regex.compile(r"[、，,；;]")


def _run_of(c: Context, first: Optional[Measured], role: str) -> List[Measured]:
    """The figures of ``first``'s unit right after it in its sentence whose own words name ``role`` too (动态调整新增36人、
    返贫12人: two terms added); the run ends at the first figure of another role."""
    if first is None:
        return []
    out: List[Measured] = []
    end = c.v.sentence(first.start)[1]
    for f in c.v.figs_in(first.end, end, first.unit):
        piece = TERM_MARK.split(c.n[c.v.clause_start(f.start, first.end):f.start])[-1]
        if c.v.paren_of(f.start) or _role_of(c, piece) != role:
            break
        out.append(f)
    return out


def _left_side(reg: Measured, added: List[Measured], dele: Optional[Measured]) -> Interval:
    """registered + every added term − the removed one, as an interval."""
    left = reg.iv
    for f in added:
        left = left + f.iv
    if dele is not None:
        left = Interval(left.lo - (dele.iv.hi if dele.iv.hi is not None else dele.iv.lo),
                        None if left.hi is None else left.hi - dele.iv.lo)
    return left


def _equation(c: Context, led: Ledger, roles: Roles, unit: str) -> None:
    reg, lif, rem = roles.get(("registered", unit)), roles.get(("lifted", unit)), roles.get(("remaining", unit))
    add, dele = roles.get(("added", unit)), roles.get(("removed", unit))
    if not (reg and lif and rem) or not (add or dele):
        return
    more = _run_of(c, add, "added")
    left = _left_side(reg, [add, *more] if add else [], dele)
    right = lif.iv + rem.iv
    holds = left.overlaps(right)
    fields = compare_fields(left, right, left.mid)
    terms = quote(reg) + "".join(f" + {quote(f)}" for f in ([add] if add else []) + more) + (
        f" − {quote(dele)}" if dele else "")
    expl = (f"{terms} = {amount(left.mid, unit)} vs lifted {quote(lif)} + remaining {quote(rem)} = "
            f"{amount(right.mid, unit)}: " + ("balances" if holds else "does not balance"))
    stray = _stray(c, [p for p in (reg, add, dele, lif, rem) if p is not None] + more)
    if not holds and stray is not None:
        holds = None
        expl += f" — cannot tell: {quote(stray)} among the terms has no role (a change the words do not name)"
    parts = [p.span for p in [add, *more, dele, lif, rem] if p is not None]
    led.record(Finding(c.doc, "balance", "balance.poverty", holds, expl, "error" if holds is False else "info",
                       reg.span, parts, None, sentence=c.sentence(reg.start), unit=unit, **fields))


def balance(c: Context, led: Ledger) -> None:
    v = c.v
    for i in range(len(v.paras)):
        s = v.paras[i]
        e = v.paras[i + 1] if i + 1 < len(v.paras) else len(v.n)
        roles = roles_in(c, s, e)
        for unit in ("户", "人"):
            _over_registered(c, led, roles, unit)
            _equation(c, led, roles, unit)


def _after_word(c: Context, words, s: int, e: int) -> List[Measured]:
    """The 元 figures of [s, e) right after one of ``words`` in their clause (no per-head figure)."""
    rx = cues(words)
    if rx is None:
        return []
    out = []
    for f in c.v.figs_in(s, e, "元"):
        lead = c.n[c.v.clause_start(f.start, max(s, f.start - 10)):f.start]
        if rx.search(lead) and not c.per_figure(f):
            out.append(f)
    return out


def _income_in(c: Context, led: Ledger, s: int, e: int) -> None:
    b = c.r.balance
    found = [_after_word(c, words, s, e) for words in (b.income, b.expense, b.net)]
    if any(len(x) != 1 for x in found):
        return
    inc, exp, net = (x[0] for x in found)
    if len({inc.start, exp.start, net.start}) < 3 or net.start < inc.start or None in (inc.iv.hi, exp.iv.hi):
        return
    left = Interval(inc.iv.lo - exp.iv.hi, inc.iv.hi - exp.iv.lo)
    holds = left.overlaps(net.iv)
    fields = compare_fields(net.iv, left, net.value)
    expl = (f"{quote(inc)} − {quote(exp)} = {amount(left.mid, '元')} vs net {quote(net)}: "
            + ("balances" if holds else "does not balance"))
    led.record(Finding(c.doc, "balance", "balance.income", holds, expl, "error" if holds is False else "info",
                       inc.span, [exp.span, net.span], None, sentence=c.sentence(inc.start), unit="元", **fields))


def income(c: Context, led: Ledger) -> None:
    """总收入 − 总支出 = 纯收入, sentence by sentence."""
    done = set()
    for f in c.v.figs:
        ss, se = c.v.sentence(f.start)
        if f.unit == "元" and ss not in done:
            done.add(ss)
            _income_in(c, led, ss, se)


RULES = (balance, income)
