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

  function paddedBox(map, pad) {
    const b = map.getBounds().pad(pad);
    const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
    return [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -85, 85), clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -85, 85)]
      .map((v) => v.toFixed(3)).join(",");
  }

  function textBox(point, name, kind) {
    const w = name.length * (kind === "province" ? 6.2 : 6.8) + 8;
    return { x1: point.x - w / 2, x2: point.x + w / 2, y1: point.y - 9, y2: point.y + 9 };
  }

  function overlaps(a, list) {
    return list.some((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2);
  }

  function create(map) {
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
      const taken = [];
      for (const label of data.items) {
        const point = map.latLngToContainerPoint([label.lat, label.lon]);
        const box2 = textBox(point, label.name, label.kind);
        if (overlaps(box2, taken)) continue;
        taken.push(box2);
        const icon = L.divIcon({ className: `place-label ${label.kind}${label.population >= 1000000 ? " big" : ""}`,
          html: fw.escapeHtml(label.name), iconSize: null });
        L.marker([label.lat, label.lon], { icon, pane: "labels", interactive: false, keyboard: false }).addTo(labelLayer);
        shownLabels.push(label.name);
        if (taken.length >= 160) break;
      }
    }

    async function refresh() {
      const token = ++generation;
      const zoom = map.getZoom();
      const box = paddedBox(map, 0.3);
      const jobs = Object.keys(STYLES).map((name) => loadLayer(name, box, zoom, token));
      jobs.push(loadLabels(paddedBox(map, 0), zoom, token));
      try { await Promise.all(jobs); } catch (err) { console.warn("basemap", err); }
    }

    let timer = null;
    map.on("moveend", () => { clearTimeout(timer); timer = setTimeout(refresh, 120); });
    return { refresh, labels: () => shownLabels.slice() };
  }

  window.fwBasemap = { create };
})();
