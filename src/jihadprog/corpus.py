"""Load a corpus directory into validated models, keeping every problem positioned.

A corpus is a directory with ``programma.yaml``, ``organisaties.yaml``, ``begrippen.yaml``,
``rapportages.yaml`` and ``maatregelen/NN-<slug>.yaml``. Loading never raises for bad content: each defect becomes a
finding (rule id + position), and whatever validated is still available to the rules.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError

from jihadprog.errors import UserError, os_reason
from jihadprog.models import (
    Begrip,
    Begrippenlijst,
    Maatregel,
    Organisaties,
    Programma,
    Rapportages,
)
from jihadprog.problems import Finding
from jihadprog.schemaerrors import dutch_validation_findings
from jihadprog.yamlsource import Document, document_from_text, read_document

ENV_CORPUS = "JIHADPROG_CORPUS"
MAATREGELEN_DIR = "maatregelen"
PROGRAMMA_FILE = "programma.yaml"
ORGANISATIES_FILE = "organisaties.yaml"
BEGRIPPEN_FILE = "begrippen.yaml"
RAPPORTAGES_FILE = "rapportages.yaml"
YAML_SUFFIXES = (".yaml", ".yml")
ORGANISATIE = "organisatie uit organisaties.yaml"
"""The ``toelichting`` of a glossary entry made from the organisation registry."""

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Bestand(Generic[M]):
    """A file whose content validated: the model plus the document for positions."""

    doc: Document
    model: M

    def finding(self, loc: tuple[str | int, ...], message: str) -> Finding:
        """A finding at ``loc`` inside this file."""
        return self.doc.finding(loc, message)


@dataclass
class Corpus:
    """Everything that loaded, and the findings from loading and schema validation."""

    root: Path
    documents: list[Document] = field(default_factory=list)
    programma: Bestand[Programma] | None = None
    organisaties: Bestand[Organisaties] | None = None
    begrippen: Bestand[Begrippenlijst] | None = None
    rapportages: Bestand[Rapportages] | None = None
    maatregelen: list[Bestand[Maatregel]] = field(default_factory=list)
    findings: list[tuple[str, Finding]] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    texts: dict[Path, str] = field(default_factory=dict, repr=False)
    _index: dict[int, Maatregel] = field(default_factory=dict, init=False, repr=False)
    _indexed: int = field(default=0, init=False, repr=False)

    def maatregel(self, nummer: int) -> Maatregel | None:
        """The measure with this number (the first file that has it), if it loaded."""
        if self._indexed != len(self.maatregelen):
            self._index = {}
            for bestand in reversed(self.maatregelen):
                self._index[bestand.model.nummer] = bestand.model
            self._indexed = len(self.maatregelen)
        return self._index.get(nummer)

    def sorted_maatregelen(self) -> list[Maatregel]:
        """All valid measures in programme order."""
        return sorted((b.model for b in self.maatregelen), key=lambda m: m.nummer)

    def actor_name(self, actor: str) -> str:
        """The name a reader sees for an actor id ('Financien' → 'Financiën'); the id if unknown."""
        if self.organisaties is not None:
            for org in self.organisaties.model.organisaties:
                if org.id == actor:
                    return org.weergave
        return actor

    def begrippen_en_organisaties(self) -> list[Begrip]:
        """The glossary, plus every organisation abbreviation (or abbreviated alias) it lacks.

        Each is added as an entry of its own ('DJI': 'Dienst Justitiële Inrichtingen.'), marked
        as an addition, so the report's annex and ``begrip`` know it.
        """
        lijst = list(self.begrippen.model.begrippen) if self.begrippen else []
        known = {b.afkorting or b.term for b in lijst} | {b.term for b in lijst}
        orgs = self.organisaties.model.organisaties if self.organisaties else []
        for org in orgs:
            short = [org.afkorting] if org.afkorting else []
            short += [a for a in org.aliassen if " " not in a and sum(c.isupper() for c in a) > 1]
            for afkorting in short:
                if afkorting not in known:
                    known.add(afkorting)
                    lijst.append(
                        Begrip(
                            term=afkorting,
                            afkorting=afkorting,
                            omschrijving=f"{org.naam}.",
                            aanvulling=True,
                            toelichting=ORGANISATIE,
                        )
                    )
        return lijst

    @property
    def measures_complete(self) -> bool:
        """False when a measure file failed to load: rules over the whole set must not judge it."""
        return not any(name.startswith(MAATREGELEN_DIR + "/") for name in self.dropped)


def resolve_root(option: Path | None) -> Path:
    """The corpus directory: the option, else $JIHADPROG_CORPUS, else the current directory."""
    if option is not None:
        return option
    env = os.environ.get(ENV_CORPUS)
    return Path(env) if env else Path.cwd()


def load_corpus(root: Path, texts: Mapping[Path, str] | None = None) -> Corpus:
    """Read and validate every corpus file under ``root``.

    ``texts`` stands in for the content of some files: an edit is checked in memory first.
    """
    if not root.is_dir():
        raise UserError(f"corpusmap '{root}' bestaat niet of is geen map")
    corpus = Corpus(root=root, texts=dict(texts or {}))
    corpus.programma = _load_single(corpus, PROGRAMMA_FILE, Programma)
    corpus.organisaties = _load_single(corpus, ORGANISATIES_FILE, Organisaties)
    corpus.begrippen = _load_single(corpus, BEGRIPPEN_FILE, Begrippenlijst)
    corpus.rapportages = _load_single(corpus, RAPPORTAGES_FILE, Rapportages)
    for path in _measure_paths(corpus):
        bestand = _load_file(corpus, path, Maatregel)
        if bestand is not None:
            corpus.maatregelen.append(bestand)
    return corpus


def _load_single(corpus: Corpus, name: str, model: type[M]) -> Bestand[M] | None:
    path = corpus.root / name
    if not path.exists() and not path.is_symlink():
        corpus.findings.append(
            (
                "corpus-layout",
                Finding(name, None, None, f"bestand {name} ontbreekt in de corpusmap"),
            )
        )
        corpus.dropped.append(name)
        return None
    return _load_file(corpus, path, model)


def _measure_paths(corpus: Corpus) -> Iterator[Path]:
    directory = corpus.root / MAATREGELEN_DIR
    if not directory.is_dir():
        corpus.findings.append(
            ("corpus-layout", Finding(MAATREGELEN_DIR, None, None, "map maatregelen/ ontbreekt"))
        )
        return
    try:
        entries = sorted(directory.iterdir())
    except OSError as error:
        message = f"map kan niet worden gelezen: {os_reason(error)}"
        corpus.findings.append(("file-unreadable", Finding(MAATREGELEN_DIR, None, None, message)))
        return
    found = False
    for path in entries:
        if path.name.startswith("."):
            continue
        if path.suffix in YAML_SUFFIXES:
            found = True
            yield path
        else:
            message = "hoort niet in maatregelen/: alleen maatregelbestanden NN-naam.yaml"
            corpus.findings.append(
                ("corpus-layout", Finding(_display(corpus, path), None, None, message))
            )
    if not found:
        message = "map maatregelen/ bevat geen maatregelbestanden"
        corpus.findings.append(("corpus-layout", Finding(MAATREGELEN_DIR, None, None, message)))


def _load_file(corpus: Corpus, path: Path, model: type[M]) -> Bestand[M] | None:
    bestand = _validate(corpus, path, model)
    if bestand is None:
        corpus.dropped.append(_display(corpus, path))
    return bestand


def _validate(corpus: Corpus, path: Path, model: type[M]) -> Bestand[M] | None:
    name = _display(corpus, path)
    text = corpus.texts.get(path)
    doc = read_document(path, name) if text is None else document_from_text(path, name, text)
    corpus.documents.append(doc)
    corpus.findings.extend(doc.findings)
    if not doc.usable:
        return None
    if not isinstance(doc.data, dict):
        message = "verwachtte een mapping (sleutel: waarde) op het hoogste niveau"
        corpus.findings.append(("schema", Finding(doc.name, 1, 1, message)))
        return None
    try:
        return Bestand(doc, model.model_validate(doc.data))
    except ValidationError as error:
        corpus.findings.extend(("schema", f) for f in dutch_validation_findings(doc, error, model))
        return None


def _display(corpus: Corpus, path: Path) -> str:
    try:
        return path.relative_to(corpus.root).as_posix()
    except ValueError:
        return str(path)
