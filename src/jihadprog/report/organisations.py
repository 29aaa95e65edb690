"""The report's annex "Overzicht per organisatie" (`report --per-organisatie`).

Per organisation that carries measures: the measures and how many of them stand at each status
at the end of the report's quarter. The detail per action lives in `jihadprog organisatie`.
"""

from __future__ import annotations

from collections import Counter

from jihadprog.corpus import Corpus
from jihadprog.organisations import organisations
from jihadprog.quarters import Kwartaal
from jihadprog.query import status_of
from jihadprog.report.data import OrganisatieRegel
from jihadprog.vocab import Status


def per_organisatie(corpus: Corpus, kwartaal: Kwartaal) -> tuple[OrganisatieRegel, ...]:
    """A row per organisation with at least one measure, in registry order."""
    measures = corpus.sorted_maatregelen()
    status = {m.nummer: status_of(m, kwartaal) for m in measures}
    rows = []
    for org in organisations(corpus):
        carried = tuple(m.nummer for m in measures if org.id in m.actoren)
        if not carried:
            continue
        counts = Counter(status[n] for n in carried)
        rows.append(
            OrganisatieRegel(
                naam=org.label,
                maatregelen=carried,
                statussen=tuple((str(s), counts[s]) for s in Status if counts[s]),
            )
        )
    return tuple(rows)
