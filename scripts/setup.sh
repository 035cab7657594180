#!/usr/bin/env bash
# Installs what oci-run-notebook needs on a fresh Debian/Ubuntu machine: npm packages, and a
# Python with Jupyter (nbclient, nbformat, ipykernel) for the emulator's and local runs.
set -euo pipefail
cd "$(dirname "$0")/.."

jupyter_python() {
  for python in "${OCI_EMULATOR_PYTHON:-}" python3 /usr/bin/python3; do
    [ -n "$python" ] && "$python" -c 'import nbclient, nbformat, ipykernel' 2>/dev/null && { echo "$python"; return 0; }
  done
  return 1
}

if ! jupyter_python >/dev/null; then
  echo "Installing Jupyter from Debian packages (python3-nbclient python3-nbconvert python3-ipykernel python3-nbformat)"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    python3-nbclient python3-nbconvert python3-ipykernel python3-nbformat >/dev/null
fi
echo "Jupyter Python: $(jupyter_python)"

if [ "${CI:-}" = "true" ] || [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
