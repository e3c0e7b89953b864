// Filters the municipality list as you type. The same form also works without JavaScript (server-side search).
(function () {
  "use strict";
  var form = document.querySelector("[data-municipality-filter]");
  if (!form) { return; }
  var input = form.querySelector("input[name=q]");
  var count = document.querySelector("[data-result-count]");
  var empty = document.querySelector("[data-empty-message]");
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-region-group]"));
  var timer = null;

  // Same rule as the server (SearchText.Term): lower case only; data-search holds the names both as typed and folded.
  function term(text) {
    return text.trim().normalize("NFC").toLowerCase();
  }

  function apply() {
    var typed = term(input.value);
    var shown = 0;
    groups.forEach(function (group) {
      var visibleInGroup = 0;
      group.querySelectorAll("li[data-search]").forEach(function (item) {
        var match = typed === "" || item.getAttribute("data-search").indexOf(typed) !== -1;
        item.hidden = !match;
        if (match) { visibleInGroup++; }
      });
      group.hidden = visibleInGroup === 0;
      shown += visibleInGroup;
    });
    empty.hidden = shown > 0;
    // Announce the count only after typing pauses, so screen readers are not flooded.
    clearTimeout(timer);
    timer = setTimeout(function () {
      count.textContent = count.getAttribute("data-template").replace("{0}", String(shown));
    }, 300);
    var url = new URL(window.location.href);
    if (typed === "") { url.searchParams.delete("q"); } else { url.searchParams.set("q", input.value); }
    window.history.replaceState(null, "", url.toString());
  }

  input.addEventListener("input", apply);
})();
