"""The command line: a thin Typer layer over the library; only here do we print and exit.

`app` holds the Typer app and registers the commands (`check`, `browse`, `report` hold them by
group), `common` what they share, `dutch` the Dutch layer over Click and `boundary` the one place
where errors become messages and exit codes.
"""

from jihadprog.cli.app import app, main
from jihadprog.cli.boundary import run_app

__all__ = ["app", "main", "run_app"]
