import { botHarness, talk, type BotHarness } from './harness';

/**
 * "Why was it sent back — a clearance problem?" in the complaint about a returned parcel (issue #17, blind batch 27:
 * 20.2 heard the whole customs rule): its clearance named is customs named — the record's own reason for the return,
 * and that customs had nothing to do with it.
 */
describe('a returned parcel asked about its clearance in a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'EA526018152CN went back to my mother in Wuhan and nobody told me anything',
      'why did it go back to her? was it stopped at customs clearance?',
      "it wasn't customs",
    ],
    ['zh-CN', 'EA526018152CN 被退回寄件人了，一直没人跟我说', '为啥给退回去了，是报关出问题了吗', '不是海关的原因'],
    ['zh-TW', 'EA526018152CN 被退回給寄件人了，都沒人通知我', '為什麼會被退？是不是通關有問題？', '不是海關的原因'],
  ])('%s: the record says why, not the customs rule', async (locale, opening, asked, notCustoms) => {
    const replies = await talk(h.adapter({ locale }), [opening, asked]);
    const said = (replies[1] ?? []).join('\n');
    expect(said).toContain(notCustoms);
    expect(said).not.toMatch(/EA526018152CN.*(单号|單號|tracking number)\?/);
  });
});
