"""The closed vocabularies of the corpus: markers, confidence, statuses, legislative stages.

Their Dutch values are the values written in the YAML and shown to users; the order of
the members is meaningful (it is the order used in tables and in the legislative track).
"""

from __future__ import annotations

from enum import StrEnum


class Markering(StrEnum):
    """The programme's marker of a measure or action."""

    B = "B"
    V = "V"
    N = "N"


class Zekerheid(StrEnum):
    """How sure the corpus is of a marker (see markering_herkomst)."""

    HOOG = "hoog"
    MIDDEL = "middel"
    LAAG = "laag"


class Status(StrEnum):
    """The implementation status of a measure or action in a quarter."""

    NOG_NIET_GESTART = "nog niet gestart"
    IN_VOORBEREIDING = "in voorbereiding"
    IN_UITVOERING = "in uitvoering"
    VERTRAAGD = "vertraagd"
    DOORLOPEND = "doorlopend"
    GEREALISEERD = "gerealiseerd"
    VERVALLEN = "vervallen"
    ONBEKEND = "onbekend"

    @property
    def rank(self) -> int | None:
        """Progress order used to detect a status that goes backwards; None = not on the scale."""
        return _STATUS_RANK.get(self)


class Wetsstadium(StrEnum):
    """The stage of a bill, in the order a bill passes them."""

    IN_VOORBEREIDING = "in voorbereiding"
    CONSULTATIE = "consultatie"
    ADVIES_RAAD_VAN_STATE = "advies Raad van State"
    INGEDIEND = "ingediend"
    AANGENOMEN_TWEEDE_KAMER = "aangenomen Tweede Kamer"
    AANGENOMEN_EERSTE_KAMER = "aangenomen Eerste Kamer"
    STAATSBLAD = "Staatsblad"
    IN_WERKING = "in werking"
    INGETROKKEN = "ingetrokken"

    @property
    def rank(self) -> int:
        """Position on the legislative track."""
        return _STADIUM_RANK[self]


# What editors show for each vocabulary and each of its values (JSON Schema, Dutch); the
# statuses are worded as the status table in README.md.
OMSCHRIJVING: dict[type[StrEnum], str] = {
    Markering: "Markering uit het Actieprogramma: bestaand, versterkt of nieuw.",
    Zekerheid: "Hoe zeker het corpus van de markering is (zie markering_herkomst).",
    Status: "Stand van uitvoering van een maatregel of actie in een kwartaal.",
    Wetsstadium: "Stadium van een wetsvoorstel, in de volgorde waarin een wetsvoorstel ze doorloopt.",
}
WAARDE_OMSCHRIJVING: dict[StrEnum, str] = {
    Markering.B: "Bestaande maatregel",
    Markering.V: "Bestaande maatregel die wordt versterkt",
    Markering.N: "Nieuwe maatregel",
    Zekerheid.HOOG: "De markering staat zo in de brontekst",
    Zekerheid.MIDDEL: "De markering is afgeleid, met goede grond",
    Zekerheid.LAAG: "De markering is onzeker; zie de toelichting",
    Status.NOG_NIET_GESTART: "Besloten, maar er is nog niets gebeurd",
    Status.IN_VOORBEREIDING: "Wordt voorbereid (plan, wetsvoorstel, inrichting)",
    Status.IN_UITVOERING: "De uitvoering loopt",
    Status.VERTRAAGD: "Loopt achter op wat was toegezegd",
    Status.DOORLOPEND: "Structureel onderdeel van het werk geworden",
    Status.GEREALISEERD: "Afgerond of operationeel",
    Status.VERVALLEN: "Niet meer aan de orde",
    Status.ONBEKEND: "Geen gegevens tot en met dit kwartaal",
    Wetsstadium.IN_VOORBEREIDING: "Het ministerie schrijft het wetsvoorstel",
    Wetsstadium.CONSULTATIE: "Het concept ligt ter (internet)consultatie",
    Wetsstadium.ADVIES_RAAD_VAN_STATE: "De Raad van State adviseert over het voorstel",
    Wetsstadium.INGEDIEND: "Het voorstel is bij de Tweede Kamer ingediend",
    Wetsstadium.AANGENOMEN_TWEEDE_KAMER: "De Tweede Kamer heeft het voorstel aangenomen",
    Wetsstadium.AANGENOMEN_EERSTE_KAMER: "De Eerste Kamer heeft het voorstel aangenomen",
    Wetsstadium.STAATSBLAD: "De wet is in het Staatsblad gepubliceerd",
    Wetsstadium.IN_WERKING: "De wet is in werking getreden",
    Wetsstadium.INGETROKKEN: "Het voorstel is ingetrokken",
}

_STATUS_RANK = {
    Status.NOG_NIET_GESTART: 0,
    Status.IN_VOORBEREIDING: 1,
    Status.IN_UITVOERING: 2,
    Status.VERTRAAGD: 2,
    Status.DOORLOPEND: 3,
    Status.GEREALISEERD: 3,
}
_STADIUM_RANK = {stadium: index for index, stadium in enumerate(Wetsstadium)}

# What a bill's stage says about the progress of its measure: a law in the Staatsblad is being
# carried out, a law in force is realised (see "Hoe de status wordt bepaald" in the README).
STADIUM_STATUS = {
    Wetsstadium.IN_VOORBEREIDING: Status.IN_VOORBEREIDING,
    Wetsstadium.CONSULTATIE: Status.IN_VOORBEREIDING,
    Wetsstadium.ADVIES_RAAD_VAN_STATE: Status.IN_VOORBEREIDING,
    Wetsstadium.INGEDIEND: Status.IN_VOORBEREIDING,
    Wetsstadium.AANGENOMEN_TWEEDE_KAMER: Status.IN_VOORBEREIDING,
    Wetsstadium.AANGENOMEN_EERSTE_KAMER: Status.IN_VOORBEREIDING,
    Wetsstadium.STAATSBLAD: Status.IN_UITVOERING,
    Wetsstadium.IN_WERKING: Status.GEREALISEERD,
    Wetsstadium.INGETROKKEN: Status.VERVALLEN,
}

# The name of each status's colour in the LaTeX preamble, and the colour itself (hex RGB): one
# fixed colour per status, the same in every report, chart and format.
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
STATUS_KLEUR = {
    Status.NOG_NIET_GESTART: "BDBDBD",
    Status.IN_VOORBEREIDING: "9ECAE1",
    Status.IN_UITVOERING: "3182BD",
    Status.VERTRAAGD: "E6550D",
    Status.DOORLOPEND: "74C476",
    Status.GEREALISEERD: "006D2C",
    Status.VERVALLEN: "636363",
    Status.ONBEKEND: "F0F0F0",
}

# One fixed colour per marker; "geen" is a measure without a marker in the programme.
MARKERING_KLEUR = {"B": "6BAED6", "V": "FD8D3C", "N": "41AB5D", "geen": "F0F0F0"}
