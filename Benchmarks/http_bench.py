"""The gateway over HTTP on loopback with wrk, beside its limits, from one run (`make bench`):

(f0) a raw Hummingbird route answering fixed bytes: the transport's limit;
(f1) a hand-written route calling the same domain service as GET /api/user/profile and writing
     the same JSON (axisor-http-limit, on the same database);
(f1o) the same hand-written route behind the gateway's observation middleware (request id, one
     JSON log line, metrics), which every gateway route runs behind;
(g)  GET /api/user/profile through the REST adapter (axisor serve);
(h)  the same query through /graphql as a persisted document (APQ hash only);
(i)  a /graphql batch of five operations.

Rate limits are off by configuration. Both servers are started afresh for each of several
sessions (a process keeps a speed of its own for its life, up to 10% off another started the
same way). In a session, after a warm-up round (not counted), the workloads take turns, round
after round, in the opposite order every other round (so that neither side of a ratio always
runs first after the other server), so that a noisy moment on this shared machine falls on all
of them; each figure is the median over all rounds, and each ratio the median of the rounds'
ratios. Prints requests/s and p50/p99 latency per workload, the
ratios g/f1, h/f1 and f1/f0 (and g and h over f1o: what the adapter and the engine cost beside
the same route with the same middleware), and the server's peak resident memory during (g) to (i).

Then, on a machine of two cores or more, (f1), (f1o), (g) and (h) again with both servers on one
core and wrk on another: no server then waits for a core, so the ratios are of CPU cost alone,
and they move about 2 points from run to run instead of 5 to 10."""
import argparse
import hashlib
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

SECRET = "a-benchmark-secret-of-at-least-32-bytes"
PROFILE_QUERY = ("query Profile { user: me { id email username firstName lastName plan planExpiresAt createdAt lastLoginAt "
                 "preferences { notifications theme language timezone } stats { totalTrades totalVolume winRate profitLoss } } }")
BATCH = [
    {"query": PROFILE_QUERY},
    {"query": "query Accounts { me { exchangeAccounts { id name isActive } accountLimits { maxAccounts currentAccounts } } }"},
    {"query": "query Payments { payments(limit: 20) { payments { id amount status } pagination { total } } }"},
    {"query": "query Version { version serverTime }"},
    {"query": "query Plan { me { plan planExpiresAt preferences { theme } } }"},
]


def request(url, body=None, token=None, method=None):
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = json.dumps(body).encode() if body is not None else None
    with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers, method=method)) as response:
        return response.read()


def wait_until_up(url, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except Exception:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not come up")


def on_cpu(cpu):
    """For `preexec_fn`: the child and every thread it starts run on `cpu` alone (None: anywhere)."""
    return None if cpu is None else (lambda: os.sched_setaffinity(0, {cpu}))


def wrk(url, token, duration, connections, lua=None, cpu=None):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "-H", f"Authorization: Bearer {token}"]
    if lua:
        command += ["-s", lua]
    output = subprocess.run(command + [url], capture_output=True, text=True, check=True, preexec_fn=on_cpu(cpu)).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    def latency(percentile):
        value, unit = re.search(rf"\s{percentile}%\s+([\d.]+)(us|ms|s)", output).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        raise SystemExit(f"{url}: {errors.group(1)} answers were not 2xx\n{output}")
    return rate, latency(50), latency(99)


def post_script(folder, name, body):
    path = os.path.join(folder, name + ".lua")
    with open(path, "w") as script:
        script.write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n')
        script.write("wrk.body = " + json.dumps(json.dumps(body)) + "\n")
    return path


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def refuse_busy_ports(*ports):
    """Another server left on a port would answer in place of the one just started."""
    for port in ports:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                raise SystemExit(f"port {port} is already in use: stop whatever listens there first")


def run_session(options, folder, database, token, pinned=False):
    """Starts both servers afresh (the first time on a new database, registering the user) and
    runs `options.rounds` rounds of every workload; returns the token, the rounds and the
    gateway's peak resident memory. A server process keeps for its life a speed of its own, up
    to 10% off another started the same way (see BENCHMARKS.md): several processes make one
    figure."""
    refuse_busy_ports(18080, 18081)
    environment = dict(os.environ, DATABASE_URL="sqlite:" + database, AXISOR_SERVER_PORT="18080", AXISOR_RATE_LIMIT_ENABLED="false",
                       AXISOR_AUTH_JWT_SECRET=SECRET, AXISOR_LOG_FORMAT="json")
    # Pinned: both servers on one core, wrk on another, so that a ratio is one of CPU cost alone
    # (the servers never wait on wrk for a core).
    cores = sorted(os.sched_getaffinity(0))
    server_cpu, client_cpu = (cores[1], cores[0]) if pinned else (None, None)
    server = subprocess.Popen([options.axisor, "serve"], env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              preexec_fn=on_cpu(server_cpu))
    limit = None
    try:
        base = "http://127.0.0.1:18080"
        wait_until_up(base + "/health")
        if token is None:
            request(base + "/api/auth/register", {"email": "bench@example.com", "username": "bench", "password": "Correct-horse-9"})
            token = json.loads(request(base + "/api/auth/login", {"email": "bench@example.com", "password": "Correct-horse-9"}))["accessToken"]
        limit = subprocess.Popen([options.limit, "18081", database, SECRET], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 preexec_fn=on_cpu(server_cpu))
        limit_base = "http://127.0.0.1:18081"
        wait_until_up(limit_base + "/f0")
        adapter = request(base + "/api/user/profile", token=token)
        for path in ("/api/user/profile", "/observed/api/user/profile"):
            handwritten = request(limit_base + path, token=token)
            if adapter != handwritten:
                raise SystemExit(f"{path} and g answer differently:\n{handwritten}\n{adapter}")
        # Register the persisted document with this process; (h) then sends only its hash.
        digest = hashlib.sha256(PROFILE_QUERY.encode()).hexdigest()
        persisted = {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": digest}}}
        request(base + "/graphql", dict(persisted, query=PROFILE_QUERY), token=token)
        answer = json.loads(request(base + "/graphql", persisted, token=token))
        assert "errors" not in answer, answer
        batch = json.loads(request(base + "/graphql", BATCH, token=token))
        assert all("errors" not in item for item in batch), batch

        workloads = {
            "f0": (limit_base + "/f0", None),
            "f1": (limit_base + "/api/user/profile", None),
            "f1o": (limit_base + "/observed/api/user/profile", None),
            "g": (base + "/api/user/profile", None),
            "h": (base + "/graphql", post_script(folder, "h", persisted)),
            "i": (base + "/graphql", post_script(folder, "i", BATCH)),
        }
        if pinned:
            workloads = {key: workloads[key] for key in ("f1", "f1o", "g", "h")}
        for url, lua in workloads.values():
            wrk(url, token, 1, options.connections, lua, client_cpu)
        rounds = []
        order = list(workloads.items())
        for number in range(options.rounds):
            turns = order if number % 2 == 0 else list(reversed(order))
            rounds.append({key: wrk(url, token, options.duration, options.connections, lua, client_cpu) for key, (url, lua) in turns})
        return token, rounds, peak_rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait()
        if limit:
            limit.terminate()
            limit.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--axisor", required=True)
    parser.add_argument("--limit", required=True)
    parser.add_argument("--duration", type=int, default=2, help="seconds per workload per round")
    # Six pairs of server processes of two rounds each rather than three of four: the spread
    # between runs comes mostly from each process's own speed, so more processes, not more
    # rounds of the same ones, steady the medians.
    parser.add_argument("--sessions", type=int, default=6, help="times both servers are started afresh")
    parser.add_argument("--rounds", type=int, default=2, help="rounds per session")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--pinned-sessions", type=int, default=6,
                        help="sessions with the servers on one core and wrk on another (0: none)")
    parser.add_argument("--results", help="where to write the figures as JSON, for summary.py")
    options = parser.parse_args()
    rounds = []
    pinned_rounds = []
    memory = 0.0
    with tempfile.TemporaryDirectory() as folder:
        database = os.path.join(folder, "axisor.sqlite")
        token = None
        for _ in range(options.sessions):
            token, session_rounds, session_memory = run_session(options, folder, database, token)
            rounds += session_rounds
            memory = max(memory, session_memory)
        if len(os.sched_getaffinity(0)) >= 2:
            for _ in range(options.pinned_sessions):
                pinned_rounds += run_session(options, folder, database, token, pinned=True)[1]
    names = {
        "f0": "(f0) raw Hummingbird route, fixed bytes", "f1": "(f1) hand-written profile route",
        "f1o": "(f1o) f1 behind the gateway's middleware",
        "g": "(g) GET /api/user/profile (REST adapter)", "h": "(h) /graphql persisted document", "i": "(i) /graphql batch of 5 operations",
    }
    def median(values):
        ordered = sorted(values)
        middle = len(ordered) // 2
        return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2

    def ratio(top, bottom, rounds=rounds):
        return median([row[top][0] / row[bottom][0] for row in rounds])

    figures = {key: tuple(median([row[key][index] for row in rounds]) for index in range(3)) for key in names}
    pairs = (("g", "f1"), ("h", "f1"), ("f1", "f0"), ("g", "f1o"), ("h", "f1o"), ("f1o", "f1"))
    ratios = {f"{top}/{bottom}": ratio(top, bottom) for top, bottom in pairs}
    print(f"HTTP on loopback: wrk -t2 -c{options.connections}, {options.sessions} sessions of fresh server processes × "
          f"{options.rounds} rounds of {options.duration} s per workload, rate limits off (medians over all rounds)")
    print(f"{'workload':44} {'requests/s':>11} {'p50 ms':>8} {'p99 ms':>8}")
    for key, (rate, p50, p99) in figures.items():
        print(f"{names[key]:44} {rate:>11.0f} {p50:>8.2f} {p99:>8.2f}")
    print(f"g/f1 = {ratios['g/f1']:.2f}   h/f1 = {ratios['h/f1']:.2f}   f1/f0 = {ratios['f1/f0']:.2f}")
    print(f"g/f1o = {ratios['g/f1o']:.2f}   h/f1o = {ratios['h/f1o']:.2f}   f1o/f1 = {ratios['f1o/f1']:.2f}")
    print(f"peak resident memory of axisor serve during (g) to (i): {memory:.1f} MB")
    results = {
        "workloads": {key: {"name": names[key], "rate": rate, "p50_ms": p50, "p99_ms": p99} for key, (rate, p50, p99) in figures.items()},
        "ratios": ratios, "peak_memory_mb": memory,
    }
    if pinned_rounds:
        # The same ratios as CPU cost alone: a server never waits for a core here, so each
        # figure is its CPU time a request (1 / requests/s).
        print(f"CPU cost, servers on one core and wrk on another: {options.pinned_sessions} sessions × {options.rounds} rounds")
        for key in ("f1", "f1o", "g", "h"):
            rate = median([row[key][0] for row in pinned_rounds])
            print(f"{names[key]:44} {rate:>11.0f}   {1e6 / rate:6.1f} µs of that core a request")
        # (f0) is not run pinned.
        pinned = {f"{top}/{bottom}": ratio(top, bottom, pinned_rounds) for top, bottom in pairs if bottom != "f0"}
        print("   ".join(f"{name} = {value:.2f}" for name, value in pinned.items()))
        results["pinned_ratios"] = pinned
    if options.results:
        with open(options.results, "w") as file:
            json.dump(results, file, indent=1, sort_keys=True)


if __name__ == "__main__":
    sys.exit(main())
