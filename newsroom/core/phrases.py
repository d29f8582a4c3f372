"""Words put together for a reader: a list of names as English writes it."""


def and_list(names):
    """“X”, “X and Y”, “X, Y and Z”."""
    names = [str(n) for n in names]
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"
