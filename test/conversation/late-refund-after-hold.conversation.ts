import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const LATE = DEMO_TRACKING.delayed;

// Issue #17 (open item, session 30): after a hold at the station was arranged for a late parcel, "could I have the
// postage paid back since it's this late?" heard the hold's fee (in Cantonese the return postage rule; in Mandarin a
// complaint opened with the question unanswered). Money back for lateness is the delay rule of the claim rules, then
// the offer of a delay complaint — nothing filed unasked, and nothing said about the hold.
describe('money back asked for a late parcel is the delay rule and a complaint offered', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      [`where is ${LATE}`, "can you hold it at the station, I'll pick it up", '3333'],
      "could I have the postage paid back since it's this late?",
      ['express surcharge', 'file a delay complaint'],
      /free for the first|Holding/,
    ],
    [
      'en-US',
      [`where is ${LATE}`],
      "it's 3 days late, can I get the shipping fee refunded?",
      ['express surcharge', 'file a delay complaint'],
      /free for the first|Holding/,
    ],
    [
      'zh-CN',
      [`${LATE}到哪了`, '帮我放到网点自取吧', '3333'],
      '都晚了这么久，运费能退给我吗？',
      ['特快费', '登记延误投诉'],
      /免费|暂存/,
    ],
    [
      'zh-TW',
      [`${LATE}到哪了`, '可以幫我放門市自取嗎', '3333'],
      '都延遲這麼久了，運費可以退給我嗎',
      ['延誤：', '登記延誤客訴'],
      /免費|保管/,
    ],
    [
      'zh-TW',
      [`${LATE}去到邊`, '幫我放喺服務點我自己去攞', '3333'],
      '遲咗咁耐，運費可唔可以退返俾我？',
      ['延誤：', '登記延誤投訴'],
      /免費|寄返嘅運費/,
    ],
  ])('is answered by the delay rule (%s)', async (locale, before, asked, said, notSaid) => {
    const adapter = h.adapter({ locale });
    await talk(adapter, before);
    const [replies] = await talk(adapter, [asked]);
    const text = (replies ?? []).join('\n');
    for (const part of said) expect(text).toContain(part);
    expect(text).not.toMatch(notSaid);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });
});
