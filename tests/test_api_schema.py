"""The OpenAPI schema is valid, and the API keeps to it under schemathesis' generated requests."""

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from openapi_spec_validator import validate

# Every API operation gets this many generated requests (a few hundred in all).
EXAMPLES_PER_OPERATION = 30


def test_the_schema_is_valid_openapi_3(client, db):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    assert schema["openapi"].startswith("3.")
    validate(schema)
    assert {"/api/articles/", "/api/articles/{slug}/", "/api/statements/{id}/", "/api/tags/"} <= set(schema["paths"])
    assert {"/api/links/", "/api/links/{id}/", "/api/incidents/{slug}/", "/api/fact-checks/", "/api/ratings/"} <= set(
        schema["paths"]
    )


@pytest.fixture
def api_schema(api_under_schemathesis):
    return api_under_schemathesis()


def test_the_api_keeps_to_its_schema(api_schema):
    """Generated requests to every operation: no 5xx, and every response conforms to the schema."""
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) == 22

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        )
        def check(case):
            case.call_and_validate()

        check()
