"""``python -m loandesk.risk``: train / score / evaluate scorecard packs (see :mod:`loandesk.risk.cli`)."""

import sys

from loandesk.risk.cli import main

if __name__ == "__main__":
    sys.exit(main())
