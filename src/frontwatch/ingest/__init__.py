"""frontwatch.ingest: files, folders and stdin → Documents (or one InputError per bad input)."""

from frontwatch.ingest.ids import document_id
from frontwatch.ingest.reader import SkippedInput, folder_files, read_documents

__all__ = ["SkippedInput", "document_id", "folder_files", "read_documents"]
