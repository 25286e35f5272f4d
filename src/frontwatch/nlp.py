"""The spaCy stage: one English pipeline, loaded once per process and model name.

Texts longer than spaCy's `max_length` are parsed in sentence-aligned chunks (split at
paragraph breaks, then line breaks, then sentence ends, then spaces) through `nlp.pipe`,
and the chunks joined into one Doc with `Doc.from_docs`, so every token's character offset
stays relative to the whole text. Memory then grows with the chunk, not the document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any, cast

import spacy
from spacy.attrs import DEP, IDX, IS_SPACE, LENGTH, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from frontwatch.errors import FrontwatchError
from frontwatch.language import word_book
from frontwatch.reading.lexicon import load_lexicon
from frontwatch.resolve.geo_spans import dateline_spans
from frontwatch.sections import chunks

LINE_BREAKS, PREFIXED, PARTICIPLES = "frontwatch_line_breaks", "frontwatch_prefixed", "frontwatch_participles"
PERFECT = "perfect"  # the word tag of a perfect's auxiliary (predicates.yaml `word_tags`)
# a word written with a prefix and a hyphen ("re-captured"): one word, its lemma closed up ("recapture")
_PREFIXES = "|".join(map(re.escape, sorted(word_book("lemmas").words("hyphen_prefixes"))))
_PREFIXED = re.compile(rf"(?i)^(?:{_PREFIXES})-[a-z]+$")
CHUNK_CHARS = 50_000  # a long text is parsed in pieces of at most this many characters
# Where a piece may end, best first: a blank line, a line break, a sentence end, any space.
@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break (headlines and captions stand alone) and after a dateline."""
    text, datelines = doc.text, dateline_spans(doc.text)
    inside = [range(start + 1, end) for start, end in datelines.items()]  # no sentence starts within one
    ends = set(datelines.values())
    # a word's offset, length and whether it is white space, read as one table (a Token built per word costs more)
    for i, (start, length, space) in enumerate(doc.to_array([IDX, LENGTH, IS_SPACE]).tolist()[:-1], start=1):
        if space and "\n" in text[start:start + length] or start + length in ends:
            doc[i].is_sent_start = True
            if i + 1 < len(doc) and doc[i].like_num and doc[i].is_alpha:  # "Twelve soldiers were killed ...": a
                doc[i + 1].is_sent_start = False  # count opening a sentence is no sentence of its own
        elif any(start + length in span for span in inside):
            doc[i].is_sent_start = False
    return doc


@Language.factory(PREFIXED)
def prefixed(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """A component giving a word written with a prefix and a hyphen the prefix and its word's lemma ("re-captured":
    "recapture", "re-took": "retake")."""
    lemmatizer = cast(Lemmatizer, nlp.get_pipe("lemmatizer"))

    def close_up(doc: Doc) -> Doc:
        for token in doc:
            if "-" in token.text and _PREFIXED.match(token.text) and token.pos_:
                prefix, word = token.lower_.split("-", 1)
                token.lemma_ = prefix + lemmatizer.rule_lemmatize(Doc(doc.vocab, words=[word], pos=[token.pos_])[0])[0]
        return doc
    return close_up


@Language.component(PARTICIPLES)
def participles(doc: Doc) -> Doc:
    """A verb's participle the parser took for a noun is a verb: a noun it gave an auxiliary and an object ("they had
    overrun X"), and one heading a relative clause whose pronoun is its object ("X, which Islamic State overran"; the
    name it compounded onto that verb is its subject); a modifier of the name after it, with a perfect auxiliary
    (predicates.yaml `perfect`) before it, heads the clause, the name its object ("fighters had overrun Kismayo", not
    "had an overrun Kismayo" nor the name its root); and a participle takes the subject and adjuncts the parser hung on
    its perfect auxiliary ("by noon X had overrun Y")."""
    lexicon = load_lexicon()

    def perfect(aux: Token) -> bool:
        return PERFECT in lexicon.word_tags.get(lexicon.lemma(aux), ())

    for token in doc:
        deps = {c.dep_ for c in token.children}
        relative = token.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"} for c in token.children)
        if token.pos_ == "NOUN" and ({"aux", "dobj"} <= deps or relative):
            token.tag_, token.pos_ = "VBN" if "aux" in deps else "VBD", "VERB"
        named = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if relative and named and "nsubj" not in deps:
            named[-1].dep_ = "nsubj"
    for token in doc:
        if token.lower_ not in lexicon.verbs:
            continue
        noun = token.head
        if token.dep_ == "compound" and noun.pos_ == "PROPN" and (
                (aux := noun.head if noun.dep_ == "dobj" and perfect(noun.head) else None) is not None or
                (aux := next((c for c in token.children if c.dep_ == "aux" and perfect(c)), None)) is not None):
            top = aux if aux.i == noun.head.i else noun
            token.head, token.dep_ = token if top.dep_ == "ROOT" else top.head, top.dep_
            token.pos_, token.tag_ = "VERB", "VBN"
            noun.head, noun.dep_, aux.head, aux.dep_ = token, "dobj", token, "aux"
        elif token.tag_ != "VBN" or (aux := next((c for c in token.children if c.dep_ == "aux" and perfect(c)),
                                                 None)) is None:
            continue
        for child in [c for c in aux.children if c.i != token.i]:
            child.head = token
    return doc


@lru_cache(maxsize=4)
def load_pipeline(model_name: str) -> Language:
    """The installed spaCy pipeline `model_name`, splitting at line breaks, loaded once and shared."""
    return new_pipeline(model_name)


def new_pipeline(model_name: str, *, indexed_rules: bool = False) -> Language:
    """A fresh copy of the installed spaCy pipeline `model_name` (never downloads), splitting at line breaks; with
    `indexed_rules` its attribute ruler finds its matches through IndexedRules (the same matches; benchmarks' bare
    spaCy keeps spaCy's own)."""
    try:
        nlp = spacy.load(model_name)
    except OSError as exc:
        raise FrontwatchError(
            f"spaCy model {model_name!r} is not installed: run the README's set-up command"
        ) from exc
    cast(Tokenizer, nlp.tokenizer).token_match = _PREFIXED.match  # "re-captured": one word (the model sets none)
    nlp.add_pipe(LINE_BREAKS, before="parser")
    nlp.add_pipe(PREFIXED, after="lemmatizer")
    nlp.add_pipe(PARTICIPLES, after=PREFIXED)
    if indexed_rules and isinstance(ruler := dict(nlp.pipeline).get("attribute_ruler"), AttributeRuler):
        ruler.match = IndexedRules(ruler)  # type: ignore[method-assign]
    return nlp


def dictionary_words(nlp: Language) -> frozenset[str]:
    """The common words of the pipeline's language (its lemmatizer's index), lower case; empty without one."""
    lookups = cast(Lemmatizer, nlp.get_pipe("lemmatizer")).lookups if "lemmatizer" in nlp.pipe_names else None
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(word for words in lookups.get_table("lemma_index").values() for word in words)


class IndexedRules:
    """The matches of an AttributeRuler's rules, the same as its Matcher finds, in less time: a rule of one token that
    tests only its lower-case form, tag, dependency label or being a space, by value, is looked up by one value it
    needs; the Matcher tries every rule at every token (the model's 179 rules: ~8 % of the model's CPU) and here runs
    only the others."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        self.strings, self.rest = strings, Matcher(ruler.vocab, validate=False)
        self.index: list[dict[int, list[tuple[int, int, list[Test]]]]] = [{} for _ in _COLUMNS]
        for rule, entry in enumerate(ruler.patterns):
            patterns = cast(list[list[dict[str, Any]]], entry["patterns"])
            tests = [_one_token_tests(pattern, strings) for pattern in patterns]
            if any(not found or not found[0][2] for found in tests):  # not one token, or nothing required: Matcher
                self.rest.add(str(rule), patterns)
                continue
            for (column, values, _), *others in cast(list[list[Test]], tests):
                for value in values:
                    self.index[column].setdefault(value, []).append((rule, strings[str(rule)], others))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(rule, its string id, start, end) of every match, sorted (later rules override earlier ones)."""
        found = {(int(self.strings[key]), key, start, end)
                 for key, start, end in cast(list[tuple[int, int, int]], self.rest(doc, allow_missing=True))}
        known: dict[tuple[int, ...], list[tuple[int, int]]] = {}  # a row of values -> its rules (rows recur)
        for i, row in enumerate(map(tuple, doc.to_array(list(_COLUMNS.values())).tolist())):
            if (rules := known.get(row)) is None:
                rules = known[row] = self._rules_of(row)
            found.update((rule, key, i, i + 1) for rule, key in rules)
        return sorted(found)

    def _rules_of(self, row: tuple[int, ...]) -> list[tuple[int, int]]:
        """(rule, its string id) of every indexed rule a token with these values of _COLUMNS passes."""
        return [(rule, key) for index, value in zip(self.index, row, strict=True) for rule, key, others in
                index.get(value, ()) if all((row[column] in values) == required for column, values, required in others)]


Test = tuple[int, frozenset[int], bool]  # (column, values, required: in them; else not in them)
_COLUMNS = {"LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}


def _one_token_tests(pattern: list[dict[str, Any]], strings) -> list[Test]:
    """The tests of a pattern of one token on the attributes of _COLUMNS by value, a required one first; [] for any
    other pattern."""
    if len(pattern) != 1 or set(pattern[0]) - set(_COLUMNS):
        return []
    tests = []
    for name, value in pattern[0].items():
        if isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"}:
            [(operator, values)] = value.items()
        elif isinstance(value, bool | str):
            operator, values = "IN", [value]
        else:
            return []
        found = frozenset(int(v) if isinstance(v, bool) else strings.add(v) for v in values)
        tests.append((list(_COLUMNS).index(name), found, operator == "IN"))
    return sorted(tests, key=lambda test: not test[2])


def parse(nlp: Language, text: str, chunk_chars: int = CHUNK_CHARS) -> Doc:
    """The Doc of a text of any length: one call for a short text, sentence-aligned chunks for a long one."""
    if len(text) <= min(chunk_chars, nlp.max_length):
        return nlp(text)
    return join_chunks(list(nlp.pipe(chunks(text, min(chunk_chars, nlp.max_length)))), text)


def parse_many(nlp: Language, texts: Iterable[str], batch_size: int = 32,
               chunk_chars: int = CHUNK_CHARS) -> Iterator[Doc]:
    """The Docs of many texts, short ones batched through `nlp.pipe`, long ones in chunks (order kept)."""
    limit = min(chunk_chars, nlp.max_length)
    batch: list[str] = []
    for text in texts:
        if len(text) <= limit:
            batch.append(text)
            if len(batch) >= batch_size:
                yield from nlp.pipe(batch, batch_size=batch_size)
                batch = []
            continue
        yield from nlp.pipe(batch, batch_size=batch_size)
        batch = []
        yield parse(nlp, text, chunk_chars)
    yield from nlp.pipe(batch, batch_size=batch_size)


def join_chunks(docs: list[Doc], text: str) -> Doc:
    """One Doc from the Docs of consecutive pieces of `text`; offsets are those of the whole text."""
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # a piece ending inside a token would shift offsets: never expected, checked anyway
        raise FrontwatchError("internal error: chunked parse does not reproduce the text")
    return doc
