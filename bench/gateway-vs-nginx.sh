#!/usr/bin/env bash
# Benchmark, not a test: how close the gateway comes to nginx serving the same bytes.
#
# Starts the suite (suite-runner, a temporary data directory, free ports), which loads the sample
# disclosure; saves the gateway's GET /api/v1/disclosures/130624-203/2020 to a file; serves that
# file with a private nginx (its own config in the temporary directory, loopback only, a free
# port, access_log off, Content-Type application/json); warms both up; runs the same wrk load
# against each (2 threads, 32 connections, 10 s, --latency); prints requests/s and p99 latency of
# each and the ratio gateway/nginx. Target: ratio >= 0.6, gateway p99 < 20 ms.
#
# Needs root for apt-get when wrk or nginx is missing. Only loopback addresses are used.
# Stops everything it started on exit, and deletes its temporary directory (never .data/).
#
# Environment: BENCH_DURATION (default 10s), BENCH_WARMUP (default 10s), BENCH_THREADS (2),
# BENCH_CONNECTIONS (32), BENCH_KEEP=1 keeps the temporary directory (logs) for a look afterwards.
set -euo pipefail

cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-10s}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
DISCLOSURE_PATH=/api/v1/disclosures/130624-203/2020

# --- tools -------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null || { ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; }; then
    printf '[bench] %s\n' "installing wrk and nginx from Debian" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq wrk nginx >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/gateway-vs-nginx.XXXXXX")
NGINX_PID=""
stop_nginx() {
    if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -QUIT "$NGINX_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$NGINX_PID" 2>/dev/null || true
    fi
}
BEFORE_SUITE_STOPS=stop_nginx
# shellcheck source=bench/suite.sh
. bench/suite.sh
GATEWAY_URL="http://127.0.0.1:$GATEWAY$DISCLOSURE_PATH"

# --- the gateway's disclosure, saved -----------------------------------------------------------
mkdir -p "$WORK/www"
complete=""
for _ in $(seq 1 30); do   # just started, the services may be too slow for the gateway's first reads
    curl -sf -D "$WORK/gateway.headers" -o "$WORK/www/disclosure.json" "$GATEWAY_URL" || true
    complete=$(tr -d '\r' <"$WORK/gateway.headers" 2>/dev/null | sed -n 's/^[Xx]-[Dd]isclosure-[Cc]omplete: *//p')
    [ "$complete" = true ] && break
    sleep 1
done
if [ "$complete" != true ]; then
    log "the gateway did not serve the complete disclosure; see $WORK/suite.log"
    exit 1
fi
BYTES=$(wc -c <"$WORK/www/disclosure.json")
log "saved the disclosure: $BYTES bytes"

# --- nginx serving the same bytes --------------------------------------------------------------
NGINX_PORT=$(free_port)
mkdir -p "$WORK/nginx/temp"
chmod a+rx "$WORK" "$WORK/www"   # nginx's workers run unprivileged
chmod a+r "$WORK/www/disclosure.json"
cat >"$WORK/nginx/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $WORK/nginx/temp/client;
    proxy_temp_path $WORK/nginx/temp/proxy;
    fastcgi_temp_path $WORK/nginx/temp/fastcgi;
    uwsgi_temp_path $WORK/nginx/temp/uwsgi;
    scgi_temp_path $WORK/nginx/temp/scgi;
    types { }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location = $DISCLOSURE_PATH {
            default_type application/json;
            charset utf-8;
            charset_types application/json;
            alias $WORK/www/disclosure.json;
        }
    }
}
EOF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" 2>"$WORK/nginx/stderr.log" &
NGINX_PID=$!
NGINX_URL="http://127.0.0.1:$NGINX_PORT$DISCLOSURE_PATH"
for _ in $(seq 1 50); do port_in_use "$NGINX_PORT" && break; sleep 0.1; done
curl -sf -o "$WORK/nginx.body" -D "$WORK/nginx.headers" "$NGINX_URL" || { cat "$WORK/nginx/stderr.log" >&2; log "nginx does not serve"; exit 1; }
curl -sf -o "$WORK/gateway.body" "$GATEWAY_URL"
cmp -s "$WORK/nginx.body" "$WORK/gateway.body" || { log "nginx and the gateway do not serve the same bytes"; exit 1; }
log "nginx on 127.0.0.1:$NGINX_PORT serves the same $BYTES bytes ($(tr -d '\r' <"$WORK/nginx.headers" | grep -i '^content-type' ))"

# --- load --------------------------------------------------------------------------------------
# prints "requests/s p99-in-ms non-2xx-count" for one wrk run's output
parse() {
    awk '
        /^Requests\/sec:/ { rps = $2 }
        /^ +99%/ {
            v = $2
            if (v ~ /us$/) { sub(/us$/, "", v); p99 = v / 1000 }
            else if (v ~ /ms$/) { sub(/ms$/, "", v); p99 = v }
            else if (v ~ /s$/) { sub(/s$/, "", v); p99 = v * 1000 }
        }
        /Non-2xx or 3xx responses:/ { bad = $NF }
        END { printf "%s %s %d\n", rps, p99, bad }
    ' "$1"
}

run() { # name url
    log "$1: warm-up ($WARMUP)"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$2" >"$WORK/$1.warmup.txt"
    log "$1: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$2" >"$WORK/$1.wrk.txt"
}

run gateway "$GATEWAY_URL"
run nginx "$NGINX_URL"

read -r G_RPS G_P99 G_BAD < <(parse "$WORK/gateway.wrk.txt")
read -r N_RPS N_P99 N_BAD < <(parse "$WORK/nginx.wrk.txt")
if [ "$G_BAD" != 0 ] || [ "$N_BAD" != 0 ]; then
    log "non-2xx answers under load: gateway $G_BAD, nginx $N_BAD"
    cat "$WORK/gateway.wrk.txt" "$WORK/nginx.wrk.txt" >&2
    exit 1
fi

echo
echo "GET $DISCLOSURE_PATH ($BYTES bytes), wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up, $(nproc) cores"
printf '%-10s %14s %14s\n' "" "requests/s" "p99 latency"
printf '%-10s %14.0f %11.2f ms\n' gateway "$G_RPS" "$G_P99"
printf '%-10s %14.0f %11.2f ms\n' nginx "$N_RPS" "$N_P99"
awk -v g="$G_RPS" -v n="$N_RPS" -v p="$G_P99" 'BEGIN {
    r = g / n
    printf "ratio gateway/nginx (requests/s): %.2f   target >= 0.60: %s\n", r, (r >= 0.6 ? "met" : "MISSED")
    printf "gateway p99: %.2f ms            target < 20 ms: %s\n", p, (p < 20 ? "met" : "MISSED")
}'
