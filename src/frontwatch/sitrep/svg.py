"""Drawing a report's figures as SVG: the map inset and stacked bar charts (used by the HTML page and the PDF)."""

from __future__ import annotations

import math
from html import escape

from frontwatch.sitrep.figures import Figures

FONT = "DejaVu Sans, Helvetica, Arial, sans-serif"


def _mercator(lat: float) -> float:
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(max(-85.0, min(85.0, lat))) / 2)))


class _Projection:
    """Lon/lat to SVG pixels for a box, Web Mercator, keeping the box's aspect inside width x height."""

    def __init__(self, extent: tuple[float, float, float, float], width: int, height: int) -> None:
        west, south, east, north = extent
        self.x0, self.y1 = west, _mercator(north)
        span_x, span_y = east - west, _mercator(north) - _mercator(south)
        self.scale = min(width / span_x, height / span_y)
        self.width, self.height = width, height
        self.dx = (width - span_x * self.scale) / 2
        self.dy = (height - span_y * self.scale) / 2

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return (self.dx + (lon - self.x0) * self.scale, self.dy + (self.y1 - _mercator(lat)) * self.scale)


def _path(geometry: dict, project: _Projection) -> str:
    kind, coords = geometry["type"], geometry["coordinates"]
    rings = {"Polygon": coords, "MultiPolygon": [r for poly in coords for r in poly],
             "LineString": [coords], "MultiLineString": coords}.get(kind, [])
    closed = kind in ("Polygon", "MultiPolygon")
    parts = []
    for ring in rings:
        points = [project(x, y) for x, y in ring]
        if len(points) < 2:
            continue
        parts.append("M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in points) + (" Z" if closed else ""))
    return " ".join(parts)


def inset_svg(figures: Figures, width: int = 640, height: int = 420, font: str = FONT) -> str | None:
    """The area's map: countries, rivers, control areas on the report's day, events of the period, towns."""
    if figures.extent is None:
        return None
    project = _Projection(figures.extent, width, height)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
           f'<rect width="{width}" height="{height}" fill="#b9d3e2"/>']
    for feature in figures.countries["features"]:
        d = _path(feature["geometry"], project)
        out.append(f'<path d="{d}" fill="#f4f1ea" stroke="#7b8a94" stroke-width="0.8"/>')
    for feature in figures.rivers["features"]:
        out.append(f'<path d="{_path(feature["geometry"], project)}" fill="none" stroke="#6aa6d6" stroke-width="0.8"/>')
    for feature in figures.control["features"]:
        p = feature["properties"]
        d = _path(feature["geometry"], project)
        if p["kind"] == "front":
            out.append(f'<path d="{d}" fill="none" stroke="#111" stroke-width="2.5" stroke-dasharray="6 4"/>')
            continue
        dash = ' stroke-dasharray="2 3"' if p["basis"] == "claimed" else ""
        opacity = (0.45 if p["status"] in ("controls", "partial") else 0.2) * p["strength"]
        out.append(f'<path d="{d}" fill="{p["colour"]}" fill-opacity="{opacity:.2f}" stroke="{p["colour"]}" '
                   f'stroke-width="1.5"{dash}/>')
    for dot in figures.dots:
        x, y = project(dot.longitude, dot.latitude)
        radius = 3.5 + min(5.0, math.sqrt(dot.fatalities))
        colour = figures.palette.get(dot.event_type, "#555")
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{colour}" '
                   f'fill-opacity="0.85" stroke="#222" stroke-width="0.8"/>')
    placed: list[tuple[float, float]] = []
    for label in figures.labels:
        x, y = project(label["lon"], label["lat"])
        crowded = any(abs(x - a) < 70 and abs(y - b) < 13 for a, b in placed)
        if crowded or not (0 <= x <= width - 40 and 12 <= y <= height):
            continue
        placed.append((x, y))
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2" fill="#333"/>'
                   f'<text x="{x + 4:.1f}" y="{y + 4:.1f}" font-family="{font}" font-size="11" fill="#222">'
                   f'{escape(label["name"])}</text>')
    legend_y = 14
    for actor in figures.control.get("actors", []):
        out.append(f'<rect x="8" y="{legend_y - 9}" width="10" height="10" fill="{actor["colour"]}" '
                   f'fill-opacity="0.6"/>'
                   f'<text x="22" y="{legend_y}" font-family="{font}" font-size="11">{escape(actor["actor"])}</text>')
        legend_y += 14
    out.append("</svg>")
    return "".join(out)


def bars_svg(buckets: list[str], series: dict[str, list[int]], colours: dict[str, str], title: str,
             width: int = 640, height: int = 220, font: str = FONT) -> str:
    """A stacked bar chart of series over buckets, with a y axis, date ticks and a legend."""
    left, bottom, top = 40, 36, 22
    plot_w, plot_h = width - left - 10, height - bottom - top
    totals = [sum(values[i] for values in series.values()) for i in range(len(buckets))]
    peak = max([1, *totals])
    step = max(1, 10 ** int(math.log10(peak)) if peak >= 10 else 1)
    while peak / step > 6:
        step *= 2
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
           f'<text x="{left}" y="14" font-family="{font}" font-size="12" font-weight="bold">{escape(title)}</text>']
    scale = plot_h / (math.ceil(peak / step) * step)
    for tick in range(0, math.ceil(peak / step) * step + 1, step):
        y = top + plot_h - tick * scale
        out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
                   f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" font-family="{font}" '
                   f'font-size="10">{tick}</text>')
    bar_w = plot_w / max(1, len(buckets))
    for i, bucket in enumerate(buckets):
        y = top + plot_h
        for name, values in series.items():
            h = values[i] * scale
            if h <= 0:
                continue
            y -= h
            out.append(f'<rect x="{left + i * bar_w + 1:.1f}" y="{y:.1f}" width="{max(1.0, bar_w - 2):.1f}" '
                       f'height="{h:.1f}" fill="{colours.get(name, "#888")}"/>')
        if len(buckets) <= 16 or i % math.ceil(len(buckets) / 8) == 0:
            out.append(f'<text x="{left + (i + 0.5) * bar_w:.1f}" y="{top + plot_h + 13}" text-anchor="middle" '
                       f'font-family="{font}" font-size="9">{escape(bucket[5:])}</text>')
    x = left
    for name in series:
        out.append(f'<rect x="{x}" y="{height - 12}" width="9" height="9" fill="{colours.get(name, "#888")}"/>'
                   f'<text x="{x + 12}" y="{height - 4}" font-family="{font}" font-size="10">{escape(name)}</text>')
        x += 22 + 6 * len(name)
    out.append("</svg>")
    return "".join(out)


def chart_svgs(figures: Figures, font: str = FONT) -> list[str]:
    """The period's two charts: events and fatalities per day (or week) by event type."""
    unit = "day" if figures.bucket_days == 1 else "week"
    return [bars_svg(figures.buckets, figures.events, figures.palette, f"Events per {unit}, by type", font=font),
            bars_svg(figures.buckets, figures.fatalities, figures.palette, f"Fatalities per {unit}, by type",
                     font=font)]
