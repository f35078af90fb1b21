import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal: SF, returned: EA } = DEMO_TRACKING; // SF: sender …2222; EA: returned to sender
const all = (replies: string[][]) => replies.flat().join('\n');

// Issue #17, blind batch 31 (16.4, 16.5, 16.7): in a complaint about a returned EA parcel, a shop assistant's "SF那个
// 收货地址写错了 要改成…88号" and its correction to 18号 were both added to the EA complaint, and "SF地址到底改了没有" got
// the EA summary. A change for another parcel named in the message is that parcel's own request (proved by its own
// last 4 digits), its correction corrects that request, a question about it is answered from it — and the
// complaint's draft is kept as it was.
describe('a change for another parcel in the middle of a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `please look up ${SF} and ${EA}`,
      'how come the EA one got returned?? the recipient says no one ever called',
      'now the SF parcel - the shipping address is wrong, change the address to 88 Caoxi North Road, Xuhui, Shanghai',
      'oops, 18 not 88',
      'did the address of the SF one change?',
      /the station has not confirmed it yet/,
      'Caoxi',
    ],
    [
      'zh-CN',
      `麻烦查下 ${SF} ${EA}`,
      'EA那单为啥给退回去了 收件人说根本没人打电话',
      '再说下顺丰那单 地址填错了 改成 上海市徐汇区漕溪北路88号12楼',
      '写错了 是18号 不是88号',
      '顺丰那单地址改好了吗',
      /网点还没有确认/,
      '漕溪',
    ],
    [
      'zh-TW',
      `幫我看 ${SF} 和 ${EA}`,
      'EA那件怎麼被退回了 收件人說都沒人打給他',
      '還有SF那件 收件地址寫錯了 要改為 上海市徐匯區漕溪北路88號12樓',
      '打錯了 是18號 不是88號',
      'SF那件的地址改好了沒',
      /營業所還沒有確認/,
      '漕溪',
    ],
  ])('is that parcel’s own request, the complaint kept (%s)', async (...row) => {
    const [locale, opening, complaint, change, correction, question, status, street] = row;
    const adapter = h.adapter({ locale });
    await talk(adapter, [opening, complaint]);
    // Its own proof first: nothing of the SF parcel is shown or changed before its own last 4 digits.
    const asked = await talk(adapter, [change]);
    expect(all(asked)).toContain(SF);
    expect(all(asked)).not.toMatch(/张伟|Zhang/);
    expect(await h.store.deliveryChanges.list({ limit: 5 })).toHaveLength(0);
    await talk(adapter, ['2222']);
    const [made] = await h.store.deliveryChanges.list({ limit: 5 });
    expect(made).toMatchObject({ trackingNumber: SF, kind: 'change_address' });
    expect(made?.details.address).toMatch(/88/);
    const corrected = await talk(adapter, [correction]);
    expect(all(corrected)).toMatch(/18/);
    const [latest] = await h.store.deliveryChanges.list({ trackingNumber: SF, limit: 5 });
    expect(latest?.details.address).toMatch(/18/);
    expect(latest?.details.address).not.toMatch(/88/);
    const answered = await talk(adapter, [question]);
    expect(all(answered)).toMatch(status);
    // The complaint about the EA parcel goes on with nothing of the SF change in it.
    expect(all(answered)).toContain(EA);
    await talk(adapter, locale === 'en-US' ? ['submit', 'submit'] : ['提交', '提交']);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.trackingNumbers).toEqual([EA]);
    expect(ticket?.description).not.toContain(street);
  });
});
