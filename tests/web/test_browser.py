"""The explorer in a real headless Chromium: load, filter, open an event, see its evidence.

A live explorer (uvicorn in a thread, loopback) serves a store of hand-coded records; Selenium
drives a headless Chromium. Skips when Chromium, its driver or Selenium is absent.
CI set-up: apt-get update && apt-get install -y chromium chromium-driver; pip install selenium.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "cluster_gold" / "articles.yaml"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    uvicorn = pytest.importorskip("uvicorn")
    from dateline.api.app import create_app
    from dateline.cluster import update_clusters
    from dateline.cluster.gold import load_gold
    from dateline.store.sqlite import SqliteStore, connect

    documents, _ = load_gold(GOLD)
    path = tmp_path_factory.mktemp("web") / "store.db"
    with SqliteStore(path) as store:
        store.write(documents)
    conn = connect(path)
    update_clusters(conn)
    conn.close()
    port = _free_port()
    config = uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver")
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not binary or not driver_path:
        pytest.skip("chromium and chromium-driver are not installed")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1500,1000"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    yield driver
    driver.quit()


SCREENSHOTS = os.environ.get("DATELINE_SCREENSHOTS")  # a folder: save PNGs of the views


def wait_ready(browser, view: str, timeout: float = 10.0) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, timeout).until(
        lambda d: d.execute_script("return document.body.dataset.ready") == view)


def shot(browser, name: str) -> None:
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(Path(SCREENSHOTS) / f"explorer-{name}.png"))


def test_filter_open_event_and_see_evidence(server, browser) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(server + "/")
    wait_ready(browser, "events")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")) == 34
    assert browser.find_elements(By.CSS_SELECTOR, "svg[aria-label=timeline] rect")
    shot(browser, "events")

    Select(browser.find_element(By.NAME, "type")).select_by_value("ASSAULT")
    browser.find_element(By.NAME, "q").send_keys("Fasher")
    browser.find_element(By.CSS_SELECTOR, "#filters button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: "type=ASSAULT" in d.current_url
                                     and len(d.find_elements(By.CSS_SELECTOR,
                                                             "#events-table tbody tr")) == 2)
    rows = browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")
    assert {r.get_attribute("data-key") for r in rows} == {"g25:V1", "g26:V1"}

    browser.find_element(By.CSS_SELECTOR, "tr[data-key='g25:V1']").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#sources li"))
    assert "event=g25%3AV1" in browser.current_url or "event=g25:V1" in browser.current_url
    triggers = browser.find_elements(By.CSS_SELECTOR, "#event-sentence mark.trigger")
    assert [m.text for m in triggers] == ["shelled"]
    assert len(browser.find_elements(By.CSS_SELECTOR, "#sources li")) == 3
    shot(browser, "event")

    browser.find_element(By.ID, "open-article").click()
    wait_ready(browser, "articles")
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR,
                                                               "#article-text mark.focus"))
    focus = browser.find_element(By.CSS_SELECTOR, "#article-text mark.focus")
    assert focus.text == "shelled"
    kinds = {m.get_attribute("data-kind") for m in
             browser.find_elements(By.CSS_SELECTOR, "#article-text mark")}
    assert kinds == {"entity", "timex", "place", "trigger"}
    # the filters survive the move to another view, in the URL and in the form
    assert "type=ASSAULT" in browser.current_url
    assert Select(browser.find_element(By.NAME, "type")).first_selected_option.text == "ASSAULT"
    shot(browser, "article")


@pytest.mark.parametrize(("view", "selector"), [
    ("map", "#map circle.point"),
    ("network", "#network g.node"),
    ("articles", "#view table tbody tr"),
])
def test_views_render(server, browser, view, selector) -> None:
    from selenium.webdriver.common.by import By

    browser.get(f"{server}/?view={view}")
    wait_ready(browser, view)
    assert browser.find_elements(By.CSS_SELECTOR, selector)
    shot(browser, view)
