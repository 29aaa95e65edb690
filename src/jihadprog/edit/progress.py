"""The library behind ``voortgang`` and ``wetgeving``: where an entry goes and what it says."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from jihadprog.corpus import Corpus
from jihadprog.edit.splice import NotBlock, Value, insert_entry, model_at
from jihadprog.edit.write import Edit, apply, read
from jihadprog.errors import UserError
from jihadprog.models import Maatregel
from jihadprog.quarters import Kwartaal
from jihadprog.vocab import Status, Wetsstadium
from jihadprog.yamlsource import Loc


@dataclass(frozen=True)
class Target:
    """A progress list: the measure file and the location of the mapping that holds it."""

    path: Path
    loc: Loc
    label: str


@dataclass(frozen=True)
class Feit:
    """A new progress fact as the user gave it (status or stage, text, sources, date)."""

    kwartaal: Kwartaal
    stand: str
    toelichting: str
    bronnen: Sequence[str]
    datum: dt.date | None = None
    verklaring_terugval: str | None = None

    def entry(self, bill: bool) -> dict[str, Value]:
        """The entry's keys in schema order (``stadium`` for a bill, else ``status``).

        Runs of whitespace become one space: every text of the corpus is one paragraph.
        """
        entry: dict[str, Value] = {"kwartaal": str(self.kwartaal)}
        entry["stadium" if bill else "status"] = self.stand
        if self.datum is not None:
            entry["datum"] = self.datum.isoformat()
        entry["toelichting"] = " ".join(self.toelichting.split())
        entry["bronnen"] = [" ".join(bron.split()) for bron in self.bronnen]
        if self.verklaring_terugval:
            entry["verklaring_terugval"] = " ".join(self.verklaring_terugval.split())
        return entry


def measure_target(corpus: Corpus, nummer: int, letter: str | None = None) -> Target:
    """The progress list of measure ``nummer`` or of its action ``letter``."""
    for bestand in corpus.maatregelen:
        if bestand.model.nummer != nummer:
            continue
        if letter is None:
            return Target(bestand.doc.path, (), f"maatregel {nummer}")
        for index, actie in enumerate(bestand.model.acties):
            if actie.letter == letter:
                return Target(bestand.doc.path, ("acties", index), f"actie {nummer}{letter}")
        raise UserError(f"maatregel {nummer} heeft geen actie '{letter}'")
    raise UserError(f"maatregel {nummer} bestaat niet in dit corpus (of laadt niet; zie lint)")


def bill_target(corpus: Corpus, wet_id: str) -> Target:
    """The legislative track of the bill with id ``wet_id``."""
    for bestand in corpus.maatregelen:
        for index, wet in enumerate(bestand.model.wetgeving):
            if wet.id == wet_id:
                return Target(bestand.doc.path, ("wetgeving", index), f"wetsvoorstel '{wet_id}'")
    known = sorted(wet.id for b in corpus.maatregelen for wet in b.model.wetgeving)
    raise UserError(f"onbekend wetsvoorstel '{wet_id}'; kies uit {', '.join(known)}")


def check_feit(feit: Feit, bill: bool) -> None:
    """A clean error (exit 2) for a status or stage outside the vocabulary, or empty text."""
    allowed = [s.value for s in (Wetsstadium if bill else Status)]
    if feit.stand not in allowed:
        what = "stadium" if bill else "status"
        raise UserError(f"onbekende {what} '{feit.stand}'; kies uit {', '.join(allowed)}")
    if not feit.toelichting.strip():
        raise UserError("de toelichting mag niet leeg zijn")
    if not feit.bronnen or not all(bron.strip() for bron in feit.bronnen):
        raise UserError("geef ten minste één bron (--bron), en geen lege")
    if bill and feit.verklaring_terugval:
        raise UserError("een wetgevingsstap heeft geen verklaring_terugval")


@dataclass
class Pending:
    """Entries spliced into file texts in memory, checked and written together."""

    edits: dict[Path, Edit] = field(default_factory=dict)

    def add(self, target: Target, feit: Feit, bill: bool = False) -> None:
        """Splice ``feit`` into the text of the target's file."""
        check_feit(feit, bill)
        edit = self.edits.get(target.path)
        if edit is None:
            raw, text = read(target.path)
            edit = Edit(target.path, raw, text)
        model = model_at(Maatregel, target.loc)
        try:
            text = insert_entry(edit.text, target.loc, model, feit.entry(bill), feit.kwartaal)
        except NotBlock as flow:
            raise UserError(
                f"{target.path.name}:{flow.line}: de voortgang staat niet als lijst met '- ' "
                "onder elkaar; schrijf die zo en probeer het opnieuw",
                exit_code=1,
            ) from None
        self.edits[target.path] = Edit(edit.path, edit.original, text)

    def write(self, root: Path, today: dt.date) -> list[Path]:
        """Check and write every edited file (all or none); the paths written."""
        apply(root, list(self.edits.values()), today)
        return list(self.edits)
