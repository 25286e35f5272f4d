"""The offline web pages: map and dashboard, Leaflet from xstatic-leaflet, Chart.js from npm, basemap from PyPI data."""

from frontwatch.web.routes import mount_web

__all__ = ["mount_web"]
