"""An exporter's output as an iterator of byte chunks, for HTTP responses that stream with flat memory."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator, Sequence
from typing import TextIO, cast

from frontwatch.export.base import Exporter
from frontwatch.store import Store

CHUNK_BYTES = 64 * 1024
CHUNKS_AHEAD = 8  # how far the writer may run ahead of the reader: the memory bound
_DONE = object()


class _Stopped(Exception):
    """The reader went away: the writer stops."""


class _ChunkWriter:
    """A text file whose writes are cut into UTF-8 chunks and handed over through a bounded queue."""

    def __init__(self, chunks: queue.Queue, stop: threading.Event) -> None:
        self.chunks, self.stop = chunks, stop
        self.parts: list[str] = []
        self.size = 0

    def write(self, text: str) -> int:
        self.parts.append(text)
        self.size += len(text)
        if self.size >= CHUNK_BYTES:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self.parts:
            self.put("".join(self.parts).encode("utf-8"))
            self.parts, self.size = [], 0

    def put(self, item: object) -> None:
        """Hand a chunk (or the end, or an error) to the reader, waiting while it is CHUNKS_AHEAD behind."""
        while True:
            if self.stop.is_set():
                raise _Stopped
            try:
                self.chunks.put(item, timeout=0.5)
                return
            except queue.Full:
                continue


def stream_export(exporter: Exporter, store: Store, doc_ids: Sequence[str] | None = None) -> Iterator[bytes]:
    """The export in chunks of about CHUNK_BYTES, written by a thread at most CHUNKS_AHEAD chunks ahead."""
    chunks: queue.Queue = queue.Queue(maxsize=CHUNKS_AHEAD)
    stop = threading.Event()
    writer = _ChunkWriter(chunks, stop)

    def produce() -> None:
        try:
            exporter.write(store, cast(TextIO, writer), doc_ids)
            writer.flush()
            writer.put(_DONE)
        except _Stopped:
            return
        except BaseException as exc:  # handed to the reader, which raises it
            try:
                writer.put(exc)
            except _Stopped:
                return

    thread = threading.Thread(target=produce, name=f"export-{exporter.name}", daemon=True)
    thread.start()
    try:
        while (item := chunks.get()) is not _DONE:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
