"""Figures: numerals (:mod:`.numerals`), the figure grammar over characters (:mod:`.find`) and
the characters an exclusion pattern cannot match without (:mod:`.required`)."""
import importlib

#: the module whose names ``fupin_extract.figures`` gives (it was one module before 0.2)
_MAIN = "fupin_extract.figures.find"


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    try:
        return getattr(importlib.import_module(_MAIN), name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def __dir__():
    return sorted(set(globals()) | set(dir(importlib.import_module(_MAIN))))
