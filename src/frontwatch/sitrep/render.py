"""Situation report renderers: Markdown and one self-contained HTML page (no external assets)."""

from __future__ import annotations

from html import escape

from frontwatch.sitrep.model import Sitrep, SitrepLine, SourceRef
from frontwatch.sitrep.svg import chart_svgs, inset_svg


def _anchor(doc_id: str) -> str:
    return f"doc-{doc_id}"


def _label(ref: SourceRef) -> str:
    name = ref.outlet or ref.doc_id
    return f"{name}: {ref.title}" if ref.title else name


def _md_sources(line: SitrepLine) -> str:
    if not line.sources:
        return ""
    refs = "; ".join(f"[{_label(r)}](#{_anchor(r.doc_id)}) ({', '.join(r.fact_ids)})" for r in line.sources)
    return f" — sources: {refs}"


def to_markdown(sitrep: Sitrep) -> str:
    """The report as Markdown: one section per part, every line with its sources, then a source list."""
    out = [f"# Situation report as of {sitrep.as_of}", ""]
    scope = f"Changes since {sitrep.since}" + (f", area: {sitrep.area}" if sitrep.area else "")
    out += [f"_{scope}. Generated {sitrep.generated_at:%Y-%m-%d %H:%M} UTC._", ""]
    for section in sitrep.sections:
        out += [f"## {section.title}", ""]
        if section.note:
            out += [f"_{section.note}_", ""]
        if not section.lines:
            out.append("- nothing in the store for this period")
        for line in section.lines:
            indent = "  " if line.text.startswith("  ") else ""
            out.append(f"{indent}- {line.text.strip()}{_md_sources(line)}")
        out.append("")
    out += ["## Sources", ""]
    for ref in sitrep.documents.values():
        out.append(f'- <a id="{_anchor(ref.doc_id)}"></a>`{ref.doc_id}` {_label(ref)}')
    return "\n".join(out) + "\n"


_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
.note{color:#666;font-style:italic}li{margin:.3rem 0}li.sub{margin-left:1.5rem;list-style:circle}
.src{font-size:.85rem;color:#555}.src a{color:#14589c}.c-claimed{color:#a33}.c-confirmed{color:#276b2a}
.empty{color:#888}.figures{display:flex;flex-wrap:wrap;gap:1rem}.figures figure{margin:0}
.figures figcaption{font-size:.85rem;color:#555}
"""


def _inline(svg: str | None) -> str | None:
    """An SVG for inline use in HTML (the namespace declaration is implied there)."""
    return svg.replace(' xmlns="http://www.w3.org/2000/svg"', "") if svg else svg


def _figures_html(sitrep: Sitrep) -> str:
    """The inset map and the period's charts as inline SVG (no scripts, no external files)."""
    figures = sitrep.figures
    if figures is None:
        return ""
    parts = ['<section id="figures" class="figures">']
    inset = _inline(inset_svg(figures))
    if inset:
        parts.append(f"<figure>{inset}<figcaption>The area on {sitrep.as_of}: control (shaded by actor; "
                     "dotted = claimed only), events of the period by type, towns.</figcaption></figure>")
    parts += [f"<figure>{_inline(chart)}</figure>" for chart in chart_svgs(figures)]
    parts.append("</section>")
    return "".join(parts)


def _html_line(line: SitrepLine) -> str:
    cls = ' class="sub"' if line.text.startswith("  ") else ""
    cert = f' <span class="c-{escape(line.certainty)}">[{escape(line.certainty)}]</span>' if line.certainty else ""
    refs = ""
    if line.sources:
        links = "; ".join(
            f'<a href="#{escape(_anchor(r.doc_id))}">{escape(_label(r))}</a> ({escape(", ".join(r.fact_ids))})'
            for r in line.sources
        )
        refs = f'<br><span class="src">sources: {links}</span>'
    return f"<li{cls}>{escape(line.text.strip())}{cert}{refs}</li>"


def to_html(sitrep: Sitrep) -> str:
    """The report as one self-contained HTML page (inline style, no scripts or external links)."""
    title = f"Situation report as of {sitrep.as_of}"
    scope = f"Changes since {sitrep.since}" + (f", area: {sitrep.area}" if sitrep.area else "")
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="note">{escape(scope)}. Generated {sitrep.generated_at:%Y-%m-%d %H:%M} UTC.</p>',
        _figures_html(sitrep),
    ]
    for section in sitrep.sections:
        parts.append(f'<section id="{escape(section.key)}"><h2>{escape(section.title)}</h2>')
        if section.note:
            parts.append(f'<p class="note">{escape(section.note)}</p>')
        if section.lines:
            parts.append("<ul>" + "".join(_html_line(line) for line in section.lines) + "</ul>")
        else:
            parts.append('<p class="empty">Nothing in the store for this period.</p>')
        parts.append("</section>")
    parts.append('<section id="sources"><h2>Sources</h2><ul>')
    parts += [f'<li id="{escape(_anchor(r.doc_id))}"><code>{escape(r.doc_id)}</code> {escape(_label(r))}</li>'
              for r in sitrep.documents.values()]
    parts.append("</ul></section></body></html>")
    return "\n".join(parts) + "\n"
