"""Check rendered manifest trees with validators that stackgen did not write.

Usage: conformance.py [TREE...]

Without arguments the trees are Manifests/, every folder directly under
Tests/Golden/ and the example repository's Examples/gitops/Manifests/, relative to
the repository root. A tree holds one folder per
environment:

    <env>/kubernetes/kustomization.yaml, namespace.yaml, <service>/*.yaml
    <env>/ecs/stack.template.json
    <env>/ecs/<service>/task-definition.json, service.json, scalable-target.json,
        scaling-policy-<metric>.json

Checks:
  * Kubernetes object files pass kubernetes-validate's strict schemas for the
    oldest and newest Kubernetes versions the manifests claim to support.
    Custom resources (ExternalSecret, ServiceMonitor, ...) are not in those
    schemas: an object whose apiVersion and kind have a schema in
    Schemas/crds/ is validated against that strict schema instead (see
    crd_schemas.py), and any other kind kubernetes-validate does not know is
    a failure. A self-test first shows that every schema accepts its example
    in Schemas/crds/examples/ and rejects the misspelt fields and wrong
    values listed there, that a custom kind without a schema fails, and
    that `kubectl kustomize` passes the examples through unchanged.
  * ECS and Application Auto Scaling JSON files are valid input for their API
    calls according to botocore's service models (types, required and unknown
    fields, enum values), task definitions have a valid Fargate cpu/memory
    pair, a scaling policy names its scalable target, and every JSON file has
    sorted keys and ends with one newline.
  * Every CloudFormation template passes cfn-lint (pinned in
    conformance-requirements.txt): no error, and no warning unless
    cfn_templates.IGNORED gives the reason (see cfn_templates.py).
  * Every YAML file reads to the same data under YAML 1.1 (PyYAML),
    YAML 1.2 (ruamel.yaml) and go-yaml v2 (gopkg.in/yaml.v2, the reader that
    kubectl uses through sigs.k8s.io/yaml), so no reader sees `on` or `y` as
    a bool or `0755` as a different number than another reader does: same
    values, same types (string, bool, int, float, null) and same map keys.
    The go-yaml v2 reader is scripts/yaml11-decoder, which scripts/conformance
    builds and names in CONFORMANCE_GO_YAML_DECODER; when it cannot be built
    the reader is skipped with a note, or is a failure when
    STACKGEN_REQUIRE_GO_YAML=1.
  * `kubectl kustomize` builds every environment's kubernetes folder, when
    kubectl is installed.

Files with other names are ignored. Every failure is printed with its file,
and the exit status is 1 if there was any failure or no file was found.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import cfn_templates
import crd_schemas
import string_corpus
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

# Most differences listed for one file and one pair of readers.
MOST_YAML_DIFFERENCES = 10

# Bytes of paths given to one run of the go-yaml v2 decoder, well below the
# command line limit; larger trees take more than one run.
DECODER_ARGUMENT_BYTES = 1_000_000

# kubernetes-validate lists its schema folders and reads its schema files
# again for every object; doing each once keeps large trees fast.
kubernetes_validate.all_versions = functools.lru_cache(maxsize=None)(kubernetes_validate.all_versions)
kubernetes_validate.schema_contents = functools.lru_cache(maxsize=None)(kubernetes_validate.schema_contents)


class Report:
    """Counts what was checked and prints each failure as it is found."""

    def __init__(self) -> None:
        self.checked: Counter[str] = Counter()
        self.kustomize_builds = 0
        self.custom_resources = 0
        self.go_yaml_reads = 0
        self.go_yaml_skipped = False
        self.failures = 0

    def fail(self, path: Path, message: str) -> None:
        print(f"FAIL {display(path)}: {message}", flush=True)
        self.failures += 1

    def note(self, message: str) -> None:
        print(f"conformance: note: {message}", flush=True)

    def summary(self) -> str:
        kinds = ", ".join(f"{self.checked[kind]} {kind}" for kind in CHECKS)
        go_yaml = "go-yaml v2 reader skipped" if self.go_yaml_skipped else f"{self.go_yaml_reads} go-yaml v2 reads"
        return (
            f"conformance: checked {kinds} ({self.custom_resources} custom resources against Schemas/crds); "
            f"{self.kustomize_builds} kustomize builds; {go_yaml}\n"
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


class UnorderedMapping(list):
    """A mapping as go-yaml v2 read it: (key, value) pairs in no particular order, as Go maps have none."""


class GoValue:
    """A value of a Go type that no other reader produces; equal to nothing."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


def from_decoder(node):
    """Turn the decoder's tagged JSON ({"t": type, "v": value}) back into Python values."""
    kind, value = node["t"], node.get("v")
    if kind == "null":
        return None
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)  # also reads Go's "+Inf", "-Inf" and "NaN"
    if kind == "seq":
        return [from_decoder(item) for item in value]
    if kind == "map":
        return UnorderedMapping((from_decoder(key), from_decoder(item)) for key, item in value)
    if kind in ("bool", "str"):
        return value
    return GoValue(f"Go {value}")


def same_scalar(one, two) -> bool:
    if type(one) is not type(two):
        return False
    if isinstance(one, float) and math.isnan(one) and math.isnan(two):
        return True
    return one == two


def typed_key(key):
    """A dictionary key that keeps True, 1 and 1.0 apart, as YAML readers do."""
    return (type(key).__name__, "nan" if isinstance(key, float) and math.isnan(key) else key)


def mapping_items(value):
    return list(value) if isinstance(value, UnorderedMapping) else list(value.items())


def yaml_differences(one, two, names=("YAML 1.1", "YAML 1.2"), path=()):
    """Describe every value that two readers (named by names) read differently."""
    first, second = names
    if isinstance(one, (dict, UnorderedMapping)) and isinstance(two, (dict, UnorderedMapping)):
        one_items, two_items = mapping_items(one), mapping_items(two)
        two_by_key = {typed_key(key): (key, value) for key, value in two_items}
        one_keys = {typed_key(key) for key, _ in one_items}
        only_one = [key for key, _ in one_items if typed_key(key) not in two_by_key]
        only_two = [key for key, _ in two_items if typed_key(key) not in one_keys]
        if len(only_one) == 1 and len(only_two) == 1:
            yield f"{format_path(path)}: a key is {describe(only_one[0])} under {first} but {describe(only_two[0])} under {second}"
        elif only_one or only_two:
            yield (f"{format_path(path)}: keys only under {first}: {', '.join(map(describe, only_one)) or 'none'}; "
                   f"keys only under {second}: {', '.join(map(describe, only_two)) or 'none'}")
        elif len(one_items) != len(two_items):
            yield f"{format_path(path)}: {first} reads {len(one_items)} entries, {second} reads {len(two_items)}"
        for key, value in one_items:
            if typed_key(key) in two_by_key:
                yield from yaml_differences(value, two_by_key[typed_key(key)][1], names, path + (key,))
    elif type(one) is list and type(two) is list:
        if len(one) != len(two):
            yield f"{format_path(path)}: {first} reads {len(one)} entries, {second} reads {len(two)}"
        for index, (one_item, two_item) in enumerate(zip(one, two)):
            yield from yaml_differences(one_item, two_item, names, path + (index,))
    elif isinstance(one, (dict, list, UnorderedMapping)) or isinstance(two, (dict, list, UnorderedMapping)) \
            or not same_scalar(one, two):
        yield f"{format_path(path)}: {first} reads {describe_read(one)}, {second} reads {describe_read(two)}"


def describe_read(value) -> str:
    if isinstance(value, (dict, UnorderedMapping)):
        return "a mapping"
    return "a sequence" if isinstance(value, list) else describe(value)


def report_yaml_differences(path: Path, report: Report, differences, lead: str) -> None:
    differences = list(differences)
    for difference in differences[:MOST_YAML_DIFFERENCES]:
        report.fail(path, f"{lead} at {difference}")
    if len(differences) > MOST_YAML_DIFFERENCES:
        report.fail(path, f"{lead} at {len(differences) - MOST_YAML_DIFFERENCES} more places")


class GoYamlReader:
    """Reads YAML files with go-yaml v2 (scripts/yaml11-decoder), all files of a run at once."""

    def __init__(self, decoder: str | None) -> None:
        self.decoder = decoder
        self.documents: dict[str, dict] = {}

    @classmethod
    def from_environment(cls, report: Report) -> GoYamlReader:
        decoder = os.environ.get("CONFORMANCE_GO_YAML_DECODER")
        if decoder and os.access(decoder, os.X_OK):
            return cls(decoder)
        reason = os.environ.get("CONFORMANCE_GO_YAML_UNAVAILABLE") or (
            f"no decoder at {decoder}" if decoder else "scripts/conformance builds it; run through that script")
        report.go_yaml_skipped = True
        if os.environ.get("STACKGEN_REQUIRE_GO_YAML") == "1":
            report.fail(REPOSITORY / "scripts" / "yaml11-decoder",
                        f"the go-yaml v2 reader is required (STACKGEN_REQUIRE_GO_YAML=1) but unavailable: {reason}")
        else:
            report.note(f"go-yaml v2 reader skipped: {reason} (STACKGEN_REQUIRE_GO_YAML=1 makes this a failure)")
        return cls(None)

    def read_all(self, paths: list[Path], report: Report) -> None:
        """Decode every file with as few runs of the decoder as the command line allows."""
        if not self.decoder:
            return
        batch: list[str] = []
        size = 0
        for name in map(str, paths):
            if batch and size + len(os.fsencode(name)) + 1 > DECODER_ARGUMENT_BYTES:
                self.run(batch, report)
                batch, size = [], 0
            batch.append(name)
            size += len(os.fsencode(name)) + 1
        if batch:
            self.run(batch, report)

    def run(self, names: list[str], report: Report) -> None:
        result = subprocess.run([self.decoder, *names], capture_output=True, text=True, timeout=600)
        try:
            if result.returncode != 0:
                raise ValueError(f"exit status {result.returncode}: {result.stderr.strip()}")
            self.documents.update(json.loads(result.stdout))
        except ValueError as error:
            report.fail(Path(self.decoder), f"the go-yaml v2 decoder failed on {len(names)} files: {error}")

    def compare(self, path: Path, reference, report: Report) -> None:
        """Check that go-yaml v2 read the file to the same data as PyYAML (reference)."""
        read = self.documents.get(str(path))
        if read is None:
            return
        report.go_yaml_reads += 1
        if "error" in read:
            report.fail(path, f"go-yaml v2 (kubectl) cannot read it: {read['error']}")
            return
        names = ("PyYAML", "go-yaml v2")
        differences = yaml_differences(reference, from_decoder(read["document"]), names)
        report_yaml_differences(path, report, differences, "PyYAML (YAML 1.1) and go-yaml v2 (kubectl) disagree")


GO_YAML = GoYamlReader(None)  # replaced in main()


def load_yaml(path: Path, report: Report):
    """Load a YAML file with every reader; return the YAML 1.1 data, or None on failure."""
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
    report_yaml_differences(path, report, yaml_differences(old, new), "YAML 1.1 and 1.2 disagree")
    GO_YAML.compare(path, old, report)
    return old


def check_kustomization(path: Path, report: Report) -> None:
    data = load_yaml(path, report)
    if data is not None and (not isinstance(data, dict) or data.get("kind") != "Kustomization"):
        report.fail(path, "not a kustomization (kind must be Kustomization)")


# ---------------------------------------------------------------- Kubernetes


UNKNOWN_KIND = "no schema for kind"


def kubernetes_schema_error(obj: dict, version: str) -> str | None:
    """Validate one object against one Kubernetes version's strict schema."""
    try:
        kubernetes_validate.validate(obj, version, strict=True)
    except kubernetes_validate.ValidationError as error:
        return f"{format_path(error.path)}: {error.message}"
    except kubernetes_validate.SchemaNotFoundError as error:
        return f"{UNKNOWN_KIND} {error.kind} with apiVersion {error.api_version}"
    except kubernetes_validate.InvalidSchemaError as error:
        return error.message
    return None


CRD_SCHEMAS: crd_schemas.CustomResourceSchemas | None = None  # loaded in main()


def kubernetes_object_errors(obj: dict, report: Report) -> list[str]:
    """Check one object: custom resources against Schemas/crds/, every other kind with kubernetes-validate."""
    if CRD_SCHEMAS.covers(obj):
        report.custom_resources += 1
        schema = CRD_SCHEMAS.files[(obj["apiVersion"], obj["kind"])]
        return [f"schema {schema}: {error}" for error in CRD_SCHEMAS.errors(obj)]
    versions_by_error: dict[str, list[str]] = {}
    for version in KUBERNETES_VERSIONS:
        error = kubernetes_schema_error(obj, version)
        if error:
            versions_by_error.setdefault(error, []).append(version)
    errors = []
    for error, versions in versions_by_error.items():
        if error.startswith(UNKNOWN_KIND):
            error += (f"; {crd_schemas.SCHEMAS} has none either: add a strict schema there for a custom resource "
                      f"(covered: {CRD_SCHEMAS.covered()})")
        errors.append(f"kubernetes-validate --strict for Kubernetes {', '.join(versions)}: {error}")
    return errors


def check_kubernetes_object(path: Path, report: Report) -> None:
    obj = load_yaml(path, report)
    if obj is None:
        return
    if not (isinstance(obj, dict) and isinstance(obj.get("apiVersion"), str) and isinstance(obj.get("kind"), str)):
        report.fail(path, "not a Kubernetes object (needs apiVersion and kind)")
        return
    for error in kubernetes_object_errors(obj, report):
        report.fail(path, error)


# Custom kinds that Schemas/crds/ does not cover, which must fail: another custom resource, and an
# apiVersion the schemas are not written for.
UNCOVERED_CUSTOM_RESOURCES = (
    {"apiVersion": "monitoring.coreos.com/v1", "kind": "PrometheusRule", "metadata": {"name": "api"}, "spec": {}},
    {"apiVersion": "external-secrets.io/v1beta1", "kind": "ExternalSecret", "metadata": {"name": "api"}, "spec": {}},
)


def check_custom_resource_schemas(kubectl: str | None, report: Report) -> int:
    """The self-test of the custom resource schemas; returns how many expectations were checked."""
    checked = crd_schemas.check_examples(CRD_SCHEMAS, REPOSITORY, report)
    if kubectl:
        checked += crd_schemas.check_kustomize(kubectl, REPOSITORY, report)
    for obj in UNCOVERED_CUSTOM_RESOURCES:
        checked += 1
        if not kubernetes_object_errors(obj, Report()):
            report.fail(REPOSITORY / crd_schemas.SCHEMAS,
                        f"{obj['apiVersion']} {obj['kind']} has no schema but passes the Kubernetes object check")
    return checked


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


def api_input_check(service: str, operation: str):
    """A check that reads a JSON file and validates it as the input of one AWS API call."""

    def check(path: Path, report: Report) -> None:
        params = load_json(path, report)
        if params is not None:
            check_api_input(path, params, service, operation, report)

    return check


def check_scalable_target(path: Path, report: Report) -> None:
    target = load_json(path, report)
    if target is not None:
        check_api_input(path, target, "application-autoscaling", "RegisterScalableTarget", report)


def check_scaling_policy(path: Path, report: Report) -> None:
    policy = load_json(path, report)
    if policy is None:
        return
    check_api_input(path, policy, "application-autoscaling", "PutScalingPolicy", report)
    target_path = path.parent / "scalable-target.json"
    if not target_path.is_file():
        report.fail(path, "a scaling policy without scalable-target.json beside it")
        return
    target = json.loads(target_path.read_text(encoding="utf-8"))
    for key in ("ServiceNamespace", "ResourceId", "ScalableDimension"):
        if isinstance(target, dict) and isinstance(policy, dict) and policy.get(key) != target.get(key):
            report.fail(path, f"{key} {policy.get(key)!r} differs from the scalable target's {target.get(key)!r}")


def check_template(path: Path, report: Report) -> None:
    """JSON form only here; cfn-lint runs once over every template after the trees (see main)."""
    if load_json(path, report) is not None:
        TEMPLATES.append(path)


# ---------------------------------------------------------------- trees

CHECKS = {
    "kubernetes objects": check_kubernetes_object,
    "kustomizations": check_kustomization,
    "ecs task definitions": check_task_definition,
    "ecs services": check_ecs_service,
    "ecs schedules": api_input_check("scheduler", "CreateSchedule"),
    "ecs run-task inputs": api_input_check("ecs", "RunTask"),
    "ecs scalable targets": check_scalable_target,
    "ecs scaling policies": check_scaling_policy,
    "cloudformation templates": check_template,
}

TEMPLATES: list[Path] = []

ECS_FILES = {
    "task-definition.json": "ecs task definitions",
    "service.json": "ecs services",
    "schedule.json": "ecs schedules",
    "run-task.json": "ecs run-task inputs",
    "scalable-target.json": "ecs scalable targets",
}


def classify(relative: Path) -> str | None:
    """Name the kind of a file from its path inside a tree, or None to ignore it."""
    parts = relative.parts
    if len(parts) >= 3 and parts[1] == "kubernetes" and relative.suffix == ".yaml":
        return "kustomizations" if relative.name == "kustomization.yaml" else "kubernetes objects"
    if cfn_templates.is_template(relative):
        return "cloudformation templates"
    if len(parts) == 4 and parts[1] == "ecs":
        if relative.name.startswith("scaling-policy-") and relative.suffix == ".json":
            return "ecs scaling policies"
        return ECS_FILES.get(relative.name)
    return None


def check_kustomize_build(kubectl: str, folder: Path, report: Report) -> None:
    result = subprocess.run([kubectl, "kustomize", str(folder)], capture_output=True, text=True, timeout=600)
    report.kustomize_builds += 1
    if result.returncode != 0:
        report.fail(folder, f"kubectl kustomize failed: {result.stderr.strip()}")


def tree_files(tree: Path) -> list[tuple[Path, str]]:
    """List the files of a tree that are checked, with their kinds."""
    files = []
    for path in sorted(tree.rglob("*")):
        kind = classify(path.relative_to(tree)) if path.is_file() else None
        if kind:
            files.append((path, kind))
    return files


def check_tree(tree: Path, files: list[tuple[Path, str]], kubectl: str | None, report: Report) -> None:
    for path, kind in files:
        report.checked[kind] += 1
        CHECKS[kind](path, report)
    if kubectl:
        for folder in sorted(tree.glob("*/kubernetes")):
            if folder.is_dir():
                check_kustomize_build(kubectl, folder, report)


def default_trees(report: Report) -> list[Path]:
    trees = []
    for folder in (REPOSITORY / "Manifests", REPOSITORY / "Tests" / "Golden", REPOSITORY / "Examples" / "gitops" / "Manifests"):
        if not folder.is_dir():
            report.note(f"{display(folder)} does not exist, skipped")
        elif folder.name == "Golden":
            trees += sorted(child for child in folder.iterdir() if child.is_dir())
        else:
            trees.append(folder)
    return trees


def main(arguments: list[str]) -> int:
    global GO_YAML, CRD_SCHEMAS
    report = Report()
    missing = [version for version in KUBERNETES_VERSIONS if version not in kubernetes_validate.all_versions()]
    if missing:
        print(f"conformance: kubernetes-validate has no schemas for Kubernetes {', '.join(missing)}")
        return 1
    try:
        CRD_SCHEMAS = crd_schemas.CustomResourceSchemas(REPOSITORY)
    except (OSError, ValueError) as error:
        print(f"conformance: cannot load the custom resource schemas in {crd_schemas.SCHEMAS}: {error}")
        return 1
    kubectl = shutil.which("kubectl")
    if not kubectl:
        report.note("kubectl is not on PATH, kustomize builds skipped")
    compared = check_custom_resource_schemas(kubectl, report)
    print(f"conformance: {compared} custom resource schema expectations held "
          f"({CRD_SCHEMAS.covered()})" if not report.failures else
          f"conformance: the custom resource schema self-test failed ({report.failures} failures)")
    trees = [Path(argument) for argument in arguments] or default_trees(report)
    GO_YAML = GoYamlReader.from_environment(report)
    files = {tree: tree_files(tree) for tree in trees if tree.is_dir()}
    GO_YAML.read_all([path for listed in files.values() for path, _ in listed if path.suffix == ".yaml"], report)
    for tree in trees:
        if tree in files:
            check_tree(tree, files[tree], kubectl, report)
        else:
            report.fail(tree, "no such directory")
    failures, version = cfn_templates.lint(TEMPLATES)
    for path, message in failures:
        report.fail(path, message)
    print(f"conformance: {version} over {len(TEMPLATES)} CloudFormation templates: {len(failures)} findings")
    if not arguments:
        compared = string_corpus.check(REPOSITORY, load_yaml, load_json, report)
        print(f"conformance: {compared} hostile-corpus strings read back exactly as rendered from")
    if not report.checked:
        print("conformance: no manifest files found")
        report.failures += 1
    print(report.summary())
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
