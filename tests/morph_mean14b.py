"""Second instances of the forms mean14b fixed (session 14): a 户/人 pair whose halves other spacing separates, and a
pinyin gloss broken by a line wrap inside its brackets.  Each a function Variant → Variant (see tests/morph.py); the
gold stays true (offsets move with the edits; no gold figure's text changes)."""
from __future__ import annotations

from typing import Callable, Dict

from morph import Variant, apply, edits_where, figure_spans
from morph_audit14b import _pair_gap


def pair_sep_spaced(v: Variant) -> Variant:
    """A full-width comma with a space either side between the figures of a pair: 36户 ， 84人."""
    return _pair_gap(v, " ， ")


def pair_ideo_space(v: Variant) -> Variant:
    """An ideographic space between the figures of a pair, as a word processor's justified line gives it: 36户\u300084人."""
    return _pair_gap(v, "\u3000")


def _gloss(v: Variant, gloss: str) -> Variant:
    """``gloss`` after the 发 of every 发生率 (none is inside a gold figure)."""
    return apply(v, edits_where(v.text, "发(?=生率)", lambda m: "发" + gloss, figure_spans(v)))


def gloss_wrap_open(v: Variant) -> Variant:
    """A pinyin gloss in half-width brackets, a wrap after its opening bracket: 发(\\nfā)生率."""
    return _gloss(v, "(\nfā)")


def gloss_wrap_close(v: Variant) -> Variant:
    """A pinyin gloss in full-width brackets, indented wrap before its closing one: 发（fā\\n  ）生率."""
    return _gloss(v, "（fā\n  ）")


TRANSFORMS: Dict[str, Callable[[Variant], Variant]] = {
    "pair_sep_spaced": pair_sep_spaced,
    "pair_ideo_space": pair_ideo_space,
    "gloss_wrap_open": gloss_wrap_open,
    "gloss_wrap_close": gloss_wrap_close,
}
