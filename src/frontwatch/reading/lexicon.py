"""The predicate lexicon (data/<language>/predicates.yaml, weapons.yaml, lemmas.yaml): which word,
phrasal verb or compound names which predicate class, and the grammatical tags of words."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from frontwatch.errors import RegistryError
from frontwatch.language import LANGUAGE, invert, word_book
from frontwatch.reading.model import objects
from frontwatch.resolve.numbers import load_number_words

_COMPLEMENT_DEPS = {"prt", "oprd", "acomp", "advmod", "dobj", "ccomp", "xcomp", "advcl", "npadvmod"}
_MODIFIER_DEPS, MEASURES = {"compound", "amod", "nmod"}, ("measures", "shares")  # arguments.yaml's counting nouns


@dataclass(frozen=True)
class LightVerb:
    """A verb and a noun that together name a class ("set fire", "took control")."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    cls: str


@dataclass(frozen=True)
class PredicateLexicon:
    """Words to predicate classes and tags, for one language."""

    verbs: dict[str, str]
    nouns: dict[str, str]
    class_tags: dict[str, tuple[str, ...]]
    word_tags: dict[str, tuple[str, ...]]
    light: tuple[LightVerb, ...]
    states: dict[str, str]  # class of an attributive participle with its doer -> the class of the state it names
    lemmas: dict[str, str]
    weapons: dict[str, str]  # phrase -> weapon kind ("" for a phrase naming no weapon: `other_senses`)
    weapon_order: tuple[str, ...]
    whole_kinds: frozenset[str]  # kinds a listed phrase names alone ("stun grenade": no grenade)
    of: frozenset[str]  # the preposition of "state of emergency", "five of them" (time.yaml `reference_of`)
    measures: frozenset[str]  # nouns that count what their of-phrase names (arguments.yaml `measures`, `shares`)
    vague: frozenset[str]  # words counting vaguely ("hundreds", "a dozen"; quantities.yaml, numbers.yaml)

    def lemma(self, token: Token) -> str:
        """The token's lemma, with the irregular forms the tagger misses corrected."""
        return self.lemmas.get(token.lower_) or self.lemmas.get(token.lemma_.lower()) or token.lemma_.lower()

    def verb_keys(self, verb: Token) -> Iterator[str]:
        """The verb as the lexicon may list it: with a complement ("shoot dead", "go on strike"), then alone."""
        lemma = self.lemma(verb)
        for child in verb.children:
            if child.dep_ == "prep":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    yield f"{lemma} {child.lower_} {self.lemma(pobj)}"
                yield f"{lemma} {child.lower_}"
            elif child.dep_ in {"xcomp", "advcl"}:  # a clause by its verb's lemma ("gathered, demanding": gather
                # demand), and by those of the verbs coordinated with it ("gathered to mourn X and show support")
                yield from (f"{lemma} {self.lemma(v)}" for v in (child, *(c for c in child.children if c.dep_ == "conj"
                                                                          and c.pos_ == "VERB")))
            elif child.dep_ in _COMPLEMENT_DEPS:  # with the particle's own preposition ("went back into X")
                yield from (f"{lemma} {child.lower_} {p.lower_}" for p in child.children if p.dep_ == "prep")
                yield f"{lemma} {child.lower_}"
                if child.dep_ == "dobj":  # only an object's adjectives ("shoot dead"), never a clause's words walked
                    yield from (f"{lemma} {m.lower_}" for m in child.children if m.dep_ == "amod")
        yield lemma

    def noun_keys(self, noun: Token) -> Iterator[str]:
        """The noun as the lexicon may list it: with its modifiers ("human chain"), its of-phrase, alone."""
        lemma = self.lemma(noun)
        modifiers = [t for t in noun.lefts if t.dep_ in _MODIFIER_DEPS or (t.dep_ == "punct" and t.text == "-")]
        for k in range(len(modifiers)):
            words = " ".join(t.lower_ for t in modifiers[k:] if t.text != "-")
            yield f"{words} {lemma}"
            if modifiers[k:] and modifiers[-1].text == "-":  # "shoot-out", listed as written or closed up
                yield "".join(t.lower_ for t in modifiers[k:]) + lemma
                yield words.replace(" ", "") + lemma
        yield from (f"{lemma} {o.head.lower_} {self.lemma(o)}" for o in objects(noun, self.of))
        yield lemma

    def keys(self, token: Token) -> tuple[str, ...]:
        """A word's keys (a verb's, a noun's, else none), read once per Doc (kept in its user_data) for every reader."""
        if (keys := (memo := token.doc.user_data.setdefault("lexicon keys", {})).get(token.i)) is None:
            verb = token.pos_ in {"VERB", "AUX"} or token.tag_ in {"VBN", "VBD"} and token.pos_ == "ADJ"
            found = self.verb_keys(token) if verb else self.noun_keys(token) if token.pos_ in {"NOUN", "PROPN"} else ()
            keys = memo[token.i] = tuple(found)
        return keys

    def predicate_class(self, token: Token, keys: tuple[str, ...] | None = None) -> str | None:
        """The class a verb or noun names on its own, by the word's `keys`; a copula only with its complement."""
        words = self.nouns if token.pos_ in {"NOUN", "PROPN"} else self.verbs
        found = self.keys(token) if keys is None else keys
        return next((words[k] for k in found if k in words and (token.pos_ != "AUX" or " " in k)), None)

    def light_class(self, verb: Token, noun: Token) -> str | None:
        """The class a verb and its object noun name together (the noun up to a form naming a class: "mortar fire")."""
        verbs, keys = set(self.keys(verb)), self.keys(noun)  # a verb or auxiliary's, a noun's
        named = next((k for k, key in enumerate(keys) if key in self.nouns), len(keys))
        nouns = {*keys[:named + 1], *(k for o in self.measured(noun) for k in self.keys(o))}  # "found a haul of rifles"
        return next((lv.cls for lv in self.light if verbs & lv.verbs and nouns & lv.nouns), None)

    def measured(self, token: Token, counts: frozenset[str] = frozenset()) -> list[Token]:
        """What a number, measure or one of `counts` counts in its of-phrase ("a stash of guns", "hundreds of men")."""
        counting = token.like_num or any(w in self.measures or w in counts for w in (token.lower_, self.lemma(token)))
        return objects(token, self.of) if counting else []

    def tags(self, token: Token, keys: tuple[str, ...] | None = None) -> tuple[str, ...]:
        """A word's grammatical tags (a verb's by its phrasal forms up to the one naming its class: "fell back")."""
        keys = (self.keys(token) if keys is None else keys) if token.pos_ in {"VERB", "AUX"} else (self.lemma(token),)
        named = next((k for k, key in enumerate(keys) if key in self.verbs), len(keys))
        return tuple(dict.fromkeys(tag for k in keys[:named + 1] for tag in self.word_tags.get(k, ())))

    def weapon_kinds(self, token: Token, keys: tuple[str, ...] | None = None) -> tuple[str, ...]:
        """The weapon kinds a noun phrase names, most telling first; a whole-phrase kind alone; `keys`: noun keys."""
        before = token.doc[token.i - 1] if token.i else None  # the word written before it (no Span made)
        written = [f"{before.lower_} {self.lemma(token)}"] if before is not None and before.is_alpha else []
        keys = tuple(self.noun_keys(token)) if keys is None else keys
        named = [self.weapons[k] for k in sorted((*written, *keys), key=lambda k: -k.count(" ")) if k in self.weapons]
        if named and named[0] in self.whole_kinds:
            return (named[0],) if named[0] else ()  # "a gold mine" (`other_senses`): no weapon at all
        words = [t for t in token.lefts if t.dep_ in _MODIFIER_DEPS] + [token]
        found = {*named, *(self.weapons[w] for t in words for w in (t.lower_, self.lemma(t)) if w in self.weapons)}
        return tuple(k for k in self.weapon_order if k and k in found)


def _classes(section: dict, part: str, where: str) -> dict[str, str]:
    """Each word of the classes' `part` lists (lower case) to its class; a word listed twice is refused."""
    found = invert({cls: (spec or {}).get(part, []) for cls, spec in section.items()}, f"{where}: {part}")
    if (twice := next((word for word, names in found.items() if len(names) > 1), None)) is not None:
        raise RegistryError(f"{where}: {twice!r} names two classes ({', '.join(found[twice])})")
    return {word: names[0] for word, names in found.items()}


@lru_cache(maxsize=4)
def load_lexicon(language: str = LANGUAGE) -> PredicateLexicon:
    """Load and validate a language's predicate lexicon."""
    book = word_book("predicates", language)
    where = str(book.path)
    classes, entries = book.mapping("classes"), book.section("light_verbs") or []
    if not isinstance(entries, list) or not all(isinstance(e, dict) and e.get("class") in classes and {
            "verbs", "nouns"} <= set(e) for e in entries):
        raise RegistryError(f"{where}: each light verb needs 'verbs', 'nouns' and a 'class' of 'classes'")
    light = [LightVerb(frozenset(map(str, e["verbs"])), frozenset(map(str, e["nouns"])), e["class"]) for e in entries]
    states = book.texts("states")
    if not set(states) | set(states.values()) <= set(classes):
        raise RegistryError(f"{where}: 'states' maps classes to classes (got {states!r})")
    weapons = word_book("weapons", language)
    kinds = weapons.mapping("kinds") | {"": list(weapons.phrases("other_senses"))}  # "": phrases naming no weapon
    return PredicateLexicon(verbs=_classes(classes, "verbs", where), nouns=_classes(classes, "nouns", where),
        class_tags=invert(book.mapping("class_tags"), where), word_tags=invert(book.mapping("word_tags"), where),
        light=tuple(light), states=states, lemmas=word_book("lemmas", language).texts("irregular"),
        weapons={word: found[0] for word, found in invert(kinds, str(weapons.path)).items()}, weapon_order=tuple(kinds),
        whole_kinds=weapons.words("whole_phrase_kinds") & frozenset(kinds) | {""}, of=word_book("time", language).words(
            "reference_of"), measures=frozenset().union(*map(word_book("arguments", language).words, MEASURES)),
        vague=word_book("quantities", language).words("vague_counts") | set(load_number_words().vague_plurals))
