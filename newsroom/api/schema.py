"""Additions to the generated OpenAPI schema: the error answers every operation can give."""

BAD_REQUEST = {
    "description": "A query parameter (or the path) is malformed; each key names one, with what is wrong.",
    "content": {
        "application/json": {
            "schema": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}}
        }
    },
}
DETAIL = {"application/json": {"schema": {"type": "object", "properties": {"detail": {"type": "string"}}}}}
NOT_FOUND = {"description": "No such item, or no such page.", "content": DETAIL}
THROTTLED = {
    "description": "Too many requests; try again after the number of seconds in Retry-After.",
    "headers": {"Retry-After": {"schema": {"type": "integer"}}},
    "content": DETAIL,
}


# Django refuses NUL characters in form input (and PostgreSQL in text): say so in the schema.
NO_NUL = "^[^\\x00]*$"


def _refuse_nul(schema):
    if schema.get("type") == "string" and "enum" not in schema and "format" not in schema:
        schema.setdefault("pattern", NO_NUL)
    if schema.get("type") == "array":
        _refuse_nul(schema.get("items", {}))


def document_errors(result, generator, request, public):
    for methods in result["paths"].values():
        for operation in methods.values():
            for parameter in operation.get("parameters", []):
                _refuse_nul(parameter.get("schema", {}))
                # django-filter reads an empty filter (?tag=) as no filter; page numbers must be numbers.
                if parameter["in"] == "query" and parameter["name"] not in ("page", "page_size"):
                    parameter["allowEmptyValue"] = True
            responses = operation["responses"]
            # Lists refuse malformed filters; any operation refuses a NUL byte (newsroom.http.middleware).
            responses.setdefault("400", BAD_REQUEST)
            responses.setdefault("404", NOT_FOUND)
            responses.setdefault("429", THROTTLED)
    return result
