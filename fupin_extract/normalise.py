"""Normalise text for matching without moving a single character.

Every replacement is one character for one character (full-width → ASCII, traditional →
simplified for the characters that numbers, units and cues use, dash and percent variants; the
\r of \r\n a space, a lone \r a line break),
so an offset into the normalised text is the same offset into the original.  Line breaks
and spaces inside a figure are not removed here: the figure grammar allows them.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict

import numpy as np

from fupin_extract.rules.loader import load_patterns


@lru_cache(maxsize=4)
def translation_table(folder: str | None = None) -> Dict[int, str]:
    table: Dict[int, str] = {}
    for cp in range(0xFF01, 0xFF5F):  # full-width ASCII
        table[cp] = chr(cp - 0xFEE0)
    table[0x3000] = " "  # ideographic space
    table[0x0D] = " "  # the \r of \r\n: the line ends at its \n (a lone \r is one: see normalise)
    # keep the full-width Chinese punctuation that separates clauses as it is
    for c in "，；：（）！？":
        table.pop(ord(c), None)
    table.update(load_patterns(folder).char_map)
    return table


#: one past the largest code point: the table covers every character (4.4 MB once), so no
#: character needs a test of its own before the look-up
_CODES = 0x110000


@lru_cache(maxsize=4)
def _code_table(folder: str | None = None) -> "np.ndarray | None":
    """The translation table as an array over every code point: code → code (None when an
    entry is not one BMP character for one: then ``str.translate`` does it)."""
    table = np.arange(_CODES, dtype=np.uint32)
    for k, v in translation_table(folder).items():
        if not isinstance(v, str) or len(v) != 1 or k >= 0x10000:
            return None
        table[k] = ord(v)
    return table


def normalise(text: str, folder: str | None = None) -> str:
    """Return text of the same length with matching-relevant characters unified.

    The same as ``text.translate(translation_table(folder))`` once a lone ``\r`` (an old Mac's
    line break) is a ``\n``, done on an array of code points (several times faster on Chinese text, where every character would be a
    dictionary look-up).

    >>> normalise("１２３６戶")
    '1236户'
    """
    if "\r" in text:  # an old Mac's line break (a lone \r) is a line break
        text = _LONE_CR.sub("\n", text)
    table = _code_table(folder) if len(text) >= 64 else None
    if table is None:
        out = text.translate(translation_table(folder))
    elif len(text) <= _BLOCK:
        out = _mapped(text, table)
    else:  # in blocks: a few times the block in memory, not a few times the text
        out = "".join(_mapped(text[i:i + _BLOCK], table) for i in range(0, len(text), _BLOCK))
    assert len(out) == len(text)
    return out


_BLOCK = 1 << 20
_LONE_CR = re.compile(r"\r(?!\n)")


def _mapped(text: str, table: "np.ndarray") -> str:
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return table.take(codes).tobytes().decode("utf-32-le", "surrogatepass")
