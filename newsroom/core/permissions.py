"""Permission names, spelt one way: `"newsroom.publish_article"` from a model (or an item) and a verb."""


def permission(model, action):
    """The name `user.has_perm()` takes for `action` ("view", "add", "change", "publish", …) on
    `model`, a model class or an instance."""
    opts = model._meta
    return f"{opts.app_label}.{action}_{opts.model_name}"
