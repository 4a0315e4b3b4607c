#!/usr/bin/env bash
# Runs the comparison benchmarks (Ormdantic, hand-written DatabaseClient code, Spring Data R2DBC) in one JMH run and
# prints one line per comparison:
#   <operation>[<db>]: ormdantic/<other> = <ratio> ±<error> (goal >= <goal>) PASS|MISS
# H2 always; PostgreSQL and MariaDB when ORMDANTIC_TEST_POSTGRES_URL / ORMDANTIC_TEST_MYSQL_URL are set.
set -euo pipefail

usage() {
	cat <<'EOF'
Usage: benchmarks/ratios.sh [--full] [--separate] [--db LIST] [--results FILE] [--parse FILE] [--markdown] [--strict]
                            [--dry-run] [-- JMH options]
  (default)      short profile: 2 forks, 9 x 1 s warm-up, 9 x 1 s measurement (about 8 minutes per database)
  --full         full profile: 3 forks, 12 x 1 s warm-up, 27 x 1 s measurement (about 27 minutes per database)
  --separate     measure each implementation in forks of its own (JMH's usual way) instead of taking turns in one
                 JVM; short: 1 fork, 3 x 2 s warm-up, 5 x 1 s; full: 2 forks, 5 x 2 s warm-up, 10 x 2 s
  --db LIST      databases, comma-separated (h2,postgres,mariadb); default: h2 plus those whose URL is set
                 (ORMDANTIC_TEST_POSTGRES_URL, ORMDANTIC_TEST_MYSQL_URL); a server database needs its URL
  --results FILE where the merged JMH JSON goes (default: benchmarks/target/jmh-<profile>.json, or
                 jmh-<profile>-separate.json with --separate); each database also leaves FILE-<db>.json and its
                 JMH log FILE-<db>.log beside it
  --parse FILE   print the ratios of an earlier run's JSON, without running anything
  --markdown     also print a Markdown table per database (throughput, ratios, errors), as in the README
  --strict       exit with status 1 when a goal is missed
  --dry-run      build and run nothing; print what this run would do, one line each, and exit 0:
                   build: MAVEN COMMAND      when the jar is missing or older than the sources
                   run: JMH COMMAND LINE     one per database (a real run runs a private copy of the jar)
                   write: FILE               each file JMH writes (per database JSON and log), then the merged JSON
                   parse: FILE [--markdown] [--strict]    the JSON the ratios are then read from
  -- ...         further options passed to JMH as they are (e.g. -- -prof gc)
Builds benchmarks/target/benchmarks.jar first when it is missing or older than the sources.
EOF
}

# Wrong usage: the reason, then the usage, on standard error; exit status 2.
misuse() {
	echo "$1" >&2
	usage >&2
	exit 2
}

# Under set -e, a test that may fail must not end an assignment or a function: `x="$([[ ... ]] && echo y)"` or a last
# line `[[ ... ]] && y` gives its status 1 to the whole, and the script exits without a word. Hence the if blocks.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
jar="$root/benchmarks/target/benchmarks.jar"
profile=short
mode=interleaved
databases=""
results=""
parse_only=""
strict=false
markdown=false
dry_run=false
jmh_extra=()
while [[ $# -gt 0 ]]; do
	case "$1" in
		--full) profile=full ;;
		--separate) mode=separate ;;
		--db | --results | --parse)
			if [[ $# -lt 2 || -z "$2" || "$2" == -* ]]; then
				misuse "$1 needs a value"
			fi
			case "$1" in
				--db) databases="$2" ;;
				--results) results="$2" ;;
				--parse) parse_only="$2" ;;
			esac
			shift ;;
		--strict) strict=true ;;
		--markdown) markdown=true ;;
		--dry-run) dry_run=true ;;
		-h | --help) usage; exit 0 ;;
		--) shift; jmh_extra=("$@"); break ;;
		*) misuse "Unknown option: $1" ;;
	esac
	shift
done

if ! command -v python3 >/dev/null; then
	echo "ratios.sh needs python3 to read JMH's JSON results" >&2
	exit 2
fi

# Prints its arguments as one shell command line, single-quoting the words that need it.
shell_line() {
	local word line=() quote="'\\''"
	for word in "$@"; do
		if [[ $word =~ ^[A-Za-z0-9_@%+=:,./-]+$ ]]; then
			line+=("$word")
		else
			line+=("'${word//\'/$quote}'")
		fi
	done
	echo "${line[*]}"
}

# The databases to run, into the array db_list: those of --db, or h2 plus the servers whose URL is set. A server needs
# its URL: without it BenchDatabase fails the trial, but only after the build and the start of JMH.
choose_databases() {
	if [[ -z "$databases" ]]; then
		databases=h2
		if [[ -n "${ORMDANTIC_TEST_POSTGRES_URL:-}" ]]; then
			databases+=",postgres"
		fi
		if [[ -n "${ORMDANTIC_TEST_MYSQL_URL:-}" ]]; then
			databases+=",mariadb"
		fi
	fi
	IFS=, read -r -a db_list <<<"$databases"
	if [[ ${#db_list[@]} -eq 0 ]]; then
		misuse "--db $databases names no database"
	fi
	local db variable
	for db in "${db_list[@]}"; do
		case "$db" in
			h2) variable="" ;;
			postgres) variable=ORMDANTIC_TEST_POSTGRES_URL ;;
			mariadb) variable=ORMDANTIC_TEST_MYSQL_URL ;;
			*) misuse "Unknown database '$db' in --db $databases; use h2, postgres or mariadb" ;;
		esac
		if [[ -n "$variable" && -z "${!variable:-}" ]]; then
			echo "The benchmarks on $db need $variable (the R2DBC URL the integration tests read)" >&2
			exit 2
		fi
	done
}

# Whether benchmarks/target/benchmarks.jar is missing or older than a source it is made of: a condition, for if only.
jar_is_stale() {
	[[ ! -f "$jar" ]] || [[ -n "$(find "$root/pom.xml" "$root/benchmarks/pom.xml" "$root/benchmarks/src" \
		"$root/ormdantic-core/pom.xml" "$root/ormdantic-core/src/main" -newer "$jar" -print -quit)" ]]
}

# The JMH command line of one database, into the array command: jmh_command JAR DB RESULTS_JSON; its log goes beside
# the JSON. Only this package's comparisons: other benchmarks in the jar (such as generator/) have no db parameter.
jmh_command() {
	local methods='interleaved'
	if [[ $mode == separate ]]; then
		methods='(ormdantic|handwritten|springData)'
	fi
	command=(java -jar "$1" "^io\\.ormdantic\\.benchmarks\\.[A-Za-z0-9]+Benchmark\\.$methods\$" "${options[@]}"
		-p "db=$2" -foe true -rf json -rff "$3" -o "${3%.json}.log" "${jmh_extra[@]}")
}

run_benchmarks() {
	choose_databases
	# Iterations of 1 s, in multiples of nine when interleaved: each turn gives the three implementations one each, and
	# over three turns each runs once in every position.
	# A single implementation settles after about 6 s on this 2-core machine; taking turns, each needs its 3 s or more.
	# -gc true: a collection between iterations, so no implementation pays for the garbage of the one before it.
	case "$mode-$profile" in
		interleaved-full) options=(-f 3 -wi 12 -w 1s -i 27 -r 1s -gc true) ;;
		interleaved-short) options=(-f 2 -wi 9 -w 1s -i 9 -r 1s -gc true) ;;
		separate-full) options=(-f 2 -wi 5 -w 2s -i 10 -r 2s -gc true) ;;
		separate-short) options=(-f 1 -wi 3 -w 2s -i 5 -r 1s -gc true) ;;
	esac
	if [[ -z "$results" ]]; then
		results="$root/benchmarks/target/jmh-$profile"
		if [[ $mode == separate ]]; then
			results+="-separate"
		fi
		results+=".json"
	fi
	local db part parts=()
	if $dry_run; then
		if jar_is_stale; then
			echo "build: cd $(shell_line "$root") && mvn -B -q -pl benchmarks -am package -DskipTests"
		fi
		for db in "${db_list[@]}"; do
			part="${results%.json}-$db.json"
			jmh_command "$jar" "$db" "$part"
			echo "run: $(shell_line "${command[@]}")"
			echo "write: $part"
			echo "write: ${part%.json}.log"
		done
		echo "write: $results"
		return 0
	fi
	# Rebuild only when a source the jar is made of changed, so repeated runs start at once.
	if jar_is_stale; then
		echo "Building $jar ..." >&2
		# skipTests, not maven.test.skip: the jar holds core's test-jar (the load profile's traffic), which must be built.
		(cd "$root" && mvn -B -q -pl benchmarks -am package -DskipTests)
	fi
	mkdir -p "$(dirname "$results")"
	# Run a private copy: a build elsewhere in the tree (mvn clean, verify) must not pull the jar from under the forks.
	copy="$(mktemp --suffix=.jar)"
	trap 'rm -f "$copy"' EXIT
	cp "$jar" "$copy"
	# One JMH run per database. Interleaved, the implementations take turns within each fork; separate, JMH orders by
	# operation, then implementation, so at least the three forks of an operation run back to back.
	for db in "${db_list[@]}"; do
		part="${results%.json}-$db.json"
		echo "Running the $profile profile on $db; JMH log: ${part%.json}.log" >&2
		run_jmh "$db" "$part"
		parts+=("$part")
	done
	python3 -c 'import json, sys; json.dump([e for f in sys.argv[2:] for e in json.load(open(f))], open(sys.argv[1], "w"), indent=1)' \
		"$results" "${parts[@]}"
}

# Runs the comparisons of one database: run_jmh DB RESULTS_JSON; its log goes beside the JSON.
run_jmh() {
	local db="$1" part="$2"
	local log="${part%.json}.log"
	jmh_command "$copy" "$db" "$part"
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
		if [[ $attempt == 1 ]]; then
			echo "Another JMH run holds /tmp/jmh.lock; waiting for it to end ..." >&2
		fi
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

if $dry_run; then
	parse_line="parse: $results"
	if $markdown; then
		parse_line+=" --markdown"
	fi
	if $strict; then
		parse_line+=" --strict"
	fi
	echo "$parse_line"
	exit 0
fi

STRICT="$strict" MARKDOWN="$markdown" python3 - "$results" <<'PYTHON'
import json, math, os, statistics, sys

# (operation, [(other implementation, goal or None)]): reads must reach 0.9x hand-written code and 1x Spring Data;
# inserts 1x Spring Data, bulk inserts 3x its per-row inserts, with hand-written inserts shown without a goal; the
# versioned update (issue 14) 0.9x the hand-written conditional update and 1x Spring Data's.
READ = [("handwritten", 0.90), ("springData", 1.00)]
OPERATIONS = [
    ("findOne", READ),
    ("findMany100", READ),
    ("findMany100Depth1", READ),
    ("findParents20Children10", READ),
    ("countWhere", READ),
    ("insertOne", [("handwritten", None), ("springData", 1.00)]),
    ("insertAll1000", [("handwritten", None), ("springData", 3.00)]),
    ("updateVersioned", [("handwritten", 0.90), ("springData", 1.00)]),
]
DATABASES = ["h2", "postgres", "mariadb"]

IMPLEMENTATIONS = ["ormdantic", "handwritten", "springData"]  # as Comparison.IMPLEMENTATIONS

def spread(values):
    """The median of the values and half their interquartile range (NaN with fewer than four values).

    The shared machine has slow spells of a few seconds; a mean takes them in whole, the median does not."""
    if len(values) < 4:
        return (statistics.median(values) if values else float("nan")), float("nan")
    q1, median, q3 = statistics.quantiles(sorted(values), n=4)
    return median, (q3 - q1) / 2

def robust(metric):
    """The median of all measured iterations of a separate benchmark (every fork) and half their interquartile range."""
    values = [v for fork in metric.get("rawData", []) for v in fork]
    if len(values) < 4:
        return metric["score"], metric["scoreError"]
    return spread(values)

# Per (operation, db, implementation): (median ops/s, spread). Per (operation, db, other implementation): the paired
# ratios of Ormdantic over the other, one per turn of an interleaved run (empty for a run of separate forks).
scores, paired = {}, {}
with open(sys.argv[1]) as f:
    for entry in json.load(f):
        cls, method = entry["benchmark"].rsplit(".", 2)[-2:]
        operation = cls[0].lower() + cls[1:].removesuffix("Benchmark")
        db = entry["params"]["db"]
        metric = entry["primaryMetric"]
        if method != "interleaved":
            scores[(operation, db, method)] = robust(metric)
            continue
        # One turn is three neighbouring iterations, one per implementation; turn t starts with IMPLEMENTATIONS[t % 3]
        # and goes on in their order (Comparison.implementation). Reorder each turn as IMPLEMENTATIONS.
        size = len(IMPLEMENTATIONS)
        turns = []
        for fork in metric.get("rawData", []):
            for t in range(len(fork) // size):
                turn = fork[t * size:(t + 1) * size]
                turns.append([turn[(k - t) % size] for k in range(size)])
        for k, implementation in enumerate(IMPLEMENTATIONS):
            scores[(operation, db, implementation)] = spread([turn[k] for turn in turns])
            if k > 0:
                paired[(operation, db, implementation)] = [turn[0] / turn[k] for turn in turns]

def fmt(x):
    return "n/a" if x is None or math.isnan(x) else f"{x:.2f}"

def compare(operation, db, other):
    """(ours, theirs, ratio, error) of Ormdantic against another implementation, or None when one is missing."""
    ours, theirs = scores.get((operation, db, "ormdantic")), scores.get((operation, db, other))
    if ours is None or theirs is None:
        return None
    (a, ea), (b, eb) = ours, theirs
    if paired.get((operation, db, other)):
        # Interleaved: the median of the ratios of neighbouring iterations, which a slow spell moves together.
        ratio, error = spread(paired[(operation, db, other)])
        return a, b, ratio, error
    ratio = a / b
    # Separate forks: relative spreads of a quotient add in quadrature.
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
