"""Memo: answers kept by key, each worked out once; a limited memo begins afresh past its limit."""

from __future__ import annotations

from frontwatch.memo import Memo


def test_an_answer_is_worked_out_once_per_key():
    asked: list[str] = []
    memo: Memo[str, int] = Memo()
    for key in ("Gao", "Kidal", "Gao", "Gao"):
        memo.get_or(key, lambda k=key: asked.append(k) or len(k))  # type: ignore[func-returns-value]
    assert asked == ["Gao", "Kidal"] and memo == {"Gao": 3, "Kidal": 5}


def test_a_falsy_answer_is_kept_too():
    asked: list[str] = []
    memo: Memo[str, bool | None] = Memo()
    for _ in range(3):
        memo.get_or("nowhere", lambda: asked.append("nowhere"))  # type: ignore[func-returns-value]
    assert asked == ["nowhere"]


def test_a_limited_memo_begins_afresh_past_its_limit():
    memo: Memo[int, int] = Memo(limit=2)
    for key in range(4):
        memo.get_or(key, lambda k=key: k * k)
    assert memo == {3: 9}
