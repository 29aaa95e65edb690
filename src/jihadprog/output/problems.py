"""Problems as plain or coloured text, GitHub annotations or JSON; ``WRITERS`` by format name."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TextIO

from jihadprog.output import Writer
from jihadprog.problems import Level, Problem
from jihadprog.visible import visible


def default_format() -> str:
    """GitHub annotations inside GitHub Actions, text elsewhere."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def summary(problems: Sequence[Problem]) -> str:
    """The closing line: how many errors, warnings and notes."""
    counts = {level: sum(1 for p in problems if p.level is level) for level in Level}
    if not problems:
        return "Geen problemen gevonden."
    parts = [
        f"{counts[Level.ERROR]} {'fout' if counts[Level.ERROR] == 1 else 'fouten'}",
        f"{counts[Level.WARNING]} {'waarschuwing' if counts[Level.WARNING] == 1 else 'waarschuwingen'}",
    ]
    if counts[Level.INFO]:
        parts.append(f"{counts[Level.INFO]} info")
    return "Gevonden: " + ", ".join(parts) + "."


def location(problem: Problem) -> str:
    """'file:line:col' with the parts that are known; hidden characters shown as <U+200B>."""
    text = visible(problem.file)
    if problem.line:
        text += f":{problem.line}"
        if problem.col:
            text += f":{problem.col}"
    return text


def write_text(problems: Sequence[Problem], stream: TextIO, color: bool) -> None:
    """One line per problem, 'file:line:col: [level] message (rule)', then the summary."""
    if color:
        from rich.console import Console
        from rich.markup import escape

        console = Console(file=stream, highlight=False, soft_wrap=True)
        styles = {Level.ERROR: "bold red", Level.WARNING: "yellow", Level.INFO: "cyan"}
        for p in problems:
            console.print(
                f"[bold]{escape(location(p))}[/]: [{styles[p.level]}]\\[{p.level.label}][/] "
                f"{escape(visible(p.message))} [dim]({p.rule})[/]"
            )
        console.print(summary(problems))
        return
    for p in problems:
        stream.write(f"{location(p)}: [{p.level.label}] {visible(p.message)} ({p.rule})\n")
    stream.write(summary(problems) + "\n")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def write_github(problems: Sequence[Problem], stream: TextIO, color: bool = False) -> None:
    """Workflow commands that GitHub shows as annotations on the pull request."""
    commands = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "notice"}
    for p in problems:
        props = [f"file={_escape_property(visible(p.file, keep=chr(10)))}"]
        if p.line:
            props.append(f"line={p.line}")
            if p.col:
                props.append(f"col={p.col}")
        props.append(f"title={_escape_property(p.rule)}")
        stream.write(
            f"::{commands[p.level]} {','.join(props)}::{_escape_data(visible(p.message, keep=chr(10)))}\n"
        )
    stream.write(summary(problems) + "\n")


def write_json(problems: Sequence[Problem], stream: TextIO, color: bool = False) -> None:
    """A JSON list of problems (file, line, column, rule, level, message)."""
    import json

    json.dump([p.as_dict() for p in problems], stream, ensure_ascii=False, indent=2)
    stream.write("\n")


WRITERS: dict[str, Writer[Sequence[Problem]]] = {
    "text": write_text,
    "github": write_github,
    "json": write_json,
}
