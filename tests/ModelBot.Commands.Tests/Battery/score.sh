#!/usr/bin/env bash
# Scores the question battery (questions.yaml) through the CLI, the way a script would ask the bot:
#   modelbot ask - --format json   (one request per line on stdin, one JSON answer per line out)
# Asks that are blank or start with "@" are passed as a command-line argument instead (`modelbot ask "<ask>"`),
# because the stdin mode skips blank lines and because "@..." arguments are a known CLI pitfall (issue 12).
# The judging rules are those of QuestionBatteryTests (QuestionBattery.Judge): keep the two in step.
#
# Usage: tests/ModelBot.Commands.Tests/Battery/score.sh [--build] [--failures] [--kind KIND]
#   --build     build src/ModelBot.Host first (otherwise only when its dll is missing)
#   --failures  list every case that is not right, one line each, with the problems and the headline
#   --kind K    only the entries of kind K
# Needs python3 with PyYAML. Exit code 0 whatever the score (it is a report, not a test).
set -euo pipefail

root="$(cd "$(dirname "$0")/../../.." && pwd)"
dll="$root/src/ModelBot.Host/bin/Debug/net10.0/modelbot.dll"
build=0
for arg in "$@"; do [[ "$arg" == "--build" ]] && build=1; done
if [[ $build == 1 || ! -f "$dll" ]]; then
  dotnet build "$root/src/ModelBot.Host" -v q -nologo >&2
fi

export BATTERY_ROOT="$root" BATTERY_DLL="$dll"
exec python3 - "$@" <<'PY'
import json, os, subprocess, sys
from collections import OrderedDict

import yaml

root, dll = os.environ["BATTERY_ROOT"], os.environ["BATTERY_DLL"]
args = sys.argv[1:]
show_failures = "--failures" in args
only_kind = args[args.index("--kind") + 1] if "--kind" in args else None

with open(os.path.join(root, "tests/ModelBot.Commands.Tests/Battery/questions.yaml"), encoding="utf-8") as f:
    entries = yaml.safe_load(f)
if only_kind:
    entries = [e for e in entries if e["kind"] == only_kind]

def run(cmd, stdin=None):
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, cwd=root)

def single(ask):
    p = run(["dotnet", dll, "ask", ask, "--format", "json"])
    line = p.stdout.strip().splitlines()
    if line:
        try:
            return json.loads(line[0])
        except json.JSONDecodeError:
            pass
    return {"ok": False, "command": "(cli)", "error": "CLI: " + (p.stderr.strip() or p.stdout.strip() or f"exit {p.returncode}"), "suggestions": [], "results": []}

active = [e for e in entries if not e.get("pending")]
batched = [e for e in active if e["ask"].strip() and not e["ask"].lstrip().startswith("@")]
answers = {}
if batched:
    p = run(["dotnet", dll, "ask", "-", "--format", "json"], "\n".join(e["ask"] for e in batched) + "\n")
    lines = p.stdout.splitlines()
    if len(lines) != len(batched):
        sys.exit(f"expected {len(batched)} JSON lines from `modelbot ask -`, got {len(lines)}; stderr:\n{p.stderr}")
    for e, line in zip(batched, lines):
        answers[e["ask"]] = json.loads(line)
for e in active:
    if e["ask"] not in answers:
        answers[e["ask"]] = single(e["ask"])

def headline(a):
    if a.get("ok"):
        return (a.get("title") or "") + " | " + (a.get("summary") or "").replace("**", "")
    return (a.get("error") or "") + " | suggestions: " + "; ".join(a.get("suggestions") or [])

def has(text, alternatives):
    return any(alt and alt.lower() in text.lower() for alt in alternatives.split("|"))

def matches(want, got):
    return (got["model"] == want["model"] and got["benchmark"] == want["benchmark"]
            and abs(float(got["value"]) - float(want["value"])) < 1e-9
            and ("setting" not in want or got["setting"].lower() == want["setting"].lower())
            and ("evaluator" not in want or got.get("evaluator", "").lower() == want["evaluator"].lower())
            and ("source" not in want or got["source"] == want["source"]))

def judge(e, a):
    text, refuse = headline(a), e["expect"] == "refuse"
    if refuse and a.get("ok"):
        return "wrong", ["answered, but it should refuse"], text
    if not refuse and not a.get("ok"):
        return "refused", ["refused, but it should answer"], text
    problems = [f'lacks "{w}"' for w in e.get("headline_has") or [] if not has(text, w)]
    problems += [f'has "{u}"' for u in e.get("headline_lacks") or [] if has(text, u)]
    for fig in e.get("figures") or []:
        if not any(matches(fig, r) for r in a.get("results") or []):
            problems.append("no figure %s/%s%s=%s" % (fig["model"], fig["benchmark"], " (%s)" % fig["setting"] if "setting" in fig else "", fig["value"]))
    return ("right" if not problems else "wrong"), problems, text

kinds = OrderedDict()
failures = []
for e in entries:
    row = kinds.setdefault(e["kind"], {"total": 0, "right": 0, "wrong": 0, "refused": 0, "pending": 0})
    row["total"] += 1
    if e.get("pending"):
        row["pending"] += 1
        continue
    verdict, problems, text = judge(e, answers[e["ask"]])
    row[verdict] += 1
    if verdict != "right":
        failures.append((e["kind"], verdict, e["ask"], problems, text))

def line(name, r):
    asked = r["total"] - r["pending"]
    pct = f'{100 * r["right"] / asked:5.1f}%' if asked else "    -"
    return f'{name:<12} {r["total"]:>5} {r["right"]:>6} {r["wrong"]:>6} {r["refused"]:>8} {r["pending"]:>8}  {pct}'

print(f'{"kind":<12} {"total":>5} {"right":>6} {"wrong":>6} {"refused":>8} {"pending":>8}  right%')
for k, r in sorted(kinds.items()):
    print(line(k, r))
total = {key: sum(r[key] for r in kinds.values()) for key in ("total", "right", "wrong", "refused", "pending")}
print(line("ALL", total))
print("(refused = refused a question it should answer; wrong = wrong headline or figures, or answered where it should refuse)")
if show_failures:
    print()
    for kind, verdict, ask, problems, text in sorted(failures, key=lambda f: (f[0], f[2])):
        print(f'[{kind}] {verdict}: "{ask}" -> {"; ".join(problems)}\n        headline: {text[:300]}')
PY
