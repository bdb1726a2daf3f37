#!/usr/bin/env python3
"""Compares our introspection with graphql-core's, on a schema and a corpus of queries.

Our answer to the standard introspection query (every option on) must be accepted by
graphql-core's `build_client_schema`; then every document of the corpus, executed by us and by
graphql-core against that client schema, must give the same JSON, key order included.

Exit status 0 when every document agrees; the last line reads `N passed, N failed`.
"""
import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

from corpus import corpus, report


def ours(axisor: str, schema_dir: str, text: str, workdir: pathlib.Path) -> dict:
    path = workdir / "query.graphql"
    path.write_text(text, encoding="utf-8")
    run = subprocess.run([axisor, "introspect", "--schema", schema_dir, str(path)], capture_output=True, timeout=30)
    return json.loads(run.stdout.decode("utf-8"))


def without_introspection_types(value):
    """The value with every `{"name": "__…"}` entry of a list removed, at any depth."""
    if isinstance(value, dict):
        return {key: without_introspection_types(item) for key, item in value.items()}
    if isinstance(value, list):
        return [without_introspection_types(item) for item in value
                if not (isinstance(item, dict) and str(item.get("name", "")).startswith("__"))]
    return value


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__)
    arguments.add_argument("--axisor", required=True, help="the axisor executable")
    arguments.add_argument("--schema", required=True, help="folder holding the schema's SDL files")
    arguments.add_argument("corpus", help="folder of introspection query corpus files")
    options = arguments.parse_args()

    from graphql import build_client_schema, get_introspection_query, graphql_sync

    passed, failed = 0, 0
    with tempfile.TemporaryDirectory() as workdir:
        workdir = pathlib.Path(workdir)
        standard = get_introspection_query(
            descriptions=True, specified_by_url=True, directive_is_repeatable=True, schema_description=True,
            input_value_deprecation=True, one_of=True,
        )
        answer = ours(options.axisor, options.schema, standard, workdir)
        if "errors" in answer:
            print(f"FAIL standard introspection query: {answer['errors']}")
            return 1
        client_schema = build_client_schema(answer["data"])
        documents = [("standard", "the standard introspection query", standard)] + list(corpus(options.corpus))
        for file, title, text in documents:
            expected = graphql_sync(client_schema, text)
            expected_json = {"data": without_introspection_types(expected.data)} if not expected.errors else {"errors": len(expected.errors)}
            actual = ours(options.axisor, options.schema, text, workdir)
            actual_json = {"data": without_introspection_types(actual["data"])} if "errors" not in actual else {"errors": len(actual["errors"])}
            if json.dumps(expected_json) == json.dumps(actual_json):
                passed += 1
            else:
                failed += 1
                print(f"FAIL {file}: {title}:\n  graphql-core: {json.dumps(expected_json)[:600]}\n  ours:         {json.dumps(actual_json)[:600]}")
    return report("introspection", passed, failed)


if __name__ == "__main__":
    sys.exit(main())
