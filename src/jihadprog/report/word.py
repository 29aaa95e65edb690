"""`report --format docx`: the Markdown report converted to Word by pandoc, charts as images.

Why pandoc (Debian's package) rather than python-docx: pandoc turns the very Markdown the other
formats come from into real Word headings, tables and footnotes (python-docx has no footnote
API), so the Word report cannot drift from the Markdown one. The Markdown's Mermaid pie charts
are drawn as PNG images with matplotlib from the numbers in the chart block itself and put in
their place. pandoc runs in a temporary directory with a time limit; nothing else is written.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jihadprog.errors import UserError

TIMEOUT_SECONDS = 120.0
_MERMAID = re.compile(r"^```mermaid\n(.*?)^```\n", re.MULTILINE | re.DOTALL)
_TITLE = re.compile(r"^\s*title\s+(.+?)\s*$", re.MULTILINE)
_SLICE = re.compile(r'^\s*"([^"]*)"\s*:\s*(\d+(?:\.\d+)?)\s*$', re.MULTILINE)
_DIRECTIVE = re.compile(r"^\s*%%.*$\n?", re.MULTILINE)
_PIE_COLOUR = re.compile(r'"pie(\d+)"\s*:\s*"#([0-9A-Fa-f]{6})"')


@dataclass(frozen=True)
class Taart:
    """A pie chart as the Mermaid block states it."""

    titel: str
    delen: tuple[tuple[str, float], ...]
    kleuren: tuple[str, ...] = ()
    """The slices' colours as '#RRGGBB' (the fixed status colours of the Markdown's init line)."""


def find_pandoc() -> str:
    """The pandoc binary, or a UserError (exit 2) naming the Debian package."""
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        raise UserError(
            "--format docx heeft pandoc nodig, maar dat is niet geïnstalleerd; "
            "installeer het met: apt-get install pandoc"
        )
    return pandoc


def parse_pie(block: str) -> Taart | None:
    """The title and slices of a Mermaid ``pie`` block; None for any other chart type."""
    chart = _DIRECTIVE.sub("", block)
    if not chart.lstrip().startswith("pie"):
        return None
    title = _TITLE.search(chart)
    slices = tuple((label, float(value)) for label, value in _SLICE.findall(chart))
    numbered = sorted((int(n), f"#{rgb}") for n, rgb in _PIE_COLOUR.findall(block))
    colours = tuple(rgb for _, rgb in numbered)
    return Taart(
        title.group(1) if title else "", slices, colours if len(colours) == len(slices) else ()
    )


def draw_pie(taart: Taart, path: Path) -> None:
    """Draw the chart as a PNG (matplotlib's Agg backend, no display needed)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise UserError(
            "--format docx tekent de grafieken met matplotlib, maar dat is niet geïnstalleerd; "
            "installeer het met: pip install 'jihadprog[word]'"
        ) from None
    labels = [f"{label} ({value:g})" for label, value in taart.delen]
    figure, axes = plt.subplots(figsize=(6.0, 3.6), dpi=150)
    try:
        axes.pie(
            [value for _, value in taart.delen],
            labels=labels,
            colors=list(taart.kleuren) or None,
            startangle=90,
            counterclock=False,
        )
        axes.set_title(taart.titel, pad=16)
        axes.axis("equal")
        figure.tight_layout()
        figure.savefig(path, format="png", metadata={"Software": None})
    finally:
        plt.close(figure)


def charts_as_images(markdown: str, folder: Path) -> str:
    """The Markdown with every Mermaid pie replaced by an image drawn into ``folder``."""
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        taart = parse_pie(match.group(1))
        if taart is None or not taart.delen:
            return match.group(0)
        count += 1
        name = f"figuur-{count}.png"
        draw_pie(taart, folder / name)
        alt = taart.titel.replace("[", "(").replace("]", ")")
        return f"![{alt}]({name})\n"

    return _MERMAID.sub(replace, markdown)


def compile_docx(markdown: str) -> bytes:
    """The Markdown report as a .docx document."""
    pandoc = find_pandoc()
    with tempfile.TemporaryDirectory(prefix="jihadprog-docx-") as tmp:
        folder = Path(tmp)
        (folder / "rapport.md").write_text(charts_as_images(markdown, folder), encoding="utf-8")
        command = [
            pandoc,
            "--from=markdown-yaml_metadata_block-raw_html-raw_tex-tex_math_dollars-implicit_figures",
            "--to=docx",
            "--metadata=lang:nl-NL",
            f"--resource-path={folder}",
            "--output=rapport.docx",
            "rapport.md",
        ]
        try:
            done = subprocess.run(
                command, cwd=folder, capture_output=True, text=True, timeout=TIMEOUT_SECONDS
            )
        except subprocess.TimeoutExpired:
            raise UserError(f"pandoc stopte niet binnen {TIMEOUT_SECONDS:g} seconden") from None
        if done.returncode != 0:
            detail = done.stderr.strip().splitlines()[-1:] or ["geen melding"]
            raise UserError(f"pandoc kon het Word-document niet maken: {detail[0]}", exit_code=1)
        return (folder / "rapport.docx").read_bytes()
