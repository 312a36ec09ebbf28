#!/usr/bin/env bash
# Soak: the packaged jar under mixed load (reads, writes, form sign-ins, compilations) for
# SOAK_SECONDS (default 1800), first on the embedded default (fresh data directory, profile
# demo), then on PostgreSQL (a fresh synergies_soak_* database on PGHOST, default
# 127.0.0.1:5432, user postgres; no demo data: the first administrator is invited, accepts
# through the e-mailed link and makes a token and a reporting cycle). The pool retires its
# connections every 30 s (the least Hikari allows), so a long day happens in minutes.
# Reports errors by status, p50/p99 per minute, p99 drift and heap after a full GC at start
# and end; exits non-zero on any 5xx or failed step. Loopback only.
#   bench/soak.sh                        SOAK_SECONDS=60 bench/soak.sh
#   SOAK_DATABASES=h2 bench/soak.sh      (or postgresql; default: both)
#   SOAK_JAR=/path/to/other.jar bench/soak.sh   (default: target/synergies-*.jar, built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${SOAK_SECONDS:-1800}
port=${SOAK_PORT:-18090}
mail_port=$((port + 1))
databases=${SOAK_DATABASES:-h2 postgresql}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-postgres}

jar=${SOAK_JAR:-$(ls target/synergies-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)}
if [ -z "$jar" ]; then
  ./mvnw -B -q package -DskipTests
  jar=$(ls target/synergies-*.jar | grep -v plain | head -n 1)
fi
jar=$(realpath "$jar")
soak="$(pwd)/bench/Soak.java"

workdir=$(mktemp -d -t synergies-soak.XXXXXX)
app_pid=""
sink_pid=""
database=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  [ -n "$sink_pid" ] && kill "$sink_pid" 2>/dev/null && wait "$sink_pid" 2>/dev/null
  [ -n "$database" ] && psql -w -q -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" 2>/dev/null
  rm -rf "$workdir"
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '\n== %s\n' "$*"; }

start_app() { # name, then the application's arguments
  local name=$1; shift
  java -Xmx512m -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
    --spring.datasource.hikari.max-lifetime=30000 "$@" > "$workdir/$name.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      return 0
    fi
    kill -0 "$app_pid" 2>/dev/null || { echo "the application died:"; tail -n 40 "$workdir/$name.log"; exit 1; }
    sleep 0.5
  done
  echo "the application did not become ready in 5 minutes"; tail -n 40 "$workdir/$name.log"; exit 1
}

heap_after_gc() {
  jcmd "$app_pid" GC.run > /dev/null
  jcmd "$app_pid" GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {print $(i + 1); exit}}'
}

stop_app() {
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

status=0
run_leg() { # name, token, e-mail, password
  local name=$1 token=$2 email=$3 password=$4 before after
  before=$(heap_after_gc)
  log "$name: $seconds s of mixed load on http://127.0.0.1:$port (heap after a full GC: $before)"
  local failed=0
  java "$soak" load "http://127.0.0.1:$port" "$token" "$email" "$password" "$seconds" || failed=1
  after=$(heap_after_gc)
  echo "heap after a full GC: $before at start, $after at the end"
  local broken
  broken=$(grep -c -E 'database has been closed|Check constraint invalid' "$workdir/$name.log" || true)
  if [ "$broken" -gt 0 ]; then
    echo "FAILED: the log reports a closed database $broken times"; failed=1
  fi
  if [ "$failed" -ne 0 ]; then
    status=1
    echo "== what the application logged as errors (last 40 lines, stack frames left out)"
    grep -A4 -E ' (ERROR|WARN) ' "$workdir/$name.log" | grep -v -E '^\s+at |^--$' | tail -n 40 || true
  fi
  stop_app
}

for db in $databases; do
  case "$db" in
    h2)
      mkdir -p "$workdir/h2"
      log "Embedded default (H2, profile demo) in $workdir/h2"
      start_app h2 --spring.profiles.active=demo \
        "--spring.datasource.url=jdbc:h2:file:$workdir/h2/synergies;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
      run_leg h2 syn_demo-officer-token officer@synergies.example synergies-demo
      ;;
    postgresql)
      pg_isready -q -h "$PGHOST" -p "$PGPORT" || { echo "FAILED: no PostgreSQL ready at $PGHOST:$PGPORT"; exit 1; }
      database="synergies_soak_$(printf '%04x%04x' $RANDOM $RANDOM)"
      psql -w -q -c "CREATE DATABASE $database"
      log "PostgreSQL $PGHOST:$PGPORT/$database (no demo data)"
      java "$soak" mail-sink "$mail_port" "$workdir/mail" > "$workdir/mail-sink.log" 2>&1 &
      sink_pid=$!
      admin="soak-admin@synergies.example"
      SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database" \
      SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
        start_app postgresql --synergies.first-administrator="$admin" \
          --spring.mail.host=127.0.0.1 --spring.mail.port="$mail_port"
      password="soak-$(printf '%04x%04x%04x%04x' $RANDOM $RANDOM $RANDOM $RANDOM)"
      token=$(java "$soak" setup "http://127.0.0.1:$port" "$workdir/mail" "$admin" "$password" | tail -n 1 | cut -d' ' -f1)
      run_leg postgresql "$token" "$admin" "$password"
      kill "$sink_pid" 2>/dev/null; wait "$sink_pid" 2>/dev/null || true
      sink_pid=""
      psql -w -q -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
      database=""
      ;;
    *) echo "unknown database: $db"; exit 2 ;;
  esac
done

log "soak $( [ $status -eq 0 ] && echo passed || echo FAILED )"
exit $status
