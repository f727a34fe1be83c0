#!/usr/bin/env python3
"""Validate newswatch alert JSON lines against the JSON Schemas in schemas/.

Usage: scripts/validate_alerts.py [FILE ...]    (no FILE, or "-": standard input)

Each non-blank line must be one alert object; its "schema" field picks the schema
(newswatch.operation.v1 -> schemas/operation.v1.json, newswatch.schedule.v1 ->
schemas/schedule.v1.json). Validation uses the `jsonschema` package (draft 2020-12,
with format checks). Prints one line per failure ("FILE:LINE: id: path: message"),
then a summary on stderr. Exit status: 0 when every alert is valid, 1 when any alert
is invalid, 2 on usage errors (missing jsonschema, unreadable file) or when no alert
was read at all (so an empty pipe can't pass silently).
"""

import json
import os
import sys

try:
    import jsonschema
except ImportError:
    print("validate_alerts: the python package 'jsonschema' is missing; run: python3 -m pip install jsonschema",
          file=sys.stderr)
    sys.exit(2)

SCHEMA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "schemas")
SCHEMA_FILES = {
    "newswatch.operation.v1": "operation.v1.json",
    "newswatch.schedule.v1": "schedule.v1.json",
}


def load_validators():
    validators = {}
    for name, file_name in SCHEMA_FILES.items():
        with open(os.path.join(SCHEMA_DIR, file_name), encoding="utf-8") as handle:
            schema = json.load(handle)
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        validators[name] = cls(schema, format_checker=cls.FORMAT_CHECKER)
    return validators


def check_stream(label, stream, validators):
    checked = failed = 0
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        checked += 1
        where = f"{label}:{number}"
        try:
            alert = json.loads(line)
        except json.JSONDecodeError as error:
            print(f"{where}: not JSON: {error}")
            failed += 1
            continue
        if not isinstance(alert, dict):
            print(f"{where}: not a JSON object")
            failed += 1
            continue
        name = alert.get("schema")
        validator = validators.get(name)
        if validator is None:
            print(f"{where}: unknown schema {name!r} (expected one of {', '.join(sorted(validators))})")
            failed += 1
            continue
        errors = sorted(validator.iter_errors(alert), key=lambda e: list(e.absolute_path))
        if errors:
            failed += 1
            for error in errors:
                path = "/" + "/".join(str(part) for part in error.absolute_path)
                print(f"{where}: {alert.get('id', '?')}: {path}: {error.message}")
    return checked, failed


def main(argv):
    validators = load_validators()
    paths = argv[1:] or ["-"]
    checked = failed = 0
    for path in paths:
        if path == "-":
            counts = check_stream("<stdin>", sys.stdin, validators)
        else:
            try:
                with open(path, encoding="utf-8") as handle:
                    counts = check_stream(path, handle, validators)
            except OSError as error:
                print(f"validate_alerts: {error}", file=sys.stderr)
                return 2
        checked += counts[0]
        failed += counts[1]
    print(f"validate_alerts: {checked} alerts checked, {failed} invalid", file=sys.stderr)
    if checked == 0:
        return 2
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
