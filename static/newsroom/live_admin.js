/* A live page's admin screen: "Post entry" sends the compact form with fetch and the page stays as
 * it is (newsroom/admin/live.py answers JSON to `Accept: application/json`); the new entry joins
 * the list and the form empties for the next one. Without this script the form posts as a plain
 * form and the screen comes back with a message. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-live-post]");
  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  var button = form.querySelector("[data-live-post-button]");
  var status = form.querySelector("[data-live-post-status]");
  var list = document.querySelector("[data-live-entries]");

  function element(html) {
    var template = document.createElement("template");
    template.innerHTML = html.trim();
    return template.content.firstElementChild;
  }

  function clear() {
    var body = form.querySelector("textarea");
    form.querySelectorAll("textarea, input[type=text]").forEach(function (field) { field.value = ""; });
    var jq = window.django && window.django.jQuery;
    form.querySelectorAll("select").forEach(function (select) {
      if (jq) {
        jq(select).val(null).trigger("change"); // select2 shows what the select holds
      } else {
        select.selectedIndex = -1;
      }
    });
    if (body) {
      body.focus();
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (button.disabled) {
      return; // one post at a time: a second press does not post it twice
    }
    button.disabled = true;
    status.textContent = "Posting…";
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      })
      .then(function (answer) {
        status.textContent = answer.data.message || (answer.ok ? "Posted." : "Not posted.");
        if (answer.ok) {
          var none = list.querySelector("[data-live-none]");
          if (none) {
            none.remove();
          }
          list.insertBefore(element(answer.data.row), list.firstElementChild);
          clear();
        }
      })
      .catch(function () {
        status.textContent = "Not posted: the connection failed. Your text is still here; try again.";
      })
      .then(function () {
        button.disabled = false;
      });
  });
})();
