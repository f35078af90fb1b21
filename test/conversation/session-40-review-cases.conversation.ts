import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal, returned, stuck, delivered } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * What a stranger's review of session 40's change found its new readers doing to ordinary messages — each kept as it
 * was before the change: "不好意思" is no question about a meaning; a buyer's "send it back to me" and customs holding a
 * parcel are no sender's return; "后天送吧" asks for a day; a delivery asked after filing changes no demand; "sorry isn't
 * enough" keeps the demands beside it; a pay-to-collect text is the scam warning; "I went and it wasn't there" is no
 * "go where the text says"; thanks with a grievance is no close; "what do you mean delivered, I never got it" is the
 * complaint.
 */
describe('session 40’s readers leave ordinary messages as they were', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());
  const returns = async (number: string) =>
    (await h.store.deliveryChanges.list({ trackingNumber: number, limit: 5 })).filter(
      (r) => r.kind === 'return_to_sender',
    );

  it('zh-CN: "不好意思 … 麻烦退回寄件人" is the return asked for', async () => {
    await talk(h.adapter({ locale: 'zh-CN' }), [`不好意思，${normal} 买家取消订单了，麻烦退回寄件人`, '2222']);
    expect(await returns(normal)).toHaveLength(1);
  });

  it.each([
    ['zh-CN', [`${returned}`, '4567', '我是买家，请把包裹送回给我']],
    ['zh-CN', [`${stuck} 包裹被海关拦截了 怎么办`]],
    ['en-US', [`${returned} my parcel was intercepted by customs, what now?`]],
  ])('%s: no return to the sender taken from %j', async (locale, turns) => {
    const replies = await talk(h.adapter({ locale }), turns);
    expect(await returns(turns[0]?.slice(0, 15) ?? '')).toHaveLength(0);
    expect(all(replies.at(-1))).not.toMatch(/退回寄件人（包裹|return it to the sender instead/);
  });

  it('zh-CN: "我明天不在家，后天送吧" books the day after tomorrow', async () => {
    const [, , booked] = await talk(h.adapter({ locale: 'zh-CN' }), [normal, '2222', '我明天不在家，后天送吧']);
    expect(all(booked)).toMatch(/11月25日/);
    expect(all(booked)).not.toMatch(/会比那天早/);
  });

  it.each([
    ['en-US', 'Also, please deliver it tomorrow after 6pm'],
    ['zh-CN', '谢谢，明天送到就行'],
  ])('%s: "%s" after filing changes no demand', async (locale, message) => {
    const adapter = h.adapter({ locale });
    const filing =
      locale === 'en-US'
        ? ['the courier was rude to me', 'an apology', 'skip', 'submit']
        : ['快递员态度很差', '道歉', '跳过', '提交'];
    await talk(adapter, [`${normal} ${filing[0]}`, ...filing.slice(1)]);
    await talk(adapter, [message]);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.demand).toBe('apology');
    expect(ticket?.moreDemands ?? []).toEqual([]);
  });

  it('en-US: "saying sorry is not enough I want compensation and a refund" keeps both demands', async () => {
    const [, said] = await talk(h.adapter({ locale: 'en-US' }), [
      `${normal} the box came crushed`,
      'saying sorry is not enough I want compensation and a refund',
    ]);
    expect(all(said)).toMatch(/compensation, refund/);
  });

  it('zh-CN: a text asking money to collect is the scam warning, not "go where it says"', async () => {
    const [, warned] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '取件码是多少？',
      '我收到短信说包裹在快递柜，要先付2元才能取',
    ]);
    expect(all(warned)).toMatch(/从不要求付款/);
    expect(all(warned)).not.toMatch(/短信里写的那个地方/);
  });

  it('zh-CN: "我去了驿站还是没拿到包裹" is not told to go there', async () => {
    const [, told] = await talk(h.adapter({ locale: 'zh-CN' }), ['取件码是多少？', '我去了驿站还是没拿到包裹']);
    expect(all(told)).not.toMatch(/短信里写的那个地方/);
  });

  it.each([
    ['en-US', [normal, 'thanks, I will call your manager about the rude driver']],
    ['zh-CN', ['取件码是什么', '算了 那我直接去找你们网点经理 快递员把我的件弄丢了 谢谢']],
  ])('%s: thanks beside a grievance is no close', async (locale, turns) => {
    const replies = await talk(h.adapter({ locale }), turns);
    expect(all(replies.at(-1))).not.toMatch(/^(You're welcome|不客气)/);
  });

  it.each([
    [
      'en-US',
      `${delivered} what do you mean delivered?? the driver never came and I never got it`,
      /would you like us to do/,
    ],
    ['zh-CN', `${delivered} 显示签收是什么意思 我根本没收到 快递员乱签`, /怎么处理/],
  ])('%s: a meaning asked in anger at a parcel never received is the complaint', async (locale, message, demand) => {
    const [reply] = await talk(h.adapter({ locale }), [message]);
    expect(all(reply)).toMatch(demand);
  });
});
