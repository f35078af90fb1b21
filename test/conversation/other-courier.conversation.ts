import { otherCourierNamed } from '../../src/bot/other-courier';
import { loadConfig } from '../../src/config';
import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A number given in a message with a typo'd parcel word is looked up (and named as not found), and "the receipt says
 * YunExpress — is that you?" hears that it is another courier and who can help; no complaint is filed for another
 * company's parcel (blind batch 22: 10 — "Which tracking number?", then a complaint on the other courier's number).
 */
describe('another courier’s parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'my pakage 88120455371 still hasnt come its been ages',
      /can't find 88120455371/,
      'hold on, the label has Kerry on it. are you the same company?',
      /^No — Kerry is a different courier/,
      'right, so what should I do now?',
      /^Get in touch with Kerry/,
    ],
    [
      'zh-CN',
      '单号88120455371 等了半个月了还没到',
      /查不到 88120455371/,
      '哦 小票上印的是韵达 跟你们是不是同一家',
      /^不是的——韵达是另一家快递公司/,
      '那我该怎么办',
      /^请联系韵达/,
    ],
    [
      'zh-TW',
      '我的包裹 88120455371 等了兩個禮拜都沒到',
      /查不到 88120455371/,
      '等等 單子上面寫黑貓宅急便 是你們嗎',
      /^不是的——黑貓是另一家物流公司/,
      '那我要怎麼辦',
      /^請聯絡黑貓/,
    ],
  ] as const)(
    '%s: not found, then another courier, then the way to them',
    async (locale, first, notFound, asks, no, what, way) => {
      const replies = await talk(h.adapter({ locale }), [first, asks, what]);
      expect(all(replies[0])).toMatch(notFound);
      expect(all(replies[1])).toMatch(no);
      expect(all(replies[2])).toMatch(way);
      expect(await h.store.tickets.find({})).toEqual([]);
    },
  );

  // (Review of #17: comparisons, shops, buildings, pickup points and the carriers the bot tracks were all answered "a
  // different courier", and a complaint being taken down was cancelled by it.)
  it.each([
    ['en-US', 'is DHL cheaper than you guys for sending to Japan?', /different courier/],
    ['en-US', 'Is FedEx or you better for sending to the US?', /different courier/],
    ['zh-CN', '我在京东买的手机 是你们负责送的吗', /另一家快递公司/],
    ['zh-CN', '快递被放到菜鸟驿站了 是你们放的吗 我没同意', /另一家快递公司/],
    ['zh-CN', '我的顺丰快递到哪了 是你们送的吗', /另一家快递公司/],
    ['zh-TW', '我喺嘉里中心返工 係咪你哋負責派呢區', /另一間速遞公司/],
    ['zh-TW', '我的順豐包裹到哪了 是你們送的嗎', /另一家物流公司/],
  ] as const)('%s: “%s” is no other courier', async (locale, message, notUs) => {
    const replies = await talk(h.adapter({ locale }), [message]);
    expect(all(replies[0])).not.toMatch(notUs);
  });

  it('a comparison at the tracking step keeps the complaint, and its number is taken after it', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'My parcel is 3 days late and I want to complain',
      'is UPS faster than you?',
      'SF2210478832106',
    ]);
    expect(all(replies[1])).not.toMatch(/different courier/);
    expect(all(replies[2])).toMatch(/SF2210478832106/);
  });

  it('a complaint that has its parcel is not cancelled by another courier named', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '我的快递晚了三天 我要投诉',
      'SF2210478832106',
      '单子上写的韵达 是你们吗',
    ]);
    expect(all(replies[1])).toMatch(/SF2210478832106/);
    expect(all(replies[2])).not.toMatch(/另一家快递公司/);
  });

  it('京东, 菜鸟 and 嘉里 alone are a shop, a pickup network and a building; with 快递 or 物流 a courier', () => {
    expect(otherCourierNamed('我在京东买的手机', undefined)).toBeUndefined();
    expect(otherCourierNamed('放到菜鸟驿站了', undefined)).toBeUndefined();
    expect(otherCourierNamed('我喺嘉里中心返工', undefined)).toBeUndefined();
    expect(otherCourierNamed('I work at Kerry Centre', undefined)).toBeUndefined();
    expect(otherCourierNamed('单子上写京东物流 是你们吗', undefined)).toBe('京东');
  });

  // (Which names are us: COURIER_NAME and COURIER_OTHER_NAMES, besides the carriers of the shipments it looks up.)
  it('the courier’s other configured names are us; without them, only its name', () => {
    const networks = ['SF Express', 'YTO', 'J&T', 'EMS', 'ZTO'];
    expect(otherCourierNamed('我的顺丰快递 是你们送的吗', ['ParcelCare Express', ...networks])).toBeUndefined();
    expect(otherCourierNamed('我的顺丰快递 是你们送的吗', ['ParcelCare Express'])).toBe('顺丰');
    expect(otherCourierNamed('is that ZTO parcel yours?', ['顺达快递', 'ZTO Express', '中通'])).toBeUndefined();
    expect(otherCourierNamed('單子寫黑貓 是你們嗎', ['ParcelCare Express', ...networks])).toBe('黑貓');
  });

  // (Review 29, item 2: with the default configuration — COURIER_OTHER_NAMES empty, the demo parcels loaded — "the
  // label says SF Express, is that you?" heard "a different courier" while SF numbers were tracked in the same chat.)
  it.each([
    ['en-US', 'The label says SF Express, is that you?', 'the label says DHL, is that you?', /different courier/],
    ['zh-CN', '单子上写的圆通 是你们吗', '单子上写的德邦 是你们吗', /另一家快递公司/],
    ['zh-TW', '單子上寫中通 是你們嗎', '單子上寫黑貓 是你們嗎', /另一家物流公司/],
  ] as const)(
    '%s: with the default configuration, the carriers of the parcels it tracks are us',
    async (locale, ours, other, notUs) => {
      const defaults = loadConfig({});
      expect(defaults.courierOtherNames).toEqual([]);
      expect(defaults.demoData).toBe(true);
      // (The harness is the default wiring: COURIER_NAME only, the demo shipments in the embedded store.)
      const [served, another] = await talk(h.adapter({ locale }), [ours, other]);
      expect(all(served)).not.toMatch(notUs);
      expect(all(another)).toMatch(notUs);
    },
  );

  it.each([
    ['en-US', 'the label says Yunda on it, is that you?', /^No — Yunda is a different courier/],
    ['zh-CN', '面单上印的是韵达 是你们吗', /^不是的——韵达是另一家快递公司/],
    ['zh-TW', '單子上寫韻達 是你們嗎', /^不是的——韻達是另一家物流公司/],
  ] as const)('%s: a network configured as one of our names is us', async (locale, asked, notUs) => {
    const other = await talk(h.adapter({ locale }), [asked]);
    expect(all(other[0])).toMatch(notUs);
    const configured = await botHarness({ courierOtherNames: ['Yunda', '韵达', '韻達'] });
    try {
      const ours = await talk(configured.adapter({ locale }), [asked]);
      expect(all(ours[0])).not.toMatch(/different courier|另一家/);
    } finally {
      await configured.close();
    }
  });

  it('the courier running the bot is not another courier', () => {
    expect(otherCourierNamed('單子寫嘉里物流 係咪你哋', 'Kerry Express 嘉里快遞')).toBeUndefined();
    expect(otherCourierNamed('單子寫嘉里物流 係咪你哋', 'ParcelCare Express')).toBe('嘉里');
  });
});
