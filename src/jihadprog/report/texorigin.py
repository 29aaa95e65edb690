"""Trace a line of generated LaTeX back to the corpus file and line its text came from.

A TeX failure names a line of the generated ``.tex``; a user needs the YAML line to fix. The
readable words of that TeX line are looked up in the corpus texts (whitespace folded, YAML
folding undone), longest run of words first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from jihadprog.corpus import Corpus

_COMMAND = re.compile(r"\\[A-Za-z]+\*?(?:\[[^\]]*\])?|\\.|[{}&~$^_#%]")
_WORDS = re.compile(r"[^\W\d_][\w’'.,:;()-]*", re.UNICODE)
_MIN_WORDS = 3

Locator = Callable[[str], str | None]


def readable(tex: str) -> str:
    """The text a reader would see on a LaTeX line: commands and braces dropped."""
    return " ".join(_COMMAND.sub(" ", tex).split())


def locator(corpus: Corpus) -> Locator:
    """A function from a generated LaTeX line to 'file:line' in the corpus, or None."""
    documents = [(doc.name, doc.text) for doc in corpus.documents if doc.text]

    def locate(tex_line: str) -> str | None:
        words = _WORDS.findall(readable(tex_line))
        for size in range(min(len(words), 8), _MIN_WORDS - 1, -1):
            for start in range(len(words) - size + 1):
                found = _find(documents, words[start : start + size])
                if found:
                    return found
        return None

    return locate


def _find(documents: Iterable[tuple[str, str]], words: list[str]) -> str | None:
    pattern = re.compile(r"\s+(?:#[^\n]*\n\s*)?".join(re.escape(w) for w in words))
    for name, text in documents:
        match = pattern.search(text)
        if match:
            return f"{name}:{text.count(chr(10), 0, match.start()) + 1}"
    return None
