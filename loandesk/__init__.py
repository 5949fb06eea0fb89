"""LoanDesk: branch desktop app for rural credit-union loan intake, review, approval and backup."""
__version__ = "0.1.0"
