#!/usr/bin/env bash
# Points the major tag at a release: v1 at v1.4.2, so that `uses: <owner>/oci-run-notebook@v1`
# gets every compatible release. Usage: scripts/move-major-tag.sh vMAJOR.MINOR.PATCH [REMOTE]
set -euo pipefail

release="${1:-}"
remote="${2:-origin}"
if [[ ! "$release" =~ ^v([0-9]+)\.[0-9]+\.[0-9]+$ ]]; then
  echo "move-major-tag: expected a release tag such as v1.2.3, got '$release' (pre-releases leave the major tag alone)" >&2
  exit 2
fi
major="v${BASH_REMATCH[1]}"
if ! commit=$(git rev-parse --verify --quiet "refs/tags/$release^{commit}"); then
  echo "move-major-tag: there is no tag $release here; fetch tags first (git fetch --tags)" >&2
  exit 2
fi
# Lightweight, as runners have no git identity to sign an annotated tag with.
git tag --force "$major" "$commit"
git push --force "$remote" "refs/tags/$major"
echo "$major -> $release ($commit)"
