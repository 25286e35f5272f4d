"""Fit the geocoder's candidate-ranking weights on the "fit" documents of public geoparsing corpora.

Usage: python training/fit_geo_ranker.py [--data-dir DIR (default: $FRONTWATCH_WORK_DIR/geo)] [--corpora lgl,geovirus]
       [--rounds 2] [--l2 1.0] [--accept-rounds 4] [--out src/frontwatch/data/geo_ranker.json]
       [--accept-only | --rank-only] [--accept-floor FEATURE=VALUE ...]
       [--acled-notes 600 --acled-seed 13 --acled-weight 5]

The corpora come from training/geo_corpora.py (see training/GEO_DATA.md). For every document of the
"fit" split the working tree's geoparser runs end to end with the current weights while recording,
for each place-name span, every gazetteer candidate with its features (Geocoder.trace). A gold
toponym whose span holds a recorded span gives one ranking group: the candidates within 161 km of the
gold point are the right answers. The weights maximise the likelihood of the right answers under a
softmax over each group (conditional logit, L2-penalised, fitted with L-BFGS). The context features
(anchors, named regions) depend on earlier choices, so the fit is repeated `--rounds` times, each
round parsing with the previous round's weights. Then the acceptance model: every name NER did not
label as a place that the model decides (Geocoder.accept_trace: not an actor's name, not kept by a place cue)
is a sample, a positive one when it overlaps a gold toponym (with `--acled-notes`, the ACLED coded notes' "train"
sample the notes bench draws with that limit and `--acled-seed` are fit documents too, for the acceptance model
only: conflict text, where towns of one country across its regions are the rule; a note has no spans, so a name
is a positive one when its best candidate lies within 25 km of the coded point; `--acled-weight` counts each note's
sample that many times, to give conflict text a larger share of the fit); logistic regression, refitted on
the names the previous fit decided, from none (the geocoder's rules), until a fit decides them all as its
predecessor did or `--accept-rounds` fits: the written weights follow from the code and the documents, not from
the weights file. The "heldout" documents are scored the same way and reported, never fitted. Writes the weights
file with what it saw (corpora, split, document count and a SHA-256 of the sorted document ids, the corpus files'
hashes) and the held-out figures, and the manifest (training/geo_ranker_manifest.tsv: the corpus and id of every
document fitted on, no text).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from frontwatch.model import Place
from frontwatch.nlp import load_pipeline
from frontwatch.resolve.gazetteer import Gazetteer, gazetteer_from_settings
from frontwatch.resolve.geo_math import haversine_km
from frontwatch.resolve.geo_rank import ACCEPT_FEATURES, FEATURES, Ranker, load_ranker, weights_path
from frontwatch.resolve.geocode import Geocoder
from frontwatch.settings import Settings

ACC_KM = 161.0
ACLED_KM = 25.0  # a name of a coded note whose place lies this close to the coded point is a place
NAMES = tuple(FEATURES)


def parsed_documents(data_dir: Path, corpus: str) -> list[tuple[dict, object]]:
    """Documents of a corpus with their spaCy parse (cached beside the corpus as a DocBin)."""
    from spacy.tokens import DocBin

    nlp = load_pipeline(Settings().spacy_model)
    with (data_dir / f"{corpus}.jsonl").open(encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle]
    cache = data_dir / "cache" / f"{corpus}.spacy"
    if cache.is_file():
        parsed = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        parsed = [nlp(d["text"]) for d in docs]
        cache.parent.mkdir(parents=True, exist_ok=True)
        bin_ = DocBin()
        for p in parsed:
            bin_.add(p)
        bin_.to_disk(cache)
    if len(parsed) != len(docs):
        raise SystemExit(f"{cache}: stale parse cache ({len(parsed)} docs for {len(docs)}); delete it")
    return list(zip(docs, parsed, strict=True))


def groups_of(geocoder: Geocoder, pairs: list[tuple[dict, object]]) -> list[tuple[np.ndarray, np.ndarray]]:
    """(feature matrix, right-answer mask) for every gold toponym with a recorded candidate list."""
    out = []
    for doc, parsed in pairs:
        geocoder.trace = {}
        geocoder.geoparse(doc["text"], parsed)
        trace = geocoder.trace
        for top in doc["toponyms"]:
            starts = [s for s in trace if top["start"] <= s < top["end"]]
            if not starts:
                continue
            candidates = trace[starts[0]]
            x = np.array([[f.get(n, 0.0) for n in NAMES] for _, f in candidates])
            y = np.array([haversine_km(top["lat"], top["lon"], e.place.latitude, e.place.longitude) <= ACC_KM
                          for e, _ in candidates])
            out.append((x, y))
    geocoder.trace = None
    return out


def acled_notes(path: Path, limit: int, seed: int, cache_dir: Path, weight: float = 1.0) -> list[tuple[dict, object]]:
    """The ACLED coded notes of the "train" split the notes bench samples with `limit` and `seed` (its study
    sample; never the dev or heldout splits) that have a coded point, as fit documents with their parse (cached);
    each of their acceptance samples counts `weight` times in the acceptance fit."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from acled_notes_bench import sample_notes  # the bench's sampling, so the fit reads its study sample

    notes = [{"id": n.id, "text": n.text, "split": "fit", "toponyms": [], "point": (n.latitude, n.longitude),
              "weight": weight}
             for n in sample_notes(path, "train", limit, seed) if n.latitude is not None and n.longitude is not None]
    return list(zip(notes, parsed_notes(notes, cache_dir), strict=True))


def parsed_notes(notes: list[dict], cache_dir: Path) -> list:
    """The parses of coded notes (`id`, `text`), cached in `cache_dir` under a hash of their ids."""
    from spacy.tokens import DocBin

    nlp = load_pipeline(Settings().spacy_model)
    key = hashlib.sha256("\n".join(n["id"] for n in notes).encode()).hexdigest()[:16]
    cache = cache_dir / f"acled-train-{key}.spacy"
    if cache.is_file():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    parsed = list(nlp.pipe(n["text"] for n in notes))
    cache.parent.mkdir(parents=True, exist_ok=True)
    bin_ = DocBin()
    for doc in parsed:
        bin_.add(doc)
    bin_.to_disk(cache)
    return parsed


def _is_toponym(doc: dict, start: int, end: int, place: Place) -> bool:
    """A sample name is a place: it overlaps a gold toponym, or in a coded note (no spans: a coded point) its
    best candidate lies within ACLED_KM of the coded point."""
    if "point" in doc:
        return haversine_km(*doc["point"], place.latitude, place.longitude) <= ACLED_KM
    return any(t["start"] < end and start < t["end"] for t in doc["toponyms"])


def acceptance_samples(geocoder: Geocoder, pairs: list[tuple[dict, object]]
                       ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features of every name NER did not call a place that had a candidate, whether it is a place
    (`_is_toponym`), and its weight in the fit (its document's `weight`, else 1)."""
    rows, labels, weights = [], [], []
    for doc, parsed in pairs:
        geocoder.accept_trace = []
        geocoder.geoparse(doc["text"], parsed)
        seen = set()
        for start, end, features, place in geocoder.accept_trace:
            if (start, end) in seen:
                continue
            seen.add((start, end))
            rows.append([features.get(n, 0.0) for n in ACCEPT_FEATURES])
            labels.append(_is_toponym(doc, start, end, place))
            weights.append(doc.get("weight", 1.0))
    geocoder.accept_trace = None
    return np.array(rows), np.array(labels), np.array(weights)


def fit_acceptance(x: np.ndarray, y: np.ndarray, floors: dict[str, float] | None = None,
                   sample_weight: np.ndarray | None = None) -> dict[str, float]:
    """Logistic regression weights (and 'bias') of the acceptance model: L2-penalised log-loss (C = 1, the
    intercept unpenalised, as scikit-learn's; each sample's loss times its `sample_weight`), each weight named in
    `floors` held at or above its floor."""
    floors = floors or {}
    sw = np.ones(len(y)) if sample_weight is None else sample_weight
    xb = np.hstack([x, np.ones((len(x), 1))])
    sign = np.where(y, 1.0, -1.0)
    penalised = np.r_[np.ones(x.shape[1]), 0.0]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        margin = sign * (xb @ w)
        total = float(sw @ np.logaddexp(0.0, -margin)) + 0.5 * float((penalised * w) @ w)
        grad = xb.T @ (-sign * sw * _sigmoid(-margin)) + penalised * w
        return total, grad

    bounds = [(floors.get(n), None) for n in ACCEPT_FEATURES] + [(None, None)]
    start = np.array([max(0.0, floors.get(n, 0.0)) for n in ACCEPT_FEATURES] + [0.0])
    w = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=bounds, options={"maxiter": 5000}).x
    logits = xb @ w
    # the decision threshold that maximises F1 on the fit names (a name is kept when logit >= it), over every
    # cut the fit names allow: the highest-scored k names kept, for each k
    order = np.argsort(-logits)
    tp = np.cumsum((sw * y)[order])
    f1 = 2 * tp / (np.cumsum(sw[order]) + (sw * y).sum())
    threshold = float(logits[order][int(np.argmax(f1))])
    weights = {n: round(float(v), 4) for n, v in zip(ACCEPT_FEATURES, w[:-1], strict=True)}
    return {**weights, "bias": round(float(w[-1]) - threshold, 4)}


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def fit_acceptance_rounds(gazetteer: Gazetteer, ranker: Ranker, pairs: list[tuple[dict, object]],
                          rounds: int, floors: dict[str, float]) -> tuple[dict[str, float], np.ndarray, np.ndarray]:
    """The acceptance model fitted on the names the geocoder's rules without a model leave to it, then refitted on
    the names each fit decided until a fit decides every name as its predecessor did (at most `rounds` fits): a
    kept name becomes context (country evidence, an anchor) for the names after it, so the samples depend on the
    model that parsed them. Starting from no model, the weights depend on the code and the documents only, never
    on the weights file; `floors` hold weights at or above a value (`fit_acceptance`). Returns the weights and the
    samples they were fitted on."""
    accept: dict[str, float] = {}
    for round_ in range(1, rounds + 1):
        geocoder = Geocoder(gazetteer, ranker=Ranker(ranker.weights, accept=accept))
        x, y, sw = acceptance_samples(geocoder, pairs)
        fitted = fit_acceptance(x, y, floors, sw)
        changed = int((_decisions(x, accept) != _decisions(x, fitted)).sum()) if accept else len(y)
        print(f"acceptance round {round_}: {len(y)} fit names ({int(y.sum())} toponyms), "
              f"{changed} decided otherwise by the fitted weights", file=sys.stderr)
        accept = fitted
        if not changed:
            break
    return accept, x, y


def _decisions(x: np.ndarray, weights: dict[str, float]) -> np.ndarray:
    """Which sample names the acceptance weights keep (logit >= 0, as Ranker.accepts)."""
    return x @ np.array([weights.get(n, 0.0) for n in ACCEPT_FEATURES]) + weights.get("bias", 0.0) >= 0


def _accuracy(x: np.ndarray, y: np.ndarray, weights: dict[str, float]) -> dict[str, float]:
    pred = _decisions(x, weights)
    tp = int((pred & y).sum())
    return {"names": len(y), "accuracy": round(float((pred == y).mean()), 4),
            "precision": round(tp / max(1, int(pred.sum())), 4), "recall": round(tp / max(1, int(y.sum())), 4)}


def fit(groups: list[tuple[np.ndarray, np.ndarray]], l2: float) -> np.ndarray:
    """Weights maximising the softmax likelihood of the right answers, with an L2 penalty."""
    usable = [(x, y) for x, y in groups if y.any() and not y.all()]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.5 * l2 * float(w @ w), l2 * w
        for x, y in usable:
            s = x @ w
            s -= s.max()
            e = np.exp(s)
            p_all = e / e.sum()
            p_pos = e * y / (e * y).sum()
            total -= math.log((e * y).sum() / e.sum())
            grad = grad + x.T @ (p_all - p_pos)
        return total, grad

    result = minimize(loss, np.zeros(len(NAMES)), jac=True, method="L-BFGS-B")
    return result.x


def top1(groups: list[tuple[np.ndarray, np.ndarray]], w: np.ndarray) -> float:
    """Share of groups (with a right answer among the candidates) whose best-scored candidate is right."""
    scored = [(x, y) for x, y in groups if y.any()]
    return sum(bool(y[int(np.argmax(x @ w))]) for x, y in scored) / len(scored) if scored else 0.0


def _floor(text: str) -> tuple[str, float]:
    """An --accept-floor argument, FEATURE=VALUE, as (feature, value)."""
    name, _, value = text.partition("=")
    if name not in ACCEPT_FEATURES:
        raise argparse.ArgumentTypeError(f"{name!r} is no acceptance feature")
    return name, float(value)


def main() -> None:
    """Fit, report on held-out documents and write the weights file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=Settings().geo_corpora)
    parser.add_argument("--corpora", default="lgl,geovirus,geocorpora")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--accept-rounds", type=int, default=4,
                        help="most acceptance fits, each on the names the previous fit decided (stops when they agree)")
    parser.add_argument("--accept-floor", type=_floor, action="append", default=[], metavar="FEATURE=VALUE",
                        help="hold an acceptance weight at or above VALUE (repeatable); recorded in the weights file")
    parser.add_argument("--acled-notes", type=int, default=0,
                        help="also fit the acceptance model on this many ACLED train notes (the notes bench's sample)")
    parser.add_argument("--acled-seed", type=int, default=13, help="the notes bench's seed of that sample")
    parser.add_argument("--acled-weight", type=float, default=1.0,
                        help="how many times each note's acceptance sample counts in the fit (conflict text's share)")
    parser.add_argument("--acled", type=Path, default=Settings().acled_corpus)
    parser.add_argument("--out", type=Path, default=weights_path())
    parser.add_argument("--manifest", type=Path, default=Path(__file__).resolve().parent / "geo_ranker_manifest.tsv",
                        help="where to write the corpus and id of every document the fit saw (ids only, no text)")
    parser.add_argument("--accept-only", action="store_true",
                        help="keep the ranking weights of --out, refit only the acceptance model")
    parser.add_argument("--rank-only", action="store_true",
                        help="keep the acceptance model of --out, refit only the ranking weights")
    args = parser.parse_args()
    if args.accept_only and args.rank_only:
        parser.error("--accept-only and --rank-only exclude each other")
    floors = dict(args.accept_floor)
    gazetteer = gazetteer_from_settings(Settings())
    corpora = args.corpora.split(",")
    data = {c: parsed_documents(args.data_dir, c) for c in corpora}
    fit_pairs = [p for c in corpora for p in data[c] if p[0]["split"] == "fit"]
    notes = acled_notes(args.acled, args.acled_notes, args.acled_seed, args.data_dir / "cache",
                        args.acled_weight) if args.acled_notes else []
    held = {c: [p for p in data[c] if p[0]["split"] == "heldout"] for c in corpora}
    base = load_ranker(args.out)
    ranker = Ranker(base.weights, accept=base.accept) if args.accept_only else None
    for round_ in range(1, 0 if args.accept_only else args.rounds + 1):
        geocoder = Geocoder(gazetteer, ranker=ranker)
        groups = groups_of(geocoder, fit_pairs)
        before = top1(groups, np.array([geocoder.ranker.weights.get(n, 0.0) for n in NAMES]))
        w = fit(groups, args.l2)
        # the next round parses with the acceptance model of --out, as the shipped geocoder does (without it the
        # geocoder falls back to its hand rules for names NER did not call places, and the fit sees other anchors)
        ranker = Ranker({n: round(float(v), 4) for n, v in zip(NAMES, w, strict=True)}, accept=base.accept)
        print(f"round {round_}: {len(groups)} fit groups, top-1 within {ACC_KM:.0f} km "
              f"{before:.3f} with the previous weights, {top1(groups, w):.3f} fitted", file=sys.stderr)
    assert ranker is not None
    previous = json.loads(args.out.read_text(encoding="utf-8")) if args.accept_only or args.rank_only else {}
    if args.rank_only:
        accept = previous["accept"]["weights"]
    else:
        accept, x, y = fit_acceptance_rounds(gazetteer, ranker, fit_pairs + notes, args.accept_rounds, floors)
        geocoder = Geocoder(gazetteer, ranker=Ranker(ranker.weights, accept=accept))
        accept_heldout = {c: _accuracy(*acceptance_samples(geocoder, pairs)[:2], accept) for c, pairs in held.items()}
        print(f"acceptance: {len(y)} fit names ({int(y.sum())} toponyms), fit {_accuracy(x, y, accept)}, "
              f"held out {accept_heldout}", file=sys.stderr)
    ranker = Ranker(ranker.weights, accept=accept)
    geocoder = Geocoder(gazetteer, ranker=ranker)
    w = np.array([ranker.weights[n] for n in NAMES])
    heldout = {c: round(top1(groups_of(geocoder, pairs), w), 4) for c, pairs in held.items()}
    ids = sorted(f"{c}:{p[0]['id']}" for c in corpora for p in data[c] if p[0]["split"] == "fit")
    args.manifest.write_text("corpus\tdocument\n" + "".join(i.replace(":", "\t", 1) + "\n" for i in ids),
                             encoding="utf-8")
    files = {c: hashlib.sha256((args.data_dir / f"{c}.jsonl").read_bytes()).hexdigest() for c in corpora}
    record = previous if args.accept_only else {
        "note": "written by training/fit_geo_ranker.py; do not edit by hand",
        "model": "conditional logit over each name's gazetteer candidates (softmax per name), L2 penalty",
        "trained_on": {"corpora": corpora, "split": "fit", "documents": len(ids),
                       "document_ids_sha256": hashlib.sha256("\n".join(ids).encode()).hexdigest(),
                       "corpus_files_sha256": files, "rounds": args.rounds, "l2": args.l2},
        "heldout_top1_within_161km": heldout,
        "features": FEATURES,
        "bias": 0.0,
        "weights": ranker.weights,
    }
    record["accept"] = previous["accept"] if args.rank_only else {
        "model": "logistic regression: is a name NER did not call a place one? (kept when the logit >= 0)",
        "threshold": "the F1-best cut on the fit names, folded into the bias",
        "features": ACCEPT_FEATURES, "floors": floors, "weights": accept, "heldout": accept_heldout,
        "acled_notes": {"split": "train", "notes": len(notes), "seed": args.acled_seed, "weight": args.acled_weight,
                        "place_within_km": ACLED_KM}}
    args.out.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}; held-out top-1 within {ACC_KM:.0f} km: {heldout}", file=sys.stderr)


if __name__ == "__main__":
    main()
