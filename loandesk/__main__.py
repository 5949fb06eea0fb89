import sys

from loandesk.cli import main

sys.exit(main())
