"""Decoding of input bytes: UTF-8 (BOM or not), UTF-16 (BOM or not), windows-1256; binary refused."""

from __future__ import annotations

import codecs


class DecodeError(ValueError):
    """The bytes are not text in a supported encoding (or are binary)."""


def _arabic_share(text: str) -> float:
    letters = [c for c in text[:4000] if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0600" <= c <= "\u06ff") / len(letters)


def _control_share(text: str) -> float:
    sample = text[:8000]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f\v") or 0x7F <= ord(c) < 0xA0)
    return bad / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII/Arabic text is a tell-tale NUL or 0x06."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for enc, high in (("utf-16-le", odd), ("utf-16-be", even)):
        share = sum(1 for b in high if b in (0x00, 0x06, 0x20, 0xFE)) / len(high)
        if share > 0.9:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; raise DecodeError with a one-line reason."""
    if not data:
        raise DecodeError("file is empty")
    if data.startswith(codecs.BOM_UTF8):
        text, enc = data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, enc = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeError(f"broken UTF-16 text: {exc.reason}") from exc
    else:
        u16 = _utf16_without_bom(data)
        if u16 is not None:
            text, enc = u16, "utf-16"
        else:
            try:
                text, enc = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                if b"\x00" in data[:8000]:
                    raise DecodeError("binary file (not text)") from None
                try:
                    text, enc = data.decode("cp1256"), "windows-1256"
                except UnicodeDecodeError:
                    raise DecodeError("not text in UTF-8, UTF-16 or windows-1256") from None
                if _arabic_share(text) < 0.3:
                    raise DecodeError("not text in UTF-8, UTF-16 or windows-1256 (undecodable bytes)") from None
    if "\x00" in text[:8000] or _control_share(text) > 0.05:
        raise DecodeError("binary file (not text)")
    return text, enc
