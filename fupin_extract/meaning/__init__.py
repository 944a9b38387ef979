"""Meaning of each figure (indicator, scope, period: :mod:`.attach`, :mod:`.indicators`,
:mod:`.structure`) and of each report (place, level, date: :mod:`.metadata`, :mod:`.gazetteer`)."""
from fupin_extract._legacy import forward_names

# the names ``fupin_extract.meaning`` had when it was one module
__getattr__, __dir__ = forward_names(__name__, "fupin_extract.meaning.attach")
