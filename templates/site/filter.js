// Filters the table of measures on the index page. Without JavaScript the form stays hidden
// and the full table remains; nothing on the page depends on this script.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("maatregelen");
  var count = document.getElementById("aantal");
  if (!form || !table || !count) {
    return;
  }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var fields = Array.prototype.slice.call(form.querySelectorAll("[data-filter]"));

  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\u2019/g, "'");
  }

  function matches(row, name, value) {
    var data = row.getAttribute("data-" + name) || "";
    if (name === "tekst") {
      return data.indexOf(fold(value.trim())) !== -1;
    }
    if (name === "status") {
      return data === value;
    }
    return data.split(" ").indexOf(value) !== -1;
  }

  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = fields.every(function (field) {
        return field.value === "" || matches(row, field.getAttribute("data-filter"), field.value);
      });
      row.hidden = !visible;
      if (visible) {
        shown += 1;
      }
    });
    count.textContent = shown === 1 ? "1 maatregel" : shown + " maatregelen";
  }

  fields.forEach(function (field) {
    field.addEventListener(field.tagName === "INPUT" ? "input" : "change", apply);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    apply();
  });
  form.addEventListener("reset", function () {
    window.setTimeout(apply, 0);
  });
  form.hidden = false;
  apply();
}());
