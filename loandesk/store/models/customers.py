"""Models for the customers area (filled in by its module)."""
