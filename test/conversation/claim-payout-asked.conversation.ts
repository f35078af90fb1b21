import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck } = DEMO_TRACKING;

// Issue #17, batch 21 (02.2–02.5): "if it's lost how much do I get back, and when does it count as lost?" about an
// insured parcel heard what insuring its value costs, then the price list; "file it as lost then, I want the full 2000
// back" was filed as a paid service not honoured, asking a refund. What is paid for a loss and when a parcel counts as
// lost come from the claim rules; the type the customer names is the complaint's, and the value asked back of a lost
// parcel is its compensation.
describe('what a loss pays, when a parcel counts as lost, and a complaint filed as lost', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      'my camera in there is worth 3000 and i bought insurance for it. if it goes missing how much will i get back? and how long until it counts as lost?',
      /compensated up to the declared value/,
      /counts as lost/,
      /costs CNY 30/,
    ],
    [
      'zh-CN',
      '里面是3000块的相机，我保了价。要是丢了能赔多少？多久才算丢件？',
      /按声明价值/,
      /什么时候算丢失/,
      /保价费为 30/,
    ],
    ['zh-TW', '入面部相機值3000蚊，我有買保價。如果唔見咗賠幾多？幾耐先當遺失？', /申報價值/, /遺失/, /保價費為 30/],
  ] as const)('asked what is paid back and when it counts as lost (%s)', async (locale, asked, pays, lostWhen, fee) => {
    const [answer] = await talk(h.adapter({ locale }), [`${stuck} ${asked}`]);
    const text = (answer ?? []).join('\n');
    expect(text).toMatch(pays);
    expect(text).toMatch(lostWhen);
    expect(text).not.toMatch(fee);
  });

  it.each([
    ['en-US', 'how much do i get back if it is lost', /compensated up to the declared value/, /first kg/],
    ['zh-CN', '丢了的话能赔多少', /声明价值/, /首重/],
  ] as const)('a payout asked alone is no price question (%s)', async (locale, asked, pays, priceList) => {
    const [answer] = await talk(h.adapter({ locale }), [asked]);
    const text = (answer ?? []).join('\n');
    expect(text).toMatch(pays);
    expect(text).not.toMatch(priceList);
  });

  it.each([
    ['en-US', `${stuck} hasn't moved for 4 days`, 'ok file it as lost then, i want the full 3000 back'],
    ['zh-CN', `${stuck} 四天没动了`, '那就按丢件登记吧，我要3000全额退给我'],
    ['zh-TW', `${stuck} 四日冇郁過`, '咁當遺失處理啦，我要3000全數退返俾我'],
  ] as const)(
    'filed as lost when told to, the value asked back as compensation (%s)',
    async (locale, opening, told) => {
      const adapter = h.adapter({ locale });
      await talk(adapter, [opening, told, '13912345678', 'Submit']);
      const [ticket] = await h.store.tickets.find({});
      expect(ticket).toMatchObject({ category: 'lost' });
      // ("退给我" names a refund in Chinese; "back" names no kind, and for a lost parcel's value it is compensation.)
      expect(ticket?.demand).toBe(locale === 'en-US' ? 'compensation' : 'refund');
    },
  );
});
