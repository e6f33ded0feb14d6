"""Pinyin of Chinese names, derived once and stored: full (zhang wei) and initials (zw)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pypinyin import Style, lazy_pinyin

# Surnames whose reading differs from the character's most common reading.
_SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "查": "zha", "仇": "qiu", "区": "ou",
    "朴": "piao", "繁": "po", "覃": "qin", "翟": "zhai", "长孙": "zhang sun",
    "尉迟": "yu chi", "万俟": "mo qi", "乐": "yue", "盖": "ge", "缪": "miao",
    "秘": "bi", "员": "yun", "种": "chong", "尉": "wei", "藏": "zang", "黑": "he",
    "冼": "xian", "牟": "mou", "召": "shao", "宿": "su", "任": "ren", "华": "hua",
}  # fmt: skip

_LETTERS = re.compile(r"[^a-z0-9]")


@dataclass(frozen=True)
class NamePinyin:
    full: str  # "zhang wei"
    compact: str  # "zhangwei": what the search index holds
    initials: str  # "zw"


def _syllables(name: str) -> list[str]:
    for surname in sorted(_SURNAME_READINGS, key=len, reverse=True):
        if name.startswith(surname):
            head = _SURNAME_READINGS[surname].split()
            return head + lazy_pinyin(name[len(surname) :], style=Style.NORMAL, errors="default")
    return lazy_pinyin(name, style=Style.NORMAL, errors="default")


def name_pinyin(name: str) -> NamePinyin:
    words: list[str] = []
    for chunk in _syllables(name.strip()):
        # Non-Chinese runs come back whole ("Li Lei", "ABC公司"): split on spaces.
        words.extend(w for w in (_LETTERS.sub("", part.lower()) for part in chunk.split()) if w)
    return NamePinyin(
        full=" ".join(words),
        compact="".join(words),
        initials="".join(w[0] for w in words),
    )


def search_key(text: str) -> str:
    """Lower-case letters and digits only: how a typed pinyin or English name is compared."""
    return _LETTERS.sub("", text.lower())
