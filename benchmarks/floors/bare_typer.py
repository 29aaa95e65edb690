"""The floor of any Typer CLI: one command, no imports of its own."""

import typer

app = typer.Typer(add_completion=False)


@app.command()
def main(name: str = "wereld") -> None:
    """Do nothing."""


if __name__ == "__main__":
    app()
