"""Data files shipped with the risk package (the default scorecard pack)."""
