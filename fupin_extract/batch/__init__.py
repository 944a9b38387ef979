"""Batch runs over archives: process pool, Parquet shards, resume, Dask (:mod:`.run`)."""
from fupin_extract._legacy import forward_names

# the names ``fupin_extract.batch`` had when it was one module
__getattr__, __dir__ = forward_names(__name__, "fupin_extract.batch.run")
