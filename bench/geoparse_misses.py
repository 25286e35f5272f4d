"""Class the gold toponyms a geoparsing run missed, by what the text and the parse did with them: counts only,
never the corpus text (it stays outside the repository).

Input: a corpus file of training/geo_corpora.py and the predictions file of one revision
(`bench/geoparse_corpora_bench.py --child CORPUS SPLIT 0 OUT` with that revision's src/ on PYTHONPATH).
Study the "fit" documents only.

Classes, first that applies: hashtag ("#Name"), handle ("@name"), glued (joined to a word or mark with no
space, "name:" not counted), abbreviation (dotted or 2-4 capitals, "NYC", "Va."), lower-case, all-caps,
NER person/org/other label over it (exact span), NER split/merged (an entity overlaps it with other bounds),
span found (a candidate span overlaps it: the resolver dropped it), no tag and the gazetteer knows the name,
no tag and the gazetteer does not know it.

Run: PYTHONPATH=src .venv/bin/python bench/geoparse_misses.py CORPUS.jsonl PREDICTIONS.json [--examples N]
(--examples prints N names per class to the terminal, for study; never commit them.)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from geoparse_corpora_bench import _demonyms, _fold  # noqa: E402 - the bench's own demonym rule

_ABBREVIATION = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,4}$|^[A-Z][a-z]{1,4}\.$")


def _missed(corpus: Path, predictions: Path) -> list[tuple[str, dict]]:
    """The gold toponyms no system mention overlaps, with their document's text (demonyms left out of the gold
    as the corpora bench leaves them out)."""
    demonyms = _demonyms()
    preds = {p["id"]: p["mentions"] for p in json.loads(predictions.read_text(encoding="utf-8"))["predictions"]}
    out = []
    for line in corpus.open(encoding="utf-8"):
        rec = json.loads(line)
        if rec["id"] not in preds:
            continue
        system = preds[rec["id"]]
        used: set[int] = set()
        for g in sorted((t for t in rec["toponyms"] if _fold(t["name"]) not in demonyms), key=lambda t: t["start"]):
            hit = next((i for i, s in enumerate(system) if i not in used and s[0] < g["end"] and g["start"] < s[1]),
                       None)
            if hit is None:
                out.append((rec["text"], g))
            else:
                used.add(hit)
    return out


def classify(text: str, gold: dict, doc, spans: list[tuple[int, int, str]], known: bool) -> str:  # noqa: ANN001
    start, end = gold["start"], gold["end"]
    name = text[start:end]
    before = text[start - 1:start] if start else ""
    after = text[end:end + 1]
    if before == "#":
        return "hashtag"
    if before == "@":
        return "handle"
    if (before.isalnum() or (before and before not in " \n\t\"'(“‘[-/")) or after.isalnum():
        return "glued"
    if _ABBREVIATION.match(name):
        return "abbreviation"
    if name.islower():
        return "lowercase"
    if name.isupper() and len(name) > 4:
        return "all-caps"
    ents = [e for e in doc.ents if e.start_char < end and start < e.end_char]
    exact = [e for e in ents if e.start_char == start and e.end_char == end]
    if exact and exact[0].label_ in ("GPE", "LOC", "FAC"):
        return "ner place, dropped"
    if exact:
        return {"PERSON": "ner person", "ORG": "ner org"}.get(exact[0].label_, "ner other label")
    if ents:
        return "ner split/merged"
    if any(s < end and start < e for s, e, _ in spans):
        return "span found, dropped"
    return "no tag, gazetteer knows" if known else "no tag, unknown name"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("predictions", type=Path)
    parser.add_argument("--examples", type=int, default=0)
    args = parser.parse_args()

    from frontwatch.nlp import load_pipeline
    from frontwatch.resolve.gazetteer import gazetteer_from_settings
    from frontwatch.resolve.geo_spans import find_spans
    from frontwatch.resolve.geo_terms import load_terms
    from frontwatch.settings import Settings

    settings = Settings()
    gazetteer = gazetteer_from_settings(settings)
    nlp = load_pipeline(settings.spacy_model)
    terms = load_terms()
    missed = _missed(args.corpus, args.predictions)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    parsed: dict[str, object] = {}
    for text, gold in missed:
        if text not in parsed:
            doc = nlp(text)
            parsed[text] = (doc, find_spans(text, doc, terms)[0])
        doc, spans = parsed[text]  # type: ignore[misc]
        name = text[gold["start"]:gold["end"]]
        cls = classify(text, gold, doc, spans, bool(gazetteer.candidates(name)))
        counts[cls] += 1
        examples[cls].append(name)
    print(f"missed {len(missed)}")
    for cls, n in counts.most_common():
        print(f"{n:6d}  {cls}")
        if args.examples:
            print("        " + " | ".join(f"{k} ({v})" for k, v in Counter(examples[cls]).most_common(args.examples)))


if __name__ == "__main__":
    main()
