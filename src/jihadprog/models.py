"""The pydantic models: the one definition of what a corpus file may hold.

Every model forbids unknown keys and is strict about types, so ``nummer: "3"`` or
``nummer: 010`` is a positioned error rather than a silent conversion. Field descriptions
are Dutch: they end up in the JSON Schema that editors show while a file is edited.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    Strict,
    WithJsonSchema,
)

from jihadprog.quarters import MAX_YEAR, MIN_YEAR, Kwartaal
from jihadprog.vocab import Markering, Status, Wetsstadium, Zekerheid


class Model(BaseModel):
    """Base of every corpus model: strict, closed, immutable."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _nonblank(value: str) -> str:
    if not value.strip():
        raise ValueError("mag niet leeg zijn")
    return value


# The JSON Schema says it too, so that an editor flags a blank text as the lint does.
Tekst = Annotated[str, AfterValidator(_nonblank), Field(json_schema_extra={"pattern": r"\S"})]
Letter = Annotated[str, Field(pattern=r"^[a-z]$", description="Letter van de actie: a, b, c …")]
Romeins = Annotated[
    str,
    Field(
        pattern=r"^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)$",
        description="Romeins cijfer in kleine letters: i, ii, iii …",
    ),
]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]


def parse_datum(value: Any) -> Any:
    """A date from its ``JJJJ-MM-DD`` text (a Dutch ValueError otherwise); other values as given."""
    if isinstance(value, str):
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError("datum moet de vorm JJJJ-MM-DD hebben, bijvoorbeeld 2015-04-07")
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"'{value}' is geen bestaande datum") from None
        if not MIN_YEAR <= day.year <= MAX_YEAR:
            raise ValueError(f"jaar {day.year} valt buiten het bereik {MIN_YEAR}–{MAX_YEAR}")
        return day
    return value


Datum = Annotated[
    dt.date,
    BeforeValidator(parse_datum),
    PlainSerializer(lambda value: value.isoformat(), return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "format": "date",
            "pattern": r"^(?:19|2[0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}$",
            "description": f"Datum als JJJJ-MM-DD, jaar {MIN_YEAR}–{MAX_YEAR}",
        }
    ),
]


KWARTAAL_PATTERN = r"^(?:19|2[0-9])[0-9]{2}-K[1-4]$"  # the years Kwartaal accepts


def _parse_kwartaal(value: Any) -> Kwartaal:
    """The one spelling the JSON Schema allows (2015-K2); other notations get their fix named."""
    if isinstance(value, Kwartaal):
        return value
    if not isinstance(value, str):
        raise ValueError("kwartaal moet tekst zijn, bijvoorbeeld 2014-K4")
    kwartaal = Kwartaal.parse(value)
    if not re.fullmatch(KWARTAAL_PATTERN, value):
        raise ValueError(f"kwartaal '{value}' heeft niet de vaste vorm JJJJ-KN; schrijf {kwartaal}")
    return kwartaal


# Enums are validated from their Dutch string values, everything else strictly.
MarkeringVeld = Annotated[Markering, Strict(False)]
StatusVeld = Annotated[Status, Strict(False)]
StadiumVeld = Annotated[Wetsstadium, Strict(False)]
ZekerheidVeld = Annotated[Zekerheid, Strict(False)]

KwartaalVeld = Annotated[
    Kwartaal,
    PlainValidator(_parse_kwartaal),
    PlainSerializer(str, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": KWARTAAL_PATTERN,
            "description": "Kwartaal in de vorm JJJJ-KN, bijvoorbeeld 2014-K4",
        }
    ),
]


class MarkeringHerkomst(Model):
    """Where a marker comes from and how sure the corpus is of it."""

    zekerheid: ZekerheidVeld = Field(description="hoog, middel of laag")
    in_brontekst: bool = Field(
        description="Staat de markering in de tekst van het Actieprogramma zelf (29 754, nr. 253)?"
    )
    toelichting: Tekst = Field(description="Bewijs of redenering achter de markering")
    andere_lezing: MarkeringVeld | None = Field(
        default=None,
        description="Markering volgens een andere bron (bv. de Franse vertaling) als die afwijkt "
        "of als de brontekst er geen geeft",
    )
    andere_lezing_bron: Tekst | None = Field(
        default=None,
        description="Bron van de andere lezing, bv. 'Franse vertaling' (standaard: 'andere lezing')",
    )

    @property
    def andere_lezing_label(self) -> str | None:
        """The other reading with its source: 'Franse vertaling: B'; None without one."""
        if self.andere_lezing is None:
            return None
        return f"{self.andere_lezing_bron or 'andere lezing'}: {self.andere_lezing}"


def marker_doubts(
    markering: Markering | None, herkomst: MarkeringHerkomst | None
) -> tuple[str, ...]:
    """Why a marker is not certain, in Dutch: 'zekerheid laag', 'Franse vertaling: B'.

    Empty when the marker is certain: the programme text gives it with high confidence and no
    other source reads it differently. Views, the report and ``show`` all ask this one question.
    """
    doubts = []
    if herkomst is not None and markering is not None:
        if herkomst.zekerheid != "hoog":
            doubts.append(f"zekerheid {herkomst.zekerheid}")
        if not herkomst.in_brontekst:
            doubts.append("niet in de brontekst")
    if (
        herkomst is not None
        and herkomst.andere_lezing_label
        and herkomst.andere_lezing != markering
    ):
        doubts.append(herkomst.andere_lezing_label)
    if markering is None and herkomst is None:
        doubts.append("herkomst niet vastgelegd")
    return tuple(doubts)


class Verwijzing(Model):
    """A cross-reference to another measure or one of its actions ('zie ook maatregel 30')."""

    maatregel: int = Field(ge=1, description="Nummer van de maatregel waarnaar verwezen wordt")
    actie: Letter | None = Field(
        default=None,
        description="Letter van de actie waarnaar verwezen wordt, als de verwijzing een actie betreft",
    )


class Voetnoot(Model):
    """A footnote of the programme text, kept with the element it stands at."""

    nummer: int = Field(ge=1, description="Nummer van de voetnoot in het Actieprogramma")
    tekst: Tekst = Field(description="Tekst van de voetnoot, zoals in het Actieprogramma")
    bij: str = Field(
        default="tekst",
        pattern=r"^(titel|toelichting|tekst|inleiding)$",
        description="Waar het voetnootteken staat: titel, toelichting, tekst (van de actie) of inleiding",
    )


class Voortgang(Model):
    """One quarter's progress fact of a measure or action, with its sources."""

    kwartaal: KwartaalVeld
    status: StatusVeld = Field(description="Stand van uitvoering in dit kwartaal")
    datum: Datum | None = Field(default=None, description="Datum van het feit, als bekend")
    toelichting: Tekst = Field(description="Wat er gebeurde, in eigen woorden")
    bronnen: list[Tekst] = Field(
        min_length=1,
        description="Bronnen, bv. 'Kamerstuk 29 754, nr. 271' of 'Stb. 2017, 52'",
    )
    verklaring_terugval: Tekst | None = Field(
        default=None,
        description="Verplicht als de status teruggaat (bv. gerealiseerd → in uitvoering)",
    )
    verantwoording: Tekst | None = Field(
        default=None,
        description="Onderzoeksnotitie over het feit (bv. een niet geverifieerde datum); staat "
        "in de rapportage alleen in de bijlage Verantwoording, niet in de tekst",
    )


class Wetgevingsstap(Model):
    """One stage a bill reached, with its date and sources."""

    kwartaal: KwartaalVeld
    stadium: StadiumVeld = Field(
        description="Stadium dat het wetsvoorstel in dit kwartaal bereikte"
    )
    datum: Datum | None = Field(default=None, description="Datum van de stap, als bekend")
    toelichting: Tekst = Field(description="Wat er gebeurde, in eigen woorden")
    bronnen: list[Tekst] = Field(
        min_length=1, description="Bronnen, bv. 'Kamerstuk 34 359, nr. 2' of 'Stb. 2017, 51'"
    )
    verantwoording: Tekst | None = Field(
        default=None,
        description="Onderzoeksnotitie over de stap; alleen in de bijlage Verantwoording",
    )


class Wetsvoorstel(Model):
    """A bill announced or used by the programme, with its legislative track."""

    id: Slug = Field(description="Korte sleutel, bv. 'twbmt'")
    titel: Tekst = Field(description="Titel van het wetsvoorstel")
    kamerstuk: str | None = Field(
        default=None,
        pattern=r"^\d{2} \d{3}(?: \(R\d+\))?$",
        description="Kamerstuknummer van het wetsvoorstel, bv. '34 359' of '34 356 (R2064)'",
    )
    staatsblad: str | None = Field(
        default=None, pattern=r"^Stb\. \d{4}, \d+$", description="bv. 'Stb. 2017, 51'"
    )
    actie: Letter | None = Field(
        default=None, description="De actie waar het wetsvoorstel bij hoort"
    )
    voortgang: list[Wetgevingsstap] = Field(
        default_factory=list,
        description="De stadia die het wetsvoorstel doorliep, op volgorde van kwartaal",
    )


class Subactie(Model):
    """A roman-numbered sub-item of an action (21b, 27b, 34a, 37a, 37b)."""

    nummer: Romeins
    tekst: Tekst = Field(description="Tekst van de subactie, zoals in het Actieprogramma")


class Actie(Model):
    """A lettered action of a measure."""

    letter: Letter
    tekst: Tekst = Field(description="Tekst van de actie, zoals in het Actieprogramma")
    markering: MarkeringVeld | None = Field(
        default=None, description="Alleen als het programma deze actie apart markeert (bv. 3c, 15b)"
    )
    markering_herkomst: MarkeringHerkomst | None = Field(
        default=None, description="Herkomst en zekerheid van de markering van deze actie"
    )
    subacties: list[Subactie] = Field(
        default_factory=list,
        description="Romeins genummerde onderdelen van de actie (i, ii, iii …)",
    )
    verwijzingen: list[Verwijzing] = Field(
        default_factory=list,
        description="Verwijzingen vanuit deze actie naar andere maatregelen of acties",
    )
    voetnoten: list[Voetnoot] = Field(
        default_factory=list, description="Voetnoten bij de tekst van de actie"
    )
    voortgang: list[Voortgang] = Field(
        default_factory=list, description="Voortgang van deze actie per kwartaal, met bronnen"
    )


class Maatregel(Model):
    """One of the 38 measures: official text, marker, actors, actions and progress."""

    nummer: int = Field(ge=1, description="Nummer van de maatregel (1–38)")
    titel: Tekst = Field(description="Officiële titel (de vetgedrukte zin in het programma)")
    groep: int = Field(ge=1, description="Groep 1–5 (zie programma.yaml)")
    themas: list[str] = Field(
        default_factory=list,
        description="Thema's binnen de groep: a/b/c in groep 3; lokaal/nationaal/internationaal in groep 5",
    )
    markering: MarkeringVeld | None = Field(description="B, V of N; null als de bron er geen geeft")
    markering_herkomst: MarkeringHerkomst | None = Field(
        default=None, description="Verplicht als de markering niet met hoge zekerheid vaststaat"
    )
    inleiding: Tekst | None = Field(
        default=None, description="Tekst die in het programma aan deze maatregel voorafgaat"
    )
    toelichting: Tekst | None = Field(
        default=None, description="De eigen alinea van de maatregel, onder de titel"
    )
    acties: list[Actie] = Field(
        default_factory=list, description="De acties van de maatregel, met letter a, b, c …"
    )
    voetnoten: list[Voetnoot] = Field(
        default_factory=list,
        description="Voetnoten bij titel, inleiding of toelichting van de maatregel",
    )
    verwijzingen: list[Verwijzing] = Field(
        default_factory=list,
        description="Verwijzingen ('zie ook maatregel N') naar andere maatregelen of acties",
    )
    actoren: list[str] = Field(min_length=1, description="Sleutels uit organisaties.yaml")
    wetgeving: list[Wetsvoorstel] = Field(
        default_factory=list,
        description="Wetsvoorstellen die de maatregel aankondigt of gebruikt, met hun wetgevingsroute",
    )
    voortgang: list[Voortgang] = Field(
        default_factory=list,
        description="Voortgang van de maatregel als geheel per kwartaal, met bronnen",
    )
    redactie: list[Tekst] = Field(
        default_factory=list,
        description="Redactionele opmerkingen over de transcriptie (bv. een hersteld drukfoutje)",
    )


class Begrip(Model):
    """A term of the programme's begrippenlijst (or an editorial addition, marked as such)."""

    term: Tekst = Field(description="De term zoals in de begrippenlijst van het programma")
    afkorting: str | None = Field(
        default=None, description="De afkorting, als de term er een is of heeft"
    )
    voluit: str | None = Field(default=None, description="De afkorting voluit, voor uitschrijven")
    omschrijving: Tekst = Field(description="De omschrijving uit de begrippenlijst")
    aanvulling: bool = Field(
        default=False,
        description="true als de term niet in de begrippenlijst van het programma staat",
    )
    toelichting: str | None = Field(default=None, description="Waarom een aanvulling nodig is")


class Begrippenlijst(Model):
    """The glossary file begrippen.yaml."""

    inleiding: Tekst = Field(description="Inleidende zin van de begrippenlijst")
    voetnoot: Voetnoot = Field(description="De voetnoot bij de begrippenlijst")
    begrippen: list[Begrip] = Field(
        min_length=1, description="De begrippen en afkortingen, in de volgorde van het programma"
    )


class Organisatie(Model):
    """An organisation that carries out measures; measures name actors by ``id``."""

    id: str = Field(
        pattern=r"^[A-Za-z][A-Za-z0-9-]*$",
        description="Sleutel waarmee maatregelen de actor noemen, bv. 'NCTV', 'VenJ' of 'CT-Infobox'",
    )
    naam: Tekst = Field(description="Volledige naam van de organisatie")
    afkorting: str | None = Field(
        default=None, description="Gangbare afkorting, als die van de sleutel afwijkt"
    )
    kort: str | None = Field(
        default=None,
        description="Korte naam in tabellen en lopende tekst als er geen afkorting is, "
        "bv. 'Financiën'",
    )
    aliassen: list[str] = Field(
        default_factory=list,
        description="Andere namen of schrijfwijzen die naar deze organisatie verwijzen",
    )

    @property
    def weergave(self) -> str:
        """How a reader sees the organisation: short name, official abbreviation or full name."""
        return self.kort or self.afkorting or self.naam


class Organisaties(Model):
    """The registry file organisaties.yaml."""

    organisaties: list[Organisatie] = Field(
        min_length=1, description="Alle organisaties die maatregelen uitvoeren"
    )


class Thema(Model):
    """A theme inside a group (3a/3b/3c) or a level (lokaal/nationaal/internationaal)."""

    code: str = Field(
        pattern=r"^[a-z]+$",
        description="Korte code van het thema: a, b, c of lokaal, nationaal, internationaal",
    )
    titel: Tekst = Field(description="Naam van het thema")
    sectie: Tekst | None = Field(default=None, description="Sectiekop in het programma")
    kop: Tekst | None = Field(default=None, description="Cursieve kop onder de sectiekop")
    doelstelling: Tekst | None = Field(
        default=None, description="Doelstelling van het thema, zoals het programma die noemt"
    )


class Groep(Model):
    """One of the five groups of measures, with its objective as the programme states it."""

    nummer: int = Field(ge=1, description="Nummer van de groep (1–5)")
    titel: Tekst = Field(description="Naam van de groep in de opsomming van het programma")
    sectie: Tekst | None = Field(default=None, description="Sectiekop in het programma")
    kop: Tekst | None = Field(default=None, description="Cursieve kop onder de sectiekop")
    doelstelling: list[Tekst] = Field(
        default_factory=list, description="Doelstelling van de groep, per alinea"
    )
    themas: list[Thema] = Field(
        default_factory=list, description="Thema's of niveaus binnen de groep"
    )


class Programma(Model):
    """Programme metadata, the marker legend and the groups (programma.yaml)."""

    titel: Tekst = Field(description="Titel van het Actieprogramma")
    datum: Datum
    kamerstuk: Tekst = Field(
        description="Kamerstuk van het programma, bv. 'Kamerstuk 29 754, nr. 253'"
    )
    doel: Tekst = Field(
        description="Het doel van het programma, zoals het programma het formuleert"
    )
    inleiding: list[Tekst] = Field(description="De inleiding van het programma, per alinea")
    markeringen: dict[MarkeringVeld, Tekst] = Field(
        description="Betekenis van de markeringen B, V en N"
    )
    groepen: list[Groep] = Field(min_length=1, description="De vijf groepen maatregelen")
    verouderd_na_kwartalen: int = Field(
        default=4,
        ge=1,
        description="Een status waarvan het laatste feit meer dan dit aantal kwartalen ouder is "
        "dan het kwartaal van de rapportage, krijgt 'laatst bevestigd <kwartaal>'",
    )


class Rapportage(Model):
    """A progress report (voortgangsrapportage) sent to the Tweede Kamer."""

    nummer: int = Field(ge=1, description="Volgnummer: 1 = eerste voortgangsrapportage")
    titel: Tekst = Field(description="Titel van de voortgangsrapportage")
    datum: Datum | None = Field(default=None, description="Datum van de brief, als bekend")
    datum_zeker: bool = Field(description="false als de datum is afgeleid (bv. van het DTN)")
    kamerstuk: str | None = Field(
        default=None,
        pattern=r"^Kamerstuk \d{2} \d{3}, nr\. \d+$",
        description="Kamerstuk van de aanbiedingsbrief, bv. 'Kamerstuk 29 754, nr. 308'",
    )
    dtn: int | None = Field(default=None, ge=1, description="Nummer van het DTN dat meeging")
    dtn_kamerstuk: str | None = Field(
        default=None,
        pattern=r"^Kamerstuk \d{2} \d{3}, nr\. \d+$",
        description="Kamerstuk van het meegestuurde DTN, bv. 'Kamerstuk 29 754, nr. 270'",
    )
    ondertekenaars: list[Tekst] = Field(
        default_factory=list, description="Ondertekenaars van de brief, bv. 'I.W. Opstelten (VenJ)'"
    )
    toelichting: Tekst | None = Field(default=None, description="Toelichting bij de rapportage")
    bronnen: list[Tekst] = Field(
        min_length=1, description="Bronnen van de gegevens over deze rapportage"
    )


class Evaluatie(Model):
    """The programme evaluation (Inspectie VenJ, 2017) with its findings."""

    titel: Tekst = Field(description="Titel van het evaluatierapport")
    uitvoerder: Tekst = Field(description="Wie de evaluatie uitvoerde")
    datum: Datum
    kamerstuk: str = Field(
        pattern=r"^Kamerstuk \d{2} \d{3}, nr\. \d+$",
        description="Kamerstuk waarmee de evaluatie aan de Kamer ging",
    )
    reikwijdte: Tekst = Field(description="Wat de evaluatie wel en niet onderzocht")
    bevindingen: list[Tekst] = Field(min_length=1, description="De belangrijkste bevindingen")
    aanbevelingen: list[Tekst] = Field(
        default_factory=list, description="De aanbevelingen, als de evaluatie die doet"
    )
    bronnen: list[Tekst] = Field(
        min_length=1, description="Bronnen van de gegevens over de evaluatie"
    )


class Rapportages(Model):
    """The file rapportages.yaml: the real progress reports and the evaluation."""

    rapportages: list[Rapportage] = Field(
        min_length=1, description="De voortgangsrapportages aan de Tweede Kamer, op volgorde"
    )
    evaluatie: Evaluatie | None = Field(default=None, description="De evaluatie van het programma")
