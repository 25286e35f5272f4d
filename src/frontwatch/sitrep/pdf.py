"""The situation report as a PDF (fpdf2): key judgements, map inset, charts of the period, sections with sources."""

from __future__ import annotations

import io
from pathlib import Path

from frontwatch.sitrep.model import Sitrep, SitrepLine
from frontwatch.sitrep.svg import chart_svgs, inset_svg

# A Unicode TrueType font for names such as Fallūjah and for dashes; the first one found is used.
FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
)
MARGIN_MM = 15


def _font_path() -> Path | None:
    for path in FONT_CANDIDATES:
        if path.exists():
            return path
    try:
        import matplotlib

        bundled = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
        return bundled if bundled.exists() else None
    except ImportError:
        return None


def _sources(line: SitrepLine) -> str:
    return "; ".join(f"{r.outlet or r.doc_id}" + (f" ({', '.join(r.fact_ids)})" if r.fact_ids else "")
                     for r in line.sources)


def to_pdf(sitrep: Sitrep) -> bytes:
    """The report as PDF bytes (A4): title, scope, figures, then each section's lines with their sources."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
    pdf.set_auto_page_break(True, MARGIN_MM)
    font = _font_path()
    family = "Helvetica"
    if font is not None:
        pdf.add_font("body", "", str(font))
        bold = font.with_name(font.name.replace("Regular", "Bold").replace("Sans.ttf", "Sans-Bold.ttf"))
        pdf.add_font("body", "B", str(bold if bold.exists() and bold != font else font))
        family = "body"

    def text(value: str) -> str:
        return value if font is not None else value.encode("latin-1", "replace").decode("latin-1")

    def write(size: float, value: str, height: float = 5.0, colour: tuple[int, int, int] = (34, 34, 34)) -> None:
        pdf.set_font(family, size=size)
        pdf.set_text_color(*colour)
        pdf.multi_cell(0, height, text(value), new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    write(18, f"Situation report as of {sitrep.as_of}", 9)
    scope = f"Changes since {sitrep.since}" + (f", area: {sitrep.area}" if sitrep.area else "")
    write(9, f"{scope}. Generated {sitrep.generated_at:%Y-%m-%d %H:%M} UTC by frontwatch.", 5, (100, 100, 100))
    pdf.ln(2)
    width = pdf.w - 2 * MARGIN_MM
    for section in sitrep.sections:
        if section.key == "judgements":
            _section(pdf, section, write)
            break
    if sitrep.figures is not None:
        inset = inset_svg(sitrep.figures, font=family)
        if inset:
            pdf.image(io.BytesIO(text(inset).encode("utf-8")), w=width)
            write(8, f"The area on {sitrep.as_of}: control shaded by actor (dotted: claimed only), events of the "
                     "period coloured by type.", 4, (90, 90, 90))
        for chart in chart_svgs(sitrep.figures, font=family):
            pdf.image(io.BytesIO(text(chart).encode("utf-8")), w=width * 0.9)
    for section in sitrep.sections:
        if section.key != "judgements":
            _section(pdf, section, write)
    write(13, "Sources", 8)
    for ref in sitrep.documents.values():
        write(8, f"{ref.doc_id}  {ref.outlet or ''}{': ' + ref.title if ref.title else ''}", 4)
    return bytes(pdf.output())


def _section(pdf, section, write) -> None:
    pdf.ln(2)
    write(13, section.title, 7)
    if section.note:
        write(8, section.note, 4, (110, 110, 110))
    if not section.lines:
        write(9, "Nothing in the store for this period.", 5, (140, 140, 140))
    for line in section.lines:
        marker = "    – " if line.text.startswith("  ") else "• "
        certainty = f" [{line.certainty}]" if line.certainty else ""
        write(9.5, marker + line.text.strip() + certainty, 4.8)
        if line.sources:
            write(7.5, "      sources: " + _sources(line), 3.8, (80, 90, 120))
