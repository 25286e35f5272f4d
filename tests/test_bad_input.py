"""ingest: each bad input yields one InputError naming the file and the problem; the batch goes on."""

from __future__ import annotations

import gzip
import io
import json
import resource
import sys
import time
from pathlib import Path

import pytest

from frontwatch.errors import InputError
from frontwatch.ingest import SkippedInput, read_documents
from frontwatch.model import Document

GOOD = "Troops entered the town of Alpha on Monday, officials said."

RSS_ITEM = "<item><title>Alpha falls</title><description>{body}</description></item>"


def rss(body: str = "Rebels took Alpha.", doctype: str = "") -> str:
    return (
        f'<?xml version="1.0"?>\n{doctype}<rss version="2.0"><channel><title>W</title>'
        f"{RSS_ITEM.format(body=body)}</channel></rss>"
    )


BILLION_LAUGHS = rss(
    body="&lol9;",
    doctype="<!DOCTYPE rss [<!ENTITY lol \"lol\">"
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + ("" if i == 1 else str(i - 1)) + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>\n",
)

BAD_INPUTS: dict[str, tuple[str, bytes, str]] = {
    # id: (file name, content, words the problem must contain)
    "empty": ("empty.txt", b"", "empty"),
    "whitespace": ("blank.md", b"  \n\t\n  ", "empty"),
    "utf16-whitespace": ("blank16.txt", "   \n ".encode("utf-16"), "empty"),
    "nul-bytes": ("nul.txt", b"Some text\x00\x00\x01 more", "binary"),
    "controls": ("ctl.txt", bytes(range(1, 9)) * 50, "binary"),
    "pdf": ("paper.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    "invalid-utf8": ("latin.txt", "Caf\u00e9 in K\u00f6ln was shelled.".encode("cp1252"), "invalid UTF-8"),
    "front-matter-only": ("head.txt", b"Title: Nothing\nPublished: 2015-01-01\n\n\n", "no text after the front matter"),
    "bad-published": ("date.txt", b"Published: 18/05/2015\n\nBody text.", "'18/05/2015'"),
    "impossible-published": ("date2.txt", b"Published: 2015-02-30\n\nBody text.", "'2015-02-30'"),
    "html-no-text": ("nav.html", b"<html><head><script>var x=1;</script></head><body></body></html>",
                     "no extractable text"),
    "feed-malformed": ("broken.rss", b"<rss><channel><title>x</title><item><title>unclosed", "malformed feed"),
    "feed-empty-channel": ("none.xml",
                           b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
                           "no entries"),
    "feed-not-xml": ("junk.atom", b"this is not a feed at all", "malformed feed"),
    "billion-laughs": ("laughs.xml", BILLION_LAUGHS.encode(), "entit"),
    "external-entity": (
        "xxe.rss",
        rss(body="&xxe;", doctype='<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n').encode(),
        "external XML entities",
    ),
    "gzip-truncated": ("cut.txt.gz", gzip.compress(GOOD.encode() * 50)[:-30], "truncated gzip"),
    "gzip-corrupt": ("bad.txt.gz", gzip.compress(GOOD.encode())[:10] + b"\xff" * 40, "corrupt gzip"),
    "gzip-bad-crc": ("crc.txt.gz",
                     gzip.compress(GOOD.encode())[:-8] + b"\0\0\0\0" + gzip.compress(GOOD.encode())[-4:],
                     "corrupt gzip"),
    "gz-not-gzip": ("plain.txt.gz", GOOD.encode(), "not a gzip file"),
    "jsonl-not-json": ("gold.jsonl", b"{not json}\n", "line 1 is not valid JSON"),
    "jsonl-no-text": ("gold2.jsonl", b'\n{"id": "a", "title": "no text"}\n', "line 2 lacks"),
    "jsonl-not-object": ("gold3.jsonl", b"[1, 2]\n", "not a JSON object"),
    "jsonl-bad-date": ("gold4.jsonl", b'{"text": "x", "published": "May 2015"}\n', "'May 2015'"),
    "unknown-extension": ("sheet.csv", b"a,b\n1,2\n", "unsupported file type '.csv'"),
    "truncated-atom": ("cut.atom", b'<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><entry><title>Dam '
                       b'hit</title><content type="text">Artillery struck the dam before', "it ends mid-element"),
}

# Inputs read with something dropped or coerced: the document is kept, with one warning line saying what.
WARNED_INPUTS: dict[str, tuple[str, bytes, str]] = {
    # id: (file name, content, the warning after the file name)
    "jsonl-source-object": ("w.jsonl", b'{"text": "Rebels left the port.", "source": {"name": "Desk"}}\n',
                            "#1: field 'source' is an object, not a string; dropped"),
    "jsonl-url-boolean": ("u.jsonl", b'{"text": "Police closed the road.", "url": true}\n',
                          "#1: field 'url' is a boolean, not a string; dropped"),
    "rss-bad-pubdate": ("f.rss", b'<rss version="2.0"><channel><title>D</title><item><title>Port shelled</title>'
                        b"<pubDate>Tuesday-ish</pubDate></item></channel></rss>",
                        "#1: date 'Tuesday-ish' does not parse; publication date left empty"),
    "feed-not-well-formed": ("nbsp.rss", b'<rss version="2.0"><channel><title>D</title><item><title>A&nbsp;B'
                             b"</title><description>Body text.</description></item></channel></rss>",
                             ": feed is not well-formed (line 2, column 58: undefined entity); read by the lenient "
                             "parser"),
}


def run(paths: list[Path | str], **kwargs: object) -> list[Document | InputError]:
    return list(read_documents(paths, **kwargs))  # type: ignore[arg-type]


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_yields_error_naming_file_and_problem_then_batch_goes_on(
    tmp_path: Path, case: str
) -> None:
    name, content, problem = BAD_INPUTS[case]
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "zz-good.txt"
    good.write_text(GOOD, encoding="utf-8")
    items = run([bad, good])
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1, items
    message = str(errors[0])
    assert name in message and problem in message, message
    assert "\n" not in message
    assert isinstance(items[-1], Document) and items[-1].text == GOOD


@pytest.mark.parametrize("case", sorted(WARNED_INPUTS))
def test_dropped_or_coerced_input_is_kept_with_a_one_line_warning(tmp_path: Path, case: str) -> None:
    name, content, warning = WARNED_INPUTS[case]
    path = tmp_path / name
    path.write_bytes(content)
    [document] = run([path])
    assert isinstance(document, Document)
    assert document.warnings == (f"{path}{warning}",)


def test_missing_file_is_reported_and_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    first, second = run([tmp_path / "absent.txt", good])
    assert isinstance(first, InputError)
    assert "absent.txt" in str(first) and "no such file" in str(first)
    assert isinstance(second, Document)


def test_folder_with_bad_file_yields_error_between_good_documents(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First report.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "c.txt").write_text("Third report.", encoding="utf-8")
    kinds = [type(i).__name__ for i in run([tmp_path])]
    assert kinds == ["Document", "InputError", "Document"]


def test_empty_folder_is_reported_and_so_is_the_picture_in_it(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    error, skipped = run([tmp_path])
    assert isinstance(error, InputError) and "no report files" in str(error)
    assert isinstance(skipped, SkippedInput)
    assert skipped.line() == f"{tmp_path / 'image.png'}: unsupported file type '.png', not read " \
                             "(known: .atom, .htm, .html, .jsonl, .md, .rss, .text, .txt, .xml, no extension, " \
                             "and any of these + .gz)"


def test_bad_jsonl_line_does_not_stop_the_other_lines(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "One."}) + "\n{oops\n" + json.dumps({"id": "c", "text": "Three."}),
        encoding="utf-8",
    )
    items = run([path])
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document"]
    assert items[1].origin == f"{path}#2"  # type: ignore[union-attr]


def test_feed_entry_without_title_or_text_is_reported_alone(tmp_path: Path) -> None:
    path = tmp_path / "w.rss"
    path.write_text(
        '<rss version="2.0"><channel><title>W</title><item><link>https://x/1</link></item>'
        "<item><title>Beta shelled</title></item></channel></rss>",
        encoding="utf-8",
    )
    first, second = run([path])
    assert isinstance(first, InputError) and f"{path}#1" in str(first)
    assert isinstance(second, Document) and second.text == "Beta shelled"


def test_billion_laughs_never_expands(tmp_path: Path) -> None:
    path = tmp_path / "laughs.rss"
    path.write_text(BILLION_LAUGHS, encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    items = run([path])
    assert time.perf_counter() - start < 2
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100_000  # KiB
    assert all(isinstance(i, InputError) or "lollol" not in i.text for i in items)


def test_simple_internal_entity_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "ok.rss"
    path.write_text(
        rss(body="Fighting in &town;.", doctype='<!DOCTYPE rss [<!ENTITY town "Alpha">]>\n'),
        encoding="utf-8",
    )
    [doc] = run([path])
    assert isinstance(doc, Document) and doc.text.startswith("Alpha falls")


def test_fifty_megabyte_file_is_refused_by_size_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    big.write_bytes(b"a " * 25_000_000)
    start = time.perf_counter()
    [error] = run([big])
    assert time.perf_counter() - start < 0.5
    assert isinstance(error, InputError)
    assert "huge.txt" in str(error) and "too large" in str(error) and "50.0 MB" in str(error)


def test_max_bytes_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(GOOD, encoding="utf-8")
    [error] = run([path], max_bytes=10)
    assert isinstance(error, InputError) and "too large" in str(error)
    [doc] = run([path], max_bytes=len(GOOD))
    assert isinstance(doc, Document)


def test_decompression_bomb_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 5_000_000, compresslevel=9))
    assert bomb.stat().st_size < 20_000
    [error] = run([bomb], max_bytes=1_000_000)
    assert isinstance(error, InputError)
    assert "bomb.txt.gz" in str(error) and "decompression bomb" in str(error)


def test_oversized_stdin_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 200), encoding="utf-8"))
    [error] = run(["-"], max_bytes=100)
    assert isinstance(error, InputError) and "<stdin>" in str(error) and "too large" in str(error)


def test_empty_stdin_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    [error] = run(["-"])
    assert isinstance(error, InputError) and "<stdin>" in str(error) and "empty" in str(error)


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    try:
        if path.open("rb"):  # running as root: permissions do not apply
            pytest.skip("file permissions are not enforced for this user")
    except PermissionError:
        pass
    try:
        [error] = run([path])
        assert isinstance(error, InputError) and "locked.txt" in str(error) and "cannot read" in str(error)
    finally:
        path.chmod(0o644)
