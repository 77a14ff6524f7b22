"""Bytes to text: byte-order marks, UTF-8, and the single-byte encodings of older Finnish files."""

from __future__ import annotations

import codecs

from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Signatures of files people mistake for text: archives, office files, images, PDF.
_BINARY_MAGIC = (
    b"PK\x03\x04",
    b"%PDF",
    b"\x1f\x8b",
    b"\xd0\xcf\x11\xe0",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"7z\xbc\xaf",
    b"Rar!",
)


def looks_binary(data: bytes) -> bool:
    """True when the bytes are not text in any encoding we read."""
    if any(data.startswith(magic) for magic in _BINARY_MAGIC):
        return True
    sample = data[:8192]
    if not sample:
        return False
    if any(sample.startswith(bom) for bom, _ in _BOMS[1:]):
        return False
    if sample.count(b"\x00") > max(8, len(sample) // 100):
        return True  # a few NULs occur in text from PDFs with broken fonts; many mean binary
    try:
        sample.decode("utf-8")
        return False  # valid UTF-8 is text, however garbled (broken PDF fonts give control characters)
    except UnicodeDecodeError as exc:
        if exc.start > len(sample) - 4:
            return False  # a character cut at the end of the sample
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05


# Files users try that are not minutes text, named by their first bytes, and what to do instead.
_SAVE_AS = "save it as PDF or plain text"
_OCR = "scanned minutes need OCR to text first"
_OTHER_KINDS = (
    (b"PK\x03\x04", "a ZIP file (a Word .docx or OpenDocument file?)", _SAVE_AS),
    (b"\xd0\xcf\x11\xe0", "an old Office file (Word .doc?)", _SAVE_AS),
    (b"\x89PNG", "an image", _OCR),
    (b"\xff\xd8\xff", "an image", _OCR),
    (b"GIF8", "an image", _OCR),
    (b"II*\x00", "an image", _OCR),
    (b"MM\x00*", "an image", _OCR),
)


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode input bytes; return the text and the name of the encoding used.

    UTF-8 is tried first (with or without a byte-order mark); text that is not
    UTF-8 is read as Windows-1252, the usual encoding of older Finnish documents.
    """
    if encoding:
        try:
            return data.decode(encoding), codecs.lookup(encoding).name
        except LookupError as exc:
            raise InputError(f"unknown encoding {encoding!r}") from exc
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid {encoding} at byte {exc.start}; try another --encoding") from exc
    if data[:64].lstrip()[:5] == b"{\\rtf":
        raise InputError(f"an RTF document, not plain text: {_SAVE_AS}")
    if looks_binary(data):
        kind = next(((what, advice) for magic, what, advice in _OTHER_KINDS if data.startswith(magic)), None)
        raise InputError(f"{kind[0]}, not text: {kind[1]}" if kind else "binary file, not text")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise InputError(f"broken {name} text at byte {exc.start}") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned in cp1252 but valid Latin-1.
        return data.decode("latin-1"), "iso-8859-1"
