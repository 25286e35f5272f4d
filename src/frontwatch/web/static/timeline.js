// The time window: a from–to pair of sliders over the data's days, a weekly histogram under them, and play.
(function () {
  "use strict";

  const DAY = 86400000;

  function create(onChange) {
    const from = fw.$("from"), to = fw.$("to"), canvas = fw.$("histogram");
    const state = { start: null, span: 0, histogram: null, timer: null };

    const iso = (index) => new Date(state.start + index * DAY).toISOString().slice(0, 10);
    const indexOf = (day) => Math.round((Date.parse(day) - state.start) / DAY);

    function draw() {
      const ctx = canvas.getContext("2d");
      const width = canvas.clientWidth || 600;
      canvas.width = width;
      ctx.clearRect(0, 0, width, canvas.height);
      const h = state.histogram;
      if (!h || !h.weeks.length || !state.span) return;
      const max = Math.max(1, ...h.events);
      const x0 = (+from.value / state.span) * width, x1 = (+to.value / state.span) * width;
      ctx.fillStyle = "rgba(255,255,255,0.12)";
      ctx.fillRect(x0, 0, Math.max(1, x1 - x0), canvas.height);
      h.weeks.forEach((week, i) => {
        const a = (indexOf(week) / state.span) * width;
        const w = Math.max(1, (7 / state.span) * width - 0.5);
        const bar = (h.events[i] / max) * (canvas.height - 4);
        const inside = a + w >= x0 && a <= x1;
        ctx.fillStyle = inside ? "#f0b429" : "#6b7c88";
        ctx.fillRect(a, canvas.height - bar, w, bar);
      });
    }

    function labels() {
      fw.$("from-date").textContent = state.start === null ? "–" : iso(+from.value);
      fw.$("to-date").textContent = state.start === null ? "–" : iso(+to.value);
    }

    let timer = null;
    function changed(which) {
      if (+from.value > +to.value) {
        if (which === "from") to.value = from.value; else from.value = to.value;
      }
      labels();
      draw();
      clearTimeout(timer);
      timer = setTimeout(() => onChange(), 80);
    }

    from.addEventListener("input", () => changed("from"));
    to.addEventListener("input", () => changed("to"));
    window.addEventListener("resize", draw);

    function stop() {
      clearInterval(state.timer);
      state.timer = null;
      fw.$("play").textContent = "▶";
    }

    fw.$("play").addEventListener("click", () => {
      if (state.timer) { stop(); return; }
      if (!state.span) return;
      const width = +to.value - +from.value;
      if (+to.value >= state.span) { from.value = "0"; to.value = String(Math.min(state.span, width)); }
      fw.$("play").textContent = "❚❚";
      state.timer = setInterval(() => {
        const step = Math.max(1, Math.round(state.span / 60));
        const next = Math.min(state.span, +to.value + step);
        to.value = String(next);
        from.value = String(Math.max(0, next - width));
        changed("to");
        if (next >= state.span) stop();
      }, 700);
    });

    return {
      setSpan(first, last) {
        if (!first) { from.disabled = to.disabled = true; return; }
        state.start = Date.parse(first);
        state.span = indexOf(last);
        for (const input of [from, to]) input.max = String(state.span);
        from.value = "0";
        to.value = String(state.span);
        labels();
      },
      setHistogram(h) { state.histogram = h; draw(); },
      setWindow(first, last) {
        from.value = String(Math.max(0, indexOf(first)));
        to.value = String(Math.min(state.span, indexOf(last)));
        changed("to");
      },
      params() {
        if (state.start === null) return {};
        const full = +from.value === 0 && +to.value === state.span;
        return full ? {} : { date_from: iso(+from.value), date_to: iso(+to.value) };
      },
      endDay() { return state.start === null ? null : iso(+to.value); },
    };
  }

  window.fwTimeline = { create };
})();
