#!/usr/bin/env bash
# Start-up time of the production jar (issue 11, budget: first 200 on /login within 6 s, against a
# migrated database; decision 043). Times, per run, from starting `java` to the first 200 answered on
# /login, then stops the application and starts it again; prints every run and the median, and writes
# them to target/start-up/start-up.md.
#
#   bench/start-up.sh [jar|aot|both] [runs]     (default: both 5)
#
#   jar   java -jar target/vangnet.jar, as the README's "Production jar" runs it
#   aot   the same jar extracted (java -Djarmode=tools … extract), with a JVM AOT cache (JEP 483/514/515)
#         recorded by one training run (-XX:AOTCacheOutput; the application started until ready and
#         /login served, then stopped) and used with -XX:AOTCache; the extraction and the training are
#         redone whenever the jar is newer
#
# Needs target/vangnet.jar (./mvnw -DskipTests package), a JDK 25 (JAVA_HOME), curl. The database is the
# embedded one, in target/start-up/data, migrated and filled with the demo data by a first start that is
# not counted. Ports: BENCH_PORT (8192) for HTTP, BENCH_DB_PORT (15492) for PostgreSQL.
# Each run also prints when /actuator/health/readiness turned UP (the repositories are created after
# the web server has started, so /login can answer before the application is ready; decision 046).
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=${1:-both}
RUNS=${2:-5}
PORT=${BENCH_PORT:-8192}
DB_PORT=${BENCH_DB_PORT:-15492}
WORK=$PWD/target/start-up
JAR=$PWD/target/vangnet.jar
APP=$WORK/app
CACHE=$APP/vangnet.aot
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JVM_OPTIONS=(-Xmx1g)
ARGS=(--server.port="$PORT" --vangnet.database.embedded.port="$DB_PORT"
      --vangnet.database.embedded.data-directory="$WORK/data/postgres"
      --vangnet.crypto.key-directory="$WORK/data/keys" --vangnet.evidence.directory="$WORK/data/evidence"
      --vangnet.audit.chain-head-directory=)

[[ -f $JAR ]] || { echo "No $JAR: build it first with ./mvnw -DskipTests package" >&2; exit 2; }
"$JAVA" -version 2>&1 | grep -q 'version "2[5-9]' || { echo "Needs JDK 25 or newer (JAVA_HOME)" >&2; exit 2; }
mkdir -p "$WORK"
LOG=$WORK/app.log

now_ms() { date +%s%3N; }

# Starts the application (the command in "$@"), waits for the first 200 on /login, then for readiness
# UP, prints the milliseconds from the start to each ("login ready"), then stops it (SIGTERM, which
# also stops the embedded PostgreSQL).
time_one() {
  local start pid code login
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
  until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/actuator/health/readiness") == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "The application stopped before it was ready; its log: $LOG" >&2; exit 1; }
    sleep 0.05
  done
  echo "$login $(( $(now_ms) - start ))"
  kill "$pid"
  wait "$pid" || true
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

if [[ ! -d $WORK/data/postgres ]]; then
  echo "First start: migrating the embedded database in $WORK/data and adding the demo data (not counted)"
  "$JAVA" "${JVM_OPTIONS[@]}" -jar "$JAR" "${ARGS[@]}" >"$WORK/first-start.log" 2>&1 &
  pid=$!
  # Ready only after the demo data is written (readiness follows the application runners).
  until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/actuator/health/readiness") == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "The first start failed; its log: $WORK/first-start.log" >&2; exit 1; }
    sleep 0.5
  done
  kill "$pid"
  wait "$pid" || true
fi

# The training run starts the application fully (the deferred Spring Data repositories, the web
# server, the application runners), waits until it is ready, serves /login a few times, then stops
# (SIGTERM; the JVM writes the cache as it exits). With Spring's `-Dspring.context.exit=onRefresh`
# instead, the cache would lack all that: it stops before the web server starts and before the
# deferred repositories are created (decision 046).
prepare_aot() {
  if [[ ! -f $CACHE || $JAR -nt $CACHE ]]; then
    rm -rf "$APP"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
    echo "Training run: recording the AOT cache $CACHE"
    (cd "$APP" && exec "$JAVA" "${JVM_OPTIONS[@]}" -XX:AOTCacheOutput=vangnet.aot -jar vangnet.jar "${ARGS[@]}") \
        >"$WORK/training.log" 2>&1 &
    local pid=$!
    until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/actuator/health/readiness") == 200 ]]; do
      kill -0 "$pid" 2>/dev/null || { echo "The training run failed; its log: $WORK/training.log" >&2; exit 1; }
      sleep 0.2
    done
    for _ in 1 2 3 4 5; do curl -s -o /dev/null --max-time 5 "http://127.0.0.1:$PORT/login"; done
    kill "$pid"
    wait "$pid" || true
    [[ -f $CACHE ]] || { echo "No AOT cache written; see $WORK/training.log" >&2; exit 1; }
  fi
}

measure() {
  local name=$1; shift
  local logins=() readies=() both
  for ((i = 1; i <= RUNS; i++)); do
    both=$(time_one "$@")
    logins+=("${both% *}")
    readies+=("${both#* }")
    echo "$name run $i: /login ${logins[-1]} ms, ready ${readies[-1]} ms (load average $(cut -d' ' -f1 /proc/loadavg))"
  done
  local m r
  m=$(printf '%s\n' "${logins[@]}" | median)
  r=$(printf '%s\n' "${readies[@]}" | median)
  echo "| $name | ${logins[*]} | $m | ${readies[*]} | $r |" >>"$WORK/start-up.md"
  echo "$name: median $m ms to /login, $r ms to ready, over $RUNS runs"
}

{
  echo "## Production jar to the first 200 on /login ($(date -u +%FT%TZ), $(nproc) cores, $("$JAVA" -version 2>&1 | head -1))"
  echo
  echo "Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| how | first 200 on /login, each run (ms) | median (ms) | readiness UP, each run (ms) | median (ms) |"
  echo "|---|---|---:|---|---:|"
} >"$WORK/start-up.md"

if [[ $MODE == jar || $MODE == both ]]; then
  measure "java -jar" "$JAVA" "${JVM_OPTIONS[@]}" -jar "$JAR" "${ARGS[@]}"
fi
if [[ $MODE == aot || $MODE == both ]]; then
  prepare_aot
  # The cache holds the class path as the training run saw it (relative to the extracted directory): run from there.
  measure "extracted, AOT cache" env -C "$APP" "$JAVA" "${JVM_OPTIONS[@]}" -XX:AOTCache=vangnet.aot -jar vangnet.jar \
      "${ARGS[@]}"
fi
cat "$WORK/start-up.md"
