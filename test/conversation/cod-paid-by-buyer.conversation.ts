import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, sendAll, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING;

/** Per language: the money said to be the seller's, paid over to them; the sender's own acknowledgement. */
const LINES = {
  'zh-CN': { sellers: /代卖家收取、再转付给卖家/, yours: /是您的钱/ },
  'zh-TW': { sellers: /代賣家收取、再撥給賣家/, yours: /是您的錢/ },
  yue: { sellers: /代賣家收、再過數俾賣家/, yours: /係你嘅錢/ },
  'en-US': { sellers: /we collect that money for the seller and pay it over to them/, yours: /is your money/ },
} as const;
type Lines = keyof typeof LINES;
const localeOf = (lines: Lines) => (lines === 'yue' ? 'zh-TW' : lines);

// Issue #17, batch 20: a buyer who paid cash on delivery, whose seller says the money never came, heard "the cash
// collected on delivery is your money, and it is late reaching you" — the seller's complaint. The buyer hears whose
// money it is and where it goes: collected for the seller and paid over to them, traced and confirmed to the seller.
describe('cash on delivery paid by the buyer, not received by the seller', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${delivered} 我收货时已经把货到付款的450块给了快递员 现在商家说一直没收到这笔钱`],
    ['zh-TW', `${delivered} 我上個月貨到付款交了760給司機，賣家卻說沒收到款`],
    ['yue', `${delivered} 我收貨嗰陣貨到付款俾咗300蚊 間舖話佢冇收到錢`],
    [
      'en-US',
      `${delivered} I paid the driver cash on delivery last week and now the seller claims they never received it`,
    ],
  ] as const)("the buyer hears the money is the seller's, paid over to them (%s)", async (lines, opening) => {
    const told = await sendAll(h.adapter({ locale: localeOf(lines) }), opening);
    expect(told.text).toMatch(LINES[lines].sellers);
    expect(told.text).not.toMatch(LINES[lines].yours);
  });

  it.each([
    ['zh-CN', `${delivered} 我寄的代收货款 买家早就签收了 钱到现在还没打给我`],
    ['en-US', `${delivered} my COD money from this parcel still hasn't been paid to me`],
  ] as const)('the seller still hears it is their money, late (%s)', async (lines, opening) => {
    const told = await sendAll(h.adapter({ locale: localeOf(lines) }), opening);
    expect(told.text).not.toMatch(LINES[lines].sellers);
  });
});
