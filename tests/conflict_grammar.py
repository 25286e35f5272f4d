"""A small grammar of conflict reporting (actors, pronouns, appositions, coordination), written for the tests.

Sentences are built from slots, so a property test can draw thousands of shapes nobody
wrote down, including the reference chains that make resolvers loop: possessive pronouns
inside counted groups ("scores of their gunmen"), pronouns with no antecedent,
appositions that name one actor twice, and coordinated subjects and verbs.
"""

from __future__ import annotations

import random

from hypothesis import strategies as st

NAMED = ["the army", "government troops", "the police", "Boko Haram", "al-Shabaab", "the Taliban",
         "a local militia", "the rebels", "Houthi fighters", "Wagner mercenaries", "the national guard",
         "an armed group", "unidentified gunmen", "the coalition", "security forces"]
PRONOUNS = ["they", "it", "he", "she", "we"]
POSSESSIVES = ["their", "its", "his", "her", "our"]
COUNTS = ["dozens", "hundreds", "scores", "several", "some", "thousands", "two", "forty"]
NOUNS = ["fighters", "gunmen", "soldiers", "militants", "troops", "members", "units", "officers"]
APPOSITIONS = ["a group active in the north", "the main armed faction", "an ally of the government",
               "a splinter movement", "the force that holds the pass"]
VERBS = ["attacked", "stormed", "shelled", "captured", "besieged", "raided", "burned", "abandoned",
         "withdrew from", "surrounded", "retook", "bombed"]
OBJECTS = ["the market", "a checkpoint", "the barracks", "the airport", "a village", "the border post",
           "the district office", "a convoy", "the bridge"]
PLACES = ["near Gao", "in Kismayo", "outside Mopti", "in northern Borno", "near the river", "in Marib",
          "south of Goma", "in the capital", ""]
TIMES = ["on Monday", "late on Friday", "last week", "overnight", "on 3 March", "yesterday", ""]
SAYERS = ["officials said", "a witness said", "according to residents", "the ministry claimed", ""]


def _subject(draw) -> str:
    kind = draw(st.sampled_from(["named", "pronoun", "counted", "owned", "apposition", "coordinated"]))
    if kind == "named":
        return draw(st.sampled_from(NAMED))
    if kind == "pronoun":
        return draw(st.sampled_from(PRONOUNS))
    if kind == "counted":  # "dozens of their fighters": the shape that sent actor resolution into a loop
        return f"{draw(st.sampled_from(COUNTS))} of {draw(st.sampled_from(POSSESSIVES))} {draw(st.sampled_from(NOUNS))}"
    if kind == "owned":
        return f"{draw(st.sampled_from(POSSESSIVES))} {draw(st.sampled_from(NOUNS))}"
    if kind == "apposition":
        return f"{draw(st.sampled_from(NAMED))}, {draw(st.sampled_from(APPOSITIONS))},"
    return f"{draw(st.sampled_from(NAMED))} and {draw(_subjects_simple)}"


_subjects_simple = st.one_of(st.sampled_from(NAMED), st.sampled_from(PRONOUNS),
                             st.builds(lambda p, n: f"{p} {n}", st.sampled_from(POSSESSIVES), st.sampled_from(NOUNS)))


@st.composite
def sentence(draw) -> str:
    """One sentence of conflict reporting."""
    subject = _subject(draw)
    verbs = draw(st.lists(st.sampled_from(VERBS), min_size=1, max_size=2, unique=True))
    clauses = [f"{verb} {draw(st.sampled_from(OBJECTS))}" for verb in verbs]
    body = " and ".join(clauses)
    tail = " ".join(part for part in (draw(st.sampled_from(PLACES)), draw(st.sampled_from(TIMES))) if part)
    said = draw(st.sampled_from(SAYERS))
    text = " ".join(part for part in (subject, body, tail) if part)
    text = text[0].upper() + text[1:]
    return f"{text}, {said}." if said else f"{text}."


@st.composite
def report(draw, max_sentences: int = 4) -> str:
    """A short report: one to `max_sentences` sentences, sometimes with a headline line."""
    sentences = draw(st.lists(sentence(), min_size=1, max_size=max_sentences))
    body = " ".join(sentences)
    if draw(st.booleans()):
        return f"{draw(sentence()).rstrip('.')}\n\n{body}"
    return body


def long_report(chars: int, seed: int = 3) -> str:
    """A report of about `chars` characters, sentences drawn with a seeded generator, in paragraphs."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < chars:
        subject = rng.choice([*NAMED, f"{rng.choice(COUNTS)} of {rng.choice(POSSESSIVES)} {rng.choice(NOUNS)}"])
        text = f"{subject} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)} {rng.choice(TIMES)}"
        sentence_text = " ".join(text.split())
        sentence_text = sentence_text[0].upper() + sentence_text[1:] + "."
        parts.append(sentence_text + ("\n\n" if rng.random() < 0.2 else " "))
        size += len(parts[-1])
    return "".join(parts)[:chars].rstrip() + "."
