/* Acoge: progressive enhancement only. Every page works without this file. */
(function () {
  "use strict";
  var doc = document;

  /* Quick exit: the button, or Shift pressed three times within 5 seconds. The page is hidden
     at once, her session and the site's stored data are cleared by a beacon to the exit
     endpoint (where the button's form posts without JavaScript), and location.replace() means
     the Back button does not return here. */
  function quickExit(href, beacon) {
    doc.body.classList.add("ac-exit-hide");
    var overlay = doc.createElement("div");
    overlay.className = "ac-exit-overlay";
    overlay.setAttribute("role", "alert");
    overlay.textContent = button.getAttribute("data-loading") || "…";
    doc.body.appendChild(overlay);
    doc.title = "…";
    if (beacon && navigator.sendBeacon) {
      try { navigator.sendBeacon(beacon); } catch (e) { /* leaving matters more */ }
    }
    window.location.replace(href);
  }

  var button = doc.querySelector("[data-quick-exit]");
  if (button) {
    var href = button.getAttribute("data-href");
    var beacon = button.form ? button.form.getAttribute("action") : null;
    button.addEventListener("click", function (event) {
      event.preventDefault();
      quickExit(href, beacon);
    });

    var presses = 0, timer = null;
    var indicator = doc.createElement("span");
    indicator.className = "ac-exit__indicator";
    indicator.setAttribute("aria-hidden", "true");
    for (var i = 0; i < 3; i++) {
      var dot = doc.createElement("span");
      dot.className = "ac-exit__dot";
      indicator.appendChild(dot);
    }
    button.appendChild(indicator);
    function show(count) {
      for (var j = 0; j < 3; j++) {
        indicator.children[j].className = "ac-exit__dot" + (j < count ? " ac-exit__dot--on" : "");
      }
    }
    function reset() { presses = 0; show(0); }
    doc.addEventListener("keydown", function (event) {
      if (event.key !== "Shift" || event.repeat) { if (event.key !== "Shift") reset(); return; }
      presses += 1;
      show(presses);
      clearTimeout(timer);
      if (presses >= 3) { reset(); quickExit(href, beacon); return; }
      timer = setTimeout(reset, 5000);
    });
    window.addEventListener("pageshow", function (event) {
      if (event.persisted) { doc.body.classList.remove("ac-exit-hide"); }
    });
  }

  /* Error summary: move focus to it so screen-reader and keyboard users hear the problem. */
  var summary = doc.querySelector("[data-error-summary]");
  if (summary) { summary.focus(); }
})();
