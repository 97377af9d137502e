"""``python -m pmdesk`` does what the ``pmdesk`` command does."""

import sys

from pmdesk.cli import main

sys.exit(main())
