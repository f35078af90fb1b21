import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, contains, type BotHarness } from './harness';

/**
 * Four digits of a phone prove a link to one party on a waybill, not a right to the other party's data: the
 * party whose phone was proved sees their own name and address in full (to check them); the other party only by a
 * masked name and their city. DEMO_TRACKING.normal: sender 张伟 (…2222, 深圳市南山区科技园路1号), recipient 李娜
 * (…4444, 上海市浦东新区世纪大道100号).
 */
const PARCEL = DEMO_TRACKING.normal;

describe('a proved phone shows its own party in full and the other party masked', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const cases = [
    {
      locale: 'en-US',
      ask: `where's ${PARCEL} at`,
      digits: 'I am the receiver, 4444',
      shown: ['Recipient: Li Na, 100 Century Avenue, Pudong New Area, Shanghai', 'Sender: Zhang W., Shenzhen.'],
      hidden: ['Zhang Wei', 'Keji Road'],
    },
    {
      locale: 'en-US',
      ask: `status of ${PARCEL}? I sent it`,
      digits: '2222',
      shown: ['Sender: Zhang Wei, 1 Keji Road, Nanshan District, Shenzhen', 'Recipient: Li N., Shanghai.'],
      hidden: ['Li Na', 'Century Avenue'],
    },
    {
      locale: 'zh-CN',
      ask: `${PARCEL}到哪了`,
      digits: '我是寄件人，尾号2222',
      shown: ['寄件人：张伟，深圳市南山区科技园路1号', '收件人：李＊，上海。'],
      hidden: ['李娜', '世纪大道'],
    },
    {
      locale: 'zh-TW',
      ask: `${PARCEL} 到哪裡了`,
      digits: '收件人末四碼4444',
      shown: ['收件人：李娜，上海市浦東新區世紀大道100號', '寄件人：張＊，深圳。'],
      hidden: ['張偉', '科技園路'],
    },
  ];

  it.each(cases.map((c) => [c.locale, c.digits, c] as const))('%s: "%s"', async (locale, _digits, c) => {
    await h
      .adapter({ locale })
      .send(c.ask)
      .assertReply(contains(PARCEL))
      .send(c.digits)
      .assertReply((activity) => {
        contains(...c.shown)(activity);
        for (const other of c.hidden) expect(activity.text).not.toContain(other);
      })
      .startTest();
  });

  it('keeps the proved party when the parcel is asked about again later in the chat (Cantonese)', async () => {
    await h
      .adapter({ locale: 'zh-HK' })
      .send(`${PARCEL} 去到邊`)
      .assertReply(contains(PARCEL))
      .send('我係收件人 尾號4444')
      .assertReply(contains('李娜'))
      .send(`咁 ${PARCEL} 而家喺邊呀`)
      .assertReply((activity) => {
        expect(activity.text).toContain('李娜');
        expect(activity.text).toContain('張＊');
        expect(activity.text).not.toContain('科技園路');
      })
      .startTest();
  });
});
