"""``patterns/dictionary.txt``: the jieba user dictionary, ``word [freq] [tag]`` lines."""
from __future__ import annotations

from pathlib import Path
from typing import List, NamedTuple, Optional

from fupin_extract.model import PatternError


class Word(NamedTuple):
    """One line of the dictionary (a tuple: ``for w, freq, tag in words`` works)."""

    word: str
    freq: Optional[int]
    tag: Optional[str]


def _word(path: Path, i: int, line: str) -> Word:
    parts = line.split()
    if len(parts) > 3:
        raise PatternError(f"{path}:{i}: expected 'word [freq] [tag]', got {line!r}")
    freq = None
    if len(parts) >= 2:
        if not parts[1].isdigit():
            raise PatternError(f"{path}:{i}: frequency must be a whole number, got {parts[1]!r}")
        freq = int(parts[1])
    return Word(parts[0], freq, parts[2] if len(parts) == 3 else None)


def load_dictionary(path: Path) -> List[Word]:
    """The jieba user dictionary: ``word [freq] [tag]`` lines, ``#`` comments."""
    words = []
    for i, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            words.append(_word(path, i, line))
    return words
