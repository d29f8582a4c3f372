"""The read-only JSON API: live content only, for everyone. Serializers, filters, cursor pages,
throttling and the schema. Imports reading (search, pagination), content, core and http."""
