#!/usr/bin/env bash
# Runs the comparison benchmarks (Ormdantic, hand-written DatabaseClient code, Spring Data R2DBC) in one JMH run and
# prints one line per comparison:
#   <operation>[<db>]: ormdantic/<other> = <ratio> ±<error> (goal >= <goal>) PASS|MISS
# H2 always; PostgreSQL and MariaDB when ORMDANTIC_TEST_POSTGRES_URL / ORMDANTIC_TEST_MYSQL_URL are set.
set -euo pipefail

usage() {
	cat <<'EOF'
Usage: benchmarks/ratios.sh [--full] [--db LIST] [--results FILE] [--parse FILE] [--markdown] [--strict] [-- JMH options]
  (default)      short profile: 1 fork, 3 x 2 s warm-up, 5 x 1 s measurement (about 5 minutes per database)
  --full         full profile: 2 forks, 5 x 2 s warm-up, 10 x 2 s measurement (about 25 minutes per database)
  --db LIST      databases, comma-separated (h2,postgres,mariadb); default: h2 plus those whose URL is set
  --results FILE where the merged JMH JSON goes (default: benchmarks/target/jmh-<profile>.json); each database
                 also leaves FILE-<db>.json and its JMH log FILE-<db>.log beside it
  --parse FILE   print the ratios of an earlier run's JSON, without running anything
  --markdown     also print a Markdown table per database (throughput, ratios, errors), as in the README
  --strict       exit with status 1 when a goal is missed
  -- ...         further options passed to JMH as they are (e.g. -- -prof gc)
Builds benchmarks/target/benchmarks.jar first when it is missing or older than the sources.
EOF
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/benchmarks/target/benchmarks.jar"
profile=short
databases=""
results=""
parse_only=""
strict=false
markdown=false
jmh_extra=()
while [[ $# -gt 0 ]]; do
	case "$1" in
		--full) profile=full ;;
		--db) databases="$2"; shift ;;
		--results) results="$2"; shift ;;
		--parse) parse_only="$2"; shift ;;
		--strict) strict=true ;;
		--markdown) markdown=true ;;
		-h|--help) usage; exit 0 ;;
		--) shift; jmh_extra=("$@"); break ;;
		*) echo "Unknown option: $1" >&2; usage >&2; exit 2 ;;
	esac
	shift
done

if ! command -v python3 >/dev/null; then
	echo "ratios.sh needs python3 to read JMH's JSON results" >&2
	exit 2
fi

run_benchmarks() {
	# Rebuild only when a source the jar is made of changed, so repeated runs start at once.
	if [[ ! -f "$jar" ]] || [[ -n "$(find "$root/pom.xml" "$root/benchmarks/pom.xml" "$root/benchmarks/src" \
			"$root/ormdantic-core/pom.xml" "$root/ormdantic-core/src/main" -newer "$jar" -print -quit)" ]]; then
		echo "Building $jar ..." >&2
		# maven.test.skip rather than skipTests: the benchmarks need no module's tests compiled.
		(cd "$root" && mvn -B -q -pl benchmarks -am package -Dmaven.test.skip=true)
	fi
	if [[ -z "$databases" ]]; then
		databases=h2
		[[ -n "${ORMDANTIC_TEST_POSTGRES_URL:-}" ]] && databases+=",postgres"
		[[ -n "${ORMDANTIC_TEST_MYSQL_URL:-}" ]] && databases+=",mariadb"
	fi
	local options
	if [[ $profile == full ]]; then
		options=(-f 2 -wi 5 -w 2s -i 10 -r 2s)
	else
		# Steady state comes after about 6 s on this 2-core machine; five iterations keep JMH's error meaningful.
		options=(-f 1 -wi 3 -w 2s -i 5 -r 1s)
	fi
	results="${results:-$root/benchmarks/target/jmh-$profile.json}"
	mkdir -p "$(dirname "$results")"
	# Run a private copy: a build elsewhere in the tree (mvn clean, verify) must not pull the jar from under the forks.
	copy="$(mktemp --suffix=.jar)"
	trap 'rm -f "$copy"' EXIT
	cp "$jar" "$copy"
	# One JMH run per database: within it JMH orders by operation, then implementation, so the three implementations
	# of an operation run back to back and a slow spell of the shared machine hits them alike, not one of them alone.
	local parts=() db
	for db in ${databases//,/ }; do
		local part="${results%.json}-$db.json"
		echo "Running the $profile profile on $db; JMH log: ${part%.json}.log" >&2
		run_jmh "$db" "$part" "${options[@]}"
		parts+=("$part")
	done
	python3 -c 'import json, sys; json.dump([e for f in sys.argv[2:] for e in json.load(open(f))], open(sys.argv[1], "w"), indent=1)' \
		"$results" "${parts[@]}"
}

# Runs the comparisons of one database: run_jmh DB RESULTS_JSON JMH_OPTIONS...; its log goes beside the JSON.
run_jmh() {
	local db="$1" part="$2"
	shift 2
	local log="${part%.json}.log"
	# Only this package's comparisons: other benchmarks in the jar (such as generator/) have no db parameter.
	local command=(java -jar "$copy" '^io\.ormdantic\.benchmarks\.[A-Za-z0-9]+Benchmark\.' "$@"
		-p "db=$db" -foe true -rf json -rff "$part" -o "$log" "${jmh_extra[@]}")
	# JMH allows one run per machine (/tmp/jmh.lock); wait for another's to end rather than measure beside it.
	local attempt
	for attempt in $(seq 1 120); do
		if "${command[@]}" 2>"$log.err"; then
			rm -f "$log.err"
			return 0
		fi
		if ! grep -q "Unable to acquire the JMH lock" "$log.err"; then
			cat "$log.err" >&2
			echo "JMH failed; see $log" >&2
			exit 1
		fi
		[[ $attempt == 1 ]] && echo "Another JMH run holds /tmp/jmh.lock; waiting for it to end ..." >&2
		sleep 15
	done
	echo "Gave up waiting for /tmp/jmh.lock after 30 minutes" >&2
	exit 1
}

if [[ -n "$parse_only" ]]; then
	results="$parse_only"
else
	run_benchmarks
fi

STRICT="$strict" MARKDOWN="$markdown" python3 - "$results" <<'PYTHON'
import json, math, os, statistics, sys

# (operation, [(other implementation, goal or None)]): reads must reach 0.9x hand-written code and 1x Spring Data;
# writes 1x Spring Data, bulk inserts 3x its per-row inserts; hand-written writes are shown without a goal.
READ = [("handwritten", 0.90), ("springData", 1.00)]
OPERATIONS = [
    ("findOne", READ),
    ("findMany100", READ),
    ("findMany100Depth1", READ),
    ("findParents20Children10", READ),
    ("countWhere", READ),
    ("insertOne", [("handwritten", None), ("springData", 1.00)]),
    ("insertAll1000", [("handwritten", None), ("springData", 3.00)]),
]
DATABASES = ["h2", "postgres", "mariadb"]

def robust(metric):
    """The median of all measured iterations (every fork) and half their interquartile range.

    The shared machine has slow spells of a few seconds; JMH's mean takes them in whole, the median does not."""
    values = sorted(v for fork in metric.get("rawData", []) for v in fork)
    if len(values) < 4:
        return metric["score"], metric["scoreError"]
    q1, median, q3 = statistics.quantiles(values, n=4)
    return median, (q3 - q1) / 2

scores = {}
with open(sys.argv[1]) as f:
    for entry in json.load(f):
        cls, method = entry["benchmark"].rsplit(".", 2)[-2:]
        operation = cls[0].lower() + cls[1:].removesuffix("Benchmark")
        scores[(operation, entry["params"]["db"], method)] = robust(entry["primaryMetric"])

def fmt(x):
    return "n/a" if x is None or math.isnan(x) else f"{x:.2f}"

def compare(operation, db, other):
    """(ours, theirs, ratio, error) of Ormdantic against another implementation, or None when one is missing."""
    ours, theirs = scores.get((operation, db, "ormdantic")), scores.get((operation, db, other))
    if ours is None or theirs is None:
        return None
    (a, ea), (b, eb) = ours, theirs
    ratio = a / b
    # Relative spreads of a quotient add in quadrature.
    error = ratio * math.hypot(ea / a, eb / b) if not (math.isnan(ea) or math.isnan(eb)) else float("nan")
    return a, b, ratio, error

met = missed = 0
for db in DATABASES:
    for operation, comparisons in OPERATIONS:
        for other, goal in comparisons:
            result = compare(operation, db, other)
            if result is None:
                continue
            a, b, ratio, error = result
            line = f"{operation}[{db}]: ormdantic/{other.lower()} = {ratio:.2f} ±{fmt(error)}"
            if goal is None:
                line += f" (no goal; {a:,.0f} vs {b:,.0f} ops/s)"
            else:
                ok = ratio >= goal
                met, missed = met + ok, missed + (not ok)
                close = not math.isnan(error) and abs(ratio - goal) <= error
                line += f" (goal >= {goal:.2f}) {'PASS' if ok else 'MISS'}{' (within error)' if close else ''}"
            print(line)
print(f"goals: {met} met, {missed} missed")

if os.environ.get("MARKDOWN") == "true":
    def ops(operation, db, method):
        score, error = scores[(operation, db, method)]
        return f"{score:,.0f} ± {error:,.0f}"
    for db in DATABASES:
        if not any(key[1] == db for key in scores):
            continue
        print(f"\n{db}\n")
        print("| operation | Ormdantic ops/s | hand-written ops/s | Spring Data ops/s | Ormdantic / hand-written | Ormdantic / Spring Data |")
        print("|---|--:|--:|--:|--:|--:|")
        for operation, comparisons in OPERATIONS:
            if (operation, db, "ormdantic") not in scores:
                continue
            cells = []
            for other, goal in comparisons:
                result = compare(operation, db, other)
                if result is None:
                    cells.append("n/a")
                    continue
                verdict = "" if goal is None else (" PASS" if result[2] >= goal else " **MISS**") + f" (≥ {goal:.2f})"
                cells.append(f"{result[2]:.2f} ± {fmt(result[3])}{verdict}")
            print(f"| {operation} | {ops(operation, db, 'ormdantic')} | {ops(operation, db, 'handwritten')} | "
                  f"{ops(operation, db, 'springData')} | {cells[0]} | {cells[1]} |")
sys.exit(1 if missed and os.environ.get("STRICT") == "true" else 0)
PYTHON
