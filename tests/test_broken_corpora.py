"""Hostile and broken corpora through the real CLI: a clean Dutch message, never a crash.

Each case is the good fixture corpus with something broken. Most are overlays under
fixtures/broken/<case>/ (``_verwijder`` lists files to delete, ``_verwacht`` holds the text that
must name the offending file, with its line where there is one). Cases that cannot live in git
are built here: a 20 MB file, symlink loops, FIFOs, devices, a directory where a file belongs,
100 000 levels of nesting. Unreadable files: the tests run as root, where chmod 000 does not stop
a read, so unreadability is exercised with FIFOs, looping and dangling symlinks, a directory and
/dev/zero; the chmod 000 case runs only for an ordinary user.

Every case runs ``python -m jihadprog lint --strict`` (or the command the case names: report,
query, diff, show) in a child process with a 1 GiB address space limit, a 20 s timeout and its
own TMPDIR, and must exit 1 or 2, print no traceback and no raw control, invisible or bidi
character, name the file (and line), leave every file of the corpus exactly as it was and no
temporary file behind. The children run a few at a time so the whole
set takes seconds.
"""

from __future__ import annotations

import hashlib
import os
import re
import resource
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, build_corpus

BROKEN = FIXTURES / "broken"
TIMEOUT = 20.0
MEMORY = 1 << 30
M4 = "maatregelen/04-signalering-sis.yaml"
M1 = "maatregelen/01-strafrechtelijk-onderzoek-uitreizigers.yaml"


@dataclass(frozen=True)
class Case:
    """How to build one broken corpus and what the output must mention."""

    name: str
    build: Callable[[Path], Path]  # gets the target directory, returns the --corpus argument
    expect: str
    exit_codes: tuple[int, ...] = (1, 2)
    command: tuple[str, ...] = ("lint", "--strict")
    single: bool = False  # one mistake: exactly one finding line besides the summary


@dataclass
class Run:
    """What one lint run did."""

    code: int | None
    output: str
    seconds: float
    before: dict[str, tuple[str, ...]]
    after: dict[str, tuple[str, ...]]
    leftovers: list[str]


def _overlay(name: str) -> Case:
    overlay = BROKEN / name
    expect = (overlay / "_verwacht").read_text(encoding="utf-8").strip()
    return Case(name, lambda target: build_corpus(target, overlay), expect)


def _generated(
    name: str,
    expect: str,
    change: Callable[[Path], None],
    command: tuple[str, ...] = ("lint", "--strict"),
    single: bool = False,
) -> Case:
    def build(target: Path) -> Path:
        build_corpus(target)
        change(target)
        return target

    return Case(name, build, expect, command=command, single=single)


def _write(rel: str, data: bytes) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        (root / rel).write_bytes(data)

    return change


def _replace(rel: str, old: str, new: str) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        path = root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, (old, rel)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return change


def _symlink(rel: str, target: str) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        path = root / rel
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        elif path.exists() or path.is_symlink():
            path.unlink()
        path.symlink_to(target)

    return change


def _loop(root: Path) -> None:
    (root / "maatregelen" / "05-lus.yaml").symlink_to("05-lus-terug.yaml")
    (root / "maatregelen" / "05-lus-terug.yaml").symlink_to("05-lus.yaml")


def _fifo(rel: str) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        path = root / rel
        if path.exists():
            path.unlink()
        os.mkfifo(path)

    return change


def _directory_for_file(root: Path) -> None:
    (root / "begrippen.yaml").unlink()
    (root / "begrippen.yaml").mkdir()
    (root / "begrippen.yaml" / "inhoud.yaml").write_text("begrippen: []\n")


def _no_permission(root: Path) -> None:
    path = root / M4
    path.chmod(0)


def _corpus_is_a_file(target: Path) -> Path:
    target.write_text("nummer: 1\n")
    return target


GENERATED = [
    _generated(
        "bestand-20-mb",
        "maatregelen/05-groot.yaml",
        _write("maatregelen/05-groot.yaml", b"titel: " + b"x" * (20 << 20)),
    ),
    _generated("symlink-lus", "maatregelen/05-lus.yaml", _loop),
    _generated(
        "symlink-naar-zichzelf", "begrippen.yaml", _symlink("begrippen.yaml", "begrippen.yaml")
    ),
    _generated(
        "symlink-naar-niets",
        "maatregelen/05-weg.yaml",
        _symlink("maatregelen/05-weg.yaml", "bestaat-niet.yaml"),
    ),
    _generated(
        "symlink-naar-apparaat",
        "maatregelen/05-nul.yaml",
        _symlink("maatregelen/05-nul.yaml", "/dev/zero"),
    ),
    _generated("fifo-als-maatregel", "maatregelen/05-fifo.yaml", _fifo("maatregelen/05-fifo.yaml")),
    _generated("fifo-als-begrippen", "begrippen.yaml", _fifo("begrippen.yaml")),
    _generated("fifo-als-configuratie", "jihadprog.toml", _fifo("jihadprog.toml")),
    _generated("map-waar-een-bestand-hoort", "begrippen.yaml", _directory_for_file),
    _generated(
        "maatregelen-ontbreekt", "maatregelen", lambda root: shutil.rmtree(root / "maatregelen")
    ),
    _generated("maatregelen-symlink-lus", "maatregelen", _symlink("maatregelen", "maatregelen")),
    _generated("diep-genest-haken", f"{M4}:1", _write(M4, b"a: " + b"[" * 100_000 + b"\n")),
    _generated("diep-genest-streepjes", f"{M4}:1", _write(M4, b"- " * 50_000 + b"x\n")),
    _generated("diep-genest-mappings", f"{M4}:1", _write(M4, b"a: " + b"{a: " * 100_000 + b"\n")),
    _generated(
        "lange-regel",
        "maatregelen/05-lang.yaml",
        _write("maatregelen/05-lang.yaml", b"titel: " + b"x" * 1_000_000 + b"\n"),
    ),
    _generated("te-veel-waarden", f"{M4}:1", _write(M4, b"a: [" + b"1," * 300_000 + b"]\n")),
    _generated("geen-rechten", M4, _no_permission),
    # typed values and numbers PyYAML cannot or should not construct
    _generated(
        "yaml-int-tekst", f"{M4}:4:8", _replace(M4, "groep: 5", "groep: !!int zeven"), single=True
    ),
    _generated(
        "yaml-bool-tekst",
        f"{M4}:4:8",
        _replace(M4, "groep: 5", "groep: !!bool misschien"),
        single=True,
    ),
    _generated(
        "yaml-float-tekst", f"{M4}:4:8", _replace(M4, "groep: 5", "groep: !!float abc"), single=True
    ),
    _generated(
        "getal-5000-cijfers",
        f"{M4}:4:8",
        _replace(M4, "groep: 5", "groep: " + "9" * 5000),
        single=True,
    ),
    _generated(
        "maatregelnummer-enorm",
        f"{M4}:2:9",
        _replace(M4, "nummer: 4", "nummer: 99999999999999999999999999"),
        single=True,
    ),
    _generated(
        "maatregelnummer-groot",
        "nummering heeft gaten",
        _replace(M4, "nummer: 4", "nummer: " + "9" * 18),
    ),
    _generated(
        "config-diep-genest", "jihadprog.toml", _write("jihadprog.toml", b"a = " + b"[" * 5000)
    ),
    _generated(
        "config-getal-5000-cijfers",
        "jihadprog.toml",
        _write("jihadprog.toml", b"a = " + b"9" * 5000),
    ),
    # silencing a loading verdict is refused, and ignored inline
    _generated(
        "config-schakelt-schema-uit",
        "jihadprog.toml: regel 'yaml-syntax' in uitschakelen kan niet",
        _write("jihadprog.toml", b'uitschakelen = ["yaml-syntax", "schema"]\n'),
    ),
    _generated(
        "config-niveau-yaml-syntax",
        "jihadprog.toml: regel 'yaml-syntax'",
        _write("jihadprog.toml", b'[niveaus]\nyaml-syntax = "info"\n'),
    ),
    _generated(
        "inline-schakelt-schema-uit",
        f"{M4}:4:1: [fout] groep",
        _replace(M4, "groep: 5", "groep: vijf # jihadprog: disable=schema"),
        single=True,
    ),
    # regexes on corpus text stay linear
    _generated(
        "titel-200-kb-afgebroken",
        f"{M4}:3",
        _replace(
            M4,
            "titel: Optimalisering",
            "titel: " + "a" * 200_000 + "-b - strijd- groepering " + "Optimalisering",
        ),
        single=True,
    ),
    # dates and quarters outside what the report can handle, or not as the JSON Schema says
    _generated(
        "programmadatum-jaar-1",
        "programma.yaml:4",
        _replace("programma.yaml", '"2014-08-29"', '"0001-01-01"'),
    ),
    _generated(
        "brief-9999",
        "rapportages.yaml:5",
        _replace("rapportages.yaml", 'datum: "2014-11-12"', 'datum: "9999-12-31"'),
    ),
    _generated(
        "kwartaal-met-q",
        f"{M1}:33:5: [fout] voortgang[1].kwartaal: kwartaal '2014-Q4' heeft niet de vaste vorm "
        "JJJJ-KN; schrijf 2014-K4",
        _replace(M1, "kwartaal: 2014-K4", "kwartaal: 2014-Q4"),
        single=True,
    ),
    _generated(
        "kwartaal-voor-het-programma",
        f"{M1}:33:5: [fout] kwartaal 1900-K1 ligt vóór het begin",
        _replace(M1, "kwartaal: 2014-K4", "kwartaal: 1900-K1"),
    ),
    # invisible and control characters are shown, never passed to the terminal
    _generated(
        "stuurtekens-in-sleutel",
        f"{M4}:4:1: [fout] gro<U+000A>ep: onbekend veld 'gro<U+000A>ep'; bedoelde u 'groep'?",
        _replace(M4, "groep: 5", '"gro\\nep": 5'),
        single=True,
    ),
    _generated(
        "bidi-in-titel",
        f"{M4}:3:1: [fout] tekst bevat onzichtbare of stuurtekens (<U+202E>, <U+001B>)",
        _replace(
            M4,
            "titel: Optimalisering bestaande signaleringsmiddelen.",
            'titel: "\\u202e\\e[2J Optimalisering"',
        ),
        single=True,
    ),
    # the other commands on the same kinds of breakage
    _generated(
        "report-programmadatum-jaar-1",
        "programma.yaml:4",
        _replace("programma.yaml", '"2014-08-29"', '"0001-01-01"'),
        ("report", "--output", "-"),
    ),
    _generated(
        "report-brief-2999",
        "rapportages.yaml:5:5: [fout] datum 2999-12-31 ligt in de toekomst",
        _replace("rapportages.yaml", 'datum: "2014-11-12"', 'datum: "2999-12-31"'),
        ("report", "--output", "-"),
    ),
    _generated(
        "report-brief-9999",
        "rapportages.yaml:5",
        _replace("rapportages.yaml", 'datum: "2014-11-12"', 'datum: "9999-12-31"'),
        ("report", "--output", "-"),
    ),
    _generated(
        "query-bestand-valt-uit",
        f"{M4}:4:8",
        _replace(M4, "groep: 5", "groep: !!int zeven"),
        ("query",),
    ),
    _generated(
        "diff-bestand-valt-uit",
        f"{M4}:4:8",
        _replace(M4, "groep: 5", "groep: !!bool misschien"),
        ("diff", "2014-K4", "2015-K1"),
    ),
    _generated(
        "show-bestand-valt-uit",
        f"{M4}:4:1",
        _replace(M4, "groep: 5", "groep: vijf # jihadprog: disable=schema"),
        ("show", "1"),
    ),
    _generated(
        "report-naar-programma",
        "programma.yaml' hoort bij het corpus",
        lambda root: None,
        ("report", "--output", "programma.yaml"),
    ),
    _generated(
        "report-naar-maatregelen",
        "maatregelen/rapport.md' hoort bij het corpus",
        lambda root: None,
        ("report", "--output", "maatregelen/rapport.md"),
    ),
    _generated(
        "report-naar-apparaat",
        "'/dev/null' is geen gewoon bestand",
        lambda root: None,
        ("report", "--output", "/dev/null"),
    ),
    _generated(
        "sleutel-van-1000-tekens",
        f"{M4}:5:1: [fout] {'k' * 39}…: onbekend veld '{'k' * 39}…'",
        _replace(M4, "groep: 5", "groep: 5\n" + "k" * 1000 + ": 1"),
        single=True,
    ),
    # one mistake, one finding
    _generated(
        "begrippen-fout-veld",
        "begrippen.yaml:8:5: [fout] begrippen[1].trem: onbekend veld 'trem'; bedoelde u 'term'?",
        _replace("begrippen.yaml", "  - term: AIVD", "  - trem: AIVD"),
        single=True,
    ),
    Case("corpus-is-een-bestand", _corpus_is_a_file, "corpus", (2,)),
    Case("corpus-bestaat-niet", lambda target: target / "nergens", "nergens", (2,)),
]
CASES = {
    case.name: case
    for case in [*map(_overlay, sorted(p.name for p in BROKEN.iterdir())), *GENERATED]
}


_RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def _snapshot(path: Path) -> dict[str, tuple[str, ...]]:
    """Every entry under ``path`` with its kind and content hash; symlinks are not followed."""
    entries: dict[str, tuple[str, ...]] = {}
    todo = [path]
    while todo:
        current = todo.pop()
        try:
            info = current.lstat()
        except FileNotFoundError:
            continue
        rel = current.relative_to(path).as_posix()
        if stat.S_ISLNK(info.st_mode):
            entries[rel] = ("link", os.readlink(current))
        elif stat.S_ISDIR(info.st_mode):
            entries[rel] = ("dir",)
            todo.extend(current.iterdir())
        elif stat.S_ISREG(info.st_mode):
            try:
                digest = hashlib.sha256(current.read_bytes()).hexdigest()
            except PermissionError:  # the mode-000 case, for an ordinary user
                digest = f"{info.st_size} bytes, {info.st_mtime_ns}"
            entries[rel] = ("file", digest, oct(info.st_mode))
        else:
            entries[rel] = ("special", oct(info.st_mode))
    return entries


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _run_all(base: Path) -> dict[str, Run]:
    """Run every case, a few child processes at a time; children write to files, not pipes."""
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "JIHADPROG_CORPUS")}
    env["NO_COLOR"] = "1"
    pending = list(CASES.values())
    running: dict[
        str, tuple[subprocess.Popen[bytes], float, Path, Path, dict[str, tuple[str, ...]]]
    ] = {}
    runs: dict[str, Run] = {}
    width = max(2, os.cpu_count() or 2)
    while pending or running:
        while pending and len(running) < width:
            case = pending.pop(0)
            if case.name == "geen-rechten" and os.geteuid() == 0:
                continue
            home = base / case.name
            home.mkdir()
            corpus = case.build(home / "corpus")
            before = _snapshot(home / "corpus")
            cwd = corpus if corpus.is_dir() else home
            command = [sys.executable, "-m", "jihadprog", *case.command, "--corpus", str(corpus)]
            (home / "tmp").mkdir()
            env["TMPDIR"] = str(home / "tmp")
            with (home / "uitvoer.txt").open("wb") as output:
                process = subprocess.Popen(
                    command,
                    cwd=cwd,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=output,
                    stderr=subprocess.STDOUT,
                    preexec_fn=_limit_memory,
                )
            running[case.name] = (process, time.monotonic(), home, corpus, before)
        time.sleep(0.02)
        for name, (process, started, home, _, before) in list(running.items()):
            elapsed = time.monotonic() - started
            if process.poll() is None and elapsed < TIMEOUT:
                continue
            if process.poll() is None:
                process.kill()
                process.wait()
            code = None if elapsed >= TIMEOUT else process.returncode
            text = (home / "uitvoer.txt").read_bytes().decode("utf-8", "replace")
            leftovers = sorted(p.name for p in (home / "tmp").iterdir())
            runs[name] = Run(code, text, elapsed, before, _snapshot(home / "corpus"), leftovers)
            del running[name]
    return runs


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    return _run_all(tmp_path_factory.mktemp("kapot"))


def test_there_are_at_least_forty_cases() -> None:
    assert len(CASES) >= 40


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_corpus_fails_cleanly(name: str, runs: dict[str, Run]) -> None:
    if name == "geen-rechten" and os.geteuid() == 0:
        pytest.skip("root reads a file with mode 000; see the FIFO and symlink cases")
    case, run = CASES[name], runs[name]
    assert run.code is not None, f"no result within {TIMEOUT} s"
    assert run.code in case.exit_codes, run.output
    assert not re.search(r"Traceback|Error\b|Exception|Segmentation", run.output), run.output
    assert case.expect in run.output, run.output
    assert run.before == run.after, "the lint changed the corpus"
    assert not _RAW.search(run.output), (
        "a control, invisible or bidi character reached the terminal"
    )
    assert run.leftovers == [], "temporary files were left behind"
    if case.single:
        lines = run.output.splitlines()
        assert len(lines) == 2 and lines[1].startswith("Gevonden: 1 fout"), run.output


def test_exit_two_is_a_single_dutch_line(runs: dict[str, Run]) -> None:
    for name in ("config-ongeldige-toml", "fifo-als-configuratie", "corpus-bestaat-niet"):
        lines = runs[name].output.splitlines()
        assert runs[name].code == 2 and len(lines) == 1 and lines[0].startswith("jihadprog: "), name
