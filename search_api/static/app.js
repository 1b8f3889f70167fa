// Lan Tỏa web UI: small progressive enhancements (the pages work without JavaScript).
(function () {
  "use strict";

  function onReady(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }

  onReady(function () {
    var form = document.getElementById("search-form");
    if (form) {
      // Submit as soon as a facet, the sort order or a flag changes.
      form.addEventListener("change", function (event) {
        var target = event.target;
        if (target && target.classList && target.classList.contains("auto-submit")) {
          if (typeof form.requestSubmit === "function") { form.requestSubmit(); } else { form.submit(); }
        }
      });
      // Drop empty fields so shared links and feed URLs stay short.
      form.addEventListener("submit", function () {
        var fields = form.querySelectorAll("input[name], select[name]");
        for (var i = 0; i < fields.length; i++) {
          var f = fields[i];
          if ((f.type === "search" || f.type === "date") && !f.value) { f.disabled = true; }
          if (f.name === "sort" && f.value === "relevance") { f.disabled = true; }
        }
      });
    }

    // On narrow screens the filter panel starts closed.
    var filters = document.getElementById("filters");
    if (filters && window.matchMedia && window.matchMedia("(max-width: 760px)").matches) {
      filters.removeAttribute("open");
    }

    // Place autocomplete: suggestions from /api/localities; picking one adds a filter.
    var place = document.getElementById("place");
    var options = document.getElementById("place-options");
    if (place && options && form) {
      var byLabel = {};
      var timer = null;
      var PARAM = { province: "province", district: "district", commune: "commune" };
      place.addEventListener("input", function () {
        var picked = byLabel[place.value];
        if (picked) {
          var hidden = document.createElement("input");
          hidden.type = "hidden";
          hidden.name = picked.param;
          hidden.value = picked.code;
          form.appendChild(hidden);
          place.disabled = true;
          if (typeof form.requestSubmit === "function") { form.requestSubmit(); } else { form.submit(); }
          return;
        }
        if (timer) { clearTimeout(timer); }
        var text = place.value.trim();
        if (text.length < 2) { return; }
        timer = setTimeout(function () {
          fetch("/api/localities?limit=8&q=" + encodeURIComponent(text), { headers: { "Accept": "application/json" } })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (items) {
              byLabel = {};
              options.textContent = "";
              items.forEach(function (item) {
                var param = PARAM[item.level];
                if (!param || !item.code) { return; }
                var label = item.label + (item.structure === "old" ? " (" + (place.dataset.oldLabel || "<2025") + ")" : "");
                byLabel[label] = { param: param, code: item.code };
                var option = document.createElement("option");
                option.value = label;
                options.appendChild(option);
              });
            })
            .catch(function () { /* suggestions are optional */ });
        }, 200);
      });
    }

    // Feed URLs: select the whole address on focus, ready to copy.
    var feeds = document.querySelectorAll(".feed-url");
    for (var j = 0; j < feeds.length; j++) {
      feeds[j].addEventListener("focus", function (event) { event.target.select(); });
    }
  });
})();
