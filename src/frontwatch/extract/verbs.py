"""Verb lemmas that survive the small model's lemmatizer misses ("retook" → "retake")."""

from __future__ import annotations

from spacy.tokens import Token

# English irregular past forms the small spaCy model sometimes leaves unlemmatised.
_IRREGULAR = {
    "took": "take", "taken": "take", "retook": "retake", "retaken": "retake", "overran": "overrun",
    "fell": "fall", "fallen": "fall", "won": "win", "drove": "drive", "driven": "drive",
    "swept": "sweep", "held": "hold", "ran": "run", "lost": "lose", "fled": "flee", "shot": "shoot",
    "struck": "strike", "stricken": "strike", "blew": "blow", "blown": "blow", "threw": "throw",
    "thrown": "throw", "stole": "steal", "stolen": "steal", "overtook": "overtake",
    "overtaken": "overtake", "withdrew": "withdraw", "withdrawn": "withdraw", "froze": "freeze",
    "began": "begin", "fought": "fight", "seized": "seize", "besieged": "besiege",
}


def verb_lemma(token: Token) -> str:
    """The lemma of a token, correcting irregular past forms."""
    lower = token.lower_
    return _IRREGULAR.get(lower) or _IRREGULAR.get(token.lemma_.lower()) or token.lemma_.lower()
