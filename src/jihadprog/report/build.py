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
    GEEN_STADIUM,
    diff,
    latest_quarter,
    quarters_with_data,
    stage_as_of,
)
from jihadprog.models import (
    Actie,
    Evaluatie,
    Maatregel,
    MarkeringHerkomst,
    Rapportage,
    Voortgang,
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
from jihadprog.report.verantwoording import (
    Afleiding,
    Notitie,
    Verantwoording,
    Veroudering,
    unique,
)
from jihadprog.status import entry_as_of, measure_status, peildatum_of, stage_reached
from jihadprog.vocab import STATUS_KLEUREN, Markering, Status, Wetsstadium

GEEN_MARKERING = "geen"
DEFAULT_TITEL = "Voortgangsrapportage Actieprogramma Integrale Aanpak Jihadisme"


def programme_quarter(corpus: Corpus) -> Kwartaal:
    """The quarter the programme was published in (no report can be about an earlier one)."""
    return Kwartaal.of(_programma(corpus).datum)


def default_quarter(corpus: Corpus) -> Kwartaal:
    """The latest quarter with progress data; the programme's own quarter without any data."""
    return latest_quarter(corpus) or programme_quarter(corpus)


def build_report(
    corpus: Corpus, kwartaal: Kwartaal, today: dt.date, peildatum: dt.date | None = None
) -> Rapport:
    """The report on ``kwartaal`` with facts up to ``peildatum``; ``today`` is its compilation date."""
    programma = _programma(corpus)
    peil = peildatum_of(kwartaal, peildatum)
    if not kwartaal.first_day <= peil <= kwartaal.last_day:
        raise UserError(
            f"peildatum {peil.isoformat()} valt niet in {kwartaal} "
            f"({kwartaal.first_day.isoformat()} tot en met {kwartaal.last_day.isoformat()})"
        )
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
    limit = programma.verouderd_na_kwartalen
    secties = {
        m.nummer: _sectie(corpus, m, kwartaal, peil, programma.markeringen, noten, limit)
        for m in shown
    }
    groepen = tuple(_groep(g, secties, maatregelen) for g in programma.groepen)
    wetgeving = tuple(
        replace(w, noot=next(noten)) if w.toelichting else w
        for m in maatregelen
        for w in secties[m.nummer].wetgeving
    )
    evaluatie = _evaluatie(corpus, kwartaal, peil)
    wijzigingen = _wijzigingen(maatregelen, kwartaal, up_to, peil)
    rapport = Rapport(
        titel=DEFAULT_TITEL,
        kwartaal=kwartaal,
        opgesteld=today,
        peildatum=peil,
        reconstructie=today > kwartaal.next().last_day,
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
        verantwoording=_verantwoording(corpus, brieven, secties.values(), wijzigingen, peil, limit),
    )
    return replace(
        rapport, begrippen=used_terms(corpus.begrippen_en_organisaties(), shown_texts(rapport))
    )


def _programma(corpus: Corpus) -> ProgrammaModel:
    if corpus.programma is None:
        raise UserError("programma.yaml ontbreekt of is ongeldig; zie 'jihadprog lint'")
    return corpus.programma.model


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


def _evaluatie(corpus: Corpus, kwartaal: Kwartaal, peil: dt.date) -> Evaluatie | None:
    evaluatie = corpus.rapportages.model.evaluatie if corpus.rapportages else None
    if (
        evaluatie is not None
        and Kwartaal.of(evaluatie.datum) == kwartaal
        and evaluatie.datum <= peil
    ):
        return evaluatie
    return None


def _stand(
    entries: Sequence[Voortgang], kwartaal: Kwartaal, peil: dt.date, noten: Iterator[int]
) -> Stand | None:
    entry = entry_as_of(entries, kwartaal, peil)
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
        verantwoording=entry.verantwoording,
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
    peil: dt.date,
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
        stand=_stand(actie.voortgang, kwartaal, peil, noten),
    )


def wet_regel(
    nummer: int, wet: Wetsvoorstel, kwartaal: Kwartaal, peil: dt.date | None = None
) -> WetRegel:
    """A bill as of the cut-off date.

    Its Kamerstuk number shows only once it was submitted, its Staatsblad number only once the
    law was published, both by the cut-off date.
    """
    step = stage_as_of(wet, kwartaal, peil)
    submitted = stage_reached(wet, Wetsstadium.INGEDIEND, kwartaal, peil)
    published = stage_reached(wet, Wetsstadium.STAATSBLAD, kwartaal, peil)
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
        kamerstuk=wet.kamerstuk if submitted else None,
        staatsblad=wet.staatsblad if published else None,
        verantwoording=step.verantwoording if step else None,
    )


def _sectie(
    corpus: Corpus,
    m: Maatregel,
    kwartaal: Kwartaal,
    peil: dt.date,
    legenda: Mapping[Markering, str],
    noten: Iterator[int],
    limit: int,
) -> MaatregelSectie:
    """One measure; its footnotes take the next numbers: its own status first, then its actions."""
    bepaling = measure_status(m, kwartaal, peil)
    return MaatregelSectie(
        nummer=m.nummer,
        titel=m.titel,
        markering=marker_info(m.markering, m.markering_herkomst, legenda),
        status=bepaling.status,
        stand=_stand(m.voortgang, kwartaal, peil, noten),
        actoren=tuple(corpus.actor_name(a) for a in m.actoren),
        acties=tuple(_actie(m.nummer, a, kwartaal, peil, legenda, noten) for a in m.acties),
        wetgeving=tuple(wet_regel(m.nummer, w, kwartaal, peil) for w in m.wetgeving),
        herkomst=bepaling.herkomst,
        onderdelen="; ".join(f"{o.naam}: {o.stand}" for o in bepaling.onderdelen),
        verouderd=bepaling.verouderd(kwartaal, limit),
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
            verouderd=sum(1 for m in secties if m.verouderd),
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
        onzekere_markeringen=tuple(m.nummer for m in everything if m.markering.twijfel),
        afgeleid=tuple(m.nummer for m in everything if m.herkomst),
        verouderd=tuple(m.nummer for m in everything if m.verouderd),
    )


def _wijzigingen(
    maatregelen: Sequence[Maatregel],
    kwartaal: Kwartaal,
    up_to: Sequence[Kwartaal],
    peil: dt.date,
) -> Wijzigingen:
    """Changes since the previous quarter with data; without one, everything recorded so far."""
    earlier = [q for q in up_to if q < kwartaal]
    vorige = earlier[-1] if earlier else None
    van = vorige or min([*up_to, kwartaal]).previous()
    return changes_section(maatregelen, van, kwartaal, vorige, peildatum=peil)


def changes_section(
    maatregelen: Sequence[Maatregel],
    van: Kwartaal,
    tot: Kwartaal,
    vorige: Kwartaal | None,
    gekozen: bool = False,
    peildatum: dt.date | None = None,
) -> Wijzigingen:
    """The 'what changed' section for the entries after ``van`` up to and including ``tot``.

    ``vorige`` is the quarter compared with (None: nothing recorded before); ``gekozen`` marks
    a period a user chose (``jihadprog diff``) rather than the previous quarter with data.
    """
    regels = []
    for change in diff(maatregelen, van, tot, peildatum):
        overgangen = [
            Overgang(f"actie {change.nummer}{a.letter}", str(a.voor or Status.ONBEKEND), str(a.na))
            for a in change.acties
        ] + [
            Overgang(w.titel, str(w.voor) if w.voor else GEEN_STADIUM, str(w.na))
            for w in change.wetgeving
        ]
        feiten = tuple(
            Feit(
                kwartaal=f.kwartaal,
                datum=f.datum,
                onderdeel=f.naam,
                label=f.label,
                toelichting=f.toelichting,
                bronnen=f.bronnen,
                verantwoording=f.verantwoording,
            )
            for f in change.feiten
        )
        regels.append(
            WijzigingRegel(
                nummer=change.nummer,
                titel=change.titel,
                status_voor=change.status_voor.kort,
                status_na=change.status_na.kort,
                overgangen=tuple(overgangen),
                feiten=feiten,
                bronnen=tuple(change.nieuwe_bronnen),
            )
        )
    return Wijzigingen(vorige, van.next(), tot, tuple(regels), gekozen)


def _verantwoording(
    corpus: Corpus,
    brieven: Sequence[Brief],
    secties: Iterable[MaatregelSectie],
    wijzigingen: Wijzigingen,
    peil: dt.date,
    limit: int,
) -> Verantwoording:
    """The annex: notes on the letters, the markers and every fact the report shows."""
    brief_notes = []
    for b in brieven:
        notes = []
        if not b.datum_zeker:
            notes.append("de datum is afgeleid en niet geverifieerd")
        if b.kamerstuk is None:
            notes.append("het Kamerstuknummer is niet bekend")
        if b.toelichting:
            notes.append(b.toelichting)
        if notes:
            brief_notes.append(Notitie(b.titel, "; ".join(notes)))
    herkomst = {m.nummer: m.markering_herkomst for m in corpus.sorted_maatregelen()}
    markers, facts, afgeleid, verouderd = [], [], [], []
    for m in sorted(secties, key=lambda m: m.nummer):
        bron = herkomst.get(m.nummer)
        if m.markering.twijfel:
            uitleg = f" {bron.toelichting}" if bron else ""
            markers.append(Notitie(f"Maatregel {m.nummer}", f"{m.markering.kort}.{uitleg}"))
        shown = [(f"Maatregel {m.nummer}", m.stand)] + [
            (f"Actie {a.code}", a.stand) for a in m.acties
        ]
        for onderwerp, stand in shown:
            if stand is not None and stand.verantwoording:
                facts.append(Notitie(onderwerp, stand.verantwoording))
        for w in m.wetgeving:
            if w.verantwoording:
                facts.append(Notitie(f"{w.titel} (maatregel {m.nummer})", w.verantwoording))
        if m.herkomst:
            afgeleid.append(Afleiding(m.nummer, str(m.status), m.onderdelen))
        if m.verouderd:
            verouderd.append(Veroudering(m.nummer, str(m.status), m.verouderd))
    for regel in wijzigingen.regels:
        for f in regel.feiten:
            if f.verantwoording:
                facts.append(Notitie(f.onderdeel[:1].upper() + f.onderdeel[1:], f.verantwoording))
    return Verantwoording(
        peildatum=peil,
        verouderd_na=limit,
        brieven=tuple(brief_notes),
        markeringen=tuple(markers),
        feiten=unique(facts),
        afgeleid=tuple(afgeleid),
        verouderd=tuple(verouderd),
    )


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
