"""End to end in headless Chromium: map, filter by country, event page with highlighted evidence, a correction,
and an article full of script/HTML injection attempts that must show as text and never run.

Needs Debian's chromium and chromium-driver (skipped without them). Saves screenshots under artifacts/.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
TOKEN = "browser-token"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"

INJECTION = (
    'تظاهر سكان في الساحة <script>window.__pwned = "script"</script> احتجاجاً. '
    '<img src=x onerror="window.__pwned=\'img\'"> <svg onload="window.__pwned=\'svg\'"></svg> '
    '<a href="javascript:window.__pwned=\'href\'">رابط</a> "><iframe srcdoc="<script>parent.__pwned=1</script>">'
    " {{constructor.constructor('window.__pwned=4')()}} ${alert(1)} </textarea><b>غامق</b>"
)

if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
    pytest.skip("chromium and chromium-driver are not installed", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn
    from fastapi.testclient import TestClient

    from marsad.api.app import create_app
    from marsad.api.sample import fake_process, sample_pages
    from marsad.store import Store

    path = tmp_path_factory.mktemp("browser") / "b.db"
    store = Store(path)
    for page, out in sample_pages(30):
        store.ingest_output(page, out)
    store.close()
    # the hostile article goes in through the API, like any client's
    with TestClient(create_app(path, token=TOKEN, process=fake_process)) as c:
        r = c.post("/documents", headers={"Authorization": f"Bearer {TOKEN}"},
                   json={"text": INJECTION, "id": "x", "title": '<script>window.__pwned="title"</script>عنوان',
                         "outlet": '<img src=x onerror="window.__pwned=\'outlet\'">', "published": "2021-05-05"})
        assert r.status_code == 201, r.text
    port = _free_port()
    app = create_app(path, token=TOKEN, process=fake_process)
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def driver() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="marsad-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1400,1000", f"--user-data-dir={profile}"):
        opts.add_argument(flag)
    d = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    d.set_page_load_timeout(30)
    try:
        yield d
    finally:
        d.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _wait(driver, fn, timeout: float = 10.0):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(lambda d: fn(d))


def _no_alert(driver) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        text = driver.switch_to.alert.text
    except NoAlertPresentException:
        return
    pytest.fail(f"an alert ran: {text}")


def test_map_filter_event_evidence_correction(server: str, driver) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    ARTIFACTS.mkdir(exist_ok=True)
    driver.get(server + "/")
    assert driver.execute_script("return document.documentElement.dir") == "rtl"
    markers = _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#map circle.marker"))
    assert len(markers) == 30  # the injection article has no place: not on the map
    assert driver.find_elements(By.CSS_SELECTOR, "#map path.country")
    assert driver.find_elements(By.CSS_SELECTOR, "#timeline rect.bar")
    driver.save_screenshot(str(ARTIFACTS / "dashboard-map.png"))

    # filter by country
    _wait(driver, lambda d: len(Select(d.find_element(By.ID, "f-country")).options) > 1)
    Select(driver.find_element(By.ID, "f-country")).select_by_value("IQ")
    driver.find_element(By.ID, "apply").click()
    _wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#map circle.marker")) == 6)
    rows = driver.find_elements(By.CSS_SELECTOR, "#events-table tbody tr.row")
    assert len(rows) == 6
    assert all("IQ" in r.find_elements(By.TAG_NAME, "td")[2].text for r in rows)

    # open an event: its evidence and each field's span highlighted, outlets listed
    rows[0].click()
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#ev-docs .hl-evidence"))
    text = driver.find_element(By.CSS_SELECTOR, "#ev-docs .doc-text").text
    for cls in ("hl-actor1", "hl-actor2", "hl-location", "hl-date", "hl-fatalities", "hl-injured", "hl-sources"):
        marks = driver.find_elements(By.CSS_SELECTOR, f"#ev-docs mark.{cls}")
        assert marks, cls
        assert all(m.text and m.text in text for m in marks)
    assert driver.find_elements(By.CSS_SELECTOR, "#ev-legend .sw.hl-evidence")
    assert driver.find_elements(By.CSS_SELECTOR, "#ev-outlets li")
    # English toggle and back
    driver.find_element(By.ID, "lang-toggle").click()
    _wait(driver, lambda d: d.execute_script("return document.documentElement.dir") == "ltr")
    driver.find_element(By.ID, "lang-toggle").click()
    _wait(driver, lambda d: d.execute_script("return document.documentElement.dir") == "rtl")
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#ev-docs .hl-evidence"))

    # correct a field
    driver.find_element(By.ID, "token").send_keys(TOKEN)
    driver.find_element(By.ID, "reviewer").send_keys("مراجع")
    Select(driver.find_element(By.ID, "rv-field")).select_by_value("fatalities.best")
    driver.find_element(By.ID, "rv-value").send_keys("99")
    driver.find_element(By.ID, "rv-submit").click()
    _wait(driver, lambda d: "ok" in d.find_element(By.ID, "rv-message").get_attribute("class"))
    corrected = _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "[data-corrected='fatalities.best']"))
    assert "99" in corrected[0].text
    assert driver.find_elements(By.CSS_SELECTOR, "#rv-history li")
    driver.execute_script("document.getElementById('ev-docs').scrollIntoView()")
    driver.save_screenshot(str(ARTIFACTS / "dashboard-event.png"))

    # nothing was fetched from anywhere but this server
    urls = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert urls and all(u.startswith(server) for u in urls), urls


def test_injection_attempts_do_not_run(server: str, driver) -> None:
    from selenium.webdriver.common.by import By

    driver.get(server + "/")
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#events-table tbody tr.row"))
    row = _wait(driver, lambda d: [r for r in d.find_elements(By.CSS_SELECTOR, "#events-table tbody tr.row")
                                   if r.find_elements(By.TAG_NAME, "td")[0].text == "2021-05-05"])
    row[0].click()
    body = _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#ev-docs .doc-text"))[0]
    time.sleep(0.5)  # give any injected handler the chance to fire
    _no_alert(driver)
    assert driver.execute_script("return window.__pwned") is None
    assert "<script>" in body.text and "<img src=x" in body.text  # shown as text
    assert not driver.find_elements(By.CSS_SELECTOR, "#ev-docs script, #ev-docs img, #ev-docs iframe, #ev-docs svg")
    assert "<script>" in driver.find_element(By.CSS_SELECTOR, "#ev-docs h4").text
    driver.save_screenshot(str(ARTIFACTS / "dashboard-injection.png"))
