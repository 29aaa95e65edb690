"""Building the quarterly progress report's data from the corpus; nothing about layout.

``build_report(corpus, kwartaal, today)`` answers the questions a report must answer: which
letter to the Tweede Kamer this quarter corresponds to, what each measure's status was, what
changed since the previous quarter with data, where each bill stood, and which glossary terms
the text uses. The data types are in data.py; templates (see render.py) only arrange them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import fields, is_dataclass, replace
from itertools import count

from pydantic import BaseModel

from jihadprog.corpus import Corpus
from jihadprog.errors import UserError
from jihadprog.glossary import used_terms
from jihadprog.history import (
    diff,
    entry_as_of,
    latest_quarter,
    quarters_with_data,
    stage_as_of,
    status_as_of,
)
from jihadprog.models import (
    Actie,
    Begrip,
    Evaluatie,
    Maatregel,
    MarkeringHerkomst,
    Rapportage,
    Voortgang,
    Wetgevingsstap,
    Wetsvoorstel,
    marker_doubts,
)
from jihadprog.models import Groep as GroepModel
from jihadprog.models import Programma as ProgrammaModel
from jihadprog.quarters import Kwartaal
from jihadprog.report.data import (
    ActieRegel,
    Blok,
    Brief,
    Feit,
    GroepSectie,
    MaatregelSectie,
    MarkeringInfo,
    Overgang,
    Programma,
    Rapport,
    Samenvatting,
    Stand,
    Subactie,
    Telling,
    Thema,
    WetRegel,
    Wijzigingen,
    WijzigingRegel,
)
from jihadprog.report.text import dutch_date
from jihadprog.sources import parse_citation
from jihadprog.vocab import Markering, Status, Wetsstadium

GEEN_MARKERING = "geen"
# the colours of the status and marker charts, by the names the LaTeX preamble defines
STATUS_KLEUREN = {
    Status.NOG_NIET_GESTART: "stnietgestart",
    Status.IN_VOORBEREIDING: "stvoorbereiding",
    Status.IN_UITVOERING: "stuitvoering",
    Status.VERTRAAGD: "stvertraagd",
    Status.DOORLOPEND: "stdoorlopend",
    Status.GEREALISEERD: "stgerealiseerd",
    Status.VERVALLEN: "stvervallen",
    Status.ONBEKEND: "stonbekend",
}
DEFAULT_TITEL = "Voortgangsrapportage Actieprogramma Integrale Aanpak Jihadisme"


def programme_quarter(corpus: Corpus) -> Kwartaal:
    """The quarter the programme was published in (no report can be about an earlier one)."""
    return Kwartaal.of(_programma(corpus).datum)


def default_quarter(corpus: Corpus) -> Kwartaal:
    """The latest quarter with progress data; the programme's own quarter without any data."""
    return latest_quarter(corpus) or programme_quarter(corpus)


def build_report(corpus: Corpus, kwartaal: Kwartaal, today: dt.date) -> Rapport:
    """The report on ``kwartaal``; ``today`` is the compilation date shown when no letter is known."""
    programma = _programma(corpus)
    start = programme_quarter(corpus)
    if kwartaal < start:
        raise UserError(
            f"het Actieprogramma is van {dutch_date(programma.datum)}; "
            f"kies een kwartaal vanaf {start}"
        )
    maatregelen = corpus.sorted_maatregelen()
    quarters = quarters_with_data(maatregelen)
    up_to = [q for q in quarters if q <= kwartaal]
    brieven = _brieven(corpus, kwartaal)
    brief = brieven[-1] if brieven else None
    # footnotes are numbered in the order the report shows them: the measures group by group,
    # then the bills' explanations, then the evaluation
    noten = count(1)
    group_order = {g.nummer: index for index, g in enumerate(programma.groepen)}
    shown = sorted(maatregelen, key=lambda m: group_order.get(m.groep, len(group_order)))
    secties = {m.nummer: _sectie(m, kwartaal, programma.markeringen, noten) for m in shown}
    groepen = tuple(_groep(g, secties, maatregelen) for g in programma.groepen)
    wetgeving = tuple(
        replace(w, noot=next(noten)) if w.toelichting else w
        for m in maatregelen
        for w in secties[m.nummer].wetgeving
    )
    evaluatie = _evaluatie(corpus, kwartaal)
    wijzigingen = _wijzigingen(maatregelen, kwartaal, up_to)
    rapport = Rapport(
        titel=brief.titel if brief else DEFAULT_TITEL,
        kwartaal=kwartaal,
        opgesteld=today,
        brief=brief,
        andere_brieven=tuple(brieven[:-1]),
        programma=Programma(
            titel=programma.titel,
            datum=programma.datum,
            kamerstuk=programma.kamerstuk,
            doel=programma.doel,
            legenda=tuple((str(k), v) for k, v in programma.markeringen.items()),
        ),
        laatste_gegevens=up_to[-1] if up_to else None,
        aantal_maatregelen=len(maatregelen),
        samenvatting=_samenvatting(groepen),
        wijzigingen=wijzigingen,
        groepen=groepen,
        wetgeving=wetgeving,
        evaluatie=evaluatie,
        evaluatie_noot=next(noten) if evaluatie else None,
        begrippen=(),
    )
    return replace(rapport, begrippen=used_terms(_begrippen(corpus), shown_texts(rapport)))


def _programma(corpus: Corpus) -> ProgrammaModel:
    if corpus.programma is None:
        raise UserError("programma.yaml ontbreekt of is ongeldig; zie 'jihadprog lint'")
    return corpus.programma.model


def _begrippen(corpus: Corpus) -> list[Begrip]:
    return list(corpus.begrippen.model.begrippen) if corpus.begrippen else []


def _brieven(corpus: Corpus, kwartaal: Kwartaal) -> list[Brief]:
    """The known letters dated in the quarter, oldest first."""
    rapportages: list[Rapportage] = (
        list(corpus.rapportages.model.rapportages) if corpus.rapportages else []
    )
    found = [
        Brief(
            nummer=r.nummer,
            titel=r.titel,
            datum=r.datum,
            datum_zeker=r.datum_zeker,
            kamerstuk=r.kamerstuk,
            dtn=r.dtn,
            dtn_naam=f"DTN{r.dtn}" if r.dtn else None,
            dtn_kamerstuk=r.dtn_kamerstuk,
            ondertekenaars=tuple(r.ondertekenaars),
            toelichting=r.toelichting,
        )
        for r in rapportages
        if r.datum is not None and Kwartaal.of(r.datum) == kwartaal
    ]
    return sorted(found, key=lambda b: (b.datum, b.nummer))


def _evaluatie(corpus: Corpus, kwartaal: Kwartaal) -> Evaluatie | None:
    evaluatie = corpus.rapportages.model.evaluatie if corpus.rapportages else None
    if evaluatie is not None and Kwartaal.of(evaluatie.datum) == kwartaal:
        return evaluatie
    return None


def _stand(entries: Sequence[Voortgang], kwartaal: Kwartaal, noten: Iterator[int]) -> Stand | None:
    entry = entry_as_of(entries, kwartaal)
    if entry is None:
        return None
    return Stand(
        status=entry.status,
        kwartaal=entry.kwartaal,
        datum=entry.datum,
        toelichting=entry.toelichting,
        bronnen=tuple(entry.bronnen),
        verklaring_terugval=entry.verklaring_terugval,
        eerder=entry.kwartaal < kwartaal,
        noot=next(noten),
    )


def marker_info(
    markering: Markering | None,
    herkomst: MarkeringHerkomst | None,
    legenda: Mapping[Markering, str],
) -> MarkeringInfo:
    """The marker with its doubts spelled out: 'zekerheid laag', 'Franse vertaling: B'."""
    doubts = marker_doubts(markering, herkomst)
    betekenis = legenda.get(markering) if markering else None
    return MarkeringInfo(
        code=str(markering) if markering else None,
        betekenis=betekenis[:1].lower() + betekenis[1:] if betekenis else None,
        twijfel="; ".join(doubts) or None,
    )


def _actie(
    nummer: int,
    actie: Actie,
    kwartaal: Kwartaal,
    legenda: Mapping[Markering, str],
    noten: Iterator[int],
) -> ActieRegel:
    return ActieRegel(
        code=f"{nummer}{actie.letter}",
        letter=actie.letter,
        tekst=actie.tekst,
        markering=(
            marker_info(actie.markering, actie.markering_herkomst, legenda)
            if actie.markering
            else None
        ),
        subacties=tuple(Subactie(s.nummer, s.tekst) for s in actie.subacties),
        stand=_stand(actie.voortgang, kwartaal, noten),
    )


def _known_later(steps: Iterable[Wetgevingsstap], stadium: Wetsstadium, kwartaal: Kwartaal) -> bool:
    """Whether the corpus records ``stadium`` only after ``kwartaal`` (so it did not exist yet)."""
    quarters = [s.kwartaal for s in steps if s.stadium == stadium]
    return bool(quarters) and min(quarters) > kwartaal


def wet_regel(nummer: int, wet: Wetsvoorstel, kwartaal: Kwartaal) -> WetRegel:
    """A bill as of the quarter; a Kamerstuk or Staatsblad number that came later is left out."""
    step = stage_as_of(wet, kwartaal)
    kamerstuk = wet.kamerstuk
    if _known_later(wet.voortgang, Wetsstadium.INGEDIEND, kwartaal):
        kamerstuk = None
    staatsblad = wet.staatsblad
    published = parse_citation(staatsblad) if staatsblad is not None else None
    if published is not None and (
        _known_later(wet.voortgang, Wetsstadium.STAATSBLAD, kwartaal)
        or (published.year or 0) > kwartaal.jaar
    ):
        staatsblad = None
    return WetRegel(
        id=wet.id,
        titel=wet.titel,
        maatregel=nummer,
        actie=f"{nummer}{wet.actie}" if wet.actie else None,
        stadium=step.stadium if step else None,
        stap_kwartaal=step.kwartaal if step else None,
        stap_datum=step.datum if step else None,
        toelichting=step.toelichting if step else None,
        bronnen=tuple(step.bronnen) if step else (),
        kamerstuk=kamerstuk,
        staatsblad=staatsblad,
    )


def _sectie(
    m: Maatregel, kwartaal: Kwartaal, legenda: Mapping[Markering, str], noten: Iterator[int]
) -> MaatregelSectie:
    """One measure; its footnotes take the next numbers: its own status first, then its actions."""
    return MaatregelSectie(
        nummer=m.nummer,
        titel=m.titel,
        markering=marker_info(m.markering, m.markering_herkomst, legenda),
        status=status_as_of(m, kwartaal),
        stand=_stand(m.voortgang, kwartaal, noten),
        actoren=tuple(m.actoren),
        acties=tuple(_actie(m.nummer, a, kwartaal, legenda, noten) for a in m.acties),
        wetgeving=tuple(wet_regel(m.nummer, w, kwartaal) for w in m.wetgeving),
    )


def _groep(
    groep: GroepModel, secties: dict[int, MaatregelSectie], maatregelen: Sequence[Maatregel]
) -> GroepSectie:
    """A group's measures in number order, split into runs that share their themes."""
    themas = {
        t.code: Thema(
            f"{groep.nummer}{t.code}" if len(t.code) == 1 else "", t.titel, t.doelstelling
        )
        for t in groep.themas
    }
    runs: list[tuple[tuple[str, ...], list[MaatregelSectie]]] = []
    for m in maatregelen:
        if m.groep != groep.nummer:
            continue
        key = tuple(t for t in m.themas if t in themas)
        if not runs or runs[-1][0] != key:
            runs.append((key, []))
        runs[-1][1].append(secties[m.nummer])
    return GroepSectie(
        nummer=groep.nummer,
        titel=groep.titel,
        kop=groep.kop,
        doelstelling=tuple(groep.doelstelling),
        blokken=tuple(Blok(tuple(themas[code] for code in key), tuple(run)) for key, run in runs),
    )


def _samenvatting(groepen: Sequence[GroepSectie]) -> Samenvatting:
    """Counts per group; status columns only for statuses that occur, in vocabulary order."""
    present = {m.status for g in groepen for m in g.maatregelen}
    statussen = tuple(s for s in Status if s in present)
    markeringen = (*(str(m) for m in Markering), GEEN_MARKERING)

    def count(groep: int | None, titel: str, secties: Sequence[MaatregelSectie]) -> Telling:
        return Telling(
            groep=groep,
            titel=titel,
            per_status=tuple(sum(1 for m in secties if m.status == s) for s in statussen),
            per_markering=tuple(
                sum(1 for m in secties if (m.markering.code or GEEN_MARKERING) == code)
                for code in markeringen
            ),
            totaal=len(secties),
        )

    everything = [m for g in groepen for m in g.maatregelen]
    return Samenvatting(
        statussen=statussen,
        statuskleuren=tuple(STATUS_KLEUREN[s] for s in statussen),
        markeringen=markeringen,
        markeringlabels=tuple(
            "geen markering" if code == GEEN_MARKERING else code for code in markeringen
        ),
        markeringkleuren=tuple(f"mk{code}" for code in markeringen),
        rijen=tuple(count(g.nummer, g.titel, g.maatregelen) for g in groepen),
        totaal=count(None, "Totaal", everything),
        met_gegevens=sum(1 for m in everything if m.status != Status.ONBEKEND),
        onzekere_markeringen=tuple(
            m.nummer for m in everything if m.markering.code and not m.markering.zeker
        ),
    )


def _wijzigingen(
    maatregelen: Sequence[Maatregel], kwartaal: Kwartaal, up_to: Sequence[Kwartaal]
) -> Wijzigingen:
    """Changes since the previous quarter with data; without one, everything recorded so far."""
    earlier = [q for q in up_to if q < kwartaal]
    vorige = earlier[-1] if earlier else None
    van = vorige or min([*up_to, kwartaal]).previous()
    return changes_section(maatregelen, van, kwartaal, vorige)


def changes_section(
    maatregelen: Sequence[Maatregel],
    van: Kwartaal,
    tot: Kwartaal,
    vorige: Kwartaal | None,
    gekozen: bool = False,
) -> Wijzigingen:
    """The 'what changed' section for the entries after ``van`` up to and including ``tot``.

    ``vorige`` is the quarter compared with (None: nothing recorded before); ``gekozen`` marks
    a period a user chose (``jihadprog diff``) rather than the previous quarter with data.
    """
    titles = {m.nummer: {w.id: w.titel for w in m.wetgeving} for m in maatregelen}
    regels = []
    for change in diff(maatregelen, van, tot):
        overgangen = [
            Overgang(f"actie {change.nummer}{a.letter}", str(a.voor or Status.ONBEKEND), str(a.na))
            for a in change.acties
        ] + [
            Overgang(w.titel, str(w.voor) if w.voor else "geen stadium", str(w.na))
            for w in change.wetgeving
        ]
        feiten = tuple(
            Feit(
                kwartaal=f.kwartaal,
                datum=f.datum,
                onderdeel=_onderdeel(change.nummer, f.onderdeel, titles[change.nummer]),
                label=f.label,
                toelichting=f.toelichting,
                bronnen=f.bronnen,
            )
            for f in change.feiten
        )
        regels.append(
            WijzigingRegel(
                nummer=change.nummer,
                titel=change.titel,
                status_voor=change.status_voor,
                status_na=change.status_na,
                overgangen=tuple(overgangen),
                feiten=feiten,
                bronnen=tuple(change.nieuwe_bronnen),
            )
        )
    return Wijzigingen(vorige, van.next(), tot, tuple(regels), gekozen)


def _onderdeel(nummer: int, onderdeel: str, bills: dict[str, str]) -> str:
    if onderdeel.startswith("wet:"):
        return bills.get(onderdeel[4:], onderdeel[4:])
    if onderdeel:
        return f"actie {nummer}{onderdeel}"
    return f"maatregel {nummer}"


def shown_texts(value: object) -> Iterator[str]:
    """Every text in a built report (or part of one): a walk over its data, not a field list.

    The glossary annex is found from these, so a field that a template prints cannot be missed.
    """
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from shown_texts(item)
    elif is_dataclass(value) and not isinstance(value, type):
        for item in fields(value):
            yield from shown_texts(getattr(value, item.name))
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from shown_texts(getattr(value, name))
