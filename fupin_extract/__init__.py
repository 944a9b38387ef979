"""fupin-extract: figures from Chinese poverty-alleviation reports, as tables you can check.

>>> import fupin_extract as fx
>>> fx.extract_text("争取上级财政专项扶贫发展资金715万元")[["text", "value", "unit"]].values.tolist()
[['715万元', 7150000.0, '元']]

Public API: :func:`extract_text`, :func:`read` (→ :class:`Corpus`), :func:`compare`,
:func:`audit`, :func:`read_table` (an export back with its dtypes); records :class:`Figure` and :class:`Document`.
"""
from fupin_extract import audit  # a package you can call: fupin_extract.audit(corpus)
from fupin_extract.tables.compare import compare, compare_long
from fupin_extract.corpus import Corpus, extract_text, read
from fupin_extract.export.writers import read_table
from fupin_extract.model import Document, Figure, FupinError, LoadError, PatternError

__all__ = ["extract_text", "read", "compare", "compare_long", "audit", "read_table", "Corpus", "Figure", "Document", "FupinError", "LoadError", "PatternError"]
__version__ = "0.1.0"

from fupin_extract import _legacy  # noqa: E402

_legacy.install(__name__)
