"""Staff accounts: signing in with a password and, for editors, a code from an authenticator app
(`signin`), under django-axes' lockout. Kept outside the admin package because the admin site
that uses it is built while the admin's modules register themselves. Imports editorial, content
and core."""
