"""History rules on measure, action and bill tracks: order, one per quarter, future, dates,
regressions, source forms and the quarter completeness check."""

from __future__ import annotations

from pathlib import Path

import pytest

from jihadprog.quarters import Kwartaal
from tests.conftest import lint_dir

M3 = "maatregelen/03-langdurig-toezicht-terugkeerders.yaml"
M4 = "maatregelen/04-signalering-sis.yaml"


def found(root: Path, rule: str, **kwargs: object) -> list[tuple[str, int, str]]:
    problems = lint_dir(root, **kwargs)  # type: ignore[arg-type]
    return [(p.file, p.line, p.message) for p in problems if p.rule == rule]


def line_of(root: Path, rel: str, text: str, after: int = 0) -> int:
    lines = (root / rel).read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if n > after and text in line)


def entry(kwartaal: str, status: str = "in uitvoering", extra: str = "") -> str:
    return (
        f"  - kwartaal: {kwartaal}\n    status: {status}\n{extra}    toelichting: Test.\n"
        "    bronnen:\n      - Kamerstuk 29 754, nr. 308\n"
    )


def action_entries(*quarters: str) -> str:
    return "".join(
        f"      - kwartaal: {k}\n        status: in uitvoering\n        toelichting: Test.\n"
        "        bronnen:\n          - Kamerstuk 29 754, nr. 308\n"
        for k in quarters
    )


def test_action_track_order_is_checked(corpus_dir: Path, edit) -> None:
    edit(
        M4,
        "    verwijzingen:\n      - maatregel: 2\n",
        "    verwijzingen:\n      - maatregel: 2\n    voortgang:\n"
        + action_entries("2015-K3", "2015-K2"),
    )
    assert found(corpus_dir, "history-order") == [
        (
            M4,
            line_of(corpus_dir, M4, "      - kwartaal: 2015-K2"),
            "kwartaal 2015-K2 staat na 2015-K3 in de voortgang van actie 4b; "
            "zet de regels op volgorde van kwartaal",
        )
    ]


def test_bill_stage_never_goes_backwards(corpus_dir: Path, edit) -> None:
    edit(M3, "        stadium: in werking\n", "        stadium: ingediend\n")
    assert [m for *_, m in found(corpus_dir, "status-regression")] == [
        "stadium gaat terug van 'Staatsblad' (2015-K4) naar 'ingediend' op de route "
        "van wetsvoorstel 'wet-langdurig-toezicht'; een wetsvoorstel gaat niet terug"
    ]


def test_one_entry_per_quarter_on_a_bill_track_too(corpus_dir: Path, edit) -> None:
    edit(M3, "      - kwartaal: 2018-K1\n", "      - kwartaal: 2015-K4\n")
    ((file, line, message),) = found(corpus_dir, "history-one-per-quarter")
    first = line_of(corpus_dir, M3, "      - kwartaal: 2015-K4")
    assert (file, line) == (M3, line_of(corpus_dir, M3, "      - kwartaal: 2015-K4", after=first))
    assert message == (
        f"kwartaal 2015-K4 staat al eerder in de voortgang van wetsvoorstel "
        f"'wet-langdurig-toezicht' (regel {first}); voeg de regels samen tot één per kwartaal"
    )


def test_regression_needs_explanation_off_scale_statuses_skipped(corpus_dir: Path, edit) -> None:
    edit(
        M4,
        "voortgang: []\n",
        "voortgang:\n"
        + entry("2015-K1", "gerealiseerd")
        + entry("2015-K2", "onbekend")
        + entry("2015-K3", "in voorbereiding")
        + entry("2015-K4", "in voorbereiding"),
    )
    assert found(corpus_dir, "status-regression") == [
        (
            M4,
            line_of(corpus_dir, M4, "status: in voorbereiding"),
            "status van maatregel 4 gaat terug van 'gerealiseerd' (2015-K1) naar "
            "'in voorbereiding'; leg dat uit in verklaring_terugval",
        )
    ]


def test_future_quarter_and_future_date(corpus_dir: Path, edit) -> None:
    # TODAY is 2026-11-23: 2026-K4 is allowed, a date after today in it is not
    edit(
        M4,
        "voortgang: []\n",
        "voortgang:\n"
        + entry("2026-K4", extra='    datum: "2026-12-01"\n')
        + entry("2027-K1", extra='    datum: "2027-01-05"\n'),
    )
    assert [m for *_, m in found(corpus_dir, "history-future")] == [
        "datum 2026-12-01 ligt in de toekomst (vandaag is 2026-11-23)",
        "kwartaal 2027-K1 ligt in de toekomst (het is nu 2026-K4)",
    ]


def test_date_outside_quarter_even_far_outside(corpus_dir: Path, edit) -> None:
    edit(
        M4, "voortgang: []\n", "voortgang:\n" + entry("2015-K2", extra='    datum: "2001-01-01"\n')
    )
    assert [m for *_, m in found(corpus_dir, "history-date-quarter")] == [
        "datum 2001-01-01 valt niet in kwartaal 2015-K2 (2015-04-01 t/m 2015-06-30) maar in 2001-K1"
    ]


def test_date_outside_the_years_a_quarter_can_have_is_a_schema_error(
    corpus_dir: Path, edit
) -> None:
    edit(
        M4, "voortgang: []\n", "voortgang:\n" + entry("2015-K2", extra='    datum: "0001-01-01"\n')
    )
    assert [m for *_, m in found(corpus_dir, "schema")] == [
        "voortgang[1].datum: jaar 1 valt buiten het bereik 1900–2999"
    ]


def test_every_progress_entry_cites_a_source(corpus_dir: Path, edit) -> None:
    edit(
        M4,
        "voortgang: []\n",
        "voortgang:\n  - kwartaal: 2015-K2\n    status: in uitvoering\n"
        "    toelichting: Zonder bron.\n    bronnen: []\n",
    )
    assert found(corpus_dir, "schema") == [
        (
            M4,
            line_of(corpus_dir, M4, "bronnen: []"),
            "voortgang[1].bronnen: moet minstens 1 element(en) bevatten",
        )
    ]


@pytest.mark.parametrize(
    ("bron", "message"),
    [
        ("Staatsblad 2017, 52", "schrijf 'Stb. 2017, 52'"),
        ("Stcrt 2017 nr. 13023", "schrijf 'Stcrt. 2017, 13023'"),
        ("Kamerstuk 29 754", "verwacht bijvoorbeeld 'Kamerstuk 29 754, nr. 308' of"),
        ("Stb. zeventien", "verwacht bijvoorbeeld 'Stb. 2017, 52'"),
    ],
)
def test_source_format_messages(corpus_dir: Path, edit, bron: str, message: str) -> None:
    edit(
        "rapportages.yaml", "      - Aanhangsel Handelingen II 2014/15, nr. 3221", f"      - {bron}"
    )
    ((file, line, text),) = found(corpus_dir, "source-format")
    assert (file, line) == ("rapportages.yaml", 16)
    assert text.startswith(f"bron '{bron}' heeft niet de officiële vorm; {message}")


def test_quarter_complete_counts_action_and_bill_entries(corpus_dir: Path, edit) -> None:
    def missing(kwartaal: Kwartaal) -> list[str]:
        return [
            m.split(" heeft")[0]
            for *_, m in found(corpus_dir, "quarter-complete", kwartaal=kwartaal)
        ]

    # 2015-K4 is on the bill track of measure 3 only; 2014-K4 on measure 1's own track
    assert missing(Kwartaal(2015, 4)) == ["maatregel 1", "maatregel 2", "maatregel 4"]
    assert missing(Kwartaal(2014, 4)) == ["maatregel 2", "maatregel 3", "maatregel 4"]
    edit(
        M4,
        "    verwijzingen:\n      - maatregel: 2\n",
        "    verwijzingen:\n      - maatregel: 2\n    voortgang:\n" + action_entries("2014-K4"),
    )
    assert missing(Kwartaal(2014, 4)) == ["maatregel 2", "maatregel 3"]
    (first, *_) = found(corpus_dir, "quarter-complete", kwartaal=Kwartaal(2014, 4))
    assert first[2].endswith(
        "geen voortgang voor 2014-K4 (op maatregel-, actie- of wetsvoorstelniveau); "
        "vul die aan vóór de rapportage"
    )
    assert found(corpus_dir, "quarter-complete") == []


def test_letters_and_programme_are_not_dated_in_the_future(corpus_dir: Path, edit) -> None:
    edit("rapportages.yaml", 'datum: "2014-11-12"', 'datum: "2999-12-31"')
    edit("programma.yaml", 'datum: "2014-08-29"', 'datum: "2027-01-01"')
    assert [(f, m) for f, *_, m in found(corpus_dir, "history-future")] == [
        ("programma.yaml", "datum 2027-01-01 ligt in de toekomst (vandaag is 2026-11-23)"),
        ("rapportages.yaml", "datum 2999-12-31 ligt in de toekomst (vandaag is 2026-11-23)"),
    ]
