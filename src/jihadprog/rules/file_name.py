"""file-name: a measure file is named after its number: ``maatregelen/NN-<slug>.yaml``.

Good: ``maatregelen/07-reisdocumenten.yaml`` holding ``nummer: 7``.
Bad:  ``maatregelen/7-reisdocumenten.yaml`` or ``maatregelen/08-x.yaml`` holding ``nummer: 7``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule

_NAME = re.compile(r"^(\d{2,})-[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$")


def check(ctx: LintContext) -> Iterator[Finding]:
    """Compare each measure file's name with its ``nummer``."""
    for bestand in ctx.corpus.maatregelen:
        name = PurePosixPath(bestand.doc.name).name
        expected = f"{bestand.model.nummer:02d}-"
        match = _NAME.match(name)
        if match is None:
            yield bestand.finding(
                (),
                f"bestandsnaam '{name}' heeft niet de vorm NN-naam.yaml (kleine letters, streepjes)",
            )
        elif not name.startswith(expected):
            yield bestand.finding(
                ("nummer",),
                f"bestandsnaam begint met {match.group(1)}, maar de maatregel heeft nummer "
                f"{bestand.model.nummer}; verwacht '{expected}…'",
            )


RULE = Rule(
    "file-name", Level.ERROR, "Bestandsnaam NN-naam.yaml past bij het nummer.", check, __doc__ or ""
)
