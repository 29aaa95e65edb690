"""The data behind every page of the site; templates only lay it out."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from jihadprog.corpus import Corpus
from jihadprog.history import Feit, facts, quarters_with_data
from jihadprog.models import Begrip, Groep, Maatregel
from jihadprog.organisations import Org, organisations
from jihadprog.output.history import Regel, rows
from jihadprog.output.organisation import Onderdeel, overview
from jihadprog.quarters import Kwartaal
from jihadprog.query import fold, status_of
from jihadprog.vocab import Markering, Status
from jihadprog.walk import measure_texts

_UNSAFE = re.compile(r"[^A-Za-z0-9-]+")


def slug(text: str) -> str:
    """A file name part from an organisation id (ids are simple; measure-only actors may not be)."""
    return _UNSAFE.sub("-", text).strip("-") or "organisatie"


@dataclass(frozen=True)
class Tijdlijnregel:
    """One fact on a measure's timeline, with the part named as a reader names it."""

    feit: Feit
    onderdeel: str


@dataclass(frozen=True)
class MaatregelPagina:
    """A measure with its status now, its groups, actors and timeline."""

    m: Maatregel
    groep: Groep | None
    status: Status
    markering: str
    actoren: tuple[Org, ...]
    tijdlijn: tuple[Tijdlijnregel, ...]
    zoektekst: str
    verwezen_door: tuple[int, ...]


@dataclass(frozen=True)
class OrganisatiePagina:
    """An organisation with the parts it carries, as of the latest quarter."""

    org: Org
    slug: str
    onderdelen: tuple[Onderdeel, ...]
    maatregelen: tuple[int, ...]


@dataclass(frozen=True)
class KwartaalPagina:
    """The facts of one quarter and the count of measure statuses at its end."""

    kwartaal: Kwartaal
    regels: tuple[Regel, ...]
    telling: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Site:
    """Everything the templates need."""

    titel: str
    kamerstuk: str
    kwartaal: Kwartaal | None
    groepen: tuple[Groep, ...]
    markeringen: dict[Markering, str]
    statussen: tuple[str, ...]
    maatregelen: tuple[MaatregelPagina, ...]
    organisaties: tuple[OrganisatiePagina, ...]
    kwartalen: tuple[KwartaalPagina, ...]
    begrippen: tuple[Begrip, ...]
    titels: dict[int, str] = field(default_factory=dict)


def _part_name(m: Maatregel, feit: Feit) -> str:
    if feit.onderdeel.startswith("wet:"):
        titles = {w.id: w.titel for w in m.wetgeving}
        return f"wetsvoorstel {titles.get(feit.onderdeel[4:], feit.onderdeel[4:])}"
    return f"actie {m.nummer}{feit.onderdeel}" if feit.onderdeel else "maatregel"


def build_site(corpus: Corpus, kwartaal: Kwartaal | None) -> Site:
    """The site's data for the corpus, with statuses as of ``kwartaal``."""
    programma = corpus.programma.model if corpus.programma else None
    groepen = {g.nummer: g for g in programma.groepen} if programma else {}
    orgs = organisations(corpus)
    by_id = {o.id: o for o in orgs}
    measures = corpus.sorted_maatregelen()
    referred: dict[int, set[int]] = {}
    for m in measures:
        refs = [*m.verwijzingen, *(v for a in m.acties for v in a.verwijzingen)]
        for ref in refs:
            if ref.maatregel != m.nummer:
                referred.setdefault(ref.maatregel, set()).add(m.nummer)
    pages = tuple(
        MaatregelPagina(
            m=m,
            groep=groepen.get(m.groep),
            status=status_of(m, kwartaal),
            markering=m.markering or "",
            actoren=tuple(by_id[a] for a in m.actoren),
            tijdlijn=tuple(Tijdlijnregel(f, _part_name(m, f)) for f in facts(m)),
            zoektekst=fold(" ".join(t for _, t in measure_texts(m))),
            verwezen_door=tuple(sorted(referred.get(m.nummer, ()))),
        )
        for m in measures
    )
    org_pages = tuple(
        OrganisatiePagina(
            org=o,
            slug=slug(o.id),
            onderdelen=tuple(parts),
            maatregelen=tuple(sorted({p.maatregel for p in parts})),
        )
        for o in orgs
        if (parts := overview(corpus, o, kwartaal))
    )
    all_rows = rows(measures)
    quarter_pages = tuple(
        KwartaalPagina(
            kwartaal=q,
            regels=tuple(r for r in all_rows if r.kwartaal == str(q)),
            telling=tuple(
                (str(s), n)
                for s, n in sorted(
                    Counter(status_of(m, q) for m in measures).items(),
                    key=lambda item: list(Status).index(item[0]),
                )
            ),
        )
        for q in quarters_with_data(measures)
    )
    used = {p.status for p in pages}
    return Site(
        titel=programma.titel if programma else "Actieprogramma",
        kamerstuk=programma.kamerstuk if programma else "",
        kwartaal=kwartaal,
        groepen=tuple(groepen.values()),
        markeringen=dict(programma.markeringen) if programma else {},
        statussen=tuple(str(s) for s in Status if s in used),
        maatregelen=pages,
        organisaties=org_pages,
        kwartalen=quarter_pages,
        begrippen=tuple(corpus.begrippen.model.begrippen if corpus.begrippen else ()),
        titels={m.nummer: m.titel for m in measures},
    )
