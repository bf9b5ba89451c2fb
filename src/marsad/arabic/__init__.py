"""The Arabic reading layer: normalisation with offsets, sentences, tokens and clitics."""

from marsad.arabic.normalize import Normalized, normalize, normalize_text

__all__ = ["Normalized", "normalize", "normalize_text"]
