"""``growth.difference`` — the state after a change against the state before it (调整后全县低保标准为每人每年4800元，
比调整前的4200元多600元; 提高后…达到90%，比提高前的75%提高15个百分点): new = old ± the difference."""
from __future__ import annotations

from typing import Optional

import regex

from fupin_extract.audit.context import Context, amount
from fupin_extract.audit.core import Finding, Interval, Measured, compare_fields, quote
from fupin_extract.audit.ledger import Ledger
from fupin_extract.rules.relations import cues


def _pattern(c: Context) -> Optional["regex.Pattern"]:
    g = c.r.growth
    than, before = cues(g.than), cues(g.state_before)
    if than is None or before is None:
        return None
    return regex.compile(rf"(?:{than.pattern})(\p{{Han}}{{1,3}}?)(?:{before.pattern})的?")


def _sign(c: Context, words: str) -> int:
    """+1 / -1 when ``words`` (between the old figure and the difference) say more / less, else 0."""
    g = c.r.growth
    down, up = cues(g.down, g.less), cues(g.up, g.more)
    if down is not None and down.fullmatch(words.strip("了 ")):
        return -1
    return 1 if up is not None and up.fullmatch(words.strip("了 ")) else 0


def _after_state(c: Context, verb: str, ss: int, pos: int) -> bool:
    """The sentence before ``pos`` names the state after the same change: the verb, then (within 4 characters) a
    ``growth.state_after`` word (提高标准后, 调整后)."""
    after = cues(c.r.growth.state_after)
    return after is not None and regex.search(rf"{regex.escape(verb)}\p{{Han}}{{0,4}}?(?:{after.pattern})",
                                              c.n[ss:pos]) is not None


def _fits(old: Measured, diff: Measured) -> bool:
    """The difference is of the old figure's unit (百分点 for a rate), or a rate of change (%)."""
    if old.unit == "%":
        return diff.unit in ("百分点", "%")
    return diff.unit in (old.unit, "%")


def _changed(was: Interval, diff: Measured, sign: int) -> Interval:
    """``was`` moved by ``diff``: an amount (600元, 12个百分点) added or taken, or a rate of change (增长20%) applied."""
    if diff.unit == "%":
        lo, hi = diff.iv.lo / 100, diff.iv.hi / 100
        return Interval(was.lo * (1 + lo), was.hi * (1 + hi)) if sign > 0 else Interval(was.lo * (1 - hi),
                                                                                         was.hi * (1 - lo))
    return Interval(was.lo + diff.iv.lo, was.hi + diff.iv.hi) if sign > 0 else \
        Interval(was.lo - diff.iv.hi, was.hi - diff.iv.lo)


def _one(c: Context, led: Ledger, m) -> None:
    v = c.v
    ss, _ = v.sentence(m.start())
    old = v.next_fig(m.end(), m.end() + 1)
    if old is None or not _after_state(c, m.group(1), ss, m.start()):
        return
    ce = v.clause_end(old.end)
    diff = v.next_fig(old.end, ce)
    sign = _sign(c, c.n[old.end:diff.start]) if diff is not None else 0
    news = [f for f in v.figs_in(ss, m.start(), old.unit) if not v.paren_of(f.start)]
    if not sign or not news or not _fits(old, diff) or diff.iv.hi is None or old.iv.hi is None:
        return  # (an old state with no upper bound, 4200余元, tells nothing of the new one)
    new = news[-1]
    got = _changed(old.iv, diff, sign)
    holds = got.overlaps(new.iv)
    word = "+" if sign > 0 else "−"
    moved = f"× (1 {word} {quote(diff)})" if diff.unit == "%" else f"{word} the difference {quote(diff)}"
    expl = (f"{quote(old)} {moved} = {amount(got.mid, new.unit)}, "
            + (f"consistent with {quote(new)}" if holds else f"≠ {quote(new)}"))
    led.record(Finding(c.doc, "growth", "growth.difference", holds, expl, "info" if holds else "error", new.span,
                       [old.span, diff.span], None, sentence=c.sentence(m.start()), unit=new.unit,
                       **compare_fields(new.iv, got, new.value)), new, [old, diff])


def difference(c: Context, led: Ledger) -> None:
    rx = _pattern(c)
    if rx is None:
        return
    for m in rx.finditer(c.n):
        _one(c, led, m)


RULES = (difference,)
