"""The fake Lightning node's invoices against an independent BOLT11 decoder (PyPI `bolt11`):
each decodes, its checksum and signature hold, and the amount, payment hash, payment secret,
description, expiry, timestamp and the payee key recovered from the signature equal what the node
keeps and reports (`axisor lightning invoice`, the same node the server uses)."""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from importlib.metadata import version

import bolt11

NETWORKS = {"mainnet": "bc", "testnet": "tb", "regtest": "bcrt"}
# (sats, memo, expiry, the amount as the human-readable part must write it)
CASES = [
    (50_000, "Axisor advanced plan, one month", 3600, "500u"),
    (25_000, "Axisor basic plan, one month", 3600, "250u"),
    (500_000, "Axisor lifetime plan", 7200, "5m"),
    (100_000_000, "one bitcoin", 60, "1"),
    (1, "one sat", 86400, "10n"),
    (1_234, "ünïcödé ⚡ memo", 600, "12340n"),
    (0, "any amount", 3600, ""),
    (21_000, "", 3600, "210u"),
]


def make_invoice(axisor, folder, network, sats, memo, expiry):
    environment = dict(os.environ, AXISOR_LIGHTNING_FAKE_FOLDER=folder, AXISOR_LIGHTNING_NETWORK=network)
    output = subprocess.run(
        [axisor, "lightning", "invoice", "--amount", str(sats), "--memo", memo, "--expiry", str(expiry)],
        env=environment, capture_output=True, text=True, check=True,
    ).stdout
    return json.loads(output)


def problems(kept, network, sats, memo, expiry, amount_text):
    found = []
    request = kept["payment_request"]
    expected_prefix = "ln" + NETWORKS[network] + amount_text + "1"
    if not request.startswith(expected_prefix):
        found.append(f"prefix: {request[:len(expected_prefix) + 4]}… is not {expected_prefix}…")
    decoded = bolt11.decode(request)  # raises on a bad checksum or signature
    checks = {
        "currency": (decoded.currency, NETWORKS[network]),
        "amount_msat": (decoded.amount_msat, sats * 1000 if sats else None),
        "payment_hash": (decoded.payment_hash, kept["r_hash"]),
        "payment_secret": (decoded.payment_secret, kept["payment_addr"]),
        "description": (decoded.description, memo),
        "expiry": (decoded.expiry, expiry),
        "timestamp": (decoded.date, kept["creation_date"]),
        "payee": (decoded.payee, kept["identity_pubkey"]),
        "reported value": (kept["value"], sats),
        "reported memo": (kept["memo"], memo),
    }
    for name, (actual, expected) in checks.items():
        if actual != expected:
            found.append(f"{name}: decoded {actual!r}, expected {expected!r}")
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--axisor", required=True)
    options = parser.parse_args()
    passed = failed = 0
    with tempfile.TemporaryDirectory() as workdir:
        for network in NETWORKS:
            folder = os.path.join(workdir, network)
            for sats, memo, expiry, amount_text in CASES:
                kept = make_invoice(options.axisor, folder, network, sats, memo, expiry)
                try:
                    found = problems(kept, network, sats, memo, expiry, amount_text)
                except Exception as error:  # the decoder refused it
                    found = [f"the decoder refused it: {error}"]
                if found:
                    failed += 1
                    print(f"FAIL {network} {sats} sats {memo!r}: " + "; ".join(found))
                else:
                    passed += 1
    print(f"BOLT11 conformance with bolt11 {version('bolt11')}: {passed + failed} invoices")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
