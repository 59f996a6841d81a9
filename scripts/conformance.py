"""Check rendered manifest trees with validators that stackgen did not write.

Usage: conformance.py [TREE...]

Without arguments the trees are Manifests/ and every folder directly under
Tests/Golden/, relative to the repository root. A tree holds one folder per
environment:

    <env>/kubernetes/kustomization.yaml, namespace.yaml, <service>/*.yaml
    <env>/ecs/<service>/task-definition.json, service.json, scaling.json

Checks:
  * Kubernetes object files pass kubernetes-validate's strict schemas for the
    oldest and newest Kubernetes versions the manifests claim to support.
  * ECS and Application Auto Scaling JSON files are valid input for their API
    calls according to botocore's service models (types, required and unknown
    fields, enum values), task definitions have a valid Fargate cpu/memory
    pair, and every JSON file has sorted keys and ends with one newline.
  * Every YAML file reads to the same data under YAML 1.1 (PyYAML) and
    YAML 1.2 (ruamel.yaml), so no reader sees `on` as a bool or `0755` as a
    different number than another reader does.
  * `kubectl kustomize` builds every environment's kubernetes folder, when
    kubectl is installed.

Files with other names are ignored. Every failure is printed with its file,
and the exit status is 1 if there was any failure or no file was found.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import botocore.session
import botocore.validate
import kubernetes_validate.utils as kubernetes_validate
import yaml
from ruamel.yaml import YAML

REPOSITORY = Path(__file__).resolve().parent.parent

# Oldest and newest Kubernetes versions the manifests must be valid for.
KUBERNETES_VERSIONS = ("1.29.0", "1.37.0")

# Fargate task sizes: cpu units -> allowed memory in MiB.
FARGATE_MEMORY = {
    256: (512, 1024, 2048),
    512: range(1024, 4096 + 1, 1024),
    1024: range(2048, 8192 + 1, 1024),
    2048: range(4096, 16384 + 1, 1024),
    4096: range(8192, 30720 + 1, 1024),
    8192: range(16384, 61440 + 1, 4096),
    16384: range(32768, 122880 + 1, 8192),
}

NUMBER_SHAPES = {"integer", "long", "float", "double"}
YAML_1_1_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # same rules, libyaml's speed
YAML_1_2 = YAML(typ="safe", pure=True)

# kubernetes-validate lists its schema folders and reads its schema files
# again for every object; doing each once keeps large trees fast.
kubernetes_validate.all_versions = functools.lru_cache(maxsize=None)(kubernetes_validate.all_versions)
kubernetes_validate.schema_contents = functools.lru_cache(maxsize=None)(kubernetes_validate.schema_contents)


class Report:
    """Counts what was checked and prints each failure as it is found."""

    def __init__(self) -> None:
        self.checked: Counter[str] = Counter()
        self.kustomize_builds = 0
        self.failures = 0

    def fail(self, path: Path, message: str) -> None:
        print(f"FAIL {display(path)}: {message}", flush=True)
        self.failures += 1

    def note(self, message: str) -> None:
        print(f"conformance: note: {message}", flush=True)

    def summary(self) -> str:
        kinds = ", ".join(f"{self.checked[kind]} {kind}" for kind in CHECKS)
        return (
            f"conformance: checked {kinds}; {self.kustomize_builds} kustomize builds\n"
            f"conformance: {sum(self.checked.values())} files checked, {self.failures} failures"
        )


def display(path: Path) -> str:
    """Show a path relative to the working directory when it lies below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def format_path(parts) -> str:
    """Write a path into loaded data like `spec.containers[0].ports`."""
    text = ""
    for part in parts:
        if type(part) is int:
            text += f"[{part}]"
        elif isinstance(part, str) and re.fullmatch(r"[A-Za-z_][\w-]*", part):
            text += f".{part}" if text else part
        else:
            text += f"[{json.dumps(part) if isinstance(part, str) else repr(part)}]"
    return text or "(top level)"


def describe(value) -> str:
    return f"{type(value).__name__} {value!r}"


# ---------------------------------------------------------------- YAML


def yaml_difference(old, new, path=()) -> str | None:
    """Describe the first value that YAML 1.1 (old) and 1.2 (new) read differently."""
    if type(old) is type(new) and isinstance(old, (dict, list)):
        old_items = list(old.items() if isinstance(old, dict) else enumerate(old))
        new_items = list(new.items() if isinstance(new, dict) else enumerate(new))
        if len(old_items) != len(new_items):
            return f"{format_path(path)}: YAML 1.1 reads {len(old_items)} entries, YAML 1.2 reads {len(new_items)}"
        for (old_key, old_value), (new_key, new_value) in zip(old_items, new_items):
            if type(old_key) is not type(new_key) or old_key != new_key:
                return f"{format_path(path)}: a key is {describe(old_key)} under YAML 1.1 but {describe(new_key)} under YAML 1.2"
            found = yaml_difference(old_value, new_value, path + (old_key,))
            if found:
                return found
        return None
    if type(old) is not type(new) or old != new:
        return f"{format_path(path)}: YAML 1.1 reads {describe(old)}, YAML 1.2 reads {describe(new)}"
    return None


def load_yaml(path: Path, report: Report):
    """Load a YAML file under both YAML versions; return the YAML 1.1 data, or None on failure."""
    text = path.read_text(encoding="utf-8")
    try:
        old = yaml.load(text, Loader=YAML_1_1_LOADER)
    except yaml.YAMLError as error:
        report.fail(path, f"PyYAML (YAML 1.1) cannot read it: {error}")
        return None
    try:
        new = YAML_1_2.load(text)
    except Exception as error:  # ruamel.yaml has no common base error class
        report.fail(path, f"ruamel.yaml (YAML 1.2) cannot read it: {error}")
        return None
    difference = yaml_difference(old, new)
    if difference:
        report.fail(path, f"YAML 1.1 and 1.2 disagree at {difference}")
    return old


def check_kustomization(path: Path, report: Report) -> None:
    data = load_yaml(path, report)
    if data is not None and (not isinstance(data, dict) or data.get("kind") != "Kustomization"):
        report.fail(path, "not a kustomization (kind must be Kustomization)")


# ---------------------------------------------------------------- Kubernetes


def kubernetes_schema_error(obj: dict, version: str) -> str | None:
    """Validate one object against one Kubernetes version's strict schema."""
    try:
        kubernetes_validate.validate(obj, version, strict=True)
    except kubernetes_validate.ValidationError as error:
        return f"{format_path(error.path)}: {error.message}"
    except (kubernetes_validate.SchemaNotFoundError, kubernetes_validate.InvalidSchemaError) as error:
        return error.message
    return None


def check_kubernetes_object(path: Path, report: Report) -> None:
    obj = load_yaml(path, report)
    if obj is None:
        return
    if not (isinstance(obj, dict) and isinstance(obj.get("apiVersion"), str) and isinstance(obj.get("kind"), str)):
        report.fail(path, "not a Kubernetes object (needs apiVersion and kind)")
        return
    versions_by_error: dict[str, list[str]] = {}
    for version in KUBERNETES_VERSIONS:
        error = kubernetes_schema_error(obj, version)
        if error:
            versions_by_error.setdefault(error, []).append(version)
    for error, versions in versions_by_error.items():
        report.fail(path, f"kubernetes-validate --strict for Kubernetes {', '.join(versions)}: {error}")


# ---------------------------------------------------------------- AWS JSON


def reject_duplicate_keys(pairs):
    keys = [key for key, _ in pairs]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        raise ValueError(f"duplicate keys {duplicates}")
    return dict(pairs)


def unsorted_object(value, path=()) -> str | None:
    """Return the path of the first object whose keys are not sorted."""
    if isinstance(value, dict):
        if list(value) != sorted(value):
            return format_path(path)
        children = value.items()
    elif isinstance(value, list):
        children = enumerate(value)
    else:
        return None
    for key, child in children:
        found = unsorted_object(child, path + (key,))
        if found:
            return found
    return None


def load_json(path: Path, report: Report):
    """Load a JSON file and check its layout; return the data, or None if it does not parse."""
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        report.fail(path, "JSON must end with a newline")
    elif text.endswith("\n\n"):
        report.fail(path, "JSON must end with exactly one newline, not blank lines")
    try:
        data = json.loads(text, object_pairs_hook=reject_duplicate_keys)
    except ValueError as error:
        report.fail(path, f"not valid JSON: {error}")
        return None
    unsorted = unsorted_object(data)
    if unsorted:
        report.fail(path, f"keys are not sorted in the object at {unsorted}")
    return data


@functools.lru_cache(maxsize=None)
def input_shape(service: str, operation: str):
    model = botocore.session.get_session().get_service_model(service)
    return model.operation_model(operation).input_shape


def model_value_errors(value, shape, name: str):
    """Yield what botocore's validator lets through: values outside an enum, booleans as numbers."""
    if shape.type_name == "structure" and isinstance(value, dict):
        for key, member in value.items():
            if key in shape.members:
                yield from model_value_errors(member, shape.members[key], f"{name}.{key}" if name else key)
    elif shape.type_name == "list" and isinstance(value, list):
        for index, item in enumerate(value):
            yield from model_value_errors(item, shape.member, f"{name}[{index}]")
    elif shape.type_name == "map" and isinstance(value, dict):
        for key, item in value.items():
            yield from model_value_errors(item, shape.value, f"{name}.{key}")
    elif getattr(shape, "enum", None) and isinstance(value, str) and value not in shape.enum:
        yield f"Invalid value for parameter {name}, value: {value!r}, valid values: {', '.join(shape.enum)}"
    elif shape.type_name in NUMBER_SHAPES and isinstance(value, bool):
        yield f"Invalid type for parameter {name}, value: {value}, type: bool, valid types: number"


def check_api_input(path: Path, params, service: str, operation: str, report: Report, where: str = "") -> None:
    """Validate params as the input of one AWS API call."""
    shape = input_shape(service, operation)
    result = botocore.validate.ParamValidator().validate(params, shape)
    errors = result.generate_report().splitlines() if result.has_errors() else []
    if isinstance(params, dict):
        errors += model_value_errors(params, shape, "")
    for error in errors:
        report.fail(path, f"{where}{service} {operation}: {error}")


def fargate_size_error(task: dict) -> str | None:
    """Check the task-level cpu/memory strings against the Fargate size table."""
    cpu, memory = task.get("cpu"), task.get("memory")
    if not (isinstance(cpu, str) and cpu.isdigit() and isinstance(memory, str) and memory.isdigit()):
        return f"Fargate needs task-level cpu and memory as strings of digits, found cpu {cpu!r}, memory {memory!r}"
    allowed = FARGATE_MEMORY.get(int(cpu))
    if allowed is None:
        return f"cpu {cpu!r} is not a Fargate size ({', '.join(map(str, FARGATE_MEMORY))})"
    if int(memory) not in allowed:
        return f"memory {memory!r} is not allowed with cpu {cpu!r} on Fargate (allowed: {memory_choices(allowed)})"
    return None


def memory_choices(allowed) -> str:
    if isinstance(allowed, range):
        return f"{allowed.start} to {allowed[-1]} in steps of {allowed.step}"
    return ", ".join(map(str, allowed))


def check_task_definition(path: Path, report: Report) -> None:
    task = load_json(path, report)
    if task is None:
        return
    check_api_input(path, task, "ecs", "RegisterTaskDefinition", report)
    error = fargate_size_error(task) if isinstance(task, dict) else None
    if error:
        report.fail(path, error)


def check_ecs_service(path: Path, report: Report) -> None:
    service = load_json(path, report)
    if service is not None:
        check_api_input(path, service, "ecs", "CreateService", report)


def check_scaling(path: Path, report: Report) -> None:
    scaling = load_json(path, report)
    if scaling is None:
        return
    if not (isinstance(scaling, dict) and set(scaling) == {"scalableTarget", "scalingPolicies"}
            and isinstance(scaling["scalingPolicies"], list)):
        report.fail(path, 'must be an object with exactly "scalableTarget" and a list "scalingPolicies"')
        return
    target = scaling["scalableTarget"]
    check_api_input(path, target, "application-autoscaling", "RegisterScalableTarget", report, "scalableTarget: ")
    for index, policy in enumerate(scaling["scalingPolicies"]):
        where = f"scalingPolicies[{index}]: "
        check_api_input(path, policy, "application-autoscaling", "PutScalingPolicy", report, where)
        for key in ("ServiceNamespace", "ResourceId", "ScalableDimension"):
            if isinstance(target, dict) and isinstance(policy, dict) and policy.get(key) != target.get(key):
                report.fail(path, f"{where}{key} {policy.get(key)!r} differs from the scalable target's {target.get(key)!r}")


# ---------------------------------------------------------------- trees

CHECKS = {
    "kubernetes objects": check_kubernetes_object,
    "kustomizations": check_kustomization,
    "ecs task definitions": check_task_definition,
    "ecs services": check_ecs_service,
    "ecs scaling files": check_scaling,
}

ECS_FILES = {
    "task-definition.json": "ecs task definitions",
    "service.json": "ecs services",
    "scaling.json": "ecs scaling files",
}


def classify(relative: Path) -> str | None:
    """Name the kind of a file from its path inside a tree, or None to ignore it."""
    parts = relative.parts
    if len(parts) >= 3 and parts[1] == "kubernetes" and relative.suffix == ".yaml":
        return "kustomizations" if relative.name == "kustomization.yaml" else "kubernetes objects"
    if len(parts) == 4 and parts[1] == "ecs":
        return ECS_FILES.get(relative.name)
    return None


def check_kustomize_build(kubectl: str, folder: Path, report: Report) -> None:
    result = subprocess.run([kubectl, "kustomize", str(folder)], capture_output=True, text=True, timeout=600)
    report.kustomize_builds += 1
    if result.returncode != 0:
        report.fail(folder, f"kubectl kustomize failed: {result.stderr.strip()}")


def check_tree(tree: Path, kubectl: str | None, report: Report) -> None:
    for path in sorted(tree.rglob("*")):
        kind = classify(path.relative_to(tree)) if path.is_file() else None
        if kind:
            report.checked[kind] += 1
            CHECKS[kind](path, report)
    if kubectl:
        for folder in sorted(tree.glob("*/kubernetes")):
            if folder.is_dir():
                check_kustomize_build(kubectl, folder, report)


def default_trees(report: Report) -> list[Path]:
    trees = []
    for folder in (REPOSITORY / "Manifests", REPOSITORY / "Tests" / "Golden"):
        if not folder.is_dir():
            report.note(f"{display(folder)} does not exist, skipped")
        elif folder.name == "Golden":
            trees += sorted(child for child in folder.iterdir() if child.is_dir())
        else:
            trees.append(folder)
    return trees


def main(arguments: list[str]) -> int:
    report = Report()
    missing = [version for version in KUBERNETES_VERSIONS if version not in kubernetes_validate.all_versions()]
    if missing:
        print(f"conformance: kubernetes-validate has no schemas for Kubernetes {', '.join(missing)}")
        return 1
    trees = [Path(argument) for argument in arguments] or default_trees(report)
    kubectl = shutil.which("kubectl")
    if not kubectl:
        report.note("kubectl is not on PATH, kustomize builds skipped")
    for tree in trees:
        if tree.is_dir():
            check_tree(tree, kubectl, report)
        else:
            report.fail(tree, "no such directory")
    if not report.checked:
        print("conformance: no manifest files found")
        report.failures += 1
    print(report.summary())
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
