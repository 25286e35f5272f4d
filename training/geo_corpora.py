"""Extract the public geoparsing corpora used to fit and measure the geocoder into JSON Lines.

Usage: python training/geo_corpora.py [--mirror GIT_DIR] [--geocorpora GIT_DIR] [--out DIR]
(--out defaults to $FRONTWATCH_WORK_DIR/geo)

--mirror is a git directory of milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation (a bare
snapshot is enough). Only three files are read from it, with `git show`: the LGL and
GeoVirus XML files and the TUD-Loc-2013 archive. Nothing else in that repository is opened
(GeoWebNews and TR-News are reserved for independent measurement). --geocorpora is a git
directory of geovista/GeoCorpora, whose one TSV file (tweets with GeoNames-resolved toponyms)
is read. Writes one file per corpus, `<corpus>.jsonl`: {"id", "text", "split", "toponyms":
[{"start", "end", "name", "lat", "lon", "type"}]}, and `MANIFEST.sha256` with the hash of every
file read and written (lines of corpora not rebuilt in this run are kept).
The split is by document, seeded: "fit" (70 %) or "heldout" (30 %), from a hash of the
corpus name and document id, so it never changes when the code does.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from frontwatch.settings import Settings

SOURCES = {
    "lgl": "data/Corpora/lgl.xml",
    "geovirus": "data/Corpora/GeoVirus.xml",
    "tud": "data/Corpora/TUD-Loc2013.zip",
}
GEOCORPORA_FILE = "geocorpora_1544784178012.tsv"
FIT_SHARE = 0.7
SPLIT_SEED = "frontwatch-geo-1"
# TUD-Loc-2013 types that name a place a geoparser resolves (streets, buildings, natural
# features and ZIP codes are left out: a gazetteer of settlements and divisions has none)
TUD_TYPES = frozenset({"CONTINENT", "COUNTRY", "CITY", "UNIT", "REGION"})
_TAG = re.compile(r"<(/?)([A-Z]+)(?: role=\"main\")?>")


def split_of(corpus: str, doc_id: str) -> str:
    """'fit' or 'heldout' for a document, from a seeded hash of its id."""
    digest = hashlib.sha256(f"{SPLIT_SEED}:{corpus}:{doc_id}".encode()).digest()
    return "fit" if int.from_bytes(digest[:4], "big") / 2**32 < FIT_SHARE else "heldout"


def _git_show(git_dir: Path, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"HEAD:{path}"],
                          capture_output=True, check=True).stdout


def read_lgl(raw: bytes) -> list[dict]:
    """LGL (Lieberman et al. 2010): local news articles with GeoNames-resolved toponyms."""
    docs = []
    for article in ET.fromstring(raw).iter("article"):
        text = article.findtext("text") or ""
        tops = []
        for top in article.iter("toponym"):
            gaz = top.find("gaztag")
            if gaz is None or gaz.findtext("lat") is None:
                continue
            start, end = int(top.findtext("start")), int(top.findtext("end"))
            tops.append({"start": start, "end": end, "name": text[start:end], "lat": float(gaz.findtext("lat")),
                         "lon": float(gaz.findtext("lon")), "type": gaz.findtext("fcode") or ""})
        docs.append({"id": article.get("docid"), "text": text, "toponyms": tops})
    return docs


def read_geovirus(raw: bytes) -> list[dict]:
    """GeoVirus (Gritta et al. 2018): WikiNews articles on epidemics, toponyms with Wikipedia coordinates."""
    docs = []
    for n, article in enumerate(ET.fromstring(raw).iter("article")):
        text = article.findtext("text") or ""
        tops = []
        for loc in article.iter("location"):
            name = (loc.findtext("name") or "").strip()
            start = _nearest(text, name, int(loc.findtext("start")))
            if start is None:
                continue
            tops.append({"start": start, "end": start + len(name), "name": name, "lat": float(loc.findtext("lat")),
                         "lon": float(loc.findtext("lon")), "type": ""})
        docs.append({"id": f"geovirus-{n}", "text": text, "toponyms": tops})
    return docs


def _nearest(text: str, name: str, near: int, slack: int = 12) -> int | None:
    """Start of `name` in `text` closest to the annotated offset (GeoVirus offsets are often one off)."""
    found = [m.start() for m in re.finditer(re.escape(name), text[max(0, near - slack):near + slack + len(name)])]
    if not found:
        return None
    return min((max(0, near - slack) + f for f in found), key=lambda s: abs(s - near))


def read_tud(raw: bytes) -> list[dict]:
    """TUD-Loc-2013 (Katz & Schill 2013): web texts with typed, inline-annotated locations."""
    docs = []
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        names = archive.namelist()
        coords_name = next(n for n in names if n.endswith("0-all/coordinates.csv"))
        coords: dict[tuple[str, int], tuple[float, float]] = {}
        for line in archive.read(coords_name).decode("utf-8").splitlines()[1:]:
            doc, idx, _offset, lat, lon = line.split(";")[:5]
            if lat and lon:
                coords[(doc, int(idx))] = (float(lat), float(lon))
        for name in sorted(n for n in names if "/0-all/text" in n and n.endswith(".txt")):
            doc_id = name.rsplit("/", 1)[1]
            marked = archive.read(name).decode("utf-8")
            text, tops, pos, open_at, idx = [], [], 0, None, 0
            length = 0
            for m in _TAG.finditer(marked):
                chunk = marked[pos:m.start()]
                text.append(chunk)
                length += len(chunk)
                pos = m.end()
                if not m.group(1):
                    open_at = (length, m.group(2))
                    continue
                start, kind = open_at  # type: ignore[misc]
                point = coords.get((doc_id, idx))
                idx += 1
                if point and kind in TUD_TYPES:
                    tops.append({"start": start, "end": length, "lat": point[0], "lon": point[1], "type": kind})
            text.append(marked[pos:])
            plain = "".join(text)
            for t in tops:
                t["name"] = plain[t["start"]:t["end"]]
            docs.append({"id": doc_id, "text": plain, "toponyms": tops})
    return docs


def read_geocorpora(raw: bytes) -> list[dict]:
    """GeoCorpora (Wallgrün et al. 2017): tweets, every toponym resolved to GeoNames; tweets without a
    place stay (they count against false pins). Toponyms the annotators found no GeoNames entry for
    (mostly streets and buildings pinned to their town) are left out, as in TUD-Loc-2013."""
    csv.field_size_limit(1 << 24)
    docs: dict[str, dict] = {}
    # the file is UTF-8 except for a few lines in a Windows code page
    text = "".join(_decode_line(line) for line in raw.splitlines(keepends=True))
    for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
        doc = docs.setdefault(row["tweet_id_str"], {"id": row["tweet_id_str"], "text": row["tweet_text"],
                                                    "toponyms": []})
        name = row["text"]
        if not name or not row["latitude"] or row["not_in_geonames"] == "true":
            continue
        start = _nearest(doc["text"], name, int(row["char_position"]))
        if start is None:
            continue
        doc["toponyms"].append({"start": start, "end": start + len(name), "name": name,
                                "lat": float(row["latitude"]), "lon": float(row["longitude"]), "type": ""})
    return list(docs.values())


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")


READERS = {"lgl": read_lgl, "geovirus": read_geovirus, "tud": read_tud, "geocorpora": read_geocorpora}


def main() -> None:
    """Extract every corpus whose repository is given and write the manifest."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror", type=Path, help="git dir of the Pragmatic Guide repository")
    parser.add_argument("--geocorpora", type=Path, help="git dir of geovista/GeoCorpora")
    parser.add_argument("--out", type=Path, default=Settings().geo_corpora)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    jobs = [(args.mirror, corpus, path) for corpus, path in SOURCES.items() if args.mirror]
    jobs += [(args.geocorpora, "geocorpora", GEOCORPORA_FILE)] if args.geocorpora else []
    if not jobs:
        parser.error("give --mirror, --geocorpora or both")
    manifest_path = args.out / "MANIFEST.sha256"
    old = manifest_path.read_text(encoding="utf-8").splitlines() if manifest_path.is_file() else []
    rebuilt = {corpus for _, corpus, _ in jobs}
    manifest = [line for line in old if not any(line.endswith(f"  {c}.jsonl") or f":{p}@" in line
                                                 for _, c, p in jobs if c in rebuilt)]
    for git_dir, corpus, path in jobs:
        commit = subprocess.run(["git", "--git-dir", str(git_dir), "rev-parse", "HEAD"],
                                capture_output=True, text=True, check=True).stdout.strip()
        raw = _git_show(git_dir, path)
        docs = READERS[corpus](raw)
        dest = args.out / f"{corpus}.jsonl"
        with dest.open("w", encoding="utf-8") as handle:
            for doc in docs:
                doc["split"] = split_of(corpus, doc["id"])
                handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
        tops = sum(len(d["toponyms"]) for d in docs)
        fit = sum(d["split"] == "fit" for d in docs)
        print(f"{corpus}: {len(docs)} documents ({fit} fit, {len(docs) - fit} held out), {tops} toponyms "
              f"from {path} at {commit[:12]}")
        manifest.append(f"{hashlib.sha256(raw).hexdigest()}  source:{path}@{commit}")
        manifest.append(f"{hashlib.sha256(dest.read_bytes()).hexdigest()}  {dest.name}")
    manifest_path.write_text("\n".join(manifest) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
