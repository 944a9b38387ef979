"""Audit: relations within a report (:mod:`.relations`), gate (:mod:`.gate`), checks across reports
(:mod:`.corpus`), shared views (:mod:`.core`) and cues (:mod:`.rules`); :func:`audit` runs them (:mod:`.run`)."""
from fupin_extract._legacy import forward_names

# the names ``fupin_extract.audit`` had when it was one module
__getattr__, __dir__ = forward_names(__name__, "fupin_extract.audit.run")
