"""The rule book: loading and validating every file in ``patterns/`` (file and line in each error)."""
from fupin_extract._legacy import forward_names

# the names ``fupin_extract.rules`` had when it was one module
__getattr__, __dir__ = forward_names(__name__, "fupin_extract.rules.loader")
