"""The notebook API: :func:`read` files into a :class:`Corpus`, :func:`extract_text` one string."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional, Union

import pandas as pd
from tqdm.auto import tqdm

from fupin_extract.batch.run import read_in_memory
from fupin_extract.load.files import DEFAULT_LIMITS, Limits, iter_documents, read_text_bytes
from fupin_extract.model import Document, LoadError
from fupin_extract.pipeline import extract_partition, process_document
from fupin_extract.tables.frames import figures_frame


@dataclass
class Corpus:
    """Tables of a set of reports.

    ``figures`` has one row per figure (columns: :data:`fupin_extract.tables.FIGURE_COLUMNS`),
    ``documents`` one row per report, ``errors`` one row per file that could not be read.
    ``texts`` maps each doc id to its original text, which every offset indexes.
    """

    figures: pd.DataFrame
    documents: pd.DataFrame
    errors: pd.DataFrame
    texts: Dict[str, str] = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:
        return (f"Corpus({len(self.documents)} documents, {len(self.figures)} figures, "
                f"{len(self.errors)} errors)")

    def figures_of(self, doc: str) -> pd.DataFrame:
        return self.figures[self.figures["doc"] == doc]


#: the path that stands for standard input (doc id ``stdin``)
STDIN = "-"


def _stdin_document() -> Union[Document, LoadError]:
    data = sys.stdin.buffer.read()
    try:
        return read_text_bytes(data, "stdin", STDIN)
    except LoadError as e:
        return e


def _items(paths: List[Union[str, Path]], limits: Limits) -> Iterator[Union[Document, LoadError]]:
    """Documents of ``paths`` in order; ``-`` is standard input (plain text, any encoding)."""
    if STDIN not in map(str, paths):  # one walk: doc ids stay unique across the paths
        yield from iter_documents(paths, limits)
        return
    for p in paths:
        if str(p) == STDIN:
            yield _stdin_document()
        else:
            yield from iter_documents([p], limits)


def read(paths: Union[str, Path, Iterable[Union[str, Path]]], *, limits: Limits = DEFAULT_LIMITS,
         jobs: Optional[int] = 1, progress: bool = False) -> Corpus:
    """Read report files or folders (recursively) into a :class:`Corpus`.

    ``-`` reads standard input as one plain-text report (doc id ``stdin``); ``progress`` shows a
    bar on standard error.  ``jobs`` worker processes share the work (``None``: all cores); the tables are the same
    whatever ``jobs`` is.  For archives larger than memory use ``fupin-extract extract -o``
    (:func:`fupin_extract.batch.run_batch`), which writes Parquet shards instead.

    >>> corpus = read("corpora")                           # doctest: +SKIP
    >>> corpus = read("archive", jobs=4)                   # doctest: +SKIP
    >>> corpus.figures.groupby("indicator")["value"].sum()  # doctest: +SKIP
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = list(paths)
    if jobs != 1 and STDIN not in map(str, paths):
        tables, texts = read_in_memory(list(paths), jobs=jobs, limits=limits)
        return Corpus(tables["figures"], tables["documents"], tables["errors"], texts)
    items = tqdm(_items(paths, limits), desc="reading", unit=" doc", disable=not progress, file=sys.stderr)
    tables = extract_partition(items, texts=True)
    texts = dict(zip(tables["texts"]["doc"], tables["texts"]["text"]))
    return Corpus(tables["figures"], tables["documents"], tables["errors"], texts)


def extract_text(text: str, doc_id: str = "text") -> pd.DataFrame:
    """Figures of one string as a DataFrame.

    >>> df = extract_text("全乡共核定省定贫困户36户84人", doc_id="x")
    >>> df[["text", "value", "unit"]].values.tolist()
    [['36户', 36.0, '户'], ['84人', 84.0, '人']]
    """
    results = process_document(Document(doc_id=doc_id, text=text))
    return figures_frame([f for r in results for f in r.figures])
