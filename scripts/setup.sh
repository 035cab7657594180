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

debian_install() {
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! jupyter_python >/dev/null; then
  echo "Installing Jupyter from Debian packages (python3-nbclient python3-nbconvert python3-ipykernel python3-nbformat python3-pip)"
  debian_install python3-nbclient python3-nbconvert python3-ipykernel python3-nbformat python3-pip
fi
# The driver installs a notebook's requirements with the kernel's own pip.
if ! "$(jupyter_python)" -m pip --version >/dev/null 2>&1; then
  echo "Installing pip from Debian packages (python3-pip)"
  debian_install python3-pip
fi
echo "Jupyter Python: $(jupyter_python)"

if [ "${CI:-}" = "true" ] || [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# GitHub starts the action with Node 24 (action.yml: runs.using node24); the action's tests run
# the bundles with that Node, installed here from the npm registry's per-platform Node package.
action_node_version=24.21.0
action_node_package="node-$(node -p 'process.platform + "-" + process.arch')"
action_node=".tools/node24/node_modules/$action_node_package/bin/node"
if [ "$("$action_node" --version 2>/dev/null)" != "v$action_node_version" ]; then
  npm install --prefix .tools/node24 --no-save --no-audit --no-fund "$action_node_package@$action_node_version" >/dev/null
fi
echo "Action's Node: $("$action_node" --version) ($action_node)"
