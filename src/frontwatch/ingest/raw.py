"""Raw bytes from a file or stdin, size-limited, with gzip undone safely."""

from __future__ import annotations

import sys
import zlib
from pathlib import Path
from typing import BinaryIO

from frontwatch.errors import InputError

GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 16


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n} bytes"


def read_file_bytes(path: Path, origin: str, max_bytes: int) -> bytes:
    """Return a file's bytes, refusing it by size before reading it whole."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(origin, "no such file; check the path") from None
    except OSError as exc:
        raise InputError(origin, f"cannot read file: {exc.strerror or exc}") from None
    if size > max_bytes:
        raise InputError(origin, _too_large(size, max_bytes))
    try:
        with path.open("rb") as handle:
            return _read_limited(handle, origin, max_bytes)
    except OSError as exc:
        raise InputError(origin, f"cannot read file: {exc.strerror or exc}") from None


def read_stdin_bytes(origin: str, max_bytes: int) -> bytes:
    """Return standard input as bytes, refusing more than max_bytes."""
    stream = sys.stdin
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return _read_limited(buffer, origin, max_bytes)
    text = stream.read(max_bytes + 1)
    data = text.encode("utf-8")
    if len(data) > max_bytes:
        raise InputError(origin, _too_large(len(data), max_bytes, at_least=True))
    return data


def _read_limited(handle: BinaryIO, origin: str, max_bytes: int) -> bytes:
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(origin, _too_large(len(data), max_bytes, at_least=True))
    return data


def _too_large(size: int, max_bytes: int, *, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return (
        f"file too large ({more}{_mb(size)}, limit {_mb(max_bytes)}); "
        "split it or raise max_document_bytes (FRONTWATCH_MAX_DOCUMENT_BYTES)"
    )


def gunzip(data: bytes, origin: str, max_bytes: int) -> bytes:
    """Decompress gzip data (all members), refusing output beyond max_bytes."""
    if not data.startswith(GZIP_MAGIC):
        raise InputError(origin, "not a gzip file (bad magic number); rename it or re-compress it")
    out = bytearray()
    rest = data
    while rest:
        decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
        pending = rest
        try:
            while pending:
                out += decomp.decompress(pending, max_bytes + 1 - len(out))
                if len(out) > max_bytes:
                    raise InputError(
                        origin,
                        f"gzip expands beyond the limit of {_mb(max_bytes)} "
                        "(possible decompression bomb); refused",
                    )
                pending = decomp.unconsumed_tail
                if decomp.eof:
                    break
        except zlib.error as exc:
            raise InputError(origin, f"corrupt gzip data ({exc}); re-download or re-compress it") from None
        if not decomp.eof:
            raise InputError(origin, "truncated gzip file (unexpected end of data); re-download it")
        rest = decomp.unused_data.lstrip(b"\x00")
        if rest and not rest.startswith(GZIP_MAGIC):
            break  # trailing garbage after the last member, as gzip(1) tolerates
    return bytes(out)
