#!/usr/bin/env python3
"""Compares our validation with graphql-core's on a corpus, against one schema.

The SDL files of `schema/` in the corpus folder are the schema; every `*.graphql` file of the
folder itself holds documents, each introduced by a line `#### <title>`. For each, both implementations must give
the same verdict: valid, or invalid (with at least one error).

Exit status 0 when every document agrees; the last line reads `N passed, N failed`.
"""
import argparse
import pathlib
import subprocess
import sys
import tempfile

from corpus import corpus, report


def reference(schema, text: str) -> list[str]:
    """graphql-core's validation errors."""
    from graphql import parse, validate
    return [error.message for error in validate(schema, parse(text))]


def ours(axisor: str, schema_dir: str, text: str, workdir: pathlib.Path) -> list[str]:
    """Our validation errors, through `axisor validate`."""
    path = workdir / "document.graphql"
    path.write_bytes(text.encode("utf-8"))
    run = subprocess.run([axisor, "validate", "--schema", schema_dir, str(path)], capture_output=True, timeout=30)
    if run.returncode == 0:
        return []
    lines = run.stderr.decode("utf-8").strip().splitlines()
    if run.returncode != 1 or not lines:
        raise RuntimeError(f"axisor validate failed with exit {run.returncode}: {run.stderr!r}")
    return lines


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__)
    arguments.add_argument("--axisor", required=True, help="the axisor executable")
    arguments.add_argument("corpus", help="folder holding the corpus files and the schema in schema/")
    options = arguments.parse_args()

    from graphql import build_schema
    schema_dir = str(pathlib.Path(options.corpus, "schema"))
    sdl = "\n".join(path.read_text(encoding="utf-8") for path in sorted(pathlib.Path(schema_dir).glob("*.graphql")))
    schema = build_schema(sdl)

    passed, failed = 0, 0
    with tempfile.TemporaryDirectory() as workdir:
        for file, title, text in corpus(options.corpus):
            expected = reference(schema, text)
            try:
                actual = ours(options.axisor, schema_dir, text, pathlib.Path(workdir))
            except RuntimeError as error:
                failed += 1
                print(f"FAIL {file}: {title}: {error}")
                continue
            if bool(expected) == bool(actual):
                passed += 1
            else:
                failed += 1
                verdict = "rejects" if actual else "accepts"
                print(f"FAIL {file}: {title}: we {verdict}; graphql-core says {expected[:3] or 'valid'}; we say {actual[:3] or 'valid'}")
    return report("validation", passed, failed)


if __name__ == "__main__":
    sys.exit(main())
