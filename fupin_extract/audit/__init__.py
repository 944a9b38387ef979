"""Audit: relations within a report (:mod:`.relations`, one module per family of checks over one
:mod:`.ledger`), gate (:mod:`.gate`), checks across reports
(:mod:`.corpus`), shared views (:mod:`.core`, :mod:`.figures`); cues and settings are typed records of
:mod:`fupin_extract.rules.relations`; :func:`audit` runs them (:mod:`.run`)."""
import importlib

#: the module whose names ``fupin_extract.audit`` gives (it was one module before 0.2)
_MAIN = "fupin_extract.audit.run"


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    try:
        return getattr(importlib.import_module(_MAIN), name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def __dir__():
    return sorted(set(globals()) | set(dir(importlib.import_module(_MAIN))))
