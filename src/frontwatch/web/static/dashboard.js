// The dashboard: events and fatalities over time by type, actor, country or province; top actors; same filters as the map.
(function () {
  "use strict";

  const $ = fw.$;
  const state = { charts: {}, data: null, ready: false, palette: {}, actorColours: [] };
  const OTHER_COLOUR = "#b0b0b0";

  function colourFor(name, index, by) {
    if (by === "type" && state.palette[name]) return state.palette[name];
    if (name === "other") return OTHER_COLOUR;
    return state.actorColours[index % state.actorColours.length];
  }

  function draw(id, config) {
    if (typeof Chart === "undefined") {
      $(id).replaceWith(Object.assign(document.createElement("p"), { className: "hint",
        textContent: "Charts need Chart.js: run scripts/setup.sh (it installs it with npm)." }));
      return;
    }
    if (state.charts[id]) state.charts[id].destroy();
    state.charts[id] = new Chart($(id), { ...config, options: { animation: false, maintainAspectRatio: false,
      plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } }, ...(config.options || {}) } });
  }

  function weekly(id, block, measure) {
    draw(id, {
      type: "bar",
      data: { labels: block.weeks, datasets: block.series.map((s, i) => ({
        label: s.name, data: s[measure], backgroundColor: colourFor(s.name, i, block.by), stack: "all",
        barPercentage: 1, categoryPercentage: 0.9 })) },
      options: { scales: { x: { stacked: true, ticks: { maxTicksLimit: 12 } }, y: { stacked: true, beginAtZero: true } } },
    });
  }

  function ranking(id, rows, colour) {
    draw(id, {
      type: "bar",
      data: { labels: rows.map((r) => r.name), datasets: [
        { label: "events", data: rows.map((r) => r.events), backgroundColor: colour },
        { label: "fatalities", data: rows.map((r) => r.fatalities), backgroundColor: "#444" }] },
      options: { indexAxis: "y", scales: { x: { beginAtZero: true } } },
    });
  }

  const chartsCall = fw.newestOnly();

  async function refresh() {
    const current = chartsCall();
    const data = await fw.getJson(`/map/charts?${fw.filterBar.query({ by: $("by").value,
      date_from: $("f-date_from").value, date_to: $("f-date_to").value })}`);
    if (!current()) return;  // a later filter's answer is, or will be, on screen
    state.data = data;
    $("totals").innerHTML = `<b id="total-events">${data.totals.events}</b> events ·
      <b id="total-fatalities">${data.totals.fatalities}</b> fatalities · ${data.totals.placed} on the map
      <small>(${fw.escapeHtml(data.layer)} events)</small>`;
    weekly("chart-events", data.by_type, "events");
    weekly("chart-fatalities", data.by_type, "fatalities");
    weekly("chart-by", data.by, "events");
    ranking("chart-actors", data.top_actors, "#556b2f");
    ranking("chart-countries", data.countries, "#1a1a6e");
    ranking("chart-provinces", data.provinces, "#5c3317");
  }

  async function main() {
    const meta = await fw.getJson("/map/meta");
    state.palette = meta.palette.event_types;
    state.actorColours = meta.palette.actors;
    fw.filterBar.fill(meta);
    fw.filterBar.wire();
    $("f-date_from").min = $("f-date_to").min = meta.date_min || "";
    $("f-date_from").max = $("f-date_to").max = meta.date_max || "";
    for (const id of ["by", "f-date_from", "f-date_to"]) $(id).addEventListener("change", refresh);
    fw.filterBar.onChange(refresh);
    await refresh();
    state.ready = true;
    document.body.dataset.ready = "1";
  }

  window.frontwatch = {
    isReady: () => state.ready,
    totals: () => (state.data ? state.data.totals : null),
    seriesSum: (id) => state.charts[id].data.datasets.reduce((sum, d) => sum + d.data.reduce((a, b) => a + b, 0), 0),
    chartIds: () => Object.keys(state.charts),
    refresh,
  };

  main().catch((err) => { $("totals").textContent = "error: " + err.message; console.error(err); });
})();
