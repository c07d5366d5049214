"""Helpers for the JupyterLab browser test (tests/test_browser_lab.py).

``lab_server`` starts JupyterLab the way a user does (``make lab``) on a throw-away copy of the
notebooks, with its own Jupyter config, data and runtime folders, and stops it again.
``launch_chromium`` starts Debian's Chromium (``apt-get install chromium``) through Playwright:
no browser is ever downloaded.
"""
from __future__ import annotations

import contextlib
import json
import os
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Docker's /dev/shm is 64 MB; Debian's launcher script only adds this flag when it can
    # measure /dev/shm, so add it ourselves (shared memory then lives in /tmp).
    "--disable-dev-shm-usage",
]

# JupyterLab user settings for the test: no news/update toasts over the notebook (and no
# request to jupyter.org), and every cell attached to the DOM so that the assertions and the
# screenshot see the whole notebook.
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}


def find_chromium() -> str:
    """Path of the system Chromium, or an error that says how to install it."""
    path = shutil.which("chromium")
    if not path:
        raise RuntimeError(
            "Chromium was not found on PATH. The JupyterLab browser test drives Debian's Chromium "
            "through Playwright (no browser is downloaded): install it with "
            "`sudo apt-get update && sudo apt-get install -y chromium` (.ci/run does this in CI)."
        )
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def strip_outputs(path: Path) -> None:
    """Remove outputs and execution counts from a notebook file (a copy, never the original)."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


@dataclass
class LabServer:
    port: int
    token: str
    notebooks_dir: Path  # the temporary copy JupyterLab serves
    figures_dir: Path  # $ANALYSIS_FIGURES_DIR of the kernel
    runtime_dir: Path
    log_path: Path
    process: subprocess.Popen

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        sep = "&" if "?" in path else "?"
        return f"{self.base_url}/{path.lstrip('/')}{sep}token={self.token}"

    def api(self, path: str, timeout: float = 5.0):
        with urllib.request.urlopen(self.url(path), timeout=timeout) as response:
            return json.loads(response.read().decode("utf-8"))

    def log_tail(self, n: int = 40) -> str:
        try:
            lines = self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return "(no server log)"
        return "\n".join(lines[-n:])

    def kernel_pids(self) -> list[int]:
        """Kernels started by this server: their command line names our runtime folder."""
        pids = []
        marker = str(self.runtime_dir).encode()
        for entry in Path("/proc").glob("[0-9]*"):
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if b"ipykernel" in cmdline and marker in cmdline:
                pids.append(int(entry.name))
        return pids


def _wait_until_up(server: LabServer, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(
                f"`make lab` exited with status {server.process.returncode} before JupyterLab "
                f"answered. Server log:\n{server.log_tail()}"
            )
        try:
            server.api("api/status", timeout=2)
            return
        except (urllib.error.URLError, ConnectionError, OSError, ValueError) as exc:
            last_error = exc
            time.sleep(0.25)
    raise RuntimeError(
        f"JupyterLab did not answer on {server.base_url} within {timeout:.0f} s "
        f"(last error: {last_error}). Server log:\n{server.log_tail()}"
    )


def _stop(server: LabServer) -> None:
    proc = server.process
    if proc.poll() is None:
        # make and jupyter share the process group started in _start (start_new_session=True);
        # on SIGTERM the server shuts its kernels down.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
    # Kernels run in sessions of their own: end any that outlived the server, by id (found
    # again by their command line, so that a reused id is never hit).
    deadline = time.monotonic() + 5
    while server.kernel_pids() and time.monotonic() < deadline:
        time.sleep(0.1)
    for pid in server.kernel_pids():
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)


@contextlib.contextmanager
def lab_server(workdir: Path, *, strip: tuple[str, ...] = (), startup_timeout: float = 90):
    """Run ``make lab`` on a copy of notebooks/ (and seeds/) under *workdir*; yield a LabServer.

    The ``lab`` target serves the project root (``--ServerApp.root_dir``); the copy is served
    by pointing the contents manager and the kernels (their working folder) at it instead: the server
    never reads or writes the repository's notebooks. Figures go to ``$ANALYSIS_FIGURES_DIR``
    and the results cache to ``$ANALYSIS_CACHE_DIR``, both under *workdir*.
    *strip* names copied notebooks whose outputs are removed before the server starts.
    """
    project = workdir / "project"
    notebooks = project / "notebooks"
    shutil.copytree(
        ROOT / "notebooks", notebooks, ignore=shutil.ignore_patterns(".ipynb_checkpoints")
    )
    shutil.copytree(ROOT / "seeds", project / "seeds")  # the notebooks read ../seeds
    figures = project / "figures"
    figures.mkdir()
    for name in strip:
        strip_outputs(notebooks / name)

    jupyter = workdir / "jupyter"
    config_dir, data_dir, runtime_dir = jupyter / "config", jupyter / "data", jupyter / "runtime"
    for d in (config_dir, data_dir, runtime_dir):
        d.mkdir(parents=True)
    for rel, settings in LAB_SETTINGS.items():
        target = config_dir / "lab" / "user-settings" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(settings, indent=2), encoding="utf-8")

    env = dict(os.environ)
    env.update(
        JUPYTER_CONFIG_DIR=str(config_dir),
        JUPYTER_DATA_DIR=str(data_dir),
        JUPYTER_RUNTIME_DIR=str(runtime_dir),
        IPYTHONDIR=str(workdir / "ipython"),
        ANALYSIS_FIGURES_DIR=str(figures),
        # The Makefile exports build/cache as the results cache unless it is set: compute
        # from scratch, and leave the project's cache alone.
        ANALYSIS_CACHE_DIR=str(workdir / "analysis-cache"),
        PYDEVD_DISABLE_FILE_VALIDATION="1",
    )
    # An inherited non-interactive backend (MPLBACKEND=Agg in some CI images) would stop
    # plt.show() from drawing inline.
    env.pop("MPLBACKEND", None)
    env.pop("JUPYTERLAB_SETTINGS_DIR", None)
    env.pop("JUPYTERLAB_WORKSPACES_DIR", None)
    # Start make as a user would, not as a sub-make of `make test` (no inherited flags,
    # jobserver or command-line variables).
    for var in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "GNUMAKEFLAGS"):
        env.pop(var, None)

    token = secrets.token_hex(16)
    server = None
    try:
        # A free port can be taken by another process before JupyterLab binds it (tests run
        # in parallel): then start again on another one.
        for attempt in range(1, 4):
            server = _start(workdir / f"jupyterlab-{attempt}.log", free_port(), token, notebooks,
                            figures, runtime_dir, env)
            try:
                _wait_until_up(server, startup_timeout)
                break
            except RuntimeError:
                if attempt < 3 and server.process.poll() is not None and "already in use" in server.log_tail():
                    continue
                raise
        yield server
    finally:
        if server is not None:
            _stop(server)


def _start(log_path, port, token, notebooks, figures, runtime_dir, env) -> LabServer:
    """`make lab` with the LAB_ARGS of a headless server on 127.0.0.1:port for the copy."""
    lab_args = [
        "--no-browser",
        "--allow-root",  # CI runs as root
        f"--port={port}",
        "--ServerApp.port_retries=0",
        "--ServerApp.ip=127.0.0.1",
        f"--IdentityProvider.token={token}",
        "--ServerApp.open_browser=False",
        "--ServerApp.terminals_enabled=False",
        f"--FileContentsManager.root_dir={notebooks}",
        f"--MappingKernelManager.root_dir={notebooks}",
    ]
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            ["make", "--no-print-directory", "lab", f"LAB_ARGS={shlex.join(lab_args)}"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return LabServer(port, token, notebooks, figures, runtime_dir, Path(log_path), proc)


def launch_chromium(playwright, profile_dir: Path, **context_options):
    """A headless persistent Chromium context on a fresh profile (Debian's chromium binary)."""
    return playwright.chromium.launch_persistent_context(
        str(profile_dir),
        executable_path=find_chromium(),
        headless=True,
        args=CHROMIUM_ARGS,
        **context_options,
    )
