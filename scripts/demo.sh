#!/usr/bin/env bash
# The quick start: installs what is missing, starts the OCI emulator on loopback, and runs the
# example notebooks through it with the CLI, exactly as they would run on OCI Data Science.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

env_file=$(mktemp -d)/oci-emulator.env
# --fast: runs start at once and log lines are searchable at once; OCI (and the emulator's defaults) are slower.
node -- dist/cli/index.js emulator --fast --port 0 --env-file "$env_file" &
emulator=$!
trap 'kill $emulator 2>/dev/null; wait $emulator 2>/dev/null' EXIT
for _ in $(seq 100); do [ -s "$env_file" ] && break; sleep 0.1; done
set -a; . "$env_file"; set +a

# Each run's outputs go under its own prefix: the driver expands $JOB_RUN_OCID.
node -- dist/cli/index.js run \
  --exclude-tags ignore \
  --parameters '{"epochs": 5, "learning_rate": 0.2}' \
  --env GREETING=hello \
  --output-uri "$OCI_OUTPUT_URI/\$JOB_RUN_OCID" \
  examples/*.ipynb
