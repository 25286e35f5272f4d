// frontwatch map: events from /events, control from /control?as_of=, evidence from /facts/{id}/evidence.
// No network beyond this server: Leaflet and the basemap are served by the app itself.
(function () {
  "use strict";

  const TYPE_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
  };
  const ACTOR_PALETTE = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1f78b4"];
  const PAGE = 5000;
  const DAY = 86400000;

  const state = { events: [], markers: new Map(), control: null, days: [], drawn: 0, ready: false };
  const $ = (id) => document.getElementById(id);

  const map = L.map("map", { preferCanvas: true, worldCopyJump: false, minZoom: 2 }).setView([20, 20], 2);
  const renderer = L.canvas({ padding: 0.2 });
  const eventLayer = L.layerGroup().addTo(map);
  const controlLayer = L.layerGroup().addTo(map);

  function escapeHtml(text) {
    return String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  }

  function actorColour(name) {
    let h = 0;
    for (const ch of String(name)) h = (h * 31 + ch.codePointAt(0)) >>> 0;
    return ACTOR_PALETTE[h % ACTOR_PALETTE.length];
  }

  async function getJson(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(url + ": HTTP " + response.status);
    return response.json();
  }

  async function loadBasemap() {
    try {
      const outlines = await getJson("/basemap/countries.geojson");
      L.geoJSON(outlines, {
        renderer, interactive: false,
        style: { color: "#6b7b86", weight: 0.7, fillColor: "#f3efe6", fillOpacity: 1 },
      }).addTo(map);
    } catch (err) {
      console.warn("no basemap", err);
    }
  }

  async function loadEvents() {
    const events = [];
    let offset = 0;
    while (offset !== null) {
      const page = await getJson(`/events?limit=${PAGE}&offset=${offset}`);
      events.push(...page.items);
      offset = page.next_offset;
    }
    return events.filter((e) => e.latitude !== null && e.longitude !== null);
  }

  function dayIndexOf(iso) { return iso ? Math.round((Date.parse(iso) - state.start) / DAY) : null; }
  function isoOfDay(index) { return new Date(state.start + index * DAY).toISOString().slice(0, 10); }

  function setupSlider() {
    const dated = state.events.map((e) => e.date_start).filter(Boolean).sort();
    const slider = $("slider");
    if (!dated.length) { slider.disabled = true; $("slider-date").textContent = "no dates"; return; }
    state.start = Date.parse(dated[0]);
    const span = dayIndexOf(dated[dated.length - 1]);
    slider.max = String(span);
    slider.value = String(span);
    $("slider-date").textContent = isoOfDay(span);
  }

  function setupFilters() {
    const types = [...new Set(state.events.map((e) => e.event_type))].sort();
    for (const type of types) {
      const option = document.createElement("option");
      option.value = type; option.textContent = type;
      $("filter-type").appendChild(option);
    }
    const legend = $("legend");
    for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
      legend.insertAdjacentHTML("beforeend", `<li><span class="swatch" style="background:${colour}"></span>${escapeHtml(type)}</li>`);
    }
    legend.insertAdjacentHTML("beforeend", '<li><span class="swatch square" style="background:#888"></span>control claim (colour per actor)</li>');
  }

  function makeMarkers() {
    for (const e of state.events) {
      const marker = L.circleMarker([e.latitude, e.longitude], {
        renderer, radius: 5 + Math.min(6, Math.sqrt(e.fatalities || 0)), weight: 1, color: "#222",
        fillColor: TYPE_COLOURS[e.event_type] || "#555", fillOpacity: 0.85,
      });
      marker.bindTooltip(`${escapeHtml(e.sub_event_type)} · ${escapeHtml(e.location)} · ${escapeHtml(e.date_start || "undated")}`);
      marker.on("click", () => showEvidence(e.id, e));
      e._day = dayIndexOf(e.date_start);
      state.markers.set(e.id, marker);
    }
  }

  function selectedDay() { return Number($("slider").value); }

  function redrawEvents() {
    const type = $("filter-type").value;
    const certainty = $("filter-certainty").value;
    const day = $("slider").disabled ? null : selectedDay();
    eventLayer.clearLayers();
    let shown = 0;
    for (const e of state.events) {
      if (type && e.event_type !== type) continue;
      if (certainty && e.certainty !== certainty) continue;
      if (day !== null && (e._day === null || e._day > day)) continue;
      eventLayer.addLayer(state.markers.get(e.id));
      shown += 1;
    }
    state.drawn = shown;
    $("count").textContent = `${shown} of ${state.events.length} events shown`;
  }

  async function redrawControl() {
    const asOf = $("slider").disabled ? "" : `?as_of=${isoOfDay(selectedDay())}`;
    const certainty = $("filter-certainty").value;
    const data = await getJson(`/control${asOf}`);
    controlLayer.clearLayers();
    for (const c of data.items) {
      if (c.latitude === null || (certainty && c.certainty !== certainty)) continue;
      const colour = actorColour(c.actor);
      const marker = L.circleMarker([c.latitude, c.longitude], {
        renderer, radius: 14, weight: 2, color: colour, fillColor: colour,
        fillOpacity: c.status === "controls" ? 0.35 : 0.12, dashArray: c.status === "controls" ? null : "4 3",
      });
      marker.bindTooltip(`${escapeHtml(c.actor)} ${escapeHtml(c.status)} ${escapeHtml(c.place)} (as of ${escapeHtml(c.as_of || "?")})`);
      marker.on("click", () => showEvidence(c.id, c));
      controlLayer.addLayer(marker);
    }
    eventLayer.eachLayer((m) => m.bringToFront());
  }

  async function showEvidence(factId, record) {
    const body = $("panel-body");
    body.innerHTML = "<p class='hint'>loading…</p>";
    try {
      const ev = await getJson(`/facts/${encodeURIComponent(factId)}/evidence`);
      const doc = ev.document;
      const what = record.kind === "event"
        ? `${record.event_type} — ${record.sub_event_type}` : `${record.actor} ${record.status} ${record.place}`;
      body.innerHTML = `
        <p><strong>${escapeHtml(what)}</strong> <code>${escapeHtml(factId)}</code></p>
        <blockquote id="evidence-text">${escapeHtml(ev.evidence.text)}</blockquote>
        <dl>
          <dt>Certainty</dt><dd class="certainty-${escapeHtml(ev.certainty)}">${escapeHtml(ev.certainty)}${ev.claim_source ? " (according to " + escapeHtml(ev.claim_source) + ")" : ""}</dd>
          <dt>Date</dt><dd>${escapeHtml(record.date_start || record.as_of || "unknown")}</dd>
          ${record.kind === "event" ? `<dt>Actors</dt><dd>${escapeHtml(record.actor1 || "?")}${record.actor2 ? " vs " + escapeHtml(record.actor2) : ""}</dd>
          <dt>Place</dt><dd>${escapeHtml(record.location || "?")}</dd>
          <dt>Fatalities</dt><dd>${escapeHtml(record.fatalities ?? "none given")}</dd>` : ""}
          <dt>Source</dt><dd id="evidence-source">${escapeHtml(doc.source || "unknown outlet")}${doc.published ? ", " + escapeHtml(doc.published) : ""}</dd>
          <dt>Document</dt><dd>${escapeHtml(doc.title || doc.origin)} <code>${escapeHtml(doc.id)}</code>, chars ${ev.evidence.start}–${ev.evidence.end}</dd>
        </dl>`;
    } catch (err) {
      body.textContent = String(err);
    }
  }

  let controlTimer = null;
  function onSlider() {
    $("slider-date").textContent = isoOfDay(selectedDay());
    redrawEvents();
    clearTimeout(controlTimer);
    controlTimer = setTimeout(redrawControl, 120);
  }

  async function main() {
    const basemap = loadBasemap();
    state.events = await loadEvents();
    setupSlider();
    setupFilters();
    makeMarkers();
    redrawEvents();
    if (state.events.length) {
      map.fitBounds(L.latLngBounds(state.events.map((e) => [e.latitude, e.longitude])).pad(0.3), { maxZoom: 9 });
    }
    await Promise.all([redrawControl(), basemap]);
    eventLayer.eachLayer((m) => m.bringToFront());
    performance.mark("frontwatch-markers-drawn");
    state.ready = true;
    document.body.dataset.ready = "1";
  }

  $("slider").addEventListener("input", onSlider);
  $("filter-type").addEventListener("change", redrawEvents);
  $("filter-certainty").addEventListener("change", () => { redrawEvents(); redrawControl(); });

  // A small read-only handle for tests and benchmarks.
  window.frontwatch = {
    isReady: () => state.ready,
    shownEvents: () => state.drawn,
    totalEvents: () => state.events.length,
    markerPoint(factId) {
      const marker = state.markers.get(factId);
      if (!marker || !eventLayer.hasLayer(marker)) return null;
      const p = map.latLngToContainerPoint(marker.getLatLng());
      const box = $("map").getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    shownIds: () => state.events.filter((e) => eventLayer.hasLayer(state.markers.get(e.id))).map((e) => e.id),
  };

  main().catch((err) => { $("count").textContent = "error: " + err.message; console.error(err); });
})();
