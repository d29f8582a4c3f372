"""Response headers the whole site shares."""

from csp.middleware import CSPMiddleware

# What a part of the site needs beyond the site's policy, and nothing more. Django's admin needs
# nothing (its scripts are files; Chromium reports no refusal on it). DRF's browsable API and Swagger
# UI (third-party templates) carry <style> blocks and style attributes, so under /api/ styles may be
# inline; scripts never are, anywhere (the docs page loads its start-up script as a file).
ALLOWANCES = {"/api/": {"style-src": ["'unsafe-inline'"]}}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's header from CONTENT_SECURITY_POLICY, plus ALLOWANCES under their prefixes."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        for prefix, directives in ALLOWANCES.items():
            if request.path_info.startswith(prefix):
                parts.update = {**(parts.update or {}), **directives}
        return parts
