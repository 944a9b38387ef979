"""Load: files, folders, archives and office/HTML formats → :class:`~fupin_extract.model.Document` (:mod:`.files`; readers share :mod:`.base` and :mod:`.decode`)."""
import importlib

#: the module whose names ``fupin_extract.load`` gives (it was one module before 0.2)
_MAIN = "fupin_extract.load.files"


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    try:
        return getattr(importlib.import_module(_MAIN), name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def __dir__():
    return sorted(set(globals()) | set(dir(importlib.import_module(_MAIN))))
