"""Render the site with the templates under ``templates/site/`` and write it atomically.

The site is written into a temporary sibling of the target folder and then renamed into
place, so a failure leaves an existing site untouched. A non-empty folder that is not a site
written by this command is never replaced.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jihadprog.errors import UserError, os_reason
from jihadprog.site.pages import Site

MARKER = ".jihadprog-site"
STATIC = ("site.css", "filter.js")


def _environment() -> Any:
    import jinja2

    from jihadprog.report.render import shipped_loader
    from jihadprog.report.text import dutch_date, dutch_list
    from jihadprog.site.pages import slug

    env = jinja2.Environment(
        loader=shipped_loader(),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["datum"] = dutch_date
    env.filters["opsomming"] = dutch_list
    env.filters["slug"] = slug
    return env


def files(site: Site) -> Iterator[tuple[str, str]]:
    """(relative path, content) of every file of the site."""
    env = _environment()

    def page(template: str, root: str, **values: Any) -> str:
        return str(env.get_template(f"site/{template}").render(s=site, root=root, **values))

    for name in STATIC:
        source, _, _ = env.loader.get_source(env, f"site/{name}")
        yield name, source
    yield "index.html", page("index.html.j2", "")
    yield "begrippen.html", page("begrippen.html.j2", "")
    yield "organisaties.html", page("organisaties.html.j2", "")
    yield "kwartalen.html", page("kwartalen.html.j2", "")
    for p in site.maatregelen:
        yield f"maatregel/{p.m.nummer}.html", page("maatregel.html.j2", "../", p=p)
    for o in site.organisaties:
        yield f"organisatie/{o.slug}.html", page("organisatie.html.j2", "../", o=o)
    for k in site.kwartalen:
        yield f"kwartaal/{k.kwartaal}.html", page("kwartaal.html.j2", "../", k=k)


def _replaceable(target: Path) -> bool:
    """A missing or empty folder, or one this command wrote before."""
    if not target.exists():
        return True
    if not target.is_dir():
        return False
    return (target / MARKER).is_file() or not any(target.iterdir())


def write_site(site: Site, target: Path) -> int:
    """Write the site to ``target`` atomically; the number of pages written."""
    if not _replaceable(target):
        raise UserError(
            f"'{target}' bestaat al en is geen eerder geschreven site; kies een lege of nieuwe map"
        )
    content = list(files(site))
    parent = target.absolute().parent
    staging: Path | None = None
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=parent, prefix=f".{target.name}."))
        for rel, text in content:
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        (staging / MARKER).write_text("geschreven door jihadprog site\n", encoding="utf-8")
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(staging, 0o777 & ~umask)
        if target.exists():
            old = Path(tempfile.mkdtemp(dir=parent, prefix=f".{target.name}.oud."))
            os.replace(target, old / "site")
            try:
                os.replace(staging, target)
            except OSError:
                os.replace(old / "site", target)
                raise
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staging, target)
        staging = None
    except OSError as error:
        raise UserError(f"kan de site niet schrijven naar '{target}': {os_reason(error)}") from None
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
    return sum(rel.endswith(".html") for rel, _ in content)
