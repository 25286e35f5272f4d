"""Bytes to text: UTF-8 or UTF-16 with a BOM, binary refused, nothing guessed.

Policy (decided on purpose): text must be UTF-8 (a BOM is allowed) or UTF-16 with a
BOM. A declared charset (HTML ``<meta charset>``, XML prolog) is honoured by the
callers that have one. Undeclared cp1252/latin-1 is NOT guessed: latin-1 decodes any
byte string, so a fallback would turn real corruption into silent mojibake in the
evidence sentences. Such a file gets an InputError with the iconv command to fix it.
"""

from __future__ import annotations

import codecs
import unicodedata

from frontwatch.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = {
    b"%PDF-": "a PDF file; convert it to text first (e.g. pdftotext)",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx); extract or convert it to text first",
    b"\x89PNG": "a PNG image, not a report",
    b"\xff\xd8\xff": "a JPEG image, not a report",
}
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_SAMPLE = 8192
_UNPRINTABLE = frozenset({"Cc", "Cs", "Co", "Cn"})


def bom_encoding(data: bytes) -> str | None:
    """Return the codec named by a leading byte-order mark, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def decode_bytes(data: bytes, origin: str, declared: str | None = None) -> str:
    """Decode report bytes to str, raising InputError for binary or undecodable data."""
    encoding = bom_encoding(data)
    if encoding is None:
        check_not_binary(data, origin)
        encoding = _known_codec(declared) or "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(origin, _decode_problem(exc, encoding)) from None
    if _mostly_unprintable(text[:_SAMPLE]):
        raise InputError(origin, "binary content (mostly non-printable characters); not a text report")
    return text


def check_not_binary(data: bytes, origin: str) -> None:
    """Raise InputError if BOM-less bytes are binary: known magic, NUL bytes or mostly controls."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(origin, f"binary content: {what}")
    if b"\x00" in data:
        raise InputError(origin, "binary content (NUL bytes); not a text report")
    sample = data[:_SAMPLE]
    controls = sum(1 for b in sample if (b < 32 and chr(b) not in _ALLOWED_CONTROLS) or b == 127)
    if sample and controls / len(sample) > 0.1:
        raise InputError(origin, "binary content (mostly non-printable bytes); not a text report")


def _mostly_unprintable(text: str) -> bool:
    if not text:
        return False
    bad = sum(
        1
        for ch in text
        if unicodedata.category(ch) in _UNPRINTABLE and ch not in _ALLOWED_CONTROLS
    )
    return bad / len(text) > 0.1


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def _decode_problem(exc: UnicodeDecodeError, encoding: str) -> str:
    name = "UTF-8" if encoding.startswith("utf-8") else encoding
    hint = (
        "; save it as UTF-8 (e.g. iconv -f cp1252 -t utf-8 FILE > FILE.utf8)"
        if encoding.startswith("utf-8")
        else ""
    )
    return f"invalid {name} at byte {exc.start} ({exc.reason}){hint}"
