"""Reading the conformance corpora: each file holds several documents, each introduced by a
line `#### <title>`."""
import pathlib

SEPARATOR = "#### "


def documents(path: pathlib.Path):
    """Yields (title, text) for each document of a corpus file."""
    title, lines = None, []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith(SEPARATOR):
            if title is not None:
                yield title, "\n".join(lines)
            title, lines = line[len(SEPARATOR):].strip(), []
        else:
            lines.append(line)
    if title is not None:
        yield title, "\n".join(lines)


def corpus(folder: str):
    """Yields (file name, title, text) for every document of every `*.graphql` corpus file of a
    folder."""
    for path in sorted(pathlib.Path(folder).glob("*.graphql")):
        for title, text in documents(path):
            yield path.name, title, text


def report(kind: str, passed: int, failed: int) -> int:
    """Prints the summary of a conformance run and returns its exit status."""
    print(f"{kind} conformance with graphql-core: {passed + failed} documents")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0
