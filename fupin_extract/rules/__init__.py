"""The rule book: loading and validating every file in ``patterns/`` (file and line in each error).

One module per kind of file, each a typed record: :mod:`.base` (the YAML reader and checks),
:mod:`.units`, :mod:`.exclusions`, :mod:`.normalise`, :mod:`.dictionary`, :mod:`.text` (the
structure of a text), :mod:`.html` (HTML boilerplate), :mod:`.columns` (column documentation),
:mod:`.indicators`, :mod:`.metadata`, :mod:`.relations`; :mod:`.loader` assembles
:func:`load_patterns`.  Rules import no step: every step imports them.
"""
from fupin_extract._legacy import forward_names

# the names ``fupin_extract.rules`` had when it was one module
__getattr__, __dir__ = forward_names(__name__, "fupin_extract.rules.loader")
