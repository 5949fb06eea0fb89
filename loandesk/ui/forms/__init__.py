"""Python modules compiled from forms/*.ui by pyside6-uic (committed; a test fails when they drift).

Rebuild after editing a .ui file:  python -m loandesk.ui.forms.build
"""
