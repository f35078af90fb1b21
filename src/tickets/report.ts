import type { Kpis, Rate } from './kpis';
import { localDateTime } from './local-time';

export interface WeeklyReportInput {
  courierName: string;
  /** "2026-11-16 – 2026-11-22" */
  label: string;
  current: Kpis;
  previous: Kpis;
  timeZone: string;
}

type Row = [label: string, current: string, previous: string, change: string];

const pct = (r: Rate): string => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const num = (n: number | null): string => (n === null ? '—' : String(n));

/** Change in percentage points (rates) or in units; '—' when either side is unknown. */
function delta(current: number | null, previous: number | null, asPoints: boolean): string {
  if (current === null || previous === null) return '—';
  const d = asPoints ? (current - previous) * 100 : current - previous;
  const rounded = Math.round(d * 10) / 10;
  return `${rounded > 0 ? '+' : ''}${rounded}${asPoints ? ' pp' : ''}`;
}

function kpiRows(c: Kpis, p: Kpis): Row[] {
  const rate = (label: string, pick: (k: Kpis) => Rate): Row => [
    label,
    pct(pick(c)),
    pct(pick(p)),
    delta(pick(c), pick(p), true),
  ];
  const count = (label: string, pick: (k: Kpis) => number | null): Row => [
    label,
    num(pick(c)),
    num(pick(p)),
    delta(pick(c), pick(p), false),
  ];
  return [
    count('Complaints', (k) => k.tickets),
    rate('Timely handling (resolved by the deadline)', (k) => k.timelyHandlingRate),
    rate('CSAT (satisfied / surveyed)', (k) => k.csat),
    count('NPS (% promoters − % detractors)', (k) => k.nps),
    rate('Repeat complaints (customers)', (k) => k.repeatComplaintRate),
    rate('First-contact resolution', (k) => k.firstContactResolution),
    rate('Bot containment', (k) => k.botContainment),
    count('First response, median minutes', (k) => k.firstResponseMinutes.median),
    count('Tickets that missed a deadline', (k) => k.slaBreaches.tickets),
    count('Anomalies detected', (k) => k.proactive.counts.anomalies),
    rate('Proactive notices (anomalies notified / detected, goal 100%)', (k) => k.proactive.noticeRate),
    count('Anomalies nobody could be told of', (k) => k.proactive.counts.unreachable),
    count('Detection to notice, p50 minutes', (k) => k.proactive.noticeMinutes.p50),
    count('Detection to notice, p95 minutes', (k) => k.proactive.noticeMinutes.p95),
    rate('Level-1 claims opened within 15 minutes', (k) => k.proactive.claimsWithin15Rate),
    count('Tracking questions about parcels with an open anomaly', (k) => k.proactive.counts.questionsOnAnomalies),
    rate('Deflection: of those, asked after the notice (lower is better)', (k) => k.proactive.askedAfterNoticeRate),
    count('Anomalies notified and never asked about', (k) => k.proactive.counts.notifiedNeverAsked),
  ];
}

function hotSpots(k: Kpis): [string, string][] {
  const top = (rows: { key: string; count: number }[]) =>
    rows.length
      ? rows
          .slice(0, 5)
          .map((r) => `${r.key} (${r.count})`)
          .join(', ')
      : '—';
  return [
    ['Categories', top(k.hotSpots.category)],
    ['Stations', top(k.hotSpots.station)],
    ['Routes', top(k.hotSpots.route)],
  ];
}

const localTime = (iso: string | undefined, timeZone: string): string =>
  iso ? localDateTime(iso, timeZone) : 'not yet';

/** The weekly service report as Markdown: KPIs against the previous week, hot spots, missed deadlines. */
export function weeklyReportMarkdown(input: WeeklyReportInput): string {
  const { current, previous } = input;
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    `# ${input.courierName} — complaint service report, week ${input.label}`,
    '',
    `Open backlog now: ${current.backlog.high} high, ${current.backlog.medium} medium, ${current.backlog.low} low.`,
    '',
    '| KPI | this week | previous week | change |',
    '| --- | ---: | ---: | ---: |',
    ...kpiRows(current, previous).map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
    '## Hot spots',
    '',
    ...hotSpots(current).map(([what, list]) => `- **${what}:** ${list}`),
    '',
    `## Tickets that missed a deadline (${current.slaBreaches.tickets})`,
    '',
  ];
  if (current.breached.length === 0) lines.push('None.');
  else {
    lines.push('| ticket | priority | category | assignee | first response due | resolve by | resolved |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- |');
    for (const b of current.breached)
      lines.push(
        `| ${b.number} | ${b.priority} | ${b.category} | ${cell(b.assignee ?? '—')} | ${localTime(b.firstResponseDue, input.timeZone)} | ${localTime(b.resolutionDue, input.timeZone)} | ${localTime(b.resolvedAt, input.timeZone)} |`,
      );
  }
  return `${lines.join('\n')}\n`;
}

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The same report as a standalone HTML page (for mail or the browser). */
export function weeklyReportHtml(input: WeeklyReportInput): string {
  const { current, previous } = input;
  const rows = kpiRows(current, previous)
    .map(
      (r) =>
        `<tr><th>${escape(r[0])}</th>${r
          .slice(1)
          .map((v) => `<td>${escape(v)}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  const spots = hotSpots(current)
    .map(([what, list]) => `<li><strong>${escape(what)}:</strong> ${escape(list)}</li>`)
    .join('\n');
  const breached =
    current.breached.length === 0
      ? '<p>None.</p>'
      : `<table><thead><tr><th>ticket</th><th>priority</th><th>category</th><th>assignee</th><th>first response due</th><th>resolve by</th><th>resolved</th></tr></thead><tbody>${current.breached
          .map(
            (b) =>
              `<tr><td>${escape(b.number)}</td><td>${b.priority}</td><td>${b.category}</td><td>${escape(b.assignee ?? '—')}</td><td>${localTime(b.firstResponseDue, input.timeZone)}</td><td>${localTime(b.resolutionDue, input.timeZone)}</td><td>${localTime(b.resolvedAt, input.timeZone)}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  const title = `${input.courierName} — complaint service report, week ${input.label}`;
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;color:#1f2328}table{border-collapse:collapse}th,td{border-bottom:1px solid #d0d7de;padding:4px 10px;text-align:left}td{text-align:right}</style>
</head><body>
<h1>${escape(title)}</h1>
<p>Open backlog now: ${current.backlog.high} high, ${current.backlog.medium} medium, ${current.backlog.low} low.</p>
<table><thead><tr><th>KPI</th><th>this week</th><th>previous week</th><th>change</th></tr></thead><tbody>
${rows}
</tbody></table>
<h2>Hot spots</h2><ul>${spots}</ul>
<h2>Tickets that missed a deadline (${current.slaBreaches.tickets})</h2>
${breached}
</body></html>
`;
}
