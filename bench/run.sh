#!/usr/bin/env bash
# Measures `charte check` against the parse-only floor, side by side in one run.
#
#   bench/run.sh            1000 documents x 10 languages (11 000 files), and the charter
#   bench/run.sh --large    also 10 000 documents x 10 languages (110 000 files), for scaling
#   ROUNDS=7 bench/run.sh   more rounds (default 5)
#
# Prints medians of wall time, the ratio charte/baseline, and peak memory (max RSS).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
rounds=${ROUNDS:-5}
large=false
[ "${1:-}" = "--large" ] && large=true

cargo build --release --quiet --bin charte --example corpus --example baseline
bin=$root/target/release
charte=$bin/charte

# Wall time in milliseconds and peak RSS in KB of one command; its output is discarded.
# charte exits 1 on the corpus (it has errors by design): that is not a failure here.
measure() {
  local tmp start end
  tmp=$(mktemp)
  start=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$tmp" "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  printf '%d %d\n' $(( (end - start) / 1000000 )) "$(tail -n 1 "$tmp")"
  rm -f "$tmp"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

corpus() {
  local docs=$1 dir=$root/bench/corpus-$1
  if [ ! -f "$dir/charte.toml" ]; then
    "$bin/examples/corpus" "$dir" --docs "$docs" --langs 10 --seed 7 >&2
  fi
  echo "$dir"
}

# Runs baseline and charte alternately; prints "baseline_ms charte_ms ratio baseline_rss charte_rss".
side_by_side() {
  local dir=$1 b=() c=() bm=() cm=()
  # One warm-up of each, so both read from the page cache.
  measure "$bin/examples/baseline" "$dir/docs" >/dev/null
  (cd "$dir" && measure "$charte" check --format json) >/dev/null
  for _ in $(seq "$rounds"); do
    read -r t m < <(measure "$bin/examples/baseline" "$dir/docs"); b+=("$t"); bm+=("$m")
    read -r t m < <(cd "$dir" && measure "$charte" check --format json); c+=("$t"); cm+=("$m")
  done
  local bt ct
  bt=$(printf '%s\n' "${b[@]}" | median)
  ct=$(printf '%s\n' "${c[@]}" | median)
  printf '%s %s %s %s %s\n' "$bt" "$ct" "$(awk -v c="$ct" -v b="$bt" 'BEGIN { printf "%.2f", c / (b > 0 ? b : 1) }')" \
    "$(printf '%s\n' "${bm[@]}" | sort -n | tail -n 1)" "$(printf '%s\n' "${cm[@]}" | sort -n | tail -n 1)"
}

report() {
  local label=$1 files=$2
  read -r bt ct ratio bm cm
  echo "$label ($files files, $rounds rounds, medians)"
  echo "  baseline (parse only, 1 thread): ${bt} ms, peak ${bm} KB"
  echo "  charte check --format json:      ${ct} ms, peak ${cm} KB"
  echo "  ratio charte/baseline:           ${ratio}"
  echo "$ct" > "$root/bench/.last-$files"
}

echo "machine: $(nproc) cores; rounds: $rounds"
dir=$(corpus 1000)
side_by_side "$dir" | report "1000 documents x 10 languages" 11000

if $large; then
  dir=$(corpus 10000)
  side_by_side "$dir" | report "10000 documents x 10 languages" 110000
  awk -v a="$(cat bench/.last-11000)" -v b="$(cat bench/.last-110000)" \
    'BEGIN { printf "scaling: 10x the corpus took %.2fx the time\n", b / a }'
fi

# The repository's own charter, start-up included.
times=()
for _ in $(seq 30); do
  start=$(date +%s%N); "$charte" check >/dev/null; end=$(date +%s%N)
  times+=($(( (end - start) / 1000 )))
done
med=$(printf '%s\n' "${times[@]}" | median)
echo "charte check on charter/ (30 runs): median $(awk -v u="$med" 'BEGIN { printf "%.1f", u / 1000 }') ms"
