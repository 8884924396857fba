# Sourced by bench/run for --serve: the nightly sync as a schedule runs it. One `serve` process
# per org (its JVM and scheduler started once, as an admin leaves it running), a schedule of the
# nightlySync job on an inbox folder firing every 2 seconds, and per night a batch moved into the
# inbox: a warm-up night (SERVE_WARMUP rows of other people: the JVM has run a night before, as
# on every night but the first after a restart), then the batch (first) and the same batch again
# (rerun). A night's figures come from the serve log (the run's summary), its time from the
# scheduler's log lines (the fire that took the batch to the report written after it), the
# pipeline's CPU and peak RSS from /proc over the night; heap figures are the serve JVM's so far.
# Uses bench/run's SERVICE_ACCOUNT, APP_DB_ENV, ORG_URL, XMX, JAVA_OPTS, RAW, TICKS, org_cpu_ticks,
# heap_figures and table_rows.

SERVE_WARMUP=${BENCH_SERVE_WARMUP:-10000}
SERVE_PID=

# The log's time of day (HH:MM:SS.mmm at the start of line N) in milliseconds.
log_ms() { sed -n "$2{s/^\([0-9][0-9]\):\([0-9][0-9]\):\([0-9][0-9]\)\.\([0-9][0-9][0-9]\).*/\1 \2 \3 \4/p;q}" "$1" \
    | awk '{ print (($1 * 60 + $2) * 60 + $3) * 1000 + $4 }'; }
proc_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
peak_rss_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status"; }

# Lines of a serve log that end a night with batches (not the quiet fires of an empty inbox): the
# job's status line ("job nightlySync ROWS_NOT_EXPORTED: run 3 COMPLETED ...", or "... failed: ...").
nights_in() { grep -- 'schedule [a-z0-9-]*: job nightlySync [A-Za-z_]*: ' "$1" 2>/dev/null | grep -vc 'no batches' || true; }
started_in() { grep -c -- 'serving 1 schedule' "$1" 2>/dev/null || true; }
reports_in() { grep -c -- 'report written to' "$1" 2>/dev/null || true; }

# Waits until COUNTER (a function of the log) exceeds N: LOG COUNTER N SECONDS WHAT.
wait_log() {
    local deadline=$((SECONDS + $4))
    while [ "$("$2" "$1")" -le "$3" ]; do
        kill -0 "$SERVE_PID" 2>/dev/null || { echo "bench/run: serve stopped before $5:" >&2; tail -20 "$1" >&2; KEEP=1; exit 1; }
        [ $SECONDS -lt $deadline ] || { echo "bench/run: no $5 within $4 s:" >&2; tail -20 "$1" >&2; KEEP=1; exit 1; }
        sleep 0.2
    done
}

start_serve() { # DIR API JAR
    local dir=$1 work=$1/work cds=()
    mkdir -p "$work/schedules" "$work/inbox"
    printf '%s\n' "name: bench-nightly" "job: nightlySync" 'cron: "0/2 * * * * ?"' "timeZone: UTC" \
        "parameters:" "  input: inbox/" "  api: $2" >"$work/schedules/bench-nightly.yml"
    [ ! -f "${3%.jar}.jsa" ] || cds=("-XX:SharedArchiveFile=${3%.jar}.jsa")
    (cd "$work" && exec env "${SERVICE_ACCOUNT[@]}" "${APP_DB_ENV[@]}" REVEAL_SYNC_SALESFORCE_URL="$ORG_URL" \
        java "-Xmx$XMX" "${JAVA_OPTS[@]}" "${cds[@]}" "-Xlog:gc,gc+heap+exit:file=$dir/serve.gc" -jar "$3" \
        serve --dir schedules >"$dir/serve.log" 2>&1) &
    SERVE_PID=$!  # the JVM itself: the subshell execs env, env execs java
    wait_log "$dir/serve.log" started_in 0 180 "the scheduler's start"
}

stop_serve() {
    [ -n "$SERVE_PID" ] || return 0
    kill "$SERVE_PID" 2>/dev/null || true
    wait "$SERVE_PID" 2>/dev/null || true
    SERVE_PID=
}

# One night: DIR NAME FILE [SIZE API LABEL]; with a label, its figures go to $RAW as run_sync's do.
serve_night() {
    local dir=$1 name=$2 file=$3 size=${4:-} api=${5:-} label=${6:-} log=$1/serve.log
    local nights reports cpu0 org0
    nights=$(nights_in "$log")
    reports=$(reports_in "$log")
    cpu0=$(proc_ticks "$SERVE_PID"); org0=$(org_cpu_ticks)
    cp "$file" "$dir/work/inbox/$name.part"
    mv "$dir/work/inbox/$name.part" "$dir/work/inbox/$name.csv"  # whole, or not there, when a fire looks
    wait_log "$log" nights_in "$nights" 7200 "end of the $name night"
    # the report is logged right after the night's status line; a night without one failed
    wait_log "$log" reports_in "$reports" 10 "report of the $name night (it failed or wrote none)"
    [ -n "$label" ] || return 0
    local cpu org peak live
    cpu=$(awk -v t="$(( $(proc_ticks "$SERVE_PID") - cpu0 ))" -v k="$TICKS" 'BEGIN{print t/k}')
    org=$(awk -v t="$(( $(org_cpu_ticks) - org0 ))" -v k="$TICKS" 'BEGIN{print t/k}')
    read -r peak live < <(heap_figures "$dir/serve.gc")
    night_row "$log" "$label" "$size" "$api" "$name" "$peak" "$live" "$(peak_rss_kb "$SERVE_PID")" "$cpu" "$org" >>"$RAW"
    tail -1 "$RAW" | grep -q $'\tCOMPLETED\t' || { KEEP=1; echo "the $name night ($api, $size rows, $label) did not complete: $log" >&2; }
    tail -1 "$RAW" | table_rows 1
}

# The last night of a serve log as a row of run_sync's figures (tab-separated):
# LOG LABEL SIZE API NAME PEAK LIVE RSS_KB CPU ORG. Its wall time runs from the fire that ran it to
# the report written after it; the rest is its summary's (commas of the numbers dropped).
night_row() {
    local log=$1 at start end summary wall status read c u n s f ms wait calls total ops
    at=$(grep -n -- 'schedule [a-z0-9-]*: job nightlySync [A-Za-z_]*: run [0-9]' "$log" | tail -1 | cut -d: -f1)
    start=$(head -n "$at" "$log" | grep -n 'running job nightlySync' | tail -1 | cut -d: -f1)
    end=$(grep -n 'report written to' "$log" | tail -1 | cut -d: -f1)
    summary=$(sed -n "${at},$((at + 5))p" "$log" | tr -d ',')
    wall=$(awk -v a="$(log_ms "$log" "$start")" -v b="$(log_ms "$log" "$end")" 'BEGIN{d = b - a; if (d < 0) d += 86400000; print d / 1000}')
    read -r status read < <(sed -n 's/.* run [0-9]* \([A-Z]*\) in [0-9.]*s: \([0-9]*\) rows read.*/\1 \2/p' <<<"$summary" | head -1)
    read -r c u n s f < <(sed -n 's/^ *created \([0-9]*\) *updated \([0-9]*\) *unchanged \([0-9]*\) *skipped \([0-9]*\) *failed \([0-9]*\).*/\1 \2 \3 \4 \5/p' <<<"$summary")
    ms=$(sed -n 's/.* run [0-9]* [A-Z]* in \([0-9.]*\)s:.*/\1/p' <<<"$summary" | head -1 | awk '{print $1 * 1000}')
    wait=$(sed -n 's/^ *waiting for Salesforce: \([0-9.]*\)s of.*/\1/p' <<<"$summary" | awk '{print $1 * 1000}')
    calls=$(sed -n 's/^ *API calls: *//p' <<<"$summary")
    total=$(tr ' ' '\n' <<<"$calls" | awk -F= '{s += $2} END {print s + 0}')
    ops=$(sed -n 's/^ *API calls by operation: *//p' <<<"$summary" | sed 's/; /, /g')
    printf '%s\t' "$2" "$3" "$4" "$5" "$wall" "$read" "$c" "$u" "$n" "$s" "$f" "$ms" "${wait:-0}" \
        "$total" "$6" "$7" "$8" "$9" "${10}" "${status:-NONE}"
    printf '%s\t%s\n' "$calls" "$ops"
}

# The first night and its rerun through one serve process, after a warm-up night: DIR INPUT API SIZE JAR LABEL.
run_served() {
    local dir=$1 input=$2 api=$3 size=$4 jar=$5 label=$6
    start_serve "$dir" "$api" "$jar"
    if [ "$SERVE_WARMUP" -gt 0 ]; then
        [ -f "$WORK/warmup.csv" ] || (cd "$WORK" && java -jar "$jar" generate --rows "$SERVE_WARMUP" --seed 7 \
            --out "$WORK/warmup.csv" >"$WORK/generate-warmup.log" 2>&1)
        serve_night "$dir" warmup "$WORK/warmup.csv"
    fi
    serve_night "$dir" first "$input" "$size" "$api" "$label"
    serve_night "$dir" rerun "$input" "$size" "$api" "$label"
    stop_serve
}
