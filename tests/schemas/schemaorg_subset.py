"""Writes tests/schemas/schemaorg-claims.json: the part of schema.org's published vocabulary that the
site's JSON-LD is checked against (tests/test_claim_review.py), taken from a release's
schemaorg-current-https.jsonld (github.com/schemaorg/schemaorg, data/releases/<version>/).

    python tests/schemas/schemaorg_subset.py path/to/schemaorg-current-https.jsonld 30.0

Kept: every class with its parents (so that a value's type can be matched against a range), the
data types, and every property whose domain includes a type the site emits or one of its
ancestors, with its domain and range.
"""

import json
import sys
from pathlib import Path

EMITTED = [
    "ClaimReview", "Claim", "Rating", "CreativeWork", "NewsArticle", "Quotation", "Person", "Organization",
    "GovernmentOrganization", "NewsMediaOrganization",
]  # fmt: skip
OUT = Path(__file__).with_name("schemaorg-claims.json")


def names(value):
    items = value if isinstance(value, list) else [value] if value else []
    return [item["@id"].removeprefix("schema:") for item in items if item["@id"].startswith("schema:")]


def main(path, version):
    graph = json.loads(Path(path).read_text())["@graph"]
    classes, datatypes, properties = {}, [], {}
    for node in graph:
        kinds = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
        name = node["@id"].removeprefix("schema:")
        if "schema:DataType" in kinds or name == "DataType":
            datatypes.append(name)
        if "rdfs:Class" in kinds:
            classes[name] = names(node.get("rdfs:subClassOf"))
        elif "rdf:Property" in kinds:
            properties[name] = {
                "domain": names(node.get("schema:domainIncludes")),
                "range": names(node.get("schema:rangeIncludes")),
            }

    def ancestors(name):
        found, todo = set(), [name]
        while todo:
            for parent in classes.get(todo.pop(), []):
                if parent not in found:
                    found.add(parent)
                    todo.append(parent)
        return found

    wanted = set(EMITTED).union(*(ancestors(name) for name in EMITTED))
    kept = {name: spec for name, spec in sorted(properties.items()) if wanted & set(spec["domain"])}
    OUT.write_text(
        json.dumps(
            {
                "source": f"schema.org release {version}: data/releases/{version}/schemaorg-current-https.jsonld",
                "classes": dict(sorted(classes.items())),
                "datatypes": sorted(set(datatypes)),
                "properties": kept,
            },
            indent=1,
            sort_keys=False,
        )
        + "\n"
    )


if __name__ == "__main__":
    main(*sys.argv[1:3])
