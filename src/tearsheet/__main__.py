"""Entry point for ``python -m tearsheet``."""

import sys

from tearsheet.cli import main

sys.exit(main())
