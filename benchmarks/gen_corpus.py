"""Build a valid synthetic corpus of any size from the real 38 measures.

Measure ``k`` of the synthetic corpus is a replica of real measure ``(k - 1) % 38 + 1``,
renumbered, with ``Q`` quarters of measure-level progress from 2014-K4 on (replacing the real
measure's own; the progress of its actions and bills is kept). Everything the lint checks across
files is kept consistent: numbering 1..N, file names, footnotes renumbered 1..F over the whole
corpus (the glossary's footnote last), and each "maatregel M" mention and its reference shifted
to the replica's own group of 38 (or left at the real measure if the shifted one is beyond N).

    python benchmarks/gen_corpus.py --maatregelen 10000 --kwartalen 12 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

from jihadprog.quarters import Kwartaal
from jihadprog.yamlsource import read_document

REPO = Path(__file__).resolve().parent.parent
REAL = 38
FIRST_QUARTER = Kwartaal(2014, 4)
COPIED = ("programma.yaml", "organisaties.yaml", "rapportages.yaml")
SCHEMA_LINE = "# yaml-language-server: $schema=../schemas/{kind}.schema.json\n"

# The real progress reports: (quarter, Kamerstuk 29 754 number).
REPORTS = (
    (Kwartaal(2014, 4), 271),
    (Kwartaal(2015, 2), 308),
    (Kwartaal(2015, 4), 326),
    (Kwartaal(2016, 3), 393),
    (Kwartaal(2017, 2), 419),
    (Kwartaal(2017, 3), 432),
)
TOELICHTING = {
    "in voorbereiding": "De uitvoering wordt voorbereid; de betrokken partijen maken afspraken.",
    "in uitvoering": "De maatregel wordt uitgevoerd zoals in het Actieprogramma beschreven.",
    "doorlopend": "De maatregel is onderdeel van de reguliere werkwijze geworden.",
    "gerealiseerd": "De maatregel is gerealiseerd; zie de voortgangsrapportage.",
}
_MENTION = re.compile(r"\b(maatregel(?:en)?\s+)(\d+)", re.IGNORECASE)


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--maatregelen", type=int, required=True, metavar="N")
    parser.add_argument("--kwartalen", type=int, default=12, metavar="Q")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR")
    parser.add_argument("--bron", type=Path, default=REPO, metavar="DIR", help="real corpus")
    args = parser.parse_args(argv)
    generate(args.bron, args.out, args.maatregelen, args.kwartalen)
    return 0


def generate(source: Path, out: Path, n: int, quarters: int, today: dt.date | None = None) -> None:
    """Write a corpus of ``n`` measures with ``quarters`` progress entries each to ``out``."""
    today = today or dt.date.today()
    if n < 1:
        raise SystemExit("--maatregelen moet minstens 1 zijn")
    last = _shift(FIRST_QUARTER, quarters - 1)
    if quarters < 0 or last.first_day > today:
        raise SystemExit(f"--kwartalen {quarters} loopt voorbij vandaag ({today})")
    templates = _templates(source)
    if out.exists():
        shutil.rmtree(out)
    (out / "maatregelen").mkdir(parents=True)
    shutil.copytree(source / "schemas", out / "schemas")
    for name in COPIED:
        shutil.copyfile(source / name, out / name)

    footnote = 0
    for nummer in range(1, n + 1):
        slug, template = templates[(nummer - 1) % REAL]
        offset = (nummer - 1) // REAL * REAL
        data = _replica(template, nummer, offset, n)
        for note in _footnotes(data):
            footnote += 1
            note["nummer"] = footnote
        data["voortgang"] = _progress(nummer, quarters, today)
        _write(out / "maatregelen" / f"{nummer:02d}-{slug}.yaml", "maatregel", data)

    begrippen = _load(source / "begrippen.yaml")
    begrippen["voetnoot"]["nummer"] = footnote + 1
    _write(out / "begrippen.yaml", "begrippen", begrippen, schema_dir="schemas")


def _templates(source: Path) -> list[tuple[str, dict[str, Any]]]:
    templates: dict[int, tuple[str, dict[str, Any]]] = {}
    for path in sorted((source / "maatregelen").glob("*.yaml")):
        data = _load(path)
        templates[data["nummer"]] = (path.stem.split("-", 1)[1], data)
    if sorted(templates) != list(range(1, REAL + 1)):
        raise SystemExit(f"{source}: verwachtte maatregelen 1..{REAL}")
    return [templates[k] for k in range(1, REAL + 1)]


def _load(path: Path) -> dict[str, Any]:
    doc = read_document(path)
    if not isinstance(doc.data, dict) or doc.findings:
        raise SystemExit(f"{path}: niet te lezen ({doc.findings})")
    return doc.data


def _replica(template: dict[str, Any], nummer: int, offset: int, n: int) -> dict[str, Any]:
    """A deep copy with the number, the references and the 'maatregel M' mentions shifted."""

    def target(m: int) -> int:
        return m + offset if m + offset <= n else m

    def walk(value: Any, key: str | None) -> Any:
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, None) for v in value]
        if isinstance(value, str):
            return _MENTION.sub(lambda m: m.group(1) + str(target(int(m.group(2)))), value)
        if key == "maatregel" and isinstance(value, int):
            return target(value)
        return value

    data: dict[str, Any] = walk(template, None)
    data["nummer"] = nummer
    return data


def _footnotes(data: dict[str, Any]) -> list[dict[str, Any]]:
    notes = list(data.get("voetnoten", []))
    for actie in data.get("acties", []):
        notes.extend(actie.get("voetnoten", []))
    return notes


def _shift(kwartaal: Kwartaal, steps: int) -> Kwartaal:
    index = kwartaal.jaar * 4 + kwartaal.nummer - 1 + steps
    return Kwartaal(index // 4, index % 4 + 1)


def _progress(nummer: int, quarters: int, today: dt.date) -> list[dict[str, Any]]:
    """One entry per quarter, chronological, the status never going back on the progress scale."""
    start = nummer % 3
    done = quarters - 1 - nummer % 5
    final = "gerealiseerd" if nummer % 2 else "doorlopend"
    entries: list[dict[str, Any]] = []
    for index in range(quarters):
        kwartaal = _shift(FIRST_QUARTER, index)
        status = (
            "in voorbereiding" if index < start else final if index >= done else "in uitvoering"
        )
        report = max(nr for q, nr in REPORTS if q <= kwartaal or q == REPORTS[0][0])
        entry: dict[str, Any] = {"kwartaal": str(kwartaal), "status": status}
        if (nummer + index) % 2 == 0:
            day = kwartaal.first_day + dt.timedelta(days=(nummer * 7 + index) % 89)
            entry["datum"] = min(day, kwartaal.last_day, today).isoformat()
        entry["toelichting"] = TOELICHTING[status]
        entry["bronnen"] = [f"Kamerstuk 29 754, nr. {report}"]
        entries.append(entry)
    return entries


def _write(path: Path, kind: str, data: dict[str, Any], schema_dir: str = "../schemas") -> None:
    text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2)
    header = SCHEMA_LINE.format(kind=kind).replace("../schemas", schema_dir)
    path.write_text(header + text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
