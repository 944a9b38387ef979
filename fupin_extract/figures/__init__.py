"""Figures: numerals (:mod:`.numerals`), the figure grammar over characters (:mod:`.find`) and
the characters an exclusion pattern cannot match without (:mod:`.required`)."""
from fupin_extract._legacy import forward_names

# the names ``fupin_extract.figures`` had when it was one module
__getattr__, __dir__ = forward_names(__name__, "fupin_extract.figures.find")
