#!/usr/bin/env bash
# Installs what RelGraph needs from the system and nothing else: Graphviz's C
# library and headers (Debian's libgraphviz-dev), only when pkg-config cannot
# find libgvc. Also makes sure Graphviz's plugin list exists, without which
# every layout fails.
set -euo pipefail

sudo_if_needed() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libgvc; then
    echo "bootstrap: libgvc not found; installing libgraphviz-dev with apt-get" >&2
    sudo_if_needed apt-get update -qq
    DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq pkg-config libgraphviz-dev >/dev/null
fi

plugin_dir="$(pkg-config --variable=libdir libgvc)/graphviz"
if [ ! -s "$plugin_dir/config6a" ] && command -v libgvc6-config-update >/dev/null 2>&1; then
    echo "bootstrap: registering Graphviz plugins" >&2
    sudo_if_needed libgvc6-config-update -c
fi

echo "bootstrap: Graphviz $(pkg-config --modversion libgvc) ready" >&2
