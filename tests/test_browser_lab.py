"""End to end: JupyterLab (started with `make lab`) runs notebook 01 in a real Chromium.

The server serves a temporary copy of notebooks/ (outputs of 01 stripped, so everything the
test sees comes from this run) with its own Jupyter config/data/runtime folders, and the kernel
writes its figures to a temporary $ANALYSIS_FIGURES_DIR: the repository's notebook and its
figures are never touched (checked byte for byte). The browser is Debian's Chromium
(`apt-get install chromium`), driven by Playwright's sync API; no browser is downloaded.
A screenshot of the executed notebook is written to build/jupyterlab_01_corpus_overview.png.
"""
from __future__ import annotations

import contextlib
import re
import time
from pathlib import Path

import pytest

from browser_support import ROOT, find_chromium, lab_server, launch_chromium

NOTEBOOK = "01_corpus_overview.ipynb"
SEED_TITLES = (
    "US-China Divide Persists as Blinken Concludes Beijing Meetings",
    "U.S. and China Vow to Mend Ties",
)
SCREENSHOT = ROOT / "build" / "jupyterlab_01_corpus_overview.png"
LOAD_TIMEOUT = 60  # s: JupyterLab page, notebook and kernel start
RUN_TIMEOUT = 120  # s: Run All (the first cell imports pandas and matplotlib)

# The visible notebook (a fresh workspace opens only this one).
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"

# State of the notebook: kernel status (toolbar execution indicator) and every code prompt.
STATE_JS = """(panel) => {
  const root = document.querySelector(panel);
  if (!root) return null;
  const indicator = root.querySelector('.jp-Notebook-ExecutionIndicator');
  return {
    kernel: indicator ? indicator.getAttribute('data-status') : null,
    prompts: Array.from(root.querySelectorAll('.jp-CodeCell .jp-InputPrompt'))
      .map(p => p.textContent.trim()),
  };
}"""

# What the outputs contain, read from the DOM of JupyterLab 4.6: every output is a
# `.jp-OutputArea-output` carrying the MIME type it was rendered from; errors and warnings are
# rendered as `application/vnd.jupyter.stderr` (the traceback text included).
OUTPUTS_JS = """(panel) => {
  const root = document.querySelector(panel);
  const outputs = Array.from(root.querySelectorAll('.jp-OutputArea-output'));
  return {
    images: Array.from(root.querySelectorAll('.jp-OutputArea-output img')).map(img => ({
      png: (img.getAttribute('src') || '').startsWith('data:image/png'),
      complete: img.complete,
      width: img.naturalWidth,
      height: img.naturalHeight,
    })),
    tables: Array.from(root.querySelectorAll('.jp-OutputArea-output table'))
      .map(t => t.textContent.replace(/\\s+/g, ' ')),
    stderr: outputs
      .filter(o => o.getAttribute('data-mime-type') === 'application/vnd.jupyter.stderr')
      .map(o => o.textContent),
    errors: outputs
      .filter(o => o.getAttribute('data-mime-type') === 'application/vnd.jupyter.error'
                   || o.querySelector('[data-mime-type="application/vnd.jupyter.error"]'))
      .map(o => o.textContent),
  };
}"""


def _state(page):
    return page.evaluate(STATE_JS, PANEL) or {"kernel": None, "prompts": []}


def _wait(page, condition, timeout, what, server, stable=0.0, required=True):
    """Poll _state(page) until condition(state) holds (for `stable` seconds).

    On timeout: fail the test (with a screenshot and the server log), or return None when
    not `required`."""
    deadline = time.monotonic() + timeout
    since = None
    while True:
        state = _state(page)
        if condition(state):
            since = since or time.monotonic()
            if time.monotonic() - since >= stable:
                return state
        else:
            since = None
        if time.monotonic() >= deadline:
            break
        page.wait_for_timeout(250)
    if not required:
        return None
    _save_screenshot(page)
    pytest.fail(
        f"timed out after {timeout} s waiting for {what}; last notebook state: {state}; "
        f"screenshot: {SCREENSHOT}\nJupyterLab log:\n{server.log_tail()}"
    )


def _kernel_connected(server):
    """The server's view: the notebook has a kernel, idle, with the browser's websocket open."""
    try:
        for session in server.api("api/sessions"):
            kernel = session.get("kernel") or {}
            if session.get("path") == NOTEBOOK and kernel.get("id"):
                kernel = server.api(f"api/kernels/{kernel['id']}")
                return kernel.get("connections", 0) >= 1 and kernel.get("execution_state") == "idle"
    except (OSError, ValueError):
        pass
    return False


def _started(state):
    return any(p == "[*]:" or re.fullmatch(r"\[\d+\]:", p) for p in state["prompts"])


def _finished(state):
    return (
        state["kernel"] == "idle"
        and "[*]:" not in state["prompts"]
        and any(re.fullmatch(r"\[\d+\]:", p) for p in state["prompts"])
    )


def _run_all_cells(page):
    """Run > Run All Cells from the menu bar; the command palette if the menu does not work."""
    attempts = []
    try:
        page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click(timeout=10_000)
        item = page.locator('.lm-Menu-item[data-command="runmenu:run-all"]')
        if not item.count():
            item = page.locator(".lm-Menu-item", has_text=re.compile(r"^Run All Cells"))
        item.first.click(timeout=10_000)
        return "menu Run > Run All Cells"
    except Exception as exc:  # noqa: BLE001 - fall back to the command palette
        attempts.append(f"menu failed: {str(exc).splitlines()[0]}")
        page.keyboard.press("Escape")
    page.locator(f"{PANEL} .jp-Notebook").click(position={"x": 5, "y": 5})
    page.keyboard.press("Control+Shift+c")
    palette = page.locator(".lm-CommandPalette-input")
    palette.fill("Run All Cells", timeout=10_000)
    page.locator(".lm-CommandPalette-item", has_text=re.compile(r"^Run All Cells")).first.click(
        timeout=10_000
    )
    return "command palette (" + "; ".join(attempts) + ")"


def _save_screenshot(page):
    """Whole notebook: grow the viewport to the notebook's height, then a full-page shot."""
    SCREENSHOT.parent.mkdir(exist_ok=True)
    try:
        extra = page.evaluate(
            """(panel) => {
                const s = document.querySelector(panel + ' .jp-WindowedPanel-outer');
                if (!s) return 0;
                s.scrollTop = 0;
                return Math.max(0, s.scrollHeight - s.clientHeight);
            }""",
            PANEL,
        )
        size = page.viewport_size
        page.set_viewport_size({"width": size["width"], "height": min(size["height"] + extra, 12000)})
        page.wait_for_timeout(500)  # let JupyterLab lay out the taller window
    except Exception:  # noqa: BLE001 - a screenshot of the window as it is is still useful
        pass
    page.screenshot(path=str(SCREENSHOT), full_page=True)


def _own_figures():
    """The repository's copies of the figures notebook 01 writes (must stay untouched)."""
    return {p.name: p.read_bytes() for p in sorted((ROOT / "figures").glob("01_document_lengths.*"))}


def test_jupyterlab_runs_corpus_overview_notebook_in_chromium(tmp_path):
    try:
        find_chromium()
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
    from playwright.sync_api import sync_playwright

    stored = ROOT / "notebooks" / NOTEBOOK
    stored_before = stored.read_bytes()
    figures_before = _own_figures()
    notebooks_before = {p.name for p in (ROOT / "notebooks").iterdir()}
    started = time.monotonic()

    with lab_server(tmp_path, strip=(NOTEBOOK,)) as server, sync_playwright() as pw:
        # The server serves the temporary copy, not the repository's notebooks/.
        listing = {item["name"] for item in server.api("api/contents")["content"]}
        assert NOTEBOOK in listing, listing
        assert server.api(f"api/contents/{NOTEBOOK}?content=0")["type"] == "notebook"

        context = launch_chromium(
            pw, tmp_path / "chromium-profile", viewport={"width": 1400, "height": 1000}
        )
        page_errors: list[str] = []
        try:
            page = context.new_page()
            page.on("pageerror", lambda exc: page_errors.append(str(exc)))
            page.goto(server.url(f"lab/tree/{NOTEBOOK}"), timeout=LOAD_TIMEOUT * 1000)
            page.wait_for_selector(f"{PANEL} .jp-CodeCell", timeout=LOAD_TIMEOUT * 1000)
            # Ready when the kernel is idle *and connected*. The toolbar's kernel indicator
            # reads "idle" as soon as the notebook appears, before the session even exists
            # (then initializing, connecting, unknown, idle); Run All clicked in that window
            # silently leaves every cell unexecuted (seen 3 times in 5). The server's count
            # of the kernel's websocket connections tells the two "idle"s apart.
            _wait(
                page,
                lambda s: s["kernel"] == "idle" and s["prompts"] and _kernel_connected(server),
                LOAD_TIMEOUT,
                "the notebook to load and its kernel to be idle and connected",
                server,
            )
            state = _wait(
                page,
                lambda s: s["kernel"] == "idle",
                10,
                "the kernel to stay idle",
                server,
                stable=1.0,
            )
            assert all(p == "[ ]:" for p in state["prompts"]), state  # nothing has run yet

            # Run All marks every code cell queued ([*]) at once, or (no kernel connection)
            # leaves them all blank: then it is safe to ask again.
            tries = []
            for _ in range(3):
                tries.append(_run_all_cells(page))
                if _wait(page, _started, 10, "", server, required=False):
                    break
            else:
                _wait(page, _started, 0, f"Run All Cells to start (tried: {tries})", server)
            how = "; then ".join(tries)
            state = _wait(
                page, _finished, RUN_TIMEOUT, "all cells to finish", server, stable=1.0
            )
            run_seconds = time.monotonic() - started
            with contextlib.suppress(PlaywrightTimeoutError):  # asserted below
                page.wait_for_function(  # the chart decoded, before it is measured
                    """(panel) => Array.from(document.querySelectorAll(
                        panel + ' .jp-OutputArea-output img')).some(i => i.complete && i.naturalWidth > 0)""",
                    arg=PANEL,
                    timeout=10_000,
                )
            outputs = page.evaluate(OUTPUTS_JS, PANEL)
            _save_screenshot(page)

            # The kernel ran in the temporary copy (so ../seeds and figures are the copies).
            cwds = {Path(f"/proc/{pid}/cwd").resolve() for pid in server.kernel_pids()}
            assert cwds == {server.notebooks_dir.resolve()}, cwds
        finally:
            context.close()

    tracebacks = [t for t in outputs["stderr"] if "Traceback" in t]
    assert not outputs["errors"] and not tracebacks, (
        "a cell shows an error:\n" + "\n---\n".join(outputs["errors"] + tracebacks)
    )
    # Every code cell ran, in order, in one pass (an exception stops Run All).
    counts = state["prompts"]
    assert counts == [f"[{i}]:" for i in range(1, len(counts) + 1)], counts
    charts = [i for i in outputs["images"] if i["png"] and i["width"] >= 400 and i["height"] >= 200]
    assert charts, f"no rendered PNG chart in the outputs: {outputs['images']}"
    assert any(all(t in table for t in SEED_TITLES) for table in outputs["tables"]), (
        "no output table lists both seed articles; tables: "
        + "\n".join(t[:300] for t in outputs["tables"])
    )
    assert (server.figures_dir / "01_document_lengths.png").exists(), (
        f"the notebook did not write its chart to $ANALYSIS_FIGURES_DIR ({server.figures_dir})"
    )
    assert SCREENSHOT.stat().st_size > 10_000
    assert not page_errors, f"JavaScript errors in JupyterLab: {page_errors}"

    # Nothing in the repository changed: the stored notebook, its figures, and no checkpoint
    # or LSP folder appeared in notebooks/.
    assert stored.read_bytes() == stored_before, f"{stored} was modified"
    assert _own_figures() == figures_before, "figures/01_document_lengths.* was modified"
    new = {p.name for p in (ROOT / "notebooks").iterdir()} - notebooks_before
    assert not {n for n in new if n.startswith(".")}, new
    print(f"JupyterLab ran {NOTEBOOK} ({how}) {run_seconds:.1f} s after `make lab`; {SCREENSHOT}")


def test_make_lab_starts_as_root_at_the_project_root(tmp_path):
    """`make lab` without --allow-root in LAB_ARGS: it adds the flag itself when run as root,
    serves the project root (notebooks/, seeds/, build/ in the file browser), and saves a stored
    notebook run on another corpus under build/<corpus name>/ instead of over notebooks/."""
    import json
    import os
    import secrets
    import shlex
    import signal
    import subprocess
    import urllib.request

    import shutil
    import uuid

    from browser_support import free_port

    port, token = free_port(), secrets.token_hex(16)
    run_name = f"lab_save_{uuid.uuid4().hex[:8]}"
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(tmp_path / "config"), JUPYTER_DATA_DIR=str(tmp_path / "data"),
               JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"), IPYTHONDIR=str(tmp_path / "ipython"))
    for var in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "GNUMAKEFLAGS"):
        env.pop(var, None)
    lab_args = ["--no-browser", f"--port={port}", "--ServerApp.port_retries=0", "--ServerApp.ip=127.0.0.1",
                f"--IdentityProvider.token={token}", "--ServerApp.terminals_enabled=False"]
    log = tmp_path / "lab.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(["make", "--no-print-directory", "lab", f"LAB_ARGS={shlex.join(lab_args)}"], cwd=ROOT,
                                env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        listing = None
        deadline = time.monotonic() + LOAD_TIMEOUT
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/contents/?token={token}", timeout=5) as r:
                    listing = json.loads(r.read())
                break
            except OSError:
                time.sleep(0.5)
        assert listing is not None, log.read_text(errors="replace")[-3000:]
        names = {item["name"] for item in listing["content"]}
        assert {"notebooks", "seeds", "analysis"} <= names
        # saving the stored notebook with another CORPUS (as Lab's Save does) leaves it unchanged
        stored = ROOT / "notebooks" / NOTEBOOK
        before = stored.read_bytes()
        nb = json.loads(before)
        for cell in nb["cells"]:
            if "parameters" in cell.get("metadata", {}).get("tags", []):
                source = "".join(cell["source"])
                cell["source"] = source.replace('CORPUS = "../seeds"', f'CORPUS = "/data/{run_name}"')
        body = json.dumps({"type": "notebook", "format": "json", "content": nb}).encode("utf-8")
        request = urllib.request.Request(f"http://127.0.0.1:{port}/api/contents/notebooks/{NOTEBOOK}?token={token}",
                                         data=body, method="PUT", headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as r:
            assert r.status in (200, 201)
        assert stored.read_bytes() == before
        assert f"/data/{run_name}" in (ROOT / "build" / run_name / NOTEBOOK).read_text(encoding="utf-8")
    finally:
        shutil.rmtree(ROOT / "build" / run_name, ignore_errors=True)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
