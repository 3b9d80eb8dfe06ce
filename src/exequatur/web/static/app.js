// exequatur page: one file, no framework, no network beyond this server. Every answer comes from the API (the same
// engine and JSON as the CLI); the page only draws it, in names and dates in words (ids stay in URLs and attributes).
// The URL holds the whole view so that a link reproduces it; a link that cannot be read says so in place of the map.
"use strict";

const $ = (sel) => document.querySelector(sel);
const OPEN_END = "2199-12-31";        // the API's last day: an interval that reaches it has no end in sight
const FALLBACK_START = "2000-01-01";  // the slider's start when the ruling's issue date is unknown
const DEFAULT_RULING = "icc-putin-2023";
const PAGE_SCENARIO = "assumed in the page";
const LEGENDS = {
  international: [["obliged", "obliged"], ["urged", "urged, not obliged"], ["not_obliged", "not obliged"],
                  ["unknown", "unknown (facts not confirmed)"]],
  domestic: [["barred", "barred by its own law"], ["conditional", "conditional: hangs on a named event"],
             ["not_barred", "not barred"], ["no_rule", "no rule encoded"], ["unknown", "unknown"]],
  conflict: [["conflict", "conflict: obliged, yet barred"],
             ["conflict_possible", "possible conflict: obliged, and its own law makes it conditional"],
             ["no_conflict", "no conflict"]],
  practice: [["complied", "arrested or surrendered"], ["breach", "found in breach by the Court"],
             ["refused", "said it would not arrest"], ["visited_obliged", "visited while obliged, not arrested"],
             ["visited", "visited while not obliged"], ["nothing", "nothing recorded"]],
};
const PRACTICE_WORDS = { visit: "Visit", arrest: "Arrest", surrender: "Surrender", refusal: "Refusal to arrest",
                         "non-compliance-finding": "Found in breach (Rome Statute, art. 87(7))", compliance: "Compliance" };
const PRACTICE_MARKS = { visit: "▲", arrest: "■", surrender: "■", compliance: "■", refusal: "✕",
                         "non-compliance-finding": "◆" };
const MARK_WORDS = { "▲": "visit", "◆": "finding of breach", "■": "arrest, surrender or compliance", "✕": "refusal" };
const REFERRED = { asp: "referred to the Assembly of States Parties", unsc: "referred to the Security Council",
                   "asp+unsc": "referred to the Assembly of States Parties and the Security Council",
                   none: "not referred", deferred: "referral deferred" };
const EVENT_WORDS = { "declaration-12-3": "declaration accepting jurisdiction under art. 12(3)",
                      "withdrawal-notified": "notification of withdrawal", "withdrawal-revoked": "withdrawal revoked",
                      "signature-withdrawn": "signature withdrawn", "entry-into-force": "entry into force" };
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"];

const view = { ruling: DEFAULT_RULING, date: isoToday(), country: null, order: "international", readings: {},
               scenario: null, hruling: null, linkError: null };
const data = { rulings: [], states: {}, readings: [], vocabulary: null, bodies: [], examples: [], outcomes: null, seq: 0,
               inflight: false, pending: false, focusTimer: 0, practice: null, failed: false };

// ---------------------------------------------------------------------------------------------------- helpers

function isoToday() { const d = new Date(); return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10); }
function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / 86400000); }
function isoOfDay(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }
function isDay(text) { return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text + "T00:00:00Z")); }
function dateWords(iso) {
  if (!iso) return "an unknown date";
  if (!isDay(iso)) return String(iso);  // a value from a link, shown as given
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
function spanWords(from, to) {  // "2–3 September 2024", "30 August – 2 September 2024"
  if (!to || to === from || !isDay(from) || !isDay(to)) return to && to !== from ? `${dateWords(from)} – ${dateWords(to)}` : dateWords(from);
  const [y1, m1, d1] = from.split("-").map(Number), [y2, m2, d2] = to.split("-").map(Number);
  if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${MONTHS[m1 - 1]} ${y1}`;
  if (y1 === y2) return `${d1} ${MONTHS[m1 - 1]} – ${d2} ${MONTHS[m2 - 1]} ${y1}`;
  return `${dateWords(from)} – ${dateWords(to)}`;
}
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v; else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== false) node.append(c instanceof Node ? c : String(c));
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
function legendText(value) {
  for (const rows of Object.values(LEGENDS)) { const row = rows.find(([key]) => key === value); if (row) return row[1]; }
  return label(value);
}
function cap(text) { return text ? text[0].toUpperCase() + text.slice(1) : text; }
function the(title) { return /^the /i.test(title) ? title : `the ${title}`; }
function cut(text, n = 60) { return text.length > n ? `${text.slice(0, n)}… (${text.length} characters)` : text; }
function isPhone() { return window.matchMedia("(max-width: 700px)").matches; }
function sourcesView(sources) {
  return sources.map((s) => el("span", { class: "source" },
    el("a", { href: s.url, rel: "noreferrer", target: "_blank", title: s.authority || s.url, text: `[${s.title}]` }),
    s.class ? el("span", { class: `source-class ${s.class}`, "data-class": s.class, text: ` ${s.class}` }) : "", " "));
}

// ---------------------------------------------------------------------------------------------------- names

function rulingRow(id) { return data.rulings.find((r) => r.id === id) || null; }
function bodyName(id) { const b = data.bodies.find((x) => x.id === id); return b ? b.name : id; }
function situationName(id) {
  const s = data.vocabulary && data.vocabulary.situations.find((x) => x.id === id);
  return s ? s.name : id;
}
function instrumentTitle(id) {
  const i = data.vocabulary && data.vocabulary.instruments.find((x) => x.id === id);
  return i ? i.title : id;
}
function rulingLabel(r) {
  return `${r.subject ? r.subject + " — " : ""}${label(r.kind.replace(/-/g, " "))}, ${r.court}, ${dateWords(r.issued)}` +
    (r.situation ? ` (${r.situation})` : "");
}
function describeRuling(r) {  // a hypothetical ruling in words: body, kind, date, subject, situation, respondent
  return `${r.kind === "arrest-warrant" || r.kind === "order" ? "an" : "a"} ${r.kind.replace(/-/g, " ")} of ${the(bodyName(r.body))}` +
    ` of ${dateWords(r.issued)}` + (r.subject ? ` for ${r.subject}` : "") +
    (r.situation ? `, in the ${situationName(r.situation).replace(/^Situation/, "situation")}` : "") +
    (r.respondent ? `, against ${stateName(r.respondent)}` : "");
}
function rulingTitle() {
  if (view.hruling) return `a hypothetical ruling: ${describeRuling(view.hruling)}`;
  const row = rulingRow(view.ruling);
  return row ? rulingLabel(row) : view.ruling;
}
function rulingIssued() {
  if (view.hruling) return isDay(view.hruling.issued || "") ? view.hruling.issued : null;
  const row = rulingRow(view.ruling);
  return row ? row.issued : null;
}
function describeFact(f) {
  if (f.state) return `${stateName(f.state)} — ${EVENT_WORDS[f.event] || String(f.event).replace(/-/g, " ")} ` +
    `(${instrumentTitle(f.instrument)}) on ${dateWords(f.date)}`;
  if (f.resolution) return `Security Council resolution ${f.resolution} on ${dateWords(f.date)}${f.chapter_vii ? " under Chapter VII" : ""}` +
    (f.refers ? `, referring the ${situationName(f.refers).replace(/^Situation/, "situation")}` : "") +
    (f.decides_cooperation === "all-states" ? ", deciding that all States shall cooperate" : "") +
    (f.urges_all_states ? ", urging all States to cooperate" : "");
  if (f.law) {
    const law = data.vocabulary && data.vocabulary.national_laws.find((l) => l.id === f.law);
    const name = law ? `${law.title} (${stateName(law.state)})` : f.law;
    return `${name}: ${f.repealed ? "repealed on " + dateWords(f.repealed) : "in force from " + dateWords(f.in_force)}`;
  }
  return JSON.stringify(f);
}
function withNames(text) {  // a stopgap for API prose that still carries ids (/api/upcoming's "because")
  return text.replace(/\bof \(([a-z0-9-]+)\)/g, (m, id) => `of ${the(instrumentTitle(id))}`)
    .replace(/\(([a-z0-9-]+)\)/g, (m, id) => (instrumentTitle(id) !== id ? `(${instrumentTitle(id)})` : m))
    .replace(/\b[A-Z]{3}\b/g, (id) => (data.states[id] ? stateName(id) : id));
}

// ---------------------------------------------------------------------------------------------------- URL state

function readURL() {
  const p = new URLSearchParams(location.search);
  view.linkError = null;
  if (p.has("ruling")) view.ruling = p.get("ruling").trim();
  if (p.has("ruling") && !view.ruling) linkProblem("the link names no ruling");
  if (p.has("date") && isDay(p.get("date"))) view.date = p.get("date");
  else if (p.has("date")) linkProblem(`the link's date “${cut(p.get("date"))}” is not a day written YYYY-MM-DD`);
  view.country = p.get("state") ? p.get("state").toUpperCase() : null;
  if (Object.keys(LEGENDS).includes(p.get("order"))) view.order = p.get("order");
  view.readings = {};
  for (const r of p.getAll("reading")) { const [k, v] = r.split("="); if (k && v) view.readings[k] = v; }
  view.scenario = readEncoded(p, "scenario", (s) => Array.isArray(s.assume),
                              "the link's scenario (what-if facts) cannot be read");
  view.hruling = readEncoded(p, "hruling", (r) => typeof r.body === "string" && typeof r.kind === "string",
                             "the link's hypothetical ruling cannot be read");
}
function readEncoded(p, key, check, problem) {
  if (!p.has(key)) return null;
  const value = decode(p.get(key));
  if (value && typeof value === "object" && check(value)) return value;
  linkProblem(`${problem}: it is not one written by this page (the link may have been cut or altered)`);
  return null;
}
function linkProblem(message) { if (!view.linkError) view.linkError = message; }
function writeURL() {
  if (view.linkError) return;  // the link that could not be read stays in the address bar, as it was given
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
    decorate(dot, code, stateName(code));
    dot.classList.add("marker");
    dots.append(dot);
  }
  svg.append(dots);
  // A tap or click beside a small state's dot still reaches it: the nearest dot within a finger's width is chosen.
  svg.addEventListener("click", (e) => {
    if (e.target.closest && e.target.closest("[data-state]")) return;
    const code = nearestDot(e.clientX, e.clientY, 24);
    if (code) select(code, true);
  });
}
function nearestDot(x, y, radius) {
  let best = null, distance = radius;
  for (const dot of document.querySelectorAll("#map circle[data-state]")) {
    const r = dot.getBoundingClientRect();
    const d = Math.hypot(r.left + r.width / 2 - x, r.top + r.height / 2 - y);
    if (d < distance) { best = dot.dataset.state; distance = d; }
  }
  return best;
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
  shape.addEventListener("click", () => select(code, true));
  shape.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(code, true); } });
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
  $("#hover").textContent = o ? `${stateName(code)}: ${legendText(shown(o))} — click, or stay on it, for the reasons` : stateName(code);
}
function shown(o) {
  if (view.order === "practice") return practiceOf(o.state);
  if (view.order === "conflict") return o.conflict ? "conflict" : o.conflict_possible ? "conflict_possible" : "no_conflict";
  return o[view.order].outcome;
}

function paint() {
  if (!data.outcomes) return;
  for (const shape of document.querySelectorAll("#map [data-state]")) {
    const o = data.outcomes[shape.dataset.state];
    const value = o ? shown(o) : "unknown";
    shape.dataset.outcome = value;
    shape.classList.toggle("selected", shape.dataset.state === view.country);
    shape.setAttribute("aria-label", `${stateName(shape.dataset.state)}: ${legendText(value)}`);
  }
  const groups = {};
  for (const o of Object.values(data.outcomes)) (groups[shown(o)] = groups[shown(o)] || []).push(o.state);
  $("#state-lists").replaceChildren(...LEGENDS[view.order].filter(([key]) => groups[key]).map(([key, text]) =>
    el("div", { "data-list": key }, el("h3", { text: `${cap(text)} (${groups[key].length})` }),
       el("p", {}, groups[key].sort((a, b) => stateName(a).localeCompare(stateName(b))).flatMap((code, i) =>
         [i ? ", " : "", el("a", { href: "#panel", "data-state-link": code,
                                  onclick: (e) => { e.preventDefault(); select(code, true); } }, stateName(code))])))));
  const heading = view.order === "practice" ? el("span", { class: "legend-head",
    text: view.hruling ? "A hypothetical ruling has no recorded practice." : `What states did, as recorded, up to ${dateWords(view.date)}:` }) : "";
  $("#legend").replaceChildren(heading, ...LEGENDS[view.order].map(([key, text]) =>
    el("span", { "data-legend": key }, el("span", { class: "swatch", style: `background: var(--${key.replace(/_/g, "-")})` }),
       `${text}: `, el("strong", { text: String((groups[key] || []).length) }))));
}

// ---------------------------------------------------------------------------------------------------- practice

async function loadPractice() {
  // The record of what states did about the ruling, and for each visit whether the state was obliged that day.
  if (view.hruling) return (data.practice = { key: "hypothetical", events: [], obliged: {} });
  const key = JSON.stringify([view.ruling, view.scenario, view.readings]);
  if (data.practice && data.practice.key === key) return data.practice;
  const result = await api(`/api/practice?ruling=${encodeURIComponent(view.ruling)}`);
  const visits = result.practice.filter((e) => e.kind === "visit" && e.date);
  const obliged = {};
  await Promise.all([...new Set(visits.map((e) => e.state))].map(async (state) => {
    const days = visits.filter((e) => e.state === state).map((e) => e.date).sort();
    const when = await api("/api/when", question({ state, on: undefined, from: days[0], to: days[days.length - 1] }));
    for (const day of days) {
      const iv = when.intervals.find((i) => i.from <= day && day <= i.to);
      obliged[`${state} ${day}`] = Boolean(iv && iv.international === "obliged");
    }
  }));
  return (data.practice = { key, events: result.practice, obliged });
}
function eventDay(e) { return e.date || e.public || null; }
function practiceOf(code) {
  if (!data.practice) return "nothing";
  const seen = data.practice.events.filter((e) => e.state === code && eventDay(e) && eventDay(e) <= view.date);
  const has = (...kinds) => seen.some((e) => kinds.includes(e.kind));
  if (has("arrest", "surrender", "compliance")) return "complied";
  if (has("non-compliance-finding")) return "breach";
  if (has("refusal")) return "refused";
  const visits = seen.filter((e) => e.kind === "visit");
  if (visits.some((e) => data.practice.obliged[`${e.state} ${e.date}`])) return "visited_obliged";
  return visits.length ? "visited" : "nothing";
}
async function repaint() {
  if (view.order === "practice") {
    try { await loadPractice(); } catch (err) { showMapError(`the record of practice cannot be read: ${err.message}`); return; }
  }
  paint();
}

// ---------------------------------------------------------------------------------------------------- map, title, banner

async function refreshMap() {
  if (view.linkError) { showMapError(view.linkError); return; }
  if (data.inflight) { data.pending = true; return; }
  data.inflight = true;
  const started = performance.now();
  const seq = ++data.seq;
  try {
    const result = await api("/api/where", question());
    if (seq !== data.seq) return;
    data.outcomes = Object.fromEntries(result.states.map((s) => [s.state, s]));
    hideMapError();
    await repaint();
    refreshUpcoming();
    title(result);
    banner();
    const ms = Math.round(performance.now() - started);
    document.body.dataset.mapMs = String(ms);
    document.body.dataset.mapDate = result.on;
    $("#timing").textContent = `map for ${dateWords(result.on)} drawn in ${ms} ms · knowledge base ${result.kb_version}`;
  } catch (err) {
    showMapError(err.message);
  } finally {
    data.inflight = false;
    if (data.pending) { data.pending = false; refreshMap(); }
  }
}
function showMapError(message) {
  // In place of the map: one line saying what cannot be shown — never a map of something else.
  data.outcomes = null;
  data.failed = true;
  $("#map-view").hidden = true;
  $("#map-title").hidden = true;
  $("#banner").hidden = true;
  document.body.dataset.mapError = "true";
  $("#map-error").hidden = false;
  $("#map-error").replaceChildren(el("strong", { text: "Cannot show this view: " }), `${message}. `,
    el("button", { type: "button", id: "map-error-reset", onclick: resetView }, "Show the recorded world instead"));
  fillRulings($("#ruling-search").value).catch(() => {});
}
function hideMapError() {
  if (data.failed) fillRulings($("#ruling-search").value).catch(() => {});
  data.failed = false;
  $("#map-view").hidden = false;
  $("#map-title").hidden = false;
  $("#map-error").hidden = true;
  delete document.body.dataset.mapError;
}
function resetView() {
  view.linkError = null; view.scenario = null; view.hruling = null; view.readings = {};
  if (!rulingRow(view.ruling)) view.ruling = DEFAULT_RULING;
  whatIfList(); fillReadings(); fillRulings("").catch(() => {});
  $("#ruling-search").value = "";
  setDate(view.date);
}
function title(result) {
  const obliged = result.states.filter((s) => s.international.outcome === "obliged").length;
  const barred = result.states.filter((s) => s.domestic.outcome === "barred").length;
  const conditional = result.states.filter((s) => s.domestic.outcome === "conditional").length;
  $("#map-title").textContent = `${cap(rulingTitle())} — on ${dateWords(result.on)}: ${obliged} states obliged` +
    (barred ? `, ${barred} barred by their own law` : "") + (conditional ? `, ${conditional} conditional` : "");
}
function banner() {
  const box = $("#banner");
  const hypothetical = view.scenario || view.hruling;
  $("#map-wrap").classList.toggle("hypothetical", Boolean(hypothetical));
  if (!hypothetical) { box.hidden = true; return; }
  box.hidden = false;
  const about = scenarioAbout(view.scenario);
  const items = (view.scenario ? view.scenario.assume : []).map((f) => el("li", { text: describeFact(f) }));
  box.replaceChildren(el("strong", { text: "HYPOTHETICAL — " }),
    view.hruling ? `a hypothetical ruling: ${describeRuling(view.hruling)}. ` : "",
    about ? el("span", { class: "about" }, `${about} `) : "",
    view.scenario ? "This map assumes facts that are not in the knowledge base:" : "",
    items.length ? el("ul", {}, items) : "");
}
function exampleOf(scenario) {
  if (!scenario) return null;
  return data.examples.find((x) => x.name === scenario.name && JSON.stringify(x.assume) === JSON.stringify(scenario.assume)) || null;
}
function scenarioAbout(scenario) {  // an example's description; a scenario written elsewhere keeps its own
  if (!scenario) return "";
  const example = exampleOf(scenario);
  if (example) return `Example: ${example.description}`;
  return scenario.description && scenario.description !== PAGE_SCENARIO ? `Scenario: ${scenario.description}` : "";
}

async function refreshUpcoming() {
  const box = $("#upcoming");
  try {
    const result = await api(`/api/upcoming?from=${view.date}&days=365`);
    box.replaceChildren(el("h2", { text: `Coming up in the year after ${dateWords(view.date)}` }),
      result.changes.length ? el("ul", {}, result.changes.map((c) => el("li", { "data-state": c.state, "data-date": c.date },
        el("strong", { text: `${dateWords(c.date)} ` }),
        `${stateName(c.state)}: ${EVENT_WORDS[c.change] || label(c.change.replace(/-/g, " "))} (${instrumentTitle(c.instrument)}) — `,
        withNames(c.because), " ", sourcesView(c.sources))))
        : el("p", { text: "No change is scheduled in the knowledge base for the next 365 days." }));
  } catch (err) {
    box.replaceChildren(el("p", { class: "error", text: `Cannot list the coming changes: ${err.message}` }));
  }
}

// ---------------------------------------------------------------------------------------------------- the panel

async function select(code, reveal = false) {
  view.country = code;
  $("#country").value = code;
  writeURL();
  if (data.outcomes) paint();
  await refreshPanel();
  if (reveal) revealPanel();
}
function closePanel() {
  view.country = null;
  $("#country").value = "";
  writeURL();
  if (data.outcomes) paint();
  showHint();
}
function showHint() {
  const panel = $("#panel");
  document.body.classList.remove("panel-open");
  delete panel.dataset.state;
  panel.replaceChildren(el("p", { class: "hint", text: "Click, tap or choose a country to read its decision, the reasons and the sources." }));
}
function revealPanel() {
  // On a phone the panel is a sheet over the map's lower part, opening at its top; elsewhere it is scrolled into view
  // when its top is off screen.
  const panel = $("#panel");
  if (isPhone()) { panel.scrollTop = 0; $("#map-wrap").scrollIntoView({ block: "start" }); return; }
  const top = panel.getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight * 0.7) panel.scrollIntoView({ block: "start" });
}
async function refreshPanel() {
  const panel = $("#panel");
  if (!view.country) { showHint(); return; }
  const code = view.country;
  document.body.classList.add("panel-open");
  if (view.linkError) { panelMessage(code, "No answer: this link cannot be read (see the message in place of the map)."); return; }
  const life = lifeSpan();
  try {
    const [answer, timeline] = await Promise.all([
      api("/api/ask", question({ state: code })),
      api("/api/when", question({ state: code, on: undefined, from: life.from, to: OPEN_END })),
    ]);
    if (code !== view.country) return;
    panel.replaceChildren(...decision(answer, timeline));
    panel.dataset.state = code;
    $("#announce").textContent = answer.summary || "";
  } catch (err) {
    if (code === view.country) panelMessage(code, `Cannot answer for ${stateName(code)}: ${err.message}`);
  }
}
function panelMessage(code, text) {
  const panel = $("#panel");
  panel.dataset.state = code;
  panel.replaceChildren(panelHead(stateName(code)), el("p", { class: "error", role: "alert", text }));
}
function panelHead(name) {
  return el("div", { class: "panel-head" }, el("h2", { id: "decision-title", text: name }),
    el("button", { type: "button", class: "close", "aria-label": "Close the decision", onclick: closePanel }, "×"));
}
function decision(a, timeline) {
  return [
    panelHead(stateName(a.state)),
    el("p", { class: "meta" }, `${cap(rulingTitle())} · on ${dateWords(a.on)}`),
    el("p", { class: "summary", id: "summary" }, a.summary || ""),
    hypotheticalNote(a),
    ordersView(a),
    conflictNote(a),
    treeLegend(),
    reasonsView(a.international, "international"),
    readingsApplied(a),
    a.domestic.findings && a.domestic.findings.length ? findings(a.domestic) : null,
    reasonsView(a.domestic, "domestic"),
    practiceView(a),
    el("section", { class: "over-time" }, el("h3", { text: "Over time" }), timelineView(timeline, a.practice || [])),
    provisionsView(a),
  ].filter(Boolean);
}
function hypotheticalNote(a) {
  if (!a.scenario && !a.hypothetical_ruling) return null;
  const about = scenarioAbout(view.scenario);
  return el("div", { class: "hypo-note", "data-hypothetical": "true" },
    el("strong", { text: "Hypothetical. " }), a.hypothetical_ruling ? `The ruling is hypothetical: ${describeRuling(view.hruling || {})}. ` : "",
    about ? `${about} ` : "",
    a.assumed_facts.length ? el("span", {}, "This answer rests on assumed facts:",
      el("ul", {}, a.assumed_facts.map((f) => el("li", { text: f.fact })))) : a.scenario ? "This answer does not depend on the assumed facts." : "");
}
function ordersView(a) {
  return el("div", { class: "orders" }, ["international", "domestic"].map((order) => {
    const d = a[order];
    return el("div", { class: "order", "data-order": order },
      el("h3", { text: order === "international" ? "International law: must it?" : "Its own law: may it?" }),
      el("span", { class: `badge ${d.outcome}`, "data-outcome": d.outcome, text: label(d.outcome) }),
      d.grade ? el("span", { class: "grade", "data-grade": d.grade, title: "the weakest class of source among the facts this rests on",
                             text: ` footing: ${d.grade}` }) : "");
  }));
}
function conflictNote(a) {
  if (a.conflict) return el("p", { class: "conflict-note" }, "Conflict: international law obliges the state, and its own law bars it.");
  if (a.conflict_possible) return el("p", { class: "conflict-note possible", "data-conflict-possible": "true" },
    "Possible conflict: international law obliges the state, and its own law makes enforcement hang on a condition.");
  return null;
}
function readingsApplied(a) {
  // Each contested provision's reading, as its question and the answer taken here, in words.
  const rows = [];
  for (const order of ["international", "domestic"]) for (const [id, name] of Object.entries(a[order].reading || {})) {
    const r = data.readings.find((x) => x.id === id);
    const o = r && r.options.find((x) => x.name === name);
    if (!r || !o) continue;
    rows.push(el("div", { class: "reading", "data-reading": id, "data-option": name },
      el("div", { class: "question", text: r.question }),
      el("div", { class: "answer" }, el("strong", { text: "Answer taken here: " }), o.description,
        el("span", { class: "held", text: ` Held by: ${o.held_by}.` }),
        el("span", { class: "which", text: name === r.default ? " (the default reading)" : " (your choice; not the default)" }))));
  }
  if (!rows.length) return null;
  return el("section", { class: "readings-applied" },
    el("h3", { text: rows.length > 1 ? "Contested questions, as answered here" : "A contested question, as answered here" }), rows,
    el("p", { class: "small", text: "Choose another answer under “Readings of contested provisions”." }));
}
function treeLegend() {
  return el("p", { class: "tree-legend", "aria-label": "How to read the reasons" },
    el("strong", { text: "Reading the reasons: " }), el("span", { class: "value-true", text: "green" }), " — a condition that holds on this date; ",
    el("span", { class: "value-false", text: "grey" }), " — one that does not hold (so it does not apply); black — an outcome or a rule; ",
    el("span", { class: "cite", text: "art. 86" }), " — the provision applied; ",
    el("span", { class: "source-class primary", text: "primary" }), " / secondary / tertiary — the class of each source.");
}
function reasonsView(d, order) {
  // The tree, collapsed below its first level; one button shows every step and source.
  const id = `tree-${order}`;
  const hidden = (d.explanation.children || []).reduce((n, c) => n + below(c), 0);
  const box = el("section", { class: "reasons collapsed", "data-order": order },
    el("h3", { text: `Why — ${order === "international" ? "international law" : "its own law"}` }),
    el("ul", { class: "tree", id }, node(d.explanation)));
  if (hidden) {
    const more = `Show all steps and sources (${hidden} more)`;
    const button = el("button", { type: "button", class: "more", "aria-expanded": "false", "aria-controls": id, text: more });
    button.addEventListener("click", () => {
      const open = box.classList.toggle("collapsed") === false;
      button.setAttribute("aria-expanded", String(open));
      button.textContent = open ? "Show fewer steps" : more;
    });
    box.append(button);
  }
  if (d.changes_if.length) box.append(el("h4", { text: "What would change this" }), el("ul", { class: "changes" }, d.changes_if.map((c) => el("li", { text: c }))));
  return box;
}
function below(n) {  // steps and facts inside a node, not counting its own statement
  return (n.facts ? n.facts.length : 0) + (n.children || []).reduce((k, c) => k + 1 + below(c), 0);
}
function node(n) {
  const cls = n.value === true ? "value-true" : n.value === false ? "value-false" : "";
  const li = el("li", {}, el("span", { class: `statement ${cls}`, text: n.statement }), " ",
    n.provision ? el("span", { class: "cite", title: n.provision.id, text: n.provision.citation }) : "");
  if (n.facts) li.append(el("ul", { class: "facts" }, n.facts.map((f) => el("li", {},
    f.assumed ? el("span", { class: "assumed", text: "assumed: " }) : "", f.fact, " ", sourcesView(f.sources)))));
  if (n.children) li.append(el("ul", {}, n.children.map((c) => node(c))));
  return li;
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
    el("p", { class: "small", text: "The strongest effect decides: bars, then cannot be told, then conditions, then " +
      "permits or implements. A rule that penalises helping is shown and never decides." }));
}
function practiceView(a) {
  const box = el("section", { class: "practice", "data-count": String((a.practice || []).length) },
    el("h3", { text: "What the state did: the record" }));
  if (a.hypothetical_ruling) { box.append(el("p", { text: "A hypothetical ruling has no record of practice." })); return box; }
  if (!a.practice || !a.practice.length) {
    box.append(el("p", { class: "small", text: "Nothing is recorded for this state on this ruling. The record lists visits, arrests, " +
      "surrenders, refusals and the Court's findings of non-compliance; it is known to be incomplete." }));
    return box;
  }
  box.append(el("ol", { class: "events" }, a.practice.map((e) => practiceItem(e))));
  return box;
}
function practiceItem(e) {
  const later = eventDay(e) && eventDay(e) > view.date;
  const when = e.date ? spanWords(e.date, e.to) : e.public ? `made public on ${dateWords(e.public)} (the decision's own date not found)` : "date not found";
  return el("li", { "data-kind": e.kind, "data-date": e.date || "", class: later ? "later" : "" },
    el("span", { class: `mark mark-${e.kind}`, "aria-hidden": "true", text: PRACTICE_MARKS[e.kind] || "•" }), " ",
    el("strong", { text: when }), " — ", el("span", { class: "kind", text: PRACTICE_WORDS[e.kind] || e.kind }),
    e.referred ? el("span", { class: "referred", text: `; ${REFERRED[e.referred] || e.referred}` }) : "",
    later ? el("span", { class: "small", text: " (after the date shown)" }) : "",
    el("div", { class: "statement", text: e.statement }),
    el("div", { class: "sources" }, sourcesView(e.sources)));
}
function provisionsView(a) {
  const provisions = [...a.international.provisions, ...a.domestic.provisions];
  if (!provisions.length) return null;
  return el("details", { class: "provisions" }, el("summary", { text: `Provisions applied (${provisions.length})` }),
    el("ul", {}, provisions.map((p) => el("li", {},
      el("strong", { text: p.citation }), " — ", p.text, " ", el("a", { href: p.source.url, rel: "noreferrer", target: "_blank" }, "source"),
      ` (in force ${p.in_force.from ? "from " + dateWords(p.in_force.from) : ""}${p.in_force.to ? " to " + dateWords(p.in_force.to) : " onwards"})`))));
}

// ---------------------------------------------------------------------------------------------------- the timeline

function lifeSpan() {
  // The ruling's life as the slider and the timeline show it: from its issue to the end of next year (the date shown
  // is always inside). What lies beyond is drawn as an open end, never as a last day.
  const issued = rulingIssued() || FALLBACK_START;
  const end = `${Number(isoToday().slice(0, 4)) + 1}-12-31`;
  return { from: view.date < issued ? view.date : issued, to: view.date > end ? view.date : end };
}
function scaleOf(life) {
  const start = dayNumber(life.from), span = dayNumber(life.to) - start + 1;
  return { ...life, at: (iso) => Math.max(0, Math.min(100, (dayNumber(iso) - start) / span * 100)) };
}
function timelineView(t, events) {
  const scale = scaleOf(lifeSpan());
  const shown = t.intervals.filter((iv) => iv.to >= scale.from && iv.from <= scale.to);
  const open = t.intervals.length && t.intervals[t.intervals.length - 1].to === OPEN_END;
  return el("div", { class: "timeline-box" },
    el("div", { class: "timeline", role: "group", "aria-label": "Outcome over time; each part is a button that moves the date" },
      shown.map((iv) => timelinePart(iv, scale)),
      el("span", { class: "now-line", style: `left: ${scale.at(view.date)}%`, title: `the date shown: ${dateWords(view.date)}` }),
      el("span", { class: "today-line", style: `left: ${scale.at(isoToday())}%`, title: `today: ${dateWords(isoToday())}` })),
    timelineMarks(events, scale),
    timelineAxis(scale, open),
    timelineKey(events),
    intervalsList(t.intervals));
}
function outcomeKey() { return view.order === "domestic" ? "domestic" : "international"; }
function timelinePart(iv, scale) {
  const key = outcomeKey();
  const from = iv.from < scale.from ? scale.from : iv.from, to = iv.to > scale.to ? scale.to : iv.to;
  const left = scale.at(from), width = scale.at(isoOfDay(dayNumber(to) + 1)) - left;
  const current = iv.from <= view.date && view.date <= iv.to;
  const open = iv.to === OPEN_END;
  return el("button", { type: "button", class: `part${current ? " current" : ""}${open ? " open" : ""}`, "data-outcome": iv[key],
    style: `left: ${left}%; width: ${width}%; background-color: var(--${iv[key].replace(/_/g, "-")})`,
    title: `${periodWords(iv)}: international law ${label(iv.international)}; its own law ${label(iv.domestic)}`,
    "aria-label": `${periodWords(iv)}: international law ${label(iv.international)}, its own law ${label(iv.domestic)}`,
    onclick: () => setDate(iv.from) });
}
function periodWords(iv) {
  if (iv.to === OPEN_END) return `${dateWords(iv.from)} and after`;
  return iv.from === iv.to ? dateWords(iv.from) : `${dateWords(iv.from)} – ${dateWords(iv.to)}`;
}
function timelineMarks(events, scale) {
  // Each recorded event as a mark under the bar; a mark too close to the one before drops to a second lane.
  const placed = events.filter((e) => eventDay(e) && eventDay(e) >= scale.from && eventDay(e) <= scale.to)
    .sort((a, b) => eventDay(a).localeCompare(eventDay(b)));
  if (!placed.length) return null;
  let last = -100, lanes = 1;
  const marks = placed.map((e) => {
    const left = scale.at(eventDay(e)), lane = left - last < 4 ? 1 : 0;
    if (lane) lanes = 2; else last = left;
    const when = e.date ? spanWords(e.date, e.to) : dateWords(eventDay(e));
    return el("button", { type: "button", class: `mark mark-${e.kind} lane-${lane}`, "data-kind": e.kind, "data-date": eventDay(e),
      style: `left: ${left}%`, text: PRACTICE_MARKS[e.kind] || "•", title: `${PRACTICE_WORDS[e.kind] || e.kind}: ${when}`,
      "aria-label": `${PRACTICE_WORDS[e.kind] || e.kind}, ${when}`, onclick: () => setDate(eventDay(e)) });
  });
  return el("div", { class: `marks${lanes > 1 ? " two-lanes" : ""}`, role: "group",
                     "aria-label": "What the state did; each mark moves the date to it" }, marks);
}
function timelineAxis(scale, open) {
  const y0 = Number(scale.from.slice(0, 4)) + 1, y1 = Number(scale.to.slice(0, 4));
  const step = [1, 2, 5, 10, 20, 50].find((s) => (y1 - y0 + 1) / s <= 6) || 100;
  const years = [];
  for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) years.push(y);
  return el("div", { class: "axis", "aria-hidden": "true" },
    el("span", { class: "tick start", style: "left: 0%", text: dateWords(scale.from) }),
    years.filter((y) => scale.at(`${y}-01-01`) > 24 && scale.at(`${y}-01-01`) < 74).map((y) =>
      el("span", { class: "tick", style: `left: ${scale.at(`${y}-01-01`)}%`, text: String(y) })),
    open ? el("span", { class: "tick end open-end", text: "and after →" }) : el("span", { class: "tick end", text: dateWords(scale.to) }));
}
function timelineKey(events) {
  const marks = [...new Set(events.map((e) => PRACTICE_MARKS[e.kind]).filter(Boolean))];
  return el("p", { class: "timeline-key small" },
    el("span", { class: "key-now" }, "│"), " the date shown · ", el("span", { class: "key-today" }, "┆"), " today",
    marks.map((m) => [" · ", el("span", { class: "mark-key" }, m), ` ${MARK_WORDS[m]}`]));
}
function intervalsList(intervals) {
  return el("ol", { class: "intervals" }, intervals.map((iv) => el("li", { "data-from": iv.from, "data-open": iv.to === OPEN_END ? "true" : null },
    el("strong", { text: periodWords(iv) }), `: international law ${label(iv.international)}; its own law ${label(iv.domestic)}`,
    iv.conflict ? " (conflict)" : iv.conflict_possible ? " (possible conflict)" : "",
    iv.changed_by.length ? el("div", { class: "changed" }, "changed by: " + iv.changed_by.map((f) => f.fact).join("; ")) : "")));
}

// ---------------------------------------------------------------------------------------------------- controls

function setDate(iso) {
  view.date = iso;
  $("#date").value = iso;
  const life = lifeSpan(), slider = $("#slider");
  slider.min = String(dayNumber(life.from)); slider.max = String(dayNumber(life.to));
  slider.value = String(dayNumber(iso));
  $("#slider-out").textContent = dateWords(iso);
  $("#slider-range").textContent = `from ${dateWords(life.from)}${rulingIssued() ? " (the ruling's issue)" : ""} to ${dateWords(life.to)}`;
  writeURL();
  refreshMap();
  if (view.country) refreshPanel();
}
let searchSeq = 0;
async function fillRulings(filter) {
  // The server searches (GET /api/rulings?q=): the same search as `exequatur rulings search`, over names in every
  // recorded spelling, offices, courts and situations. The selector always shows what the map shows.
  const seq = ++searchSeq;
  const query = (filter || "").trim();
  const rows = query ? (await api(`/api/rulings?limit=500&q=${encodeURIComponent(query.slice(0, 200))}`)).records : data.rulings;
  if (seq !== searchSeq) return;
  const shownHere = !view.hruling && !view.linkError && !data.failed && rows.some((r) => r.id === view.ruling);
  const first = shownHere ? [] : [el("option", { value: "", selected: true, text: currentRulingText(rows.length, query) })];
  $("#ruling").replaceChildren(...first, ...rows.map((r) => el("option", { value: r.id, text: rulingLabel(r), selected: shownHere && r.id === view.ruling })));
}
function currentRulingText(found, query) {
  if (view.linkError || !view.hruling && !rulingRow(view.ruling)) return "— nothing shown: the link cannot be read —";
  if (data.failed) return "— nothing shown: see the message in place of the map —";
  if (view.hruling) return `— ${cap(describeRuling(view.hruling))} (hypothetical) —`;
  const current = `— shown: ${rulingLabel(rulingRow(view.ruling))} —`;
  return found ? current : `— nothing matches “${cut(query, 30)}”; ${current.slice(2)}`;
}
function options(select, rows, current) {
  select.replaceChildren(...rows.map(([value, text]) => el("option", { value, text, selected: value === current })));
}
function wireControls() {
  $("#ruling-search").addEventListener("input", async (e) => {
    try { await fillRulings(e.target.value); } catch { return; }
    const choice = $("#ruling").querySelector("option[value]:not([value=''])");
    if (!$("#ruling").value && choice && e.target.value.trim()) { $("#ruling").value = choice.value; chooseRuling(choice.value); }
  });
  $("#ruling").addEventListener("change", (e) => { if (e.target.value) chooseRuling(e.target.value); });
  $("#date").addEventListener("change", (e) => { if (isDay(e.target.value)) setDate(e.target.value); });
  $("#today").addEventListener("click", () => setDate(isoToday()));
  $("#slider").addEventListener("input", () => setDate(isoOfDay(Number($("#slider").value))));
  for (const radio of document.querySelectorAll("input[name=order]")) {
    radio.checked = radio.value === view.order;
    radio.addEventListener("change", async () => { view.order = radio.value; writeURL(); await repaint(); if (view.country) refreshPanel(); });
  }
  $("#country").addEventListener("change", (e) => { if (e.target.value) select(e.target.value, true); else closePanel(); });
  $("#panel").addEventListener("keydown", (e) => { if (e.key === "Escape" && view.country) closePanel(); });
  $("#hypo-form").addEventListener("submit", (e) => { e.preventDefault(); useHypothetical(); });
  $("#h-clear").addEventListener("click", () => { view.hruling = null; $("#h-error").textContent = ""; changed(); });
  $("#wi-kind").addEventListener("change", showKind);
  $("#wi-instrument").addEventListener("change", fillEvents);
  $("#wi-form").addEventListener("submit", (e) => { e.preventDefault(); addFact(); });
  $("#wi-clear").addEventListener("click", () => { view.scenario = null; whatIfList(); changed(); });
  $("#wi-example").addEventListener("change", (e) => useExample(e.target.value));
}
function chooseRuling(id) {
  view.ruling = id; view.hruling = null; view.linkError = null;
  changed();
}
function changed() {
  writeURL();
  fillRulings($("#ruling-search").value).catch(() => {});
  setDate(view.date);  // the slider follows the ruling's life; the map and the panel are redrawn
}

function fillReadings() {
  const box = $("#readings");
  if (Object.keys(view.readings).length) $("#readings-box").open = true;  // a reading chosen in the link is shown
  box.replaceChildren(...data.readings.map((r) => {
    const chosen = () => r.options.find((o) => o.name === (view.readings[r.id] || r.default)) || r.options[0];
    const held = el("small", { class: "held", text: `Held by: ${chosen().held_by}` });
    const select = el("select", { id: `reading-${r.id}`, "data-reading": r.id },
      r.options.map((o) => el("option", { value: o.name, text: `${o.description}${o.name === r.default ? " (default)" : ""}`,
                                          selected: chosen().name === o.name })));
    select.addEventListener("change", () => {
      if (select.value === r.default) delete view.readings[r.id]; else view.readings[r.id] = select.value;
      held.textContent = `Held by: ${chosen().held_by}`;
      changed();
    });
    return el("div", { class: "reading-choice" }, el("label", { for: select.id, text: r.question }), select, held);
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
    view.linkError = null;
    changed();
  } catch (err) { $("#h-error").textContent = err.message; }
}

// ---------------------------------------------------------------------------------------------------- what if

function showKind() {
  const kind = $("#wi-kind").value;
  for (const box of document.querySelectorAll("#wi-form [data-kind]")) box.hidden = box.dataset.kind !== kind;
}
function fillEvents() {
  const ins = data.vocabulary.instruments.find((i) => i.id === $("#wi-instrument").value);
  options($("#wi-event"), (ins ? ins.events : []).map((e) => [e, EVENT_WORDS[e] || e.replace(/-/g, " ")]), "accession");
}
function useExample(name) {
  const example = data.examples.find((x) => x.name === name);
  view.scenario = example ? { name: example.name, description: example.description, assume: example.assume } : null;
  whatIfList();
  changed();
}
function edited(assume) {  // a scenario changed by hand is no longer the example it started from
  if (!assume.length) return null;
  const keep = view.scenario && !exampleOf(view.scenario) && view.scenario.description !== PAGE_SCENARIO;
  return { name: keep ? view.scenario.name : "what-if", description: keep ? view.scenario.description : PAGE_SCENARIO, assume };
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
  const next = edited([...(view.scenario ? view.scenario.assume : []), fact]);
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
  const example = exampleOf(view.scenario);
  $("#wi-example").value = example ? example.name : "";
  $("#wi-about").hidden = !example;
  $("#wi-about").textContent = example ? example.description : "";
  $("#wi-list").replaceChildren(...facts.map((f, i) => el("li", {}, describeFact(f), " ",
    el("button", { type: "button", "aria-label": `Remove assumed fact ${i + 1}`, onclick: () => {
      view.scenario = edited(facts.filter((_, j) => j !== i));
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
  options($("#wi-example"), [["", "—"], ...data.examples.map((x) => [x.name, x.description])], "");
  data.rulings = rulings.records;
  data.states = Object.fromEntries(states.records.map((s) => [s.id, s]));
  data.readings = readings.readings;
  data.vocabulary = vocabulary;
  data.bodies = bodies.records;
  $("#versions").textContent = `engine ${version.engine_version} · knowledge base ${version.kb_version}` +
    (version.data_as_of ? ` (data checked ${version.data_as_of})` : "") +
    ` · ${version.counts.states} states, ${version.counts.rulings} rulings, ${version.counts.sources} sources`;
  fillForms(vocabulary, bodies.records);
  await fillRulings("");
  fillReadings();
  wireControls();
  whatIfList();
  await drawMap();
  setDate(view.date);
  document.body.dataset.ready = "true";
}
function fillForms(vocabulary, bodies) {
  const stateRows = Object.values(data.states).sort((a, b) => a.name.localeCompare(b.name)).map((s) => [s.id, s.name]);
  options($("#country"), [["", "—"], ...stateRows], view.country || "");
  options($("#wi-state"), stateRows, "RUS");
  options($("#wi-instrument"), vocabulary.instruments.map((i) => [i.id, i.title]), "rome-statute");
  fillEvents();
  const situations = vocabulary.situations.map((s) => [s.id, s.name]);
  options($("#wi-refers"), [["", "— none —"], ...situations], "");
  options($("#wi-law"), vocabulary.national_laws.map((l) => [l.id, `${stateName(l.state)}: ${l.title}`]));
  options($("#h-body"), bodies.map((b) => [b.id, b.name]), "icc");
  options($("#h-situation"), [["", "—"], ...situations], "");
  options($("#h-respondent"), [["", "—"], ...stateRows], "");
  $("#wi-date").value = $("#h-issued").value = isoToday();
}
start().catch((err) => { $("#map-title").textContent = `The page could not start: ${err.message}`; });
