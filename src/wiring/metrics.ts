import path from 'node:path';
import { BadMetricsQuery, MetricsApi } from '../channels/api/metrics.api';
import { KpiService } from '../tickets';
import type { AgentSignInWiring } from './agent-sign-in';
import { wrap } from './http';
import type { HttpRoutes, Wiring } from './wiring';

// chart.js exports no package.json; its CommonJS entry sits in dist/ beside the UMD bundle.
const CHART_BUNDLE = path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js');

/** Supervisors' KPIs: the dashboard, `/api/metrics` and its CSV export, behind the agents' sign-in. */
export function wireMetrics({ config, store, clock }: Wiring, signIn: AgentSignInWiring): HttpRoutes {
  const metrics = new MetricsApi({
    kpis: new KpiService(store.metrics, clock, config.timeZone),
    metrics: store.metrics,
    clock,
    timeZone: config.timeZone,
  });
  const { agentOnly } = signIn;
  return {
    noStore: ['/dashboard', '/api/metrics'],
    mount: ({ app, brandedPage, vendor }) => {
      app.get('/dashboard', agentOnly, brandedPage('dashboard', 'index.html'));
      vendor('/vendor/chart.js', CHART_BUNDLE);
      app.get(
        '/api/metrics',
        agentOnly,
        wrap(async (req, res) => {
          const reply = await metrics.metrics(req.query as Record<string, unknown>);
          res.status(reply.status).json(reply.body);
        }),
      );
      app.get(
        '/api/metrics/proactive.csv',
        agentOnly,
        wrap(async (req, res) => {
          try {
            const { filename, text } = await metrics.proactiveCsv(req.query as Record<string, unknown>);
            res.type('text/csv; charset=utf-8').attachment(filename).send(text);
          } catch (err) {
            if (!(err instanceof BadMetricsQuery)) throw err;
            res.status(400).json({ error: err.message });
          }
        }),
      );
      app.get('/api/metrics/tickets.csv', agentOnly, (req, res, next) => {
        try {
          const { filename, rows } = metrics.csv(req.query as Record<string, unknown>);
          res.type('text/csv; charset=utf-8').attachment(filename);
          rows.on('error', next);
          rows.pipe(res);
        } catch (err) {
          if (err instanceof BadMetricsQuery) res.status(400).json({ error: err.message });
          else next(err);
        }
      });
    },
  };
}
