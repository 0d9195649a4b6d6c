/* global document, window, location, fetch, URLSearchParams */
// Plain browser JavaScript: eslint.config.mjs turns type-aware rules off for .js files (there are
// no DOM typings to check against); JSDoc types below still document the data shapes.
// The faultreplay web dashboard: plain JS + SVG, no build step, no third-party code.
// Every number comes from the JSON API (`/api/query/NAME`), which runs only the canned queries
// of dashboards/*.sql. Charts carry `data-policy` / `data-value` attributes so tests (and
// curious users) can check what is drawn against the store.
// The sweep charts are in sweep.js, which imports the helpers exported here.

/** @typedef {Record<string, unknown>} Row */
/** @typedef {{ name: string, columns: { name: string, type: string }[], rows: Row[] }} QueryResult */
/** @typedef {{ name: string, color: string, points: [number, number][] }} Series */

const SVG = 'http://www.w3.org/2000/svg';
export const PALETTE = [
  '#44546a',
  '#d1495b',
  '#2e86ab',
  '#edae49',
  '#66a182',
  '#8e6c8a',
  '#00798c',
  '#c17c74',
];

/** @type {Map<string, string>} */
const colors = new Map();
/** @param {string} policy */
const colorOf = (policy) => colors.get(policy) ?? '#888';

/** @param {string} text */
function setStatus(text, isError = false) {
  const el = document.getElementById('status');
  if (el === null) return;
  el.textContent = text;
  el.className = isError ? 'error' : '';
}

/**
 * @param {string} name
 * @param {Record<string, string | number>} params
 * @returns {Promise<QueryResult>}
 */
export async function api(name, params = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) qs.set(k, String(v));
  const res = await fetch(`/api/query/${name}?${qs.toString()}`);
  const body = /** @type {QueryResult & { error?: string }} */ (await res.json());
  if (!res.ok) throw new Error(`${name}: ${body.error ?? res.statusText}`);
  return body;
}

/** Numbers as shown: integers whole, others rounded to 3 decimals. @param {unknown} v */
export function fmt(v) {
  if (typeof v === 'number')
    return Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
  if (typeof v === 'string') return v;
  return v === null || v === undefined ? '' : JSON.stringify(v);
}

/**
 * @param {string} tag
 * @param {Record<string, string | number>} attrs
 * @param {string} [text]
 */
export function svgEl(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Replaces a figure's chart (keeps its caption). @param {string} id @param {number} height */
function canvas(id, height, width = 460) {
  const fig = document.getElementById(id);
  if (fig === null) throw new Error(`no figure #${id}`);
  fig.querySelector('svg')?.remove();
  fig.querySelector('.empty')?.remove();
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, 'data-chart': id });
  fig.appendChild(svg);
  return svg;
}

/** @param {string} id @param {string} text */
function emptyNote(id, text) {
  const fig = document.getElementById(id);
  const p = document.createElement('p');
  p.className = 'empty meta';
  p.textContent = text;
  fig?.appendChild(p);
}

/**
 * Axis labels in SI units (1.2k, 3.4M) with the unit, so a large count still fits the left
 * margin instead of being clipped at the svg's edge.
 * @param {number} v @param {string} [unit]
 */
export function si(v, unit = '') {
  const a = Math.abs(v);
  for (const [f, p] of /** @type {[number, string][]} */ ([
    [1e12, 'T'],
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ])) {
    if (a >= f) return `${String(Math.round((v / f) * 10) / 10)}${p}${unit}`;
  }
  return `${fmt(Math.round(v * 1000) / 1000)}${unit}`;
}

/**
 * Series with identical points would hide each other (the last drawn covers the rest): draw
 * each distinct curve once, named by every policy it stands for ("legacy = deferred").
 * @template {{ name: string, color: string, points: [number, number][] }} S
 * @param {S[]} series
 * @returns {S[]}
 */
export function mergeIdentical(series) {
  /** @type {Map<string, S>} */
  const by = new Map();
  for (const s of series) {
    const key = JSON.stringify(s.points);
    const seen = by.get(key);
    by.set(key, seen === undefined ? s : { ...seen, name: `${seen.name} = ${s.name}` });
  }
  return [...by.values()];
}

/** A nice upper bound for an axis. @param {number} max */
export function niceMax(max) {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

/**
 * Vertical bars, one per policy.
 * @param {string} id
 * @param {{ policy: string, value: number }[]} items
 */
function barChart(id, items) {
  const W = 460;
  const H = 220;
  const L = 48;
  const B = 48;
  const T = 16;
  const svg = canvas(id, H, W);
  const top = niceMax(Math.max(0, ...items.map((i) => i.value)));
  const ih = H - B - T;
  for (let g = 0; g <= 4; g++) {
    const y = T + ih - (ih * g) / 4;
    svg.append(svgEl('line', { x1: L, x2: W - 8, y1: y, y2: y, class: 'grid-line' }));
    const v = (top * g) / 4;
    svg.append(
      svgEl('text', { x: L - 4, y: y + 3, 'text-anchor': 'end', class: 'y-label' }, si(v)),
    );
  }
  const slot = (W - L - 8) / Math.max(1, items.length);
  items.forEach((it, i) => {
    const h = (ih * it.value) / top;
    const x = L + i * slot + slot * 0.15;
    const w = slot * 0.7;
    svg.append(
      svgEl('rect', {
        x,
        y: T + ih - h,
        width: w,
        height: Math.max(h, 0.5),
        fill: colorOf(it.policy),
        'data-policy': it.policy,
        'data-value': it.value,
      }),
    );
    svg.append(
      svgEl(
        'text',
        { x: x + w / 2, y: T + ih - h - 3, 'text-anchor': 'middle', class: 'value' },
        fmt(it.value),
      ),
    );
    // Many policies: slant the names so they do not run into each other.
    const slant = slot < 9 * it.policy.length;
    const lx = x + w / 2;
    const ly = T + ih + 12;
    svg.append(
      svgEl(
        'text',
        slant
          ? { x: lx, y: ly, 'text-anchor': 'end', transform: `rotate(-25 ${lx} ${ly})` }
          : { x: lx, y: H - 10, 'text-anchor': 'middle' },
        it.policy,
      ),
    );
  });
  svg.append(svgEl('line', { x1: L, x2: W - 8, y1: T + ih, y2: T + ih, class: 'axis' }));
}

/** Bucket label: the bucket's lower bound in µs. @param {number} b */
const bucketLabel = (b) => (b === 0 ? '<2' : b < 10 ? String(2 ** b) : `${2 ** (b - 10)}k`);

/**
 * Grouped bars: for each log2 bucket, one bar per policy (samples).
 * @param {string} id
 * @param {Row[]} rows rows of latency-histogram for one kind
 * @param {string[]} policies
 */
function histogramChart(id, rows, policies) {
  if (rows.length === 0) {
    canvas(id, 30);
    emptyNote(id, 'no samples');
    return;
  }
  const W = 460;
  const H = 210;
  const L = 48;
  const B = 30;
  const T = 10;
  const svg = canvas(id, H, W);
  const maxBucket = Math.max(...rows.map((r) => Number(r['bucket'])));
  const top = niceMax(Math.max(...rows.map((r) => Number(r['samples']))));
  const ih = H - B - T;
  for (let g = 0; g <= 4; g++) {
    const y = T + ih - (ih * g) / 4;
    svg.append(svgEl('line', { x1: L, x2: W - 8, y1: y, y2: y, class: 'grid-line' }));
    const v = (top * g) / 4;
    svg.append(
      svgEl('text', { x: L - 4, y: y + 3, 'text-anchor': 'end', class: 'y-label' }, si(v)),
    );
  }
  const slot = (W - L - 8) / (maxBucket + 1);
  const bw = (slot * 0.8) / Math.max(1, policies.length);
  for (const r of rows) {
    const policy = String(r['policy']);
    const b = Number(r['bucket']);
    const v = Number(r['samples']);
    const h = (ih * v) / top;
    const x = L + b * slot + slot * 0.1 + policies.indexOf(policy) * bw;
    svg.append(
      svgEl('rect', {
        x,
        y: T + ih - h,
        width: Math.max(bw - 0.5, 0.5),
        height: h,
        fill: colorOf(policy),
        'data-policy': policy,
        'data-bucket': b,
        'data-value': v,
      }),
    );
  }
  for (let b = 0; b <= maxBucket; b++) {
    svg.append(
      svgEl(
        'text',
        { x: L + b * slot + slot / 2, y: H - 16, 'text-anchor': 'middle' },
        bucketLabel(b),
      ),
    );
  }
  svg.append(
    svgEl(
      'text',
      { x: W / 2, y: H - 3, 'text-anchor': 'middle' },
      'latency bucket lower bound (µs)',
    ),
  );
  svg.append(svgEl('line', { x1: L, x2: W - 8, y1: T + ih, y2: T + ih, class: 'axis' }));
}

/**
 * Line chart.
 * @param {string} id
 * @param {Series[]} series
 * @param {{ xLabel: string, yMax?: number, yUnit?: string, xTick?: (x: number) => string, height?: number, width?: number }} opt
 */
function lineChart(id, series, opt) {
  const W = opt.width ?? 460;
  const H = opt.height ?? 210;
  const L = 52;
  const B = 30;
  const T = 10;
  const svg = canvas(id, H, W);
  series = mergeIdentical(series);
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = series.flatMap((s) => s.points.map((p) => p[1]));
  if (xs.length === 0) {
    emptyNote(id, 'no data');
    return;
  }
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs, x0 + 1);
  const top = opt.yMax ?? niceMax(Math.max(...ys));
  const iw = W - L - 10;
  const ih = H - B - T;
  const px = (/** @type {number} */ x) => L + ((x - x0) / (x1 - x0)) * iw;
  const py = (/** @type {number} */ y) => T + ih - (ih * y) / top;
  for (let g = 0; g <= 4; g++) {
    const y = T + ih - (ih * g) / 4;
    svg.append(svgEl('line', { x1: L, x2: W - 10, y1: y, y2: y, class: 'grid-line' }));
    const v = (top * g) / 4;
    svg.append(
      svgEl(
        'text',
        { x: L - 4, y: y + 3, 'text-anchor': 'end', class: 'y-label' },
        opt.yMax === 1 ? fmt(v) : si(v, opt.yUnit),
      ),
    );
  }
  const ticks = Math.min(10, Math.round(x1 - x0));
  for (let t = 0; t <= ticks; t++) {
    const x = x0 + ((x1 - x0) * t) / Math.max(1, ticks);
    svg.append(
      svgEl('text', { x: px(x), y: H - 16, 'text-anchor': 'middle' }, (opt.xTick ?? fmt)(x)),
    );
  }
  svg.append(svgEl('text', { x: L + iw / 2, y: H - 3, 'text-anchor': 'middle' }, opt.xLabel));
  for (const s of series) {
    const pts = s.points.map((p) => `${px(p[0]).toFixed(1)},${py(p[1]).toFixed(1)}`).join(' ');
    svg.append(
      svgEl('polyline', {
        points: pts,
        fill: 'none',
        stroke: s.color,
        'stroke-width': 2,
        'data-policy': s.name,
        'data-points': s.points.length,
        'data-last': s.points.at(-1)?.[1] ?? 0,
      }),
    );
  }
  svg.append(svgEl('line', { x1: L, x2: W - 10, y1: T + ih, y2: T + ih, class: 'axis' }));
  seriesKey(svg, series, W, T);
}

/**
 * A key in the chart's corner for curves that stand for several policies, which the page's
 * colour legend cannot show (one colour, several names).
 * @param {SVGSVGElement} svg @param {{ name: string, color: string }[]} series
 * @param {number} W @param {number} T
 */
function seriesKey(svg, series, W, T) {
  let y = T + 12;
  for (const s of series.filter((x) => x.name.includes(' = '))) {
    svg.append(
      svgEl(
        'text',
        { x: W - 14, y, 'text-anchor': 'end', fill: s.color, class: 'series-key' },
        s.name,
      ),
    );
    y += 14;
  }
}

/**
 * @param {string} id
 * @param {QueryResult} res
 * @param {(row: Row) => string} key
 * @param {(row: Row) => void} [onClick]
 */
function table(id, res, key, onClick) {
  const el = document.getElementById(id);
  if (el === null) return;
  el.replaceChildren();
  const head = el.createTHead().insertRow();
  for (const c of res.columns) {
    const th = document.createElement('th');
    th.textContent = c.name;
    head.appendChild(th);
  }
  const body = el.createTBody();
  for (const row of res.rows) {
    const tr = body.insertRow();
    tr.dataset.key = key(row);
    for (const c of res.columns) {
      const td = tr.insertCell();
      const v = row[c.name];
      // A null figure is unknown (the capture cannot show it, or a ratio to a zero legacy value):
      // shown as '?' like the CLI tables, never as a blank that reads like "nothing".
      const unknown = v === null;
      td.textContent = unknown ? '?' : fmt(v);
      // The full text where a fitted column cuts it with an ellipsis.
      td.title = unknown ? 'unknown' : fmt(v);
      td.dataset.col = c.name;
      if (unknown) td.className = 'unknown';
      if (typeof v === 'number') {
        td.className = 'num';
        td.dataset.value = String(v);
      }
    }
    if (onClick !== undefined)
      tr.addEventListener('click', () => {
        onClick(row);
      });
  }
}

/** @param {string[]} policies */
function legend(policies) {
  const el = document.getElementById('legend');
  if (el === null) return;
  el.replaceChildren(
    ...policies.map((p) => {
      const s = document.createElement('span');
      s.textContent = p;
      s.style.setProperty('--c', colorOf(p));
      return s;
    }),
  );
}

/** @type {QueryResult | undefined} */
let timelineData;

function drawTimeline() {
  const sel = /** @type {HTMLSelectElement | null} */ (document.getElementById('timeline-metric'));
  const metric = sel?.value ?? 'write_faults';
  if (timelineData === undefined) return;
  /** @type {Map<string, [number, number][]>} */
  const by = new Map();
  for (const r of timelineData.rows) {
    const p = String(r['policy']);
    const pts = by.get(p) ?? [];
    pts.push([Number(r['second']), Number(r[metric])]);
    by.set(p, pts);
  }
  lineChart(
    'timeline-chart',
    [...by].map(([name, points]) => ({ name, color: colorOf(name), points })),
    {
      xLabel: 'seconds since the first event',
      yUnit: metric === 'bytes_written' ? 'B' : metric.endsWith('_us') ? 'µs' : '',
      width: 940,
      height: 240,
      xTick: (x) => String(Math.round(x)),
    },
  );
}

/** @param {string} run */
async function showRun(run) {
  setStatus(`loading ${run}…`);
  for (const tr of document.querySelectorAll('#runs tbody tr')) {
    tr.classList.toggle('selected', /** @type {HTMLElement} */ (tr).dataset.key === run);
  }
  const [summary, hist, deltas, top, timeline, costs] = await Promise.all([
    api('summary', { run }),
    api('latency-histogram', { run }),
    api('policy-deltas', { run }),
    api('top-files', { run, limit: 10 }),
    api('timeline', { run }),
    api('costs', { run }),
  ]);
  const policies = summary.rows.map((r) => String(r['policy']));
  colors.clear();
  policies.forEach((p, i) => colors.set(p, PALETTE[i % PALETTE.length] ?? '#888'));
  const section = document.getElementById('run-section');
  if (section !== null) section.hidden = false;
  const title = document.getElementById('run-title');
  if (title !== null) title.textContent = `Run ${run}`;
  const meta = document.getElementById('run-meta');
  if (meta !== null) {
    meta.textContent = `${policies.length} policies · costs: ${costs.rows
      .map((c) => `${fmt(c['name'])}=${fmt(c['value_us'])}µs (${fmt(c['source'])})`)
      .join(', ')}`;
  }
  legend(policies);
  // A capture without its end record (torn log, killed ingest) gives figures of a part only.
  const warning = document.getElementById('run-warning');
  if (warning !== null) {
    const incomplete = summary.rows[0]?.['completeness'] === 'incomplete';
    warning.hidden = !incomplete;
    warning.textContent = incomplete
      ? 'capture incomplete: it has no end-of-capture record, or its input was damaged; these figures cover only part of it'
      : '';
  }

  for (const kind of ['fault', 'msync']) {
    const rows = hist.rows.filter((r) => r['kind'] === kind);
    histogramChart(`${kind}-hist`, rows, policies);
    lineChart(
      `${kind}-cdf`,
      policies.map((p) => ({
        name: p,
        color: colorOf(p),
        // cdf is null for a histogram with no samples: no curve, not a flat line at 0
        points: rows
          .filter((r) => r['policy'] === p && r['cdf'] !== null)
          .map(
            (r) => /** @type {[number, number]} */ ([Number(r['bucket']) + 1, Number(r['cdf'])]),
          ),
      })),
      {
        xLabel: 'latency below (µs)',
        yMax: 1,
        xTick: (x) => (Number.isInteger(x) ? bucketLabel(x).replace('<2', '2') : ''),
      },
    );
  }
  const bar = (/** @type {string} */ col) =>
    summary.rows.map((r) => ({ policy: String(r['policy']), value: Number(r[col]) }));
  barChart('wa-bars', bar('write_amplification'));
  barChart('commit-bars', bar('journal_commits'));
  barChart('staleness-bars', bar('staleness_max_ms'));
  barChart('sus-bars', bar('sus_violations'));

  timelineData = timeline;
  drawTimeline();

  table('summary', summary, (r) => String(r['policy']));
  const headline = new Set([
    'writeFaults',
    'timestampUpdates',
    'journalCommits',
    'bytesWritten',
    'writeAmplification',
    'faultLatencyUs.mean',
    'faultLatencyUs.p99',
    'msyncLatencyUs.mean',
    'mtimeStaleness.suSViolations',
  ]);
  const shown = deltas.rows.filter((r) => headline.has(String(r['metric'])));
  table(
    'deltas',
    { ...deltas, rows: shown.length > 0 ? shown : deltas.rows },
    (r) => `${fmt(r['policy'])}/${fmt(r['metric'])}`,
  );
  table('top-files', top, (r) => `${fmt(r['policy'])}/${fmt(r['file'])}`);
  setStatus('');
  document.body.dataset.loaded = run;
}

async function main() {
  document.getElementById('timeline-metric')?.addEventListener('change', drawTimeline);
  setStatus('loading runs…');
  const runs = await api('runs');
  table(
    'runs',
    runs,
    (r) => String(r['run_id']),
    (r) => {
      location.hash = `run=${encodeURIComponent(String(r['run_id']))}`;
    },
  );
  if (runs.rows.length === 0) {
    setStatus('no runs stored yet: run `faultreplay run FILE` first');
    return;
  }
  const pick = () => {
    const m = /run=([^&]+)/.exec(location.hash);
    return m?.[1] !== undefined ? decodeURIComponent(m[1]) : String(runs.rows[0]?.['run_id']);
  };
  const known = runs.rows.map((r) => String(r['run_id']));
  // A run id from the address that is not stored would show empty charts: say so instead.
  const show = async () => {
    const run = pick();
    if (known.includes(run)) return showRun(run);
    const section = document.getElementById('run-section');
    if (section !== null) section.hidden = true;
    setStatus(noSuchRun(run, known), true);
    document.body.dataset.loaded = '';
    document.body.dataset.missing = run;
  };
  window.addEventListener('hashchange', () => {
    show().catch((/** @type {unknown} */ e) => {
      setStatus(String(e), true);
    });
  });
  await show();
}

/**
 * The message for a run id that is not stored (the CLI's `query --run` says the same).
 * @param {string} run
 * @param {string[]} known
 */
function noSuchRun(run, known) {
  const shown = known.slice(0, 5).join(', ');
  return `no run '${run}' (known: ${shown}${known.length > 5 ? `, … ${known.length} in all` : ''})`;
}

main().catch((/** @type {unknown} */ e) => {
  setStatus(String(e), true);
});
