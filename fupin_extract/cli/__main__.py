"""``python -m fupin_extract.cli``."""
import sys

from fupin_extract.cli.app import main

sys.exit(main())
