"""The offline web map: static page, Leaflet from xstatic-leaflet, country outlines from a PyPI package."""

from frontwatch.web.routes import mount_web

__all__ = ["mount_web"]
