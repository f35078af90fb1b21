import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const SUMMARY = /类型|類型|Type:/;
const FILED = /C-\d{8}-\d{4}/;
const DEMAND = /怎么处理|怎麼處理|點樣處理|What would you like us to do/;

/**
 * Recipients who are not complaining (blind batch 39b: 03): "ok i will ask my sister for the number and come back" at the
 * summary filed a complaint on its "ok"; "I am not complaining. I just want him to ring me before" at the summary heard
 * "Shall I submit it?"; "I do not have the number. Can the driver phone me before he comes, the door bell is broken" was
 * taken down as a complaint ("What would you like us to do?") instead of a call before the delivery, which needs the
 * parcel's number — and where that number is found.
 */
describe('not now, not a complaint, and a call asked without a number', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${delayed} is 3 days late, really annoying`,
      'an explanation',
      'skip',
      'ok i will ask my sister for the number and come back',
    ],
    ['zh-CN', `${delayed} 晚了三天 太气人了`, '要个解释', '跳过', '好 我先问问我老婆 晚点再来'],
    ['zh-TW', `${delayed} 遲咗三日 好嬲`, '要個解釋', '唔使', '好 等我問下屋企人先 遲啲再嚟'],
  ])('%s: a yes that puts it off at the summary files nothing', async (locale, opening, demand, contact, later) => {
    const adapter = h.adapter({ locale });
    const replies = await talk(adapter, [opening, demand, contact, later]);
    expect(all(replies[2])).toMatch(SUMMARY);
    expect(all(replies[3])).not.toMatch(FILED);
    expect(all(replies[3])).toMatch(/not filed yet|还没有提交|還沒有送出|仲未提交/);
    expect(await h.store.tickets.find({})).toEqual([]);
    // ("yes" next files it as it stood.)
    const [filed] = await talk(adapter, [locale === 'en-US' ? 'yes' : '好']);
    expect(all(filed)).toMatch(FILED);
  });

  it.each([
    ['en-US', 'ok, file it. I will check back later'],
    ['zh-CN', '好 提交吧 我晚点再来问'],
  ])('%s: a yes that asks to file it is filed, whatever comes after', async (locale, submit) => {
    const adapter = h.adapter({ locale });
    const opening = locale === 'en-US' ? `${delayed} is 3 days late` : `${delayed} 晚了三天`;
    const replies = await talk(adapter, [
      opening,
      locale === 'en-US' ? 'an explanation' : '解释',
      locale === 'en-US' ? 'skip' : '跳过',
      submit,
    ]);
    expect(all(replies[2])).toMatch(SUMMARY);
    expect(all(replies[3])).toMatch(FILED);
  });

  it.each([
    [
      'en-US',
      'the driver never calls before coming, this is the 2nd time',
      'I am not complaining. I just want him to ring me before he comes',
    ],
    ['zh-CN', '快递员每次来都不打电话 第二次了', '我不是要投诉 就是想让他送之前先给我打个电话'],
  ])(
    '%s: "not complaining, just call me first" at the summary files nothing and takes the call',
    async (locale, opening, denial) => {
      const adapter = h.adapter({ locale });
      const replies = await talk(adapter, [
        `${delayed} ${opening}`,
        locale === 'en-US' ? 'an explanation' : '解释',
        locale === 'en-US' ? 'skip' : '跳过',
        denial,
      ]);
      expect(all(replies[2])).toMatch(SUMMARY);
      expect(all(replies[3])).not.toMatch(/Shall I submit|要我提交吗|提交吗/);
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  it.each([
    [
      'en-US',
      'My sister sent me a box from Guangzhou last week. I do not have the number. Can the driver phone me before he comes, the door bell is broken',
      /tracking number.*sender's receipt/s,
    ],
    ['zh-CN', '我老婆网上买的东西 单号我不知道 能不能让快递员送之前先打个电话给我 门铃坏了', /运单号.*寄件收据/s],
    ['zh-TW', '朋友寄給我一箱東西 我沒有單號 可以叫司機送來之前先打給我嗎 我家門鈴壞了', /貨運單號.*寄件收據/s],
  ])('%s: a call before the delivery asked without a number is no complaint', async (locale, message, whereNumber) => {
    const adapter = h.adapter({ locale });
    const [answer] = await talk(adapter, [message]);
    expect(all(answer)).not.toMatch(DEMAND);
    expect(all(answer)).toMatch(whereNumber);
    // (A call costs nothing: no fee rule quoted.)
    expect(all(answer)).not.toMatch(/CNY 5|5 元|NT\$/);
  });
});
