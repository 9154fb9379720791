"""``python -m govplans``."""

import sys

from govplans.cli import main

sys.exit(main())
