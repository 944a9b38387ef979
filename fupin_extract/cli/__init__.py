"""The command line: ``fupin-extract`` (:mod:`.app`) and one module per further subcommand."""
from fupin_extract._legacy import forward_names

# the names ``fupin_extract.cli`` had when it was one module
__getattr__, __dir__ = forward_names(__name__, "fupin_extract.cli.app")
