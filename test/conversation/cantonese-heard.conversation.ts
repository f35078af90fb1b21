import type { Activity } from 'botbuilder-core';
import { botHarness, send, type BotHarness } from './harness';

/**
 * A Hong Kong customer who writes Cantonese hears Cantonese wherever the catalog has it (issue #17, batch 19: 30.1):
 * also when the message carries none of the usual particles ("到而家", "攞", "啱") — a ticket number not found is
 * said in Cantonese, not written Mandarin — and the welcome said on joining again once they have written Cantonese.
 */
describe('Cantonese heard in words beyond the particles', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const joined: Partial<Activity> = { type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'customer' }] };

  it('"到而家都未覆 工單C-…" — the ticket not found, in Cantonese', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    const said = (await send(adapter, '上個月投訴過 到而家都未覆 工單號C-20261020-0077')).join('\n');
    expect(said).toContain('你嘅投訴入面搵唔到投訴單 C-20261020-0077');
    expect(said).not.toContain('在您的客訴裡');
  });

  it('the welcome is in the locale on joining, and in Cantonese on joining again after "點樣先可以攞返我封信？"', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    const [first] = await send(adapter, joined);
    expect(first).toContain('我是快遞客服助手 ParcelCare');
    await send(adapter, '點樣先可以攞返我封信？');
    const [again] = await send(adapter, joined);
    expect(again).toContain('我係速遞客服助手 ParcelCare');
  });
});
