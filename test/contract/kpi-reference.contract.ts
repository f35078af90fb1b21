import type { Store } from '../../src/store';
import type { MetricsQuery } from '../../src/store/store.port';
import { DATASET_NOW, generateKpiDataset, type KpiDataset } from './kpi-dataset';
import { referenceCounts } from './kpi-reference';

/**
 * Ranges that cut the generated months differently: a month of whole local days at UTC+8 (as the dashboard asks),
 * one starting and ending mid-day at UTC−5 (days and weeks cut at the range's ends), and the filters.
 */
const QUERIES: (Omit<MetricsQuery, 'now'> & { name: string })[] = [
  {
    name: 'a month of local days at UTC+8',
    from: '2026-10-23T16:00:00.000Z',
    to: '2026-11-22T16:00:00.000Z',
    utcOffsetMinutes: 480,
  },
  {
    name: 'mid-day to mid-day at UTC−5',
    from: '2026-10-05T10:30:00.000Z',
    to: '2026-11-09T05:00:00.000Z',
    utcOffsetMinutes: -300,
  },
  {
    name: 'SMS only',
    from: '2026-09-30T16:00:00.000Z',
    to: '2026-12-19T16:00:00.000Z',
    utcOffsetMinutes: 480,
    channel: 'sms',
  },
  {
    name: 'one category',
    from: '2026-09-30T16:00:00.000Z',
    to: '2026-12-19T16:00:00.000Z',
    utcOffsetMinutes: 480,
    category: 'delay',
  },
];

export function describeKpiReferenceContract(getStore: () => Store): void {
  describe('KPI counts against a reference worked out record by record (a generated three months)', () => {
    let data: KpiDataset;
    beforeEach(async () => {
      data = await generateKpiDataset(
        getStore(),
        QUERIES.flatMap((q) => [q.from, q.to]),
      );
    });

    it.each(QUERIES)('gives the reference figures for $name', async ({ name: _name, ...range }) => {
      const query = { ...range, now: DATASET_NOW };
      const { conversations: _c, contained: _k, backlog: _b, ...counts } = await getStore().metrics.counts(query);
      const expected = referenceCounts(data, query);
      // Sums of minutes to the third decimal: the order of the additions may differ in the last bit.
      expect(counts).toEqual({ ...expected, responseMinutesTotal: expect.closeTo(expected.responseMinutesTotal, 6) });
      // The dataset reaches what each query must get right.
      expect(expected.tickets).toBeGreaterThan(20);
      expect(expected.repeatComplainants).toBeGreaterThan(0);
      expect(expected.proactive.notified).toBeGreaterThan(0);
      expect(expected.proactiveWeekly.length).toBeGreaterThan(1);
    });
  });
}
