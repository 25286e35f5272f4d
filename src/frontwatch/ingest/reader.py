"""Turn paths (files, folders, "-" for stdin) into Documents, one InputError per bad input.

Origins: the path as given (``<stdin>`` for "-"); a feed entry adds ``#<n>`` (1-based),
a JSON Lines record adds ``#<id>`` or ``#<line>``. Caller-given ``published``/``source``
win over a document's own metadata; otherwise its metadata; otherwise None.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from frontwatch.errors import InputError
from frontwatch.ingest.decode import decode_bytes
from frontwatch.ingest.feed import feed_documents, sniff_feed
from frontwatch.ingest.html import html_document
from frontwatch.ingest.jsonl import jsonl_documents, sniff_jsonl
from frontwatch.ingest.kinds import Kind, kind_of, known_suffixes, sniff_html
from frontwatch.ingest.raw import GZIP_MAGIC, gunzip, read_file_bytes, read_stdin_bytes
from frontwatch.ingest.text import text_document
from frontwatch.model import Document

STDIN = "-"
STDIN_ORIGIN = "<stdin>"


@dataclass(frozen=True)
class SkippedInput:
    """A file in a folder that is not read, and why (a picture, a hidden file): reported, never silent."""

    origin: str
    reason: str

    def line(self) -> str:
        """The skip as one line."""
        return f"{self.origin}: {self.reason}"


def read_documents(
    paths: Sequence[str | Path],
    *,
    published: date | None = None,
    source: str | None = None,
    max_bytes: int = 20_000_000,
) -> Iterator[Document | InputError | SkippedInput]:
    """Yield a Document per readable report, an InputError per bad one and a SkippedInput per file
    of a folder that is not a report, in order."""
    for given in paths:
        if str(given) == STDIN:
            yield from _guarded(
                lambda: _from_stdin(published=published, source=source, max_bytes=max_bytes),
                STDIN_ORIGIN,
            )
            continue
        path = Path(given)
        if path.is_dir():
            yield from _from_folder(path, published=published, source=source, max_bytes=max_bytes)
        else:
            yield from _guarded(partial(_from_file, path, published=published, source=source, max_bytes=max_bytes),
                                str(path))


def folder_files(folder: Path) -> list[Path]:
    """Return the report files under a folder: recursive, sorted, hidden ones skipped."""
    return [path for path, skipped in folder_entries(folder) if skipped is None]


def folder_entries(folder: Path) -> list[tuple[Path, str | None]]:
    """Every file and hidden folder under a folder, sorted, each with why it is skipped (None: a report)."""
    found: list[tuple[Path, str | None]] = []
    for root, dirs, files in os.walk(folder):
        hidden = sorted(d for d in dirs if d.startswith("."))
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [(Path(root) / d, "hidden folder, not read") for d in hidden]
        for name in files:
            path = Path(root) / name
            if name.startswith("."):
                found.append((path, "hidden file, not read"))
            elif kind_of(path)[0] is None:
                found.append((path, f"unsupported file type {path.suffix or '(none)'!r}, not read "
                                    f"(known: {known_suffixes()})"))
            else:
                found.append((path, None))
    return sorted(found, key=lambda entry: entry[0].relative_to(folder).parts)


def _from_folder(
    folder: Path, *, published: date | None, source: str | None, max_bytes: int
) -> Iterator[Document | InputError | SkippedInput]:
    entries = folder_entries(folder)
    if not any(skipped is None for _path, skipped in entries):
        yield InputError(str(folder), f"folder holds no report files (known: {known_suffixes()})")
    for path, skipped in entries:
        if skipped is not None:
            yield SkippedInput(str(path), skipped)
            continue
        yield from _guarded(partial(_from_file, path, published=published, source=source, max_bytes=max_bytes),
                            str(path))


def _guarded(
    produce: Callable[[], Iterator[Document | InputError]], origin: str
) -> Iterator[Document | InputError]:
    """Run one input's reader, turning its InputError (or a reader's crash) into a yielded item."""
    try:
        yield from produce()
    except InputError as error:
        yield error
    except RecursionError:
        yield InputError(origin, "input nests too deeply to parse; refused")
    except Exception as exc:  # noqa: BLE001  a reader's crash costs this input only; its traceback is kept
        crash = InputError(origin, f"could not be read ({exc.__class__.__name__}: {exc})")
        crash.__cause__ = exc
        yield crash


def _from_file(
    path: Path, *, published: date | None, source: str | None, max_bytes: int
) -> Iterator[Document | InputError]:
    origin = str(path)
    kind, gzipped = kind_of(path)
    data = read_file_bytes(path, origin, max_bytes)
    if gzipped or data.startswith(GZIP_MAGIC):
        data = gunzip(data, origin, max_bytes)
    if kind is None:
        kind = _sniff(data, fallback=None)
        if kind is None:
            suffix = path.suffix or "(none)"
            raise InputError(
                origin, f"unsupported file type {suffix!r}; known: {known_suffixes()}"
            )
    yield from _dispatch(data, origin, kind, published=published, source=source)


def _from_stdin(
    *, published: date | None, source: str | None, max_bytes: int
) -> Iterator[Document | InputError]:
    data = read_stdin_bytes(STDIN_ORIGIN, max_bytes)
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, STDIN_ORIGIN, max_bytes)
    kind = _sniff(data, fallback=Kind.TEXT) or Kind.TEXT
    if kind is Kind.TEXT and sniff_jsonl(decode_bytes(data, STDIN_ORIGIN)):
        kind = Kind.JSONL
    yield from _dispatch(data, STDIN_ORIGIN, kind, published=published, source=source)


def _sniff(data: bytes, fallback: Kind | None) -> Kind | None:
    if sniff_feed(data):
        return Kind.FEED
    if sniff_html(data):
        return Kind.HTML
    return fallback


def _dispatch(
    data: bytes, origin: str, kind: Kind, *, published: date | None, source: str | None
) -> Iterator[Document | InputError]:
    if not data.strip() or data.strip() in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        raise InputError(origin, "empty file (whitespace only); nothing to read")
    if kind is not Kind.JSONL and sniff_feed(data):
        kind = Kind.FEED
    if kind is Kind.FEED:
        yield from feed_documents(data, origin, published=published, source=source)
    elif kind is Kind.HTML:
        yield html_document(data, origin, published=published, source=source)
    else:
        text = decode_bytes(data, origin)
        if not text.strip():
            raise InputError(origin, "empty file (whitespace only); nothing to read")
        if kind is Kind.JSONL:
            yield from jsonl_documents(text, origin, published=published, source=source)
        else:
            yield text_document(text, origin, published=published, source=source)
