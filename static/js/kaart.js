/* Maps (Leaflet, static/vendor/leaflet). Each element with data-kaart names a JSON script
   element (Django's json_script) holding {tegels, bron, midden, items: [{naam, url, geometrie,
   kleur, soort}], cirkels: [{breedte, lengte, straal_m}]}. Without tiles (a setting, or no
   internet) the shapes stay on a plain background. The same items are always listed next to
   the map in HTML: the map is an addition, never the only way to the information.
   With data-kaart-bewerk="<textarea id>" staff draw a point or an area; the map writes GeoJSON
   into that field, which also takes typed coordinates without JavaScript. */
(function () {
  "use strict";
  var STANDAARD_KLEUR = "#00529b";

  function basiskaart(element, gegevens) {
    var kaart = L.map(element, {
      zoomControl: false,
      keyboard: true,
      attributionControl: true,
      scrollWheelZoom: false
    });
    L.control.zoom({ zoomInTitle: "Inzoomen", zoomOutTitle: "Uitzoomen" }).addTo(kaart);
    kaart.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    if (gegevens.tegels) {
      L.tileLayer(gegevens.tegels, {
        attribution: gegevens.bron || "",
        maxZoom: 19,
        minZoom: 6
      }).addTo(kaart);
    }
    var midden = gegevens.midden || [53.2194, 6.5665];
    kaart.setView(midden, 12);
    return kaart;
  }

  function stijl(kleur) {
    return { color: kleur, weight: 2, fillColor: kleur, fillOpacity: 0.25 };
  }

  function laag(item) {
    var kleur = item.kleur || STANDAARD_KLEUR;
    var rand = item.rand || null;
    return L.geoJSON(item.geometrie, {
      style: function () {
        var s = stijl(kleur);
        if (rand) { s.color = rand; s.weight = 4; s.dashArray = "8 4"; }
        return s;
      },
      pointToLayer: function (_, plek) {
        return L.circleMarker(plek, {
          radius: 8, color: rand || "#fff", weight: rand ? 4 : 2, fillColor: kleur, fillOpacity: 1
        });
      }
    });
  }

  function koppel(item, vorm) {
    var inhoud = document.createElement("div");
    if (item.url) {
      var link = document.createElement("a");
      link.href = item.url;
      link.textContent = item.naam;
      inhoud.appendChild(link);
    } else {
      inhoud.textContent = item.naam;
    }
    if (item.soort) {
      var soort = document.createElement("div");
      soort.textContent = item.soort;
      inhoud.appendChild(soort);
    }
    vorm.bindPopup(inhoud);
    vorm.bindTooltip(item.naam);
  }

  function toonKaart(element) {
    var gegevens = JSON.parse(document.getElementById(element.getAttribute("data-kaart")).textContent);
    element.classList.add("kaart-getekend");  /* shown (it has a size) before Leaflet measures it */
    var kaart = basiskaart(element, gegevens);
    var groep = L.featureGroup().addTo(kaart);
    (gegevens.cirkels || []).forEach(function (cirkel) {
      L.circle([cirkel.breedte, cirkel.lengte], {
        radius: cirkel.straal_m, color: "#333", weight: 2, dashArray: "6 4", fillOpacity: 0.05
      }).addTo(groep);
      L.circleMarker([cirkel.breedte, cirkel.lengte], { radius: 5, color: "#333", fillOpacity: 1 }).addTo(groep);
    });
    (gegevens.items || []).forEach(function (item) {
      var vorm = laag(item);
      koppel(item, vorm);
      vorm.addTo(groep);
    });
    if (groep.getLayers().length) {
      kaart.fitBounds(groep.getBounds(), { padding: [20, 20], maxZoom: 16 });
    }
    return { kaart: kaart, groep: groep };
  }

  /* Drawing: "Punt" places one point per click; "Vlak" adds a corner per click, "Vlak klaar"
     closes it. The textarea holds the result as GeoJSON and stays editable. */
  function bewerk(element, veld, kaart) {
    var getekend = L.featureGroup().addTo(kaart);
    var modus = null;
    var hoeken = [];

    function schrijf(geometrie) {
      veld.value = geometrie ? JSON.stringify(geometrie) : "";
    }
    function teken(geometrie) {
      getekend.clearLayers();
      if (geometrie) { laag({ geometrie: geometrie }).addTo(getekend); }
    }
    function vlak() {
      var ring = hoeken.map(function (h) { return [h.lng, h.lat]; });
      ring.push(ring[0]);
      return { type: "Polygon", coordinates: [ring] };
    }
    function knop(tekst, actie) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "btn btn-outline-primary btn-sm me-2 mb-2";
      b.textContent = tekst;
      b.addEventListener("click", actie);
      return b;
    }
    var status = document.createElement("p");
    status.className = "form-text";
    status.setAttribute("aria-live", "polite");
    var balk = document.createElement("div");
    balk.className = "kaart-knoppen";
    balk.appendChild(knop("Punt plaatsen", function () {
      modus = "punt"; status.textContent = "Klik op de kaart waar het traject is.";
    }));
    balk.appendChild(knop("Vlak tekenen", function () {
      modus = "vlak"; hoeken = []; status.textContent = "Klik de hoeken van het gebied aan; kies daarna Vlak klaar.";
    }));
    balk.appendChild(knop("Vlak klaar", function () {
      if (hoeken.length < 3) { status.textContent = "Een vlak heeft minstens drie hoeken."; return; }
      var geometrie = vlak();
      schrijf(geometrie); teken(geometrie); modus = null;
      status.textContent = "Het vlak staat in het veld hieronder; sla het op.";
    }));
    balk.appendChild(knop("Locatie wissen", function () {
      hoeken = []; schrijf(null); teken(null); status.textContent = "De locatie is gewist; sla op om dat te bewaren.";
    }));
    element.insertAdjacentElement("beforebegin", balk);
    balk.appendChild(status);

    kaart.on("click", function (e) {
      if (modus === "punt") {
        var punt = { type: "Point", coordinates: [+e.latlng.lng.toFixed(6), +e.latlng.lat.toFixed(6)] };
        schrijf(punt); teken(punt);
        status.textContent = "Punt geplaatst; sla het op.";
      } else if (modus === "vlak") {
        hoeken.push(e.latlng);
        teken(hoeken.length >= 3 ? vlak() : { type: "MultiPoint", coordinates: hoeken.map(function (h) { return [h.lng, h.lat]; }) });
        status.textContent = hoeken.length + " hoek(en) gezet.";
      }
    });
    try {
      var begin = veld.value.trim();
      if (begin.charAt(0) === "{") { teken(JSON.parse(begin)); }
    } catch (fout) { /* the server explains what is wrong with the field */ }
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (typeof L === "undefined") { return; }
    document.querySelectorAll("[data-kaart]").forEach(function (element) {
      var getekend = toonKaart(element);
      var veldId = element.getAttribute("data-kaart-bewerk");
      if (veldId && document.getElementById(veldId)) {
        bewerk(element, document.getElementById(veldId), getekend.kaart);
      }
    });
  });
})();
