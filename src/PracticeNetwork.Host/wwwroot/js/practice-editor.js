// Preview in the practice editor. Without JavaScript the "preview" button posts the form and the page comes back
// with the preview. With it, the same sanitized preview is fetched from the server and put in place, and once
// shown it follows the texts as they are typed. Nothing is saved by previewing.
(function () {
  "use strict";
  var form = document.querySelector("form[data-practice-editor]");
  if (!form || !window.fetch || !window.FormData || !window.DOMParser) { return; }
  var button = form.querySelector("[data-preview-button]");
  var slot = form.querySelector("[data-preview-slot]");
  var url = form.getAttribute("data-preview-url");
  var token = form.querySelector("input[name=__RequestVerificationToken]");
  if (!button || !slot || !url || !token) { return; }

  var showing = slot.querySelector("[data-preview-region]") !== null;
  var useServerRoundTrip = false;
  var timer = null;

  function refresh(moveFocus) {
    return fetch(url, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { "RequestVerificationToken": token.value }
    }).then(function (response) {
      if (!response.ok) { throw new Error("Preview failed: " + response.status); }
      return response.text();
    }).then(function (html) {
      // Parsed into an inert document (no scripts run there); the server has already sanitized the texts.
      var region = new DOMParser().parseFromString(html, "text/html").querySelector("[data-preview-region]");
      if (!region) { throw new Error("No preview in the answer"); }
      slot.replaceChildren(document.importNode(region, true));
      showing = true;
      if (moveFocus) { slot.querySelector("[data-preview-region]").focus(); }
    });
  }

  button.addEventListener("click", function (event) {
    if (useServerRoundTrip) { return; }
    event.preventDefault();
    refresh(true).catch(function () {
      // Fall back to the form post, which always works.
      useServerRoundTrip = true;
      button.click();
    });
  });

  form.addEventListener("input", function (event) {
    var target = event.target;
    if (!showing || !target.matches("textarea[data-markdown], #title, #summary")) { return; }
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { refresh(false).catch(function () { /* the button still works */ }); }, 700);
  });
}());
