"""Subcommands of the `loandesk` CLI. Each module here exposes `register(subparsers)`.

Listed explicitly (not discovered) so a packaged build knows what to include.
"""

COMMAND_MODULES = [
    "loandesk.commands.audit",
    "loandesk.commands.demo",
    "loandesk.commands.backup",
    "loandesk.commands.customers",
]
