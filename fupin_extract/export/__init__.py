"""Export: one registry of writers for JSON Lines/CSV/xlsx/Parquet/.dta (:mod:`.writers`), the codebook (:mod:`.codebook`) and the review page (:mod:`.report`)."""
import importlib

#: the module whose names ``fupin_extract.export`` gives (it was one module before 0.2)
_MAIN = "fupin_extract.export.writers"


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    try:
        return getattr(importlib.import_module(_MAIN), name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def __dir__():
    return sorted(set(globals()) | set(dir(importlib.import_module(_MAIN))))
