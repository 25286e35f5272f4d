// frontwatch map: server-side clusters by zoom and time window, control areas on the window's last day,
// a list of the events in view linked both ways with the markers, and the evidence panel with review.
(function () {
  "use strict";

  const $ = fw.$;
  const state = { meta: null, palette: {}, markers: new Map(), clusters: [], shown: 0, matching: 0, ready: false,
                  spider: null, selected: null, control: null };

  const map = L.map("map", { preferCanvas: true, worldCopyJump: false, minZoom: 2, maxZoom: 16 }).setView([25, 20], 2);
  map.createPane("control").style.zIndex = 380;
  const renderer = L.canvas({ padding: 0.2 });
  const controlRenderer = L.svg({ pane: "control" });
  const eventLayer = L.layerGroup().addTo(map);
  const spiderLayer = L.layerGroup().addTo(map);
  const controlLayer = L.layerGroup().addTo(map);
  const basemap = fwBasemap.create(map, () => state.clusters.map((c) => {
    const p = map.latLngToContainerPoint([c.lat, c.lon]);
    return { x: p.x, y: p.y, r: c.count === 1 ? 7 : c.count < 10 ? 12 : c.count < 100 ? 15 : 23 };
  }));
  const timeline = fwTimeline.create(() => { refreshEvents(); refreshControl(); refreshList(); });
  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = () => L.DomUtil.create("div", "legend");
  legend.addTo(map);

  function typeColour(type) { return state.palette[type] || "#555"; }

  function viewBox() {
    const b = map.getBounds();
    const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
    return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -85, 85), clamp(b.getEast(), -180, 180),
            clamp(b.getNorth(), -85, 85)].map((v) => v.toFixed(5)).join(",");
  }

  function query(extra) { return fw.filterBar.query({ ...timeline.params(), ...(extra || {}) }); }

  // ---- markers ----
  function singleMarker(latlng, id, type, fatalities, title) {
    const marker = L.circleMarker(latlng, {
      renderer, radius: 6 + Math.min(6, Math.sqrt(fatalities || 0)), weight: 1.2, color: "#222",
      fillColor: typeColour(type), fillOpacity: 0.9,
    });
    marker.bindTooltip(title);
    marker.on("click", (ev) => { L.DomEvent.stopPropagation(ev); select(id); });
    state.markers.set(id, marker);
    return marker;
  }

  function clusterMarker(c) {
    const [size, px] = c.count < 10 ? ["s", 24] : c.count < 100 ? ["m", 30] : c.count < 1000 ? ["l", 38] : ["xl", 46];
    const label = c.count >= 10000 ? Math.round(c.count / 1000) + "k" : String(c.count);
    const icon = L.divIcon({ className: `cluster cluster-${size}${c.points === 1 ? " stack" : ""}`, html: label,
                             iconSize: [px, px] });
    const marker = L.marker([c.lat, c.lon], { icon, riseOnHover: true, keyboard: true,
      title: `${c.count} events${c.points === 1 ? " at one place: click to spread them out" : ": click to zoom in"}` });
    marker.on("click", () => openCluster(c));
    return marker;
  }

  const clustersCall = fw.newestOnly(), listCall = fw.newestOnly(), histogramCall = fw.newestOnly();

  async function refreshEvents() {
    const current = clustersCall();
    const data = await fw.getJson(`/map/clusters?${query({ zoom: map.getZoom(), bbox: viewBox() })}`);
    if (!current()) return;
    unspiderfy();
    eventLayer.clearLayers();
    state.markers.clear();
    state.clusters = data.clusters;
    for (const c of data.clusters) {
      if (c.count === 1) {
        eventLayer.addLayer(singleMarker([c.lat, c.lon], c.ids[0], c.type, c.fatalities, `${c.type} · ${c.ids[0]}`));
      } else {
        eventLayer.addLayer(clusterMarker(c));
      }
    }
    state.shown = data.in_view;
    state.matching = data.matching;
    $("count").textContent = `${data.in_view} of ${data.matching} events in view · ${data.total} stored (${data.layer})`;
    highlight(state.selected);
  }

  // ---- stacks: spread every member around its point so each one can be clicked ----
  function unspiderfy() {
    spiderLayer.clearLayers();
    if (state.spider) {
      for (const id of state.spider.ids) state.markers.delete(id);
      if (state.spider.marker) state.spider.marker.setOpacity(1);
    }
    state.spider = null;
  }

  async function spiderfy(c, marker) {
    const [w, s, e, n] = c.bbox;
    const pad = 1e-5;
    const data = await fw.getJson(`/map/list?${query({ bbox: [w - pad, s - pad, e + pad, n + pad].join(","), limit: 500 })}`);
    unspiderfy();
    const centre = map.latLngToLayerPoint([c.lat, c.lon]);
    const items = data.items;
    const ids = [];
    items.forEach((item, i) => {
      let dx, dy;
      if (items.length <= 9) {
        const angle = (2 * Math.PI * i) / items.length - Math.PI / 2;
        const r = 30 + items.length * 2;
        dx = r * Math.cos(angle); dy = r * Math.sin(angle);
      } else {
        const angle = 0.6 + i * 0.72, r = 22 + 5.5 * i ** 0.9;
        dx = r * Math.cos(angle); dy = r * Math.sin(angle);
      }
      const leg = map.layerPointToLatLng(centre.add([dx, dy]));
      L.polyline([[c.lat, c.lon], leg], { renderer, color: "#444", weight: 1, opacity: 0.7, interactive: false }).addTo(spiderLayer);
      spiderLayer.addLayer(singleMarker(leg, item.id, item.event_type, item.fatalities,
        `${item.sub_event_type} · ${item.location || "?"} · ${item.date || "undated"}`));
      ids.push(item.id);
    });
    if (marker) marker.setOpacity(0.35);
    state.spider = { ids, marker, centre: [c.lat, c.lon] };
    highlight(state.selected);
  }

  function openCluster(c) {
    const marker = [...eventLayer.getLayers()].find((m) => m.getLatLng && m.getLatLng().equals([c.lat, c.lon]) && m.options.icon);
    const [w, s, e, n] = c.bbox;
    const tiny = Math.abs(e - w) < 1e-4 && Math.abs(n - s) < 1e-4;
    if (c.points === 1 || tiny || map.getZoom() >= map.getMaxZoom()) {
      spiderfy(c, marker);
    } else {
      map.fitBounds([[s, w], [n, e]], { padding: [40, 40], maxZoom: map.getMaxZoom() });
    }
  }

  map.on("click", unspiderfy);
  map.on("zoomstart", unspiderfy);

  // ---- the list beside the map ----
  async function refreshList() {
    const current = listCall();
    const data = await fw.getJson(`/map/list?${query({ bbox: viewBox(), limit: 200 })}`);
    if (!current()) return;
    const list = $("list");
    list.textContent = "";
    $("list-count").textContent = `${data.items.length}${data.total > data.items.length ? " of " + data.total : ""}`;
    for (const item of data.items) {
      const li = document.createElement("li");
      li.dataset.id = item.id;
      li.tabIndex = 0;
      const dot = fw.swatch(typeColour(item.event_type));
      li.appendChild(dot);
      li.insertAdjacentHTML("beforeend", ` <b>${fw.escapeHtml(item.date || "undated")}</b> ${fw.escapeHtml(item.sub_event_type)}
        · ${fw.escapeHtml(item.location || "?")}<br><small>${fw.escapeHtml(item.actor1 || "?")}${item.actor2 ? " vs " + fw.escapeHtml(item.actor2) : ""}
        ${item.fatalities ? " · " + item.fatalities + " killed" : ""}${item.reports > 1 ? " · " + item.reports + " reports" : ""}</small>`);
      li.addEventListener("click", () => focusItem(item));
      li.addEventListener("keydown", (ev) => { if (ev.key === "Enter") focusItem(item); });
      list.appendChild(li);
    }
    highlight(state.selected);
  }

  async function focusItem(item) {
    select(item.id);
    if (item.lat === null || item.lon === null) return;
    if (!state.markers.has(item.id)) {
      const c = state.clusters.find((k) => k.ids.includes(item.id));
      if (c && c.points === 1) { await spiderfy(c, null); highlight(item.id); return; }
      map.setView([item.lat, item.lon], Math.max(map.getZoom(), 10));
    } else {
      map.panTo(state.markers.get(item.id).getLatLng());
    }
  }

  function highlight(id) {
    for (const li of $("list").children) li.classList.toggle("selected", li.dataset.id === id);
    const row = id && [...$("list").children].find((li) => li.dataset.id === id);
    if (row) row.scrollIntoView({ block: "nearest" });
    for (const [mid, marker] of state.markers) marker.setStyle({ weight: mid === id ? 4 : 1.2, color: mid === id ? "#000" : "#222" });
  }

  // ---- the evidence panel, with review ----
  function select(id) {
    state.selected = id;
    highlight(id);
    showDetail(id);
  }

  function reviewForm(report) {
    const fields = ["fatalities", "event_type", "sub_event_type", "actor1", "actor2", "place", "date_start", "certainty"];
    return `<form class="review" data-fact="${fw.escapeHtml(report.id)}">
      <button type="button" data-action="accept">Accept</button>
      <button type="button" data-action="reject">Reject</button>
      <select name="field" aria-label="field to edit">${fields.map((f) => `<option>${f}</option>`).join("")}</select>
      <input name="value" size="10" aria-label="new value" placeholder="new value">
      <button type="button" data-action="edit">Edit</button>
      <output class="review-result"></output></form>`;
  }

  function history(report) {
    if (!report.history || !report.history.length) return "";
    return `<ul class="history">${report.history.map((h) => `<li>${fw.escapeHtml((h.at || "").slice(0, 16))} ${fw.escapeHtml(h.who)}:
      ${fw.escapeHtml(h.action)}${h.field ? " " + fw.escapeHtml(h.field) + " " + fw.escapeHtml(h.old ?? "–") + " → " + fw.escapeHtml(h.new ?? "–") : ""}</li>`).join("")}</ul>`;
  }

  async function showDetail(id, fallback) {
    const body = $("panel-body");
    body.innerHTML = "<p class='hint'>loading…</p>";
    try {
      let d;
      try {
        d = await fw.getJson(`/map/events/${encodeURIComponent(id)}`);
      } catch (err) {
        if (!fallback) throw err;  // a review re-fused the events: show the reviewed report
        d = await fw.getJson(`/map/events/${encodeURIComponent(fallback)}`);
      }
      const reports = d.reports.map((r, i) => `
        <article class="report">
          <blockquote${i === 0 ? ' id="evidence-text"' : ""}>${fw.escapeHtml(r.evidence[0].text)}</blockquote>
          <dl>
            <dt>Certainty</dt><dd class="certainty-${fw.escapeHtml(r.certainty)}">${fw.escapeHtml(r.certainty)}${r.claim_source ? " (according to " + fw.escapeHtml(r.claim_source) + ")" : ""}</dd>
            <dt>Report</dt><dd><code>${fw.escapeHtml(r.id)}</code> ${fw.escapeHtml(r.sub_event_type)}, ${fw.escapeHtml(r.date_start || "undated")},
              fatalities ${fw.escapeHtml(r.fatalities ?? "none given")}</dd>
            <dt>Source</dt><dd class="evidence-source">${fw.escapeHtml(r.outlet || "")} <code>${fw.escapeHtml(r.sources[0])}</code></dd>
          </dl>${history(r)}${reviewForm(r)}
        </article>`).join("");
      body.innerHTML = `
        <p><strong>${fw.escapeHtml(d.event_type)} — ${fw.escapeHtml(d.sub_event_type)}</strong> <code>${fw.escapeHtml(d.id)}</code></p>
        <dl class="summary">
          <dt>Date</dt><dd>${fw.escapeHtml(d.date || "undated")}</dd>
          <dt>Actors</dt><dd>${fw.escapeHtml(d.actor1 || "?")}${d.actor2 ? " vs " + fw.escapeHtml(d.actor2) : ""}</dd>
          <dt>Place</dt><dd>${fw.escapeHtml(d.location || "?")}</dd>
          <dt>Fatalities</dt><dd id="detail-fatalities">${fw.escapeHtml(d.fatalities ?? "none given")}</dd>
          <dt>Reports</dt><dd>${d.reports.length} from ${fw.escapeHtml(d.outlets.join(", ") || "unknown outlets")}</dd>
        </dl>${reports}`;
      for (const form of body.querySelectorAll("form.review")) {
        form.addEventListener("click", (ev) => {
          const action = ev.target.dataset && ev.target.dataset.action;
          if (action) review(form, action, id);
        });
      }
    } catch (err) {
      body.textContent = String(err);
    }
  }

  async function review(form, action, shownId) {
    const out = form.querySelector(".review-result");
    const token = $("review-token").value || sessionStorage.getItem("fw-token") || "";
    const who = $("review-who").value || sessionStorage.getItem("fw-who") || "";
    if (!token || !who) { $("review-login").open = true; out.textContent = "enter your name and the token first"; return; }
    sessionStorage.setItem("fw-token", token);
    sessionStorage.setItem("fw-who", who);
    const body = { action, who };
    if (action === "edit") { body.field = form.elements.field.value; body.value = form.elements.value.value; }
    const response = await fetch(`/facts/${encodeURIComponent(form.dataset.fact)}/review`, {
      method: "POST", headers: { "Content-Type": "application/json", Authorization: "Bearer " + token },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      out.textContent = `refused (${response.status}): ${problem.detail ? JSON.stringify(problem.detail) : ""}`;
      return;
    }
    out.textContent = "saved";
    await Promise.all([refreshEvents(), refreshList(), refreshControl(), refreshQueue()]);
    if (shownId.startsWith("ev-") || shownId.startsWith("fe-")) showDetail(shownId, form.dataset.fact);
    else showFact(shownId);
  }

  // ---- the review queue: doubtful facts nobody reviewed yet ----
  async function refreshQueue() {
    const data = await fw.getJson("/review/queue?limit=50");
    const list = $("queue");
    list.textContent = "";
    $("queue-count").textContent = `(${data.items.length})`;
    for (const item of data.items) {
      const li = document.createElement("li");
      li.dataset.id = item.fact_id;
      li.tabIndex = 0;
      li.innerHTML = `<code>${fw.escapeHtml(item.fact_id)}</code> ${fw.escapeHtml(item.reasons.join(", "))}:
        ${fw.escapeHtml(item.summary)}`;
      const open = () => (item.fact_id.startsWith("ev-") ? select(item.fact_id) : showFact(item.fact_id));
      li.addEventListener("click", open);
      li.addEventListener("keydown", (ev) => { if (ev.key === "Enter") open(); });
      list.appendChild(li);
    }
  }

  // A control claim, quantity or finding: its evidence, source and review controls.
  async function showFact(id) {
    const body = $("panel-body");
    const f = await fw.getJson(`/facts/${encodeURIComponent(id)}/evidence`);
    const reviews = await fw.getJson(`/facts/${encodeURIComponent(id)}/reviews`);
    body.innerHTML = `<p><strong>${fw.escapeHtml(f.kind)}</strong> <code>${fw.escapeHtml(id)}</code></p>
      <article class="report"><blockquote id="evidence-text">${fw.escapeHtml(f.evidence.text)}</blockquote>
      <dl><dt>Certainty</dt><dd class="certainty-${fw.escapeHtml(f.certainty)}">${fw.escapeHtml(f.certainty)}</dd>
      <dt>Source</dt><dd>${fw.escapeHtml(f.document.source || "unknown outlet")}, ${fw.escapeHtml(f.document.published || "")}</dd></dl>
      ${history({ history: reviews.items })}${reviewForm({ id })}</article>`;
    for (const form of body.querySelectorAll("form.review")) {
      form.addEventListener("click", (ev) => {
        const action = ev.target.dataset && ev.target.dataset.action;
        if (action) review(form, action, id);
      });
    }
  }

  // ---- control areas ----
  async function refreshControl() {
    const day = timeline.endDay();
    if (!day) return;
    const data = await fw.getJson(`/map/control-areas?date=${day}`);
    if (timeline.endDay() !== day) return;
    controlLayer.clearLayers();
    state.control = data;
    L.geoJSON(data, {
      renderer: controlRenderer, pane: "control",
      style: (f) => {
        const p = f.properties;
        if (p.kind === "front") return { color: "#111", weight: 3, dashArray: "8 5", opacity: 0.9 };
        const held = p.status === "controls" || p.status === "partial";
        return {
          color: p.colour, weight: p.basis === "claimed" ? 1.5 : 2, dashArray: p.basis === "claimed" ? "2 4" : held ? null : "6 4",
          fillColor: p.colour, fillOpacity: (held ? 0.42 : 0.2) * p.strength * (p.basis === "claimed" ? 0.6 : 1),
          opacity: 0.5 + 0.5 * p.strength,
        };
      },
      onEachFeature: (f, layer) => {
        const p = f.properties;
        if (p.kind === "front") { layer.bindTooltip(`front line: ${p.between.join(" / ")}`); return; }
        layer.bindTooltip(`${p.actor} ${p.status} ${p.place} (${p.basis}, ${p.certainty}) since ${p.since}; last evidence ${p.last_evidence}`);
      },
    }).addTo(controlLayer);
    $("fade-note").textContent = `control as of ${day}; claims fade after ${data.fade_days} days without fresh evidence`;
    drawLegend();
  }

  function drawLegend() {
    const box = document.querySelector(".legend");
    box.textContent = "";
    const title = (text) => { const h = document.createElement("b"); h.textContent = text; box.appendChild(h); };
    const row = (colour, text, square) => {
      const div = document.createElement("div");
      div.appendChild(fw.swatch(colour, square));
      div.appendChild(document.createTextNode(" " + text));
      box.appendChild(div);
    };
    title("Events");
    for (const [type, colour] of Object.entries(state.palette)) row(colour, type);
    const actors = (state.control && state.control.actors) || [];
    if (actors.length) {
      title("Control (areas)");
      for (const a of actors) row(a.colour, a.actor, true);
      const key = document.createElement("small");
      key.textContent = "solid: holds · dashed: contested · dotted: claimed · thick dashes: front line";
      box.appendChild(key);
    }
  }

  async function refreshHistogram() {
    const current = histogramCall();
    const data = await fw.getJson(`/map/histogram?${fw.filterBar.query()}`);
    if (current()) timeline.setHistogram(data);
  }

  async function main() {
    const meta = await fw.getJson("/map/meta");
    state.meta = meta;
    state.palette = meta.palette.event_types;
    fw.filterBar.fill(meta);
    fw.filterBar.wire();
    timeline.setSpan(meta.date_min, meta.date_max);
    if (meta.extent) {
      const [w, s, e, n] = meta.extent;
      map.fitBounds([[s, w], [n, e]], { padding: [30, 30], maxZoom: 9, animate: false });
    }
    await Promise.all([refreshEvents(), refreshList(), refreshControl(), refreshHistogram(), basemap.refresh()]);
    refreshQueue().catch((err) => console.warn("review queue", err));
    map.on("moveend", () => { state.pending = Promise.all([refreshEvents(), refreshList()]); });
    fw.filterBar.onChange(() => { refreshEvents(); refreshList(); refreshHistogram(); });
    performance.mark("frontwatch-markers-drawn");
    state.ready = true;
    document.body.dataset.ready = "1";
  }

  // A small read-only handle for tests and benchmarks.
  window.frontwatch = {
    isReady: () => state.ready,
    shownEvents: () => state.shown,
    matchingEvents: () => state.matching,
    totalEvents: () => (state.meta ? state.meta.totals.events : 0),
    markerIds: () => [...state.markers.keys()],
    clusters: () => state.clusters.slice(),
    spiderIds: () => (state.spider ? state.spider.ids.slice() : []),
    labels: () => basemap.labels(),
    controlFeatures: () => (state.control ? state.control.features.map((f) => f.properties) : []),
    controlDay: () => (state.control ? state.control.date : null),
    markerPoint(factId) {
      const marker = state.markers.get(factId);
      if (!marker) return null;
      const p = map.latLngToContainerPoint(marker.getLatLng());
      const box = $("map").getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    clusterPoint(index) {
      const c = state.clusters[index];
      const p = map.latLngToContainerPoint([c.lat, c.lon]);
      const box = $("map").getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    setView: (lat, lon, zoom) => new Promise((resolve) => { map.once("moveend", () => setTimeout(resolve, 400)); map.setView([lat, lon], zoom, { animate: false }); }),
    setWindow: (first, last) => timeline.setWindow(first, last),
    // Pan by pixels without animation; resolves with the milliseconds until markers and list are redrawn.
    timedPan(dx, dy) {
      const started = performance.now();
      return new Promise((resolve) => {
        map.once("moveend", () => setTimeout(() => state.pending.then(() => resolve(performance.now() - started)), 0));
        map.panBy([dx, dy], { animate: false });
      });
    },
  };

  main().catch((err) => { $("count").textContent = "error: " + err.message; console.error(err); });
})();
