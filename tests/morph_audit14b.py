"""Second instances of the pair and unit forms of ``tests/morph_form14.py`` (session 14, audit14b), with other
separators: the audit reads a 户/人 pair as one whatever separates its figures, and a unit as the same with a space
before it.  Each a function Variant → Variant (see tests/morph.py); the gold stays true (offsets move with the edits,
a figure's text changes only by the space before its unit)."""
from __future__ import annotations

import re
from typing import Callable, Dict

from morph import Edit, Variant, apply


def _pair_gap(v: Variant, gap: str, first: str = "户", second: str = "人") -> Variant:
    """``gap`` between the figures of a pair written together (``first`` then ``second``: 36户84人)."""
    figs = sorted(v.figures, key=lambda g: g["start"])
    return apply(v, [Edit(a["end"], 0, gap) for a, b in zip(figs, figs[1:])
                     if a["end"] == b["start"] and a["unit"] == first and b["unit"] == second])


def pair_space(v: Variant) -> Variant:
    """A space between the figures of a 户/人 pair, as a PDF's text layer gives it: 36户 84人."""
    return _pair_gap(v, " ")


def pair_sep_half(v: Variant) -> Variant:
    """A half-width comma with a space after it between the figures of a pair: 36户, 84人."""
    return _pair_gap(v, ", ")


_NUMBER_UNIT = re.compile(r"([\d.,]*\d)([^\d.,].*)")


def _unit_space(v: Variant, space: str, units: str) -> Variant:
    """``space`` between a gold figure's number and its unit, for the units starting with a character of ``units``."""
    edits = []
    for g in v.figures:
        m = _NUMBER_UNIT.fullmatch(g["text"])
        if m and m.group(2)[0] in units:
            edits.append(Edit(g["start"] + m.end(1), 0, space, inside=True))
    return apply(v, edits)


def pair_unit_space(v: Variant) -> Variant:
    """Both at once: a space before every 户, 人, 元 and 万 unit, and a 、 between the figures of a pair: 36 户、84 人."""
    return _pair_gap(_unit_space(v, " ", "户人元万"), "、")


def money_space(v: Variant) -> Variant:
    """A full-width space before the units of money and area only (715\u3000万元, 25244\u3000亩)."""
    return _unit_space(v, "\u3000", "万元亩")


TRANSFORMS: Dict[str, Callable[[Variant], Variant]] = {
    "pair_space": pair_space,
    "pair_sep_half": pair_sep_half,
    "pair_unit_space": pair_unit_space,
    "money_space": money_space,
}
