import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

// A parcel sent back to its sender (issue #17, batch 22: 09.3, 12.4, 12.5): who pays for its way back is the courier's
// rule on returned parcels (the buyer is not billed: that is between seller and buyer), also inside a complaint, where
// the step is asked again; when it reaches the sender is said from its last scan — already in the sender's city.
describe('a returned parcel: who pays its way back, and when it is home', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const returned = DEMO_TRACKING.returned;

  it.each([
    [
      'en-US',
      `status of ${returned} please`,
      'so who covers the postage for it coming back? can the recipient be made to pay?',
      ['Returned parcels', 'charged to the sender', 'cannot bill the buyer'],
      'how long until it gets back to me?',
      ['already back in Wuhan', 'Wuhan Jianghan'],
    ],
    [
      'zh-CN',
      `查一下${returned}`,
      '寄回来这趟的运费谁付？买家能出吗',
      ['退回的包裹', '寄件人', '不能向买家收'],
      '那退回我这边要多久',
      ['已经退回到武汉', '武汉江汉营业部'],
    ],
    [
      'zh-TW',
      `${returned} 現在在哪裡`,
      '退回來的運費是我付嗎？',
      ['退回', '寄件人'],
      '退回來還要幾天才會到',
      ['已經退回到武漢'],
    ],
    [
      'zh-HK',
      `${returned} 而家去咗邊`,
      '寄返嚟嘅運費使唔使我俾？可唔可以叫買家俾',
      ['寄件人', '唔可以向買家收'],
      '退返嚟仲要幾耐先到',
      ['已經退返到武漢'],
    ],
  ])('answers the return freight and the way back (%s)', async (locale, track, freight, rule, when, where) => {
    const adapter = h.adapter({ locale });
    await sendAll(adapter, track);
    const paid = (await sendAll(adapter, freight)).text;
    for (const part of rule) expect(paid).toContain(part);
    expect(paid).not.toMatch(/phone number or an email|联系电话或邮箱|電話或|Type:/);
    const arrives = (await sendAll(adapter, when)).text;
    for (const part of where) expect(arrives).toContain(part);
    expect(arrives).not.toMatch(/first kg|首重|工作日送达|個工作天送達/);
  });

  it.each([
    [
      'en-US',
      `${returned} came back to me and nobody even called the buyer`,
      'and the freight for sending it back, who pays that?',
      'Returned parcels',
      'What would you like us to do?',
    ],
    ['zh-CN', `${returned} 莫名其妙被退回来了，也没人联系收件人`, '退回来的运费还要我掏吗？', '退回的包裹', '怎么处理'],
    ['zh-TW', `${returned} 被退回來了，根本沒人聯絡收件人`, '那退回的運費要誰出？', '退回', '怎麼處理'],
  ])('answers the return freight asked inside a complaint, then asks the step again (%s)', async (...args) => {
    const [locale, complaint, question, rule, step] = args;
    const adapter = h.adapter({ locale });
    expect((await sendAll(adapter, complaint)).text).toContain(step);
    const asked = (await sendAll(adapter, question)).text;
    expect(asked).toContain(rule);
    expect(asked).toContain(step);
  });
});
