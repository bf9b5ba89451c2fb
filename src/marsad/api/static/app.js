/* Marsad dashboard. Plain JS, no build step, no third-party origin.
 * Every piece of data reaches the page through textContent or setAttribute, never as markup. */
"use strict";
(function () {
  const I18N = window.MARSAD_I18N;
  const SVGNS = "http://www.w3.org/2000/svg";
  const PAGE = 25;
  const MAP_LIMIT = 2000;
  const TYPE_COLORS = {
    "Battles": "#d62728", "Explosions/Remote violence": "#ff7f0e", "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c", "Riots": "#8c564b", "Strategic developments": "#1f77b4",
  };
  const OTHER_COLOR = "#7f7f7f";
  // each field's highlight colour (class names in app.css) and its label key
  const FIELD_SPANS = [
    ["actor1", "hl-actor1"], ["actor2", "hl-actor2"], ["location", "hl-location"], ["date", "hl-date"],
    ["fatalities", "hl-fatalities"], ["injured", "hl-injured"], ["sources", "hl-sources"],
  ];
  const state = {
    lang: localStorage.getItem("marsad.lang") || "ar",
    offset: 0, total: 0, filters: {}, taxonomy: null, basemap: null,
    view: { x: 0, y: 0, w: 1000, h: 560 }, currentEvent: null,
  };
  const $ = (id) => document.getElementById(id);
  const t = (key, vars) => {
    let s = (I18N[state.lang] && I18N[state.lang][key]) || I18N.en[key] || key;
    for (const [k, v] of Object.entries(vars || {})) s = s.replace("{" + k + "}", String(v));
    return s;
  };
  const typeLabel = (ty) => (state.lang === "ar" && I18N.types_ar[ty]) || ty || "—";
  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function svg(tag, attrs) {
    const node = document.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  async function api(path, options) {
    const res = await fetch(path, options);
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) {
      const msg = body && body.error ? body.error.message : res.statusText;
      const err = new Error(msg); err.status = res.status; throw err;
    }
    return body;
  }

  /* ---------- language ---------- */
  function applyLang() {
    document.documentElement.lang = state.lang;
    document.documentElement.dir = state.lang === "ar" ? "rtl" : "ltr";
    document.title = t("brand");
    document.querySelectorAll("[data-i18n]").forEach((n) => { n.textContent = t(n.getAttribute("data-i18n")); });
    $("lang-toggle").textContent = t("lang_other");
    fillTypeSelect();
  }

  /* ---------- filters ---------- */
  function fillTypeSelect() {
    const sel = $("f-type");
    const keep = sel.value;
    while (sel.options.length > 1) sel.remove(1);
    if (!state.taxonomy) return;
    for (const ty of Object.keys(state.taxonomy.acled)) sel.appendChild(el("option", { value: ty }, typeLabel(ty)));
    for (const p of state.taxonomy.plover) sel.appendChild(el("option", { value: p }, "PLOVER " + p));
    sel.value = keep;
  }
  function fillCountrySelect(codes) {
    const sel = $("f-country");
    const keep = sel.value;
    while (sel.options.length > 1) sel.remove(1);
    const names = {};
    if (state.basemap) {
      for (const f of state.basemap.features) {
        if (f.properties.level === "country") names[f.properties.country] = f.properties;
      }
    }
    for (const code of codes) {
      const p = names[code];
      const label = p ? (state.lang === "ar" && p.name_ar ? p.name_ar : p.name) + " (" + code + ")" : code;
      sel.appendChild(el("option", { value: code }, label));
    }
    sel.value = keep;
  }
  function readFilters() {
    const f = {};
    new FormData($("filters")).forEach((v, k) => { if (String(v).trim() !== "") f[k] = String(v).trim(); });
    return f;
  }
  function query(extra) {
    const p = new URLSearchParams(Object.assign({}, state.filters, extra || {}));
    return p.toString();
  }

  /* ---------- list view ---------- */
  async function loadList() {
    $("summary").textContent = t("loading");
    const [page, all] = await Promise.all([
      api("/events?" + query({ limit: PAGE, offset: state.offset })),
      api("/events?" + query({ limit: MAP_LIMIT, offset: 0 })),
    ]);
    state.total = page.total;
    renderTable(page.items);
    const shown = all.items.length;
    let s = t("summary", { shown: Math.min(page.total, shown), total: page.total });
    if (page.total > shown) s += " · " + t("map_capped", { n: shown });
    $("summary").textContent = s;
    const countries = new Set(all.items.map((e) => e.location && e.location.country).filter(Boolean));
    if (!state.filters.country) fillCountrySelect([...countries].sort());
    renderMap(all.items);
    renderTimeline(all.items);
  }

  function evType(e) { return (e.acled && e.acled.event_type) || (e.plover && "PLOVER " + e.plover.event_type) || null; }
  function evColor(e) { return (e.acled && TYPE_COLORS[e.acled.event_type]) || OTHER_COLOR; }
  function fatal(e) { return (e.fatalities && e.fatalities.best) || 0; }
  function placeName(e) {
    const l = e.location; if (!l) return "—";
    return [l.text || l.name, l.admin1, l.country].filter(Boolean).join("، ");
  }

  function renderTable(items) {
    const body = document.querySelector("#events-table tbody");
    clear(body);
    if (!items.length) {
      const tr = el("tr"); const td = el("td", { colspan: "7" }, t("no_events")); tr.appendChild(td); body.appendChild(tr);
    }
    for (const e of items) {
      const tr = el("tr", { "data-event-id": e.id, class: "row", tabindex: "0" });
      const ty = evType(e);
      tr.appendChild(el("td", {}, (e.date && (e.date.start || e.date.text)) || "—"));
      const tdType = el("td"); const dot = el("span", { class: "dot" }); dot.style.background = evColor(e);
      tdType.appendChild(dot); tdType.appendChild(document.createTextNode(ty && ty.startsWith("PLOVER") ? ty : typeLabel(ty)));
      tr.appendChild(tdType);
      tr.appendChild(el("td", {}, placeName(e)));
      tr.appendChild(el("td", {}, e.actor1 ? (e.actor1.name || e.actor1.text) : "—"));
      tr.appendChild(el("td", {}, e.actor2 ? (e.actor2.name || e.actor2.text) : "—"));
      tr.appendChild(el("td", {}, e.fatalities && e.fatalities.best != null ? e.fatalities.best : "—"));
      tr.appendChild(el("td", {}, e.n_sources != null ? e.n_sources : (e.outlets || []).length));
      const open = () => { location.hash = "#/event/" + encodeURIComponent(e.id); };
      tr.addEventListener("click", open);
      tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") open(); });
      body.appendChild(tr);
    }
    const pages = Math.max(1, Math.ceil(state.total / PAGE));
    $("page-info").textContent = t("page", { page: Math.floor(state.offset / PAGE) + 1, pages });
    $("prev").disabled = state.offset === 0;
    $("next").disabled = state.offset + PAGE >= state.total;
  }

  /* ---------- map: equirectangular projection over the region, drawn in SVG ---------- */
  const BOUNDS = { lon0: -18, lon1: 64, lat0: 4, lat1: 46 };
  function project(lon, lat) {
    const x = (lon - BOUNDS.lon0) / (BOUNDS.lon1 - BOUNDS.lon0) * 1000;
    const y = (BOUNDS.lat1 - lat) / (BOUNDS.lat1 - BOUNDS.lat0) * 560 * 1.0;
    return [x, y];
  }
  function ringPath(ring) {
    let d = "";
    ring.forEach((c, i) => { const [x, y] = project(c[0], c[1]); d += (i ? "L" : "M") + x.toFixed(1) + " " + y.toFixed(1); });
    return d + "Z";
  }
  function geomPath(g) {
    if (!g) return "";
    const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    return polys.map((p) => p.map(ringPath).join("")).join("");
  }
  let baseLayer = null;
  function drawBase(map) {
    if (!baseLayer) {
      baseLayer = svg("g", { class: "base" });
      baseLayer.appendChild(svg("rect", { x: -2000, y: -2000, width: 5000, height: 5000, class: "sea" }));
      if (state.basemap) {
        for (const f of state.basemap.features) {
          const cls = f.properties.level === "country" ? "country" : "admin1";
          const p = svg("path", { d: geomPath(f.geometry), class: cls, "data-country": f.properties.country });
          const title = svg("title");
          title.textContent = (state.lang === "ar" && f.properties.name_ar) || f.properties.name;
          p.appendChild(title);
          baseLayer.appendChild(p);
        }
      }
    }
    map.appendChild(baseLayer);
  }
  function setView() {
    const v = state.view;
    $("map").setAttribute("viewBox", [v.x, v.y, v.w, v.h].map((n) => n.toFixed(1)).join(" "));
  }
  function zoom(factor, cx, cy) {
    const v = state.view;
    cx = cx === undefined ? v.x + v.w / 2 : cx; cy = cy === undefined ? v.y + v.h / 2 : cy;
    const w = Math.min(2000, Math.max(40, v.w * factor)); const h = w * 0.56;
    state.view = { x: cx - (cx - v.x) * (w / v.w), y: cy - (cy - v.y) * (h / v.h), w, h };
    setView();
  }
  function fit(items) {
    const pts = items.filter((e) => e.location && e.location.lat != null && e.location.lon != null)
      .map((e) => project(e.location.lon, e.location.lat));
    if (!pts.length) { state.view = { x: 0, y: 0, w: 1000, h: 560 }; setView(); return; }
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of pts) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
    const w = Math.max(120, (x1 - x0) * 1.4, (y1 - y0) * 1.4 / 0.56);
    const h = w * 0.56;
    state.view = { x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w, h };
    setView();
  }
  let lastMapItems = [];
  function renderMap(items) {
    lastMapItems = items;
    const map = $("map");
    clear(map);
    drawBase(map);
    const layer = svg("g", { class: "markers" });
    const sorted = items.filter((e) => e.location && e.location.lat != null && e.location.lon != null)
      .sort((a, b) => fatal(b) - fatal(a));
    for (const e of sorted) {
      const [x, y] = project(e.location.lon, e.location.lat);
      const r = 2.5 + Math.min(14, Math.sqrt(fatal(e)) * 1.6);
      const c = svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), fill: evColor(e),
        class: "marker", "data-event-id": e.id, tabindex: "0" });
      const title = svg("title");
      title.textContent = [e.date && e.date.start, typeLabel(evType(e)), placeName(e),
        t("fatalities") + ": " + (e.fatalities && e.fatalities.best != null ? e.fatalities.best : "—")].filter(Boolean).join(" · ");
      c.appendChild(title);
      c.addEventListener("click", () => { location.hash = "#/event/" + encodeURIComponent(e.id); });
      layer.appendChild(c);
    }
    map.appendChild(layer);
    const legend = $("map-legend");
    clear(legend);
    for (const [ty, color] of Object.entries(TYPE_COLORS)) {
      const sw = el("span", { class: "sw" }); sw.style.background = color;
      legend.appendChild(sw); legend.appendChild(el("span", {}, typeLabel(ty)));
    }
  }

  /* ---------- timeline: events per period (bars) and fatalities (line) ---------- */
  function renderTimeline(items) {
    const tl = $("timeline");
    clear(tl);
    const dated = items.filter((e) => e.date && e.date.start);
    if (!dated.length) { const tx = svg("text", { x: 300, y: 130, "text-anchor": "middle", class: "axis" }); tx.textContent = t("no_events"); tl.appendChild(tx); return; }
    const days = dated.map((e) => e.date.start).sort();
    const spanDays = (Date.parse(days[days.length - 1]) - Date.parse(days[0])) / 864e5;
    const keyOf = spanDays > 120 ? (d) => d.slice(0, 7) : (d) => d.slice(0, 10);
    const buckets = new Map();
    // fill every period between the first and the last so gaps show
    const start = new Date(days[0] + "T00:00:00Z"); const end = new Date(days[days.length - 1] + "T00:00:00Z");
    for (let d = new Date(start); d <= end; spanDays > 120 ? d.setUTCMonth(d.getUTCMonth() + 1, 1) : d.setUTCDate(d.getUTCDate() + 1)) {
      buckets.set(keyOf(d.toISOString()), { n: 0, f: 0 });
      if (buckets.size > 400) break;
    }
    for (const e of dated) {
      const k = keyOf(e.date.start); if (!buckets.has(k)) buckets.set(k, { n: 0, f: 0 });
      const b = buckets.get(k); b.n += 1; b.f += fatal(e);
    }
    const keys = [...buckets.keys()].sort();
    const maxN = Math.max(1, ...keys.map((k) => buckets.get(k).n));
    const maxF = Math.max(1, ...keys.map((k) => buckets.get(k).f));
    const W = 600, H = 260, L = 30, R = 30, T = 10, B = 30;
    const bw = (W - L - R) / keys.length;
    let line = "";
    keys.forEach((k, i) => {
      const b = buckets.get(k);
      const h = (H - T - B) * b.n / maxN;
      const rect = svg("rect", { x: (L + i * bw + bw * 0.1).toFixed(1), y: (H - B - h).toFixed(1),
        width: Math.max(0.5, bw * 0.8).toFixed(1), height: h.toFixed(1), class: "bar" });
      const title = svg("title"); title.textContent = k + " · " + t("events_count") + ": " + b.n + " · " + t("fatalities") + ": " + b.f;
      rect.appendChild(title); tl.appendChild(rect);
      const fy = H - B - (H - T - B) * b.f / maxF;
      line += (i ? "L" : "M") + (L + i * bw + bw / 2).toFixed(1) + " " + fy.toFixed(1);
    });
    tl.appendChild(svg("path", { d: line, class: "fat-line" }));
    const axis = (x, y, s, anchor) => { const tx = svg("text", { x, y, class: "axis", "text-anchor": anchor }); tx.textContent = s; tl.appendChild(tx); };
    axis(L, H - 8, keys[0], "start"); axis(W - R, H - 8, keys[keys.length - 1], "end");
    axis(4, T + 10, String(maxN), "start"); axis(W - 4, T + 10, String(maxF), "end");
    // the chart is drawn left-to-right in time whatever the page direction
    tl.setAttribute("direction", "ltr");
  }

  /* ---------- event view ---------- */
  function fieldValue(key, e) {
    const v = e[key];
    if (!v) return null;
    if (key === "actor1" || key === "actor2") return (v.name || v.text) + (v.text && v.name && v.text !== v.name ? " «" + v.text + "»" : "");
    if (key === "location") return [v.text && v.name && v.text !== v.name ? v.name + " «" + v.text + "»" : v.name || v.text, v.admin1, v.country].filter(Boolean).join("، ") +
      (v.lat != null ? " (" + Number(v.lat).toFixed(3) + ", " + Number(v.lon).toFixed(3) + ")" : "");
    if (key === "date") return [v.start, v.end && v.end !== v.start ? "– " + v.end : null, v.text ? "«" + v.text + "»" : null].filter(Boolean).join(" ");
    if (key === "fatalities" || key === "injured") {
      const parts = [v.best != null ? String(v.best) : "?"];
      if (v.approximate) parts.push(t("approx"));
      if (v.civilians != null) parts.push(v.civilians + " " + t("civilians"));
      if (v.children != null) parts.push(v.children + " " + t("children"));
      if (v.text) parts.push("«" + v.text + "»");
      return parts.join(" · ");
    }
    if (key === "sources") return v.length ? v.map((s) => s.name || s.text).join("، ") : null;
    return String(v);
  }

  function renderFields(e) {
    const dl = $("ev-fields");
    clear(dl);
    const rows = [["type", typeLabel(e.acled && e.acled.event_type)], ["sub_event_type", e.acled && e.acled.sub_event_type],
      ["plover", e.plover ? e.plover.event_type + (e.plover.mode ? " (" + e.plover.mode + ")" : "") : null]];
    for (const [key, cls] of FIELD_SPANS) rows.push([key, fieldValue(key, e), cls]);
    const corrections = (e.review && e.review.corrections) || {};
    const fieldOf = { type: "acled.event_type", sub_event_type: "acled.sub_event_type", plover: "plover.event_type" };
    for (const [key, value, cls] of rows) {
      const dt = el("dt"); if (cls) { dt.appendChild(el("span", { class: "sw " + cls })); }
      dt.appendChild(document.createTextNode(t(key)));
      const dd = el("dd", { "data-field": key }, value == null || value === "" ? "—" : value);
      for (const [path, v] of Object.entries(corrections)) {
        if (path === (fieldOf[key] || key) || path.startsWith(key + ".")) {
          dd.appendChild(el("span", { class: "corrected", "data-corrected": path },
            " ✎ " + t("corrected_to") + " " + path + " = " + (Array.isArray(v) ? v.join("، ") : v)));
        }
      }
      dl.appendChild(dt); dl.appendChild(dd);
    }
  }

  // spans of one member event, in its document's text: [{start, end, cls}]
  function memberSpans(m) {
    const spans = [];
    for (const sp of m.evidence || []) spans.push({ start: sp.start, end: sp.end, cls: "hl-evidence" });
    for (const [key, cls] of FIELD_SPANS) {
      const v = m[key];
      const list = Array.isArray(v) ? v : v ? [v] : [];
      for (const item of list) if (item && item.span && item.span.end > item.span.start) spans.push({ start: item.span.start, end: item.span.end, cls });
    }
    return spans;
  }

  // Text split at every span boundary; each piece in a <span> whose classes name the spans covering it.
  function highlighted(text, spans) {
    const frag = document.createDocumentFragment();
    const cuts = new Set([0, text.length]);
    for (const s of spans) { if (s.start >= 0 && s.end <= text.length) { cuts.add(s.start); cuts.add(s.end); } }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const covering = spans.filter((s) => s.start <= a && s.end >= b);
      if (!covering.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      const classes = [...new Set(covering.map((s) => s.cls))];
      const node = el(classes.some((c) => c !== "hl-evidence") ? "mark" : "span", { class: classes.join(" ") }, piece);
      frag.appendChild(node);
    }
    return frag;
  }

  function renderLegend() {
    const lg = $("ev-legend");
    clear(lg);
    const items = [["evidence", "hl-evidence"]].concat(FIELD_SPANS);
    for (const [key, cls] of items) {
      lg.appendChild(el("span", { class: "sw " + cls })); lg.appendChild(el("span", {}, t(key)));
    }
  }

  function renderDocs(e) {
    const box = $("ev-docs");
    clear(box);
    const members = e.members && e.members.length ? e.members : [Object.assign({ document_id: (e.document_ids || [])[0] }, e)];
    const docs = {};
    for (const d of e.documents || []) docs[d.id] = d;
    for (const m of members) {
      const d = docs[m.document_id] || {};
      const art = el("article", { class: "doc", "data-document-id": m.document_id || "" });
      art.appendChild(el("h4", {}, d.title || m.document_id || t("document")));
      art.appendChild(el("div", { class: "meta" }, [d.outlet ? t("outlet") + ": " + d.outlet : null,
        d.published ? t("published") + ": " + d.published : null, d.url || null].filter(Boolean).join(" · ")));
      const body = el("div", { class: "doc-text", dir: "auto" });
      if (typeof d.text === "string") body.appendChild(highlighted(d.text, memberSpans(m)));
      art.appendChild(body);
      box.appendChild(art);
    }
  }

  function renderReview(e) {
    const r = e.review || { status: null, history: [] };
    const st = $("ev-status");
    st.textContent = t("status_" + (r.status || "none"));
    st.className = "status " + (r.status || "none");
    const hist = $("rv-history");
    clear(hist);
    for (const h of r.history || []) {
      const what = h.action === "correct" ? h.field + " → " + JSON.stringify(h.value) : t(h.action);
      hist.appendChild(el("li", {}, h.created_at + " · " + h.reviewer + " · " + what));
    }
  }

  async function loadEvent(id) {
    $("ev-title").textContent = t("loading");
    clear($("ev-docs")); clear($("ev-fields")); $("rv-message").textContent = "";
    let e;
    try { e = await api("/events/" + encodeURIComponent(id)); } catch (err) {
      $("ev-title").textContent = err.status === 404 ? t("not_found") : t("error") + ": " + err.message; return;
    }
    state.currentEvent = e;
    $("ev-title").textContent = [typeLabel(e.acled && e.acled.event_type) || (e.plover && e.plover.event_type), placeName(e), e.date && e.date.start].filter(Boolean).join(" · ");
    renderFields(e);
    const ul = $("ev-outlets");
    clear(ul);
    const outlets = e.outlets && e.outlets.length ? e.outlets : [...new Set((e.documents || []).map((d) => d.outlet).filter(Boolean))];
    for (const o of outlets) ul.appendChild(el("li", {}, o));
    if (!outlets.length) ul.appendChild(el("li", {}, t("unknown")));
    renderLegend();
    renderDocs(e);
    renderReview(e);
  }

  async function sendReview(body) {
    const token = $("token").value.trim(); const reviewer = $("reviewer").value.trim();
    const msg = $("rv-message");
    if (!token || !reviewer) { msg.textContent = t("need_token"); msg.className = "message bad"; return; }
    sessionStorage.setItem("marsad.token", token); localStorage.setItem("marsad.reviewer", reviewer);
    body.reviewer = reviewer;
    try {
      await api("/events/" + encodeURIComponent(state.currentEvent.id) + "/review", {
        method: "POST", headers: { "Content-Type": "application/json", "Authorization": "Bearer " + token },
        body: JSON.stringify(body),
      });
      await loadEvent(state.currentEvent.id);
      msg.textContent = t("saved"); msg.className = "message ok";
    } catch (err) { msg.textContent = t("error") + ": " + err.message; msg.className = "message bad"; }
  }

  function parseValue(field, raw) {
    raw = raw.trim();
    if (raw === "") return null;
    if (/\.(best|civilians|children|type)$/.test(field) && /^\d+$/.test(raw)) return parseInt(raw, 10);
    if (/\.(lat|lon)$/.test(field) && /^-?\d+(\.\d+)?$/.test(raw)) return parseFloat(raw);
    if (field === "sources") return raw.split(/[,،]/).map((s) => s.trim()).filter(Boolean);
    return raw;
  }

  /* ---------- routing ---------- */
  function route() {
    const m = location.hash.match(/^#\/event\/(.+)$/);
    $("view-list").hidden = !!m;
    $("view-event").hidden = !m;
    if (m) loadEvent(decodeURIComponent(m[1]));
    else loadList().catch((err) => { $("summary").textContent = t("error") + ": " + err.message; });
  }

  async function init() {
    // a token handed over in the URL fragment (marsad demo prints it) never reaches the server
    const frag = location.hash.match(/token=([^&]+)/);
    if (frag) { sessionStorage.setItem("marsad.token", decodeURIComponent(frag[1])); history.replaceState(null, "", location.pathname + "#/"); }
    $("token").value = sessionStorage.getItem("marsad.token") || "";
    $("reviewer").value = localStorage.getItem("marsad.reviewer") || "";
    const [tax, base, fields] = await Promise.all([
      api("/static/taxonomy.json").catch(() => null), api("/static/basemap.geojson").catch(() => null),
      api("/reviews/fields").catch(() => ({ fields: [] })),
    ]);
    state.taxonomy = tax; state.basemap = base;
    const fsel = $("rv-field");
    for (const f of fields.fields) fsel.appendChild(el("option", { value: f }, f));
    applyLang();
    $("lang-toggle").addEventListener("click", () => {
      state.lang = state.lang === "ar" ? "en" : "ar"; localStorage.setItem("marsad.lang", state.lang);
      baseLayer = null; applyLang(); route();
    });
    $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); state.filters = readFilters(); state.offset = 0; location.hash = "#/"; route(); });
    $("reset").addEventListener("click", () => { $("filters").reset(); state.filters = {}; state.offset = 0; route(); });
    $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); loadList(); });
    $("next").addEventListener("click", () => { state.offset += PAGE; loadList(); });
    $("zoom-in").addEventListener("click", () => zoom(0.6));
    $("zoom-out").addEventListener("click", () => zoom(1 / 0.6));
    $("zoom-fit").addEventListener("click", () => fit(lastMapItems));
    $("rv-confirm").addEventListener("click", () => sendReview({ action: "confirm" }));
    $("rv-reject").addEventListener("click", () => sendReview({ action: "reject" }));
    $("rv-correct").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const field = $("rv-field").value;
      sendReview({ action: "correct", field, value: parseValue(field, $("rv-value").value) });
    });
    window.addEventListener("hashchange", route);
    route();
  }
  document.addEventListener("DOMContentLoaded", () => { init().catch((err) => { $("summary").textContent = String(err); }); });
})();
