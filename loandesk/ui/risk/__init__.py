"""风险评估 tab: applications awaiting or after assessment, and the risk panel."""
