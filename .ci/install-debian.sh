#!/usr/bin/env bash
# Debian packages the tests need: Chromium (the report's browser test) and Jupyter with
# nbconvert/nbclient (the notebooks, run on the Deno kernel). Idempotent.
set -euo pipefail
packages=(chromium jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
