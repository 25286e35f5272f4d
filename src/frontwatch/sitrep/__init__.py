"""Situation reports: what changed, who holds what, forces, population, claims, findings."""

from frontwatch.sitrep.build import build_sitrep
from frontwatch.sitrep.model import Section, Sitrep, SitrepLine, SourceRef
from frontwatch.sitrep.pdf import to_pdf
from frontwatch.sitrep.render import to_html, to_markdown

__all__ = ["Section", "Sitrep", "SitrepLine", "SourceRef", "build_sitrep", "to_html", "to_markdown", "to_pdf"]
