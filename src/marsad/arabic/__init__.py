"""The Arabic reading layer: normalisation with offsets, sentences, tokens and clitics."""

from marsad.arabic.normalize import Normalized, normalize, normalize_text
from marsad.arabic.sentences import split_sentences
from marsad.arabic.tokens import Token, clitic_candidates, norm_offset, strip_proclitics, tokenize

__all__ = [
    "Normalized",
    "Token",
    "clitic_candidates",
    "norm_offset",
    "normalize",
    "normalize_text",
    "split_sentences",
    "strip_proclitics",
    "tokenize",
]
