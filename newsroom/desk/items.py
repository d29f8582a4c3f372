"""What the desk's services say of an item, whatever its kind."""

from django.urls import reverse


def item_field(item):
    """The keyword naming `item` on a desk row (`article=…` or `statement=…`)."""
    return {item._meta.model_name: item}


def admin_url(item):
    """The item's change page in the admin."""
    return reverse(f"admin:newsroom_{item._meta.model_name}_change", args=[item.pk])
