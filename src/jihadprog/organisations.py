"""Find an organisation the way a reader names it: id, name, abbreviation or alias.

Matching ignores case, accents and punctuation ('dt&v', 'DTenV' and 'DT & V' are one key), so
`--actor om`, `--actor "Openbaar Ministerie"` and `--actor OM` select the same measures. An
actor id that a measure uses but the registry lacks (possible with `actor-known` switched off)
is still found by its id. An unknown name is a user error with the closest names as hints.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from jihadprog.corpus import Corpus
from jihadprog.errors import UserError
from jihadprog.models import Maatregel
from jihadprog.query import fold

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class Org:
    """An organisation as the views show it: the id measures use and its display name."""

    id: str
    naam: str
    afkorting: str | None = None
    weergave: str = ""
    """The short name a reader knows ('Financiën', 'DT&V'); see models.Organisatie.weergave."""

    @property
    def label(self) -> str:
        """'Openbaar Ministerie (OM)', or the bare name when it has no abbreviation."""
        short = self.afkorting
        return f"{self.naam} ({short})" if short and short != self.naam else self.naam


def key(text: str) -> str:
    """The matching key: folded, '&' read as 'en', punctuation and spaces dropped."""
    return _NOT_ALNUM.sub("", fold(text).replace("&", "en"))


def organisations(corpus: Corpus) -> list[Org]:
    """Every organisation of the registry, then actor ids only measures use, in that order."""
    found: dict[str, Org] = {}
    if corpus.organisaties is not None:
        for org in corpus.organisaties.model.organisaties:
            found.setdefault(org.id, Org(org.id, org.naam, org.afkorting, org.weergave))
    for maatregel in corpus.sorted_maatregelen():
        for actor in maatregel.actoren:
            found.setdefault(actor, Org(actor, actor, weergave=actor))
    return list(found.values())


def _names(corpus: Corpus) -> Iterator[tuple[str, str]]:
    """(name as written, organisation id) for every way the corpus names an organisation."""
    if corpus.organisaties is not None:
        for org in corpus.organisaties.model.organisaties:
            yield org.id, org.id
            yield org.naam, org.id
            if org.afkorting:
                yield org.afkorting, org.id
            for alias in org.aliassen:
                yield alias, org.id
    for maatregel in corpus.maatregelen:
        for actor in maatregel.model.actoren:
            yield actor, actor


def resolve(corpus: Corpus, text: str) -> Org:
    """The organisation ``text`` names, or a UserError (exit 2) with suggestions."""
    by_key: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    for name, org_id in _names(corpus):
        by_key.setdefault(key(name), set()).add(org_id)
        written.setdefault(key(name), name)
    wanted = key(text)
    ids = by_key.get(wanted, set())
    orgs = {org.id: org for org in organisations(corpus)}
    if len(ids) == 1:
        return orgs[next(iter(ids))]
    if ids:
        names = ", ".join(orgs[i].label for i in sorted(ids))
        raise UserError(f"organisatie '{text}' is niet eenduidig: {names}")
    close = difflib.get_close_matches(wanted, list(by_key), n=3, cutoff=0.6)
    hint = f"; bedoelde u {' of '.join(repr(written[k]) for k in close)}?" if close else ""
    raise UserError(f"onbekende organisatie '{text}'{hint} (zie organisaties.yaml voor alle namen)")


def carries(maatregel: Maatregel, org: Org) -> bool:
    """Whether the organisation is one of the measure's actors."""
    return org.id in maatregel.actoren
