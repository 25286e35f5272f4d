"""Gazetteer: normalised names, ranking, spelling variants, facilities, countries, cache, imports."""

from __future__ import annotations

import csv
import os
import zipfile

import pytest
from geo_fixtures import GAZETTEER_CACHE, gazetteer  # noqa: F401  (fixture)

from frontwatch.errors import GazetteerError
from frontwatch.model import GeoPrecision
from frontwatch.resolve.gazetteer import Gazetteer, input_digest
from frontwatch.resolve.geo_import import import_geonames_dump
from frontwatch.resolve.geo_names import name_key, usable_alias
from frontwatch.resolve.geo_sources import data_files, read_place_file


def test_name_key_unifies_accents_marks_articles_and_tell():
    assert name_key("Al Fallūjah") == name_key("Fallujah") == name_key("al-Falluja")
    assert name_key("Tall ‘Afar") == name_key("Tal Afar") == name_key("Tell Afar")
    assert name_key("Ma’rib") == name_key("Marib")
    assert name_key("Raqqa") != name_key("Rafah")


def test_junk_aliases_are_dropped():
    assert not usable_alias("BGW")  # airport code
    assert not usable_alias("Al")
    assert not usable_alias("1234")
    assert not usable_alias("بغداد")
    assert usable_alias("Baghdād")


def test_baghdad_in_iraq_ranks_first(gazetteer):
    best = gazetteer.lookup("Baghdad")[0]
    assert (best.country, best.feature) == ("Iraq", "populated place")
    assert best.geonames_id == 98182


@pytest.mark.parametrize("variants", [
    ("Baiji", "Beiji", "Bayji"),
    ("Kobani", "Kobane", "Ain al-Arab"),
    ("Kyiv", "Kiev"),
    ("Kharkiv", "Kharkov"),
    ("Sanaa", "Sana'a"),
    ("Kunduz", "Kondoz"),
])
def test_spelling_variants_resolve_to_one_place(gazetteer, variants):
    ids = {gazetteer.lookup(v)[0].geonames_id for v in variants}
    assert len(ids) == 1 and None not in ids


def test_settlement_missing_from_cities500_comes_from_supplement(gazetteer):
    badush = gazetteer.lookup("Badush")[0]
    assert badush.country == "Iraq"
    assert gazetteer.distance_km(badush, gazetteer.lookup("Mosul")[0]) < 25


def test_facility_row_keeps_feature_and_parent(gazetteer):
    entry = gazetteer.candidates("Mosul International Airport")[0]
    assert entry.place.feature == "airport"
    assert gazetteer.parent(entry).place.name == "Mosul"


def test_subdivisions_have_region_precision(gazetteer):
    anbar = gazetteer.lookup("Anbar")[0]
    assert anbar.feature == "region" and anbar.precision == GeoPrecision.REGION
    assert anbar.country == "Iraq"


def test_country_by_name_alias_and_iso_code(gazetteer):
    assert gazetteer.country_code("Iraq") == gazetteer.country_code("IQ") == "IQ"
    assert gazetteer.country_code("DRC") == "CD"
    syria = gazetteer.country("Syria")
    assert syria.feature == "country" and syria.precision == GeoPrecision.REGION
    assert len(gazetteer.countries) > 200


def test_fallujah_lies_west_of_baghdad(gazetteer):
    baghdad, fallujah = gazetteer.lookup("Baghdad")[0], gazetteer.lookup("Fallujah")[0]
    assert gazetteer.direction(baghdad, fallujah) == "W"
    assert 50 < gazetteer.distance_km(baghdad, fallujah) < 65


def test_second_load_reuses_the_cached_index(gazetteer):
    before = gazetteer.index_path.stat().st_mtime_ns
    again = Gazetteer.load(GAZETTEER_CACHE)
    assert again.built is False
    assert again.index_path == gazetteer.index_path
    assert again.index_path.stat().st_mtime_ns == before
    assert again.lookup("Mosul")[0].geonames_id == 99072


def test_cache_key_depends_on_user_file_contents(tmp_path):
    extra = tmp_path / "mine.csv"
    extra.write_text("name,latitude,longitude,country_code,feature\nX Camp,1,2,IQ,base\n", encoding="utf-8")
    first = input_digest([extra])
    extra.write_text("name,latitude,longitude,country_code,feature\nX Camp,1,3,IQ,base\n", encoding="utf-8")
    assert input_digest([extra]) != first
    assert input_digest([]) != first


def test_cache_key_covers_the_name_key_particles():
    """The index stores name keys, so the particles that shape a key are among the files hashed."""
    assert "place_name_particles.yaml" in {path.name for path in data_files()}


def test_bad_user_file_names_file_and_row(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,latitude,longitude,country_code,feature\nSomewhere,95,2,IQ,base\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"bad.csv, row 2: coordinates"):
        read_place_file(bad)


def test_missing_user_file_is_a_gazetteer_error(tmp_path):
    with pytest.raises(GazetteerError, match="not found"):
        Gazetteer.load(tmp_path, [tmp_path / "nope.csv"])


def _geonames_line(gid, name, alts, lat, lon, fclass, fcode, cc, pop):
    cols = [str(gid), name, name, alts, str(lat), str(lon), fclass, fcode, cc, "", "15", "", "", "",
            str(pop), "", "300", "Asia/Baghdad", "2020-01-01"]
    return "\t".join(cols) + "\n"


def test_import_geonames_zip_keeps_new_places_and_facilities(tmp_path):
    dump = tmp_path / "IQ.zip"
    with zipfile.ZipFile(dump, "w") as archive:
        archive.writestr("readme.txt", "GeoNames readme")
        archive.writestr("IQ.txt", "".join([
            _geonames_line(99072, "Mosul", "OSM,Al Mawsil", 36.335, 43.119, "P", "PPLA", "IQ", 1683000),
            _geonames_line(9000001, "Qaryat Test", "Test Village", 36.1, 43.2, "P", "PPL", "IQ", 800),
            _geonames_line(9000002, "Test Airfield", "TSX", 36.2, 43.3, "S", "AIRF", "IQ", 0),
            _geonames_line(9000003, "Test Hill", "", 36.3, 43.4, "T", "HLL", "IQ", 0),
        ]))
    dest, count = import_geonames_dump(dump, tmp_path / "imports")
    rows = read_place_file(dest)
    assert count == 2 == len(rows)
    assert [(r.name, r.feature) for r in rows] == [("Qaryat Test", "populated place"), ("Test Airfield", "airbase")]
    assert rows[0].aliases == ("Test Village",) and rows[1].aliases == ()
    assert rows[0].geonames_id == 9000001


def test_import_copies_a_valid_place_csv(tmp_path):
    mine = tmp_path / "camps.csv"
    with mine.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["name", "latitude", "longitude", "country_code", "feature", "parent"],
                                      ["Camp Test", "36.0", "43.0", "IQ", "base", "Mosul"]])
    dest, count = import_geonames_dump(mine, tmp_path / "imports")
    assert count == 1 and dest.read_text(encoding="utf-8") == mine.read_text(encoding="utf-8")


@pytest.mark.skipif(os.environ.get("FRONTWATCH_TEST_GAZETTEER_BUILD") != "1",
                    reason="a full extra build takes ~25 s: set FRONTWATCH_TEST_GAZETTEER_BUILD=1")
def test_user_file_rows_are_indexed(tmp_path):
    extra = tmp_path / "mine.csv"
    extra.write_text("name,alternate_names,latitude,longitude,country_code,feature,parent\n"
                     "Camp Testudo,Testudo base,36.30,43.10,IQ,base,Mosul\n", encoding="utf-8")
    gaz = Gazetteer.load(tmp_path / "cache", [extra])
    assert gaz.built
    assert gaz.lookup("Testudo base")[0].feature == "base"


def test_learned_places_add_missing_villages_without_curated_standing(gazetteer):
    village = gazetteer.candidates("Xudun")[0]
    assert (village.source, village.is_curated, village.place.population) == ("learned", False, None)
    assert village.place.admin1 == "Sool"
    assert all(e.source != "learned" for e in gazetteer.candidates("Mogadishu"))
