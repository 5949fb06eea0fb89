"""系统管理 tab: users, audit trail, backup/restore and keys, settings, health (``tab.create_tab``)."""
