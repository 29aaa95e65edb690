"""`jihadprog site`: the pages, their links, and that the site is written atomically."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from jihadprog.corpus import load_corpus
from jihadprog.errors import UserError
from jihadprog.history import latest_quarter
from jihadprog.site.build import MARKER, write_site
from jihadprog.site.pages import build_site
from tests.conftest import REPO
from tests.test_cli import run


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.lang = values.get("lang")
        for name in ("href", "src"):
            if values.get(name):
                self.refs.append(str(values[name]))


def write_shipped_site(target: Path) -> Path:
    """The site of the shipped corpus, as `jihadprog site` writes it."""
    corpus = load_corpus(REPO)
    write_site(build_site(corpus, latest_quarter(corpus)), target)
    return target


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_shipped_site(tmp_path_factory.mktemp("site") / "site")


def test_every_page_exists(site_dir: Path) -> None:
    corpus = load_corpus(REPO)
    for m in corpus.sorted_maatregelen():
        assert (site_dir / "maatregel" / f"{m.nummer}.html").is_file()
    assert (site_dir / "organisatie" / "OM.html").is_file()
    assert (site_dir / "kwartaal" / "2016-K2.html").is_file()
    for name in ("index.html", "begrippen.html", "organisaties.html", "kwartalen.html"):
        assert (site_dir / name).is_file()


def test_links_are_local_and_resolve(site_dir: Path) -> None:
    pages = list(site_dir.rglob("*.html"))
    assert len(pages) > 80
    for page in pages:
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        assert parser.lang == "nl", page
        for ref in parser.refs:
            assert "//" not in ref and not ref.startswith(("http:", "https:", "/")), (page, ref)
            target = ref.split("#")[0]
            if target:
                assert (page.parent / target).resolve().is_file(), (page, ref)


def test_measure_page_has_timeline_and_cross_references(site_dir: Path) -> None:
    html = (site_dir / "maatregel" / "3.html").read_text(encoding="utf-8")
    assert "<h2>Tijdlijn</h2>" in html and "Kamerstuk 29 754, nr. 253" in html
    assert '<a href="../kwartaal/2014-K3.html">2014-K3</a>' in html
    page = (site_dir / "maatregel" / "20.html").read_text(encoding="utf-8")
    assert 'Zie ook <a href="30.html">maatregel 30</a>.' in page  # action 20a
    back = (site_dir / "maatregel" / "30.html").read_text(encoding="utf-8")
    assert '<a href="20.html">maatregel 20</a>' in back


def test_text_is_escaped(tmp_path: Path, corpus_dir: Path, edit) -> None:
    edit("begrippen.yaml", "omschrijving: ", "omschrijving: <script>alert(1)</script> ")
    corpus = load_corpus(corpus_dir)
    write_site(build_site(corpus, None), tmp_path / "s")
    html = (tmp_path / "s" / "begrippen.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_rewrite_replaces_only_a_previous_site(tmp_path: Path) -> None:
    corpus = load_corpus(REPO)
    site = build_site(corpus, latest_quarter(corpus))
    target = tmp_path / "site"
    write_site(site, target)
    (target / "oud.html").write_text("weg", encoding="utf-8")
    write_site(site, target)
    assert (target / MARKER).is_file() and not (target / "oud.html").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["site"]
    precious = tmp_path / "werk"
    precious.mkdir()
    (precious / "notities.txt").write_text("bewaren", encoding="utf-8")
    with pytest.raises(UserError, match="geen eerder geschreven site"):
        write_site(site, precious)
    assert (precious / "notities.txt").read_text(encoding="utf-8") == "bewaren"


def test_cli(capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "site", "--corpus", str(REPO), "--output", str(tmp_path / "s"))
    assert code == 0, err
    assert (
        out.startswith(f"{tmp_path / 's'}/index.html (")
        and (tmp_path / "s" / "index.html").is_file()
    )
