import { decidePriority, deadlinesFor, type PriorityFacts } from '../../../src/tickets';

const calm: Omit<PriorityFacts, 'category'> = {
  severe: false,
  minor: false,
  daysLate: null,
  escalationThreat: null,
  dataLeak: false,
  repeat: false,
};

describe('decidePriority (DESIGN.md rules)', () => {
  it.each([
    ['lost', {}, 'high'],
    ['delay', {}, 'medium'],
    ['delay', { daysLate: 2 }, 'medium'],
    ['delay', { daysLate: 3 }, 'high'],
    ['delay', { severe: true }, 'high'],
    ['damaged', {}, 'high'],
    ['damaged', { minor: true }, 'low'],
    ['info_error', {}, 'medium'],
    ['info_error', { dataLeak: true }, 'high'],
    ['attitude', {}, 'medium'],
    ['attitude', { escalationThreat: 'regulator' }, 'high'],
    ['value_added', {}, 'medium'],
    ['fee', {}, 'medium'],
    ['special_request', {}, 'medium'],
    ['packaging', {}, 'low'],
    ['packaging', { repeat: true }, 'high'],
    ['other', {}, 'low'],
    ['other', { escalationThreat: 'media' }, 'high'],
    // Perishable or live goods on a late, stuck or sent-back parcel (blind-24 19.6); not on a fee dispute.
    ['delay', { perishable: true }, 'high'],
    ['info_error', { perishable: true }, 'high'],
    ['other', { perishable: true }, 'high'],
    ['fee', { perishable: true }, 'medium'],
    ['packaging', { perishable: true }, 'low'],
    // Medicine the customer needs, on a parcel not yet in their hands, as perishables (blind-31 17.4).
    ['delay', { medicine: true }, 'high'],
    ['special_request', { medicine: true }, 'high'],
    ['fee', { medicine: true }, 'medium'],
  ] as const)('%s with %j is %s', (category, overrides, expected) => {
    expect(decidePriority({ ...calm, ...overrides, category }).priority).toBe(expected);
  });

  it('says why', () => {
    expect(decidePriority({ ...calm, category: 'delay', daysLate: 5, escalationThreat: 'lawyer' })).toEqual({
      priority: 'high',
      reasons: ['severe delay', 'threat to escalate (lawyer)'],
    });
  });
});

describe('deadlinesFor', () => {
  it('uses 15 min / 2 h for high, 30 min / 24 h for medium, 30 min / 48 h for low', () => {
    const at = '2026-11-23T02:00:00.000Z';
    expect(deadlinesFor('high', at)).toEqual({
      firstResponse: '2026-11-23T02:15:00.000Z',
      resolution: '2026-11-23T04:00:00.000Z',
    });
    expect(deadlinesFor('medium', at)).toEqual({
      firstResponse: '2026-11-23T02:30:00.000Z',
      resolution: '2026-11-24T02:00:00.000Z',
    });
    expect(deadlinesFor('low', at)).toEqual({
      firstResponse: '2026-11-23T02:30:00.000Z',
      resolution: '2026-11-25T02:00:00.000Z',
    });
  });

  it('takes configured targets', () => {
    const targets = {
      high: { firstResponseMinutes: 5, resolutionMinutes: 60 },
      medium: { firstResponseMinutes: 10, resolutionMinutes: 600 },
      low: { firstResponseMinutes: 60, resolutionMinutes: 6000 },
    };
    expect(deadlinesFor('high', '2026-11-23T02:00:00.000Z', targets).resolution).toBe('2026-11-23T03:00:00.000Z');
  });
});
