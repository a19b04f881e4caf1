// dragoman's only script: the recognition board's slider moves the date through the changes
// in the entity's history. The pages work without it (the form and the previous/next links).
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  var slider = document.getElementById("history-slider");
  var date = document.getElementById("as-of");
  if (!slider || !date) { return; }
  var dates = (slider.getAttribute("data-dates") || "").split(",");
  slider.addEventListener("input", function () {
    var picked = dates[Number(slider.value)];
    if (picked) { date.value = picked; }
  });
  slider.addEventListener("change", function () {
    var picked = dates[Number(slider.value)];
    if (picked) { date.value = picked; slider.form.submit(); }
  });
});
