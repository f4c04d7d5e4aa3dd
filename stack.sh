#!/usr/bin/env bash
# Runs the whole platform on this machine without Docker: Kafka and PostgreSQL from devstack, the four
# services and the console as separate JVMs.
#   ./stack.sh demo              start everything, replay the demo complaints, print the outcome, keep running (Ctrl-C stops)
#   ./stack.sh up [--production] start everything in the background (no demo); URLs in .stack/urls.env.
#                                demo and up run short demo clocks; --production the services' own SLA targets
#   ./stack.sh bench             a fresh stack with production clocks under load; table and .stack/bench.json
#   ./stack.sh down              stop what up, demo or bench started
#   ./stack.sh status            what is running
#   ./stack.sh redrive TOPIC.dlq put dead letters back on their topic (after the cause was fixed), each once
#   ./stack.sh token ROLE [USER] print a bearer token (ROLE intake, agent, manager, admin, ops; USER a roster id)
# STACK_SERVICE_JVM_OPTIONS replaces the services' JVM options (default: -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1).
set -euo pipefail
cd "$(dirname "$0")"
STATE=.stack
mkdir -p "$STATE/logs"

build_if_missing() {
  local missing=0
  for service in intake triage escalation followup console; do
    [ -f "$service-service/target/quarkus-app/quarkus-run.jar" ] || missing=1
  done
  [ -d devstack/target/classes ] && [ -d devstack/kafka-runtime/target/kafka-libs ] && [ -d devstack/keycloak-runtime/target/keycloak ] || missing=1
  if [ "$missing" = 1 ]; then
    echo "Building (first run only): ./mvnw -B -q install -DskipTests"
    ./mvnw -B -q install -DskipTests
  fi
  if [ ! -s "$STATE/devstack.cp" ] || [ devstack/pom.xml -nt "$STATE/devstack.cp" ]; then
    ./mvnw -B -q -pl devstack dependency:build-classpath -Dmdep.outputFile="$PWD/$STATE/devstack.cp" >/dev/null
  fi
}

launch() {
  local jvm_options=()
  [ -n "${STACK_SERVICE_JVM_OPTIONS:-}" ] && jvm_options=("-Ddevstack.service.jvm-options=$STACK_SERVICE_JVM_OPTIONS")
  exec java -Xmx512m -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "devstack/target/classes:$(cat "$STATE/devstack.cp")" \
    -Ddevstack.kafka.libs="$PWD/devstack/kafka-runtime/target/kafka-libs" "${jvm_options[@]}" \
    io.complaints.devstack.demo.StackMain "$1"
}

running_pid() {
  [ -f "$STATE/stack.pid" ] && kill -0 "$(cat "$STATE/stack.pid")" 2>/dev/null && cat "$STATE/stack.pid"
}

case "${1:-demo}" in
  demo)
    if pid=$(running_pid); then echo "Already running (pid $pid); ./stack.sh down first"; exit 1; fi
    build_if_missing
    launch demo
    ;;
  bench)
    if pid=$(running_pid); then echo "A stack is running (pid $pid); ./stack.sh down first, the bench needs the machine to itself"; exit 1; fi
    build_if_missing
    launch bench
    ;;
  up)
    if pid=$(running_pid); then echo "Already running (pid $pid)"; cat "$STATE/urls.env"; exit 0; fi
    mode=up
    case "${2:-}" in
      "") ;;
      --production) mode=production ;;
      *) echo "Unknown option ${2}; up takes --production"; exit 2 ;;
    esac
    build_if_missing
    rm -f "$STATE/ready"
    nohup bash -c "$(declare -f launch); STATE=$STATE; STACK_SERVICE_JVM_OPTIONS='${STACK_SERVICE_JVM_OPTIONS:-}'; launch $mode" > "$STATE/logs/stack.log" 2>&1 &
    echo -n "Starting (log: $STATE/logs/stack.log) "
    for _ in $(seq 1 300); do
      [ -f "$STATE/ready" ] && { echo; cat "$STATE/urls.env"; exit 0; }
      kill -0 $! 2>/dev/null || { echo; echo "Failed:"; tail -20 "$STATE/logs/stack.log"; exit 1; }
      echo -n "."; sleep 1
    done
    echo; echo "Not ready after 5 minutes; see $STATE/logs"; exit 1
    ;;
  down)
    if pid=$(running_pid); then
      kill "$pid"
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || { echo "Stopped."; exit 0; }; sleep 1; done
      echo "Still stopping (pid $pid)"
    else
      echo "Nothing running."
    fi
    ;;
  redrive)
    [ -n "${2:-}" ] || { echo "Usage: ./stack.sh redrive TOPIC.dlq (for example complaints.received.v1.dlq)"; exit 2; }
    running_pid >/dev/null || { echo "Not running; ./stack.sh up first"; exit 1; }
    build_if_missing
    # shellcheck disable=SC1091
    . "$STATE/urls.env"
    exec java -cp "devstack/target/classes:$(cat "$STATE/devstack.cp")" io.complaints.devstack.ops.Redrive "$KAFKA_BOOTSTRAP_SERVERS" "$2"
    ;;
  token)
    [ -n "${2:-}" ] || { echo "Usage: ./stack.sh token ROLE [USER]  (ROLE intake, agent, manager, admin, ops)"; exit 2; }
    running_pid >/dev/null || { echo "Not running; ./stack.sh up first" >&2; exit 1; }
    # shellcheck disable=SC1091
    . "$STATE/urls.env"
    exec java -cp "devstack/target/classes:$(cat "$STATE/devstack.cp")" io.complaints.devstack.RealmTokens "$OIDC_URL" "$2" ${3:+"$3"}
    ;;
  status)
    if pid=$(running_pid); then echo "Running (pid $pid)"; cat "$STATE/urls.env"; else echo "Not running."; fi
    ;;
  *)
    sed -n '2,12p' "$0"; exit 2
    ;;
esac
