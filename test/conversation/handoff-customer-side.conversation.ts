import { botHarness, send, type BotHarness } from './harness';

const DELAYED = 'SF2210478832106';

/**
 * A ticket opened for a person (not through the complaint steps) says who the customer is to the parcel, as a filed
 * complaint does, so the agent's card shows it: someone else's parcel said in words is `other`; a customer who proved
 * the recipient's phone is the recipient (session 30's leftover: hand-off tickets carried no `customerIs`).
 */
describe('a hand-off ticket says who the customer is to the parcel', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const handedOff = async () => {
    const [ticket] = await h.store.tickets.find({});
    if (!ticket) throw new Error('no ticket opened');
    expect(ticket.status).toBe('pending_agent');
    return ticket;
  };

  it.each([
    ['en-US', `${DELAYED} is my dad's parcel and it's late, put me through to a real person please`],
    ['zh-CN', `${DELAYED} 是我爸爸的快递，一直没到，直接给我转人工`],
    ['zh-HK', `${DELAYED} 係我阿媽嘅件，遲咗好多日，幫我轉真人客服`],
  ])('%s: someone else’s parcel', async (locale, opening) => {
    await send(h.adapter({ locale }), opening);
    expect((await handedOff()).customerIs).toBe('other');
  });

  it.each([
    ['en-US', `where is ${DELAYED}?`, '6666', 'I want to talk to a human agent'],
    ['zh-CN', `${DELAYED} 到哪了`, '6666', '转人工'],
    ['zh-TW', `${DELAYED} 到哪了`, '6666', '我要找真人客服'],
  ])('%s: the recipient who proved their phone', async (locale, ...turns) => {
    const a = h.adapter({ locale });
    for (const turn of turns) await send(a, turn);
    expect((await handedOff()).customerIs).toBe('recipient');
  });
});
