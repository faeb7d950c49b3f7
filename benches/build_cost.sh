#!/usr/bin/env bash
# What a user pays for errcat on a cold build, side by side, in one run:
#
#   errcat         a one-line program that depends on errcat (this checkout)
#   card deps      the same program with a two-variant enum on thiserror,
#                  strum and phf (errcat's runtime dependencies), no errcat
#   http           a one-line program that depends on `http`
#
# Each is built cold in release (its own empty target directory) RUNS times,
# interleaved; the median is printed as a Markdown table, with the rebuild of
# the errcat program after touching one catalog. Usage:
#
#   bash benches/build_cost.sh [RUNS]        (default 3; needs crates.io)
#
# The dependencies are fetched once before timing, so the network is not timed.
set -euo pipefail
runs=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

new_crate() { # name, dependencies, main
    mkdir -p "$work/$1/src"
    printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n[dependencies]\n%s\n\n[workspace]\n' \
        "$1" "$2" > "$work/$1/Cargo.toml"
    printf '%s\n' "$3" > "$work/$1/src/main.rs"
}

new_crate uses-errcat "errcat = { path = \"$root\" }" \
    'fn main() { println!("{}", errcat::neuron::NeuronError::NodeNotExist); }'
new_crate uses-card-deps 'thiserror = "2"
strum = { version = "0.28", features = ["derive"] }
phf = { version = "0.14", features = ["macros"] }' \
'#[derive(Debug, Clone, Copy, thiserror::Error, strum::EnumIter, strum::IntoStaticStr)]
enum Error {
    #[error("Node does not exist")]
    NodeNotExist = 2003,
    #[error("Node already exists")]
    NodeExists = 2002,
}
static BY_CODE: phf::Map<i32, Error> = phf::phf_map! { 2003i32 => Error::NodeNotExist, 2002i32 => Error::NodeExists };
fn main() { println!("{} {:?}", BY_CODE[&2003], Error::NodeExists); }'
new_crate uses-http 'http = "1"' \
    'fn main() { println!("{}", http::StatusCode::NOT_FOUND); }'

programs=(uses-errcat uses-card-deps uses-http)
for program in "${programs[@]}"; do
    (cd "$work/$program" && cargo fetch -q)
done

seconds() { # crate dir, target dir
    local start end
    start=$(date +%s.%N)
    (cd "$1" && CARGO_TARGET_DIR="$2" cargo build -q --release --offline)
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

declare -A times
for run in $(seq "$runs"); do
    for program in "${programs[@]}"; do
        rm -rf "$work/target-$program"
        times[$program]+="$(seconds "$work/$program" "$work/target-$program") "
    done
done
rebuilds=""
for run in $(seq "$runs"); do
    touch "$root/data/viewtron.toml"
    rebuilds+="$(seconds "$work/uses-errcat" "$work/target-uses-errcat") "
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
errcat=$(median <<<"${times[uses-errcat]}")
card=$(median <<<"${times[uses-card-deps]}")
http=$(median <<<"${times[uses-http]}")
rebuild=$(median <<<"$rebuilds")

echo "| program | cold release build, median of $runs | runs | vs card deps |"
echo "|---|---|---|---|"
for program in "${programs[@]}"; do
    m=$(median <<<"${times[$program]}")
    printf '| %s | %.2f s | %s| %.2fx |\n' "$program" "$m" "${times[$program]}" "$(echo "$m / $card" | bc -l)"
done
printf '| uses-errcat, rebuild after touching data/viewtron.toml | %.2f s | %s| |\n' "$rebuild" "$rebuilds"
printf '\nerrcat / card deps: %.2fx (target 1.25x); errcat / http: %.2fx\n' \
    "$(echo "$errcat / $card" | bc -l)" "$(echo "$errcat / $http" | bc -l)"
