#!/usr/bin/env python3
"""The HTML report as a reader sees it, in a real browser (Debian's chromium, headless).

For each language it writes a report and opens it in chromium at 1280 px (a laptop) and 375 px
(a phone, emulated as a mobile device), then reads facts from the rendered page: the answer in
the one h1, the 24 comparison rows, the chart with its text alternative, the page no wider than
the screen (the wide table scrolls inside its own box), and no request for anything but the file
itself. It prints the page to PDF with the page's own print rules and checks that every page is
A4 and that the page count is sane.

Chromium is driven through the DevTools protocol over a pipe (--remote-debugging-pipe: JSON
messages ended by NUL on file descriptors 3 and 4), so nothing beyond python3 is needed and the
report itself stays free of scripts. (A plain --window-size cannot go below 500 px.)

Usage: report_in_browser.py ACCT_ADVISOR WORKDIR [--screenshots]
  --screenshots  also save report-LANG-WIDTH.png (the whole page) and report-LANG.pdf in WORKDIR
Exit 77 (CTest's skip) with a message when no chromium is installed.
"""

import base64
import json
import os
import shutil
import subprocess
import sys
import time

FACTS_JS = """(() => {
  const d = document, w = window;
  const table = d.querySelector('table.comparison');
  const svg = d.querySelector('figure#chart svg');
  const wrap = table ? table.closest('.table-wrap') : null;
  const overflowing = [];
  d.querySelectorAll('body *').forEach(e => {
    if (e.closest('.table-wrap') || e.closest('svg')) return;
    if (e.getBoundingClientRect().right > w.innerWidth + 0.5) overflowing.push(e.tagName + '.' + e.className);
  });
  return {
    innerWidth: w.innerWidth,
    scrollWidth: d.documentElement.scrollWidth,
    height: d.documentElement.scrollHeight,
    lang: d.documentElement.lang,
    h1: [...d.querySelectorAll('h1')].map(h => h.textContent),
    rows: table ? table.querySelectorAll('tbody > tr:first-child').length : 0,
    citedRows: table ? table.querySelectorAll('tbody.cited').length : 0,
    tableScrollsInBox: wrap ? wrap.scrollWidth > wrap.clientWidth : false,
    chartWidth: svg ? svg.getBoundingClientRect().width : -1,
    chartTitle: svg && svg.querySelector('title') ? svg.querySelector('title').textContent : '',
    chartDesc: svg && svg.querySelector('desc') ? svg.querySelector('desc').textContent : '',
    caption: d.querySelector('figure#chart figcaption') ? d.querySelector('figure#chart figcaption').textContent : '',
    overflowing: overflowing.slice(0, 10),
  };
})()"""

CASES = [
    # lang, profile, the answer as the h1 shows it
    ("en", ["--users", "30000", "--industry", "fruit", "--adding", "active"], "WeCom"),
    ("zh", ["--users", "3万", "--industry", "保险", "--adding", "passive"], "个人微信"),
]

failures = []


def check(ok, what):
    print(("ok    " if ok else "FAIL  ") + what, flush=True)
    if not ok:
        failures.append(what)


class Browser:
    """Headless chromium with a DevTools session on one page."""

    def __init__(self, chromium, profile_dir):
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        args = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--disable-extensions", "--disable-background-networking", "--disable-sync",
                f"--user-data-dir={profile_dir}", "--remote-debugging-pipe", "about:blank"]
        # The browser reads commands on fd 3 and writes answers on fd 4.
        wrapper = ["bash", "-c", f'exec "$@" 3<&{to_browser_r} 4>&{from_browser_w}', "chromium", *args]
        self._proc = subprocess.Popen(wrapper, pass_fds=(to_browser_r, from_browser_w),
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Network", "Runtime"):
            self.call(f"{domain}.enable", session=True)

    def _read_message(self, deadline):
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("chromium did not answer in time")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=False, timeout=60):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self.events.append(reply)

    def wait_for(self, method, timeout=60):
        deadline = time.monotonic() + timeout
        while True:
            for i, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(i)
            self.events.append(self._read_message(deadline))

    def open(self, url, width, height=900):
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}, session=True)
        self.events.clear()
        self.call("Page.navigate", {"url": url}, session=True)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression):
        return self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                         session=True)["result"]["value"]

    def requested_urls(self):
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def screenshot(self, path, width, height):
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}, session=True)
        data = self.call("Page.captureScreenshot", {"format": "png"}, session=True)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def print_pdf(self):
        # The page's @page rule sets A4; the paper size given here is only its fallback.
        result = self.call("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True,
                                               "displayHeaderFooter": False}, session=True, timeout=120)
        return base64.b64decode(result["data"])

    def close(self):
        try:
            self.call("Browser.close", timeout=10)
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()


def pdf_facts(data):
    import re
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    return pages, sorted({(round(float(w)), round(float(h))) for w, h in boxes})


def check_report(browser, lang, url, account, workdir, screenshots):
    for width in (1280, 375):
        where = f"{lang} at {width} px"
        browser.open(url, width)
        facts = browser.evaluate(FACTS_JS)
        check(facts["innerWidth"] == width, f"{where}: the screen is {width} px wide (got {facts['innerWidth']})")
        check(facts["scrollWidth"] <= width, f"{where}: no horizontal scrolling (page {facts['scrollWidth']} px)")
        check(not facts["overflowing"], f"{where}: nothing sticks out of the page {facts['overflowing']}")
        check(facts["lang"] == ("zh-Hans" if lang == "zh" else "en"), f"{where}: lang is {facts['lang']}")
        check(len(facts["h1"]) == 1 and account in facts["h1"][0], f"{where}: one h1 with the answer {facts['h1']}")
        check(facts["rows"] == 24, f"{where}: the comparison has 24 rows (got {facts['rows']})")
        check(facts["citedRows"] > 0, f"{where}: the cited rows are marked ({facts['citedRows']})")
        check(0 < facts["chartWidth"] <= width, f"{where}: the chart is there and fits ({facts['chartWidth']:.0f} px)")
        check(bool(facts["chartTitle"] and facts["chartDesc"] and facts["caption"]),
              f"{where}: the chart has a title, a description and a caption")
        others = [u for u in browser.requested_urls() if u != url]
        check(others == [], f"{where}: nothing requested but the file itself {others}")
        if width == 375:
            check(facts["tableScrollsInBox"], f"{where}: the wide table scrolls inside its own box")
        if screenshots:
            png = os.path.join(workdir, f"report-{lang}-{width}.png")
            browser.screenshot(png, width, facts["height"])
            print(f"      saved {png} ({facts['height']} px high)")

    pdf = browser.print_pdf()
    pages, boxes = pdf_facts(pdf)
    check(3 <= pages <= 15, f"{lang}: the printed PDF has a sane page count ({pages})")
    check(boxes == [(595, 842)], f"{lang}: every printed page is A4 {boxes}")
    if screenshots:
        with open(os.path.join(workdir, f"report-{lang}.pdf"), "wb") as f:
            f.write(pdf)


def main():
    if len(sys.argv) not in (3, 4) or (len(sys.argv) == 4 and sys.argv[3] != "--screenshots"):
        sys.exit(__doc__)
    binary, workdir = sys.argv[1], os.path.abspath(sys.argv[2])
    screenshots = len(sys.argv) == 4
    chromium = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
    if not chromium:
        print("SKIPPED: chromium is not installed (scripts/test.sh installs it: apt-get install chromium)")
        return 77
    os.makedirs(workdir, exist_ok=True)
    env = dict(os.environ, SOURCE_DATE_EPOCH="1764460800", LC_ALL="", LANG="C.UTF-8")
    browser = Browser(chromium, os.path.join(workdir, "chromium-profile"))
    try:
        for lang, profile, account in CASES:
            report = os.path.join(workdir, f"report-{lang}.html")
            run = subprocess.run([binary, "report", *profile, "--lang", lang, "--output", report], env=env,
                                 capture_output=True, check=False)
            check(run.returncode == 0, f"{lang}: report exits 0 {run.stderr.decode('utf-8', 'replace').strip()}")
            if run.returncode == 0:
                check_report(browser, lang, "file://" + report, account, workdir, screenshots)
    finally:
        browser.close()
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
