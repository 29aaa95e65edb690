"""The explicit rule registry: every rule by id, in the order `jihadprog regels` lists them."""

from __future__ import annotations

from jihadprog.rules import (
    abbreviation_defined,
    actor_known,
    file_name,
    footnote_numbering,
    glossary_unused,
    group_known,
    history_before_programme,
    history_date_quarter,
    history_future,
    history_one_per_quarter,
    history_order,
    letters_contiguous,
    marker_provenance,
    numbering_contiguous,
    pdf_artefact,
    pdf_glyph,
    quarter_complete,
    reference_declared,
    reference_exists,
    registry_unique,
    roman_order,
    source_format,
    status_regression,
    status_stale,
    text_hidden,
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
        text_hidden.RULE,
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
        glossary_unused.RULE,
        pdf_artefact.RULE,
        pdf_glyph.RULE,
        history_order.RULE,
        history_one_per_quarter.RULE,
        history_future.RULE,
        history_before_programme.RULE,
        history_date_quarter.RULE,
        status_regression.RULE,
        source_format.RULE,
        quarter_complete.RULE,
        status_stale.RULE,
    )
}


def get_rule(rule_id: str) -> Rule:
    """The rule with this id; an unknown id is a programming or configuration error."""
    try:
        return RULES[rule_id]
    except KeyError:
        raise KeyError(f"onbekende regel '{rule_id}'") from None
