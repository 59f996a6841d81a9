"""Strict JSON schemas for the custom resources stackgen renders (Schemas/crds/).

kubernetes-validate ships schemas for the built-in Kubernetes kinds only; for a custom resource it raises
SchemaNotFoundError (its command line only warns and passes). conformance.py validates every object whose
apiVersion and kind have a schema in Schemas/crds/ with that schema, and every other object with
kubernetes-validate, so a custom kind without a schema still fails.

Every *.schema.json file below Schemas/crds/ is registered under its file URI, so schemas refer to one another
by relative path (`../../kubernetes/meta-v1.schema.json#/$defs/...`), as editors and other validators resolve
them. A file whose top level fixes apiVersion and kind (`"const"`) is the schema of that resource; the others
only hold shared definitions.

check_examples() is the self-test that conformance.py runs: Schemas/crds/examples/*.yaml holds one valid
document per kind and, per document, misspelt field names and wrong enum values that the schema must reject at
the place named.
"""

from __future__ import annotations

import copy
import json
import subprocess
import tempfile
from pathlib import Path

import jsonschema
import referencing
import referencing.exceptions
import referencing.jsonschema
import yaml

SCHEMAS = Path("Schemas/crds")
EXAMPLES = SCHEMAS / "examples"


class CustomResourceSchemas:
    """The schemas of Schemas/crds/ in a repository, by (apiVersion, kind); files named relative to the repository."""

    def __init__(self, repository: Path) -> None:
        resources = []
        self.validators: dict[tuple[str, str], jsonschema.protocols.Validator] = {}
        self.files: dict[tuple[str, str], Path] = {}
        for found in sorted((repository / SCHEMAS).rglob("*.schema.json")):
            path = found.relative_to(repository)
            schema = json.loads(found.read_text(encoding="utf-8"))
            try:
                jsonschema.Draft202012Validator.check_schema(schema)
            except jsonschema.exceptions.SchemaError as error:
                raise ValueError(f"{path}: not a valid draft 2020-12 schema at "
                                 f"{path_text(error.absolute_path)}: {error.message}") from None
            schema = {**schema, "$id": found.resolve().as_uri()}
            resources.append((path, schema))
        registry = referencing.Registry().with_resources(
            (schema["$id"], referencing.Resource.from_contents(schema, referencing.jsonschema.DRAFT202012))
            for _, schema in resources)
        for path, schema in resources:
            check_references(schema, registry.resolver(schema["$id"]), path)
            key = self.resource_key(schema)
            if key is None:
                continue
            if key in self.validators:
                raise ValueError(f"{path}: a second schema for {key[0]} {key[1]} (first: {self.files[key]})")
            self.validators[key] = jsonschema.Draft202012Validator(schema, registry=registry)
            self.files[key] = path

    @staticmethod
    def resource_key(schema: dict) -> tuple[str, str] | None:
        properties = schema.get("properties", {})
        api_version = properties.get("apiVersion", {}).get("const")
        kind = properties.get("kind", {}).get("const")
        return (api_version, kind) if isinstance(api_version, str) and isinstance(kind, str) else None

    def covers(self, obj: dict) -> bool:
        return (obj.get("apiVersion"), obj.get("kind")) in self.validators

    def covered(self) -> str:
        """Name every covered resource, for messages."""
        return ", ".join(f"{api_version} {kind}" for api_version, kind in sorted(self.validators))

    def errors(self, obj: dict) -> list[str]:
        """Every place where obj breaks its schema, as `path: message` (for anyOf, the closest branch's error)."""
        validator = self.validators[(obj["apiVersion"], obj["kind"])]
        found = [jsonschema.exceptions.best_match([error]) for error in validator.iter_errors(obj)]
        return sorted(f"{path_text(error.absolute_path)}: {error.message}" for error in found)


def check_references(node, resolver, path: Path) -> None:
    """Resolve every $ref now, so that a broken reference is an error when loading, not while validating."""
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            try:
                resolver.lookup(node["$ref"])
            except referencing.exceptions.Unresolvable:
                raise ValueError(f"{path}: cannot resolve $ref {node['$ref']!r}") from None
        for child in node.values():
            check_references(child, resolver, path)
    elif isinstance(node, list):
        for child in node:
            check_references(child, resolver, path)


def path_text(parts) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


# ---------------------------------------------------------------- self-test


def set_at(document, path: list, value) -> None:
    for part in path[:-1]:
        document = document[part]
    document[path[-1]] = value


def rename_at(document, path: list, new_name: str) -> None:
    for part in path[:-1]:
        document = document[part]
    document[new_name] = document.pop(path[-1])


def valid_examples(repository: Path) -> list[dict]:
    examples = []
    for path in sorted((repository / EXAMPLES).glob("*.yaml")):
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(case, dict) and isinstance(case.get("valid"), dict):
            examples.append(case["valid"])
    return examples


def check_kustomize(kubectl: str, repository: Path, report) -> int:
    """Build the valid examples with `kubectl kustomize`; it must pass every custom resource through unchanged."""
    examples = valid_examples(repository)
    with tempfile.TemporaryDirectory(prefix="stackgen-crd-kustomize-") as folder:
        resources = []
        for index, example in enumerate(examples):
            name = f"{index}-{example['kind'].lower()}.yaml"
            Path(folder, name).write_text(yaml.safe_dump(example), encoding="utf-8")
            resources.append(name)
        kustomization = {"apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization",
                         "resources": resources}
        Path(folder, "kustomization.yaml").write_text(yaml.safe_dump(kustomization), encoding="utf-8")
        result = subprocess.run([kubectl, "kustomize", folder], capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        report.fail(repository / EXAMPLES, f"kubectl kustomize of the examples failed: {result.stderr.strip()}")
        return 0
    built = list(yaml.safe_load_all(result.stdout))
    for example in examples:
        if example not in built:
            report.fail(repository / EXAMPLES, f"kubectl kustomize changed or dropped the {example['kind']} example")
    return len(examples)


def check_examples(schemas: CustomResourceSchemas, repository: Path, report) -> int:
    """Run the example documents through the schemas; returns how many expectations were checked.

    Each example file holds `valid` (a document the schema must accept), `misspelt` (paths whose last field name,
    renamed to `as`, must be rejected as an unexpected property of the parent) and `wrongValues` (paths set to
    `value`, which must be rejected at that path, or at `rejectedAt` for a field that must not be there at all).
    """
    checked = 0
    examples = sorted((repository / EXAMPLES).glob("*.yaml"))
    kinds_with_examples = set()
    for path in examples:
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        valid = case.get("valid") if isinstance(case, dict) else None
        if not isinstance(valid, dict):
            report.fail(path, "an example file needs `valid:` with a Kubernetes object")
            continue
        if not schemas.covers(valid):
            report.fail(path, f"no schema in {SCHEMAS} for {valid.get('apiVersion')} {valid.get('kind')}")
            continue
        kinds_with_examples.add((valid["apiVersion"], valid["kind"]))
        checked += 1
        for error in schemas.errors(valid):
            report.fail(path, f"the valid example is rejected: {error}")
        for mistake in case.get("misspelt", []):
            checked += 1
            document = copy.deepcopy(valid)
            rename_at(document, mistake["path"], mistake["as"])
            parent = path_text(mistake["path"][:-1])
            wanted = f"{parent}: Additional properties are not allowed ('{mistake['as']}' was unexpected)"
            if wanted not in schemas.errors(document):
                report.fail(path, f"renaming {path_text(mistake['path'])} to {mistake['as']!r} is not rejected "
                                  f"at {parent} (errors: {schemas.errors(document) or 'none'})")
        for mistake in case.get("wrongValues", []):
            checked += 1
            document = copy.deepcopy(valid)
            set_at(document, mistake["path"], mistake["value"])
            where = path_text(mistake.get("rejectedAt", mistake["path"]))
            if not any(error.startswith(f"{where}: ") for error in schemas.errors(document)):
                report.fail(path, f"{path_text(mistake['path'])} = {mistake['value']!r} is not rejected at {where} "
                                  f"(errors: {schemas.errors(document) or 'none'})")
    for api_version, kind in sorted(set(schemas.validators) - kinds_with_examples):
        schema = schemas.files[(api_version, kind)]
        report.fail(repository / EXAMPLES, f"no example for {api_version} {kind} ({schema})")
    return checked
