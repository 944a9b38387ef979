"""Export: one registry of writers for JSON Lines/CSV/xlsx/Parquet/.dta (:mod:`.writers`), the codebook (:mod:`.codebook`) and the review page (:mod:`.report`)."""
from fupin_extract._legacy import forward_names

# the names ``fupin_extract.export`` had when it was one module
__getattr__, __dir__ = forward_names(__name__, "fupin_extract.export.writers")
