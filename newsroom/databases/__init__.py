"""Which database a query reads from: the primary, or a streaming replica for anonymous readers.

Owns the router (`router`: reads to the replica only inside a request the middleware found
eligible, never inside a transaction the request opened, never after the request wrote), the
request's choice and the cookie that keeps a person who just wrote on the primary (`middleware`),
and what the replica says of itself (`replication`: how far behind it is, whether it has
replayed a given write). May import `core` only: the edge's purges ask it to wait for the replica.
"""
