"""The quarterly round: ask every organisation for its quarter (``uitvraag``), take the answers in.

The questionnaire lists, per organisation, the measures it carries and those actions of them
that keep their own progress, with the last known status and sources and empty fields for the
quarter, as YAML and as CSV (sources separated by ';'). The answers are read back with the
same positioned validation as the corpus and merged with the byte-preserving splice.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError

from jihadprog.corpus import Corpus
from jihadprog.edit.progress import Feit, Pending, Target, measure_target
from jihadprog.edit.style import WIDTH, render_scalar
from jihadprog.edit.style import wrap as _wrap
from jihadprog.errors import UserError
from jihadprog.models import Datum, KwartaalVeld, Letter, Maatregel, Model, StatusVeld, Voortgang
from jihadprog.problems import Finding, Level, Problem
from jihadprog.quarters import Kwartaal
from jihadprog.schemaerrors import dutch_validation_findings
from jihadprog.status import entry_as_of
from jihadprog.vocab import Status
from jihadprog.yamlsource import Document, read_document

RULE = "kwartaal-antwoord"
SEPARATOR = ";"
COLUMNS = (
    "kwartaal",
    "maatregel",
    "actie",
    "onderwerp",
    "laatste_kwartaal",
    "laatste_status",
    "laatste_bronnen",
    "status",
    "datum",
    "toelichting",
    "bronnen",
)


class Onderdeel(Model):
    """One measure or action in a questionnaire, with the answer for the quarter (if given)."""

    maatregel: int = Field(ge=1)
    actie: Letter | None = None
    onderwerp: str | None = None
    laatste_kwartaal: str | None = None
    laatste_status: str | None = None
    laatste_bronnen: list[str] | None = None
    status: StatusVeld | None = None
    datum: Datum | None = None
    toelichting: str | None = None
    bronnen: list[str] | None = None


class Uitvraag(Model):
    """A questionnaire file as sent out and returned."""

    organisatie: str
    kwartaal: KwartaalVeld
    onderdelen: list[Onderdeel]


@dataclass(frozen=True)
class Vraag:
    """One row of a questionnaire: a measure or action and its last known progress."""

    maatregel: Maatregel
    letter: str | None
    onderwerp: str
    laatste: Voortgang | None


def questions(corpus: Corpus, organisatie: str, kwartaal: Kwartaal) -> list[Vraag]:
    """The measures ``organisatie`` carries and their actions with progress of their own."""
    rows: list[Vraag] = []
    for maatregel in corpus.sorted_maatregelen():
        if organisatie not in maatregel.actoren:
            continue
        last = entry_as_of(maatregel.voortgang, kwartaal)
        rows.append(Vraag(maatregel, None, maatregel.titel, last))
        for actie in maatregel.acties:
            if actie.voortgang:
                last = entry_as_of(actie.voortgang, kwartaal)
                rows.append(Vraag(maatregel, actie.letter, actie.tekst, last))
    return rows


def write_uitvraag(corpus: Corpus, kwartaal: Kwartaal, output: Path) -> list[Path]:
    """One YAML and one CSV file per organisation that carries a measure; the paths written."""
    from jihadprog.report.publish import write_atomic

    if corpus.organisaties is None:
        raise UserError("organisaties.yaml laadt niet; zie 'jihadprog lint'", 1)
    written: list[Path] = []
    for org in corpus.organisaties.model.organisaties:
        rows = questions(corpus, org.id, kwartaal)
        if not rows:
            continue
        stem = f"{kwartaal}-{org.id}"
        for suffix, text in (
            (".yaml", to_yaml(org.id, org.naam, kwartaal, rows)),
            (".csv", to_csv(kwartaal, rows)),
        ):
            write_atomic(output / (stem + suffix), text.encode("utf-8"))
            written.append(output / (stem + suffix))
    return written


def to_yaml(organisatie: str, naam: str, kwartaal: Kwartaal, rows: Sequence[Vraag]) -> str:
    """The questionnaire as YAML, in the corpus's style, with instructions in comments."""
    statuses = ", ".join(s.value for s in Status)
    lines = [
        f"# Kwartaaluitvraag {kwartaal} voor {naam}.",
        "# Vul per onderdeel status, toelichting en ten minste één bron in (datum mag leeg",
        "# blijven); laat een onderdeel zonder nieuws leeg. Stuur het bestand terug.",
        *_comment_lines(f"Statussen: {statuses}."),
        f"organisatie: {render_scalar(organisatie, 13, 2)}",
        f"kwartaal: {kwartaal}",
        "onderdelen:",
    ]
    for row in rows:
        lines.append(f"  - maatregel: {row.maatregel.nummer}")
        if row.letter:
            lines.append(f"    actie: {row.letter}")
        lines.append(f"    onderwerp: {render_scalar(row.onderwerp, 15, 6)}")
        if row.laatste is not None:
            lines.append(f"    laatste_kwartaal: {row.laatste.kwartaal}")
            lines.append(f"    laatste_status: {row.laatste.status.value}")
            lines.append("    laatste_bronnen:")
            lines.extend(f"      - {render_scalar(b, 8, 8)}" for b in row.laatste.bronnen)
        lines.extend(f"    {key}:" for key in ("status", "datum", "toelichting", "bronnen"))
    return "\n".join(lines) + "\n"


def _comment_lines(text: str) -> list[str]:
    return ["# " + line for line in _wrap(text.split(" "), WIDTH - 2)]


def to_csv(kwartaal: Kwartaal, rows: Sequence[Vraag]) -> str:
    """The questionnaire as CSV for a spreadsheet: one row per measure or action."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        last = row.laatste
        writer.writerow(
            [
                str(kwartaal),
                row.maatregel.nummer,
                row.letter or "",
                row.onderwerp,
                str(last.kwartaal) if last else "",
                last.status.value if last else "",
                f"{SEPARATOR} ".join(last.bronnen) if last else "",
                "",
                "",
                "",
                "",
            ]
        )
    return buffer.getvalue()


@dataclass(frozen=True)
class Antwoord:
    """An answered row: where it came from, where it goes, what it says."""

    file: str
    line: int | None
    target: Target
    feit: Feit


def read_answers(
    corpus: Corpus, directory: Path
) -> tuple[Kwartaal | None, list[Antwoord], list[Problem]]:
    """Every answered row of the returned files, or the findings that stop the merge."""
    if not directory.is_dir():
        raise UserError(f"map '{directory}' bestaat niet of is geen map")
    paths = sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml", ".csv"))
    if not paths:
        raise UserError(f"map '{directory}' bevat geen ingevulde uitvraag (.yaml of .csv)")
    findings: list[Finding] = []
    answers: list[Antwoord] = []
    quarters: dict[Kwartaal, str] = {}
    seen: dict[tuple[int, str | None], str] = {}
    for path in paths:
        doc, kwartaal, rows = _validated(path, findings)
        for index, row in rows:
            for problem in _row_problems(corpus, row):
                findings.append(doc.finding(("onderdelen", index), problem))
        if kwartaal is None:
            continue
        quarters.setdefault(kwartaal, doc.name)
        for index, row in rows:
            answer = _answer(corpus, doc, index, row, kwartaal)
            if answer is None:
                continue
            key = (row.maatregel, row.actie)
            if key in seen:
                message = f"{answer.target.label} is al beantwoord in {seen[key]}"
                findings.append(doc.finding(("onderdelen", index), message))
            seen.setdefault(key, f"{answer.file}:{answer.line}")
            answers.append(answer)
    if len(quarters) > 1:
        listed = ", ".join(f"{k} ({name})" for k, name in sorted(quarters.items()))
        findings.append(Finding(directory.name, None, None, f"verschillende kwartalen: {listed}"))
    problems = [Problem.from_finding(f, RULE, Level.ERROR) for f in findings]
    kwartaal = next(iter(quarters)) if len(quarters) == 1 else None
    return kwartaal, answers, sorted(set(problems))


def pending_for(answers: Sequence[Antwoord]) -> Pending:
    """Every answer spliced into its file in memory, to be checked and written together."""
    pending = Pending()
    for answer in answers:
        pending.add(answer.target, answer.feit)
    return pending


def missing(root: Path, kwartaal: Kwartaal, today: dt.date) -> list[Problem]:
    """What ``lint --kwartaal`` reports beyond a plain lint: what is missing for the quarter."""
    from jihadprog.config import load_config
    from jihadprog.corpus import load_corpus
    from jihadprog.lintcontext import LintContext
    from jihadprog.linter import lint

    corpus, config = load_corpus(root), load_config(root)
    plain = set(lint(LintContext(corpus, today), config))
    return [p for p in lint(LintContext(corpus, today, kwartaal), config) if p not in plain]


def _validated(
    path: Path, findings: list[Finding]
) -> tuple[Document, Kwartaal | None, list[tuple[int, Onderdeel]]]:
    """The file's quarter (None if the file is not valid) and every row that is valid itself."""
    doc, data = _read_csv(path) if path.suffix == ".csv" else _read_yaml(path)
    findings.extend(finding for _, finding in doc.findings)
    if data is None:
        return doc, None, []
    try:
        uitvraag = Uitvraag.model_validate(data)
    except ValidationError as error:
        findings.extend(dutch_validation_findings(doc, error))
    else:
        return doc, uitvraag.kwartaal, list(enumerate(uitvraag.onderdelen))
    rows: list[tuple[int, Onderdeel]] = []
    raw_rows = data.get("onderdelen") if isinstance(data, dict) else None
    for index, raw in enumerate(raw_rows if isinstance(raw_rows, list) else []):
        try:
            rows.append((index, Onderdeel.model_validate(raw)))
        except ValidationError:
            continue  # already reported through the whole file's validation
    return doc, None, rows


def _row_problems(corpus: Corpus, row: Onderdeel) -> Iterator[str]:
    filled = row.toelichting or row.bronnen or row.datum
    if row.status is None:
        if filled:
            yield "status ontbreekt; vul die in of maak de regel helemaal leeg"
        return
    if not (row.toelichting or "").strip():
        yield "toelichting ontbreekt"
    if not [b for b in row.bronnen or [] if b.strip()]:
        yield "geef ten minste één bron"
    try:
        measure_target(corpus, row.maatregel, row.actie)
    except UserError as error:
        yield error.message


def _answer(
    corpus: Corpus, doc: Document, index: int, row: Onderdeel, kwartaal: Kwartaal
) -> Antwoord | None:
    if row.status is None or not row.toelichting or not row.bronnen:
        return None
    try:
        target = measure_target(corpus, row.maatregel, row.actie)
    except UserError:
        return None
    bronnen = [b for b in row.bronnen if b.strip()]
    feit = Feit(kwartaal, row.status.value, row.toelichting, bronnen, row.datum)
    return Antwoord(doc.name, doc.at(("onderdelen", index))[0], target, feit)


def _read_yaml(path: Path) -> tuple[Document, Any]:
    doc = read_document(path, path.name)
    data = doc.data if doc.usable and not doc.findings else None
    return doc, data


def _read_csv(path: Path) -> tuple[Document, Any]:
    """Rows of a returned CSV as questionnaire data, positioned by row and column."""
    findings: list[tuple[str, Finding]] = []
    positions: dict[tuple[str | int, ...], tuple[int, int]] = {}
    doc = Document(path=path, name=path.name, findings=findings, _positions=positions)

    def report(line: int | None, message: str) -> tuple[Document, Any]:
        findings.append((RULE, Finding(doc.name, line, 1 if line else None, message)))
        return doc, None

    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return report(None, "kan niet worden gelezen als UTF-8-tekst")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = list(reader.fieldnames or [])
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        return report(1, f"kolommen ontbreken: {', '.join(missing)}")
    rows: list[dict[str, Any]] = []
    kwartaal = ""
    try:
        for index, record in enumerate(reader):
            line = reader.line_num
            positions[("onderdelen", index)] = (line, 1)
            for name in COLUMNS:
                positions[("onderdelen", index, name)] = (line, header.index(name) + 1)
            kwartaal = kwartaal or record["kwartaal"]
            if record["kwartaal"] != kwartaal:
                report(line, f"kwartaal {record['kwartaal']} wijkt af van {kwartaal} erboven")
            rows.append(_csv_row(record))
    except csv.Error:
        return report(reader.line_num, "ongeldige CSV (aanhalingstekens niet gesloten?)")
    positions[("kwartaal",)] = (2, header.index("kwartaal") + 1)
    return doc, {"organisatie": path.stem, "kwartaal": kwartaal, "onderdelen": rows}


def _csv_row(record: dict[str, str]) -> dict[str, Any]:
    def cell(name: str) -> str | None:
        value = (record.get(name) or "").strip()
        return value or None

    def listed(name: str) -> list[str] | None:
        items = [part.strip() for part in (record.get(name) or "").split(SEPARATOR)]
        return [item for item in items if item] or None

    nummer = cell("maatregel")
    return {
        "maatregel": int(nummer) if nummer and nummer.isdigit() else nummer,
        "actie": cell("actie"),
        "onderwerp": cell("onderwerp"),
        "laatste_kwartaal": cell("laatste_kwartaal"),
        "laatste_status": cell("laatste_status"),
        "laatste_bronnen": listed("laatste_bronnen"),
        "status": cell("status"),
        "datum": cell("datum"),
        "toelichting": cell("toelichting"),
        "bronnen": listed("bronnen"),
    }
