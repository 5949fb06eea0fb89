"""Models for the applications area (filled in by its module)."""
