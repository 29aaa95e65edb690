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
