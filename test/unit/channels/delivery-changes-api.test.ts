import { Replies } from '../../../src/bot';
import { DeliveryChangesApi } from '../../../src/channels/api/delivery-changes.api';
import { SqliteStore } from '../../../src/store/sqlite/sqlite.store';
import { DeliveryChangeService, IncompleteDeliveryChangeError, type NewDeliveryChange } from '../../../src/tracking';
import { TestClock } from '../../support/test-clock';

const request = (overrides: Partial<NewDeliveryChange> = {}): NewDeliveryChange => ({
  requestKey: 'conv-1:a1',
  trackingNumber: 'SF1402837465921',
  kind: 'redeliver',
  details: { date: '2026-11-24', after: '18:00' },
  words: 'redeliver tomorrow after 6pm',
  customerId: 'c1',
  conversationId: 'conv-1',
  channel: 'sms',
  locale: 'en',
  createdAt: '2026-11-23T02:00:00.000Z',
  ...overrides,
});

const alice = { by: 'agent:alice', supervisor: false };
const bob = { by: 'agent:bob', supervisor: false };
const sue = { by: 'agent:sue', supervisor: true };
const courierSystems = { by: 'api', supervisor: true };

describe('DeliveryChangesApi (real SQLite store and service)', () => {
  let store: SqliteStore;
  let service: DeliveryChangeService;
  let api: DeliveryChangesApi;
  let told: string[];
  beforeEach(() => {
    store = SqliteStore.open({ file: ':memory:', timeZone: 'Asia/Shanghai' });
    const clock = new TestClock(new Date('2026-11-23T03:00:00Z'));
    service = new DeliveryChangeService({
      store,
      now: () => clock.now(),
      supervisorRules: ['change_address_other_city', 'expedite'],
    });
    told = [];
    service.onDecided(async (r) => {
      told.push(`${r.id} ${r.status}`);
    });
    api = new DeliveryChangesApi({ service, replies: new Replies(), timeZone: 'Asia/Shanghai' });
  });
  afterEach(() => store.close());

  it('lists waiting requests with their summary in both languages and the local time', async () => {
    const { request: stored } = await service.request(request());
    expect(await api.list({})).toEqual({
      status: 200,
      body: {
        timeZone: 'Asia/Shanghai',
        requests: [
          {
            id: stored.id,
            trackingNumber: 'SF1402837465921',
            kind: 'redeliver',
            details: { date: '2026-11-24', after: '18:00' },
            summary: { en: 'deliver it again on Tue, Nov 24 after 18:00', zh: '11月24日周二 18:00 以后重新派送' },
            words: 'redeliver tomorrow after 6pm',
            status: 'requested',
            channel: 'sms',
            locale: 'en',
            createdAt: '2026-11-23T02:00:00.000Z',
            createdWhen: '2026-11-23 10:00',
            needsSupervisor: false,
          },
        ],
      },
    });
    expect((await api.list({ status: 'confirmed' })).body).toMatchObject({ requests: [] });
  });

  it.each([
    [{ status: 'done' }, 'status: must be requested, confirmed, declined, withdrawn or all'],
    [{ limit: '0' }, 'limit: must be a whole number from 1 to 500'],
    [{ limit: '9999' }, 'limit: must be a whole number from 1 to 500'],
    [{ parcel: "SF1' OR 1=1" }, 'parcel: must be a tracking number'],
    [{ since: '1' }, 'since: not a known parameter'],
    [{ status: ['requested', 'all'] }, 'status: give it once, as a single value'],
  ])('refuses the list query %j with 400 naming the parameter', async (query, error) => {
    expect(await api.list(query as Record<string, unknown>)).toEqual({ status: 400, body: { error } });
  });

  it.each([
    ['an id that is not one', 'not-an-id', { decision: 'confirm' }, 'id: not a request id'],
    ['an unknown decision', undefined, { decision: 'approve' }, 'decision: must be confirm or decline'],
    [
      'a decline without a note',
      undefined,
      { decision: 'decline' },
      'note: a decline needs a note: the customer is told why',
    ],
    [
      'a note of 501 characters',
      undefined,
      { decision: 'confirm', note: 'x'.repeat(501) },
      'note: at most 500 characters',
    ],
    [
      'a field it does not know',
      undefined,
      { decision: 'confirm', status: 'confirmed' },
      'status: Unrecognized key: "status"',
    ],
    ['a body that is a string', undefined, 'confirm', 'body: Invalid input: expected object, received string'],
  ])('refuses %s with 400, deciding nothing', async (_label, id, body, error) => {
    const { request: stored } = await service.request(request());
    expect(await api.decide(alice, id ?? stored.id, body)).toEqual({ status: 400, body: { error } });
    expect((await service.get(stored.id)).status).toBe('requested');
    expect(told).toEqual([]);
  });

  it('decides once: 404 for an unknown request, 409 for one already decided; the customer is told once', async () => {
    const { request: stored } = await service.request(request());
    const unknown = '01900000-0000-7000-8000-000000000000';
    expect((await api.decide(alice, unknown, { decision: 'confirm' })).status).toBe(404);
    expect(await api.decide(courierSystems, stored.id, { decision: 'confirm', by: 'ops-3' })).toMatchObject({
      status: 200,
      body: {
        status: 'confirmed',
        decision: { by: 'api:ops-3', at: '2026-11-23T03:00:00.000Z', when: '2026-11-23 11:00' },
      },
    });
    expect(await api.decide(bob, stored.id, { decision: 'decline', note: 'no' })).toEqual({
      status: 409,
      body: { error: `delivery change request ${stored.id} is already confirmed` },
    });
    expect(told).toEqual([`${stored.id} confirmed`]);
  });

  it("withdraws the customer's waiting request a newer one replaces: 409 to decide it, listed as withdrawn", async () => {
    const { request: first } = await service.request(request());
    const other = (await service.request(request({ requestKey: 'conv-9:a1', customerId: 'c9' }))).request;
    const { request: second } = await service.request(
      request({ requestKey: 'conv-1:a2', kind: 'hold', details: { place: 'locker' } }),
    );
    expect(second.replaces).toEqual([first.id]);
    expect(await api.decide(alice, first.id, { decision: 'confirm' })).toEqual({
      status: 409,
      body: { error: `delivery change request ${first.id} was withdrawn by the customer (replaced or cancelled)` },
    });
    const waiting = await api.list({});
    expect(waiting.body).toMatchObject({ requests: [{ id: second.id, replaces: [first.id] }, { id: other.id }] });
    const withdrawn = await api.list({ status: 'withdrawn' });
    expect(withdrawn.body).toMatchObject({
      requests: [
        { id: first.id, status: 'withdrawn', withdrawal: { replacedBy: second.id, when: '2026-11-23 10:00' } },
      ],
    });
    // Cancelled by the customer: withdrawn without a successor; a second withdrawal finds nothing waiting.
    expect(await service.withdraw(second.id)).toMatchObject({
      status: 'withdrawn',
      withdrawal: { at: expect.any(String) },
    });
    await expect(service.withdraw(second.id)).rejects.toThrow('was withdrawn by the customer');
    expect(told).toEqual([]);
  });

  it('records nothing that lacks what its kind needs', async () => {
    await expect(service.request(request({ kind: 'hold', details: {} }))).rejects.toThrow(
      IncompleteDeliveryChangeError,
    );
    await expect(service.request(request({ kind: 'change_address', details: { address: '  ' } }))).rejects.toThrow(
      'a delivery change request needs its address',
    );
    expect(await service.list({ limit: 10 })).toEqual([]);
  });

  describe('a request only a supervisor may confirm (DELIVERY_CHANGE_SUPERVISOR)', () => {
    const toSuzhou = { destination: '上海', en: { destination: 'Shanghai' } };
    const otherCity = (): Promise<{ request: { id: string } }> =>
      service.request(
        request({ kind: 'change_address', details: { address: '苏州市工业园区星湖街328号' }, words: '改送到苏州' }),
        toSuzhou,
      );

    it('is listed as needing supervisor approval, with the reason', async () => {
      const { request: stored } = await otherCity();
      expect((await api.list({})).body).toMatchObject({
        requests: [
          {
            id: stored.id,
            needsSupervisor: true,
            supervisorRule: 'change_address_other_city',
            supervisorReason: '改到外地 an address in another city',
          },
        ],
      });
    });

    it("refuses an agent's confirmation with 403 naming the rule, and changes nothing", async () => {
      const { request: stored } = await otherCity();
      expect(await api.decide(alice, stored.id, { decision: 'confirm' })).toEqual({
        status: 403,
        body: {
          error:
            'only a supervisor may confirm this request (改到外地 an address in another city needs supervisor approval): escalate it or decline it',
          rule: 'SUPERVISOR_ONLY',
        },
      });
      expect((await service.get(stored.id)).status).toBe('requested');
      expect(told).toEqual([]);
    });

    it('lets an agent decline it, and a supervisor or the courier systems confirm it', async () => {
      const declined = (await otherCity()).request;
      expect(await api.decide(alice, declined.id, { decision: 'decline', note: '不能跨城改派' })).toMatchObject({
        status: 200,
        body: { status: 'declined', decision: { by: 'agent:alice' } },
      });
      const bySupervisor = (await service.request(request({ requestKey: 'conv-1:a2', kind: 'expedite', details: {} })))
        .request;
      expect(await api.decide(sue, bySupervisor.id, { decision: 'confirm' })).toMatchObject({
        status: 200,
        body: { status: 'confirmed', needsSupervisor: true, supervisorRule: 'expedite' },
      });
      const bySystems = (await service.request(request({ requestKey: 'conv-1:a3', kind: 'expedite', details: {} })))
        .request;
      expect((await api.decide(courierSystems, bySystems.id, { decision: 'confirm', by: 'ops-3' })).status).toBe(200);
      expect(told).toEqual([`${declined.id} declined`, `${bySupervisor.id} confirmed`, `${bySystems.id} confirmed`]);
    });

    it('is escalated once, with the note for the supervisors; then a supervisor confirms it', async () => {
      const { request: stored } = await otherCity();
      expect(await api.escalate(alice, stored.id, { note: '客户说是搬家' })).toMatchObject({
        status: 200,
        body: {
          status: 'requested',
          escalation: {
            by: 'agent:alice',
            at: '2026-11-23T03:00:00.000Z',
            when: '2026-11-23 11:00',
            note: '客户说是搬家',
          },
        },
      });
      expect(await api.escalate(bob, stored.id, {})).toEqual({
        status: 409,
        body: { error: `delivery change request ${stored.id} was escalated already (by agent:alice)` },
      });
      expect((await api.decide(bob, stored.id, { decision: 'confirm' })).status).toBe(403);
      expect((await api.decide(sue, stored.id, { decision: 'confirm' })).status).toBe(200);
      expect(await api.escalate(bob, stored.id, {})).toEqual({
        status: 409,
        body: { error: `delivery change request ${stored.id} is already confirmed` },
      });
      expect(await api.escalate(bob, stored.id, { note: 'x'.repeat(501) })).toEqual({
        status: 400,
        body: { error: 'note: at most 500 characters' },
      });
    });

    it('asks nothing more of a request in the destination city or of a kind no rule names', async () => {
      const sameCity = await service.request(
        request({ kind: 'change_address', details: { address: '上海市徐汇区漕溪北路88号' } }),
        toSuzhou,
      );
      // Another customer's request on the parcel (one of the same customer's would replace the first).
      const redeliver = await service.request(request({ requestKey: 'conv-2:a2', customerId: 'c2' }), toSuzhou);
      expect([sameCity.request.supervisor, redeliver.request.supervisor]).toEqual([undefined, undefined]);
      expect((await api.decide(alice, sameCity.request.id, { decision: 'confirm' })).status).toBe(200);
    });
  });
});
