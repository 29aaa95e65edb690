"""The explicit rule registry: every rule by id, in the order `jihadprog regels` lists them."""

from __future__ import annotations

from jihadprog.rules import (
    abbreviation_defined,
    actor_known,
    file_name,
    footnote_numbering,
    group_known,
    letters_contiguous,
    marker_provenance,
    numbering_contiguous,
    pdf_artefact,
    reference_declared,
    reference_exists,
    registry_unique,
    roman_order,
    yaml_ambiguous,
    yaml_bom,
    yaml_crlf,
    yaml_tabs,
)
from jihadprog.rules.base import Rule
from jihadprog.rules.loading import LOADING_RULES

RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        *LOADING_RULES,
        yaml_tabs.RULE,
        yaml_crlf.RULE,
        yaml_bom.RULE,
        yaml_ambiguous.RULE,
        file_name.RULE,
        numbering_contiguous.RULE,
        letters_contiguous.RULE,
        roman_order.RULE,
        group_known.RULE,
        actor_known.RULE,
        marker_provenance.RULE,
        reference_exists.RULE,
        reference_declared.RULE,
        footnote_numbering.RULE,
        registry_unique.RULE,
        abbreviation_defined.RULE,
        pdf_artefact.RULE,
    )
}


def get_rule(rule_id: str) -> Rule:
    """The rule with this id; an unknown id is a programming or configuration error."""
    try:
        return RULES[rule_id]
    except KeyError:
        raise KeyError(f"onbekende regel '{rule_id}'") from None
