"""Schemathesis in negative mode over every API operation: its coverage phase (boundary and
invalid values for each parameter) and its fuzzing phase with positive and negative data. No 5xx,
and every response (status, content type, body, headers) as the schema says."""

import hypothesis
import pytest
from hypothesis import HealthCheck
from schemathesis.config import SchemathesisConfig
from schemathesis.generation.hypothesis.builder import HypothesisTestConfig, HypothesisTestMode, create_test

# Examples per operation in the fuzzing phase, in each mode; the coverage phase adds its own.
EXAMPLES_PER_OPERATION = 40

CONFIG = {
    "generation": {"mode": "all", "max-examples": EXAMPLES_PER_OPERATION, "database": "none"},
    "phases": {
        "examples": {"enabled": False},
        "coverage": {"enabled": True},
        "fuzzing": {"enabled": True},
        "stateful": {"enabled": False},
    },
    "suppress-health-check": ["too_slow", "filter_too_much"],
    # What the API owes any input: no 5xx, and answers as the schema documents them. Whether a
    # negative case is refused is not checked: some serialise to valid requests (a null array
    # item is sent as the slug "null"), and an empty array to an empty value (?ordering=).
    "checks": {"negative_data_rejection": {"enabled": False}, "positive_data_acceptance": {"enabled": False}},
}


@pytest.fixture
def api_schema(api_under_schemathesis):
    return api_under_schemathesis(SchemathesisConfig.from_dict(CONFIG))


def test_every_operation_under_negative_and_boundary_data(api_schema):
    # Schemathesis' own pytest plugin (schema.parametrize) fails on pytest 9, so the test is built
    # as the plugin builds it: a Hypothesis test per operation, with the coverage and fuzzing phases.
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) == 22
    config = HypothesisTestConfig(
        project=api_schema.config,
        modes=[HypothesisTestMode.COVERAGE, HypothesisTestMode.FUZZING],
        settings=hypothesis.settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
    seen = {"negative": 0, "positive": 0}

    def check(case):
        seen[case.meta.generation.mode.value] += 1
        case.call_and_validate()

    for operation in operations:
        create_test(operation=operation, test_func=check, config=config)()
    assert seen["negative"] > 10 * len(operations) and seen["positive"] > 0, seen
