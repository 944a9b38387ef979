"""Normalise text for matching without moving a single character.

Every replacement is one character for one character (full-width → ASCII, traditional →
simplified for the characters that numbers, units and cues use, dash and percent variants),
so an offset into the normalised text is the same offset into the original.  Line breaks
and spaces inside a figure are not removed here: the figure grammar allows them.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Dict

from .patterns import load_patterns


@lru_cache(maxsize=4)
def translation_table(folder: str | None = None) -> Dict[int, str]:
    table: Dict[int, str] = {}
    for cp in range(0xFF01, 0xFF5F):  # full-width ASCII
        table[cp] = chr(cp - 0xFEE0)
    table[0x3000] = " "  # ideographic space
    # keep the full-width Chinese punctuation that separates clauses as it is
    for c in "，；：（）！？":
        table.pop(ord(c), None)
    table.update(load_patterns(folder).char_map)
    return table


def normalise(text: str, folder: str | None = None) -> str:
    """Return text of the same length with matching-relevant characters unified.

    >>> normalise("１２３６戶")
    '1236户'
    """
    out = text.translate(translation_table(folder))
    assert len(out) == len(text)
    return out
