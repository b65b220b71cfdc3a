/* Participatiepunt, optional enhancements; every page works without them.
   1. After a refused form, focus goes to the error summary at the top, so a screen reader
      reads it and nobody is left looking at the bottom of a long page.
   2. A field with data-tekenlimiet counts the characters left while typing (the server
      checks the limit and says so at the field). */
document.addEventListener("DOMContentLoaded", function () {
  var overzicht = document.getElementById("foutenoverzicht");
  if (overzicht) {
    overzicht.focus();
  }
  document.querySelectorAll("[data-tekenlimiet]").forEach(function (veld) {
    var limiet = parseInt(veld.getAttribute("data-tekenlimiet"), 10);
    var teller = document.createElement("p");
    teller.className = "form-text tekenteller";
    teller.id = veld.id + "_teller";
    teller.setAttribute("aria-live", "polite");
    veld.insertAdjacentElement("afterend", teller);
    function tel() {
      var over = limiet - veld.value.length;
      teller.textContent = over >= 0
        ? "Nog " + over + " van " + limiet + " tekens over."
        : (-over) + " tekens te veel: maak de tekst korter.";
      teller.classList.toggle("text-danger", over < 0);
    }
    veld.addEventListener("input", tel);
    tel();
  });
});
