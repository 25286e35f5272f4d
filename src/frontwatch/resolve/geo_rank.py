"""Candidate ranking for place names: a linear model over named features, weights fitted on public
geoparsing corpora (training/fit_geo_ranker.py) and shipped as data/geo_ranker.json."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from frontwatch.errors import GazetteerError
from frontwatch.language import read_yaml

# what each feature means, for --explain and for the weights file's readers
FEATURES: dict[str, str] = {
    "log_population": "log10 of a settlement's population (0 when unknown, or for an area)",
    "log_area_population": "log10 of an area's population (countries, divisions, continents)",
    "population_unknown": "a settlement whose population the gazetteer does not know (log_population is then 0)",
    "is_country": "the candidate is a country",
    "is_region": "the candidate is a first-level division (state, province)",
    "is_district": "the candidate is a second-level division (county, district)",
    "is_continent": "the candidate is a continent",
    "is_world_region": "the candidate is a world region (a named group of countries or part of a continent)",
    "is_facility": "the candidate is a named facility (airport, prison, base)",
    "exact_name": "the text's name is the candidate's own name or a curated news spelling, not a GeoNames alternate",
    "curated": "the candidate comes from, or was amended by, a curated file",
    "country_share": "share of the text's country evidence that points to the candidate's country",
    "country_named": "the candidate's country is named in the text (or by a demonym)",
    "region_named": "the candidate's first-level division is named in the text",
    "qualifier_match": "an explicit container ('X, Y' / 'X in Y') is the candidate's country or division",
    "qualifier_mismatch": "an explicit container is a known place the candidate is not in",
    "near_100km": "another place resolved in the text lies within 100 km",
    "near_300km": "another place resolved in the text lies within 300 km",
    "log_anchor_km": "log10(1 + km) to the nearest other place resolved in the text (0 when none)",
    "no_anchor": "no other place of the text is resolved yet",
    "contains_anchor": "an area candidate that contains places resolved in the text",
    "largest_population": "the candidate has the largest population of all places of that name",
    "same_spelling": "the text spells the name letter for letter as the candidate or one of its aliases does",
    "is_capital": "the candidate is its country's capital",
    "demonym_only": "the candidate's country is implied only by a demonym (an adjective or people's name), never named",
    "log_candidates": "log10 of the number of places of that name",
    "division_beside_town": "a first- or second-level division whose name a populated place also bears",
    "names_near": "log2(1 + number of the text's other place names with a town, district or site candidate within "
                  "about 50 km: same or next half-degree grid cell), for towns, districts and sites",
    "division_holds_anchor": "a town, district or site whose first-level division (state, province) holds another "
                             "place resolved in the text",
}


# what says that a name NER did not call a place is one (a capitalised run, a person's or organisation's name)
ACCEPT_FEATURES: dict[str, str] = {
    "log_population": "log10 of the best candidate's population",
    "is_area": "the best candidate is a country, division, continent or world region",
    "curated": "the best candidate comes from a curated file",
    "in_context": "the best candidate's country is part of the text's country evidence",
    "country_share": "share of the text's country evidence for the best candidate's country",
    "unplaced": "the text gives no country evidence beside the name's own (nothing says the story is elsewhere)",
    "sole_name": "the name is the only name the text reads as a possible place",
    "beside_place": "the name is coordinated with a name the text resolved as a place ('X and Y', 'X, Y and Z')",
    "in_division": "the best candidate lies in a first-level division the text names or that holds another of its "
                   "resolved places, or is an area that holds one",
    "cue": "a place cue precedes the name ('in', 'the town of', 'near')",
    "qualifier": "a container follows the name ('X, Y')",
    "place_head": "a word that makes the name a place's follows it ('X police', 'X residents')",
    "hashtag": "the name is written as a hashtag ('#X')",
    "name_part": "the name opens a longer name that is no known place ('X Police Department')",
    "hyphenated": "the name is written into a compound after its hyphen ('pro-X', 'D-X', 'the University of Y-X')",
    "ner_person": "NER read the name as a person",
    "ner_org": "NER read the name as an organisation",
    "ner_other": "NER gave the name another non-place label",
    "multiword": "the name has more than one word",
    "all_caps": "the name is written in capitals",
    "common_word": "how far the name's rarest word is above a common word's frequency (wordfreq's Zipf frequency "
                   "less 4, 0 below: 'the' 3.7, 'time' 2.3, a common noun 0-2, most towns' names 0)",
    "weak_capital_common_word": "common_word of a name that opens a sentence or stands in a headline, where its "
                                "capital says nothing (0 elsewhere; a rarer name there weighs as anywhere)",
    "exact_name": "the name is the candidate's own name or a curated news spelling",
    "log_candidates": "log10 of the number of places of that name",
    "margin": "score margin of the best candidate over the best one elsewhere (capped at 10)",
}


@dataclass(frozen=True)
class Ranker:
    """Weights of the linear candidate scorer (logit of 'this is the place meant')."""

    weights: dict[str, float]
    bias: float = 0.0
    meta: dict[str, object] = field(default_factory=dict)
    accept: dict[str, float] = field(default_factory=dict)  # acceptance model: feature weights and "bias"

    def accepts(self, features: dict[str, float]) -> bool:
        """Does the acceptance model take a name NER did not label as a place for one (probability >= 0.5)?"""
        logit = self.accept.get("bias", 0.0) + sum(self.accept.get(n, 0.0) * v for n, v in features.items())
        return logit >= 0.0

    def score(self, features: dict[str, float]) -> float:
        """Logit that the candidate with these features is the place the text means."""
        weights = self.weights
        return self.bias + sum([weights.get(name, 0.0) * value for name, value in features.items() if value])

    def probability(self, features: dict[str, float]) -> float:
        """The score as a probability."""
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.score(features)))))

    def reasons(self, features: dict[str, float], top: int = 4) -> list[str]:
        """The features that moved the score most, as 'name=value (+contribution)'."""
        parts = sorted(((self.weights.get(n, 0.0) * v, n, v) for n, v in features.items() if v),
                       key=lambda t: -abs(t[0]))
        return [f"{n}={v:g} ({c:+.2f})" for c, n, v in parts[:top] if abs(c) >= 0.05]


def weights_path() -> Path:
    """The shipped weights file."""
    return Path(str(resources.files("frontwatch") / "data" / "geo_ranker.json"))


@lru_cache(maxsize=4)
def load_ranker(path: Path | None = None) -> Ranker:
    """Load and validate a ranker weights file (the shipped one by default)."""
    path = path or weights_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"{path}: cannot read ranker weights ({exc})") from exc
    weights = raw.get("weights")
    if not isinstance(weights, dict) or not all(isinstance(v, int | float) for v in weights.values()):
        raise GazetteerError(f"{path}: 'weights' must map feature names to numbers")
    unknown = sorted(set(weights) - set(FEATURES))
    if unknown:
        raise GazetteerError(f"{path}: unknown ranker feature(s) {', '.join(unknown)}; known: {', '.join(FEATURES)}")
    accept = raw.get("accept", {}).get("weights", {})
    unknown = sorted(set(accept) - set(ACCEPT_FEATURES) - {"bias"})
    if unknown:
        raise GazetteerError(f"{path}: unknown acceptance feature(s) {', '.join(unknown)}")
    return Ranker({k: float(v) for k, v in weights.items()}, float(raw.get("bias", 0.0)),
                  {k: v for k, v in raw.items() if k not in ("weights", "bias", "accept")},
                  {k: float(v) for k, v in accept.items()})


@dataclass(frozen=True)
class Thresholds:
    """The geocoder's thresholds (data/geo_thresholds.yaml gives each one's reason, and the fitted ones' sweep)."""

    min_population_with_cue: float
    min_population_in_context: float
    min_population_alone: float
    min_population_abroad: float
    min_population_known_town: float
    abroad_evidence: float
    resolved_town_evidence: float
    actor_evidence: float
    well_known_city_evidence: float
    confident_margin: float
    rival_km: float
    min_seat_share: float
    facility_town_km: float
    container_town_km: float
    container_edge_km: float
    town_part_km: float
    salient_rival: float
    pair_bearing_deg: float
    pair_km_share: float
    pair_km_floor: float
    pair_near_km: float


def thresholds_path() -> Path:
    """The shipped thresholds file."""
    return Path(str(resources.files("frontwatch") / "data" / "geo_thresholds.yaml"))


@lru_cache(maxsize=4)
def load_thresholds(path: Path | None = None) -> Thresholds:
    """Load and validate the thresholds file (the shipped one by default): every field, a number and a reason."""
    path = path or thresholds_path()
    raw = read_yaml(path, "geocoder thresholds")
    names = list(Thresholds.__dataclass_fields__)
    if not isinstance(raw, dict) or sorted(raw) != sorted(names):
        raise GazetteerError(f"{path}: need exactly these thresholds: {', '.join(names)}")
    for name, item in raw.items():
        if (not isinstance(item, dict) or not isinstance(item.get("value"), int | float)
                or not str(item.get("reason") or "").strip()):
            raise GazetteerError(f"{path}: '{name}' needs a numeric 'value' and a 'reason'")
    return Thresholds(**{name: float(raw[name]["value"]) for name in names})
