"""Audit: relations within a report (:mod:`.relations`, one module per family of checks over one
:mod:`.ledger`), gate (:mod:`.gate`), checks across reports
(:mod:`.corpus`), shared views (:mod:`.core`, :mod:`.figures`); cues and settings are typed records of
:mod:`fupin_extract.rules.relations`; :func:`audit` runs them (:mod:`.run`)."""
from fupin_extract._legacy import callable_package, forward_names

# the names ``fupin_extract.audit`` had when it was one module
__getattr__, __dir__ = forward_names(__name__, "fupin_extract.audit.run")
# ``fupin_extract.audit(corpus)`` is :func:`fupin_extract.audit.run.audit`, and the package stays a package
callable_package(__name__, "fupin_extract.audit.run", "audit")
