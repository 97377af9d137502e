"""``python main.py [FILE]`` does what the ``pmdesk`` command does."""

import sys

from pmdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
