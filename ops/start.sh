#!/usr/bin/env bash
# Starts Vangnet's production jar the fast way (decision 053): from an extracted copy, with a JVM AOT
# cache (JEP 483/514/515). On two cores that reaches /login in less than half the time of `java -jar`
# (README, "Start-up").
#
#   ops/start.sh [--prepare] JAR [application arguments...]
#
#   e.g. ops/start.sh target/vangnet.jar
#        ops/start.sh /opt/vangnet/vangnet.jar --server.port=8081
#
# The first start of a new jar, on another JDK or with other JDK_JAVA_OPTIONS prepares first (once,
# about half a minute):
#   1. it extracts the jar (java -Djarmode=tools … extract) into VANGNET_APP_DIR (default: a directory
#      vangnet-app beside the jar);
#   2. a training run: the application started with the same environment and arguments, so against the
#      same database (it migrates it, as the start itself would have), but on a free port. It asks itself
#      for /login a few times and exits (--vangnet.start-up.train-and-exit); the JVM writes the cache as
#      it exits. Its log: VANGNET_APP_DIR/training.log.
# Then it replaces itself (exec) with `java -XX:AOTCache=… -jar …/vangnet.jar ARGS`, in the caller's
# working directory: a service manager sees the application's own process, and SIGTERM stops it as it
# stops `java -jar`. When the training fails, it says so and starts without the cache.
#
# --prepare only prepares (an install step, or an image build) and exits: 0 when the cache is there.
#
# JVM options go in JDK_JAVA_OPTIONS, which the `java` launcher reads itself: the training run gets the
# same ones (a cache holds what the JVM was started with) and other options mean a new training run.
# JAVA_HOME selects the JDK (25 or newer); otherwise `java` from the PATH.
set -euo pipefail

PREPARE_ONLY=false
if [[ ${1:-} == --prepare ]]; then
  PREPARE_ONLY=true
  shift
fi
[[ $# -ge 1 && -f $1 ]] || { echo "Usage: $0 [--prepare] JAR [application arguments...]" >&2; exit 2; }
JAR=$(realpath "$1")
shift
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
APP_DIR=$(realpath -m "${VANGNET_APP_DIR:-$(dirname "$JAR")/vangnet-app}")
CACHE=$APP_DIR/vangnet.aot
STAMP=$APP_DIR/vangnet.aot.stamp

command -v "$JAVA" >/dev/null || { echo "ops/start.sh: no $JAVA (set JAVA_HOME or put java on the PATH)" >&2; exit 2; }
# The JDK's own description of itself (its release file), read instead of running `java -version`,
# which would cost 0.1 s of every start; the JVM library's checksum tells builds with one name apart.
JDK=$(dirname "$(dirname "$(realpath "$(command -v "$JAVA")")")")
if [[ -f $JDK/release && -f $JDK/lib/server/libjvm.so ]]; then
  VERSION="$(cat "$JDK/release") libjvm: $(cksum <"$JDK/lib/server/libjvm.so")"
  FEATURE=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JDK/release")
else
  VERSION=$("$JAVA" -version 2>&1 | tr '\n' ' ')
  FEATURE=$(sed -n 's/.*version "\([0-9]*\).*/\1/p' <<<"$VERSION" | head -1)
fi
if ! [[ ${FEATURE:-0} -ge 25 ]]; then
  echo "ops/start.sh: $JAVA is not a JDK 25 or newer; starting the jar as it is" >&2
  $PREPARE_ONLY && exit 1
  exec "$JAVA" -jar "$JAR" "$@"
fi

# What the cache depends on: the jar's content (a checksum, 0.05 s: not its date, which a copy may
# change), the JVM and the JVM's options. Another of any of them means a new cache.
stamp() {
  echo "jar: $(cksum <"$JAR")"
  echo "java: $VERSION"
  echo "options: ${JDK_JAVA_OPTIONS:-}"
}

# The arguments of the training run: the caller's, but on a free port (a running node may hold the
# configured one; Spring Boot would read two --server.port arguments as "8080,0").
training_arguments() {
  local argument
  for argument in "$@"; do
    [[ $argument == --server.port=* ]] || printf '%s\0' "$argument"
  done
  printf '%s\0' --vangnet.start-up.train-and-exit=true
}

prepare() {
  if [[ -f $STAMP && $(stamp) == "$(cat "$STAMP")" && -f $CACHE ]]; then
    return 0
  fi
  if [[ ! -w $APP_DIR ]]; then
    echo "ops/start.sh: $APP_DIR is not writable and holds no cache for this jar and JVM; starting without one" >&2
    RUN_JAR=$JAR
    return 1
  fi
  echo "ops/start.sh: preparing $APP_DIR for $JAR (once for this jar and JVM)"
  # (errexit does not apply inside a function called with ||: each step is checked.)
  if ! find "$APP_DIR" -mindepth 1 ! -name .lock -delete \
      || ! "$JAVA" -Djarmode=tools -jar "$JAR" extract --force --application-filename vangnet.jar --destination "$APP_DIR" >/dev/null; then
    echo "ops/start.sh: could not extract $JAR into $APP_DIR; starting the jar as it is" >&2
    RUN_JAR=$JAR
    return 1
  fi
  RUN_JAR=$APP_DIR/vangnet.jar
  local arguments=()
  mapfile -d '' arguments < <(training_arguments "$@")
  echo "ops/start.sh: training run for the JVM's AOT cache (log: $APP_DIR/training.log)"
  if SERVER_PORT=0 PORT=0 "$JAVA" -XX:AOTCacheOutput="$CACHE" -jar "$APP_DIR/vangnet.jar" "${arguments[@]}" \
      >"$APP_DIR/training.log" 2>&1 && [[ -f $CACHE ]]; then
    stamp >"$STAMP"
    echo "ops/start.sh: AOT cache written ($(du -h "$CACHE" | cut -f1))"
  else
    rm -f "$CACHE" "$STAMP"
    echo "ops/start.sh: the training run failed, see $APP_DIR/training.log; starting without the cache" >&2
    return 1
  fi
}

# One preparation at a time when several starts share the directory (flock, where there is one).
mkdir -p "$APP_DIR" 2>/dev/null || true
prepared=true
RUN_JAR=$APP_DIR/vangnet.jar
if [[ -w $APP_DIR ]] && command -v flock >/dev/null; then
  exec 9>"$APP_DIR/.lock"
  flock 9
fi
prepare "$@" || prepared=false
exec 9>&-

if $PREPARE_ONLY; then
  $prepared && exit 0 || exit 1
fi
if $prepared; then
  exec "$JAVA" -XX:AOTCache="$CACHE" -jar "$RUN_JAR" "$@"
fi
# Without a cache: the extracted copy of this jar when there is one, otherwise the jar itself.
exec "$JAVA" -jar "$RUN_JAR" "$@"
