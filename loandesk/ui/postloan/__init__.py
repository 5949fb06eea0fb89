"""贷后管理 tab (for now: the loan accounts created at disbursement, read-only)."""
