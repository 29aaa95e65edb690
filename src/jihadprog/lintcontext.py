"""What a lint run looks at: the corpus plus the few facts that are not in it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jihadprog.corpus import Corpus
from jihadprog.quarters import Kwartaal


@dataclass(frozen=True)
class LintContext:
    """Input of every rule: the loaded corpus, today's date and the quarter to check, if any."""

    corpus: Corpus
    today: dt.date
    kwartaal: Kwartaal | None = None
