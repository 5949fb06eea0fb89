"""Models for the admin area (filled in by its module)."""
