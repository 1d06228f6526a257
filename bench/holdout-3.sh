#!/usr/bin/env bash
# Measurement (not a test): soát, as the built jar, on the third holdout (fixtures/holdout-3, documents nobody on the
# team tuned on) against the reviewer's judgments in <name>.expect.properties. Prints the documents, the ERROR/WARNING
# findings, the wrong ones (%), the real defects and the share found (%).
#
# Two ways of counting wrong findings are printed:
#   by id      - exactly as bench/field-corpus.sh / FieldExpectation: a finding is wrong when its rule id is neither in
#                `expected` nor in `allowed`, or it is an ERROR whose id is in `warningOnly`;
#   by finding - the same, plus the findings the reviewer named one by one in `wrongFindings` (`RULE@LINE` or
#                `RULE@LINE~text of its case`, separated by `;`): wrong although their id is allowed elsewhere in the
#                document (a right and a wrong finding of one id in the same file).
# A real defect (an id in `expected`) counts as found by id when any finding has that id, by finding when a finding
# with that id is not itself judged wrong.
#
# Usage: bench/holdout-3.sh [FOLDER] [-- extra options for `soat check`]
#   Builds target/soat.jar first when it is missing. The JSON results are kept in target/holdout-3/;
#   HOLDOUT_REUSE=1 recounts them without running soát again.
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-fixtures/holdout-3}
shift || true
[[ "${1:-}" == "--" ]] && shift
if [[ ! -f target/soat.jar ]]; then
    ./mvnw -B -q package -DskipTests
fi
out=target/holdout-3
mkdir -p "$out"
for document in "$folder"/*; do
    [[ "${HOLDOUT_REUSE:-0}" == 1 ]] && break
    case "$document" in *.properties|*.md) continue ;; esac
    [[ -f "$document" ]] || continue
    name=$(basename "${document%.*}")
    status=0
    java -jar target/soat.jar check --format json "$@" "$document" >"$out/$name.json" 2>"$out/$name.err" || status=$?
    if [[ $status -gt 1 ]]; then
        echo "soat check failed on $document (exit $status): $(head -c 300 "$out/$name.err")" >&2
        exit 2
    fi
done
python3 - "$folder" "$out" <<'PYTHON'
import json, pathlib, sys

folder, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])

def expectation(path):
    keys = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        keys[key.strip()] = value.strip()
    ids = lambda key: {i for i in keys.get(key, "").replace(",", " ").split() if i}
    named = [w.strip() for w in keys.get("wrongFindings", "").split(";") if w.strip()]
    return ids("expected"), ids("allowed"), ids("warningOnly"), named

def named_wrong(finding, named):
    for entry in named:
        target, _, text = entry.partition("~")
        rule, _, line = target.partition("@")
        if finding["ruleId"] == rule and str(finding["location"].get("line")) == line \
                and (not text or text in (finding.get("case") or "")):
            return True
    return False

documents = judged = wrong_id = wrong_finding = defects = found_id = found_finding = right = 0
details = []
for document in sorted(p for p in folder.iterdir() if p.is_file() and p.suffix not in (".properties", ".md")):
    expected, allowed, warning_only, named = expectation(document.with_suffix(".expect.properties"))
    result = json.loads((out / (document.stem + ".json")).read_text(encoding="utf-8"))
    documents += 1
    bad_id, bad_finding = [], []
    good_ids, all_ids = set(), set()
    for f in result["findings"]:
        all_ids.add(f["ruleId"])
        if f["severity"] == "INFO":
            good_ids.add(f["ruleId"])
            continue
        judged += 1
        by_id = f["ruleId"] not in expected | allowed or (f["severity"] == "ERROR" and f["ruleId"] in warning_only)
        label = "%s %s@%s (%s)" % (f["severity"], f["ruleId"], f["location"].get("line"), f.get("case"))
        if by_id:
            bad_id.append(label)
        if by_id or named_wrong(f, named):
            bad_finding.append(label)
        else:
            good_ids.add(f["ruleId"])
            right += f["ruleId"] in expected
    wrong_id += len(bad_id)
    wrong_finding += len(bad_finding)
    defects += len(expected)
    found_id += len(expected & all_ids)
    found_finding += len(expected & good_ids)
    missed = sorted(expected - good_ids)
    if bad_finding or missed:
        details.append("%s (%s)\n    wrong: %s\n    missed: %s" % (document.name, result["documentType"]["code"],
                                                               "; ".join(bad_finding) or "-", ", ".join(missed) or "-"))

pct = lambda a, b: 100.0 * a / b if b else 0.0
print("== %s" % folder)
for line in details:
    print(line)
print("documents %d" % documents)
print("ERROR/WARNING findings %d" % judged)
print("  of which on a real defect %d, defensible (allowed: mostly a closing cut off by the excerpt) %d" % (
    right, judged - wrong_finding - right))
print("wrong by id %d (%.1f%%), wrong by finding %d (%.1f%%); goal < 5%%" % (
    wrong_id, pct(wrong_id, judged), wrong_finding, pct(wrong_finding, judged)))
print("real defects %d, found by id %d (%.1f%%), found by finding %d (%.1f%%); goal >= 90%%" % (
    defects, found_id, pct(found_id, defects), found_finding, pct(found_finding, defects)))
PYTHON
