#!/usr/bin/env bash
# Make sure Debian's Chromium is on PATH: the JupyterLab browser test drives it through
# Playwright (Playwright downloads no browser here). Installs the Debian package when it is
# missing and this user can (root, or sudo without a password); otherwise says what to do
# and leaves the browser test to fail with the same message.
set -uo pipefail
command -v chromium >/dev/null 2>&1 && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure_chromium: chromium is not on PATH and apt-get is missing; install Chromium with your" \
       "system's package manager so that 'chromium' is on PATH (needed by tests/test_browser_lab.py)." >&2
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  SUDO=""
elif sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "ensure_chromium: chromium is not on PATH; run 'sudo apt-get install -y chromium'" \
       "(needed by tests/test_browser_lab.py)." >&2
  exit 0
fi
echo "ensure_chromium: installing Debian's chromium package (once) for the JupyterLab browser test" >&2
$SUDO apt-get update -qq && \
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || \
  echo "ensure_chromium: apt-get could not install chromium; the browser test will fail." >&2
exit 0
