/* Wijkafspraken, optional enhancement: on the afspraak form, show the organisation's name field
   only when "wie" is a named organisation. Without JavaScript the field is simply always shown. */
document.addEventListener("DOMContentLoaded", function () {
  var wie = document.getElementById("id_wie");
  var groep = document.getElementById("div_id_organisatie");
  if (!wie || !groep) {
    return;
  }
  function toon() {
    groep.hidden = wie.value !== "organisatie";
  }
  wie.addEventListener("change", toon);
  toon();
});
