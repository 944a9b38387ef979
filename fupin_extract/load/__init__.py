"""Load: files, folders, archives and office/HTML formats → :class:`~fupin_extract.model.Document` (:mod:`.files`; readers share :mod:`.base` and :mod:`.decode`)."""
from fupin_extract._legacy import forward_names

# the names ``fupin_extract.load`` had when it was one module
__getattr__, __dir__ = forward_names(__name__, "fupin_extract.load.files")
