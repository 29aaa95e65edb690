"""Rules whose findings arise while reading files; nothing else can proceed without them.

Each is a registered rule whose check replays what the loader found under its id. They cannot
be disabled or re-levelled (by configuration or inline comment): a file they fail has dropped
out of the corpus, and no command may work on a corpus that silently lost a file. Examples of a failing file for each rule are in tests/fixtures/broken/.
"""

from __future__ import annotations

from collections.abc import Iterator

from jihadprog.lintcontext import LintContext
from jihadprog.problems import Finding, Level
from jihadprog.rules.base import Rule
from jihadprog.rules.common import loading_findings


def _replay(rule_id: str) -> Rule:
    def check(ctx: LintContext) -> Iterator[Finding]:
        return loading_findings(ctx, rule_id)

    return Rule(rule_id, Level.ERROR, _DESCRIPTIONS[rule_id], check, __doc__ or "")


_DESCRIPTIONS = {
    "corpus-layout": "De corpusmap heeft de vaste indeling; maatregelen/ bevat alleen maatregelbestanden.",
    "file-unreadable": "Elk corpusbestand is een leesbaar, gewoon bestand.",
    "file-size": "Een corpusbestand is niet groter dan 1 MiB.",
    "file-encoding": "Een corpusbestand is UTF-8-tekst, zonder binaire gegevens.",
    "file-empty": "Een corpusbestand is niet leeg.",
    "yaml-syntax": "Het bestand is geldige YAML.",
    "yaml-alias": "Ankers, aliassen en samenvoegsleutels worden niet gebruikt.",
    "yaml-tag": "Alleen de gewone YAML-typen; geen tags als !!python/object.",
    "yaml-duplicate-key": "Geen sleutel komt twee keer voor in dezelfde mapping.",
    "schema": "De inhoud voldoet aan het schema (velden, typen, toegestane waarden).",
}

LOADING_RULES = tuple(_replay(rule_id) for rule_id in _DESCRIPTIONS)
LOADING_IDS = frozenset(_DESCRIPTIONS)
