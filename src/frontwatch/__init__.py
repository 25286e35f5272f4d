"""frontwatch: sourced, geolocated, time-aware facts from conflict news."""

from frontwatch.errors import (
    FrontwatchError,
    GazetteerError,
    GoldFormatError,
    InputError,
    RegistryError,
    StoreError,
)
from frontwatch.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "FrontwatchError",
    "GazetteerError",
    "GoldFormatError",
    "InputError",
    "RegistryError",
    "Settings",
    "StoreError",
    "__version__",
]
