#!/usr/bin/env bash
# Throw-away PostgreSQL server for CI (no Docker needed).
#
#   scripts/ci/start-postgres.sh [start]   install if missing, start, print `export DATABASE_URL=...`
#   scripts/ci/start-postgres.sh stop      stop the server and delete its data directory
#   scripts/ci/start-postgres.sh status    exit 0 if the server answers, 1 otherwise
#   scripts/ci/start-postgres.sh crash     immediate stop (as a crash: no checkpoint), data kept
#   scripts/ci/start-postgres.sh resume    start the kept cluster again (after `crash`)
#
# Typical use:   eval "$(scripts/ci/start-postgres.sh)"
#
# Only the export line goes to stdout; all progress goes to stderr.
#
# The cluster lives in a temp directory (one per port) and listens on 127.0.0.1 only.
# It is tuned for throw-away test databases (fsync off): never point it at real data.
#
# Environment:
#   PGPORT_CI     TCP port (default 55432)
#   PG_CI_DIR     state directory (default ${TMPDIR:-/tmp}/registry-ci-postgres-$PGPORT_CI)
#   PG_BIN        directory holding initdb/pg_ctl (default: newest /usr/lib/postgresql/*/bin)
set -euo pipefail

PORT="${PGPORT_CI:-55432}"
HOST=127.0.0.1
ROLE=registry
PASSWORD=registry
DBNAME=registry
STATE_DIR="${PG_CI_DIR:-${TMPDIR:-/tmp}/registry-ci-postgres-$PORT}"
DATA_DIR="$STATE_DIR/data"
SOCK_DIR="$STATE_DIR/sock"
LOG_FILE="$STATE_DIR/postgres.log"
DATABASE_URL="postgres://$ROLE:$PASSWORD@$HOST:$PORT/$DBNAME"

log() { printf '[start-postgres] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

find_bin_dir() {
  if [[ -n "${PG_BIN:-}" ]]; then
    [[ -x "$PG_BIN/initdb" ]] || die "PG_BIN=$PG_BIN has no initdb"
    printf '%s\n' "$PG_BIN"
    return 0
  fi
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$d" && -x "$d/initdb" && -x "$d/pg_ctl" ]]; then
    printf '%s\n' "$d"
    return 0
  fi
  return 1
}

as_root() {
  if [[ "$(id -u)" -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -n "$@"
  else
    die "need root (or passwordless sudo) to run: $*"
  fi
}

install_postgres() {
  log "PostgreSQL server not found; installing it from Debian packages (apt-get)..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  # Do not let the package's post-install hook start the default cluster on 5432.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    postgresql postgresql-client >&2
}

# Run a command as the cluster owner: `postgres` when we are root (initdb refuses root),
# otherwise the current user. Run from / so the owner never needs access to our cwd.
as_owner() {
  if [[ "$(id -u)" -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

is_ready() {
  "$BIN/pg_isready" -q -h "$HOST" -p "$PORT" -t 2 >/dev/null 2>&1
}

# Superuser psql over our private unix socket (only works for a cluster we own).
admin_psql() {
  as_owner "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCK_DIR" -p "$PORT" -U postgres -d postgres "$@"
}

registry_can_connect() {
  PGPASSWORD="$PASSWORD" "$BIN/psql" -X -q -At -h "$HOST" -p "$PORT" -U "$ROLE" -d "$DBNAME" \
    -c 'select 1' >/dev/null 2>&1
}

ensure_role_and_db() {
  log "ensuring role '$ROLE' (SUPERUSER) and database '$DBNAME'"
  admin_psql <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE LOGIN SUPERUSER CREATEDB PASSWORD '$PASSWORD';
  ELSE
    ALTER ROLE $ROLE LOGIN SUPERUSER CREATEDB PASSWORD '$PASSWORD';
  END IF;
END
\$\$;
SELECT 'CREATE DATABASE $DBNAME OWNER $ROLE'
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$DBNAME')\gexec
SQL
}

cmd_start() {
  if ! BIN="$(find_bin_dir)"; then
    install_postgres
    BIN="$(find_bin_dir)" || die "PostgreSQL installed but no /usr/lib/postgresql/*/bin/initdb found"
  fi
  log "using $("$BIN/postgres" --version) from $BIN"

  if is_ready; then
    if [[ -f "$DATA_DIR/postmaster.pid" ]]; then
      log "server already running on $HOST:$PORT (data dir $DATA_DIR); reusing it"
      ensure_role_and_db
    elif registry_can_connect; then
      log "a server already answers on $HOST:$PORT and accepts $ROLE/$PASSWORD; reusing it"
    else
      die "port $PORT is taken by a server this script does not own and $ROLE cannot log in; set PGPORT_CI"
    fi
  else
    if [[ -f "$DATA_DIR/postmaster.pid" ]]; then
      log "stale cluster in $DATA_DIR (not answering); removing it"
      as_owner "$BIN/pg_ctl" -D "$DATA_DIR" stop -m immediate >/dev/null 2>&1 || true
    fi
    rm -rf "$STATE_DIR"
    mkdir -p "$DATA_DIR" "$SOCK_DIR"
    chmod 700 "$DATA_DIR"
    if [[ "$(id -u)" -eq 0 ]]; then
      id postgres >/dev/null 2>&1 || die "OS user 'postgres' does not exist (is the postgresql package installed?)"
      chown -R postgres: "$STATE_DIR"
    fi

    log "initdb in $DATA_DIR"
    as_owner "$BIN/initdb" -D "$DATA_DIR" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$STATE_DIR/initdb.log" 2>&1 \
      || { cat "$STATE_DIR/initdb.log" >&2; die "initdb failed"; }

    # CI tuning: throw-away data, many short-lived databases (one per test file).
    cat >>"$DATA_DIR/postgresql.conf" <<CONF

# --- scripts/ci/start-postgres.sh ---
listen_addresses = '$HOST'
port = $PORT
unix_socket_directories = '$SOCK_DIR'
max_connections = 300
shared_buffers = 128MB
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
CONF

    log "starting server on $HOST:$PORT (log: $LOG_FILE)"
    as_owner "$BIN/pg_ctl" -D "$DATA_DIR" -l "$LOG_FILE" -w -t 60 start >&2 \
      || { tail -n 50 "$LOG_FILE" >&2 || true; die "pg_ctl start failed"; }

    local i
    for i in $(seq 1 60); do
      is_ready && break
      sleep 0.5
    done
    is_ready || { tail -n 50 "$LOG_FILE" >&2 || true; die "server did not become ready"; }
    ensure_role_and_db
  fi

  registry_can_connect || die "cannot log in as $ROLE over TCP at $HOST:$PORT"
  log "ready: $DATABASE_URL"
  printf 'export DATABASE_URL=%s\n' "$DATABASE_URL"
}

cmd_stop() {
  if [[ ! -d "$DATA_DIR" ]]; then
    log "nothing to stop (no cluster in $STATE_DIR)"
    return 0
  fi
  BIN="$(find_bin_dir)" || die "no PostgreSQL binaries found"
  if [[ -f "$DATA_DIR/postmaster.pid" ]]; then
    log "stopping server on port $PORT"
    as_owner "$BIN/pg_ctl" -D "$DATA_DIR" -m fast -w -t 60 stop >&2 \
      || as_owner "$BIN/pg_ctl" -D "$DATA_DIR" -m immediate stop >&2 || true
  fi
  rm -rf "$STATE_DIR"
  log "stopped and removed $STATE_DIR"
}

# For the fault script (scripts/fault/run.ts): an immediate stop, then the same cluster back.
cmd_crash() {
  BIN="$(find_bin_dir)" || die "no PostgreSQL binaries found"
  [[ -f "$DATA_DIR/postmaster.pid" ]] || die "no running cluster in $DATA_DIR"
  as_owner "$BIN/pg_ctl" -D "$DATA_DIR" -m immediate -w -t 30 stop >&2
}

cmd_resume() {
  BIN="$(find_bin_dir)" || die "no PostgreSQL binaries found"
  [[ -d "$DATA_DIR" ]] || die "no cluster in $DATA_DIR to resume"
  as_owner "$BIN/pg_ctl" -D "$DATA_DIR" -l "$LOG_FILE" -w -t 60 start >&2 \
    || { tail -n 50 "$LOG_FILE" >&2 || true; die "pg_ctl start failed"; }
}

cmd_status() {
  BIN="$(find_bin_dir)" || { log "PostgreSQL not installed"; return 1; }
  if is_ready; then log "up on $HOST:$PORT"; return 0; fi
  log "down on $HOST:$PORT"
  return 1
}

case "${1:-start}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  crash) cmd_crash ;;
  resume) cmd_resume ;;
  *) echo "usage: $0 [start|stop|status|crash|resume]" >&2; exit 2 ;;
esac
