/* global document */
// The sweep charts of the web dashboard (issue 16): for one stored `faultreplay sweep` (the
// `sweeps` query lists them, newest first and shown by default), one line chart per headline
// metric, the first swept parameter on x and one line per policy and value of the other axes.
// Every number comes from the canned `sweep` query through the API. Each cell's point carries
// `data-run` / `data-policy` / `data-params` / `data-value` (the row's figure as the API gave
// it, `?` for an unknown one), so tests can check the chart against the query's rows. The
// captured baseline (legacy, parameters as captured: the query's is_captured row) is a dashed
// horizontal line across each chart labelled "captured", carrying `data-captured-value`; an
// unknown baseline figure is the label "captured: unknown" and no line, never a line at 0.
import { PALETTE, api, fmt, mergeIdentical, niceMax, si, svgEl } from './app.js';

/** @typedef {Record<string, unknown>} Row */

/** The metrics drawn, in the order of the `sweep` query's columns: [column, caption, unit]. */
const METRICS = /** @type {const} */ ([
  ['fault_p99_us', 'Fault latency p99 (µs)', 'µs'],
  ['msync_p99_us', 'msync latency p99 (µs)', 'µs'],
  ['write_amplification', 'Write amplification (bytes written / bytes dirtied)', ''],
  ['data_pages_written', 'Data pages written', ''],
  ['journal_commits', 'Journal commits', ''],
  ['staleness_mean_ms', 'mtime staleness: mean lag (ms)', 'ms'],
]);

/** Line styles for the values of the second and further axes (policies have the colours). */
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2'];

/** @param {Row} r */
const values = (r) => /** @type {number[]} */ (r['param_values']);

/** The series a row belongs to: its policy and its values on every axis but the first. */
function seriesOf(/** @type {Row} */ r) {
  const names = /** @type {string[]} */ (r['param_names']);
  const rest = names
    .slice(1)
    .map((n, i) => `${n}=${fmt(values(r)[i + 1])}`)
    .join(' ');
  return {
    policy: String(r['policy']),
    rest,
    name: rest === '' ? String(r['policy']) : `${String(r['policy'])} ${rest}`,
  };
}

/**
 * One chart: x is the first axis, its values evenly spaced in increasing order (tunables are
 * swept over orders of magnitude, 1000 and 5000 would sit on top of each other on a linear
 * axis). An unknown figure (null) is a gap in its line and a '?' on the axis, never a 0.
 * @param {HTMLElement} fig
 * @param {Row[]} rows
 * @param {string} column
 * @param {string} unit
 * @param {(r: Row) => { color: string, dash: string, name: string }} style
 * @param {Row | undefined} captured the baseline's row, drawn as a reference line
 */
function sweepChart(fig, rows, column, unit, style, captured) {
  const W = 460;
  const H = 220;
  const L = 52;
  const B = 34;
  const T = 12;
  const R = 12;
  const iw = W - L - R;
  const ih = H - B - T;
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, 'data-chart': column });
  fig.appendChild(svg);
  const xs = [...new Set(rows.map((r) => values(r)[0] ?? 0))].sort((a, b) => a - b);
  const px = (/** @type {number} */ x) => L + (iw * (xs.indexOf(x) + 0.5)) / xs.length;
  /** @param {Row} r @returns {number | null} */
  const figure = (r) => (r[column] === null || r[column] === undefined ? null : Number(r[column]));
  const base = captured === undefined ? null : figure(captured);
  const known = [...rows.map(figure), base].filter((v) => v !== null);
  const top = niceMax(Math.max(0, ...known));
  const py = (/** @type {number} */ y) => T + ih - (ih * y) / top;
  for (let g = 0; g <= 4; g++) {
    const y = T + ih - (ih * g) / 4;
    svg.append(svgEl('line', { x1: L, x2: W - R, y1: y, y2: y, class: 'grid-line' }));
    svg.append(
      svgEl(
        'text',
        { x: L - 4, y: y + 3, 'text-anchor': 'end', class: 'y-label' },
        si((top * g) / 4, unit),
      ),
    );
  }
  for (const x of xs)
    svg.append(svgEl('text', { x: px(x), y: H - 18, 'text-anchor': 'middle' }, fmt(x)));
  const xName = String(/** @type {string[]} */ (rows[0]?.['param_names'])?.[0] ?? '');
  svg.append(svgEl('text', { x: L + iw / 2, y: H - 4, 'text-anchor': 'middle' }, xName));

  // Lines: one per series, broken where a figure is unknown; identical ones drawn once.
  /** @type {Map<string, { name: string, color: string, dash: string, points: [number, number | null][] }>} */
  const bySeries = new Map();
  for (const r of rows) {
    const s = style(r);
    const line = bySeries.get(s.name) ?? { ...s, points: [] };
    line.points.push([values(r)[0] ?? 0, figure(r)]);
    bySeries.set(s.name, line);
  }
  const lines = mergeIdentical(
    [...bySeries.values()].map((l) => ({
      ...l,
      points: /** @type {[number, number][]} */ (l.points.sort((a, b) => a[0] - b[0])),
    })),
  );
  for (const l of lines) {
    /** @type {string[][]} */
    const segments = [[]];
    for (const [x, y] of /** @type {[number, number | null][]} */ (l.points)) {
      if (y === null) segments.push([]);
      else segments.at(-1)?.push(`${px(x).toFixed(1)},${py(y).toFixed(1)}`);
    }
    for (const seg of segments.filter((s) => s.length > 0)) {
      svg.append(
        svgEl('polyline', {
          points: seg.join(' '),
          fill: 'none',
          stroke: l.color,
          'stroke-width': 2,
          'stroke-dasharray': l.dash,
          'data-series': l.name,
        }),
      );
    }
  }
  // Points, one per row of the query, in its order.
  for (const r of rows) {
    const s = style(r);
    const v = figure(r);
    const data = {
      'data-run': String(r['run_id']),
      'data-policy': String(r['policy']),
      'data-params': String(r['params']),
      'data-value': v === null ? '?' : String(v),
    };
    const x = px(values(r)[0] ?? 0);
    const point =
      v === null
        ? svgEl(
            'text',
            { x, y: T + ih - 4, 'text-anchor': 'middle', class: 'unknown', ...data },
            '?',
          )
        : svgEl('circle', { cx: x, cy: py(v), r: 3, fill: s.color, class: 'point', ...data });
    point.append(svgEl('title', {}, `${s.name}: ${v === null ? 'unknown' : fmt(v)}`));
    svg.append(point);
  }
  svg.append(svgEl('line', { x1: L, x2: W - R, y1: T + ih, y2: T + ih, class: 'axis' }));
  if (captured !== undefined) {
    const data = {
      'data-captured-value': base === null ? '?' : String(base),
      'data-run': String(captured['run_id']),
    };
    const what = `captured (legacy, ${String(captured['params']) || 'parameters as captured'})`;
    if (base === null) {
      const label = svgEl(
        'text',
        { x: W - R, y: T + 10, 'text-anchor': 'end', class: 'captured unknown', ...data },
        'captured: unknown',
      );
      label.append(svgEl('title', {}, `${what}: unknown`));
      svg.append(label);
    } else {
      const y = py(base);
      const ref = svgEl('line', { x1: L, x2: W - R, y1: y, y2: y, class: 'captured', ...data });
      ref.append(svgEl('title', {}, `${what}: ${fmt(base)}`));
      svg.append(
        ref,
        svgEl(
          'text',
          { x: W - R, y: y - 3, 'text-anchor': 'end', class: 'captured-label' },
          'captured',
        ),
      );
    }
  }
  // Curves that stand for several series (one colour, several names): named under the chart,
  // where a long list of names can wrap instead of running off the svg.
  for (const l of lines.filter((x) => x.name.includes(' = '))) {
    const p = document.createElement('p');
    p.className = 'meta series-key';
    p.style.color = l.color;
    p.textContent = `one line: ${l.name}`;
    fig.append(p);
  }
}

/** @param {string} text */
function sweepMeta(text, isError = false) {
  const el = document.getElementById('sweep-meta');
  if (el === null) return;
  el.textContent = text;
  el.className = isError ? 'meta error' : 'meta';
}

/**
 * Why the sweep query gives `column` as NULL (its `unknown`: "column: reason; ..."): the
 * capture cannot show that figure, so the simulator's number is not drawn.
 * @param {Row | undefined} row
 * @param {string} column
 * @returns {string | undefined}
 */
function unknownReason(row, column) {
  const entries = String(row?.['unknown'] ?? '').split('; ');
  const hit = entries.find((e) => e.startsWith(`${column}: `));
  return hit === undefined ? undefined : hit.slice(column.length + 2);
}

/** Draws the charts of one sweep. @param {string} sweep */
async function showSweep(sweep) {
  const res = await api('sweep', { sweep, captured: 1 });
  // The query puts the captured baseline's row first (is_captured = 1): the rest are the cells.
  const captured = res.rows.find((r) => Number(r['is_captured']) === 1);
  const rows = res.rows.filter((r) => r !== captured);
  const policies = [...new Set(rows.map((r) => String(r['policy'])))];
  const rests = [...new Set(rows.map((r) => seriesOf(r).rest))];
  const style = (/** @type {Row} */ r) => {
    const s = seriesOf(r);
    return {
      name: s.name,
      color: PALETTE[policies.indexOf(s.policy) % PALETTE.length] ?? '#888',
      dash: DASHES[rests.indexOf(s.rest) % DASHES.length] ?? '',
    };
  };
  const names = /** @type {string[]} */ (rows[0]?.['param_names'] ?? []);
  sweepMeta(
    `sweep ${sweep}: ${names.join(' x ')} · ${policies.join(', ')} · ${rows.length} cells` +
      (names.length > 1
        ? ` · x: ${names[0] ?? ''}; line style: ${names.slice(1).join(', ')}`
        : '') +
      // No captured row: a sweep stored before a baseline without values kept a marker row.
      (captured === undefined
        ? ' · no captured baseline stored for this sweep'
        : ` · dashed grey: captured baseline (legacy, ${
            String(captured['params']) || 'the capture recorded none of these parameters'
          })`),
  );
  const legend = document.getElementById('sweep-legend');
  const seen = new Map(rows.map((r) => [style(r).name, style(r)]));
  legend?.replaceChildren(
    ...[...seen.values()].map((s) => {
      const span = document.createElement('span');
      span.className = 'line-key';
      const sample = svgEl('svg', { viewBox: '0 0 24 8', width: 24, height: 8 });
      sample.append(
        svgEl('line', {
          x1: 0,
          x2: 24,
          y1: 4,
          y2: 4,
          stroke: s.color,
          'stroke-width': 2,
          'stroke-dasharray': s.dash,
        }),
      );
      span.append(sample, s.name);
      return span;
    }),
  );
  const charts = document.getElementById('sweep-charts');
  charts?.replaceChildren(
    ...METRICS.map(([column, caption, unit]) => {
      const fig = document.createElement('figure');
      fig.id = `sweep-${column}`;
      const cap = document.createElement('figcaption');
      cap.textContent = caption;
      fig.append(cap);
      const why = unknownReason(res.rows[0], column);
      if (why !== undefined) {
        const p = document.createElement('p');
        p.className = 'unknown-reason meta';
        p.textContent = `unknown: ${why}`;
        fig.append(p);
      }
      if (rows.length === 0) {
        const p = document.createElement('p');
        p.className = 'empty meta';
        p.textContent = 'no cells';
        fig.append(p);
      } else sweepChart(fig, rows, column, unit, style, captured);
      return fig;
    }),
  );
  document.body.dataset.sweepLoaded = sweep;
}

async function main() {
  const list = await api('sweeps');
  document.body.dataset.sweeps = String(list.rows.length);
  if (list.rows.length === 0) return;
  const section = document.getElementById('sweep-section');
  if (section !== null) section.hidden = false;
  const pick = /** @type {HTMLSelectElement | null} */ (document.getElementById('sweep-pick'));
  for (const r of list.rows) {
    const o = document.createElement('option');
    o.value = String(r['sweep_id']);
    const axes = /** @type {string[]} */ (r['param_names']).join(' x ');
    o.textContent = `${o.value} (${axes}, ${fmt(r['combinations'])} combinations, ${new Date(Number(r['stored_at_ms'])).toISOString()})`;
    pick?.append(o);
  }
  const show = () => {
    showSweep(pick?.value ?? String(list.rows[0]?.['sweep_id'])).catch(
      (/** @type {unknown} */ e) => {
        sweepMeta(String(e), true);
      },
    );
  };
  pick?.addEventListener('change', show);
  show();
}

main().catch((/** @type {unknown} */ e) => {
  sweepMeta(String(e), true);
});
