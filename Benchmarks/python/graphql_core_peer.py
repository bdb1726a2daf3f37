"""graphql-core (the Python port of graphql-js) on the engine workloads (b) to (d): the same SDL,
the same documents and the same values as `axisor-bench`, which passes them as JSON on standard
input; prints each workload's median seconds per run as JSON."""
import json
import statistics
import sys
import time

from graphql import build_schema, execute_sync, graphql_sync, parse, validate


def data():
    """The values of BenchData.swift, built the same way."""
    def payment(identifier, index):
        return {
            "id": identifier, "amount": 25_000 * (1 + index % 4), "currency": "sats",
            "status": "pending" if index % 3 == 0 else "completed", "createdAt": "2025-01-06T10:40:00Z",
            "invoice": {"paymentRequest": f"lnbc500u1p{index}qqqsyqcyq5rqwzqf", "expiresAt": "2025-01-06T11:40:00Z"},
        }

    def position(index):
        return {
            "id": f"pos_{index}", "side": "b" if index % 2 == 0 else "s", "quantity": 1_000 + index, "price": 43_000.5 + index,
            "margin": 100 * index + 7, "leverage": 10.0, "pnl": index * 1.5, "liquidation": 39_000.25, "takeProfit": 48_000.0,
            "stopLoss": 41_000.75, "isOpen": index % 5 != 0, "createdAt": "2025-01-06T09:00:00Z",
        }

    return {
        "me": {"id": "user_1", "email": "trader@example.com", "username": "trader123", "plan": "advanced",
               "planExpiresAt": "2025-12-31T23:59:59Z", "createdAt": "2024-01-01T00:00:00Z"},
        "positions": [position(index) for index in range(50)],
        "payments": [payment(f"pay_{index}", index) for index in range(20)],
        "users": [
            {"id": f"user_{user}", "email": f"u{user}@example.com", "plan": "advanced",
             "payments": [payment(f"user_{user}_pay_{index}", index) for index in range(10)]}
            for user in range(100)
        ],
    }


def median_seconds(runs, body):
    body()
    body()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        body()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main():
    workloads = json.load(sys.stdin)
    schema = build_schema(workloads["sdl"])
    root = data()

    def run(query):
        result = graphql_sync(schema, query, root_value=root)
        assert not result.errors, result.errors
        return json.dumps(result.formatted, separators=(",", ":"))

    def prepared(query):
        document = parse(query)
        assert not validate(schema, document)
        return document

    def execute(document):
        result = execute_sync(schema, document, root_value=root)
        assert not result.errors, result.errors
        return json.dumps(result.formatted, separators=(",", ":"))

    dashboard = [prepared(query) for query in workloads["dashboard"]]
    admin = prepared(workloads["admin"])
    print(json.dumps({
        "b": median_seconds(10, lambda: run(workloads["introspection"])),
        "c": median_seconds(20, lambda: [execute(document) for document in dashboard]),
        "d": median_seconds(8, lambda: execute(admin)),
    }))


if __name__ == "__main__":
    main()
