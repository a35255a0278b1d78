#!/usr/bin/env bash
# Benchmark: a FULL sync of a 100,000-candidate sandbox account with the connector's JVM capped at -Xmx256m.
# The sandbox runs in its own process with its rate limits off (they are configuration); the connector's own
# limiter is switched off too (requests-per-second=0; the 8-concurrent and 1-concurrent-GET-/candidates limits stay).
# Prints: duration, SmartRecruiters calls, calls per synced record, record counts, connector heap after GC.
#
# Usage: bench/sync-100k.sh [candidates]     (needs: mvn -q package -DskipTests; PostgreSQL on 127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
JAR=target/smartrecruiters-ats-connector.jar
DB=${BENCH_DB:-srconnector_bench}
SANDBOX_PORT=${BENCH_SANDBOX_PORT:-18091}
APP_PORT=${BENCH_APP_PORT:-18081}
KEY=sandbox0000000000000000000000key
OUT=${BENCH_OUT:-target/bench}
mkdir -p "$OUT"

psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

java -Xmx2g -Dloader.main=io.srconnector.sandbox.SandboxMain -jar $JAR --port $SANDBOX_PORT \
  --candidates "$N" --jobs 500 --users 200 --rate-limit off >"$OUT/sandbox.log" 2>&1 &
SANDBOX_PID=$!
trap 'kill $SANDBOX_PID $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$SANDBOX_PORT/_sandbox/health" >/dev/null && break; sleep 1; done

START=$(date +%s)
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
  java -Xmx256m -Xlog:gc:file="$OUT/connector-gc.log" -jar $JAR --server.port=$APP_PORT --sandbox.enabled=false \
  --connector.bootstrap.smartrecruiters-base-url="http://127.0.0.1:$SANDBOX_PORT" \
  --connector.bootstrap.smartrecruiters-api-key=$KEY \
  --connector.smartrecruiters.requests-per-second=0 --connector.sync.fetch-parallelism=8 \
  >"$OUT/connector.log" 2>&1 &
APP_PID=$!

status=""
while [ -z "$status" ]; do
  sleep 5
  kill -0 $APP_PID 2>/dev/null || { echo "connector died"; tail -40 "$OUT/connector.log"; exit 1; }
  status=$(psql -h 127.0.0.1 -U postgres -d $DB -Atc \
    "SELECT status FROM sync_runs WHERE status IN ('SUCCEEDED','PARTIAL','FAILED') LIMIT 1" 2>/dev/null || true)
done
END=$(date +%s)

psql -h 127.0.0.1 -U postgres -d $DB -At -F ' ' -c "
  SELECT 'run', status, sr_calls, extract(epoch FROM ended_at - started_at)::int || 's' FROM sync_runs;"
# Records per unified table (every ats_* table: models and join models).
TABLES=$(psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT tablename FROM pg_tables WHERE schemaname = 'public'
  AND tablename LIKE 'ats\_%' ORDER BY tablename")
RECORDS=0
CORE=0
for t in $TABLES; do
  n=$(psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT count(*) FROM $t")
  echo "$t $n"
  RECORDS=$((RECORDS + n))
  case $t in ats_candidates|ats_applications|ats_jobs|ats_users|ats_application_stages) CORE=$((CORE + n));; esac
done
CALLS=$(psql -h 127.0.0.1 -U postgres -d $DB -Atc "SELECT sr_calls FROM sync_runs LIMIT 1")
echo "status=$status wall=$((END-START))s records=$RECORDS sr_calls=$CALLS calls_per_record=$(echo "scale=2; $CALLS/$RECORDS" | bc)"
echo "core records (users, jobs, candidates, applications, stages)=$CORE calls_per_core_record=$(echo "scale=2; $CALLS/$CORE" | bc)"
echo "connector heap after GC (max, MB): $(grep -oE '[0-9]+M->[0-9]+M' "$OUT/connector-gc.log" | cut -d'>' -f2 | tr -d M | sort -n | tail -1)"
