"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from frontwatch.errors import InputError
from frontwatch.ingest.dates import parse_iso_date
from frontwatch.ingest.decode import bom_encoding, decode_bytes
from frontwatch.ingest.ids import make_document
from frontwatch.model import Document

if TYPE_CHECKING:
    from trafilatura.settings import Document as Extracted

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_PROLOG_CHARSET = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def declared_charset(data: bytes) -> str | None:
    """Return the charset an HTML page declares in its first 4 KB, if any."""
    head = data[:4096]
    match = _META_CHARSET.search(head) or _PROLOG_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def html_document(
    data: bytes, origin: str, *, published: date | None, source: str | None
) -> Document:
    """Build the Document of an HTML page; caller's published/source win."""
    declared = None if bom_encoding(data) else declared_charset(data)
    page = decode_bytes(data, origin, declared)
    if not page.strip():
        raise InputError(origin, "empty file (whitespace only); nothing to read")
    extracted = _extract(page, origin)
    text = (extracted.text or "").strip() if extracted is not None else ""
    if extracted is None or not text:
        raise InputError(
            origin, "HTML page has no extractable text (empty, script-only or navigation only)"
        )
    found_date = None
    warnings: tuple[str, ...] = ()
    if extracted.date and published is None:
        try:
            found_date = parse_iso_date(extracted.date, origin, "page")
        except InputError as exc:
            warnings = (f"{origin}: {exc.problem}; publication date left empty",)
    return make_document(
        "\n\n".join(line for line in text.split("\n") if line.strip()),
        origin,
        published=published or found_date,
        source=source or extracted.sitename,
        title=extracted.title,
        url=extracted.url,
        warnings=warnings,
    )


def _extract(page: str, origin: str) -> Extracted | None:
    # Dates only from the page's markup (meta tags, <time>, URL), never guessed
    # from dates mentioned in the article text.
    import trafilatura  # loaded with the first page: a run without HTML never imports it
    from trafilatura.settings import Document as Extracted
    from trafilatura.settings import set_date_params

    dates = set_date_params(extensive=False)
    try:
        found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                            date_extraction_params=dates)
        if not isinstance(found, Extracted) or not (found.text or "").strip():
            found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                                date_extraction_params=dates, favor_recall=True)
    except Exception as exc:  # noqa: BLE001  third-party parser on untrusted input: report, never crash
        raise InputError(origin, f"HTML could not be parsed ({type(exc).__name__}: {exc})") from None
    return found if isinstance(found, Extracted) else None
