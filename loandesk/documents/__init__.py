"""PDF documents: contracts, schedules, notices and the key-recovery sheet (reportlab, no Qt, no SQL)."""
