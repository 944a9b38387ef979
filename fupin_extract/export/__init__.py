"""Export: writers for CSV/xlsx/Parquet/.dta with a codebook (:mod:`.writers`) and the review page (:mod:`.report`)."""
from fupin_extract._legacy import forward_names

# the names ``fupin_extract.export`` had when it was one module
__getattr__, __dir__ = forward_names(__name__, "fupin_extract.export.writers")
