"""Read every YAML file in the given folders with the three YAML readers conformance.py uses.

Usage: fuzz-readback.py FOLDER...

Each file must read without error and to the same data under PyYAML (YAML 1.1), ruamel.yaml (YAML 1.2) and
go-yaml v2 (kubectl's reader, scripts/yaml11-decoder, named by CONFORMANCE_GO_YAML_DECODER as scripts/conformance
sets it). scripts/fuzz runs this over the outputs the fuzzer rendered. Exit status 1 on any difference.
"""

from __future__ import annotations

import sys
from pathlib import Path

import conformance


def main(folders: list[str]) -> int:
    report = conformance.Report()
    conformance.GO_YAML = conformance.GoYamlReader.from_environment(report)
    paths = sorted(path for folder in folders for path in Path(folder).rglob("*.yaml"))
    conformance.GO_YAML.read_all(paths, report)
    for path in paths:
        conformance.load_yaml(path, report)
    print(f"fuzz: {len(paths)} rendered YAML files read back by PyYAML, ruamel.yaml and "
          f"{'go-yaml v2' if not report.go_yaml_skipped else '(go-yaml v2 skipped)'}: {report.failures} differences")
    return 1 if report.failures or not paths else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
