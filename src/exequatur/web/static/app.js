// exequatur page: one file, no framework, no network beyond this server. Every answer comes from the API (the same
// engine and JSON as the CLI); the page only draws it. The URL holds the whole view so that a link reproduces it.
"use strict";

const $ = (sel) => document.querySelector(sel);
const SLIDER_START = "2000-01-01";
const SLIDER_END = "2035-12-31";
const TIMELINE_FROM = "1998-07-17";
const TIMELINE_TO = "2035-12-31";
const LEGENDS = {
  international: [["obliged", "obliged"], ["urged", "urged, not obliged"], ["not_obliged", "not obliged"],
                  ["unknown", "unknown (facts not confirmed)"]],
  domestic: [["barred", "barred by its own law"], ["conditional", "conditional: hangs on a named event"],
             ["not_barred", "not barred"], ["no_rule", "no rule encoded"], ["unknown", "unknown"]],
  conflict: [["conflict", "conflict: obliged, yet barred"],
             ["conflict_possible", "possible conflict: obliged, and its own law makes it conditional"],
             ["no_conflict", "no conflict"]],
};

const view = { ruling: "icc-putin-2023", date: isoToday(), country: null, order: "international", readings: {},
               scenario: null, hruling: null };
const data = { rulings: [], states: {}, readings: [], vocabulary: null, bodies: [], examples: [], outcomes: null, seq: 0,
               inflight: false, pending: false, focusTimer: 0 };

// ---------------------------------------------------------------------------------------------------- helpers

function isoToday() { const d = new Date(); return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10); }
function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / 86400000); }
function isoOfDay(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v; else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}
function encode(obj) { return btoa(unescape(encodeURIComponent(JSON.stringify(obj)))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""); }
function decode(text) {
  try { return JSON.parse(decodeURIComponent(escape(atob(text.replace(/-/g, "+").replace(/_/g, "/"))))); }
  catch { return null; }
}
async function api(path, body) {
  const response = await fetch(path, body === undefined ? {} : {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  let payload;
  try { payload = await response.json(); } catch { payload = { error: `${response.status} ${response.statusText}` }; }
  if (!response.ok) throw new Error(payload.error || `${response.status}`);
  return payload;
}
function question(extra = {}) {
  const q = { on: view.date, readings: Object.entries(view.readings).map(([k, v]) => `${k}=${v}`), ...extra };
  if (view.hruling) q.ruling_json = view.hruling; else q.ruling = view.ruling;
  if (view.scenario) q.scenario = view.scenario;
  return q;
}
function stateName(id) { return (data.states[id] && data.states[id].name) || id; }
function label(outcome) { return String(outcome).replace(/_/g, " "); }

// ---------------------------------------------------------------------------------------------------- URL state

function readURL() {
  const p = new URLSearchParams(location.search);
  if (p.get("ruling")) view.ruling = p.get("ruling");
  if (p.get("date") && /^\d{4}-\d{2}-\d{2}$/.test(p.get("date"))) view.date = p.get("date");
  view.country = p.get("state") ? p.get("state").toUpperCase() : null;
  if (["international", "domestic", "conflict"].includes(p.get("order"))) view.order = p.get("order");
  view.readings = {};
  for (const r of p.getAll("reading")) { const [k, v] = r.split("="); if (k && v) view.readings[k] = v; }
  view.scenario = p.get("scenario") ? decode(p.get("scenario")) : null;
  view.hruling = p.get("hruling") ? decode(p.get("hruling")) : null;
}
function writeURL() {
  const p = new URLSearchParams();
  if (view.hruling) p.set("hruling", encode(view.hruling)); else p.set("ruling", view.ruling);
  p.set("date", view.date);
  if (view.country) p.set("state", view.country);
  if (view.order !== "international") p.set("order", view.order);
  for (const [k, v] of Object.entries(view.readings)) p.append("reading", `${k}=${v}`);
  if (view.scenario) p.set("scenario", encode(view.scenario));
  history.replaceState(null, "", `${location.pathname}?${p.toString()}`);
}

// ---------------------------------------------------------------------------------------------------- the map

function naturalEarth(lon, lat) {  // Natural Earth I projection (Šavrič et al. 2011), radians in, unit plane out
  const l = lon * Math.PI / 180, p = lat * Math.PI / 180, p2 = p * p, p4 = p2 * p2;
  return [l * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4))),
          p * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))];
}
function project(lon, lat) { const [x, y] = naturalEarth(lon, lat); return [480 + x * 170, 240 - y * 170]; }

function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale, [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => { let x = 0, y = 0; return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; }); });
}
function ringPoints(arcs, indexes) {
  const points = [];
  for (const i of indexes) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  // A ring crossing the antimeridian (Russia, Fiji) is unwrapped to run continuously, moved to the side where most
  // of it lies, and the overhang is pressed onto the map's edge (pathOf clamps longitudes to ±180).
  let sum = points.length ? points[0][0] : 0;
  for (let k = 1; k < points.length; k++) {
    const d = points[k][0] - points[k - 1][0];
    if (d > 180) points[k] = [points[k][0] - 360, points[k][1]];
    else if (d < -180) points[k] = [points[k][0] + 360, points[k][1]];
    sum += points[k][0];
  }
  const mean = points.length ? sum / points.length : 0;
  const shift = mean > 180 ? -360 : mean < -180 ? 360 : 0;
  return shift ? points.map(([lon, lat]) => [lon + shift, lat]) : points;
}
function pathOf(arcs, geometry) {
  const polygons = geometry.type === "MultiPolygon" ? geometry.arcs : [geometry.arcs];
  let d = "";
  for (const polygon of polygons) for (const ring of polygon) {
    const pts = ringPoints(arcs, ring).map(([lon, lat]) => project(Math.max(-180, Math.min(180, lon)), lat));
    d += "M" + pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join("L") + "Z";
  }
  return d;
}
function sphere() {
  const pts = [];
  for (let lat = -90; lat <= 90; lat += 2) pts.push(project(180, lat));
  for (let lat = 90; lat >= -90; lat -= 2) pts.push(project(-180, lat));
  return "M" + pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join("L") + "Z";
}

async function drawMap() {
  const [topology, ids] = await Promise.all([fetch("/static/world/countries-110m.json").then((r) => r.json()),
                                            fetch("/static/world/states.json").then((r) => r.json())]);
  const svg = $("#map"), ns = "http://www.w3.org/2000/svg";
  const arcs = decodeArcs(topology);
  const outline = document.createElementNS(ns, "path");
  outline.setAttribute("d", sphere()); outline.setAttribute("class", "sphere");
  svg.append(outline);
  const shapes = document.createElementNS(ns, "g");
  for (const g of topology.objects.countries.geometries) {
    const code = ids.features[g.id || g.properties.name];
    if (code === "ATA") continue;
    const path = document.createElementNS(ns, "path");
    path.setAttribute("d", pathOf(arcs, g));
    decorate(path, code, g.properties.name);
    shapes.append(path);
  }
  svg.append(shapes);
  const dots = document.createElementNS(ns, "g");
  for (const [code, [lon, lat]] of Object.entries(ids.markers)) {
    const [x, y] = project(lon, lat);
    const dot = document.createElementNS(ns, "circle");
    dot.setAttribute("cx", x.toFixed(1)); dot.setAttribute("cy", y.toFixed(1)); dot.setAttribute("r", "3.6");
    decorate(dot, code, code);
    dot.classList.add("marker");
    dots.append(dot);
  }
  svg.append(dots);
}
function decorate(shape, code, name) {
  shape.classList.add("country");
  if (!code || !data.states[code]) {
    shape.classList.add("outside");
    shape.setAttribute("aria-hidden", "true");
    const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
    title.textContent = `${name}: not a state in the knowledge base`;
    shape.append(title);
    return;
  }
  shape.dataset.state = code;
  shape.setAttribute("tabindex", "0");
  shape.setAttribute("role", "button");
  shape.setAttribute("aria-label", stateName(code));
  shape.addEventListener("click", () => select(code));
  shape.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(code); } });
  shape.addEventListener("mouseenter", () => hover(code));
  // Tabbing to a country opens its decision once focus rests there (so tabbing past countries stays cheap).
  shape.addEventListener("focus", () => {
    hover(code);
    clearTimeout(data.focusTimer);
    data.focusTimer = setTimeout(() => { if (document.activeElement === shape && view.country !== code) select(code); }, 400);
  });
}
function hover(code) {
  const o = data.outcomes && data.outcomes[code];
  $("#hover").textContent = o ? `${stateName(code)}: ${label(shown(o))} — click, or stay on it, for the reasons` : stateName(code);
}
function shown(o) {
  if (view.order === "conflict") return o.conflict ? "conflict" : o.conflict_possible ? "conflict_possible" : "no_conflict";
  return o[view.order].outcome;
}

function paint() {
  const counts = {};
  for (const shape of document.querySelectorAll("#map [data-state]")) {
    const o = data.outcomes[shape.dataset.state];
    const value = o ? shown(o) : "unknown";
    shape.dataset.outcome = value;
    shape.classList.toggle("selected", shape.dataset.state === view.country);
    shape.setAttribute("aria-label", `${stateName(shape.dataset.state)}: ${label(value)}`);
  }
  const groups = {};
  for (const o of Object.values(data.outcomes)) {
    const v = shown(o);
    counts[v] = (counts[v] || 0) + 1;
    (groups[v] = groups[v] || []).push(o.state);
  }
  $("#state-lists").replaceChildren(...LEGENDS[view.order].filter(([key]) => groups[key]).map(([key, text]) =>
    el("div", { "data-list": key }, el("h3", { text: `${text} (${groups[key].length})` }),
       el("p", {}, groups[key].sort((a, b) => stateName(a).localeCompare(stateName(b))).flatMap((code, i) =>
         [i ? ", " : "", el("a", { href: "#panel", "data-state-link": code,
                                  onclick: (e) => { e.preventDefault(); select(code); } }, stateName(code))])))));
  $("#legend").replaceChildren(...LEGENDS[view.order].map(([key, text]) =>
    el("span", { "data-legend": key }, el("span", { class: "swatch", style: `background: var(--${key.replace(/_/g, "-")})` }),
       `${text}: `, el("strong", { text: String(counts[key] || 0) }))));
}

async function refreshUpcoming() {
  const box = $("#upcoming");
  if (!box) return;
  try {
    const result = await api(`/api/upcoming?from=${view.date}&days=365`);
    box.replaceChildren(el("h2", { text: "Coming up (next 365 days)" }),
      result.changes.length ? el("ul", {}, result.changes.map((c) => el("li", { "data-state": c.state },
        el("strong", { text: `${c.date} ` }), `${stateName(c.state)}: ${label(c.change)} (${c.instrument}) — ${c.because} `,
        c.sources.map((s) => el("a", { href: s.url, rel: "noreferrer", target: "_blank", text: `[${s.title}]` })))))
        : el("p", { text: "No change is scheduled in the knowledge base for the next 365 days." }));
  } catch (err) {
    box.replaceChildren(el("p", { class: "error", text: `Cannot list the coming changes: ${err.message}` }));
  }
}

async function refreshMap() {
  if (data.inflight) { data.pending = true; return; }
  data.inflight = true;
  const started = performance.now();
  const seq = ++data.seq;
  try {
    const result = await api("/api/where", question());
    if (seq !== data.seq) return;
    data.outcomes = Object.fromEntries(result.states.map((s) => [s.state, s]));
    paint();
    refreshUpcoming();
    title(result);
    banner();
    const ms = Math.round(performance.now() - started);
    document.body.dataset.mapMs = String(ms);
    document.body.dataset.mapDate = result.on;
    $("#timing").textContent = `map for ${result.on} drawn in ${ms} ms · knowledge base ${result.kb_version}`;
    $("#map-title").classList.remove("error");
  } catch (err) {
    $("#map-title").textContent = `Cannot answer: ${err.message}`;
    $("#map-title").classList.add("error");
  } finally {
    data.inflight = false;
    if (data.pending) { data.pending = false; refreshMap(); }
  }
}
function title(result) {
  const row = data.rulings.find((r) => r.id === result.ruling);
  const what = view.hruling ? "the hypothetical ruling" : row ? `${rulingLabel(row)}` : result.ruling;
  const obliged = result.states.filter((s) => s.international.outcome === "obliged").length;
  const barred = result.states.filter((s) => s.domestic.outcome === "barred").length;
  const conditional = result.states.filter((s) => s.domestic.outcome === "conditional").length;
  $("#map-title").textContent = `${what} — on ${result.on}: ${obliged} states obliged` +
    (barred ? `, ${barred} barred by their own law` : "") + (conditional ? `, ${conditional} conditional` : "");
}
function banner() {
  const box = $("#banner");
  const hypothetical = view.scenario || view.hruling;
  $("#map-wrap").classList.toggle("hypothetical", Boolean(hypothetical));
  if (!hypothetical) { box.hidden = true; return; }
  box.hidden = false;
  const items = (view.scenario ? view.scenario.assume : []).map((f) => el("li", { text: describeFact(f) }));
  box.replaceChildren(el("strong", { text: "HYPOTHETICAL — " }),
    view.hruling ? "a hypothetical ruling; " : "", view.scenario ? `scenario “${view.scenario.name}”: this map assumes facts that are not in the knowledge base:` : "",
    items.length ? el("ul", {}, items) : "");
}
function describeFact(f) {
  if (f.state) return `${f.state} — ${f.event} (${f.instrument}) on ${f.date}`;
  if (f.resolution) return `Security Council resolution ${f.resolution} on ${f.date}${f.chapter_vii ? " under Chapter VII" : ""}` +
    (f.refers ? `, referring ${f.refers}` : "") + (f.decides_cooperation === "all-states" ? ", deciding that all States shall cooperate" : "");
  if (f.law) return `${f.law}: ${f.repealed ? "repealed " + f.repealed : "in force " + f.in_force}`;
  return JSON.stringify(f);
}

// ---------------------------------------------------------------------------------------------------- the panel

async function select(code) {
  view.country = code;
  $("#country").value = code;
  writeURL();
  if (data.outcomes) paint();
  await refreshPanel();
}
async function refreshPanel() {
  const panel = $("#panel");
  if (!view.country) return;
  const code = view.country;
  try {
    const [answer, timeline] = await Promise.all([
      api("/api/ask", question({ state: code })),
      api("/api/when", question({ state: code, on: undefined, from: TIMELINE_FROM, to: TIMELINE_TO })),
    ]);
    if (code !== view.country) return;
    panel.replaceChildren(...decision(answer, timeline));
    panel.dataset.state = code;
  } catch (err) {
    panel.replaceChildren(el("p", { class: "error", role: "alert", text: `Cannot answer for ${code}: ${err.message}` }));
  }
}
function decision(a, timeline) {
  const out = [el("h2", { id: "decision-title" }, `${stateName(a.state)} (${a.state})`),
               el("p", {}, `${a.ruling} · ${a.on}`)];
  if (a.scenario || a.hypothetical_ruling) {
    out.push(el("div", { class: "hypo-note", "data-hypothetical": "true" },
      el("strong", { text: "Hypothetical. " }), a.hypothetical_ruling ? "The ruling is hypothetical. " : "",
      a.scenario ? `Scenario “${a.scenario}”. ` : "",
      a.assumed_facts.length ? el("span", {}, "This answer rests on assumed facts:",
        el("ul", {}, a.assumed_facts.map((f) => el("li", { text: f.fact })))) : "This answer does not depend on the assumed facts."));
  }
  out.push(el("div", { class: "orders" }, ["international", "domestic"].map((order) => {
    const d = a[order];
    return el("div", { class: "order", "data-order": order },
      el("h3", { text: order === "international" ? "International law: must it?" : "Its own law: may it?" }),
      el("span", { class: `badge ${d.outcome}`, "data-outcome": d.outcome, text: label(d.outcome) }),
      d.grade ? el("span", { class: "grade", "data-grade": d.grade, title: "the weakest class of source among the facts this rests on",
                             text: ` footing: ${d.grade}` }) : "",
      Object.keys(d.reading).length ? el("div", { class: "reading" }, "reading: ",
        Object.entries(d.reading).map(([k, v]) => `${k} = ${v}`).join("; ")) : "");
  })));
  if (a.conflict) out.push(el("p", { class: "conflict-note" }, "Conflict: international law obliges the state, and its own law bars it."));
  else if (a.conflict_possible) out.push(el("p", { class: "conflict-note possible", "data-conflict-possible": "true" },
    "Possible conflict: international law obliges the state, and its own law makes enforcement hang on a condition."));
  if (a.domestic.findings && a.domestic.findings.length) out.push(findings(a.domestic));
  for (const order of ["international", "domestic"]) {
    const d = a[order];
    out.push(el("h3", { text: `Why — ${order === "international" ? "international law" : "domestic law"}` }),
             el("ul", { class: "tree" }, node(d.explanation, 0)));
    if (d.changes_if.length) out.push(el("h4", { text: "What would change this" }), el("ul", {}, d.changes_if.map((c) => el("li", { text: c }))));
  }
  out.push(el("h3", { text: "Over time" }), timelineView(timeline));
  const provisions = [...a.international.provisions, ...a.domestic.provisions];
  if (provisions.length) {
    out.push(el("h3", { text: "Provisions applied" }), el("ul", {}, provisions.map((p) => el("li", {},
      el("strong", { text: p.citation }), " — ", p.text, " ", el("a", { href: p.source.url, rel: "noreferrer", target: "_blank" }, "source"),
      ` (in force ${p.in_force.from || "…"} – ${p.in_force.to || "now"})`))));
  }
  return out;
}
const EFFECTS = { bars: "bars", unknown: "cannot be told", conditions: "conditions", permits: "permits",
                  implements: "implements", penalises: "penalises helping" };
function findings(d) {
  return el("div", { class: "findings" }, el("h3", { text: "Its own law: the rules that apply" }),
    el("ul", {}, d.findings.map((f) => el("li", { "data-effect": f.effect },
      el("span", { class: `effect ${f.effect}`, text: EFFECTS[f.effect] || f.effect }), " ",
      el("strong", { class: "cite", title: f.provision.id, text: f.provision.citation }),
      f.provision.id === d.decided_by ? el("span", { class: "decides", text: " (decides)" }) : "",
      el("div", { text: f.statement }),
      f.condition ? el("div", { class: "condition", "data-if-met": f.condition.if_met },
        `Condition: ${f.condition.event} — if it occurs: ${label(f.condition.if_met)}`) : ""))),
    el("p", { class: "reading", text: "The strongest effect decides: bars, then cannot be told, then conditions, then " +
      "permits or implements. A rule that penalises helping is shown and never decides." }));
}
function node(n, depth) {
  const cls = n.value === true ? "value-true" : n.value === false ? "value-false" : "";
  const li = el("li", {}, el("span", { class: cls, text: n.statement }), " ",
    n.provision ? el("span", { class: "cite", title: n.provision.id, text: n.provision.citation }) : "");
  if (n.facts) li.append(el("ul", { class: "facts" }, n.facts.map((f) => el("li", {},
    f.assumed ? el("span", { class: "assumed", text: "assumed: " }) : "", f.fact, " ",
    f.sources.map((s) => el("span", {}, el("a", { href: s.url, rel: "noreferrer", target: "_blank", title: s.authority || s.url,
                                                  text: `[${s.title}]` }),
                            el("span", { class: `source-class ${s.class}`, "data-class": s.class, text: ` ${s.class}` })))))));
  if (n.children) {
    const list = el("ul", {}, n.children.map((c) => node(c, depth + 1)));
    if (depth >= 2) li.append(el("details", {}, el("summary", { text: `${n.children.length} more step(s)` }), list));
    else li.append(list);
  }
  return li;
}
function timelineView(t) {
  const start = dayNumber(TIMELINE_FROM), span = dayNumber(TIMELINE_TO) - start + 1;
  const key = view.order === "conflict" ? "international" : view.order;
  const bar = el("div", { class: "timeline", role: "group", "aria-label": "Outcome over time; each part is a button that moves the date" },
    t.intervals.map((iv) => {
      const width = (dayNumber(iv.to) - dayNumber(iv.from) + 1) / span * 100;
      const current = iv.from <= view.date && view.date <= iv.to;
      return el("button", { type: "button", class: current ? "current" : "", "data-outcome": iv[key],
        style: `width: ${width}%; background: var(--${iv[key].replace(/_/g, "-")})`,
        title: `${iv.from} → ${iv.to}: ${label(iv.international)} / ${label(iv.domestic)}`,
        "aria-label": `${iv.from} to ${iv.to}: international ${label(iv.international)}, domestic ${label(iv.domestic)}`,
        onclick: () => setDate(iv.from < SLIDER_START ? view.date : iv.from) });
    }));
  const list = el("ol", { class: "intervals" }, t.intervals.map((iv) => el("li", { "data-from": iv.from },
    el("strong", { text: `${iv.from} → ${iv.to}` }), `: international ${label(iv.international)}, domestic ${label(iv.domestic)}`,
    iv.conflict ? " (conflict)" : iv.conflict_possible ? " (possible conflict)" : "",
    iv.changed_by.length ? el("div", { class: "changed" }, "changed by: " + iv.changed_by.map((f) => f.fact).join("; ")) : "")));
  return el("div", {}, bar, list);
}

// ---------------------------------------------------------------------------------------------------- controls

function setDate(iso) {
  view.date = iso;
  $("#date").value = iso;
  const n = dayNumber(iso);
  $("#slider").value = String(Math.max(dayNumber(SLIDER_START), Math.min(dayNumber(SLIDER_END), n)));
  $("#slider-out").textContent = iso;
  writeURL();
  refreshMap();
  if (view.country) refreshPanel();
}
function rulingLabel(r) {
  return `${r.subject ? r.subject + " — " : ""}${r.kind.replace(/-/g, " ")}, ${r.court}, ${r.issued}` + (r.situation ? ` (${r.situation})` : "");
}
let searchSeq = 0;
async function fillRulings(filter) {
  // The server searches (GET /api/rulings?q=): the same search as `exequatur rulings search`, over names in every
  // recorded spelling, offices, courts and situations.
  const seq = ++searchSeq;
  const query = (filter || "").trim();
  const rows = query ? (await api(`/api/rulings?limit=500&q=${encodeURIComponent(query.slice(0, 200))}`)).records : data.rulings;
  if (seq !== searchSeq) return;
  $("#ruling").replaceChildren(...rows.map((r) => el("option", { value: r.id, text: rulingLabel(r), selected: r.id === view.ruling })));
  if (rows.length && !rows.some((r) => r.id === view.ruling) && filter) { $("#ruling").value = rows[0].id; }
}
function options(select, rows, current) {
  select.replaceChildren(...rows.map(([value, text]) => el("option", { value, text, selected: value === current })));
}
function wireControls() {
  $("#ruling-search").addEventListener("input", async (e) => {
    try { await fillRulings(e.target.value); } catch { return; }
    if ($("#ruling").value && $("#ruling").value !== view.ruling) chooseRuling($("#ruling").value);
  });
  $("#ruling").addEventListener("change", (e) => chooseRuling(e.target.value));
  $("#date").addEventListener("change", (e) => { if (e.target.value) setDate(e.target.value); });
  $("#today").addEventListener("click", () => setDate(isoToday()));
  const slider = $("#slider");
  slider.min = String(dayNumber(SLIDER_START)); slider.max = String(dayNumber(SLIDER_END));
  slider.addEventListener("input", () => setDate(isoOfDay(Number(slider.value))));
  for (const radio of document.querySelectorAll("input[name=order]")) {
    radio.checked = radio.value === view.order;
    radio.addEventListener("change", () => { view.order = radio.value; writeURL(); if (data.outcomes) paint(); if (view.country) refreshPanel(); });
  }
  $("#country").addEventListener("change", (e) => { if (e.target.value) select(e.target.value); });
  $("#hypo-form").addEventListener("submit", (e) => { e.preventDefault(); useHypothetical(); });
  $("#h-clear").addEventListener("click", () => { view.hruling = null; $("#h-error").textContent = ""; changed(); });
  $("#wi-kind").addEventListener("change", showKind);
  $("#wi-instrument").addEventListener("change", fillEvents);
  $("#wi-form").addEventListener("submit", (e) => { e.preventDefault(); addFact(); });
  $("#wi-clear").addEventListener("click", () => { view.scenario = null; whatIfList(); changed(); });
  $("#wi-example").addEventListener("change", (e) => {
    const example = data.examples.find((x) => x.name === e.target.value);
    if (!example) return;
    view.scenario = { name: example.name, description: example.description, assume: example.assume };
    $("#wi-error").textContent = example.description;
    whatIfList();
    changed();
  });
}
function chooseRuling(id) { view.ruling = id; view.hruling = null; changed(); }
function changed() { writeURL(); refreshMap(); if (view.country) refreshPanel(); }

function fillReadings() {
  const box = $("#readings");
  if (Object.keys(view.readings).length) $("#readings-box").open = true;  // a reading chosen in the link is shown
  box.replaceChildren(...data.readings.map((r) => {
    const select = el("select", { id: `reading-${r.id}`, "data-reading": r.id },
      r.options.map((o) => el("option", { value: o.name, text: `${o.name}${o.name === r.default ? " (default)" : ""} — held by ${o.held_by}`,
                                          selected: (view.readings[r.id] || r.default) === o.name })));
    select.addEventListener("change", () => {
      if (select.value === r.default) delete view.readings[r.id]; else view.readings[r.id] = select.value;
      changed();
    });
    return el("div", {}, el("label", { for: select.id, text: r.question }), select);
  }));
}

async function useHypothetical() {
  const ruling = { body: $("#h-body").value, kind: $("#h-kind").value, issued: $("#h-issued").value };
  if ($("#h-situation").value) ruling.situation = $("#h-situation").value;
  if ($("#h-respondent").value) ruling.respondent = $("#h-respondent").value;
  if ($("#h-subject").value.trim()) ruling.subject = $("#h-subject").value.trim();
  try {
    await api("/api/where", { ruling_json: ruling, on: view.date });
    $("#h-error").textContent = "";
    view.hruling = ruling;
    changed();
  } catch (err) { $("#h-error").textContent = err.message; }
}

function showKind() {
  const kind = $("#wi-kind").value;
  for (const box of document.querySelectorAll("#wi-form [data-kind]")) box.hidden = box.dataset.kind !== kind;
}
function fillEvents() {
  const ins = data.vocabulary.instruments.find((i) => i.id === $("#wi-instrument").value);
  options($("#wi-event"), (ins ? ins.events : []).map((e) => [e, e]), "accession");
}
async function addFact() {
  const kind = $("#wi-kind").value, date = $("#wi-date").value;
  let fact;
  if (kind === "state") fact = { state: $("#wi-state").value, instrument: $("#wi-instrument").value, event: $("#wi-event").value, date };
  else if (kind === "resolution") {
    fact = { resolution: Number($("#wi-number").value), date, chapter_vii: $("#wi-chapter7").checked,
             decides_cooperation: $("#wi-decides").value, urges_all_states: $("#wi-urges").checked };
    if ($("#wi-refers").value) fact.refers = $("#wi-refers").value;
  } else fact = { law: $("#wi-law").value, [$("#wi-change").value]: date };
  const next = { name: view.scenario ? view.scenario.name : "what-if", description: view.scenario ? view.scenario.description : "assumed in the page",
                 assume: [...(view.scenario ? view.scenario.assume : []), fact] };
  try {
    await api("/api/scenario", next);
    $("#wi-error").textContent = "";
    view.scenario = next;
    whatIfList();
    changed();
  } catch (err) { $("#wi-error").textContent = err.message; }
}
function whatIfList() {
  const facts = view.scenario ? view.scenario.assume : [];
  $("#wi-list").replaceChildren(...facts.map((f, i) => el("li", {}, describeFact(f), " ",
    el("button", { type: "button", "aria-label": `Remove assumed fact ${i + 1}`, onclick: () => {
      const rest = facts.filter((_, j) => j !== i);
      view.scenario = rest.length ? { ...view.scenario, assume: rest } : null;
      whatIfList(); changed();
    } }, "remove"))));
  $("#wi-clear").hidden = facts.length === 0;
}

// ---------------------------------------------------------------------------------------------------- start

async function start() {
  readURL();
  const [rulings, states, readings, vocabulary, bodies, version, examples] = await Promise.all([
    api("/api/rulings?limit=500"), api("/api/kb/states?limit=1000"), api("/api/readings"),
    api("/api/scenario/vocabulary"), api("/api/kb/bodies"), api("/api/version"), api("/api/scenario/examples")]);
  data.examples = examples.scenarios;
  options($("#wi-example"), [["", "—"], ...data.examples.map((x) => [x.name, `${x.name}: ${x.description}`])], "");
  data.rulings = rulings.records;
  data.states = Object.fromEntries(states.records.map((s) => [s.id, s]));
  data.readings = readings.readings;
  data.vocabulary = vocabulary;
  $("#versions").textContent = `engine ${version.engine_version} · knowledge base ${version.kb_version}` +
    (version.data_as_of ? ` (data checked ${version.data_as_of})` : "") +
    ` · ${version.counts.states} states, ${version.counts.rulings} rulings, ${version.counts.sources} sources`;
  const stateRows = Object.values(data.states).sort((a, b) => a.name.localeCompare(b.name)).map((s) => [s.id, `${s.name} (${s.id})`]);
  options($("#country"), [["", "—"], ...stateRows], view.country || "");
  options($("#wi-state"), stateRows, "RUS");
  options($("#wi-instrument"), vocabulary.instruments.map((i) => [i.id, i.title]), "rome-statute");
  fillEvents();
  const situations = vocabulary.situations.map((s) => [s.id, s.name]);
  options($("#wi-refers"), [["", "— none —"], ...situations], "");
  options($("#wi-law"), vocabulary.national_laws.map((l) => [l.id, `${l.state}: ${l.title}`]));
  options($("#h-body"), bodies.records.map((b) => [b.id, b.name]), "icc");
  options($("#h-situation"), [["", "—"], ...situations], "");
  options($("#h-respondent"), [["", "—"], ...stateRows], "");
  $("#wi-date").value = $("#h-issued").value = isoToday();
  fillRulings("");
  fillReadings();
  wireControls();
  whatIfList();
  await drawMap();
  setDate(view.date);
  document.body.dataset.ready = "true";
}
start().catch((err) => { $("#map-title").textContent = `The page could not start: ${err.message}`; });
