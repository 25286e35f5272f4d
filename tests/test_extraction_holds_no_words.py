"""The extraction package holds mechanisms, not words (issue 18): every string written in its Python, outside
docstrings, annotations and error messages, is a name the language pack, the frame table or the taxonomy defines,
a spaCy or data-model token, or listed with its reason in tests/data/extraction_strings.yaml."""

from __future__ import annotations

import ast
import dataclasses
import enum
import inspect
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
import spacy.attrs
import spacy.glossary
import spacy.schemas
import yaml
from spacy.tokens import Doc, Span, Token

from frontwatch import model, taxonomy
from frontwatch.extract.table import TABLE_FILE
from frontwatch.language import SETTINGS_FILE, pack_dir
from frontwatch.reading import model as reading_model
from frontwatch.resolve.actors import ActorRegistry

SOURCE = Path(__file__).parents[1] / "src" / "frontwatch"
PACKAGE = sorted([*(SOURCE / "extract").glob("*.py"), *(SOURCE / "reading").glob("*.py")])
ALLOWED_FILE = Path(__file__).parent / "data" / "extraction_strings.yaml"
_ESCAPES = re.compile(r"\\[A-Za-z]")  # a regular expression's \d, \s, \w: no word


def _docstrings(tree: ast.AST) -> Iterator[ast.AST]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                yield first.value


def _memo(node: ast.AST) -> bool:
    """Whether a node is a Doc's user_data (where a reader keeps what it read once, by a key of its own)."""
    return isinstance(node, ast.Attribute) and node.attr == "user_data"


def _exempt(tree: ast.AST) -> set[int]:
    """Nodes whose strings say nothing the extractor reads: docstrings, annotations, what a raise says, the names
    `__all__` exports and `getattr` reads, and the keys of a Doc's user_data."""
    roots: list[ast.AST] = [*_docstrings(tree)]
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and node.exc is not None:
            roots.append(node.exc)
        elif isinstance(node, ast.AnnAssign | ast.arg) and node.annotation is not None:
            roots.append(node.annotation)
        elif isinstance(node, ast.FunctionDef) and node.returns is not None:
            roots.append(node.returns)
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            roots.append(node.value)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "getattr":
            roots.extend(node.args[1:2])
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and _memo(node.func.value):
            roots.extend(node.args[:1])
        elif isinstance(node, ast.Subscript) and _memo(node.value):
            roots.append(node.slice)
    return {id(n) for root in roots for n in ast.walk(root)}


def strings_in(source: str) -> list[tuple[int, str]]:
    """Every string constant and f-string literal part of a module, with its line, outside the exempt places."""
    tree = ast.parse(source)
    exempt = _exempt(tree)
    return sorted((node.lineno, node.value) for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in exempt)


def _names(data: object) -> Iterator[str]:
    """The names a pack file defines: the keys of its mappings (its roles, classes, the words a word mapping maps)
    and the one-word values a mapping gives (the kinds words map to); never the words of a word list, nor a
    phrase the pack holds (a note the extractor writes is its key in Python, not its text)."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield str(key)
            if isinstance(value, str) and re.fullmatch(r"[\w-]+", value):
                yield value
            yield from _names(value)
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, dict | list):
                yield from _names(item)


def _scalars(data: object) -> Iterator[str]:
    if isinstance(data, dict):
        yield from map(str, data)
    if isinstance(data, dict | list):
        for value in data.values() if isinstance(data, dict) else data:
            yield from _scalars(value)
    elif isinstance(data, str):
        yield data


def _read(path: Path) -> object:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@cache
def data_names() -> frozenset[str]:
    """Every name the language pack defines (its files, their roles, the kinds words map to), every name the
    frame table, the extraction settings and the taxonomy hold (classes, kinds, moods, codes, numbers: they list no
    words of the text), and the kinds of actor the actor registry gives."""
    pack = [*pack_dir().rglob("*.yaml")]
    tables = [TABLE_FILE, Path(inspect.getfile(taxonomy)).parent / "data" / "acled_taxonomy.yaml", SETTINGS_FILE]
    folders = {part for path in pack for part in path.relative_to(pack_dir().parent).parent.parts}
    files = {name for path in pack_dir().parent.iterdir() for name in (path.name, path.stem)}
    return frozenset({*(n for f in pack for n in _names(_read(f))), *(p.stem for p in pack), *folders, *files,
                      pack_dir().parent.name, *(n for f in tables for n in _scalars(_read(f))), *_actor_kinds()})


def _actor_kinds() -> Iterator[str]:
    registry = ActorRegistry.load([])
    yield from (actor.kind for actor in registry.actors.values())
    yield from (rule.kind for rule in registry.generic_rules)


def _model_names() -> Iterator[str]:
    for module in (model, reading_model):
        for _, kind in inspect.getmembers(module, inspect.isclass):
            if dataclasses.is_dataclass(kind):  # its fields and the values they default to
                for f in dataclasses.fields(kind):
                    yield from (f.name, *([f.default] if isinstance(f.default, str) else []))
            elif issubclass(kind, enum.Enum):
                yield from (str(member.value) for member in kind)
            yield from getattr(kind, "model_fields", {})


@cache
def technical_tokens() -> frozenset[str]:
    """spaCy's labels, token attributes and pattern keys, and the field names and values of the project's model."""
    pattern_keys = {f.upper() for f in spacy.schemas.TokenPatternString.model_fields}
    dependency_keys = {"RIGHT_ID", "RIGHT_ATTRS", "LEFT_ID", "REL_OP"}
    attributes = {a for kind in (Token, Span, Doc) for a in dir(kind) if not a.startswith("_")}
    return frozenset({*spacy.glossary.GLOSSARY, *spacy.attrs.IDS, *pattern_keys, *dependency_keys, *attributes,
                      *_model_names()})


@cache
def allowed() -> dict[str, str]:
    """The allowlist: a string the extractor may write, and why it is no word of the language."""
    return {str(k): str(v) for k, v in yaml.safe_load(ALLOWED_FILE.read_text(encoding="utf-8")).items()}


@cache
def code_names() -> frozenset[str]:
    """The identifiers the project's code names (functions, classes, variables, parameters, attributes) that no
    English word could be: with an underscore or a capital ("actor_files", "frame_class", "_Fact")."""
    names = set()
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names.update(getattr(node, field) for field in ("id", "attr", "arg", "name") if isinstance(
                getattr(node, field, None), str))
    return frozenset(n for n in names if "_" in n or not n.islower())


def wordless(text: str) -> bool:
    """Whether a string holds no letter (punctuation, a regular expression of escapes and digits)."""
    return not re.search(r"[^\W\d_]", _ESCAPES.sub("", text))


def unexplained(source: str) -> list[tuple[int, str]]:
    """The strings of a module that are neither a defined name, a technical token, wordless nor allowed."""
    return [(line, text) for line, text in strings_in(source) if not (
        wordless(text) or text in data_names() or text in technical_tokens() or text in code_names()
        or text in allowed())]


@pytest.mark.parametrize("path", PACKAGE, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_string_in_the_extraction_package_is_a_name_the_data_defines(path: Path):
    assert unexplained(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(("snippet", "found"), [
    ('HEDGES = {"reportedly", "allegedly"}\n', ["reportedly", "allegedly"]),  # a word list
    ('if place.name == "Kidal":\n    pass\n', ["Kidal"]),  # a place
    ('SIDES = ("insurgents", "jihadists")\n', ["insurgents", "jihadists"]),  # actor nouns
    ('when = f"after {day}"\n', ["after "]),  # a word in an f-string
    ('ENDING = "\'s"\n', ["'s"]),  # a possessive ending
    ('TOLL = "a toll told without a doer"\n', ["a toll told without a doer"]),  # a note the pack holds, copied
    ('TOLL = word_book("notes").texts("events")["toll"]\n', []),  # the same note asked for by its key
    ('if code == "NOT_A_LABEL":\n    pass\n', ["NOT_A_LABEL"]),  # a label the taxonomy does not define
    ('HEDGES = word_book("attribution").phrases("soft_hedges")\n', []),  # a role of the pack
    ('if token.dep_ in {"nsubj", "nsubjpass"} and token.ent_type_ == "GPE":\n    pass\n', []),  # spaCy's labels
    ('def f(x: "str | None") -> None:\n    """Says "which words" in prose."""\n', []),  # annotation, docstring
    ('raise RegistryError(f"{path}: no entry {key!r}; add it")\n', []),  # an error message
    ('PATTERN = re.compile(r"^\\d{1,4}[-/.]\\d{1,2}$")\n', []),  # no word
])
def test_a_word_written_into_python_is_found(snippet: str, found: list[str]):
    """A word list, a place, an actor noun or a label written into Python fails the test above; a key does not."""
    assert sorted(text for _, text in unexplained(snippet)) == sorted(found)


def test_every_allowed_string_gives_a_reason_is_still_written_and_is_defined_nowhere_else():
    """An allowed string the extractor no longer writes, or that the data, spaCy or the code now defines (a mood the
    frame table lists), is a stale entry."""
    written = {text for path in PACKAGE for _, text in strings_in(path.read_text(encoding="utf-8"))}
    assert all(len(reason.split()) >= 3 for reason in allowed().values())
    assert set(allowed()) <= written
    assert [text for text in allowed() if text in data_names() | technical_tokens() | code_names()] == []
