"""summary.py holds each figure to its target: run by `make test`."""
import copy
import unittest

import summary

ENGINE = {
    "a": {"name": "parse 1.2 MB", "unit": "MB/s", "ours": 121.0, "graphqlswift": 10.6, "faster_than_graphqlswift": 11.6},
    "b": {"name": "introspection query", "unit": "ops/s", "ours": 911.0, "graphqlswift": 34.7, "faster_than_graphqlswift": 28.2,
          "graphqlcore": 51.4, "faster_than_graphqlcore": 17.7},
    "c": {"name": "dashboard", "unit": "ops/s", "ours": 7372.0, "graphqlswift": 76.6, "faster_than_graphqlswift": 96.2,
          "graphqlcore": 185.0, "faster_than_graphqlcore": 39.9, "limit": 12170.0, "slower_than_limit": 1.6},
    "d": {"name": "admin", "unit": "ops/s", "ours": 797.0, "graphqlswift": 10.4, "faster_than_graphqlswift": 76.9,
          "graphqlcore": 27.0, "faster_than_graphqlcore": 29.5, "limit": 1152.0, "slower_than_limit": 1.5},
    "e": {"name": "validate 176 lines", "unit": "ops/s", "ours": 1685.0, "graphqlswift": 68.1, "faster_than_graphqlswift": 24.8},
}
HTTP = {
    "workloads": {key: {"name": name, "rate": rate, "p50_ms": 6.0, "p99_ms": 12.0} for key, name, rate in (
        ("f0", "(f0) raw Hummingbird route, fixed bytes", 21118), ("f1", "(f1) hand-written profile route", 5062),
        ("f1o", "(f1o) f1 behind the gateway's middleware", 4939), ("g", "(g) GET /api/user/profile (REST adapter)", 4808),
        ("h", "(h) /graphql persisted document", 4541), ("i", "(i) /graphql batch of 5 operations", 977),
    )},
    "ratios": {"g/f1": 0.94, "h/f1": 0.94, "f1/f0": 0.24, "g/f1o": 0.94, "h/f1o": 0.92, "f1o/f1": 1.01},
    "pinned_ratios": {"g/f1": 0.84, "h/f1": 0.77},
    "peak_memory_mb": 49.3,
}


def verdicts(engine, http):
    return {row[0] or row[2]: row[5] for row in summary.rows(engine, http) if row[5]}


def ratio_of_g(http):
    """The ratio cell of the (g) row."""
    return next(row for row in summary.rows(ENGINE, http) if row[0].startswith("(g)"))[3]


def past_five_targets(parse, validation, admin_to_limit, g_over_f1, memory):
    """The fixture with (a)'s speed, (e)'s ratio to GraphQLSwift, (d)'s to the limit, g/f1 and
    the peak memory set as given; the other five targets stay met."""
    engine, http = copy.deepcopy(ENGINE), copy.deepcopy(HTTP)
    engine["a"]["ours"] = parse
    engine["e"]["faster_than_graphqlswift"] = validation
    engine["d"]["slower_than_limit"] = admin_to_limit
    http["ratios"]["g/f1"] = g_over_f1
    http["peak_memory_mb"] = memory
    return engine, http


class SummaryTests(unittest.TestCase):
    def test_every_target_of_the_issue_is_judged(self):
        judged = verdicts(ENGINE, HTTP)
        self.assertEqual(len(judged), 10)
        self.assertEqual(set(judged.values()), {"met"})
        self.assertTrue(summary.render(summary.rows(ENGINE, HTTP)).endswith("targets met: 10 of 10"))

    def test_a_figure_past_its_target_is_missed(self):
        engine, http = past_five_targets(parse=99.9, validation=19.9, admin_to_limit=3.1, g_over_f1=0.89, memory=150.1)
        judged = verdicts(engine, http)
        self.assertEqual(judged["(a) parse 1.2 MB"], "MISSED")
        self.assertEqual(judged["(e) validate 176 lines"], "MISSED")
        self.assertEqual(judged["hand-written limit 1,152 ops/s"], "MISSED")
        self.assertEqual(judged["(g) GET /api/user/profile (REST adapter)"], "MISSED")
        self.assertEqual(judged["peak memory of axisor serve, (g) to (i)"], "MISSED")
        self.assertEqual(judged["(h) /graphql persisted document"], "met")
        self.assertTrue(summary.render(summary.rows(engine, http)).endswith("targets met: 5 of 10"))

    def test_targets_are_inclusive(self):
        engine, http = copy.deepcopy(ENGINE), copy.deepcopy(HTTP)
        engine["a"]["ours"] = 100.0
        engine["b"]["faster_than_graphqlswift"] = 20.0
        engine["c"]["slower_than_limit"] = 3.0
        http["ratios"]["g/f1"], http["ratios"]["h/f1"] = 0.9, 0.8
        http["peak_memory_mb"] = 150.0
        self.assertEqual(set(verdicts(engine, http).values()), {"met"})

    def test_a_run_without_graphql_core_or_the_pinned_pass_still_summarises(self):
        engine, http = copy.deepcopy(ENGINE), copy.deepcopy(HTTP)
        for key in "bcd":
            del engine[key]["graphqlcore"], engine[key]["faster_than_graphqlcore"]
        del http["pinned_ratios"]
        table = summary.render(summary.rows(engine, http))
        self.assertNotIn("graphql-core", table)
        self.assertNotIn("CPU alone", table)
        self.assertTrue(table.endswith("targets met: 10 of 10"))

    def test_a_figure_just_short_of_its_target_is_not_rounded_onto_it(self):
        engine, http = past_five_targets(parse=99.96, validation=19.96, admin_to_limit=3.04, g_over_f1=0.8978, memory=150.04)
        table = summary.render(summary.rows(engine, http))
        for shown in ("99.96 MB/s", "19.96x faster", "3.04x slower", "g/f1 = 0.898 ", "150.04 MB"):
            self.assertIn(shown, table)
        self.assertTrue(table.endswith("targets met: 5 of 10"))

    def test_figures_clear_of_their_targets_keep_their_usual_places(self):
        engine, http = copy.deepcopy(ENGINE), copy.deepcopy(HTTP)
        engine["a"]["ours"] = 100.4
        http["ratios"]["g/f1"] = 0.9012
        table = summary.render(summary.rows(engine, http))
        self.assertIn(" 100 MB/s ", table)
        self.assertIn("g/f1 = 0.90 ", table)
        self.assertIn("24.8x faster", table)

    def test_the_cpu_alone_ratio_is_shown_beside_the_two_core_one(self):
        self.assertEqual(ratio_of_g(HTTP), "g/f1 = 0.94 (CPU alone 0.84)")

    def test_the_cpu_alone_ratio_is_not_rounded_onto_the_bound_either(self):
        http = copy.deepcopy(HTTP)
        http["pinned_ratios"]["g/f1"] = 0.8968
        self.assertEqual(ratio_of_g(http), "g/f1 = 0.94 (CPU alone 0.897)")


if __name__ == "__main__":
    unittest.main()
