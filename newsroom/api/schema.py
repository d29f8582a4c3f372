"""Additions to the generated OpenAPI schema: the error answers every operation can give."""

BAD_REQUEST = {
    "description": "A query parameter is malformed; each key names one, with what is wrong.",
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


def document_errors(result, generator, request, public):
    for methods in result["paths"].values():
        for operation in methods.values():
            responses = operation["responses"]
            if operation["operationId"].endswith("_list"):
                responses.setdefault("400", BAD_REQUEST)
            responses.setdefault("404", NOT_FOUND)
            responses.setdefault("429", THROTTLED)
    return result
