"""Lint the rendered CloudFormation templates (<env>/ecs/stack.template.json) with cfn-lint.

cfn-lint checks every resource against the CloudFormation resource schemas (types, required and unknown
properties, enums, patterns), references and intrinsic functions, and AWS's best-practice rules. Any error
fails conformance; a warning or informational finding fails too unless its rule is listed in IGNORED with
the reason it does not apply to stackgen's output.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# Rule ID -> why a finding of that rule is accepted. Empty: every template passes every rule.
IGNORED: dict[str, str] = {}

# Trees whose tags are not AWS tags on purpose -> why findings about `Tags` are accepted there.
TAGS_EXEMPT: dict[str, str] = {
    "hostile-strings": "the hostile-string corpus is rendered without the tag rules (TagRules) so that every "
    "string reaches every output; AWS's tag limits (pattern, 50 tags) are TagRules' job, tested on their own",
}

FILE_NAME = "stack.template.json"


def is_template(relative: Path) -> bool:
    """True for <env>/ecs/stack.template.json inside a tree."""
    parts = relative.parts
    return len(parts) == 3 and parts[1] == "ecs" and parts[2] == FILE_NAME


def lint(paths: list[Path]) -> tuple[list[tuple[Path, str]], str]:
    """Run cfn-lint once over `paths`; return the failures (path, message) and cfn-lint's version."""
    executable = str(Path(sys.executable).parent / "cfn-lint")
    version = subprocess.run([executable, "--version"], capture_output=True, text=True)
    if not paths:
        return [], version.stdout.strip()
    command = [executable, "--format", "json", "--include-checks", "I"]
    if IGNORED:
        command += ["--ignore-checks", *sorted(IGNORED)]
    result = subprocess.run([*command, "--", *map(str, paths)], capture_output=True, text=True, timeout=1800)
    failures = []
    try:
        findings = json.loads(result.stdout or "[]")
    except ValueError:
        findings = [{"Filename": str(paths[0]), "Rule": {"Id": "output"}, "Message": result.stdout, "Location": {}}]
    for finding in findings:
        path = Path(finding.get("Filename", paths[0]))
        location = finding.get("Location", {})
        if "Tags" in location.get("Path", []) and any(tree in path.parts for tree in TAGS_EXEMPT):
            continue
        line = location.get("Start", {}).get("LineNumber", "?")
        failures.append((path, f"cfn-lint {finding['Rule']['Id']} at line {line}: {finding.get('Message', '')}"))
    if result.returncode != 0 and not findings:
        failures.append((Path(paths[0]), f"cfn-lint exited {result.returncode}: {result.stderr.strip()}"))
    return failures, version.stdout.strip()
