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


# nouns that name a change of hands: "the fall of Mosul", "the group's capture of Tikrit"
TAKING_NOUNS = frozenset({"fall", "capture", "seizure", "takeover", "overrunning", "recapture", "conquest"})

# "overrunning Mosul": the small model sometimes attaches a verb's proper-noun object as a modifier
_MISREAD_OBJECT_DEPS = {"advmod", "npadvmod", "attr", "oprd"}


def direct_object(verb: Token) -> Token | None:
    """The verb's direct object, including a proper noun right after it that the parser
    attached as a modifier."""
    return next((c for c in verb.children if c.dep_ == "dobj"
                 or c.dep_ in _MISREAD_OBJECT_DEPS and c.i > verb.i and c.pos_ == "PROPN"), None)
