"""Plain records shared by every step of the pipeline.

``Document`` is what ``load`` produces and every later step consumes; ``Figure`` is one
stated figure with its provenance.  Both are small frozen dataclasses so that they pickle
cheaply to worker processes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Optional

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(s: str) -> str:
    """``s`` with every lone surrogate replaced by U+FFFD, one for one (offsets keep).

    File names that are not UTF-8 come from the OS as ``surrogateescape`` strings; a text
    given through the API may hold one.  Neither survives encoding, segmenting or Parquet."""
    return _SURROGATE.sub("\ufffd", s) if _SURROGATE.search(s) else s


@dataclass
class Document:
    """One report: ``text`` is the decoded original, the text every offset indexes."""

    doc_id: str
    text: str
    path: Optional[str] = None
    encoding: Optional[str] = None
    format: str = "txt"
    title: Optional[str] = None
    #: free-form notes from the reader (e.g. pages with (cid:…) codes)
    notes: tuple = ()
    #: where ``text`` starts in the decoded file it was read from: 0 for a whole file, the part's
    #: start for one report of a collection file (an offset ``o`` into ``text`` is ``offset + o``
    #: in the file)
    offset: int = 0

    def __post_init__(self):
        # a lone surrogate (API input, a non-UTF-8 file name) becomes U+FFFD before
        # segmentation; one character for one, so offsets into the text still hold
        self.doc_id = clean_text(self.doc_id)
        self.text = clean_text(self.text)
        if self.path is not None:
            self.path = clean_text(self.path)


@dataclass(slots=True)
class Figure:
    """One figure a report states.

    ``text == document.text[start:end]`` always holds.  ``value`` is the exact value in
    base units (``715万元`` → ``Decimal(7150000)``); ``value_max`` is set only for ranges.
    """

    doc: str
    start: int
    end: int
    text: str
    value: Decimal
    unit: str
    qualifier: str = "exact"
    value_max: Optional[Decimal] = None
    indicator: Optional[str] = None
    scope: Optional[str] = None
    period: Optional[str] = None
    sentence: str = ""
    sentence_start: int = 0
    rule: str = ""
    optional: bool = False

    def as_dict(self) -> dict:
        return {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "value_max": self.value_max,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "indicator": self.indicator,
            "scope": self.scope,
            "period": self.period,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "rule": self.rule,
        }


def one_line(text: object) -> str:
    """An exception message as one short line (library messages can span lines)."""
    s = " ".join(str(text).split())
    return s if len(s) <= 300 else s[:297] + "..."


class FupinError(Exception):
    """Base class of the errors this package raises on purpose."""


class LoadError(FupinError):
    """A file could not be turned into a document; ``path`` and ``reason`` say why."""

    def __init__(self, path: str, reason: str, stage: str = "load", doc_id: str = ""):
        path = clean_text(str(path))  # a non-UTF-8 file name: U+FFFD where its bad bytes were
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.stage = stage
        #: the doc id the file would have had ("" when unknown): error rows carry it
        self.doc_id = clean_text(doc_id)

    def __reduce__(self):  # pickles to worker processes with every field
        return (LoadError, (self.path, self.reason, self.stage, self.doc_id))


class UsageError(FupinError, ValueError):
    """The caller asked for something that cannot be done (an empty path, an output folder
    that is a file, in use by another run, or holds an input); the command line exits 2."""


class PatternError(FupinError):
    """A file in ``patterns/`` is invalid; the message names the file and line."""
