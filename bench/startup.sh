#!/usr/bin/env bash
# Time from start to healthy on the embedded default (fresh ./data, demo data seeded), and
# memory after the first page request. Usage: bench/startup.sh   (builds the jar if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/synergies-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/synergies-*.jar | head -n 1)
fi
port=${PORT:-18080}
workdir=$(mktemp -d)
cp "$jar" "$workdir/app.jar"
cd "$workdir"
start=$(date +%s%N)
java -jar app.jar --server.port="$port" --spring.profiles.active=demo > app.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$workdir"' EXIT
until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $pid 2>/dev/null || { echo "application died:"; tail -n 30 app.log; exit 1; }
  sleep 0.1
done
healthy=$(( ($(date +%s%N) - start) / 1000000 ))
curl -fs -o /dev/null "http://localhost:$port/organizations"
rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
jcmd $pid GC.run > /dev/null
live=$(jcmd $pid GC.heap_info | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}')
echo "start to healthy (fresh database, demo data): ${healthy} ms"
echo "after the first page request: RSS $((rss_kb / 1024)) MB; heap after a full GC: used ${live}"
echo "(Java $(java -version 2>&1 | head -n 1 | cut -d'"' -f2), $(nproc) cores)"
