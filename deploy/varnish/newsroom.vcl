# Varnish in front of Newsroom (Debian's varnish 7 and varnish-modules, for xkey).
#
#   apt-get install varnish varnish-modules
#   varnishd -a :80 -f /etc/varnish/newsroom.vcl -s malloc,1g -p http_resp_hdr_len=65536 -p http_resp_size=98304
#
# The site tells Varnish what to keep: `Cache-Control` with `s-maxage` for shared caches (only on
# pages, feeds and API answers for readers who are not signed in) and `Surrogate-Key`, the names of
# everything a response shows. Every change readers see sends `PURGE /` with those names in an
# `xkey-purge` header (NEWSROOM_PURGE_BACKEND=varnish, NEWSROOM_VARNISH_URLS), and every object
# filed under any of them goes at once. See the README's production section.
vcl 4.1;

import std;
import xkey;

# The app: gunicorn, or the load balancer in front of several (deploy/haproxy/). bench/varnish.py
# writes a copy of this file with its own address.
backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 35s;
    .between_bytes_timeout = 10s;
    # While the app does not answer, readers get the copies Varnish holds (within their grace).
    .probe = {
        .request = "GET /robots.txt HTTP/1.1"
                   "Host: localhost"
                   "X-Forwarded-Proto: https"
                   "Connection: close";
        .interval = 2s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
        # Healthy from the start: a restarted Varnish answers at once.
        .initial = 3;
    }
}

# Who may purge: the app servers.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.http.xkey-purge) {
            set req.http.x-purged = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Purged " + req.http.x-purged));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Signed-in people, and anyone who wrote in the last few seconds (the app's newsroom_primary
    # cookie), are answered by the app alone: never from a copy, and their answers are never kept.
    if (req.url ~ "^/(admin|preview|accounts)/" || req.http.Authorization) {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|newsroom_primary)=") {
        return (pass);
    }
    # No other cookie changes a reader's page (a stale csrftoken, a visitor's analytics): dropped,
    # so that every reader shares one copy.
    unset req.http.Cookie;
    # The API answers JSON, or HTML to a browser: two copies, not one per Accept header sent.
    if (req.url ~ "^/api/") {
        if (req.http.Accept ~ "text/html") {
            set req.http.Accept = "text/html";
        } else {
            set req.http.Accept = "application/json";
        }
    }
    return (hash);
}

sub vcl_hash {
    # Absolute links in the API and the feeds name the scheme the reader used.
    hash_data(req.http.X-Forwarded-Proto);
    # Varnish's own vcl_hash follows: the address and the host.
}

sub vcl_backend_response {
    # xkey files the object under every name the app gave it.
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # stale-while-revalidate as grace: a copy past its s-maxage is served while a fresh one is
    # fetched (a purge removes copies outright: no stale copy outlives a change).
    # No stale-while-revalidate, no stale copy: a page kept until a scheduled go-live or expiry
    # says 0, and must not be served past that moment.
    if (beresp.http.Cache-Control ~ "stale-while-revalidate=[0-9]+") {
        set beresp.grace = std.duration(
            regsub(beresp.http.Cache-Control, ".*stale-while-revalidate=([0-9]+).*", "\1s"), 0s);
    } else {
        set beresp.grace = 0s;
    }
    # Varnish's own vcl_backend_response follows: nothing with Set-Cookie, private or no-store is kept.
}

sub vcl_deliver {
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
