// The offline basemap: countries, provinces, rivers and coastline clipped to the view, and place labels by zoom.
(function () {
  "use strict";

  const STYLES = {
    countries: { color: "#7b8a94", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 },
    provinces: { color: "#a8a39a", weight: 0.6, dashArray: "3 3", fill: false },
    rivers: { color: "#6aa6d6", weight: 0.9, fill: false },
    coastline: { color: "#6b8796", weight: 0.9, fill: false },
  };
  const MIN_ZOOM = { countries: 0, provinces: 5, rivers: 5, coastline: 7 };

  // The view's box grown outward to a grid of two tiles at the zoom, so that panning asks the same
  // URLs again and the browser answers from its cache.
  function snappedBox(map) {
    const b = map.getBounds();
    const step = 720 / 2 ** map.getZoom();
    const down = (v) => Math.floor(v / step) * step, up = (v) => Math.ceil(v / step) * step;
    const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
    return [clamp(down(b.getWest()), -180, 180), clamp(down(b.getSouth()), -85, 85), clamp(up(b.getEast()), -180, 180),
            clamp(up(b.getNorth()), -85, 85)].map((v) => v.toFixed(4)).join(",");
  }

  // Where a label may sit around its point: right, left, above, below (towns), centred (provinces).
  const PLACES = { r: (w) => [6, -8, w + 6, 8], l: (w) => [-w - 6, -8, -6, 8], t: (w) => [-w / 2, -21, w / 2, -5],
                   b: (w) => [-w / 2, 5, w / 2, 21], c: (w) => [-w / 2, -8, w / 2, 8],
                   // further out, clear of an event marker on the town itself
                   R: (w) => [18, -8, w + 18, 8], L: (w) => [-w - 18, -8, -18, 8], T: (w) => [-w / 2, -32, w / 2, -16],
                   B: (w) => [-w / 2, 16, w / 2, 32] };

  function textWidth(name, kind) { return name.length * (kind === "province" ? 6.6 : 7.0) + 4; }

  function overlaps(a, list) {
    return list.some((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2);
  }

  function placeLabel(point, label, taken) {
    const w = textWidth(label.name, label.kind);
    for (const pos of label.kind === "province" ? ["c"] : ["r", "l", "t", "b", "R", "L", "T", "B"]) {
      const [x1, y1, x2, y2] = PLACES[pos](w);
      const box = { x1: point.x + x1, y1: point.y + y1, x2: point.x + x2, y2: point.y + y2 };
      if (!overlaps(box, taken)) {
        taken.push(box);
        return pos;
      }
    }
    return null;
  }

  // obstacles(): container points [{x, y, r}] that labels keep clear of (the event markers of the view).
  function create(map, obstacles) {
    map.createPane("base").style.zIndex = 250;
    map.createPane("labels").style.zIndex = 420;
    map.getPane("labels").style.pointerEvents = "none";
    const renderer = L.canvas({ pane: "base", padding: 0.3 });
    const layers = {};
    const labelLayer = L.layerGroup().addTo(map);
    let generation = 0;
    const shownLabels = [];

    async function loadLayer(name, box, zoom, token) {
      if (zoom < MIN_ZOOM[name]) {
        if (layers[name]) { map.removeLayer(layers[name]); delete layers[name]; }
        return;
      }
      const data = await fw.getJson(`/basemap/layer/${name}?zoom=${zoom}&bbox=${box}`);
      if (token !== generation) return;
      const layer = L.geoJSON(data, { renderer, pane: "base", interactive: false, style: STYLES[name] });
      if (layers[name]) map.removeLayer(layers[name]);
      layers[name] = layer.addTo(map);
    }

    async function loadLabels(box, zoom, token) {
      const data = await fw.getJson(`/basemap/labels?zoom=${zoom}&bbox=${box}`);
      if (token !== generation) return;
      labelLayer.clearLayers();
      shownLabels.length = 0;
      // The dots of the biggest towns are reserved first, so a big town's label never hides another big town.
      const view = map.getBounds();
      const items = data.items.filter((l) => view.contains([l.lat, l.lon]));
      const taken = items.filter((l) => l.kind === "town").slice(0, 40).map((l) => {
        const p = map.latLngToContainerPoint([l.lat, l.lon]);
        return { x1: p.x - 3, y1: p.y - 3, x2: p.x + 3, y2: p.y + 3 };
      }).concat((obstacles ? obstacles() : []).map((o) => ({ x1: o.x - o.r, y1: o.y - o.r, x2: o.x + o.r, y2: o.y + o.r })));
      for (const label of items) {
        const pos = placeLabel(map.latLngToContainerPoint([label.lat, label.lon]), label, taken);
        if (!pos) continue;
        const name = `<span class="name pos-${pos}">${fw.escapeHtml(label.name)}</span>`;
        const icon = L.divIcon({ className: `place-label ${label.kind}${label.population >= 1000000 ? " big" : ""}`,
          html: label.kind === "province" ? name : `<span class="dot"></span>${name}`, iconSize: [0, 0] });
        L.marker([label.lat, label.lon], { icon, pane: "labels", interactive: false, keyboard: false }).addTo(labelLayer);
        shownLabels.push(label.name);
        if (shownLabels.length >= 120) break;
      }
    }

    async function refresh() {
      const token = ++generation;
      const zoom = map.getZoom();
      const box = snappedBox(map);
      const jobs = Object.keys(STYLES).map((name) => loadLayer(name, box, zoom, token));
      jobs.push(loadLabels(box, zoom, token));
      try { await Promise.all(jobs); } catch (err) { console.warn("basemap", err); }
    }

    let timer = null;
    map.on("moveend", () => { clearTimeout(timer); timer = setTimeout(refresh, 120); });
    return { refresh, labels: () => shownLabels.slice() };
  }

  window.fwBasemap = { create };
})();
