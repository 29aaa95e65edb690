"""The quarterly progress report as data: everything a template needs, nothing about layout.

``build_report(corpus, kwartaal, today)`` answers the questions a report must answer: which
letter to the Tweede Kamer this quarter corresponds to, what each measure's status was, what
changed since the previous quarter with data, where each bill stood, and which glossary terms
the text uses. Templates (see render.py) only arrange these values.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from jihadprog.corpus import Corpus
from jihadprog.errors import UserError
from jihadprog.history import GEEN_STADIUM, diff, quarters_with_data, stage_as_of
from jihadprog.models import (
    Actie,
    Begrip,
    Evaluatie,
    Maatregel,
    MarkeringHerkomst,
    Rapportage,
    Voortgang,
    Wetsvoorstel,
)
from jihadprog.models import Groep as GroepModel
from jihadprog.models import Programma as ProgrammaModel
from jihadprog.quarters import Kwartaal
from jihadprog.status import (
    entry_as_of,
    measure_status,
    peildatum_of,
    stage_reached,
)
from jihadprog.verantwoording import (
    Afleiding,
    Notitie,
    Verantwoording,
    Veroudering,
    unique,
)
from jihadprog.vocab import Markering, Status, Wetsstadium

_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
GEEN_MARKERING = "geen"
DEFAULT_TITEL = "Voortgangsrapportage Actieprogramma Integrale Aanpak Jihadisme"


def dutch_date(day: dt.date) -> str:
    """A date as Dutch prose: '12 november 2014'."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def dutch_list(items: Iterable[object]) -> str:
    """Items as a Dutch enumeration: 'a', 'a en b', 'a, b en c'."""
    words = [str(item) for item in items]
    return " en ".join([", ".join(words[:-1]), words[-1]]) if len(words) > 1 else "".join(words)


@dataclass(frozen=True)
class Stand:
    """A recorded status with its explanation and sources, as of the report's quarter."""

    status: Status
    kwartaal: Kwartaal
    datum: dt.date | None
    toelichting: str
    bronnen: tuple[str, ...]
    verklaring_terugval: str | None
    eerder: bool
    """True when the entry is from a quarter before the report's: nothing newer was recorded."""
    verantwoording: str | None = None


@dataclass(frozen=True)
class MarkeringInfo:
    """A marker as the report states it, with its uncertainty made explicit."""

    code: str | None
    betekenis: str | None
    """The programme's legend for the code, lower case: 'versterkte maatregel'."""
    twijfel: str | None
    """Why the marker is not certain: 'zekerheid laag', 'Franse vertaling: B'."""

    @property
    def zeker(self) -> bool:
        """A marker that the programme text itself gives, with high confidence."""
        return self.code is not None and self.twijfel is None

    @property
    def kort(self) -> str:
        """'V', 'V (zekerheid laag)', 'geen markering in het programma (Franse vertaling: B)'."""
        base = self.code or "geen markering in het programma"
        return f"{base} ({self.twijfel})" if self.twijfel else base

    @property
    def label(self) -> str:
        """'V – versterkte maatregel', with '(onzeker, zie Verantwoording)' when in doubt."""
        if self.code is None or self.betekenis is None:
            return "geen markering in het programma (zie Verantwoording)"
        base = f"{self.code} – {self.betekenis}"
        return f"{base} (onzeker, zie Verantwoording)" if self.twijfel else base


@dataclass(frozen=True)
class Subactie:
    """A roman-numbered sub-item of an action."""

    nummer: str
    tekst: str


@dataclass(frozen=True)
class ActieRegel:
    """An action of a measure, with its own recorded status if it has one."""

    code: str
    letter: str
    tekst: str
    markering: MarkeringInfo | None
    subacties: tuple[Subactie, ...]
    stand: Stand | None


@dataclass(frozen=True)
class WetRegel:
    """A bill and the stage it had reached by the end of the quarter."""

    id: str
    titel: str
    maatregel: int
    actie: str | None
    stadium: Wetsstadium | None
    stap_kwartaal: Kwartaal | None
    stap_datum: dt.date | None
    toelichting: str | None
    bronnen: tuple[str, ...]
    kamerstuk: str | None
    staatsblad: str | None
    verantwoording: str | None = None


@dataclass(frozen=True)
class MaatregelSectie:
    """One measure as it appears in its group's section."""

    nummer: int
    titel: str
    markering: MarkeringInfo
    status: Status
    stand: Stand | None
    actoren: tuple[str, ...]
    """Organisations by the name a reader knows (Financiën, DT&V), not by registry id."""
    acties: tuple[ActieRegel, ...]
    wetgeving: tuple[WetRegel, ...]
    herkomst: str | None = None
    """'afgeleid uit de acties' when the status was derived; None for the measure's own entry."""
    onderdelen: str = ""
    """What a derived status rests on: '3c gerealiseerd; Wet …: gerealiseerd'."""
    verouderd: Kwartaal | None = None
    """The quarter the status was last confirmed, when that is too long ago."""


@dataclass(frozen=True)
class Thema:
    """A theme of a group: '3a' with its title and objective, or a level such as 'Lokaal'."""

    code: str
    titel: str
    doelstelling: str | None


@dataclass(frozen=True)
class Blok:
    """A run of measures that share their themes (21–28 serve both 3b and 3c)."""

    themas: tuple[Thema, ...]
    maatregelen: tuple[MaatregelSectie, ...]

    @property
    def kop(self) -> str | None:
        """'3a Aanpakken van verspreiders en ronselaars', 'Lokaal'; None outside a theme."""
        return " en ".join(f"{t.code} {t.titel}".strip() for t in self.themas) or None


@dataclass(frozen=True)
class GroepSectie:
    """A group of measures with its objective, in programme order."""

    nummer: int
    titel: str
    kop: str | None
    doelstelling: tuple[str, ...]
    blokken: tuple[Blok, ...]

    @property
    def maatregelen(self) -> tuple[MaatregelSectie, ...]:
        """All measures of the group, across its themes."""
        return tuple(m for blok in self.blokken for m in blok.maatregelen)


@dataclass(frozen=True)
class Telling:
    """Counts for one group (or the total): per status and per marker, in column order."""

    groep: int | None
    titel: str
    per_status: tuple[int, ...]
    per_markering: tuple[int, ...]
    totaal: int


@dataclass(frozen=True)
class Samenvatting:
    """The counts table: columns are the statuses that occur, then the markers."""

    statussen: tuple[Status, ...]
    markeringen: tuple[str, ...]
    rijen: tuple[Telling, ...]
    totaal: Telling
    met_gegevens: int
    onzekere_markeringen: tuple[int, ...]
    afgeleid: tuple[int, ...] = ()
    verouderd: tuple[int, ...] = ()


@dataclass(frozen=True)
class Feit:
    """A progress entry recorded in the period since the previous quarter with data."""

    kwartaal: Kwartaal
    datum: dt.date | None
    onderdeel: str
    label: str
    toelichting: str
    bronnen: tuple[str, ...]
    verantwoording: str | None = None


@dataclass(frozen=True)
class Overgang:
    """A status or stage that changed: what it was and what it became."""

    onderdeel: str
    voor: str
    na: str


@dataclass(frozen=True)
class WijzigingRegel:
    """What changed for one measure since the previous quarter with data."""

    nummer: int
    titel: str
    status_voor: str
    status_na: str
    overgangen: tuple[Overgang, ...]
    feiten: tuple[Feit, ...]
    bronnen: tuple[str, ...]


@dataclass(frozen=True)
class Wijzigingen:
    """The 'what changed' section: the period it covers and the changed measures."""

    vorige: Kwartaal | None
    van: Kwartaal
    regels: tuple[WijzigingRegel, ...]


@dataclass(frozen=True)
class Brief:
    """The letter to the Tweede Kamer that this quarter's report corresponds to."""

    nummer: int
    titel: str
    datum: dt.date
    datum_zeker: bool
    kamerstuk: str | None
    dtn: int | None
    dtn_kamerstuk: str | None
    ondertekenaars: tuple[str, ...]
    toelichting: str | None


@dataclass(frozen=True)
class Programma:
    """The programme the report is about."""

    titel: str
    datum: dt.date
    kamerstuk: str
    doel: str
    legenda: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Rapport:
    """Everything the report templates show, for one quarter."""

    titel: str
    kwartaal: Kwartaal
    opgesteld: dt.date
    peildatum: dt.date
    """Only facts dated on or before this day count (default: the quarter's last day)."""
    reconstructie: bool
    """Compiled after the quarter that followed: a reconstruction, not the original letter."""
    brief: Brief | None
    """The last letter dated in the quarter: the original report, a separate document."""
    andere_brieven: tuple[Brief, ...]
    """Earlier letters in the same quarter (2015-K2 had the second and the third report)."""
    programma: Programma
    laatste_gegevens: Kwartaal | None
    aantal_maatregelen: int
    samenvatting: Samenvatting
    wijzigingen: Wijzigingen
    groepen: tuple[GroepSectie, ...]
    wetgeving: tuple[WetRegel, ...]
    evaluatie: Evaluatie | None
    begrippen: tuple[Begrip, ...]
    verantwoording: Verantwoording


def programme_quarter(corpus: Corpus) -> Kwartaal:
    """The quarter the programme was published in (no report can be about an earlier one)."""
    return Kwartaal.of(_programma(corpus).datum)


def default_quarter(corpus: Corpus) -> Kwartaal:
    """The latest quarter with progress data; the programme's own quarter without any data."""
    quarters = quarters_with_data(corpus.sorted_maatregelen())
    return quarters[-1] if quarters else programme_quarter(corpus)


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
    limit = programma.verouderd_na_kwartalen
    secties = {
        m.nummer: _sectie(corpus, m, kwartaal, peil, programma.markeringen, limit)
        for m in maatregelen
    }
    groepen = tuple(_groep(g, secties, maatregelen) for g in programma.groepen)
    wetgeving = tuple(w for s in secties.values() for w in s.wetgeving)
    evaluatie = _evaluatie(corpus, kwartaal, peil)
    wijzigingen = _wijzigingen(maatregelen, kwartaal, up_to, peil)
    texts = _texts(programma.doel, groepen, wijzigingen, evaluatie)
    return Rapport(
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
        begrippen=used_terms(_begrippen(corpus), texts),
        verantwoording=_verantwoording(corpus, brieven, secties.values(), wijzigingen, peil, limit),
    )


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


def _stand(entries: Sequence[Voortgang], kwartaal: Kwartaal, peil: dt.date) -> Stand | None:
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
        verantwoording=entry.verantwoording,
    )


def marker_info(
    markering: Markering | None,
    herkomst: MarkeringHerkomst | None,
    legenda: Mapping[Markering, str],
) -> MarkeringInfo:
    """The marker with its doubts spelled out: 'zekerheid laag', 'Franse vertaling: B'."""
    doubts = []
    if herkomst is not None and markering is not None:
        if herkomst.zekerheid != "hoog":
            doubts.append(f"zekerheid {herkomst.zekerheid}")
        if not herkomst.in_brontekst:
            doubts.append("niet in de brontekst")
    if herkomst is not None and herkomst.andere_lezing and herkomst.andere_lezing != markering:
        source = (
            "Franse vertaling" if "Franse vertaling" in herkomst.toelichting else "andere lezing"
        )
        doubts.append(f"{source}: {herkomst.andere_lezing}")
    if markering is None and herkomst is None:
        doubts.append("herkomst niet vastgelegd")
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
        stand=_stand(actie.voortgang, kwartaal, peil),
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
    limit: int,
) -> MaatregelSectie:
    bepaling = measure_status(m, kwartaal, peil)
    return MaatregelSectie(
        nummer=m.nummer,
        titel=m.titel,
        markering=marker_info(m.markering, m.markering_herkomst, legenda),
        status=bepaling.status,
        stand=_stand(m.voortgang, kwartaal, peil),
        actoren=tuple(corpus.actor_name(a) for a in m.actoren),
        acties=tuple(_actie(m.nummer, a, kwartaal, peil, legenda) for a in m.acties),
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
        )

    everything = [m for g in groepen for m in g.maatregelen]
    return Samenvatting(
        statussen=statussen,
        markeringen=markeringen,
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
    regels = []
    for change in diff(maatregelen, van, kwartaal, peil):
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
    return Wijzigingen(vorige=vorige, van=van.next(), regels=tuple(regels))


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


def _texts(
    doel: str,
    groepen: Sequence[GroepSectie],
    wijzigingen: Wijzigingen,
    evaluatie: Evaluatie | None,
) -> list[str]:
    """Every corpus text the report shows, for finding the glossary terms it uses."""
    texts = [doel]
    for g in groepen:
        texts += [g.titel, g.kop or "", *g.doelstelling]
        for blok in g.blokken:
            texts += [blok.kop or "", *(t.doelstelling or "" for t in blok.themas)]
            for m in blok.maatregelen:
                texts += [m.titel, *m.actoren]
                stands = [m.stand, *(a.stand for a in m.acties)]
                texts += [s.toelichting for s in stands if s is not None]
                for a in m.acties:
                    texts += [a.tekst, *(s.tekst for s in a.subacties)]
                for w in m.wetgeving:
                    texts += [w.titel, w.toelichting or ""]
    for r in wijzigingen.regels:
        texts += [f.toelichting for f in r.feiten]
    if evaluatie is not None:
        texts += [
            evaluatie.uitvoerder,
            evaluatie.reikwijdte,
            *evaluatie.bevindingen,
            *evaluatie.aanbevelingen,
        ]
    return texts


_INFLECTION = r"(?:en|s|n|e|'s|’s)?"


def _term_pattern(begrip: Begrip) -> re.Pattern[str] | None:
    """A pattern for the term itself: case-insensitive, plural allowed, '(Mondiaal) x' → 'x'."""
    core = re.sub(r"\([^)]*\)", " ", begrip.term)
    core = core.replace("‘", "").replace("’", "").replace("'", "")
    words = core.split()
    if not words or (begrip.afkorting and core.strip() == begrip.afkorting):
        return None
    body = r"\s+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w-])‘?{body}’?{_INFLECTION}(?![\w-])", re.IGNORECASE)


def used_terms(begrippen: Sequence[Begrip], texts: Iterable[str]) -> tuple[Begrip, ...]:
    """The glossary entries whose term or abbreviation occurs in ``texts``, in glossary order."""
    corpus_text = "\n".join(texts)
    found = []
    for begrip in begrippen:
        patterns = []
        if begrip.afkorting:
            patterns.append(re.compile(rf"(?<![\w-]){re.escape(begrip.afkorting)}(?![\w-])"))
        term = _term_pattern(begrip)
        if term is not None:
            patterns.append(term)
        if any(p.search(corpus_text) for p in patterns):
            found.append(begrip)
    return tuple(found)
