"""Tables: the DataFrame schemas (:mod:`.frames`) and the cross-report comparison (:mod:`.compare`)."""
from fupin_extract._legacy import forward_names

# the names ``fupin_extract.tables`` had when it was one module
__getattr__, __dir__ = forward_names(__name__, "fupin_extract.tables.frames")
