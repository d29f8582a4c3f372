"""The database's history, one migration a step; they import nothing of the app but core."""
