"""The report's data types: everything a template shows, as plain frozen values.

Labels and numbers a reader sees are computed here or in the builders (``build.py``); the
templates only arrange them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jihadprog.models import Begrip, Evaluatie
from jihadprog.quarters import Kwartaal
from jihadprog.report.verantwoording import Verantwoording
from jihadprog.vocab import Status, Wetsstadium


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
    noot: int
    """The number of the footnote that gives the sources, in the order the report shows them."""
    verantwoording: str | None = None
    """A research note on the entry: shown in the Verantwoording annex, never in the body."""


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
    noot: int | None = None
    """The footnote with the sources of the explanation, in the report's bill list."""
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
    """What a derived status rests on: '3c: gerealiseerd; Wet …: in werking'."""
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
    verouderd: int = 0
    """How many of the statuses were last confirmed too long ago ('laatst bevestigd …')."""


@dataclass(frozen=True)
class Samenvatting:
    """The counts table: columns are the statuses that occur, then the markers."""

    statussen: tuple[Status, ...]
    statuskleuren: tuple[str, ...]
    """The chart colour of each status column (colour names the LaTeX preamble defines)."""
    markeringen: tuple[str, ...]
    markeringlabels: tuple[str, ...]
    """How each marker column is headed: 'B', 'V', 'N', 'geen markering'."""
    markeringkleuren: tuple[str, ...]
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
    tot: Kwartaal
    regels: tuple[WijzigingRegel, ...]
    gekozen: bool = False
    """The user chose the period (``jihadprog diff``); else ``vorige`` is the last quarter with data."""


@dataclass(frozen=True)
class Brief:
    """The letter to the Tweede Kamer that this quarter's report corresponds to."""

    nummer: int
    titel: str
    datum: dt.date
    datum_zeker: bool
    kamerstuk: str | None
    dtn: int | None
    dtn_naam: str | None
    """The threat assessment that went with it as the report names it: 'DTN37'."""
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
class OrganisatieRegel:
    """One organisation's row of the annex "Overzicht per organisatie"."""

    naam: str
    maatregelen: tuple[int, ...]
    statussen: tuple[tuple[str, int], ...]
    """(status, number of its measures at that status), in the order of the Status enum."""


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
    evaluatie_noot: int | None
    """The footnote with the evaluation's sources."""
    begrippen: tuple[Begrip, ...]
    verantwoording: Verantwoording
    per_organisatie: tuple[OrganisatieRegel, ...] = ()
    """The annex per organisation; empty unless asked for (`report --per-organisatie`)."""
