import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const COMPLAINT =
  /怎么处理|怎麼處理|點樣處理|would you like us to do|登记投诉。|登記客訴。|taking down your complaint|損壞|损坏|damaged/i;

/**
 * A number corrected after a lookup found nothing ("少打了一位", "missed a digit") is a tracking question like the first
 * (issue #17, blind batch 18 20.2–20.6): no complaint nobody asked for; and "it's my colleague's parcel" after the
 * status is trouble with the proof the details need, not a complaint either.
 */
describe('a tracking question after a corrected number', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', '查一下 SF221047883210', `${delayed} 不好意思少打了一位`, '我既不是寄件人也不是收件人 这是我朋友的件'],
    ['zh-TW', '幫我查下 SF221047883210', `${delayed} 唔好意思漏咗一個字`, '我唔係寄件人 係我同事嘅件'],
    [
      'en-US',
      'track SF221047883210',
      `${delayed} sorry, missed a digit`,
      "I'm not the sender, it's my colleague's parcel",
    ],
  ])('%s: is answered with the status, and no complaint is opened', async (locale, first, corrected, notMine) => {
    const [, status, colleague] = await talk(h.adapter({ locale }), [first, corrected, notMine]);
    expect(all(status)).toContain(delayed);
    expect(all(status)).not.toMatch(COMPLAINT);
    expect(all(colleague)).not.toMatch(COMPLAINT);
    expect(all(colleague)).not.toMatch(/联系电话|聯絡電話|聯絡電話|phone number or an email/);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });
  it.each([
    ['zh-CN', '查一下 YD1234567890123', '不可能 短信里就是这个号'],
    ['zh-TW', '幫我查 YD1234567890123', '冇可能 簡訊上就係呢個號碼'],
    ['en-US', 'track YD1234567890123', "impossible, that's the number in the text"],
  ])('%s: standing by a number that fails its check is no complaint', async (locale, first, insists) => {
    const [, answer] = await talk(h.adapter({ locale }), [first, insists]);
    expect(all(answer)).toContain('YD1234567890123');
    expect(all(answer)).not.toMatch(COMPLAINT);
    expect(await h.store.tickets.find({})).toHaveLength(0);
  });
});
