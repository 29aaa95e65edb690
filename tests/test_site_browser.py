"""The site in a real headless browser: Debian's chromium, driven by Selenium.

Selenium drives /usr/bin/chromium through /usr/bin/chromedriver (Debian's `chromium-driver`,
built from the same source, so the two always match); nothing downloads a browser. Every page
type must load from file:// without console errors and with no serious or critical axe-core
violations (WCAG 2.1 A/AA rules, axe vendored under tests/vendor/); the filters must work.
Skipped with a reason where chromium is not installed; CI installs it (.ci/run).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.test_site import write_shipped_site

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
PAGES = (
    "index.html",
    "maatregel/3.html",
    "maatregel/20.html",
    "organisatie/OM.html",
    "kwartaal/2016-K2.html",
    "organisaties.html",
    "kwartalen.html",
    "begrippen.html",
)
SCREENSHOTS = os.environ.get("JIHADPROG_SCREENSHOTS")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.is_file() and CHROMEDRIVER.is_file()),
    reason="chromium en chromedriver niet gevonden (apt-get install chromium chromium-driver)",
)


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_shipped_site(tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager fetch anything
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_script_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def _open(browser: Any, site_dir: Path, page: str) -> None:
    browser.get((site_dir / page).as_uri())
    browser.get_log("browser")  # drop anything logged before this page


def _serious_axe_violations(browser: Any) -> list[list[Any]]:
    """Run the vendored axe-core on the current page: [rule id, impact, node count] per finding."""
    browser.execute_script(AXE.read_text(encoding="utf-8"))
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {preload: false, runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
        ".then(r => done(r.violations.map(v => [v.id, v.impact, v.nodes.length])))"
        ".catch(e => done([['axe-fout', String(e), 0]]));"
    )
    browser.get_log("browser")  # axe's own messages are not the page's
    return [v for v in result if v[1] in {"serious", "critical"} or v[0] == "axe-fout"]


@pytest.mark.parametrize("page", PAGES)
def test_page_loads_cleanly_and_passes_axe(browser: Any, site_dir: Path, page: str) -> None:
    browser.get((site_dir / page).as_uri())
    assert browser.execute_script("return document.documentElement.lang") == "nl"
    errors = [e for e in browser.get_log("browser") if e["level"] in {"SEVERE", "WARNING"}]
    assert errors == [], errors
    assert _serious_axe_violations(browser) == []
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(Path(SCREENSHOTS) / (page.replace("/", "-") + ".png")))


def test_axe_catches_a_broken_page(browser: Any, site_dir: Path) -> None:
    _open(browser, site_dir, "index.html")
    browser.execute_script(
        "document.documentElement.removeAttribute('lang');"
        "document.querySelector('label[for=f-tekst]').remove();"
        "document.querySelector('main h1').style.color = '#bbbbbb';"
    )
    found = {v[0] for v in _serious_axe_violations(browser)}
    assert {"html-has-lang", "label", "color-contrast"} <= found


def _visible(browser: Any) -> list[int]:
    return browser.execute_script(
        "return Array.from(document.querySelectorAll('#maatregelen tbody tr'))"
        ".filter(r => !r.hidden).map(r => Number(r.cells[0].textContent));"
    )


def _choose(browser: Any, field: str, value: str) -> None:
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element("id", f"f-{field}")).select_by_value(value)


def _reset(browser: Any) -> None:
    """Click 'Alle filters wissen' and wait for the script, which re-filters after the reset."""
    from selenium.webdriver.support.ui import WebDriverWait

    browser.find_element("css selector", "button[type=reset]").click()
    WebDriverWait(browser, 5).until(lambda b: len(_visible(b)) == 38)


def test_filters(browser: Any, site_dir: Path) -> None:
    _open(browser, site_dir, "index.html")
    count = browser.find_element("id", "aantal")
    assert browser.find_element("id", "filters").is_displayed()
    assert _visible(browser) == list(range(1, 39)) and count.text == "38 maatregelen"
    _choose(browser, "groep", "2")
    assert _visible(browser) == [14, 15, 16, 17] and count.text == "4 maatregelen"
    _choose(browser, "markering", "B")
    assert _visible(browser) == [17]
    assert count.text == "1 maatregel"
    _reset(browser)
    assert _visible(browser) == list(range(1, 39))
    _choose(browser, "markering", "N")
    assert 3 in _visible(browser)  # action 3c is marked N
    _reset(browser)
    _choose(browser, "organisatie", "DTenV")
    assert _visible(browser) == [5]
    _reset(browser)
    _choose(browser, "status", "gerealiseerd")
    done = _visible(browser)
    assert done and all(
        browser.find_element("css selector", f"#maatregelen tbody tr:nth-child({n}) .status").text
        == "gerealiseerd"
        for n in done
    )
    _reset(browser)
    browser.find_element("id", "f-tekst").send_keys("HAYAT")
    assert _visible(browser) == [23]
    browser.find_element("id", "f-tekst").clear()
    browser.find_element("id", "f-tekst").send_keys("geinvesteerd")
    assert _visible(browser) == []
    assert count.text == "0 maatregelen"
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []


def test_skip_link_is_the_first_stop_and_leads_to_main(browser: Any, site_dir: Path) -> None:
    from selenium.webdriver.common.keys import Keys

    _open(browser, site_dir, "maatregel/3.html")
    browser.find_element("tag name", "body").send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.text == "Naar de inhoud" and focused.is_displayed()
    focused.send_keys(Keys.ENTER)
    assert browser.switch_to.active_element.get_attribute("id") == "inhoud"


def test_without_javascript_the_table_is_complete(site_dir: Path) -> None:
    html = (site_dir / "index.html").read_text(encoding="utf-8")
    assert '<form id="filters" class="filters" hidden>' in html
    assert html.count('<tr data-groep="') == 38
