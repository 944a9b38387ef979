"""The rule book: loading and validating every file in ``patterns/`` (file and line in each error).

One module per kind of file, each a typed record: :mod:`.base` (the YAML reader and checks),
:mod:`.units`, :mod:`.exclusions`, :mod:`.normalise`, :mod:`.dictionary`, :mod:`.text` (the
structure of a text), :mod:`.html` (HTML boilerplate), :mod:`.columns` (column documentation);
:mod:`.loader` assembles :func:`load_patterns`.  Rules import no step: every step imports them.
"""
import importlib

#: the module whose names ``fupin_extract.rules`` gives (it was one module before 0.2)
_MAIN = "fupin_extract.rules.loader"


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    try:
        return getattr(importlib.import_module(_MAIN), name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def __dir__():
    return sorted(set(globals()) | set(dir(importlib.import_module(_MAIN))))
