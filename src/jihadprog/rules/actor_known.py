"""actor-known: a measure names its actors only by ids from organisaties.yaml.

Good: ``actoren: [NCTV, OM]``.
Bad:  ``actoren: [Openbaar ministerie]`` (not an id; the registry id is ``OM``).
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule


def check(ctx: LintContext) -> Iterator[Finding]:
    """Each actor must be a registry id; suggest the id when an alias or name was used."""
    if ctx.corpus.organisaties is None:
        return
    registry = ctx.corpus.organisaties.model.organisaties
    ids = {org.id for org in registry}
    by_name = {
        name.casefold(): org.id
        for org in registry
        for name in (org.naam, org.afkorting or org.id, *org.aliassen)
    }
    for bestand in ctx.corpus.maatregelen:
        seen: set[str] = set()
        for index, actor in enumerate(bestand.model.actoren):
            loc = ("actoren", index)
            if actor in seen:
                yield bestand.finding(loc, f"actor '{actor}' staat dubbel in de lijst")
            seen.add(actor)
            if actor in ids:
                continue
            hint = by_name.get(actor.casefold())
            suffix = f"; bedoeld is waarschijnlijk '{hint}'" if hint else ""
            yield bestand.finding(loc, f"actor '{actor}' staat niet in organisaties.yaml{suffix}")


RULE = Rule(
    "actor-known",
    Level.ERROR,
    "Actoren zijn sleutels uit organisaties.yaml.",
    check,
    __doc__ or "",
)
