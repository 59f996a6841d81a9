"""Check that the hostile-string corpus survives rendering, read back by every reader.

Tests/Golden/hostile-strings is rendered (by the Swift test suite) from Tests/Fixtures/hostile-strings.json:
string number i becomes the environment variable S<i>, the pod annotation corpus.example.com/s<i> and the
ECS tag t<j> (tags pass through an environment file, which cannot carry a value starting with U+FEFF, so
those are left out); label-safe strings also become Kubernetes labels t<k>. conformance.py already checks that
PyYAML, ruamel.yaml and go-yaml v2 read every YAML file identically; this checks that what they read is
exactly the original string.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

CORPUS = Path("Tests/Fixtures/hostile-strings.json")
TREE = Path("Tests/Golden/hostile-strings")
LABEL_VALUE = re.compile(r"^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)$")


def expected(prefix: str, strings: list[str]) -> dict[str, str]:
    return {f"{prefix}{index:03d}": value for index, value in enumerate(strings)}


def mismatches(read: dict, wanted: dict[str, str], where: str):
    for key, value in wanted.items():
        if read.get(key) != value:
            yield f"{where} {key}: read {read.get(key)!r}, rendered from {value!r}"


def check(repository: Path, load_yaml, load_json, report) -> int:
    """Compare every corpus string with what the readers read; returns how many values were compared."""
    corpus_path, tree = repository / CORPUS, repository / TREE
    if not tree.is_dir():
        report.note(f"{TREE} is missing, string corpus not checked")
        return 0
    corpus = json.loads(corpus_path.read_text(encoding="utf-8"))
    label_safe = [value for value in corpus if LABEL_VALUE.match(value)]
    tag_safe = [value for value in corpus if not value.startswith("\ufeff")]
    compared = 0

    deployment_path = tree / "kubernetes/kubernetes/strings/deployment.yaml"
    deployment = load_yaml(deployment_path, report)
    if deployment is not None:
        template = deployment["spec"]["template"]
        env = {item["name"]: item.get("value") for item in template["spec"]["containers"][0]["env"]}
        checks = [
            (env, expected("S", corpus), "env"),
            (template["metadata"]["annotations"], expected("corpus.example.com/s", corpus), "annotation"),
            (deployment["metadata"]["labels"], expected("t", label_safe), "label"),
        ]
        for read, wanted, where in checks:
            compared += len(wanted)
            for problem in mismatches(read, wanted, where):
                report.fail(deployment_path, problem)

    task_path = tree / "ecs/ecs/strings/task-definition.json"
    task = load_json(task_path, report)
    if task is not None:
        env = {item["name"]: item["value"] for item in task["containerDefinitions"][0]["environment"]}
        tags = {item["key"]: item["value"] for item in task["tags"]}
        for read, wanted, where in [(env, expected("S", corpus), "env"), (tags, expected("t", tag_safe), "tag")]:
            compared += len(wanted)
            for problem in mismatches(read, wanted, where):
                report.fail(task_path, problem)
    return compared
