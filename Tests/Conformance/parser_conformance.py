#!/usr/bin/env python3
"""Compares our parser with graphql-core, the Python port of graphql-js, on a corpus.

Each corpus file holds several documents, each introduced by a line `#### <title>`. For every
document both parsers must agree:
  - both accept it, and our canonical print of it parses (in graphql-core) to the same AST; or
  - both reject it, with the syntax error at the same line and column.

Exit status 0 when every document agrees; the last line reads `N passed, N failed`.
"""
import argparse
import pathlib
import subprocess
import sys
import tempfile

from corpus import corpus, documents, report


# Comparing ASTs nested 200 deep recurses further than Python allows by default.
sys.setrecursionlimit(20_000)


def reference(text: str):
    """graphql-core's verdict: ("ok", ast) or ("error", (line, column), message)."""
    from graphql import GraphQLSyntaxError, parse
    try:
        return ("ok", parse(text, no_location=True, allow_empty_selection_sets=False))
    except GraphQLSyntaxError as error:
        location = error.locations[0]
        return ("error", (location.line, location.column), error.message)


def ours(axisor: str, text: str, workdir: pathlib.Path):
    """Our verdict through `axisor parse`: ("ok", printed) or ("error", (line, column), message)."""
    path = workdir / "document.graphql"
    path.write_bytes(text.encode("utf-8"))
    run = subprocess.run([axisor, "parse", str(path)], capture_output=True, timeout=30)
    if run.returncode == 0:
        return ("ok", run.stdout.decode("utf-8"))
    stderr = run.stderr.decode("utf-8").strip()
    prefix = str(path) + ":"
    if run.returncode != 1 or not stderr.startswith(prefix):
        return ("crash", (0, 0), f"exit {run.returncode}: {stderr}")
    line, column, message = stderr[len(prefix):].split(":", 2)
    return ("error", (int(line), int(column)), message.strip())


def compare(title: str, text: str, axisor: str, workdir: pathlib.Path):
    """None when both parsers agree, else a sentence saying how they differ."""
    from graphql import GraphQLSyntaxError, parse
    expected, actual = reference(text), ours(axisor, text, workdir)
    if expected[0] == "ok" and actual[0] == "ok":
        try:
            reparsed = parse(actual[1], no_location=True, allow_empty_selection_sets=False)
        except GraphQLSyntaxError as error:
            return f"our print does not parse in graphql-core: {error.message}\n{actual[1]}"
        if reparsed != expected[1]:
            return f"our print means something else to graphql-core:\n{actual[1]}"
        return None
    if expected[0] == "error" and actual[0] == "error":
        if expected[1] == actual[1]:
            return None
        return (f"error at {actual[1]} ({actual[2]}), graphql-core at {expected[1]} ({expected[2]})")
    if expected[0] == "ok":
        return f"we reject what graphql-core accepts: {actual[2]} at {actual[1]}"
    return f"we accept what graphql-core rejects at {expected[1]}: {expected[2]}"


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__)
    arguments.add_argument("--axisor", help="the axisor executable")
    arguments.add_argument("corpus", help="folder of *.graphql corpus files")
    arguments.add_argument("--write-seeds", metavar="DIR", help="write each document to DIR as a fuzzing seed, and stop")
    options = arguments.parse_args()

    if options.write_seeds:
        seeds = pathlib.Path(options.write_seeds)
        seeds.mkdir(parents=True, exist_ok=True)
        for path in sorted(pathlib.Path(options.corpus).glob("*.graphql")):
            for number, (_, text) in enumerate(documents(path)):
                (seeds / f"{path.stem}-{number:03}.graphql").write_bytes(text.encode("utf-8"))
        return 0

    passed, failed = 0, 0
    with tempfile.TemporaryDirectory() as workdir:
        for name, title, text in corpus(options.corpus):
            difference = compare(title, text, options.axisor, pathlib.Path(workdir))
            if difference is None:
                passed += 1
            else:
                failed += 1
                print(f"FAIL {name}: {title}: {difference}")
    return report("parser", passed, failed)


if __name__ == "__main__":
    sys.exit(main())
