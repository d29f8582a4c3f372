from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination


class Pagination(PageNumberPagination):
    """Page numbers with a bounded page size: a larger `page_size` is clamped to the maximum."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100

    def paginate_queryset(self, queryset, request, view=None):
        # DRF answers a non-numeric page with 404 and ignores a bad page_size; say what is wrong instead.
        for param in (self.page_query_param, self.page_size_query_param):
            value = request.query_params.get(param)
            if value is not None and not (value.isdigit() and int(value) > 0):
                raise ValidationError({param: [f"“{value}” is not a positive whole number."]})
        return super().paginate_queryset(queryset, request, view)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1
        return parameters

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        response["required"] = ["count", "next", "previous", "results"]
        return response
