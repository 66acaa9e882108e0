// dateline explorer: plain JS module, no build step. Every view reads the same filters from the
// URL and has a JSON twin under /api/ (linked top right). Text from the store is always set
// with textContent, never parsed as HTML.

const FILTERS = ["type", "mode", "modality", "actor_country", "recipient_country", "actor_sector",
  "date_from", "date_to", "place", "q"];
const TYPE_COLORS = {
  ASSAULT: "#c0392b", COERCE: "#e67e22", PROTEST: "#f1c40f", MOBILIZE: "#a0522d",
  SANCTION: "#8e44ad", THREATEN: "#d35400", ACCUSE: "#e84393", REJECT: "#b03a2e",
  REQUEST: "#7f8c8d", CONSULT: "#2980b9", AGREE: "#27ae60", COOPERATE: "#16a085",
  SUPPORT: "#2ecc71", AID: "#1abc9c", CONCEDE: "#5dade2", RETREAT: "#95a5a6",
};
const PAGE = 50;
const color = (type) => TYPE_COLORS[type] || "#555";
const $ = (sel) => document.querySelector(sel);

function h(tag, attrs = {}, ...children) {
  const el = tag.startsWith("svg:")
    ? document.createElementNS("http://www.w3.org/2000/svg", tag.slice(4))
    : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// replaceChildren, leaving out the null / false children of conditional parts
function fill(el, ...children) {
  el.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}

const state = () => new URLSearchParams(location.search);

function filterParams(params = state()) {
  const out = new URLSearchParams();
  for (const k of FILTERS) if (params.get(k)) out.set(k, params.get(k));
  return out;
}

function go(changes, replace = false) {
  const params = state();
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === "") params.delete(k); else params.set(k, v);
  }
  const url = "?" + params.toString();
  if (replace) history.replaceState(null, "", url); else history.pushState(null, "", url);
  render();
}

async function api(path, params) {
  const url = params && [...params].length ? `${path}?${params}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return response.json();
}

function setJsonLink(path, params) {
  const link = $("#json-link");
  link.href = params && [...params].length ? `${path}?${params}` : path;
}

// ---- filters form -------------------------------------------------------------------------

async function initFilters() {
  const facets = await api("/api/facets");
  const fill = (name, values) => {
    const select = $(`#filters [name=${name}]`);
    for (const v of values) select.append(h("option", { value: v }, v));
  };
  fill("type", facets.types);
  fill("mode", facets.modes);
  fill("modality", facets.modalities);
  fill("actor_country", facets.countries);
  fill("recipient_country", facets.countries);
  fill("actor_sector", facets.sectors);
  $("#filters").addEventListener("submit", (e) => {
    e.preventDefault();
    const form = new FormData(e.target);
    const changes = { offset: null, event: null };
    for (const k of FILTERS) changes[k] = form.get(k);
    go(changes);
  });
  $("#clear").addEventListener("click", () => {
    const changes = { offset: null, event: null };
    for (const k of FILTERS) changes[k] = null;
    go(changes);
  });
  return facets;
}

function syncForm() {
  const params = state();
  for (const k of FILTERS) {
    const el = $(`#filters [name=${k}]`);
    if (el) el.value = params.get(k) || "";
  }
}

// ---- views --------------------------------------------------------------------------------

async function render() {
  const params = state();
  const view = params.get("view") || "events";
  syncForm();
  for (const a of document.querySelectorAll("#views a")) {
    a.classList.toggle("active", a.dataset.view === view);
    const link = filterParams(params);
    link.set("view", a.dataset.view);
    a.href = "?" + link;
  }
  const target = $("#view");
  fill(target, h("p", { class: "muted" }, "Loading…"));
  try {
    await VIEWS[view](target, params);
  } catch (err) {
    fill(target, h("p", {}, `Could not load: ${err.message}`));
  }
  if (params.get("event")) await showEvent(params.get("event"));
  else $("#detail").hidden = true;
  document.body.dataset.ready = view;
}

async function eventsView(target, params) {
  const filters = filterParams(params);
  const offset = Number(params.get("offset") || 0);
  const page = new URLSearchParams(filters);
  page.set("limit", PAGE);
  page.set("offset", offset);
  const [timeline, events] = await Promise.all([api("/api/timeline", filters),
    api("/api/events", page)]);
  setJsonLink("/api/events", page);
  $("#summary").textContent = `${events.total} events`;
  const rows = events.items.map((e) => h("tr", {
    class: "event-row", "data-key": e.key, onclick: () => go({ event: e.key }, false),
  },
    h("td", {}, e.date || h("span", { class: "muted" }, e.article_dct || "")),
    h("td", {}, h("span", { class: "pill", style: `background:${color(e.type)}` }, e.type),
      " ", h("span", { class: "muted" }, e.mode || "")),
    h("td", {}, e.actor_text || "", e.actor_country ? h("span", { class: "muted" }, ` ${e.actor_country}`) : ""),
    h("td", {}, e.trigger),
    h("td", {}, e.recipient_text || "", e.recipient_country ? h("span", { class: "muted" }, ` ${e.recipient_country}`) : ""),
    h("td", {}, e.place_name || ""),
    h("td", {}, e.killed ?? ""),
    h("td", { class: "muted" }, e.article_source || ""),
  ));
  const pager = h("div", { class: "pager" },
    h("button", { type: "button", disabled: offset === 0 ? "" : null,
      onclick: () => go({ offset: Math.max(0, offset - PAGE) || null }) }, "‹ newer"),
    h("span", { class: "muted" }, `${offset + 1}–${Math.min(offset + PAGE, events.total)} of ${events.total}`),
    h("button", { type: "button", disabled: offset + PAGE >= events.total ? "" : null,
      onclick: () => go({ offset: offset + PAGE }) }, "older ›"));
  fill(target, 
    h("div", { class: "card" }, h("h2", {}, "Events per day, by type"), timelineChart(timeline.items)),
    h("div", { class: "card" }, h("h2", {}, "Events"),
      h("table", { id: "events-table" },
        h("thead", {}, h("tr", {}, ["Date", "Type", "Actor", "Trigger", "Recipient", "Place",
          "Killed", "Source"].map((t) => h("th", {}, t)))),
        h("tbody", {}, rows)),
      pager));
}

function timelineChart(items) {
  if (!items.length) return h("p", { class: "muted" }, "No events dated to a day.");
  const days = [...new Set(items.map((i) => i.day))].sort();
  const first = new Date(days[0]), last = new Date(days[days.length - 1]);
  const span = Math.max(1, Math.round((last - first) / 864e5) + 1);
  const byDay = new Map();
  for (const i of items) {
    if (!byDay.has(i.day)) byDay.set(i.day, []);
    byDay.get(i.day).push(i);
  }
  const max = Math.max(...[...byDay.values()].map((v) => v.reduce((s, i) => s + i.n, 0)));
  const W = 900, H = 160, pad = 24, bw = Math.max(1, (W - pad) / span);
  const svg = h("svg:svg", { viewBox: `0 0 ${W} ${H + 20}`, width: "100%", role: "img",
    "aria-label": "timeline" });
  for (const [day, list] of byDay) {
    const x = pad + Math.round((new Date(day) - first) / 864e5) * bw;
    let y = H;
    for (const i of list) {
      const bh = (i.n / max) * (H - 10);
      y -= bh;
      svg.append(h("svg:rect", { x, y, width: Math.max(1, bw - 1), height: bh, fill: color(i.type),
        onclick: () => go({ view: "events", date_from: day, date_to: day, offset: null }) },
        h("svg:title", {}, `${day} ${i.type}: ${i.n}`)));
    }
  }
  svg.append(h("svg:text", { x: pad, y: H + 14 }, days[0]));
  svg.append(h("svg:text", { x: W - 70, y: H + 14 }, days[days.length - 1]));
  svg.append(h("svg:text", { x: 0, y: 10 }, String(max)));
  const types = [...new Set(items.map((i) => i.type))].sort();
  return h("div", {}, svg, h("div", { class: "legend" },
    types.map((t) => h("span", {}, h("i", { style: `background:${color(t)}` }), t))));
}

let world = null;
async function loadWorld() {
  if (world !== null) return world;
  try {
    if (!window.topojson) {
      await new Promise((resolve, reject) => {
        const s = h("script", { src: "/vendor/topojson-client.min.js" });
        s.onload = resolve; s.onerror = reject;
        document.head.append(s);
      });
    }
    const topo = await api("/vendor/countries-110m.json");
    world = window.topojson.feature(topo, topo.objects.countries).features;
  } catch {
    world = [];  // the base map is optional: npm ci in web/ installs it
  }
  return world;
}

const W_MAP = 960, H_MAP = 480;
const project = ([lon, lat]) => [(lon + 180) / 360 * W_MAP, (90 - lat) / 180 * H_MAP];

function ringPath(ring) {
  let d = "", prev = null;
  for (const point of ring) {
    const [x, y] = project(point);
    // break lines that wrap around the antimeridian
    d += (prev === null || Math.abs(point[0] - prev) > 180 ? "M" : "L") + x.toFixed(1) + "," + y.toFixed(1);
    prev = point[0];
  }
  return d + "Z";
}

function geometryPath(g) {
  if (!g) return "";
  const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
  return polys.map((p) => p.map(ringPath).join("")).join("");
}

async function mapView(target, params) {
  const filters = filterParams(params);
  const [features, points] = await Promise.all([loadWorld(), api("/api/map", filters)]);
  setJsonLink("/api/map", filters);
  $("#summary").textContent = `${points.items.length} places`;
  const svg = h("svg:svg", { viewBox: `0 0 ${W_MAP} ${H_MAP}`, width: "100%", id: "map",
    role: "img", "aria-label": "map of events" });
  for (const f of features) svg.append(h("svg:path", { class: "country", d: geometryPath(f.geometry) },
    h("svg:title", {}, f.properties?.name || "")));
  const max = Math.max(1, ...points.items.map((p) => p.n));
  for (const p of points.items) {
    const [x, y] = project([p.lon, p.lat]);
    svg.append(h("svg:circle", { class: "point", cx: x.toFixed(1), cy: y.toFixed(1),
      r: (2.5 + 9 * Math.sqrt(p.n / max)).toFixed(1), fill: color(p.type), "data-key": p.example,
      onclick: () => go({ event: p.example }) },
      h("svg:title", {}, `${p.name} (${p.country || "?"}): ${p.n} ${p.type}`)));
  }
  const types = [...new Set(points.items.map((i) => i.type))].sort();
  fill(target, h("div", { class: "card" }, h("h2", {}, "Where events happened"),
    features.length ? null : h("p", { class: "muted" }, "Base map not installed (npm ci in web/)."),
    svg, h("div", { class: "legend" },
      types.map((t) => h("span", {}, h("i", { style: `background:${color(t)}` }), t)))));
}

async function networkView(target, params) {
  const filters = filterParams(params);
  const query = new URLSearchParams(filters);
  query.set("limit", 40);
  const data = await api("/api/actors", query);
  setJsonLink("/api/actors", query);
  $("#summary").textContent = `${data.actors.length} actors, ${data.edges.length} links`;
  const names = data.actors.slice(0, 30).map((a) => a.name);
  const W = 720, H = 560, cx = W / 2, cy = H / 2, R = 220;
  const pos = new Map(names.map((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, names.length) - Math.PI / 2;
    return [n, [cx + R * Math.cos(a), cy + R * Math.sin(a), a]];
  }));
  const svg = h("svg:svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", id: "network", role: "img",
    "aria-label": "actor network" });
  const maxN = Math.max(1, ...data.edges.map((e) => e.n));
  for (const e of data.edges) {
    if (!pos.has(e.source) || !pos.has(e.target) || e.source === e.target) continue;
    const [x1, y1] = pos.get(e.source), [x2, y2] = pos.get(e.target);
    svg.append(h("svg:path", { class: "edge", stroke: color(e.type),
      "stroke-width": (1 + 4 * e.n / maxN).toFixed(1),
      d: `M${x1},${y1} Q${cx},${cy} ${x2},${y2}` },
      h("svg:title", {}, `${e.source} → ${e.target}: ${e.n} ${e.type}`)));
  }
  for (const a of data.actors.slice(0, 30)) {
    const [x, y, angle] = pos.get(a.name);
    const right = Math.cos(angle) >= 0;
    svg.append(h("svg:g", { class: "node" },
      h("svg:circle", { cx: x, cy: y, r: 3 + Math.sqrt(a.n) }),
      h("svg:text", { x: x + (right ? 8 : -8), y: y + 4, "text-anchor": right ? "start" : "end" },
        `${a.name}${a.country ? ` (${a.country})` : ""}`)));
  }
  const table = h("table", {}, h("thead", {}, h("tr", {}, ["Actor", "Type", "Recipient", "Events"]
    .map((t) => h("th", {}, t)))), h("tbody", {}, data.edges.slice(0, 40).map((e) => h("tr", {},
    h("td", {}, e.source), h("td", {}, h("span", { class: "pill", style: `background:${color(e.type)}` }, e.type)),
    h("td", {}, e.target), h("td", {}, e.n)))));
  fill(target, h("div", { class: "card" }, h("h2", {}, "Who acted on whom"), svg),
    h("div", { class: "card" }, h("h2", {}, "Links"), table));
}

async function quotesView(target, params) {
  const query = new URLSearchParams();
  if (params.get("speaker")) query.set("speaker", params.get("speaker"));
  if (params.get("q")) query.set("q", params.get("q"));
  query.set("limit", 100);
  const data = await api("/api/quotes", query);
  setJsonLink("/api/quotes", query);
  $("#summary").textContent = `${data.total} quotes`;
  const speakers = h("div", { class: "speakers" },
    h("button", { type: "button", onclick: () => go({ speaker: null }) }, "all speakers"),
    data.speakers.map((s) => h("button", { type: "button", onclick: () => go({ speaker: s.speaker }) },
      `${s.speaker} (${s.n})`)));
  const rows = data.items.map((q) => h("tr", {},
    h("td", {}, q.speaker_canonical || q.speaker || h("span", { class: "muted" }, "unattributed"),
      h("div", { class: "muted" }, q.source_type || "")),
    h("td", {}, h("blockquote", {}, q.text), h("span", { class: "muted" }, `${q.kind || ""} · ${q.cue || ""}`)),
    h("td", {}, h("a", { href: `?view=articles&article=${encodeURIComponent(q.article_id)}` },
      q.title || q.article_id), h("div", { class: "muted" }, `${q.dct || ""} ${q.source || ""}`))));
  fill(target, h("div", { class: "card" }, h("h2", {},
    params.get("speaker") ? `Quotes by ${params.get("speaker")}` : "Quotes by speaker"), speakers,
  h("table", { id: "quotes-table" }, h("thead", {}, h("tr", {}, ["Speaker", "Quote", "Article"]
    .map((t) => h("th", {}, t)))), h("tbody", {}, rows))));
}

async function articlesView(target, params) {
  if (params.get("article")) return articleView(target, params.get("article"), params.get("focus"));
  const query = new URLSearchParams();
  for (const k of ["q", "date_from", "date_to"]) if (params.get(k)) query.set(k, params.get(k));
  query.set("limit", 100);
  const data = await api("/api/articles", query);
  setJsonLink("/api/articles", query);
  $("#summary").textContent = `${data.total} articles`;
  fill(target, h("div", { class: "card" }, h("h2", {}, "Articles"),
    h("table", {}, h("thead", {}, h("tr", {}, ["Date", "Title", "Source", "Events", "Quotes"]
      .map((t) => h("th", {}, t)))), h("tbody", {}, data.items.map((a) => h("tr", {},
      h("td", {}, a.dct || ""), h("td", {}, h("a", { href: `?view=articles&article=${encodeURIComponent(a.id)}` },
        a.title || a.snippet.slice(0, 80))), h("td", {}, a.source || ""), h("td", {}, a.n_events),
      h("td", {}, a.n_quotes)))))));
}

// Split the text at every span boundary; each piece is wrapped in one <mark> per span that
// covers it, so overlapping and nested spans all show.
function highlighted(text, spans, focus) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out = h("div", { class: "article-text", id: "article-text" });
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    let node = document.createTextNode(text.slice(a, b));
    const covering = spans.filter((s) => s.start <= a && s.end >= b)
      .sort((x, y) => (y.end - y.start) - (x.end - x.start)).reverse();
    for (const s of covering) {
      const isFocus = focus && s.kind === "trigger" && s.id === focus;
      node = h("mark", { class: `${s.kind}${isFocus ? " focus" : ""}`, "data-kind": s.kind,
        "data-id": s.id, title: `${s.kind} ${s.id}${s.label ? ": " + s.label : ""}` }, node);
    }
    out.append(node);
  }
  return out;
}

async function articleView(target, id, focus) {
  const doc = await api(`/api/articles/${encodeURIComponent(id)}`);
  setJsonLink(`/api/articles/${encodeURIComponent(id)}`);
  $("#summary").textContent = `${doc.events.length} events, ${doc.quotes.length} quotes`;
  const keys = h("div", { class: "keys" }, ["entity", "timex", "place", "quote", "trigger"]
    .map((k) => h("mark", { class: k }, k)));
  const events = h("table", {}, h("tbody", {}, doc.events.map((v) => h("tr", {
    class: "event-row", onclick: () => go({ event: `${doc.id}:${v.id}`, focus: v.id }) },
  h("td", {}, v.id), h("td", {}, h("span", { class: "pill", style: `background:${color(v.type)}` }, v.type)),
  h("td", {}, v.trigger.text), h("td", {}, v.date?.value || ""), h("td", {}, v.modality)))));
  fill(target, h("div", { class: "card" },
    h("h2", {}, doc.title || doc.id),
    h("p", { class: "muted" }, `${doc.dct || "undated"} · ${doc.source || ""} `,
      doc.url ? h("a", { href: doc.url, rel: "noopener noreferrer" }, "original") : null,
      doc.duplicate_of ? ` · copy of ${doc.duplicate_of.article_id}` : ""),
    keys, highlighted(doc.text, doc.spans, focus)),
  h("div", { class: "card" }, h("h2", {}, "Events in this article"), events));
  const mark = document.querySelector("mark.focus");
  if (mark) mark.scrollIntoView({ block: "center" });
}

async function showEvent(key) {
  const panel = $("#detail");
  let e;
  try {
    e = await api(`/api/events/${encodeURIComponent(key).replace("%3A", ":")}`);
  } catch (err) {
    panel.replaceChildren(h("p", {}, `Event ${key}: ${err.message}`));
    panel.hidden = false;
    return;
  }
  const field = (name, value) => value === null || value === undefined || value === "" ? [] :
    [h("dt", {}, name), h("dd", {}, value)];
  const counts = ["killed", "injured", "missing", "arrested", "displaced", "released"]
    .filter((k) => e[k] !== null && e[k] !== undefined).map((k) => `${k} ${e[k]}`).join(", ");
  const cluster = e.cluster;
  const label = (k) => k === "killed_actor_side" ? "killed on the actor's side" : k;
  const merged = cluster ? Object.entries(cluster.counts).map(([k, v]) =>
    `${label(k)}: ${v.low}–${v.high} (best ${v.best})`).join("; ") : "";
  const link = filterParams();
  link.set("view", "articles");
  link.set("article", e.article_id);
  link.set("focus", e.id);
  fill(panel,
    h("button", { type: "button", style: "float:right", onclick: () => go({ event: null }) }, "×"),
    h("h2", {}, h("span", { class: "pill", style: `background:${color(e.type)}` }, e.type), " ",
      e.mode || "", " ", h("span", { class: "muted" }, e.modality)),
    h("p", { id: "event-sentence" }, highlightedSentence(e)),
    h("dl", { class: "fields" },
      field("actor", [e.actor_text, e.actor_country, e.actor_sector].filter(Boolean).join(" · ")),
      field("recipient", [e.recipient_text, e.recipient_country, e.recipient_sector].filter(Boolean).join(" · ")),
      field("date", e.date ? `${e.date} (${e.date_precision || "?"})` : ""),
      field("place", [e.place_name, e.place_country].filter(Boolean).join(", ")),
      field("counts", counts), field("CAMEO", e.cameo), field("ACLED", e.acled),
      field("confidence", e.confidence),
      field("article", h("a", { href: "?" + link, id: "open-article" }, e.article_title || e.article_id))),
    h("h3", {}, "Evidence"),
    h("ul", {}, e.evidence.map((s) => h("li", {}, `${s.field}: `, h("mark", { class: s.field === "trigger" ? "trigger" : s.field === "date" ? "timex" : s.field === "place" ? "place" : "entity" }, s.text), h("span", { class: "muted" }, ` [${s.start}, ${s.end})`)))),
    e.quotes.length ? h("h3", {}, "Quotes") : null,
    e.quotes.map((q) => h("blockquote", {}, q.text, h("div", { class: "muted" },
      `— ${q.speaker_canonical || q.speaker || "unattributed"} (${q.source_type || q.kind})`))),
    cluster ? h("h3", {}, `Sources: ${cluster.n_sources} independent, ${cluster.n_articles} articles`) : null,
    cluster && merged ? h("p", {}, merged) : null,
    cluster ? h("ul", { id: "sources" }, cluster.sources.map((s) => h("li", {},
      h("a", { href: "#", onclick: (ev) => { ev.preventDefault(); go({ event: s.key }); } },
        s.title || s.article_id), h("span", { class: "muted" },
        ` ${s.dct || ""} ${s.source || ""}${s.duplicate_of ? " (copy)" : ""}`)))) : null,
  );
  panel.hidden = false;
}

function highlightedSentence(e) {
  const start = e.sentence_start;
  const spans = e.evidence.filter((s) => s.start >= start && s.end <= e.sentence_end)
    .map((s) => ({ kind: s.field === "trigger" ? "trigger" : s.field === "date" ? "timex" :
      s.field === "place" ? "place" : "entity", id: s.field, start: s.start - start,
    end: s.end - start, label: s.text }));
  const div = highlighted(e.sentence, spans, null);
  div.className = "";
  div.id = "";
  return div;
}

const VIEWS = { events: eventsView, map: mapView, network: networkView, quotes: quotesView,
  articles: articlesView };

window.addEventListener("popstate", render);
initFilters().then(render, (err) => {
  $("#view").replaceChildren(h("p", {}, `Could not reach the API: ${err.message}`));
});
