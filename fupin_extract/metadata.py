"""Report metadata (place, level, county, province, date, year) and multi-report splitting."""
from __future__ import annotations

from typing import Dict, List

from .model import Document


def split_reports(doc: Document) -> List[Document]:
    return [doc]


def describe(doc: Document, normalised: str) -> Dict[str, object]:
    return {}
