import { botHarness, send, type BotHarness } from './harness';

/**
 * Numbers are checked wherever a tracking number is taken (#17): a change-delivery request or a hand-off naming
 * a mistyped number (its check digit fails) or one tracking does not know names it with the reason and asks the
 * customer to check it — nothing is recorded on it.
 */
describe('tracking numbers checked outside the complaint intake', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', 'please redeliver EA526018153CN tomorrow after 6pm', "EA526018153CN doesn't look right"],
    ['zh-CN', '帮我把 SF9999999999999 放到快递柜，我自己去取', '没有查到单号 SF9999999999999'],
    ['zh-TW', 'EA526018153CN 可唔可以改送去7-11？', '單號 EA526018153CN 嘅檢查碼或者位數唔啱'],
  ])('%s: a change asked for on a number that is wrong or unknown is not recorded', async (locale, ask, named) => {
    const replies = (await send(h.adapter({ locale }), ask)).join('\n');
    expect(replies).toContain(named);
    expect(await h.store.deliveryChanges.list({ limit: 10 })).toEqual([]);
  });

  it.each([
    ['en-US', 'I want to talk to a person, EA526018153CN has not come', "EA526018153CN doesn't look right"],
    ['zh-CN', '转人工 我的快递 EA526018153CN 一直没到', '单号 EA526018153CN 的校验位或位数不对'],
  ])(
    '%s: a hand-off naming a mistyped number says so, and its ticket does not carry it',
    async (locale, ask, named) => {
      const replies = (await send(h.adapter({ locale }), ask)).join('\n');
      expect(replies).toContain(named);
      for (const ticket of await h.store.tickets.find({}))
        expect(ticket.trackingNumbers).not.toContain('EA526018153CN');
    },
  );

  it.each([
    ['zh-TW', '我的包裹到底在哪裡 單號 TW20261119888 已經一個禮拜了', 'TW20261119888 好像不對'],
    ['en-US', 'where is my parcel?? tracking no. QQ1234567890', "QQ1234567890 doesn't look right"],
  ])(
    '%s: letters no carrier uses, given as the number, are named — not asked for again (blind batch 18: 21.1)',
    async (locale, ask, named) => {
      const replies = (await send(h.adapter({ locale }), ask)).join('\n');
      expect(replies).toContain(named);
    },
  );
});
