"""Models for the loans area (filled in by its module)."""
