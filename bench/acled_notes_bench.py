"""Benchmark of the full extractor on ACLED-coded event notes (corpus.jsonl of training/build_corpus.py).

Each note is one document (published = its coded date); the extraction is scored against the
note's coding: event found, sub-type right, actor 1 right, place within 25 km of the coded
point, date exact, fatalities exact (rules in frontwatch/evaluate/coded_notes.py; the coder's remarks on the
fatalities coded, "Unknown fatalities coded as 10", are taken out of the text read: they are the answer), plus
notes/s and sentences/s of extract() alone (sentences counted by a punctuation split), and a
confusion table of coded against extracted sub-type over the notes where an event was found
(the scored event's code; `--dump` writes each note's coding and extracted events as JSON lines).
The row "all but ..." leaves out the notes of labels the frame table gives no event by design (its typer
`vetoes`: the disaster tweets of the labelled-text sources), so "event found" there is over conflict events.

Splits: heldout notes come from sources no model was trained on; dev is a seeded slice of
the training sources (for development of the extractor); train is the rest (see training/DATA.md).
`--half study|score` keeps one seeded half of the sample (study the one, score the other).

Actor 1 by kind: actor 1 right, any country and among the events' actors by the kind of the coded actor 1 as the
actor registry knows it (`coded_kind`: state forces, police, rebels, militias, rioters, protesters, civilians, an
unidentified armed group...; a state force of another country than the note's is "foreign"). An aggregate table.

Events per note: each note codes ONE happening, so the events stored per note measure splitting
(more than one event: a retelling, a toll or a claim made a happening of its own) and folding (the
coded sub-type not among the events although some event was found).

Run: .venv/bin/python bench/acled_notes_bench.py [--corpus FILE (default: $FRONTWATCH_WORK_DIR/acled/corpus.jsonl)]
         [--split dev|heldout|train] [--limit 300] [--seed 13] [--half study|score] [--typer-model PATH]
         [--dump FILE] [--unseen-by MANIFEST (only notes a model's manifest does not list)]
         [--leave-out-actors measured|all]

`--leave-out-actors` measures what a country the project never learned from gets: the actor knowledge learned
from train notes (data/acled_actors.yaml, data/identity_militias.yaml: training/build_*.py) is left out for the
countries of the sample (`measured`: named actors coded in them, militias of peoples coded in them) or for
every country (`all`); the hand-written registry (data/actors.yaml) stays.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import tempfile
import time
from collections import Counter, defaultdict
from datetime import date
from importlib import resources
from pathlib import Path

import yaml

from frontwatch.classify.notes import load_coder_prose
from frontwatch.classify.typer import SentenceTyper
from frontwatch.evaluate.coded_notes import (
    ArgumentAccuracy,
    CodedNote,
    NoteScore,
    coded_kind,
    load_coded_notes,
    score_note,
    scored_event,
    summarise,
    text_hash,
)
from frontwatch.extract.extractor import Extractor
from frontwatch.extract.table import load_table
from frontwatch.model import Document, Extraction
from frontwatch.pipeline import build_extractor
from frontwatch.reading.pipeline import ACTOR_NAMES
from frontwatch.resolve.actors import BUNDLED_FILES, HAND_WRITTEN, ActorMatcher, ActorRegistry
from frontwatch.resolve.gazetteer import Gazetteer
from frontwatch.settings import Settings
from frontwatch.taxonomy import NONE_LABEL, Taxonomy, load_taxonomy

DEFAULT_CORPUS = Settings().acled_corpus
_SENTENCE_END = re.compile(r"[.!?](?:\s+|$)")
_COUNTRY_TAIL = re.compile(r"^(?P<stem>.+) \((?P<country>[^)]+)\)$")  # "Oromo Ethnic Militia (Ethiopia)"


def sample_notes(corpus: Path, split: str, limit: int | None, seed: int, unseen_by: Path | None = None
                 ) -> list[CodedNote]:
    """A seeded sample of `limit` event notes of one split, drawn in turn from each source so that
    a large source does not fill it (all of the split without a limit). Non-event (NONE) notes
    code no event to compare against and are left out, and so are notes a model saw (`unseen_by`: its manifest)."""
    seen = {line.split("\t")[0] for line in unseen_by.read_text(encoding="utf-8").splitlines()} if unseen_by else set()
    notes = [note for note in load_coded_notes(corpus, split)
             if note.label != NONE_LABEL and text_hash(note.text) not in seen]
    if limit is None or limit >= len(notes):
        return notes
    rng = random.Random(seed)
    by_source: dict[str, list[CodedNote]] = defaultdict(list)
    for note in notes:
        by_source[note.source].append(note)
    queues = [rng.sample(group, len(group)) for _, group in sorted(by_source.items())]
    picked: list[CodedNote] = []
    while len(picked) < limit:
        for queue in queues:
            if queue and len(picked) < limit:
                picked.append(queue.pop())
    return picked


def halve(notes: list[CodedNote], half: str | None, seed: int) -> list[CodedNote]:
    """One seeded half of a sample ("study" or "score"), or the whole sample when `half` is None."""
    if half is None:
        return notes
    order = random.Random(seed + 1).sample(range(len(notes)), len(notes))
    chosen = set(order[: len(notes) // 2] if half == "study" else order[len(notes) // 2:])
    return [note for k, note in enumerate(notes) if k in chosen]


def events_per_note_row(notes: list[CodedNote], extractions: list[Extraction], taxonomy: Taxonomy) -> str:
    """Markdown table of events stored per note: mean, share with more than one, and, over notes
    with an event, the share whose coded sub-type is among them."""
    counts = [len(e.events) for e in extractions]
    with_event = [(n, e) for n, e in zip(notes, extractions, strict=True) if e.events]
    among = sum(any(taxonomy.code_for(x.event_type, x.sub_event_type) == n.label for x in e.events)
                for n, e in with_event)
    return ("| notes | events per note | share with >1 event | coded sub-type among events |\n|---:|---:|---:|---:|\n"
            f"| {len(notes)} | {sum(counts) / max(len(notes), 1):.3f} | "
            f"{sum(c > 1 for c in counts) / max(len(notes), 1):.3f} | {among / max(len(with_event), 1):.3f} |")


def count_sentences(text: str) -> int:
    """Sentences of a note by a punctuation split (for sentences/s only)."""
    return max(len(_SENTENCE_END.findall(text.strip())), 1)


def learned_actors_without(countries: set[str] | None, corpus: Path, dest: Path) -> ActorRegistry:
    """The bundled registry without the learned actors of some countries (names as the corpus writes them; None:
    of every country): named actors coded in them, and the identity militias the train notes code in them."""
    data = resources.files("frontwatch.data")
    learned, hand = (Path(str(data.joinpath(name))) for name in (BUNDLED_FILES[0], HAND_WRITTEN[0]))
    registry = ActorRegistry.load([hand], bundled=())
    gazetteer_name = {acled: name for name, acled in registry.country_names.items()}
    gazetteer = Gazetteer.load(Settings().cache_dir)
    codes = None if countries is None else {
        code for c in countries if (code := gazetteer.country_code(gazetteer_name.get(c, c)))}
    entries = yaml.safe_load(learned.read_text(encoding="utf-8"))["actors"]
    kept = [] if codes is None else [
        e for e in entries if codes.isdisjoint({e.get("country"), *e.get("countries", ())})]
    dest.write_text(yaml.safe_dump({"actors": kept}, allow_unicode=True), encoding="utf-8")
    registry = ActorRegistry.load([dest, hand, *Settings().actor_files], bundled=())
    coded_in: dict[str, set[str]] = defaultdict(set)  # a militia's ACLED name -> the countries train notes code it in
    for note in load_coded_notes(corpus, "train"):
        for name in (note.actor1, note.actor2):
            if (match := _COUNTRY_TAIL.match(name)) is not None:
                coded_in[match["stem"]].add(match["country"])
    gone = {word for word, stem in registry.militias.items()
            if countries is None or not countries.isdisjoint(coded_in[stem])}
    registry.militias = {w: stem for w, stem in registry.militias.items() if w not in gone}
    registry.homes = {w: home for w, home in registry.homes.items() if w not in gone}
    return registry


def use_registry(extractor: Extractor, registry: ActorRegistry) -> None:
    """Make the extractor (its actor-name component, argument chooser and geocoder) read another registry."""
    names = extractor.nlp.get_pipe(ACTOR_NAMES)  # the reading pipeline's actor-name component reads it
    names.registry, names.matcher = registry, ActorMatcher(registry, extractor.nlp)
    extractor.registry = extractor.geocoder.actors = registry


def run_notes(extractor: Extractor, notes: list[CodedNote]) -> tuple[list[NoteScore], list[Extraction], float]:
    """Extract and score every note; return the scores, the extractions and the seconds spent in extract()."""
    taxonomy = load_taxonomy()
    scores: list[NoteScore] = []
    extractions: list[Extraction] = []
    seconds = 0.0
    for note in notes:
        published = date.fromisoformat(note.event_date) if note.event_date else None
        text = load_coder_prose().without_remarks(note.text)  # the coder's "fatalities coded as 10" is the answer
        document = Document(id=note.id, text=text, origin=note.id, published=published)
        start = time.perf_counter()
        extraction = extractor.extract(document)
        seconds += time.perf_counter() - start
        extractions.append(extraction)
        scores.append(score_note(note, extraction, extractor.registry, taxonomy))
    return scores, extractions, seconds


def confusion_table(notes: list[CodedNote], extractions: list[Extraction], taxonomy: Taxonomy) -> str:
    """Markdown table of coded sub-type (rows) against the scored event's sub-type (columns), over
    the notes where an event was found; the diagonal is the sub-type figure's numerator."""
    pairs: Counter[tuple[str, str]] = Counter()
    for note, extraction in zip(notes, extractions, strict=True):
        event = scored_event(note, extraction, taxonomy)
        if event is not None:
            pairs[note.label, taxonomy.code_for(event.event_type, event.sub_event_type)] += 1
    rows = sorted({coded for coded, _ in pairs}, key=lambda c: -sum(n for (r, _), n in pairs.items() if r == c))
    columns = sorted({got for _, got in pairs}, key=lambda c: -sum(n for (_, g), n in pairs.items() if g == c))
    lines = ["| coded \\ extracted | found | right | " + " | ".join(columns) + " |",
             "|---|---:|---:|" + "---:|" * len(columns)]
    for coded in rows:
        found = sum(pairs[coded, got] for got in columns)
        cells = " | ".join(str(pairs[coded, got] or "") for got in columns)
        lines.append(f"| {coded} | {found} | {pairs[coded, coded] / found:.2f} | {cells} |")
    return "\n".join(lines)


def kind_table(notes: list[CodedNote], scores: list[NoteScore], registry: ActorRegistry) -> str:
    """Markdown table of actor 1 (right, any country, among events' actors) by the kind of the coded actor 1
    (`coded_kind`: the registry's), commonest kind first; an aggregate, so any split may print it."""
    by_kind: dict[str, list[NoteScore]] = defaultdict(list)
    for note, score in zip(notes, scores, strict=True):
        if note.actor1:
            by_kind[coded_kind(note.actor1, note.country, registry)].append(score)
    lines = ["| coded actor 1 kind | notes | actor 1 | actor 1, any country | actor 1 among events' actors |",
             "|---|---:|---:|---:|---:|"]
    for kind, group in sorted(by_kind.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        acc = summarise(group)
        lines.append(f"| {kind} | {acc.notes} | {acc.actor1:.3f} | {acc.actor1_any_country:.3f} | "
                     f"{acc.actor1_among:.3f} |")
    return "\n".join(lines)


def dump_notes(path: Path, notes: list[CodedNote], extractions: list[Extraction], taxonomy: Taxonomy) -> None:
    """Write each note's coding and its extracted events (code, trigger, actors) as JSON lines."""
    with path.open("w", encoding="utf-8") as out:
        for note, extraction in zip(notes, extractions, strict=True):
            events = [{"code": taxonomy.code_for(e.event_type, e.sub_event_type), "trigger": e.trigger,
                       "actor1": e.actor1.name if e.actor1 else None, "actor2": e.actor2.name if e.actor2 else None,
                       "place": e.place.name if e.place else None, "date": str(e.date.start) if e.date else None,
                       "point": [e.place.latitude, e.place.longitude] if e.place else None,
                       "date_end": str(e.date.end) if e.date else None,
                       "notes": e.notes, "evidence": e.evidence.text}
                      for e in extraction.events]
            out.write(json.dumps({"id": note.id, "label": note.label, "actor1": note.actor1, "actor2": note.actor2,
                                  "point": [note.latitude, note.longitude], "coded_date": note.event_date,
                                  "text": note.text, "events": events}) + "\n")


def accuracy_row(name: str, acc: ArgumentAccuracy) -> str:
    """One markdown row of argument accuracy."""
    return (f"| {name} | {acc.notes} | {acc.found:.3f} | {acc.sub_type:.3f} | {acc.actor1:.3f} | "
            f"{acc.actor1_any_country:.3f} | {acc.place:.3f} | {acc.date:.3f} | {acc.fatalities:.3f} | "
            f"{acc.actor1_among:.3f} | {acc.place_among:.3f} |")


ACCURACY_HEADER = (
    "| slice | notes | event found | sub-type | actor 1 | actor 1, any country | place ≤25 km | date exact | "
    "fatalities exact | actor 1 among events' actors | place among mentions |\n"
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
)


def main() -> None:
    """Run the benchmark and print its tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", choices=("dev", "heldout", "train"), default="heldout")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--half", choices=("study", "score"), default=None, help="one seeded half of the sample")
    parser.add_argument("--typer-model", type=Path, default=None, help="typer weights (default: the packaged model)")
    parser.add_argument("--leave-out-actors", choices=("measured", "all"), default=None,
                        help="leave out the learned actors of the sample's countries, or of all countries")
    parser.add_argument("--dump", type=Path, default=None, help="write each note's coding and extracted events here")
    parser.add_argument("--unseen-by", type=Path, default=None, help="leave out the notes this manifest lists")
    args = parser.parse_args()
    notes = halve(sample_notes(args.corpus, args.split, args.limit, args.seed, args.unseen_by), args.half, args.seed)
    extractor = build_extractor(Settings())
    if args.typer_model is not None:
        extractor.typer = SentenceTyper.load(args.typer_model)
    if args.leave_out_actors is not None:
        countries = {n.country for n in notes} if args.leave_out_actors == "measured" else None
        with tempfile.TemporaryDirectory() as tmp:
            use_registry(extractor, learned_actors_without(countries, args.corpus, Path(tmp) / "acled_actors.yaml"))
    extractor.extract(Document(id="warm-up", text="Troops shelled a village.", origin="warm-up"))
    scores, extractions, seconds = run_notes(extractor, notes)
    sentences = sum(count_sentences(n.text) for n in notes)
    load = os.getloadavg()[0]
    which = {None: "every learned actor", "measured": "learned actors of the sample's countries left out",
             "all": "no learned actors"}[args.leave_out_actors]
    half = f", {args.half} half" if args.half else ""
    print(f"## ACLED notes, split {args.split}{half}: {len(notes)} notes (seed {args.seed}), {which}, "
          f"load average {load:.2f}\n")
    print(ACCURACY_HEADER)
    print(accuracy_row("all", summarise(scores)))
    vetoed = load_table().vetoes  # labels the frame table gives no event (disasters): "found" of the others
    print(accuracy_row("all but " + "/".join(sorted(vetoed)),
                       summarise([s for n, s in zip(notes, scores, strict=True) if n.label not in vetoed])))
    by_source: dict[str, list[NoteScore]] = defaultdict(list)
    by_label: dict[str, list[NoteScore]] = defaultdict(list)
    for note, score in zip(notes, scores, strict=True):
        by_source[note.source].append(score)
        by_label[note.label].append(score)
    for source in sorted(by_source):
        print(accuracy_row(source, summarise(by_source[source])))
    print(f"\nspeed: {len(notes) / seconds:.2f} notes/s, {sentences / seconds:.2f} sentences/s "
          f"({seconds:.1f} s in extract())\n")
    print("| coded label | notes | event found | sub-type right |\n|---|---:|---:|---:|")
    for label in sorted(by_label, key=lambda lab: -len(by_label[lab])):
        acc = summarise(by_label[label])
        print(f"| {label} | {acc.notes} | {acc.found:.3f} | {acc.sub_type:.3f} |")
    print("\nactor 1 by the kind of the coded actor 1 (the registry's kind; \"foreign\": another country's):\n")
    print(kind_table(notes, scores, extractor.registry))
    taxonomy = load_taxonomy()
    print("\nevents stored per note (each note codes one happening):\n")
    print(events_per_note_row(notes, extractions, taxonomy))
    print("\ncoded sub-type (rows) against extracted (columns), notes where an event was found:\n")
    print(confusion_table(notes, extractions, taxonomy))
    if args.dump is not None:
        dump_notes(args.dump, notes, extractions, taxonomy)


if __name__ == "__main__":
    main()
