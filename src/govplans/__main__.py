"""``python -m govplans``."""

import sys

from govplans.run.cli import main

sys.exit(main())
