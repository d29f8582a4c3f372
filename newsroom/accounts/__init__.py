"""Staff accounts: signing in with a password and, for editors, a code from an authenticator app
(`signin`), under django-axes' lockout; password reset, throttled and mailed after the answer
(`password_reset`, its requests in `models`). Kept outside the admin package because the admin site
that uses it is built while the admin's modules register themselves. Imports editorial, content,
core, http and dependencies."""
