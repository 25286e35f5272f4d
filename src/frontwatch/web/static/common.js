// Shared by the map and the dashboard: JSON fetch, the filter bar, the palette. No inline script anywhere (CSP).
(function () {
  "use strict";

  const $ = (id) => document.getElementById(id);
  const FILTERS = ["layer", "type", "sub_type", "actor", "country", "admin1", "certainty", "outlet", "q"];

  function escapeHtml(text) {
    return String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  }

  async function getJson(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(url + ": HTTP " + response.status);
    return response.json();
  }

  function fillSelect(id, values, emptyLabel) {
    const select = $(id);
    if (!select) return;
    const keep = select.value;
    select.textContent = "";
    const blank = document.createElement("option");
    blank.value = ""; blank.textContent = emptyLabel;
    select.appendChild(blank);
    for (const value of values) {
      const option = document.createElement("option");
      option.value = value; option.textContent = value;
      select.appendChild(option);
    }
    select.value = values.includes(keep) ? keep : "";
  }

  function fillDatalist(id, values) {
    const list = $(id);
    if (!list) return;
    list.textContent = "";
    for (const value of values) {
      const option = document.createElement("option");
      option.value = value;
      list.appendChild(option);
    }
  }

  // The controls of the filter bar, shared by the map and the dashboard: [id, label, kind, options or placeholder].
  const CONTROLS = [
    ["layer", "Show", "select", [["fused", "fused events"], ["reports", "every report"]]],
    ["type", "Type", "select", [["", "all types"]]],
    ["sub_type", "Sub-type", "select", [["", "all sub-types"]]],
    ["actor", "Actor", "actor", "any actor"],
    ["country", "Country", "select", [["", "all countries"]]],
    ["admin1", "Province", "select", [["", "all provinces"]]],
    ["certainty", "Certainty", "select", [["", "any"], ["confirmed", "confirmed"], ["reported", "reported"], ["claimed", "claimed"]]],
    ["outlet", "Outlet", "select", [["", "all outlets"]]],
    ["q", "Text", "search", "words in evidence"],
  ];

  function control([name, text, kind, options]) {
    const label = document.createElement("label");
    label.append(text + " ");
    let el;
    if (kind === "select") {
      el = document.createElement("select");
      for (const [value, shown] of options) {
        const option = document.createElement("option");
        option.value = value; option.textContent = shown;
        el.appendChild(option);
      }
    } else {
      el = document.createElement("input");
      el.type = kind === "search" ? "search" : "text";
      el.size = kind === "search" ? 12 : 14;
      el.placeholder = options;
      if (kind === "actor") el.setAttribute("list", "actors-list");
    }
    el.id = "f-" + name;
    label.appendChild(el);
    return label;
  }

  // The filter bar: built into #filters, reads its controls into query parameters, tells listeners on change.
  const filterBar = {
    listeners: [],
    values() {
      const out = {};
      for (const name of FILTERS) {
        const el = $("f-" + name);
        if (el && el.value.trim()) out[name] = el.value.trim();
      }
      return out;
    },
    query(extra) {
      const params = new URLSearchParams({ ...this.values(), ...(extra || {}) });
      for (const [k, v] of [...params]) if (v === "" || v === "undefined" || v === "null") params.delete(k);
      return params.toString();
    },
    fill(meta) {
      fillSelect("f-type", meta.event_types, "all types");
      fillSelect("f-sub_type", meta.sub_types, "all sub-types");
      fillSelect("f-country", meta.countries, "all countries");
      fillSelect("f-admin1", meta.admin1, "all provinces");
      fillSelect("f-outlet", meta.outlets, "all outlets");
      fillDatalist("actors-list", meta.actors);
      const layer = $("f-layer");
      if (layer && !layer.dataset.touched) layer.value = meta.layer;
    },
    onChange(fn) { this.listeners.push(fn); },
    render() {
      const box = $("filters");
      if (!box || box.childElementCount) return;
      for (const spec of CONTROLS) box.appendChild(control(spec));
      const list = document.createElement("datalist");
      list.id = "actors-list";
      box.appendChild(list);
    },
    wire() {
      let timer = null;
      for (const name of FILTERS) {
        const el = $("f-" + name);
        if (!el) continue;
        const fire = () => {
          if (name === "layer") el.dataset.touched = "1";
          clearTimeout(timer);
          timer = setTimeout(() => this.listeners.forEach((fn) => fn(name)), name === "q" || name === "actor" ? 300 : 0);
        };
        el.addEventListener(el.tagName === "SELECT" ? "change" : "input", fire);
      }
    },
  };

  // Responses can arrive out of order: a loader's call is current only while no later call of it has begun.
  function newestOnly() {
    let last = 0;
    return () => {
      const mine = ++last;
      return () => mine === last;
    };
  }

  function swatch(colour, square) {
    const span = document.createElement("span");
    span.className = "swatch" + (square ? " square" : "");
    span.style.background = colour;
    return span;
  }

  filterBar.render();  // scripts load at the end of the body: the bar's placeholder exists already
  window.fw = { $, escapeHtml, getJson, filterBar, newestOnly, swatch };
})();
