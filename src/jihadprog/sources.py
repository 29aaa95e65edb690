"""Citations of official publications in the forms the corpus uses: Kamerstukken, Stb., Stcrt.

Pure functions, shared by the lint (is a citation well-formed?) and the reports (link a citation
to its document). The canonical forms follow the Aanwijzingen voor de regelgeving:

- ``Kamerstuk 29 754, nr. 308`` (dossier with a space after two digits);
- ``Kamerstukken II 2014/15, 29 754, nr. 308`` (chamber and parliamentary year);
- ``Kamerstuk 34 314, A`` (an Eerste Kamer paper, lettered);
- ``Stb. 2017, 52`` and ``Stcrt. 2017, 13023``.

A citation may carry a tail, ``, p. 4`` or `` (bijlage 1)``, which is kept verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["kamerstuk", "staatsblad", "staatscourant"]

_NUMBER = r"[1-9][0-9]*"
_DOSSIER = rf"[1-9][0-9] [0-9]{{3}}(?: \(R{_NUMBER}\)| [IVXLC]+)?"
# a Tweede Kamer paper has a number ("nr. 308"), an Eerste Kamer paper a letter ("A", "C")
_PAPER = rf"(?:nr\. (?P<number>{_NUMBER})|(?P<letter>[A-Z]{{1,3}}))"
_TAIL = r"(?P<tail>, \S.*| \(\S.*\))?"
_CANONICAL = {
    "kamerstuk": re.compile(rf"^Kamerstuk (?P<dossier>{_DOSSIER}), {_PAPER}{_TAIL}$", re.DOTALL),
    "kamerstukken": re.compile(
        rf"^Kamerstukken (?P<chamber>I|II) (?P<year>[0-9]{{4}})/(?P<next>[0-9]{{2}}), "
        rf"(?P<dossier>{_DOSSIER}), {_PAPER}{_TAIL}$",
        re.DOTALL,
    ),
    "staatsblad": re.compile(
        rf"^Stb\. (?P<year>[0-9]{{4}}), (?P<number>{_NUMBER}){_TAIL}$", re.DOTALL
    ),
    "staatscourant": re.compile(
        rf"^Stcrt\. (?P<year>[0-9]{{4}}), (?P<number>{_NUMBER}){_TAIL}$", re.DOTALL
    ),
}
_CLAIM = re.compile(r"^\s*(?:kamerstuk(?:ken)?|stb|staatsblad|stcrt|staatscourant)\b", re.I)
_LOOSE_KAMERSTUK = re.compile(
    r"^\s*kamerstuk(?:ken)?\b[\s.,:]*"
    r"(?:(?P<chamber>I{1,2})\s+(?P<year>[0-9]{4})\s*[/-]\s*(?:[0-9]{2}|[0-9]{4})\s*,?\s*)?"
    r"(?P<d1>[0-9]{2})[\s.]?(?P<d2>[0-9]{3})(?P<suffix>\s*\(R[0-9]+\)|(?-i:\s+[IVXLC]+))?\s*[,.]?\s*"
    r"(?:nr|nummer|no)\.?\s*(?P<number>[0-9]+)(?P<rest>.*)$",
    re.I | re.DOTALL,
)
_LOOSE_GAZETTE = re.compile(
    r"^\s*(?P<kind>stb|staatsblad|stcrt|staatscourant)\.?\s*(?P<year>[0-9]{4})\s*[,.]?\s*"
    r"(?:nr\.?|nummer)?\s*(?P<number>[0-9]+)(?P<rest>.*)$",
    re.I | re.DOTALL,
)


@dataclass(frozen=True)
class Citation:
    """A parsed citation; ``str()`` gives its canonical form back."""

    kind: Kind
    number: int | str  # an Eerste Kamer paper has a letter instead of a number
    year: int | None = None
    dossier: str | None = None
    chamber: str | None = None
    tail: str = ""

    def __str__(self) -> str:
        if self.kind == "staatsblad":
            core = f"Stb. {self.year}, {self.number}"
        elif self.kind == "staatscourant":
            core = f"Stcrt. {self.year}, {self.number}"
        elif self.chamber is not None and self.year is not None:
            session = f"{self.year}/{(self.year + 1) % 100:02d}"
            core = f"Kamerstukken {self.chamber} {session}, {self.dossier}, {self._paper}"
        else:
            core = f"Kamerstuk {self.dossier}, {self._paper}"
        return core + self.tail

    @property
    def _paper(self) -> str:
        return f"nr. {self.number}" if isinstance(self.number, int) else self.number


def claims_citation(text: str) -> bool:
    """True when ``text`` presents itself as a Kamerstuk, Staatsblad or Staatscourant citation."""
    return bool(_CLAIM.match(text))


def parse_citation(text: str) -> Citation | None:
    """The citation ``text`` states in canonical form, or None if it is not exactly that."""
    for name, pattern in _CANONICAL.items():
        match = pattern.match(text)
        if match is None:
            continue
        tail = match["tail"] or ""
        groups = match.groupdict()
        number: int | str = int(groups["number"]) if groups["number"] else groups["letter"]
        if name == "kamerstuk":
            return Citation("kamerstuk", number, dossier=match["dossier"], tail=tail)
        year = int(match["year"])
        if name == "kamerstukken":
            if int(match["next"]) != (year + 1) % 100:
                return None
            chamber = match["chamber"]
            return Citation("kamerstuk", number, year, match["dossier"], chamber, tail)
        return Citation(
            "staatsblad" if name == "staatsblad" else "staatscourant", number, year, tail=tail
        )
    return None


def suggest_citation(text: str) -> str | None:
    """The canonical form of a sloppily written citation ('Kamerstuk 29754 nr 308'), if clear."""
    if parse_citation(text) is not None:
        return text
    candidate: Citation | None = None
    rest = ""
    loose = _LOOSE_KAMERSTUK.match(text)
    if loose:
        dossier = f"{loose['d1']} {loose['d2']}"
        if loose["suffix"]:
            dossier += " " + loose["suffix"].strip()
        year = int(loose["year"]) if loose["year"] else None
        chamber = loose["chamber"].upper() if loose["chamber"] and year else None
        candidate = Citation("kamerstuk", int(loose["number"]), year, dossier, chamber)
        rest = loose["rest"]
    gazette = _LOOSE_GAZETTE.match(text)
    if gazette and candidate is None:
        blad = gazette["kind"].lower() in ("stb", "staatsblad")
        kind: Kind = "staatsblad" if blad else "staatscourant"
        candidate = Citation(kind, int(gazette["number"]), int(gazette["year"]))
        rest = gazette["rest"]
    if candidate is None or parse_citation(str(candidate)) is None:
        return None
    rest = rest.rstrip()
    if rest and not rest.startswith((", ", " (")):
        rest = ", " + rest.lstrip(" ,.;")
    with_rest = str(candidate) + rest
    return with_rest if parse_citation(with_rest) else str(candidate)
