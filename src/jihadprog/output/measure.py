"""One measure as readable plain text: in full, or its timeline; ``WRITERS`` by name."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TextIO

from jihadprog.corpus import Corpus
from jihadprog.glossary import expand_abbreviations
from jihadprog.history import facts, latest_quarter
from jihadprog.models import Begrip, Maatregel, MarkeringHerkomst
from jihadprog.output import Writer
from jihadprog.status import measure_status
from jihadprog.visible import visible

WIDTH = 88


def _wrap(text: str, indent: str = "", hanging: str | None = None) -> str:
    return (
        textwrap.fill(
            text,
            WIDTH,
            initial_indent=indent,
            subsequent_indent=hanging if hanging is not None else indent,
            break_on_hyphens=False,
        )
        + "\n"
    )


def _herkomst(herkomst: MarkeringHerkomst | None) -> str:
    if herkomst is None:
        return ""
    parts = [f"zekerheid {herkomst.zekerheid}"]
    if not herkomst.in_brontekst:
        parts.append("niet in de brontekst")
    if herkomst.andere_lezing_label:
        parts.append(herkomst.andere_lezing_label)
    return " (" + "; ".join(parts) + ")"


def render_measure(
    maatregel: Maatregel,
    corpus: Corpus,
    begrippen: Sequence[Begrip] | None,
    highlight: str | None = None,
) -> str:
    """The full text of a measure; with ``begrippen`` abbreviations are written out.

    ``highlight`` is an action letter (``show 3c``): that action is marked with '▶'.
    """
    expansions = [
        (b.afkorting, full)
        for b in begrippen or ()
        if b.afkorting and (full := b.voluit or b.term) != b.afkorting
    ]

    def text(value: str) -> str:
        return expand_abbreviations(value, expansions) if expansions else value

    markers = corpus.programma.model.markeringen if corpus.programma else {}
    out = _wrap(f"Maatregel {maatregel.nummer}. {text(maatregel.titel)}")
    groep = next(
        (
            g
            for g in (corpus.programma.model.groepen if corpus.programma else [])
            if g.nummer == maatregel.groep
        ),
        None,
    )
    groep_label = f"{maatregel.groep} {groep.titel}" if groep else str(maatregel.groep)
    if maatregel.themas:
        groep_label += f" (thema {', '.join(maatregel.themas)})"
    out += f"\nGroep:      {groep_label}\n"
    marker = maatregel.markering
    marker_label = (
        f"{marker} – {markers.get(marker, '')}" if marker else "geen markering in de bron"
    )
    out += f"Markering:  {marker_label}{_herkomst(maatregel.markering_herkomst)}\n"
    out += f"Actoren:    {', '.join(corpus.actor_name(a) for a in maatregel.actoren)}\n"
    kwartaal = latest_quarter(corpus)
    if kwartaal is not None:
        out += f"Status:     {measure_status(maatregel, kwartaal).label} ({kwartaal})\n"
    if maatregel.inleiding:
        out += "\n" + _wrap(text(maatregel.inleiding))
    if maatregel.toelichting:
        out += "\n" + _wrap(text(maatregel.toelichting))
    if maatregel.acties:
        out += "\nActies:\n"
    for actie in maatregel.acties:
        pointer = "▶ " if actie.letter == highlight else "  "
        label = f"{pointer}{actie.letter}. "
        if actie.markering:
            label = f"{pointer}{actie.letter}. [{actie.markering}] "
        out += _wrap(text(actie.tekst), label, " " * 6)
        for sub in actie.subacties:
            out += _wrap(text(sub.tekst), f"      {sub.nummer}. ", " " * 11)
        for note in actie.voetnoten:
            out += _wrap(f"[{note.nummer}] {note.tekst}", " " * 6)
    for note in maatregel.voetnoten:
        out += "\n" + _wrap(f"[{note.nummer}] {note.tekst}")
    if maatregel.voortgang:
        out += "\nVoortgang:\n"
        for entry in maatregel.voortgang:
            out += _wrap(f"{entry.kwartaal}  {entry.status}: {entry.toelichting}", "  ", " " * 4)
            out += _wrap("Bron: " + "; ".join(entry.bronnen), " " * 4)
    return out


def render_history(maatregel: Maatregel) -> str:
    """The timeline of a measure: every entry of the measure, its actions and its bills."""
    out = _wrap(f"Maatregel {maatregel.nummer}. {maatregel.titel}") + "\n"
    timeline = list(facts(maatregel))
    if not timeline:
        return out + "Nog geen voortgang vastgelegd (status: onbekend).\n"
    for feit in timeline:
        part = f"wetgeving {feit.naam}" if feit.onderdeel.startswith("wet:") else feit.naam
        when = f"{feit.kwartaal}" + (f" ({feit.datum})" if feit.datum else "")
        out += _wrap(f"{when}  {part}: {feit.label}", "", "    ")
        out += _wrap(feit.toelichting, "    ")
        if feit.verantwoording:
            out += _wrap("Verantwoording: " + feit.verantwoording, "    ")
        out += _wrap("Bron: " + "; ".join(feit.bronnen), "    ")
    return out


@dataclass(frozen=True)
class Shown:
    """A measure to show, with its corpus; with ``begrippen`` abbreviations are written out."""

    maatregel: Maatregel
    corpus: Corpus
    begrippen: Sequence[Begrip] | None = None
    highlight: str | None = None


def write_text(shown: Shown, stream: TextIO, color: bool = False) -> None:
    """The full text of the measure (hidden and control characters shown as <U+200B>)."""
    text = render_measure(shown.maatregel, shown.corpus, shown.begrippen, shown.highlight)
    stream.write(visible(text, keep="\n"))


def write_history(shown: Shown, stream: TextIO, color: bool = False) -> None:
    """The timeline of the measure (hidden and control characters shown as <U+200B>)."""
    stream.write(visible(render_history(shown.maatregel), keep="\n"))


WRITERS: dict[str, Writer[Shown]] = {"tekst": write_text, "historie": write_history}
