"""Response headers the whole site shares."""

from csp.middleware import CSPMiddleware

# What the admin and the API's browsable pages need beyond the site's policy, and nothing more.
# Both are third-party pages (Django's admin, DRF's browsable API, Swagger UI) that set style
# attributes in their markup; none of them runs inline script.
ALLOWANCES = {}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's header from CONTENT_SECURITY_POLICY, plus ALLOWANCES under their prefixes."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        for prefix, directives in ALLOWANCES.items():
            if request.path_info.startswith(prefix):
                parts.update = {**(parts.update or {}), **directives}
        return parts
