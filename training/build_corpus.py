"""Rebuild the coded-event corpus (corpus.jsonl) from the public ACLED exports in sources.yaml.

Deterministic for a given seed: rows are read from fixed commits, normalised (NFC,
whitespace, ACLED's "[size=...]" tags dropped), labelled through label_map.yaml and the
taxonomy, de-duplicated (exact text, then near-duplicates: the same words once numbers and
capitalised names are masked; a leading coder tag such as
"Looting: " is dropped since it names the label), cleaned of anything close to a CASE 2021 dev snippet, and
split by source (heldout sources are never trained on; dev is a seeded slice of the rest).

    python training/build_corpus.py [--out FILE] [--mirror-root DIR] --case-dev ../shared/eval/case2021-dev.tsv

(--out defaults to $FRONTWATCH_WORK_DIR/acled/corpus.jsonl, the file the benches read).

A source is read from `<mirror-root>/<owner>+<name>/repo` (a bare snapshot) when present,
else cloned from its public git URL into `<cache>/`. Sources are CSV (an ACLED export, or a
labelled-text file such as the disaster tweets) or GeoJSON (an ACLED export's features);
train sources lose their rows from the heldout countries named in sources.yaml, so no
heldout country is trained on.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import io
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from frontwatch.settings import Settings
from frontwatch.taxonomy import load_taxonomy

HERE = Path(__file__).parent
SOURCES_FILE = HERE / "sources.yaml"
LABEL_MAP_FILE = HERE / "label_map.yaml"
DEFAULT_SEED = 13
DEV_SHARE = 0.15
CASE_OVERLAP_JACCARD = 0.5  # word-trigram Jaccard at or above which a note counts as a CASE near-duplicate
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%b-%y", "%d-%B-%Y", "%d-%m-%y", "%d/%m/%Y")

_SPACE = re.compile(r"\s+")
_SIZE_TAG = re.compile(r"\[size=[^\]]*\]", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+|\d+")
_CODER_TAG = re.compile(r"^[A-Z][A-Za-z/ -]{2,40}:\s+(?=\S)")  # "Property destruction: On 3 May ..."
_TWEET_NOISE = re.compile(r"https?://\S+|@\w+|\bRT\b:?")  # links, user names, retweet marks
_BARE_ENTITY = re.compile(r"\s?(?<![&\w])(#\d{2,4}|amp|quot|lt|gt);")  # "#39;", "amp;": entities that lost their "&"
_NAME = r"[A-Z][\w.&'/]*"
_WIRE_LEAD = re.compile(rf"^(?:{_NAME}(?:,? {_NAME})*(?: \([^)]{{1,30}}\))?\s+--?\s+){{1,2}}")  # "CITY (Agency) - "


@dataclass(frozen=True)
class Source:
    """One public export: where it lives and how to read it."""

    name: str
    repo: str
    path: str
    commit: str
    schema: str
    split: str
    format: str = "csv"


@dataclass
class Note:
    """One coded event note as written to corpus.jsonl."""

    id: str
    source: str
    split: str
    text: str
    label: str
    event_id: str
    actor1: str
    actor2: str
    assoc_actor1: str
    assoc_actor2: str
    inter1: str
    inter2: str
    location: str
    admin1: str
    country: str
    latitude: float | None
    longitude: float | None
    event_date: str
    fatalities: int | None


def normalise(text: str) -> str:
    """NFC, ACLED size tags removed, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text)
    return _SPACE.sub(" ", _SIZE_TAG.sub(" ", text)).strip()


def strip_coder_tag(text: str) -> str:
    """Drop a leading "Sub-type words: " tag that ACLED coders put before some notes (it names the label)."""
    return _CODER_TAG.sub("", text, count=1)


def skeleton(text: str) -> str:
    """The note with numbers and capitalised words masked: equal skeletons are near-duplicates."""
    words = [("#" if w[0].isdigit() or w[0].isupper() else w.lower()) for w in _WORD.findall(text)]
    return " ".join(words)


def trigrams(text: str) -> set[tuple[str, ...]]:
    """Lower-cased word trigrams (for the CASE-dev overlap check)."""
    words = [w.lower() for w in _WORD.findall(text)]
    return {tuple(words[i : i + 3]) for i in range(max(len(words) - 2, 0))}


def load_sources(path: Path = SOURCES_FILE) -> list[Source]:
    """The sources listed in sources.yaml."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Source(**entry) for entry in raw["sources"]]


def load_heldout_countries(path: Path = SOURCES_FILE) -> frozenset[str]:
    """Countries whose rows train sources must not contribute (sources.yaml `heldout_countries`)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return frozenset(raw.get("heldout_countries", []))


def read_source_bytes(source: Source, mirror_root: Path, cache: Path) -> bytes:
    """The file at the source's commit, from a local snapshot or a fresh clone."""
    owner, name = source.repo.split("/")
    git_dir = mirror_root / f"{owner}+{name}" / "repo"
    if not git_dir.exists():
        git_dir = cache / f"{owner}+{name}.git"
        if not git_dir.exists():
            url = f"https://github.com/{source.repo}.git"
            subprocess.run(["git", "clone", "--bare", "--quiet", url, str(git_dir)], check=True)
    return subprocess.run(
        ["git", "-C", str(git_dir), "show", f"{source.commit}:{source.path}"], check=True, capture_output=True
    ).stdout


def _rows(data: bytes, fmt: str = "csv") -> Iterator[dict[str, str]]:
    """A source's rows with lower-cased column names (CSV rows, GeoJSON feature properties, or the
    first sheet of an Excel workbook)."""
    if fmt == "xlsx":
        yield from _xlsx_rows(data)
        return
    text = data.decode("utf-8-sig", errors="replace")
    if fmt == "geojson":
        for feature in json.loads(text)["features"]:
            yield {k.strip().lower(): ("" if v is None else str(v)).strip() for k, v in feature["properties"].items()}
        return
    csv.field_size_limit(1 << 30)
    for row in csv.DictReader(io.StringIO(text)):
        yield {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}


def _xlsx_rows(data: bytes) -> Iterator[dict[str, str]]:
    import openpyxl  # the `train` extra

    sheet = openpyxl.load_workbook(io.BytesIO(data), read_only=True).worksheets[0]
    sheet.reset_dimensions()  # some exporters write a wrong sheet size
    rows = sheet.iter_rows(values_only=True)
    header = [str(cell or "").strip().lower() for cell in next(rows)]
    for row in rows:
        yield {k: ("" if v is None else str(v)).strip() for k, v in zip(header, row, strict=False)}


def clean_tweet(text: str) -> str:
    """A tweet as plain prose: HTML entities decoded, links, user names and RT marks removed, '#' dropped."""
    return _TWEET_NOISE.sub(" ", html.unescape(text)).replace("#", "")


def clean_newswire(text: str) -> str:
    """A wire story's text as plain prose: bare entities ("#39;") and escaped line breaks decoded,
    the dateline or agency lead ("WASHINGTON (Reuters) - ") dropped."""
    text = _BARE_ENTITY.sub(lambda m: html.unescape(f"&{m.group(1)};"), html.unescape(text)).replace("\\", " ")
    return _WIRE_LEAD.sub("", text.strip(), count=1)


CLEANERS = {"tweet": clean_tweet, "newswire": clean_newswire}


def is_text_schema(schema: str, label_map: dict[str, dict[str, Any]]) -> bool:
    """True for labelled-text schemas (a label_map.yaml section naming a `text_column`), rather than ACLED coding."""
    return "text_column" in label_map.get(schema, {})


def text_of(row: dict[str, str], schema: str, label_map: dict[str, dict[str, Any]]) -> str:
    """The row's text: an ACLED note, or a labelled-text schema's text column through its cleaner."""
    if not is_text_schema(schema, label_map):
        return row.get("notes", "")
    spec = label_map[schema]
    return CLEANERS[spec.get("clean", "tweet")](row.get(spec["text_column"], ""))


def _iso_date(value: str) -> str:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return ""


def _float(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def _int(value: str) -> int | None:
    try:
        return int(float(value))
    except ValueError:
        return None


def label_of(row: dict[str, str], schema: str, label_map: dict[str, dict[str, Any]]) -> str | None:
    """The CASE code (or NONE) of a row, or None when its type names no single code."""
    if schema == "acled":
        try:
            return load_taxonomy().code_for(row.get("event_type", ""), row.get("sub_event_type", ""))
        except (KeyError, ValueError):
            return None
    spec = label_map[schema]
    if is_text_schema(schema, label_map):
        required = spec.get("require", {})
        if any(row.get(column) != str(value) for column, value in required.items()):
            return None
        return spec["labels"].get(unquote(row.get(spec["label_column"], "")))
    return spec.get(row.get("event_type", ""))


def notes_of(
    source: Source, data: bytes, label_map: dict[str, dict[str, Any]], skip_countries: frozenset[str] = frozenset()
) -> Iterator[Note]:
    """Every labelled row of one source as a Note (before de-duplication); rows coded in
    `skip_countries` are left out."""
    for number, row in enumerate(_rows(data, source.format)):
        if row.get("country", "") in skip_countries:
            continue
        text = strip_coder_tag(normalise(text_of(row, source.schema, label_map)))
        label = label_of(row, source.schema, label_map)
        if not text or label is None:
            continue
        event_id = row.get("event_id_cnty", "") or row.get("id", "") or str(number)
        yield Note(
            id=f"{source.name}:{event_id}",
            source=source.name,
            split=source.split,
            text=text,
            label=label,
            event_id=row.get("event_id_cnty", ""),
            actor1=row.get("actor1", ""),
            actor2=row.get("actor2", ""),
            assoc_actor1=row.get("assoc_actor_1", "") or row.get("ally_actor_1", ""),
            assoc_actor2=row.get("assoc_actor_2", "") or row.get("ally_actor_2", ""),
            inter1=row.get("inter1", ""),
            inter2=row.get("inter2", ""),
            location=row.get("location", ""),
            admin1=row.get("admin1", ""),
            country=row.get("country", ""),
            latitude=_float(row.get("latitude", "")),
            longitude=_float(row.get("longitude", "")),
            event_date=_iso_date(row.get("event_date", "")),
            fatalities=_int(row.get("fatalities", "")),
        )


def deduplicate(notes: Iterable[Note]) -> tuple[list[Note], Counter[str]]:
    """Keep one note per text and per skeleton; drop texts coded with more than one label."""
    stats: Counter[str] = Counter()
    by_text: dict[str, list[Note]] = defaultdict(list)
    for note in notes:
        by_text[note.text].append(note)
    kept: list[Note] = []
    seen_skeletons: set[str] = set()
    for text in sorted(by_text, key=lambda t: (by_text[t][0].split != "heldout", by_text[t][0].id)):
        group = by_text[text]
        stats["exact_duplicates"] += len(group) - 1
        if len({n.label for n in group}) > 1:
            stats["conflicting_labels"] += 1
            continue
        key = skeleton(text)
        if key in seen_skeletons:
            stats["near_duplicates"] += 1
            continue
        seen_skeletons.add(key)
        kept.append(min(group, key=lambda n: n.id))
    return sorted(kept, key=lambda n: n.id), stats


def case_dev_texts(path: Path) -> list[str]:
    """The snippets of the CASE 2021 dev file (id, EventSnippet, SubType)."""
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return [normalise("\t".join(line.split("\t")[1:-1])) for line in lines if line.strip()]


def drop_case_overlap(notes: list[Note], case_texts: list[str]) -> tuple[list[Note], int]:
    """Remove notes equal or near-equal (trigram Jaccard >= threshold) to a CASE dev snippet."""
    index: dict[tuple[str, ...], set[int]] = defaultdict(set)
    grams = [trigrams(t) for t in case_texts]
    exact = {t.lower() for t in case_texts}
    for i, g in enumerate(grams):
        for tri in g:
            index[tri].add(i)
    kept, dropped = [], 0
    for note in notes:
        mine = trigrams(note.text)
        hits = Counter(i for tri in mine for i in index.get(tri, ()))
        close = any(n / max(len(mine | grams[i]), 1) >= CASE_OVERLAP_JACCARD for i, n in hits.items())
        if note.text.lower() in exact or close:
            dropped += 1
            continue
        kept.append(note)
    return kept, dropped


def assign_dev(notes: list[Note], seed: int, share: float = DEV_SHARE) -> None:
    """Move a seeded share of the train notes to dev (hash of seed and id: order-independent)."""
    for note in notes:
        if note.split != "train":
            continue
        digest = hashlib.sha256(f"{seed}:{note.id}".encode()).digest()
        if int.from_bytes(digest[:8], "big") / 2**64 < share:
            note.split = "dev"


def build(mirror_root: Path, cache: Path, case_dev: Path | None, seed: int) -> tuple[list[Note], dict[str, object]]:
    """Read, label, de-duplicate, check against CASE dev and split every source."""
    label_map = yaml.safe_load(LABEL_MAP_FILE.read_text(encoding="utf-8"))
    heldout_countries = load_heldout_countries()
    raw: list[Note] = []
    read_counts: dict[str, int] = {}
    for source in load_sources():
        data = read_source_bytes(source, mirror_root, cache)
        before = len(raw)
        skip = heldout_countries if source.split == "train" else frozenset()
        raw.extend(notes_of(source, data, label_map, skip))
        read_counts[source.name] = len(raw) - before
    notes, stats = deduplicate(raw)
    overlap = 0
    if case_dev is not None:
        notes, overlap = drop_case_overlap(notes, case_dev_texts(case_dev))
    assign_dev(notes, seed)
    report = {"labelled_rows_read": read_counts, **stats, "case_dev_overlap_dropped": overlap, "kept": len(notes)}
    return notes, report


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Settings().acled_corpus)
    parser.add_argument("--mirror-root", type=Path, default=Settings().work_dir / "mirror")
    parser.add_argument("--cache", type=Path, default=Settings().work_dir / "acled" / "src")
    parser.add_argument("--case-dev", type=Path, default=None, help="CASE 2021 dev TSV to keep out of the corpus")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    notes, report = build(args.mirror_root, args.cache, args.case_dev, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for note in notes:
            fh.write(json.dumps(asdict(note), ensure_ascii=False) + "\n")
    counts = Counter((n.split, n.label) for n in notes)
    report["per_split"] = dict(Counter(n.split for n in notes))
    report["per_source"] = dict(Counter(n.source for n in notes))
    json.dump(report, sys.stdout, indent=1)
    print()
    for label in sorted({lab for _, lab in counts}):
        print(f"{label:32s}" + "".join(f"{s}={counts[(s, label)]:<6d}" for s in ("train", "dev", "heldout")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
