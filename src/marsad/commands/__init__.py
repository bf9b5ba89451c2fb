"""Subcommand modules: each has ``register(sub)`` adding its subparsers (see marsad.cli)."""
