"""Rendering: Markdown structure, escaping for both formats, snapshots, the template search path."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from jihadprog.corpus import Corpus, load_corpus
from jihadprog.errors import UserError
from jihadprog.quarters import Kwartaal
from jihadprog.report.build import build_report
from jihadprog.report.mdescape import escape_cell, escape_inline
from jihadprog.report.render import environment, render, shipped_loader
from jihadprog.report.texescape import latex_escape
from jihadprog.vocab import STATUS_KLEUR, Status
from tests.conftest import FIXTURES, GOOD, REPO, build_corpus

K = Kwartaal.parse
TODAY = dt.date(2026, 11, 23)

HOSTILE = [
    r"\input{/etc/passwd}",
    r"\write18{touch /tmp/jihadprog-pwned}",
    "$x^2$ & 100% _#{}~",
    r"| pipe | and \ backslash",
    "*bold* _it_ `code` <script>alert(1)</script>",
    r"# heading {{ 7*7 }} \VAR{7*7} \BLOCK{set x = 1} [link](http://example.org)",
    "Bron met -- en ,, en `` en '' en << >> erin",
    "Tegen al Qa’ida, met «quotes», een en–dash, een em—dash en 5 000 euro.",
    r"Eerste regel # geen kop - geen lijst geen codeblok \end{document}",
    r"Kamerstuk 29 754, nr. 271 | met pipe & \textbf{vet}",
    r"Risico | reductie \ {jihad}gangers, 100% & _#",
    "https://example.org/een/heel/lang/pad/zonder/spaties/dat/nooit/op/een/regel/past/en/toch/moet/afbreken/index.html",
]


def parse(markdown: str) -> list[Token]:
    return MarkdownIt("commonmark", {"html": True}).enable("table").parse(markdown)


def walk(tokens: list[Token]) -> list[Token]:
    out = []
    for token in tokens:
        out.append(token)
        out.extend(walk(token.children or []))
    return out


def inline_texts(tokens: list[Token]) -> list[str]:
    """The literal text of every inline run, as a reader would see it."""
    return [
        "".join(
            c.content for c in t.children or [] if c.type in {"text", "code_inline", "softbreak"}
        )
        for t in tokens
        if t.type == "inline"
    ]


def table_rows(tokens: list[Token]) -> list[list[int]]:
    """Per table: the number of cells in each row (header first)."""
    tables: list[list[int]] = []
    cells = 0
    for t in tokens:
        if t.type == "table_open":
            tables.append([])
        elif t.type == "tr_open":
            cells = 0
        elif t.type in {"th_open", "td_open"}:
            cells += 1
        elif t.type == "tr_close":
            tables[-1].append(cells)
    return tables


@pytest.fixture(scope="module")
def shipped() -> Corpus:
    return load_corpus(REPO)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return load_corpus(build_corpus(tmp_path_factory.mktemp("inj") / "c", FIXTURES / "injectie"))


# --- escaping functions -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tex"),
    [
        ("a & b", r"a \& b"),
        (r"\input{x}", r"\textbackslash{}input\{x\}"),
        ("$x^2$ 100% _#~", r"\$x\textasciicircum{}2\$ 100\% \_\#\textasciitilde{}"),
        ("a -- b", "a -{}- b"),
        ("a - b", "a - b"),
        (",,x''", r",{},x\textquoteright{}\textquoteright{}"),
        (
            'zet "x" ("y")',
            r"zet \textquotedblleft{}x\textquotedblright{} (\textquotedblleft{}y\textquotedblright{})",
        ),
        ("thema's", r"thema\textquoteright{}s"),
        ("al Qa’ida", r"al Qa\textquoteright{}ida"),
        (
            "«q» ‘s’ “d”",
            r"\guillemotleft{}q\guillemotright{} \textquoteleft{}s\textquoteright{} \textquotedblleft{}d\textquotedblright{}",
        ),
        ("en–em—", r"en\textendash{}em\textemdash{}"),
        ("5\u00a0000", "5~000"),
        ("Kamerstuk 29 754, nr. 271; Stb. 2017, 52", "Kamerstuk 29~754, nr.~271; Stb.~2017, 52"),
        ("a\n\nb\tc", "a b c"),
        ("<a|b>", r"\textless{}a\textbar{}b\textgreater{}"),
        ("géïnd café", "géïnd café"),
        ("x\x07y", "x[U+0007]y"),
        ("zie https://a.nl/b_c/d", "zie https://a.nl/b\\_c/d"),
        (
            "zie https://ab.nl/cdefgh/ijk_lm",
            r"zie https://\allowbreak{}ab.\allowbreak{}nl/\allowbreak{}cdefgh/\allowbreak{}ijk\_\allowbreak{}lm",
        ),
    ],
)
def test_latex_escape(text: str, tex: str) -> None:
    assert latex_escape(text) == tex


def test_latex_escape_leaves_no_unescaped_special() -> None:
    escaped = latex_escape("".join(chr(c) for c in range(32, 127)))
    stripped = re.sub(
        r"\\penalty\d+\\relax\{\}|\\[a-zA-Z]+\{\}|\\[{}$&%#_,]|-\{\}|,\{\}", "", escaped
    )
    assert not set(stripped) & set("\\{}$&%#_^~")


def test_markdown_escape_keeps_text_literal() -> None:
    for text in HOSTILE:
        tokens = parse(escape_inline(text))
        assert inline_texts(tokens) == [" ".join(text.split())]
        assert not [t for t in walk(tokens) if t.type.startswith(("html", "em_", "strong_"))]
    cell = parse(f"| a | b |\n|---|---|\n| {escape_cell('x | y')} | z |\n")
    assert table_rows(cell) == [[2, 2]]


# --- Markdown structure -------------------------------------------------------------------


def test_markdown_has_all_38_measures_and_well_formed_tables(shipped: Corpus) -> None:
    md = render(build_report(shipped, K("2014-K4"), TODAY), "md")
    tokens = parse(md)
    headings = [
        tokens[i + 1].content
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag in {"h3", "h4"}
    ]
    measures = [h for h in headings if h.startswith("Maatregel ")]
    assert measures == [f"Maatregel {n}" for n in range(1, 39)]
    sections = [
        tokens[i + 1].content for i, t in enumerate(tokens) if t.tag == "h2" and t.nesting == 1
    ]
    assert sections[:3] == [
        "Inleiding",
        "Samenvatting",
        "Wat is er veranderd sinds het derde kwartaal 2014",
    ]
    assert sections[3:8] == [
        "Groep 1: Risicoreductie jihadgangers",
        "Groep 2: Interventies uitreis",
        "Groep 3: Radicalisering",
        "Groep 4: Sociale media",
        "Groep 5: Informatie-uitwisseling en samenwerking",
    ]
    assert sections[8:] == ["Wetgeving", "Bijlage: verantwoording", "Bijlage: begrippen"]
    for rows in table_rows(tokens):
        assert len(set(rows)) == 1, rows
    assert not [t for t in walk(tokens) if t.type.startswith("html")]
    assert md.count("```mermaid") == 5 + 1  # a status pie per group with measures, one marker pie


def test_a_status_has_the_same_colour_in_every_report(shipped: Corpus) -> None:
    """Mermaid colours slices largest first; each slice still gets its status's own colour."""
    for kwartaal in ("2014-K4", "2017-K3", "2019-K2"):
        md = render(build_report(shipped, K(kwartaal), TODAY), "md")
        for block in re.findall(r"```mermaid\n(.*?)```", md, re.S):
            colours = re.findall(r'"pie\d+": "#(\w+)"', block)
            labels = re.findall(r'^    "([^"]+)" :', block, re.M)
            for label, colour in zip(labels, colours, strict=True):
                if label in {s.value for s in Status}:
                    assert colour == STATUS_KLEUR[Status(label)], (kwartaal, label)


def test_markdown_tables_have_the_right_columns(shipped: Corpus) -> None:
    r = build_report(shipped, K("2014-K4"), TODAY)
    tables = table_rows(parse(render(r, "md")))
    statuses = len(r.samenvatting.statussen)
    assert tables[0] == [statuses + 2] * 7  # header, five groups, total
    assert tables[1] == [6] * 7  # Groep, B, V, N, geen markering, Totaal


def test_markdown_summarises_the_evaluation_in_its_quarter(shipped: Corpus) -> None:
    md = render(build_report(shipped, K("2017-K3"), TODAY), "md")
    assert "## Evaluatie van het Actieprogramma" in md
    assert "Inspectie Veiligheid en Justitie" in md
    assert "Informatiedeling blijft een aandachtspunt" in md
    assert "Kamerstuk 29 754, nr. 432" in md


def test_markdown_renders_hostile_text_literally(hostile: Corpus, shipped: Corpus) -> None:
    md = render(build_report(hostile, K("2014-K4"), TODAY), "md")
    tokens = parse(md)
    texts = "\n".join(inline_texts(tokens))
    for text in HOSTILE:
        assert text in texts, text
    assert not [t for t in walk(tokens) if t.type.startswith("html")]
    heading_count = sum(1 for t in tokens if t.type == "heading_open")
    good_md = render(build_report(load_corpus(GOOD), K("2014-K4"), TODAY), "md")
    assert heading_count == sum(1 for t in parse(good_md) if t.type == "heading_open")
    for rows in table_rows(tokens):
        assert len(set(rows)) == 1, rows
    for i, t in enumerate(tokens):
        if t.type == "inline" and "*bold*" in (t.content or ""):
            assert not [c for c in t.children or [] if c.type in {"em_open", "strong_open"}][1:]
            assert tokens[i - 1].type == "paragraph_open"
    assert "49" not in md


def test_tex_contains_no_raw_hostile_commands(hostile: Corpus) -> None:
    tex = render(build_report(hostile, K("2014-K4"), TODAY), "tex")
    assert r"\input{/etc" not in tex
    assert r"\write18{" not in tex
    assert r"\textbackslash{}input\{/etc/passwd\}" in tex
    assert r"\end{document}" in tex and tex.count(r"\end{document}") == 1
    assert "\\VAR{" not in tex.replace(r"\textbackslash{}VAR\{", "")


# --- snapshots ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "tex"])
@pytest.mark.parametrize("quarter", ["2014-K4", "2015-K4"])
def test_snapshot(fmt: str, quarter: str, snapshot: Callable[[str, str], None]) -> None:
    rapport = build_report(load_corpus(GOOD), K(quarter), TODAY)
    snapshot(f"report-{quarter}.{fmt}", render(rapport, fmt))


# --- templates ----------------------------------------------------------------------------


def test_every_shipped_template_is_found() -> None:
    shipped = {p.relative_to(REPO / "templates").as_posix() for p in REPO.glob("templates/**/*.j2")}
    assert "report.md.j2" in shipped
    assert set(shipped_loader().list_templates()) >= shipped


def test_user_templates_override_single_parts(tmp_path: Path) -> None:
    (tmp_path / "md").mkdir()
    (tmp_path / "md" / "begrippen.md.j2").write_text(
        'Eigen bijlage: {{ r.begrippen|length }} {{ "& co" }}\n'
    )
    md = render(build_report(load_corpus(GOOD), K("2014-K4"), TODAY), "md", tmp_path)
    assert "Eigen bijlage: 9 \\& co" in md  # 4 glossary terms, 5 organisation abbreviations
    assert "## Inleiding" in md


def test_user_template_errors_are_user_errors(tmp_path: Path) -> None:
    rapport = build_report(load_corpus(GOOD), K("2014-K4"), TODAY)
    (tmp_path / "report.md.j2").write_text("{{ r.bestaat_niet }}\n")
    with pytest.raises(UserError, match="fout in sjabloon"):
        render(rapport, "md", tmp_path)
    (tmp_path / "report.md.j2").write_text("{% if %}\n")
    with pytest.raises(UserError, match=r"report\.md\.j2:1"):
        render(rapport, "md", tmp_path)
    (tmp_path / "report.md.j2").write_text("{{ r.brief.dtn if false else none }}\n")
    with pytest.raises(UserError, match="None"):
        render(rapport, "md", tmp_path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{% include "report.md.j2" %}\n', "roepen elkaar eindeloos aan"),
        (b'{% extends "report.md.j2" %}\n', "roepen elkaar eindeloos aan"),
        (b"\xff\xfe{{ x }}\n", "geen UTF-8-tekst"),
        (b"{{ r.bestaat_niet }}\n", "'bestaat_niet'"),
        (b"{% if x %}\n", "houdt op voordat een blok is gesloten; verwacht 'elif' of 'else'"),
        (b"{% foo %}\n", "onbekende opdracht 'foo'"),
    ],
)
def test_user_template_mistakes_are_dutch(tmp_path: Path, content: bytes, message: str) -> None:
    rapport = build_report(load_corpus(GOOD), K("2014-K4"), TODAY)
    (tmp_path / "report.md.j2").write_bytes(content)
    with pytest.raises(UserError, match=message) as caught:
        render(rapport, "md", tmp_path)
    assert not re.search(r"unexpected|undefined|Encountered|codec", caught.value.message)


def test_tex_delimiters_leave_tex_braces_alone(tmp_path: Path) -> None:
    env = environment("tex", tmp_path)
    template = env.from_string(r"\textbf{\VAR{x}} {{ x }} {% raw %} \BLOCK{if x}ja\BLOCK{endif}")
    assert template.render(x="a&b") == r"\textbf{a\&b} {{ x }} {% raw %} ja"


@pytest.mark.parametrize("root", [GOOD, FIXTURES / "injectie"])
def test_markdown_footnotes_are_numbered_once_in_order(root: Path, tmp_path: Path) -> None:
    corpus = load_corpus(root if root == GOOD else build_corpus(tmp_path / "c", root))
    md = render(build_report(corpus, K("2015-K4"), TODAY), "md")
    definitions = re.findall(r"^\[\^(\d+)\]:", md, re.MULTILINE)
    references = re.findall(r"\[\^(\d+)\](?!:)", md)
    assert definitions == [str(n) for n in range(1, len(definitions) + 1)]
    assert sorted(references, key=int) == definitions
    assert len(definitions) >= 2


def test_a_first_report_has_no_changes_section_and_no_research_notes_in_its_body(
    shipped: Corpus,
) -> None:
    first = render(build_report(shipped, K("2014-K3"), TODAY), "md")
    assert "Wat is er veranderd" not in first
    for kwartaal in ("2014-K4", "2015-K2", "2017-K3", "2019-K2"):
        md = render(build_report(shipped, K(kwartaal), TODAY), "md")
        body = md.split("## Bijlage: verantwoording")[0]
        for note in ("niet geverifieerd", "Kamerstuknummer niet bekend", "Over deze rapportage"):
            assert note not in body, (kwartaal, note)
        for slug in ("DTenV", "Financien", "intrekking-nederlanderschap", "bijlage bij Kamerstuk"):
            assert slug not in md, (kwartaal, slug)
        assert "Reconstructie van de voortgang per" in md


@pytest.mark.parametrize("quarter", ["2014-K4", "2015-K2", "2016-K4", "2018-K1"])
def test_glossary_annex_lists_exactly_the_terms_the_rendered_report_uses(quarter: str) -> None:
    """Fails when a template prints a text the annex's walk over the report data does not see.

    Beside the glossary's own terms, every abbreviation the rendered body shows ('DTN37',
    'KMar') must be among the texts the annex is matched against.
    """
    from types import SimpleNamespace

    from jihadprog.glossary import used_terms
    from jihadprog.report.build import shown_texts

    corpus = load_corpus(REPO)
    rapport = build_report(corpus, Kwartaal.parse(quarter), TODAY)
    body = render(rapport, "md").split("## Bijlage: begrippen", 1)[0]
    shown = " ".join(inline_texts(parse(body)))
    glossary = corpus.begrippen_en_organisaties()
    assert [b.term for b in used_terms(glossary, [shown])] == [b.term for b in rapport.begrippen]
    annex = {b.term for b in rapport.begrippen} | {b.afkorting or b.term for b in rapport.begrippen}
    bracketed = {m for b in rapport.begrippen for m in re.findall(r"\(([^)]+)\)", b.term)}
    known = annex | bracketed
    names = (
        [o.weergave for o in corpus.organisaties.model.organisaties] if corpus.organisaties else []
    )
    for name in names:
        shown = shown.replace(name, " ")
    missing = set()
    for token in re.findall(r"(?<![/\w&-])[^\W\d_][\w&-]*", shown):
        for k in sorted(known, key=len, reverse=True):
            if token == k or token.startswith(k + "-"):
                token = token[len(k) + 1 :]
        for part in token.split("-"):
            part = part.rstrip("0123456789")
            capitals = sum(ch.isupper() for ch in part)
            if capitals >= 2 and part not in known and not re.fullmatch(r"[IVX]+|IJ\w*", part):
                missing.add(part)
    assert sorted(missing) == []
    capitals = set(re.findall(r"(?<![\w-])[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*", shown))
    assert capitals
    entries = [SimpleNamespace(term=w, afkorting=w) for w in capitals]
    seen = {e.term for e in used_terms(entries, list(shown_texts(rapport)))}
    missed = [w for w in capitals if w not in seen]
    assert missed == []


def test_reconstructions_hold_no_later_facts_and_no_later_numbers(shipped: Corpus) -> None:
    k3 = render(build_report(shipped, K("2014-K3"), TODAY), "md")
    assert "oktober 2014" not in k3 and "november 2014" not in k3 and "december 2014" not in k3
    k4 = render(build_report(shipped, K("2014-K4"), TODAY), "md")
    assert "Reconstructie van de voortgang per 31 december 2014" in k4
    assert "bijlage bij Kamerstuk" not in k4
    for later in ("34 356", "34 358", "34 359", "Stb. 2015"):  # plans may name 2015 dates
        assert later not in k4, later
