"""The floor of any YAML tool: parse every file given with PyYAML's C safe loader, nothing else."""

import sys

import yaml

for path in sys.argv[1:]:
    with open(path, "rb") as handle:
        yaml.load(handle.read(), Loader=yaml.CSafeLoader)
