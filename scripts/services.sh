#!/usr/bin/env bash
# Starts, checks and stops the servers that the integration tests and the Kafka/ClickHouse
# pipeline need, on a machine without Docker (with Docker, use docker-compose.yml or let the
# tests use testcontainers).
#
#   scripts/services.sh start   [kafka|clickhouse|all]   install if needed, start, wait until ready
#   scripts/services.sh stop    [kafka|clickhouse|all]   stop what this script started
#   scripts/services.sh restart [kafka|clickhouse|all]
#   scripts/services.sh status  [kafka|clickhouse|all]   exit 0 when all named services are ready
#   scripts/services.sh env     [kafka|clickhouse|all]   print KAFKA_BROKERS=... / CLICKHOUSE_URL=...
#   scripts/services.sh install [kafka|clickhouse|all]   fetch/install only (what CI times apart)
#
# Use the addresses with:  set -a; eval "$(scripts/services.sh env)"; set +a
#
# Everything lives under .services/ in the project (gitignored), or $FAULTREPLAY_SERVICES_DIR:
#   .services/kafka/{libs-VERSION,data,logs,server.properties,kafka.pid,port}
#   .services/clickhouse/{data,log,tmp,config.xml,users.xml,clickhouse.pid,port}
#
# Kafka: Apache Kafka 4.3.1, the broker jars fetched from Maven Central with Maven (the pom in
# scripts/services/kafka/), run with the machine's Java 17 as a single KRaft node on 127.0.0.1.
# Why 4.3.1: it is the newest 4.x fully published on Maven Central (4.4.0's kafka-tools and
# kafka-tools-api artifacts are missing there, so kafka_2.13:4.4.0 cannot resolve), and
# kafkajs 2.2.4 works with it: it negotiates API versions, and the ones it uses (Produce v3+,
# Fetch v4+, Metadata v4+, JoinGroup v2+, InitProducerId, CreateTopics...) are still served
# after KIP-896 removed the oldest ones in 4.0. Checked here: idempotent gzip produce, fetch,
# consumer-group join/commit/fetch offsets, admin create/list/delete topics (and the
# integration tests under test/integration/kafka/ keep checking it). KAFKA_VERSION overrides it
# (e.g. 3.9.1 if a future broker drops something kafkajs needs).
#
# ClickHouse: Debian's clickhouse-server package (18.16 on Debian 12), started as a background
# process with the config rendered from scripts/services/clickhouse/, loopback only, user
# `default` with no password. Readiness is HTTP GET /ping.
#
# Ports: defaults below (Kafka 19092 + controller 19093, ClickHouse HTTP 18123 + native 19000).
# When a default port is taken by something else (another checkout's services, say), the next
# free port is chosen and remembered in .services/<name>/port; `env` always prints the real one.
# Set FAULTREPLAY_KAFKA_PORT / FAULTREPLAY_CLICKHOUSE_HTTP_PORT to insist on a port.
#
# If KAFKA_BROKERS or CLICKHOUSE_URL is already set in the environment, that service is taken
# to be provided elsewhere: nothing is started or stopped for it, and `env` echoes it back.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SERVICES_DIR=${FAULTREPLAY_SERVICES_DIR:-$ROOT/.services}
TEMPLATES=$ROOT/scripts/services

KAFKA_VERSION=${KAFKA_VERSION:-4.3.1}
KAFKA_DEFAULT_PORT=${FAULTREPLAY_KAFKA_PORT:-19092}
KAFKA_HEAP=${FAULTREPLAY_KAFKA_HEAP:--Xms256m -Xmx768m}
KAFKA_DIR=$SERVICES_DIR/kafka
CH_DEFAULT_HTTP_PORT=${FAULTREPLAY_CLICKHOUSE_HTTP_PORT:-18123}
CH_DIR=$SERVICES_DIR/clickhouse
READY_TIMEOUT=${FAULTREPLAY_SERVICES_TIMEOUT:-120}

log() { printf '[services] %s\n' "$*" >&2; }
die() {
  printf '[services] error: %s\n' "$*" >&2
  exit 1
}

usage() {
  sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# --- small helpers -----------------------------------------------------------------------------

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The first port >= $1 such that it and $1+offset for each further argument are all free.
# Used to move a whole service (e.g. HTTP + native) together when its default is taken.
free_port_from() {
  local base=$1
  shift
  local p off ok
  for ((p = base; p < base + 200; p += 10)); do
    ok=1
    port_open "$p" && ok=0
    for off in "$@"; do port_open $((p + off)) && ok=0; done
    if ((ok)); then
      echo "$p"
      return 0
    fi
  done
  die "no free port found near $base"
}

# The pid in file $1 if that process is alive and its command line mentions $2 (so a recycled
# pid of an unrelated process is never taken for ours).
# True while the process recorded in $1 exists (and is not a zombie). Startup waits use this,
# not live_pid: right after `&` the child is still a forked copy of this script (its cmdline
# has no marker yet) until it execs the server, and a marker check would call a server that is
# starting "exited".
pid_exists() {
  local pid state
  [[ -f $1 ]] || return 1
  pid=$(<"$1")
  [[ $pid =~ ^[0-9]+$ && -d /proc/$pid ]] || return 1
  state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) || return 1
  [[ $state != Z ]]
}

live_pid() {
  local file=$1 marker=$2 pid
  [[ -f $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  [[ -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$marker" || return 1
  echo "$pid"
}

# Stops the process recorded in $1 (marker $2): SIGTERM, then SIGKILL after $3 seconds.
stop_pid() {
  local file=$1 marker=$2 grace=$3 name=$4 pid i
  if ! pid=$(live_pid "$file" "$marker"); then
    rm -f "$file"
    log "$name: not running"
    return 0
  fi
  log "$name: stopping (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < grace * 10; i++)); do
    [[ -d /proc/$pid ]] || break
    sleep 0.1
  done
  if [[ -d /proc/$pid ]]; then
    log "$name: did not stop within ${grace}s, killing"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$file"
  log "$name: stopped"
}

render() { # render TEMPLATE OUT KEY=VALUE...
  local tpl=$1 out=$2
  shift 2
  local content kv
  content=$(<"$tpl")
  for kv in "$@"; do content=${content//@${kv%%=*}@/${kv#*=}}; done
  printf '%s\n' "$content" >"$out.tmp"
  mv "$out.tmp" "$out"
}

is_external() { # is_external kafka|clickhouse
  case $1 in
    kafka) [[ -n ${KAFKA_BROKERS:-} ]] ;;
    clickhouse) [[ -n ${CLICKHOUSE_URL:-} ]] ;;
  esac
}

# --- Kafka -------------------------------------------------------------------------------------

kafka_libs() { echo "$KAFKA_DIR/libs-$KAFKA_VERSION"; }

kafka_check_java() {
  command -v java >/dev/null 2>&1 ||
    die "java not found (Kafka needs Java 17+): apt-get install openjdk-17-jre-headless, or set KAFKA_BROKERS"
  local v
  v=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
  [[ -n $v && $v -ge 17 ]] || die "kafka: Kafka $KAFKA_VERSION needs Java 17 or newer; 'java -version' says: $(java -version 2>&1 | head -1)"
}

kafka_install() {
  local libs
  libs=$(kafka_libs)
  if [[ -f $libs/.complete ]]; then
    log "kafka: jars for $KAFKA_VERSION already in $libs"
    return 0
  fi
  kafka_check_java
  command -v mvn >/dev/null 2>&1 ||
    die "mvn not found (it fetches the Kafka jars from Maven Central): apt-get install maven, or set KAFKA_BROKERS"
  log "kafka: fetching Apache Kafka $KAFKA_VERSION jars from Maven Central into $libs"
  rm -rf "$libs"
  mkdir -p "$libs"
  if ! mvn -q -B -Dstyle.color=never -f "$TEMPLATES/kafka/pom.xml" -Dkafka.version="$KAFKA_VERSION" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$libs" >&2; then
    rm -rf "$libs"
    die "kafka: Maven could not fetch org.apache.kafka:kafka_2.13:$KAFKA_VERSION (see above)"
  fi
  compgen -G "$libs/kafka_2.13-*.jar" >/dev/null || die "kafka: Maven finished but no kafka_2.13 jar is in $libs"
  touch "$libs/.complete"
}

kafka_port() {
  local p
  if [[ -n ${FAULTREPLAY_KAFKA_PORT:-} ]]; then
    echo "$FAULTREPLAY_KAFKA_PORT"
  elif [[ -f $KAFKA_DIR/port ]] && p=$(<"$KAFKA_DIR/port") && ! port_open "$p" && ! port_open $((p + 1)); then
    echo "$p"
  else
    free_port_from "$KAFKA_DEFAULT_PORT" 1
  fi
}

kafka_ready() {
  local port
  [[ -f $KAFKA_DIR/port ]] || return 1
  port=$(<"$KAFKA_DIR/port")
  live_pid "$KAFKA_DIR/kafka.pid" "$KAFKA_DIR" >/dev/null || return 1
  port_open "$port" || return 1
  # The broker logs this once it has joined the KRaft quorum and serves clients.
  grep -q 'Kafka Server started' "$KAFKA_DIR/logs/server.log" 2>/dev/null
}

kafka_start() {
  if is_external kafka; then
    log "kafka: KAFKA_BROKERS=$KAFKA_BROKERS is set; using it, starting nothing"
    return 0
  fi
  if kafka_ready; then
    log "kafka: already running at 127.0.0.1:$(<"$KAFKA_DIR/port") (pid $(<"$KAFKA_DIR/kafka.pid"))"
    return 0
  fi
  if live_pid "$KAFKA_DIR/kafka.pid" "$KAFKA_DIR" >/dev/null; then
    log "kafka: a broker process exists but is not ready; waiting for it"
    kafka_wait
    return 0
  fi
  kafka_check_java
  kafka_install
  local libs port cp cluster_id
  libs=$(kafka_libs)
  port=$(kafka_port)
  port_open "$port" && die "kafka: port $port is taken by another process (FAULTREPLAY_KAFKA_PORT=$port)"
  mkdir -p "$KAFKA_DIR/data" "$KAFKA_DIR/logs"
  render "$TEMPLATES/kafka/server.properties.in" "$KAFKA_DIR/server.properties" \
    "DIR=$KAFKA_DIR" "BROKER_PORT=$port" "CONTROLLER_PORT=$((port + 1))"
  echo "$port" >"$KAFKA_DIR/port"
  cp="$libs/*"

  # KRaft needs its storage formatted once with a cluster id; keep the id with the data so a
  # restart (the same data directory) finds the same cluster.
  if [[ ! -f $KAFKA_DIR/data/meta.properties ]]; then
    if [[ ! -f $KAFKA_DIR/cluster-id ]]; then
      java -cp "$cp" kafka.tools.StorageTool random-uuid >"$KAFKA_DIR/cluster-id"
    fi
    cluster_id=$(<"$KAFKA_DIR/cluster-id")
    log "kafka: formatting storage in $KAFKA_DIR/data (cluster $cluster_id)"
    java -cp "$cp" -Dlog4j2.configurationFile="$TEMPLATES/kafka/log4j2.properties" \
      -Dkafka.logs.dir="$KAFKA_DIR/logs" \
      kafka.tools.StorageTool format --ignore-formatted -t "$cluster_id" \
      -c "$KAFKA_DIR/server.properties" >"$KAFKA_DIR/logs/format.log" 2>&1 ||
      die "kafka: formatting the storage failed; see $KAFKA_DIR/logs/format.log"
  fi

  # A fresh server.log per start, so readiness looks at this run only.
  [[ -f $KAFKA_DIR/logs/server.log ]] && mv -f "$KAFKA_DIR/logs/server.log" "$KAFKA_DIR/logs/server.log.prev"
  log "kafka: starting Apache Kafka $KAFKA_VERSION on 127.0.0.1:$port (logs in $KAFKA_DIR/logs)"
  # setsid + nohup: the broker outlives this script and the shell or test runner that ran it.
  # shellcheck disable=SC2086 # KAFKA_HEAP holds several JVM flags
  setsid nohup java $KAFKA_HEAP -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$TEMPLATES/kafka/log4j2.properties" \
    -Dkafka.logs.dir="$KAFKA_DIR/logs" \
    -Dfaultreplay.services="$KAFKA_DIR" \
    -cp "$cp" kafka.Kafka "$KAFKA_DIR/server.properties" \
    >"$KAFKA_DIR/logs/stdout.log" 2>&1 </dev/null &
  echo $! >"$KAFKA_DIR/kafka.pid"
  kafka_wait
}

# wait_ready NAME READY_FN PIDFILE LOGDIR ADDRESS WHAT LOGFILE...: polls READY_FN every 0.5 s for
# READY_TIMEOUT seconds; fails early, with the logs' tails, when the process exits meanwhile.
wait_ready() {
  local name=$1 ready=$2 pidfile=$3 logdir=$4 address=$5 what=$6 i
  shift 6
  for ((i = 0; i < READY_TIMEOUT * 2; i++)); do
    if "$ready"; then
      log "$name: ready at $address"
      return 0
    fi
    if ! pid_exists "$pidfile"; then
      tail -n 30 "$@" >&2 2>/dev/null || true
      die "$name: $what exited during startup; logs in $logdir"
    fi
    sleep 0.5
  done
  die "$name: not ready after ${READY_TIMEOUT}s; logs in $logdir"
}

kafka_wait() {
  wait_ready kafka kafka_ready "$KAFKA_DIR/kafka.pid" "$KAFKA_DIR/logs" \
    "127.0.0.1:$(<"$KAFKA_DIR/port")" "the broker" \
    "$KAFKA_DIR/logs/stdout.log" "$KAFKA_DIR/logs/server.log"
}

kafka_stop() {
  if is_external kafka; then
    log "kafka: KAFKA_BROKERS is set; not stopping an external broker"
    return 0
  fi
  # A clean shutdown flushes the log segments; give it time before SIGKILL.
  stop_pid "$KAFKA_DIR/kafka.pid" "$KAFKA_DIR" 60 kafka
}

kafka_env() {
  if is_external kafka; then
    echo "KAFKA_BROKERS=$KAFKA_BROKERS"
  elif kafka_ready; then
    echo "KAFKA_BROKERS=127.0.0.1:$(<"$KAFKA_DIR/port")"
  else
    log "kafka: not running (scripts/services.sh start kafka)"
    return 1
  fi
}

kafka_status() {
  if is_external kafka; then
    echo "kafka: external KAFKA_BROKERS=$KAFKA_BROKERS"
  elif kafka_ready; then
    echo "kafka: running, Apache Kafka $KAFKA_VERSION at 127.0.0.1:$(<"$KAFKA_DIR/port") (pid $(<"$KAFKA_DIR/kafka.pid")), data $KAFKA_DIR/data, logs $KAFKA_DIR/logs"
  else
    echo "kafka: stopped (data $KAFKA_DIR)"
    return 3
  fi
}

# --- ClickHouse --------------------------------------------------------------------------------

ch_install() {
  if command -v clickhouse-server >/dev/null 2>&1; then
    log "clickhouse: $(command -v clickhouse-server) is installed"
    return 0
  fi
  command -v apt-get >/dev/null 2>&1 ||
    die "clickhouse-server not found: install ClickHouse (Debian: apt-get install clickhouse-server), or set CLICKHOUSE_URL"
  [[ $(id -u) -eq 0 ]] ||
    die "clickhouse-server not found: apt-get install clickhouse-server (as root), or set CLICKHOUSE_URL"
  log "clickhouse: installing Debian's clickhouse-server"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2 || die "clickhouse: apt-get update failed"
  apt-get install -y -o DPkg::Lock::Timeout=600 clickhouse-server clickhouse-client >&2 ||
    die "clickhouse: apt-get install clickhouse-server failed"
}

ch_port() {
  local p
  if [[ -n ${FAULTREPLAY_CLICKHOUSE_HTTP_PORT:-} ]]; then
    echo "$FAULTREPLAY_CLICKHOUSE_HTTP_PORT"
  elif [[ -f $CH_DIR/port ]] && p=$(<"$CH_DIR/port") && ! port_open "$p" && ! port_open $((p + 877)); then
    echo "$p"
  else
    # native port = HTTP port + 877 (18123 -> 19000), moved together.
    free_port_from "$CH_DEFAULT_HTTP_PORT" 877
  fi
}

ch_ping() { # ch_ping PORT: true when the server answers "Ok." on /ping
  [[ $(curl -fsS -m 2 "http://127.0.0.1:$1/ping" 2>/dev/null) == Ok.* ]]
}

ch_ready() {
  [[ -f $CH_DIR/port ]] || return 1
  live_pid "$CH_DIR/clickhouse.pid" "$CH_DIR" >/dev/null || return 1
  ch_ping "$(<"$CH_DIR/port")"
}

ch_start() {
  if is_external clickhouse; then
    log "clickhouse: CLICKHOUSE_URL=$CLICKHOUSE_URL is set; using it, starting nothing"
    return 0
  fi
  command -v curl >/dev/null 2>&1 || die "curl not found (the ClickHouse readiness check uses it): apt-get install curl, or set CLICKHOUSE_URL"
  if ch_ready; then
    log "clickhouse: already running at http://127.0.0.1:$(<"$CH_DIR/port") (pid $(<"$CH_DIR/clickhouse.pid"))"
    return 0
  fi
  if live_pid "$CH_DIR/clickhouse.pid" "$CH_DIR" >/dev/null; then
    log "clickhouse: a server process exists but is not ready; waiting for it"
    ch_wait
    return 0
  fi
  ch_install
  local port
  port=$(ch_port)
  port_open "$port" && die "clickhouse: port $port is taken by another process (FAULTREPLAY_CLICKHOUSE_HTTP_PORT=$port)"
  mkdir -p "$CH_DIR/data" "$CH_DIR/log" "$CH_DIR/tmp" "$CH_DIR/user_files" "$CH_DIR/format_schemas"
  render "$TEMPLATES/clickhouse/config.xml.in" "$CH_DIR/config.xml" \
    "DIR=$CH_DIR" "HTTP_PORT=$port" "TCP_PORT=$((port + 877))"
  render "$TEMPLATES/clickhouse/users.xml.in" "$CH_DIR/users.xml" "DIR=$CH_DIR"
  echo "$port" >"$CH_DIR/port"
  log "clickhouse: starting clickhouse-server $(dpkg-query -W -f="\${Version}" clickhouse-server 2>/dev/null || true) on http://127.0.0.1:$port (native $((port + 877)), logs in $CH_DIR/log)"
  (
    cd "$CH_DIR"
    setsid nohup clickhouse-server --config-file="$CH_DIR/config.xml" \
      >"$CH_DIR/log/stdout.log" 2>&1 </dev/null &
    echo $! >"$CH_DIR/clickhouse.pid"
  )
  ch_wait
}

ch_wait() {
  wait_ready clickhouse ch_ready "$CH_DIR/clickhouse.pid" "$CH_DIR/log" \
    "http://127.0.0.1:$(<"$CH_DIR/port")" "the server" \
    "$CH_DIR/log/stdout.log" "$CH_DIR/log/clickhouse-server.err.log"
}

ch_stop() {
  if is_external clickhouse; then
    log "clickhouse: CLICKHOUSE_URL is set; not stopping an external server"
    return 0
  fi
  stop_pid "$CH_DIR/clickhouse.pid" "$CH_DIR" 30 clickhouse
}

ch_env() {
  if is_external clickhouse; then
    echo "CLICKHOUSE_URL=$CLICKHOUSE_URL"
  elif ch_ready; then
    echo "CLICKHOUSE_URL=http://127.0.0.1:$(<"$CH_DIR/port")"
  else
    log "clickhouse: not running (scripts/services.sh start clickhouse)"
    return 1
  fi
}

ch_status() {
  if is_external clickhouse; then
    echo "clickhouse: external CLICKHOUSE_URL=$CLICKHOUSE_URL"
  elif ch_ready; then
    echo "clickhouse: running at http://127.0.0.1:$(<"$CH_DIR/port") (pid $(<"$CH_DIR/clickhouse.pid")), data $CH_DIR/data, logs $CH_DIR/log"
  else
    echo "clickhouse: stopped (data $CH_DIR)"
    return 3
  fi
}

# --- dispatch ----------------------------------------------------------------------------------

action=${1:-}
target=${2:-all}
case $target in
  kafka) names=(kafka) ;;
  clickhouse) names=(clickhouse) ;;
  all) names=(kafka clickhouse) ;;
  *) usage ;;
esac

fn() { # fn kafka start -> kafka_start; fn clickhouse start -> ch_start
  local prefix=$1
  [[ $prefix == clickhouse ]] && prefix=ch
  echo "${prefix}_$2"
}

mkdir -p "$SERVICES_DIR"
rc=0
case $action in
  start | install)
    for n in "${names[@]}"; do "$(fn "$n" "$action")"; done
    [[ $action == start ]] && for n in "${names[@]}"; do "$(fn "$n" status)"; done
    ;;
  stop)
    for n in "${names[@]}"; do "$(fn "$n" stop)"; done
    ;;
  restart)
    for n in "${names[@]}"; do "$(fn "$n" stop)"; done
    for n in "${names[@]}"; do "$(fn "$n" start)"; done
    ;;
  status)
    for n in "${names[@]}"; do "$(fn "$n" status)" || rc=3; done
    ;;
  env)
    for n in "${names[@]}"; do "$(fn "$n" env)" || rc=1; done
    ;;
  *) usage ;;
esac
exit "$rc"
