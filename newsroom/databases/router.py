"""The primary/replica router, as Django's documentation lays it out ("Multiple databases"):
writes always go to the primary; reads go to the replica only inside a request the middleware
found eligible (newsroom.databases.middleware), and only while that request has not written, has
opened no transaction of its own and the replica is usable."""

from newsroom.databases import replication
from newsroom.databases.middleware import current
from newsroom.databases.replication import PRIMARY, REPLICA


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        reads = current()
        if reads is None or not reads.may_use_replica():
            return PRIMARY
        if reads.replica_usable is None:  # asked once per request: its reads never mix the two
            reads.replica_usable = replication.usable()
        if not reads.replica_usable:
            return PRIMARY
        reads.used_replica = True
        return REPLICA

    def db_for_write(self, model, **hints):
        reads = current()
        if reads is not None:
            reads.wrote = True
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        return True  # one database, copied

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY
