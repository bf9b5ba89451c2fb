"""The `marsad` command (filled in by the foundation work)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print("marsad", file=sys.stderr)
    return 0
