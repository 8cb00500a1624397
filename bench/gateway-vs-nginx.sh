#!/usr/bin/env bash
# Benchmark, not a test: how close the gateway comes to nginx serving the same bytes.
#
# Starts the suite (suite-runner, a temporary data directory, free ports), which loads the sample
# disclosure; saves the gateway's GET /api/v1/disclosures/130624-203/2020 to a file; serves that
# file with a private nginx (its own config in the temporary directory, loopback only, a free
# port, access_log off, Content-Type application/json); warms both up; runs the same wrk load
# against each (2 threads, 32 connections, 10 s, --latency); prints requests/s and p99 latency of
# each and the ratio gateway/nginx; the same with Accept-Encoding: gzip, nginx serving the gateway's own
# gzip bytes with gzip_static; BENCH_RUNS (default 3) runs of each pairing, and the median ratios.
# Target: median ratio >= 0.85 for both.
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
# The gateway's own gzip bytes, as it keeps them beside the identity ones, for nginx's gzip_static.
curl -sf -H 'Accept-Encoding: gzip' -o "$WORK/www/disclosure.json.gz" "$GATEWAY_URL"
GZ_BYTES=$(wc -c <"$WORK/www/disclosure.json.gz")
gunzip -c "$WORK/www/disclosure.json.gz" | cmp -s - "$WORK/www/disclosure.json" \
    || { log "the gateway's gzip does not decode to its identity bytes"; exit 1; }
log "saved the disclosure: $BYTES bytes, $GZ_BYTES gzipped"

# --- nginx serving the same bytes --------------------------------------------------------------
NGINX_PORT=$(free_port)
mkdir -p "$WORK/nginx/temp"
chmod a+rx "$WORK" "$WORK/www"   # nginx's workers run unprivileged
chmod a+r "$WORK/www/disclosure.json" "$WORK/www/disclosure.json.gz"
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
            gzip_static on;
            gzip_vary on;
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
curl -sf -H 'Accept-Encoding: gzip' -o "$WORK/nginx.gz" "$NGINX_URL"
curl -sf -H 'Accept-Encoding: gzip' -o "$WORK/gateway.gz" "$GATEWAY_URL"
cmp -s "$WORK/nginx.gz" "$WORK/gateway.gz" || { log "nginx and the gateway do not serve the same gzip bytes"; exit 1; }
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

RUNS=${BENCH_RUNS:-3}
run() { # name url [header]
    local extra=()
    [ -n "${3:-}" ] && extra=(-H "$3")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${extra[@]}" "$2" >"$WORK/$1.warmup.txt"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${extra[@]}" "$2" >"$WORK/$1.wrk.txt"
    read -r RPS P99 BAD < <(parse "$WORK/$1.wrk.txt")
    if [ "$BAD" != 0 ]; then
        log "$1: $BAD non-2xx answers under load"
        cat "$WORK/$1.wrk.txt" >&2
        exit 1
    fi
}

echo
echo "GET $DISCLOSURE_PATH ($BYTES bytes, $GZ_BYTES gzipped), wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up each, $(nproc) cores, $RUNS runs"
printf '%-9s %-4s %14s %12s %14s %12s %8s\n' pairing run "gateway req/s" "p99" "nginx req/s" "p99" ratio
for pairing in identity gzip; do
    header=""
    [ "$pairing" = gzip ] && header="Accept-Encoding: gzip"
    : >"$WORK/$pairing.ratios"
    for n in $(seq 1 "$RUNS"); do
        log "$pairing, run $n of $RUNS: the gateway, then nginx"
        run "gateway-$pairing-$n" "$GATEWAY_URL" "$header"; G_RPS=$RPS; G_P99=$P99
        run "nginx-$pairing-$n" "$NGINX_URL" "$header"; N_RPS=$RPS; N_P99=$P99
        ratio=$(awk -v g="$G_RPS" -v n="$N_RPS" 'BEGIN { printf "%.2f", g / n }')
        echo "$ratio" >>"$WORK/$pairing.ratios"
        printf '%-9s %-4s %14.0f %9.2f ms %14.0f %9.2f ms %8s\n' "$pairing" "$n" "$G_RPS" "$G_P99" "$N_RPS" "$N_P99" "$ratio"
    done
done
for pairing in identity gzip; do
    median=$(sort -n "$WORK/$pairing.ratios" | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }')
    awk -v p="$pairing" -v m="$median" 'BEGIN { printf "median ratio gateway/nginx, %-8s %.2f   target >= 0.85: %s\n", p ":", m, (m >= 0.85 ? "met" : "MISSED") }'
done
