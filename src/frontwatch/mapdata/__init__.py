"""What the web map, the dashboard and the situation report draw: clusters, charts, control areas, basemap."""

from frontwatch.mapdata.basemap import Basemap
from frontwatch.mapdata.control_areas import Palette, control_areas, load_palette
from frontwatch.mapdata.frame import EventFrame, Filters, build_frame
from frontwatch.mapdata.service import MapService

__all__ = ["Basemap", "EventFrame", "Filters", "MapService", "Palette", "build_frame", "control_areas", "load_palette"]
