"""What every request passes through, whatever it is for: the middleware (Content-Security-Policy,
NUL bytes refused), the error pages that must work when nothing else does, the client's address
behind proxies. Imports core only."""
