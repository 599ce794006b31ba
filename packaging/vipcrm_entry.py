"""Entry point of the frozen (PyInstaller) app: the same `vipcrm` command."""

import sys

from vipcrm.cli import main

if __name__ == "__main__":
    sys.exit(main())
