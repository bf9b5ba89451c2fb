"""Marsad (مرصد): Arabic news to structured, traceable event data."""

__version__ = "0.1.0"
