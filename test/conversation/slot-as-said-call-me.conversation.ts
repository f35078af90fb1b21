import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal: parcel } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const COMPLAINT_DEMAND = /怎么处理|點樣處理|怎麼處理|What would you like us to do/;

/**
 * A delivery time asked for is the one said (blind 27: 12.3–12.5): of two parts of the day, the one the change is
 * said of, not the one the recipient is out in; "call me, not her" with a number puts that number on the request;
 * "I said the evening!" about the slot just booked replaces it — never a complaint; care asked for the contents
 * ("别压坏了") joins the note already on the request.
 */
describe('a delivery slot as said, with the customer’s own number to call', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const requests = () => h.store.deliveryChanges.list({ trackingNumber: parcel, limit: 10 });

  it.each([
    [
      'en',
      'recipient last 4 is 4444',
      'My dad has a clinic appointment tomorrow morning, could you bring it in the afternoon instead? And ring my number before coming, not his: 13800138000',
      '13800138000',
    ],
    [
      'zh-CN',
      '收件人尾号4444',
      '后天上午我爸要去复查，换到后天下午送行吗？送前打我手机不要打给我爸，13700001111',
      '13700001111',
    ],
    [
      'zh-TW',
      '收件人尾數4444',
      '聽日朝早佢要去睇醫生，可唔可以改下晝送？送之前打我電話，唔好打俾佢，我電話 0912345678',
      '0912345678',
    ],
  ] as const)(
    '%s: books the afternoon asked for and calls the customer’s number',
    async (locale, proof, ask, phone) => {
      const adapter = h.adapter({ locale: BROWSER[locale] });
      const [, , booked] = await talk(adapter, [parcel, proof, ask]);
      expect(all(booked)).toMatch(/12:00/);
      expect(all(booked)).toContain(phone);
      const [request] = await requests();
      expect(request?.details).toMatchObject({ after: '12:00', before: '18:00', callFirst: phone });
    },
  );

  it.each([
    [
      'en',
      'recipient last 4 is 4444',
      'can it come tomorrow morning?',
      'No, I said the evening! Nobody is in during the morning',
    ],
    ['zh-CN', '收件人尾号4444', '能改成明天上午送吗', '不对啊，我说的是晚上！上午家里没人'],
    ['zh-TW', '收件人尾數4444', '可唔可以聽日朝早送', '唔係呀，我講咗係夜晚！朝早佢唔喺屋企'],
  ] as const)('%s: a slot put right replaces the one just booked, no complaint', async (locale, proof, ask, fix) => {
    const adapter = h.adapter({ locale: BROWSER[locale] });
    const [, , , fixed] = await talk(adapter, [parcel, proof, ask, fix]);
    expect(all(fixed)).toMatch(/18:00/);
    expect(all(fixed)).not.toMatch(COMPLAINT_DEMAND);
    const [request] = await requests();
    expect(request?.details).toMatchObject({ after: '18:00', before: '21:00' });
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    [
      'en',
      'recipient last 4 is 4444',
      'please deliver tomorrow afternoon',
      "there's medicine inside, handle it with care",
      'handle it with care',
    ],
    ['zh-CN', '收件人尾号4444', '改成明天下午送吧', '还有里面是药，别压坏了', '别压坏了'],
    ['zh-TW', '收件人尾數4444', '改聽日下晝送啦', '仲有入面係玻璃樽，唔好壓住', '唔好壓住'],
  ] as const)('%s: care for the contents goes on the request as a note', async (locale, proof, ask, care, note) => {
    const adapter = h.adapter({ locale: BROWSER[locale] });
    const [, , , added] = await talk(adapter, [parcel, proof, ask, care]);
    expect(all(added)).toContain(note);
    const [request] = await requests();
    expect(request?.details.courierNote).toContain(note);
  });
});
