#!/usr/bin/env bash
# Installs what RelGraph needs from the system and nothing else: Graphviz's C
# library and headers (Debian's libgraphviz-dev), only when pkg-config cannot
# find libgvc, and SQLite's (libsqlite3-dev, which GRDB links for the corpus
# store), only when pkg-config cannot find sqlite3. Also makes sure Graphviz's plugin list exists, without which
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

if ! pkg-config --exists sqlite3; then
    echo "bootstrap: sqlite3 not found; installing libsqlite3-dev with apt-get" >&2
    sudo_if_needed apt-get update -qq
    DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq libsqlite3-dev >/dev/null
fi

plugin_dir="$(pkg-config --variable=libdir libgvc)/graphviz"
if [ ! -s "$plugin_dir/config6a" ] && command -v libgvc6-config-update >/dev/null 2>&1; then
    echo "bootstrap: registering Graphviz plugins" >&2
    sudo_if_needed libgvc6-config-update -c
fi

echo "bootstrap: Graphviz $(pkg-config --modversion libgvc) and SQLite $(pkg-config --modversion sqlite3) ready" >&2
