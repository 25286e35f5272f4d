"""Which reader a file goes to: by extension, then by sniffing its content."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path


class Kind(StrEnum):
    """The readers ingest knows."""

    TEXT = "text"
    HTML = "html"
    FEED = "feed"
    JSONL = "jsonl"


SUFFIXES: dict[str, Kind] = {
    "": Kind.TEXT,
    ".txt": Kind.TEXT,
    ".text": Kind.TEXT,
    ".md": Kind.TEXT,
    ".html": Kind.HTML,
    ".htm": Kind.HTML,
    ".xml": Kind.FEED,
    ".rss": Kind.FEED,
    ".atom": Kind.FEED,
    ".jsonl": Kind.JSONL,
}
GZIP_SUFFIX = ".gz"
_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


def kind_of(path: Path) -> tuple[Kind | None, bool]:
    """Return the kind a file name implies (None if unknown) and whether it is gzipped."""
    name = path.name
    gzipped = name.lower().endswith(GZIP_SUFFIX)
    if gzipped:
        name = name[: -len(GZIP_SUFFIX)]
    return SUFFIXES.get(Path(name).suffix.lower()), gzipped


def known_suffixes() -> str:
    """Return the known extensions as a short human list."""
    listed = sorted(s for s in SUFFIXES if s)
    return ", ".join(listed) + ", no extension, and any of these + .gz"


def sniff_html(data: bytes) -> bool:
    """Return True if bytes open like an HTML page."""
    return _HTML_START.match(data[:65536]) is not None
