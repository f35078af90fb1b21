import type { TestAdapter } from 'botbuilder-core';
import { DEFAULT_SUPERVISOR_CHANGES, DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const PARCEL = DEMO_TRACKING.normal; // to 上海 / Shanghai; recipient's phone ends in 4444

/**
 * A change only a supervisor may confirm (DELIVERY_CHANGE_SUPERVISOR, by default an address in another city): the
 * customer hears, when it is recorded, that it waits for a supervisor's approval — in their language.
 */
describe('change-delivery requests that need a supervisor (the default rule)', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness({ deliveryChangeSupervisor: DEFAULT_SUPERVISOR_CHANGES });
  });
  afterEach(() => h.close());

  const lastReply = async (adapter: TestAdapter, turns: string[]): Promise<string> =>
    ((await talk(adapter, turns)).at(-1) ?? []).join('\n');

  it.each([
    [
      'zh-CN',
      [`查件 ${PARCEL}`, '4444', '我想改地址', '苏州市工业园区星湖街328号'],
      ['改送到 苏州市工业园区星湖街328号', '这类修改需要主管审批，可能会稍慢一些'],
    ],
    [
      'zh-TW',
      [`查件 ${PARCEL}`, '4444', '我想改地址', '蘇州市工業園區星湖街328號'],
      ['蘇州市工業園區星湖街328號', '這類修改需要主管核准，可能會稍慢一些'],
    ],
    [
      'en-US',
      [`Can I change the delivery address for ${PARCEL}?`, '4444', 'New address: 328 Xinghu St, Suzhou'],
      ["Done: I've asked our team to deliver it to 328 Xinghu St, Suzhou", "This change needs a supervisor's approval"],
    ],
  ])(
    '%s: an address in another city is recorded for a supervisor, and the customer is told it waits',
    async (locale, turns, expected) => {
      const reply = await lastReply(h.adapter({ locale }), turns);
      for (const words of expected) expect(reply).toContain(words);
      const [request] = await h.store.deliveryChanges.list({ limit: 10 });
      expect(request).toMatchObject({ kind: 'change_address', supervisor: 'change_address_other_city' });
    },
  );

  it('en: an address in the parcel’s own city is recorded as any other, with no word of approval', async () => {
    const reply = await lastReply(h.adapter({ locale: 'en-US' }), [
      `Can I change the delivery address for ${PARCEL}?`,
      '4444',
      'New address: Room 1203, 88 Century Ave, Pudong, Shanghai',
    ]);
    expect(reply).toContain("Done: I've asked our team to deliver it to Room 1203, 88 Century Ave, Pudong, Shanghai");
    expect(reply).not.toContain('supervisor');
    const [request] = await h.store.deliveryChanges.list({ limit: 10 });
    expect(request?.supervisor).toBeUndefined();
  });
});
