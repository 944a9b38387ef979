"""Audit: relations within a report (:mod:`.relations`), gate (:mod:`.gate`), checks across reports
(:mod:`.corpus`), shared views (:mod:`.core`) and cues (:mod:`.rules`); :func:`audit` runs them (:mod:`.run`)."""
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
