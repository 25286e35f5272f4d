"""Geoparsing with its reasons laid open: every candidate a mention had, with score and features."""

from __future__ import annotations

from spacy.tokens import Doc

from frontwatch.model import PlaceMention
from frontwatch.resolve.geocode import Geocoder

MAX_CANDIDATES = 5


def explain_geoparse(geocoder: Geocoder, text: str, doc: Doc,
                     candidates: bool = True) -> list[tuple[PlaceMention, list[dict[str, object]]]]:
    """Each mention of `text` with its best-scored gazetteer candidates (name, country, feature, score,
    the features that moved the score); an empty list when `candidates` is False."""
    if not candidates:
        return [(m, []) for m in geocoder.geoparse(text, doc)]
    geocoder.trace = {}
    try:
        mentions = geocoder.geoparse(text, doc)
        trace = geocoder.trace
    finally:
        geocoder.trace = None
    out: list[tuple[PlaceMention, list[dict[str, object]]]] = []
    for mention in mentions:
        starts = [s for s in trace if mention.start <= s < mention.end]
        scored = sorted(((geocoder.ranker.score(f), e, f) for e, f in trace[starts[0]]),
                        key=lambda t: -t[0]) if starts else []
        out.append((mention, [
            {"name": e.place.name, "country": e.place.country, "feature": e.place.feature,
             "latitude": round(e.place.latitude, 5), "longitude": round(e.place.longitude, 5),
             "population": e.place.population, "score": round(score, 3),
             "features": geocoder.ranker.reasons(f, top=8)}
            for score, e, f in scored[:MAX_CANDIDATES]]))
    return out
