"""Time jihadprog beside its floors and alternatives, as whole processes, and check the targets.

For the shipped corpus and a generated corpus of each size it runs every command a few times
(median wall time, peak RSS of the process via os.wait4), prints a table of times, memory and
ratios, and writes benchmarks/out/results.json and results.md (issue 7).

    python benchmarks/run.py                      # sizes 38, 1000, 10000; Q = 12
    python benchmarks/run.py --sizes 38,1000 --runs 3
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
FLOORS = HERE / "floors"
BIN = Path(sys.executable).parent
TOP_FILES = ("programma.yaml", "organisaties.yaml", "begrippen.yaml", "rapportages.yaml")
NVT = "n.v.t."

sys.path.insert(0, str(HERE))
from gen_corpus import generate  # noqa: E402


@dataclass
class Tool:
    key: str
    label: str
    per_corpus: bool
    available: bool = True


TOOLS = (
    Tool("python", "python -c pass", False),
    Tool("typer-help", "bare Typer app --help", False),
    Tool("typer-run", "bare Typer app (command)", False),
    Tool("help", "jihadprog --help", False),
    Tool("lint", "jihadprog lint --strict", True),
    Tool("query", "jihadprog query --format json", True),
    Tool("report", "jihadprog report --format md", True),
    Tool("parse", "PyYAML C loader, parse only", True),
    Tool("yamllint", "yamllint (syntax only)", True),
    Tool("jsonschema", "check-jsonschema (maatregelen)", True),
)


@dataclass
class Cell:
    tool: str
    corpus: str
    seconds: float | None = None
    peak_rss_mb: float | None = None
    samples: list[float] = field(default_factory=list)
    note: str = ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="38,1000,10000", help="corpus sizes (measures)")
    parser.add_argument("--kwartalen", type=int, default=12, help="quarters of progress")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per command (at most)")
    parser.add_argument(
        "--budget",
        type=float,
        default=40.0,
        help="seconds per command and corpus; slow commands get fewer runs (at least one)",
    )
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]

    args.out.mkdir(parents=True, exist_ok=True)
    # Byte-compile the package as an install would: with PYTHONDONTWRITEBYTECODE set, an
    # editable install would otherwise compile every module from source on every run.
    compileall.compile_dir(REPO / "src", quiet=1)
    exe = {name: _which(name) for name in ("jihadprog", "yamllint", "check-jsonschema")}
    tools = {t.key: t for t in TOOLS}
    tools["report"].available = _run([exe["jihadprog"], "report", "--help"], REPO)[2] == 0
    tools["yamllint"].available = exe["yamllint"] is not None
    tools["jsonschema"].available = exe["check-jsonschema"] is not None

    cells: list[Cell] = []
    work = Path(tempfile.mkdtemp(prefix="jihadprog-bench-"))
    try:
        corpora: list[tuple[str, Path]] = [("shipped", REPO)]
        for n in sizes:
            root = args.out / f"corpus-{n}"
            started = time.perf_counter()
            generate(REPO, root, n, args.kwartalen)
            print(f"generated {n} measures in {time.perf_counter() - started:.1f} s", flush=True)
            corpora.append((str(n), root))
        for label, root in corpora:
            jobs = []
            if label == "shipped":
                jobs += [
                    (t.key, "", _command(t.key, exe, REPO, [])) for t in TOOLS if not t.per_corpus
                ]
            files = [str(root / f) for f in TOP_FILES]
            files += sorted(str(p) for p in (root / "maatregelen").glob("*.yaml"))
            for tool in TOOLS:
                if tool.per_corpus and tool.available:
                    jobs.append((tool.key, label, _command(tool.key, exe, root, files)))
                elif tool.per_corpus:
                    cells.append(Cell(tool.key, label, note=NVT))
            print(f"timing {label}:", flush=True)
            cells += _measure(jobs, work, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    labels = ["shipped", *(str(n) for n in sizes)]
    targets = _targets(cells, sizes)
    text = _table(cells, labels, sizes, targets, args)
    print(text)
    (args.out / "results.md").write_text(_markdown(cells, labels, sizes, targets), "utf-8")
    results = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "commit": _git_commit(),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "settings": {
            "sizes": sizes,
            "kwartalen": args.kwartalen,
            "runs": args.runs,
            "budget_seconds": args.budget,
        },
        "tools": {t.key: t.label for t in TOOLS},
        "cells": [asdict(c) for c in cells],
        "targets": targets,
    }
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    print(f"\nwritten: {args.out / 'results.json'}, {args.out / 'results.md'}")
    failed = [c for c in cells if c.note.startswith("failed")]
    return 1 if failed else 0


def _which(name: str) -> str | None:
    local = BIN / name
    return str(local) if local.exists() else shutil.which(name)


def _command(key: str, exe: dict[str, str | None], root: Path, files: list[str]) -> list[str]:
    py = sys.executable
    jp = exe["jihadprog"] or "jihadprog"
    corpus = ["--corpus", str(root)]
    commands = {
        "python": [py, "-c", "pass"],
        "typer-help": [py, str(FLOORS / "bare_typer.py"), "--help"],
        "typer-run": [py, str(FLOORS / "bare_typer.py")],
        "help": [jp, "--help"],
        "lint": [jp, "lint", "--strict", *corpus],
        "query": [jp, "query", "--format", "json", *corpus],
        "report": [jp, "report", "--format", "md", *corpus],
        "parse": [py, str(FLOORS / "parse_yaml.py"), *files],
        "yamllint": [exe["yamllint"] or "yamllint", "-d", "{rules: {}}", *files],
        "jsonschema": [
            exe["check-jsonschema"] or "check-jsonschema",
            "--schemafile",
            str(root / "schemas" / "maatregel.schema.json"),
            *(f for f in files if "/maatregelen/" in f),
        ],
    }
    return commands[key]


def _run(cmd: list[str], cwd: Path) -> tuple[float, float, int, str]:
    """One process: wall seconds, its own peak RSS in MB (wait4), exit code, stderr."""
    env = dict(os.environ, NO_COLOR="1")
    env.pop("GITHUB_ACTIONS", None)
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        return elapsed, usage.ru_maxrss / 1024, proc.returncode, err.read().decode(errors="replace")


def _measure(
    jobs: list[tuple[str, str, list[str]]], cwd: Path, args: argparse.Namespace
) -> list[Cell]:
    """Time the jobs round-robin, so drift in the machine hits them alike.

    One warm-up each, then up to --runs timed runs (three times as many for sub-second
    commands; fewer, at least one, when a command would overrun --budget, in which case its
    first run counts). A command that fails is reported and left out, not retried.
    """
    cells, remaining, peaks = [], [], []
    for key, corpus, cmd in jobs:
        cell = Cell(key, corpus)
        seconds, rss, code, err = _run(cmd, cwd)
        more = 0
        if code != 0:
            cell.note = f"failed (exit {code})"
            print(f"  {key} [{corpus}] failed (exit {code}):\n{err[-1500:]}", flush=True)
        elif seconds * (args.runs + 1) > args.budget:
            cell.samples.append(seconds)
            more = max(1, min(args.runs, int(args.budget // seconds))) - 1
        else:
            more = args.runs if seconds >= 0.5 else 3 * args.runs
        cells.append(cell)
        remaining.append(more)
        peaks.append(rss)
    while any(remaining):
        for index, (_, _, cmd) in enumerate(jobs):
            if remaining[index]:
                seconds, rss, code, err = _run(cmd, cwd)
                if code != 0:
                    raise SystemExit(f"{' '.join(cmd[:6])} … failed on a rerun:\n{err[-1500:]}")
                cells[index].samples.append(seconds)
                peaks[index] = max(peaks[index], rss)
                remaining[index] -= 1
    for cell, peak in zip(cells, peaks, strict=True):
        if not cell.samples:
            continue
        cell.seconds = statistics.median(cell.samples)
        cell.peak_rss_mb = round(peak, 1)
        where = f" [{cell.corpus}]" if cell.corpus else ""
        print(
            f"  {cell.tool}{where}: {_secs(cell.seconds)} s, {cell.peak_rss_mb:.0f} MB "
            f"({len(cell.samples)} runs)",
            flush=True,
        )
    return cells


def _get(cells: list[Cell], tool: str, corpus: str = "") -> Cell | None:
    return next((c for c in cells if c.tool == tool and c.corpus == corpus), None)


def _targets(cells: list[Cell], sizes: list[int]) -> list[dict[str, object]]:
    """The targets of issue 7 as measured ratios (a target whose inputs are missing is skipped)."""

    def secs(tool: str, corpus: str = "") -> float | None:
        cell = _get(cells, tool, corpus)
        return cell.seconds if cell else None

    out: list[dict[str, object]] = []

    def add(name: str, top: float | None, bottom: float | None, limit: float) -> None:
        if top is None or bottom is None:
            out.append({"target": name, "value": None, "limit": limit, "ok": None})
            return
        value = top / bottom
        out.append({"target": name, "value": round(value, 2), "limit": limit, "ok": value <= limit})

    add("--help vs bare Typer --help", secs("help"), secs("typer-help"), 1.3)
    add("lint (shipped) vs bare Typer command", secs("lint", "shipped"), secs("typer-run"), 1.6)
    big = str(sizes[-1])
    add(f"lint vs yamllint @ {big}", secs("lint", big), secs("yamllint", big), 1.0)
    add(f"lint vs check-jsonschema @ {big}", secs("lint", big), secs("jsonschema", big), 1.0)
    add(f"lint vs C-loader parse @ {big}", secs("lint", big), secs("parse", big), 2.0)
    if len(sizes) >= 2:
        prev = str(sizes[-2])
        add(f"lint growth {prev} → {big}", secs("lint", big), secs("lint", prev), 11.0)
    lint_cell = _get(cells, "lint", big)
    rss = lint_cell.peak_rss_mb if lint_cell else None
    out.append(
        {
            "target": f"lint peak RSS @ {big} (MB)",
            "value": rss,
            "limit": 500,
            "ok": None if rss is None else rss < 500,
        }
    )
    add(f"report vs lint @ {big}", secs("report", big), secs("lint", big), 3.0)
    return out


def _secs(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


def _rows(cells: list[Cell], labels: list[str], sizes: list[int]) -> list[list[str]]:
    growth = len(sizes) >= 2
    rows = []
    for tool in TOOLS:
        row = [tool.label]
        if not tool.per_corpus:
            cell = _get(cells, tool.key)
            row += [_fmt(cell)] + [""] * (len(labels) - 1) + ([""] if growth else [])
            rows.append(row)
            continue
        row += [_fmt(_get(cells, tool.key, label)) for label in labels]
        if growth:
            a, b = _get(cells, tool.key, str(sizes[-2])), _get(cells, tool.key, str(sizes[-1]))
            row.append(
                f"{b.seconds / a.seconds:.1f}×" if a and b and a.seconds and b.seconds else ""
            )
        rows.append(row)
    return rows


def _fmt(cell: Cell | None) -> str:
    if cell is None:
        return ""
    if cell.seconds is None:
        return cell.note
    runs = "" if len(cell.samples) >= 3 else f" ({len(cell.samples)}×)"
    return f"{_secs(cell.seconds)} s / {cell.peak_rss_mb:.0f} MB{runs}"


def _headers(labels: list[str], sizes: list[int]) -> list[str]:
    heads = ["command", *(lb if lb == "shipped" else f"N = {int(lb):,}" for lb in labels)]
    if len(sizes) >= 2:
        heads.append(f"{sizes[-1]:,}/{sizes[-2]:,}")
    return heads


def _target_lines(targets: list[dict[str, object]]) -> list[str]:
    lines = []
    for t in targets:
        if t["value"] is None:
            verdict, value = NVT, NVT
        else:
            verdict = "ok" if t["ok"] else "MISSED"
            value = str(t["value"])
        lines.append(f"{t['target']}: {value} (limit {t['limit']}) {verdict}")
    return lines


def _table(
    cells: list[Cell],
    labels: list[str],
    sizes: list[int],
    targets: list[dict[str, object]],
    args: argparse.Namespace,
) -> str:
    heads = _headers(labels, sizes)
    rows = _rows(cells, labels, sizes)
    widths = [max(len(r[i]) for r in [heads, *rows]) for i in range(len(heads))]
    lines = [
        "",
        f"Median wall time / peak RSS per process (Q = {args.kwartalen}, up to {args.runs} runs; "
        "(n×) = fewer runs)",
        "  ".join(h.ljust(w) for h, w in zip(heads, widths, strict=True)),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines += ["", "Targets (issue 7):", *(f"  {line}" for line in _target_lines(targets))]
    return "\n".join(lines)


def _markdown(
    cells: list[Cell], labels: list[str], sizes: list[int], targets: list[dict[str, object]]
) -> str:
    heads = _headers(labels, sizes)
    rows = _rows(cells, labels, sizes)
    lines = ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    lines += ["", *(f"- {line}" for line in _target_lines(targets))]
    return "\n".join(lines) + "\n"


def _git_commit() -> str | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip()


if __name__ == "__main__":
    sys.exit(main())
