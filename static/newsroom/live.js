/* A live page's new entries, without a reload (newsroom/reading/live.py).
 *
 * Every few seconds the page asks its updates address for what changed past the number it has
 * (`?after=`); the answer is the same for every reader at that number, so the page cache and a CDN
 * serve it. New entries go in at the top of the list, an aria-live region; an entry corrected or
 * re-marked is replaced where it stands; a deleted one goes. When the reader has scrolled into the
 * list, new entries wait behind a "N new entries" button, so that nothing moves what they read.
 * Without this script the page is a plain page with a link to its newest entries.
 */
(function () {
  "use strict";
  var root = document.querySelector("[data-live-updates]");
  if (!root || !window.fetch || !("content" in document.createElement("template"))) {
    return;
  }
  var address = root.getAttribute("data-live-updates");
  var cursor = root.getAttribute("data-live-cursor") || "0";
  var interval = Math.max(1, parseInt(root.getAttribute("data-live-interval"), 10) || 10) * 1000;
  var list = root.querySelector("[data-live-list]");
  var newBox = root.querySelector("[data-live-new]");
  var pinnedBox = root.querySelector("[data-live-pinned]");
  var keyBox = root.querySelector("[data-live-key-events]");
  var status = root.querySelector(".live-status");
  var held = [];
  var delay = interval;
  var timer = null;

  var refresh = root.querySelector("[data-live-refresh]");
  if (refresh) {
    refresh.parentNode.hidden = true; // the page keeps itself up to date
  }

  function element(html) {
    var template = document.createElement("template");
    template.innerHTML = html.trim();
    return template.content.firstElementChild;
  }

  function published(node) {
    var time = node.querySelector("time");
    return time ? Date.parse(time.getAttribute("datetime")) : 0;
  }

  function readingBelow() {
    // The top of the list has gone up past the top of the window: the reader is reading entries.
    return list.getBoundingClientRect().top < 0;
  }

  function insert(node) {
    var empty = list.querySelector("[data-live-empty]");
    if (empty) {
      empty.remove();
    }
    var item = document.createElement("li");
    item.appendChild(node);
    var when = published(node);
    var next = null;
    for (var i = 0; i < list.children.length; i++) {
      var entry = list.children[i].querySelector("[data-entry]");
      if (entry && published(entry) <= when) {
        next = list.children[i];
        break;
      }
    }
    list.insertBefore(item, next);
    return item;
  }

  function showHeld() {
    var first = null;
    held.sort(function (a, b) { return published(a) - published(b); });
    held.forEach(function (node) { first = insert(node); });
    held = [];
    newBox.textContent = "";
    if (first) {
      var target = first.firstElementChild;
      target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
      list.scrollIntoView({ block: "start" });
    }
  }

  function offerHeld() {
    newBox.textContent = "";
    if (!held.length) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "live-new-button";
    button.textContent = held.length === 1 ? "1 new entry" : held.length + " new entries";
    button.addEventListener("click", showHeld);
    newBox.appendChild(button);
  }

  function apply(data) {
    (data.removed || []).forEach(function (id) {
      var gone = list.querySelector('[data-entry="' + id + '"]');
      if (gone) {
        gone.parentNode.remove();
      }
      held = held.filter(function (node) { return node.getAttribute("data-entry") !== String(id); });
    });
    var below = readingBelow();
    if (!below && held.length) {
      // Back at the top: what waited goes in place, oldest first, as if it had come now.
      held.sort(function (a, b) { return published(a) - published(b); }).forEach(insert);
      held = [];
    }
    (data.entries || []).forEach(function (entry) {
      var node = element(entry.html);
      var existing = list.querySelector('[data-entry="' + entry.id + '"]');
      if (existing) {
        existing.replaceWith(node);
        return;
      }
      held = held.filter(function (other) { return other.getAttribute("data-entry") !== String(entry.id); });
      if (below) {
        held.push(node);
      } else {
        insert(node);
      }
    });
    offerHeld();
    if (typeof data.pinned_html === "string" && pinnedBox) {
      pinnedBox.innerHTML = data.pinned_html;
    }
    if (typeof data.key_events_html === "string" && keyBox && data.key_events_html.trim()) {
      keyBox.innerHTML = data.key_events_html;
      keyBox.hidden = false;
    }
    if (data.coverage && status && data.coverage !== "live") {
      status.className = "live-status live-status-" + data.coverage;
      status.textContent = data.coverage === "ended" ? "Ended" : "Paused: updates will resume";
    }
  }

  function ask() {
    timer = null;
    if (document.hidden) {
      return; // asked again when the tab is shown
    }
    var url = address + "?after=" + encodeURIComponent(cursor);
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (response.status === 304) {
          return null;
        }
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (data) {
        delay = interval;
        if (data) {
          apply(data);
          cursor = String(data.cursor);
          if (data.coverage === "ended") {
            return; // nothing more will come
          }
          if (data.more) {
            return ask();
          }
        }
        wait();
      })
      .catch(function () {
        delay = Math.min(delay * 2, 120000); // the site or the network is away: ask less often
        wait();
      });
  }

  function wait() {
    if (timer === null) {
      timer = window.setTimeout(ask, delay);
    }
  }

  document.addEventListener("visibilitychange", function () {
    if (!document.hidden && timer === null) {
      ask();
    }
  });
  wait();
})();
