#!/usr/bin/env bash
# Fault test of the packaged application, on the embedded default (H2 file database) and on
# PostgreSQL (a throwaway cluster of its own, never the machine's server):
#
#  1. durability: 8 concurrent writers create organizations through the API, the application
#     is killed with SIGKILL while they write, restarted, and every creation that had been
#     answered 201 must be there;
#  2. outage (PostgreSQL): under load the database is stopped for 30 s; every request meanwhile
#     must be answered 503 with Retry-After within 2 s and readiness must say DOWN; once the
#     database is back, service must resume within 5 s, with nothing half-written.
#
# Prints the figures and exits non-zero on any lost write or broken promise.
# Usage: bench/fault.sh   (builds the jar if target/ has none; FAULT_JAR=… tests another jar)
# Settings: FAULT_PORT (18081), FAULT_PG_PORT (55432), FAULT_WRITE_SECONDS (5),
#           FAULT_OUTAGE_SECONDS (30), FAULT_DATABASES ("h2 postgresql").
set -euo pipefail
cd "$(dirname "$0")/.."

port=${FAULT_PORT:-18081}
pg_port=${FAULT_PG_PORT:-55432}
write_seconds=${FAULT_WRITE_SECONDS:-5}
outage_seconds=${FAULT_OUTAGE_SECONDS:-30}
databases=${FAULT_DATABASES:-h2 postgresql}
writers=8
base="http://127.0.0.1:$port"

jar=${FAULT_JAR:-$(ls target/synergies-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)}
if [ -z "$jar" ]; then
  ./mvnw -B -q package -DskipTests
  jar=$(ls target/synergies-*.jar | grep -v plain | head -n 1)
fi
jar=$(readlink -f "$jar")
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)

work=$(mktemp -d /tmp/synergies-fault.XXXXXX)
chmod 755 "$work"
app_pid=
pg_data=
failures=0

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_app() {
  if [ -n "$app_pid" ]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=
  fi
}

stop_pg() {
  if [ -n "$pg_data" ] && [ -f "$pg_data/postmaster.pid" ]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
}

cleanup() {
  set +e
  touch "$work/stop" 2>/dev/null
  stop_app
  stop_pg
  for job in $(jobs -p); do kill "$job" 2>/dev/null; done
  if [ "$failures" -gt 0 ]; then
    echo "== what the application logged as errors (last 40 lines, stack frames left out)"
    find "$work" -name app.log -exec grep -h -A4 -E ' (ERROR|WARN) ' {} + 2>/dev/null | grep -v -E '^\s+at |^--$' | tail -n 40
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { date +%s.%N; }

fail() {
  echo "  FAILED: $*"
  failures=$((failures + 1))
}

# start_app <directory> [arguments…]: starts the jar there and waits until it is healthy
start_app() {
  local dir=$1
  shift
  mkdir -p "$dir"
  (cd "$dir" && exec java -Xmx512m -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
    --spring.main.banner-mode=off "$@" >>"$dir/app.log" 2>&1) &
  app_pid=$!
  local deadline=$((SECONDS + 300))
  until curl -fs -o /dev/null --max-time 2 "$base/actuator/health"; do
    if ! kill -0 "$app_pid" 2>/dev/null || [ $SECONDS -gt $deadline ]; then
      echo "  the application did not start:"
      tail -n 40 "$dir/app.log"
      exit 1
    fi
    sleep 0.2
  done
}

# writer <number> <token> <database>: creates organizations until told to stop, recording
# the id of every creation answered 201
writer() {
  local n=$1 token=$2 db=$3 i=0 answer code location
  while [ ! -e "$work/stop" ]; do
    i=$((i + 1))
    answer=$(curl -s -o /dev/null --max-time 10 -w '%{http_code} %header{location}' \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      --data "{\"officialName\":\"Fault test $db writer $n number $i\",\"kind\":\"NATIONAL_NGO\",\"countries\":[\"DE\"],\"allowSimilar\":true}" \
      "$base/api/v1/organizations" || true)
    code=${answer%% *}
    location=${answer#* }
    if [ "$code" = 201 ]; then
      echo "${location##*/}" >>"$work/acknowledged.$n"
    fi
  done
}

# durability <database> <token> <directory> [arguments…]
durability() {
  local db=$1 token=$2 dir=$3
  shift 3
  rm -f "$work/stop" "$work"/acknowledged.*
  local pids=()
  for n in $(seq 1 $writers); do writer "$n" "$token" "$db" & pids+=($!); done
  sleep "$write_seconds"
  kill -9 "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=
  touch "$work/stop"
  wait "${pids[@]}"
  cat "$work"/acknowledged.* 2>/dev/null | sort -u >"$work/acknowledged" || true
  local acknowledged
  acknowledged=$(wc -l <"$work/acknowledged")
  start_app "$dir" "$@"
  local found=0 lost=0 code
  if [ "$acknowledged" -gt 0 ]; then
    while read -r code; do
      if [ "$code" = 200 ]; then found=$((found + 1)); else lost=$((lost + 1)); fi
    done < <(sed "s|.*|url = \"$base/api/v1/organizations/&\"\noutput = \"/dev/null\"|" "$work/acknowledged" |
      curl -s -K - -w '%{http_code}\n' -H "Authorization: Bearer $token")
  fi
  echo "  durability: $writers writers for ${write_seconds} s, kill -9, restart:" \
    "acknowledged $acknowledged, found $found, lost $lost"
  [ "$acknowledged" -gt 0 ] || fail "no write was acknowledged"
  [ "$lost" -eq 0 ] || fail "$lost acknowledged writes lost"
}

# load <number> <token>: a mix of API writes, API reads and page reads, each line
# "start duration status kind retry-after"
load() {
  local n=$1 token=$2 i=0 started
  while [ ! -e "$work/stop" ]; do
    i=$((i + 1))
    started=$(now)
    case $((i % 3)) in
      0) curl -s -o /dev/null --max-time 10 -w "$started %{time_total} %{http_code} api-write %header{retry-after}\n" \
           -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -H 'Accept-Language: fr' \
           --data "{\"officialName\":\"Outage test client $n number $i\",\"kind\":\"NATIONAL_NGO\",\"allowSimilar\":true}" \
           "$base/api/v1/organizations" || true ;;
      1) curl -s -o /dev/null --max-time 10 -w "$started %{time_total} %{http_code} api-read %header{retry-after}\n" \
           -H "Authorization: Bearer $token" "$base/api/v1/organizations?size=5" || true ;;
      2) curl -s -o /dev/null --max-time 10 -w "$started %{time_total} %{http_code} page %header{retry-after}\n" \
           -H 'Accept: text/html' -H 'Accept-Language: es' "$base/organizations" || true ;;
    esac
  done >>"$work/load.$n"
}

readiness() {
  while [ ! -e "$work/stop" ]; do
    echo "$(now) $(curl -s -o /dev/null --max-time 10 -w '%{http_code}' "$base/actuator/health/readiness" || echo 000)"
    sleep 0.25
  done >>"$work/readiness"
}

outage() {
  local token=$1
  rm -f "$work/stop" "$work"/load.* "$work/readiness"
  local pids=()
  for n in 1 2 3 4; do load "$n" "$token" & pids+=($!); done
  readiness &
  pids+=($!)
  sleep 3
  local stop_at
  stop_at=$(now)
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null
  local down_at
  down_at=$(now)
  sleep "$outage_seconds"
  local restart_at
  restart_at=$(now)
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_home/postgresql.log" -w start >/dev/null
  local up_at
  up_at=$(now)
  sleep 8
  touch "$work/stop"
  wait "${pids[@]}"
  cat "$work"/load.* | sort -n >"$work/load"
  awk -v stop="$stop_at" -v down="$down_at" -v restart="$restart_at" -v up="$up_at" '
    $1 >= down && $1 + $2 <= restart {
      n++; if ($2 > max) max = $2
      if ($3 == 503 && $5 != "") ok++; else bad[$3 " (" $4 ")"]++
      if ($2 > 2.0) slow++
    }
    $1 < down && $1 + $2 > stop { inflight++; caught[$3]++ }
    $1 >= up && $3 ~ /^2/ && first == "" { first = $1 + $2 - up }
    END {
      printf "  outage: %d requests while the database was down: %d answered 503 with Retry-After, max latency %.2f s, %d over 2 s\n", n, ok, max, slow
      for (k in bad) printf "  outage: %d answered %s instead\n", bad[k], k
      line = ""; for (k in caught) line = line " " caught[k] " × " k
      printf "  in flight while the database stopped: %d requests, answered:%s\n", inflight, line
      for (k in caught) if (k !~ /^(2|503)/) stray += caught[k]
      if (first == "") printf "  recovery: no 2xx after the database came back\n"
      else printf "  recovery: first 2xx %.2f s after the database came back\n", first
      printf "RESULT %d %d %d %.3f %s %d\n", n, ok, slow, max, (first == "" ? "none" : first), stray
    }' "$work/load" >"$work/outage-result"
  grep -v '^RESULT' "$work/outage-result"
  local requests answered slow first stray
  read -r _ requests answered slow _ first stray < <(grep '^RESULT' "$work/outage-result")
  [ "$stray" -eq 0 ] || fail "$stray requests in flight when the database stopped were answered neither 2xx nor 503"
  [ "$requests" -gt 0 ] || fail "no request during the outage"
  [ "$requests" -eq "$answered" ] || fail "$((requests - answered)) requests not answered 503 with Retry-After"
  [ "$slow" -eq 0 ] || fail "$slow requests took more than 2 s"
  if [ "$first" = none ] || awk -v f="$first" 'BEGIN { exit !(f > 5) }'; then
    fail "service did not resume within 5 s"
  fi
  local ready_down ready_other
  ready_down=$(awk -v down="$down_at" -v restart="$restart_at" '$1 >= down + 2.5 && $1 + 2.5 <= restart && $2 == 503' "$work/readiness" | wc -l)
  ready_other=$(awk -v down="$down_at" -v restart="$restart_at" '$1 >= down + 2.5 && $1 + 2.5 <= restart && $2 != 503' "$work/readiness" | wc -l)
  echo "  readiness during the outage: $ready_down DOWN (503), $ready_other other"
  [ "$ready_down" -gt 0 ] && [ "$ready_other" -eq 0 ] || fail "readiness did not say DOWN"
}

echo "Fault test of $(basename "$jar") (H2 $(jar tf "$jar" | grep -o 'h2-[0-9.]*\.jar' | head -n 1 | sed 's/h2-//; s/\.jar//'), Java $(java -version 2>&1 | head -n 1 | cut -d'"' -f2), $(nproc) cores)"

for db in $databases; do
  case $db in
  h2)
    echo "== embedded default (H2 file database, fresh directory, demo profile)"
    start_app "$work/h2" --spring.profiles.active=demo
    durability h2 syn_demo-admin-token "$work/h2" --spring.profiles.active=demo
    stop_app
    ;;
  postgresql)
    echo "== PostgreSQL ($pg_bin, throwaway cluster on port $pg_port)"
    [ -x "$pg_bin/initdb" ] || { fail "no PostgreSQL server binaries under /usr/lib/postgresql"; continue; }
    # a directory of the postgres user's own, for the cluster and its log
    pg_home="$work/pg"
    install -d -m 700 "$pg_home"
    if [ "$(id -u)" = 0 ]; then chown postgres "$pg_home"; fi
    pg_data="$pg_home/data"
    as_postgres "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >>"$pg_data/postgresql.conf" <<EOF
port = $pg_port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$pg_data'
fsync = on
EOF
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_home/postgresql.log" -w start >/dev/null
    psql_pg() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres "$@"; }
    psql_pg -d postgres -c 'CREATE DATABASE synergies'
    pg_args=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:$pg_port/synergies"
      --spring.datasource.username=postgres --spring.datasource.password=)
    start_app "$work/postgresql" "${pg_args[@]}"
    # No demo data on PostgreSQL: a secretariat administrator and a token, as SQL.
    token="syn_fault-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
    psql_pg -d synergies <<SQL
INSERT INTO account (id, email, email_key, display_name, language, status, created_at, updated_at, version)
VALUES ('00000000-0000-0000-0000-00000000fa17', 'fault@synergies.example', 'fault@synergies.example',
        'Fault test', 'EN', 'ACTIVE', now(), now(), 0);
INSERT INTO account_role (account_id, role) VALUES ('00000000-0000-0000-0000-00000000fa17', 'SECRETARIAT_ADMIN');
INSERT INTO api_token (id, account_id, name, token_hash, prefix, created_at, expires_at, version)
VALUES (gen_random_uuid(), '00000000-0000-0000-0000-00000000fa17', 'fault test',
        encode(sha256(convert_to('$token', 'UTF8')), 'hex'), left('$token', 12), now(), now() + interval '1 day', 0);
SQL
    durability postgresql "$token" "$work/postgresql" "${pg_args[@]}"
    outage "$token"
    half=$(psql_pg -d synergies -At -c "SELECT count(*) FROM organization o WHERE NOT EXISTS (SELECT 1 FROM audit_event a
      WHERE a.entity_type = 'organization' AND a.entity_id = o.id AND a.action = 'created')
      AND o.official_name LIKE '%test%'")
    echo "  half-written: $half organizations without their audit record"
    [ "$half" -eq 0 ] || fail "$half organizations half-written"
    stop_app
    stop_pg
    ;;
  *) fail "unknown database $db" ;;
  esac
done

if [ "$failures" -gt 0 ]; then
  echo "Fault test: $failures failure(s)"
  exit 1
fi
echo "Fault test: passed"
