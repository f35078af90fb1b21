import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const FILED = /C-\d{8}-\d{4}/;
const ASKED = /Withdraw complaint|要撤销投诉|要撤銷客訴|要唔要撤銷投訴/;

/**
 * A complaint taken back after it was filed (blind batch 39a: 04.6–04.7 "can you cancel the complaint please" and "so is
 * it cancelled or not?" were added to the ticket as notes; 09.6 "那投诉就撤了吧" the same, 09.7 "撤销 不用处理了 谢谢" got
 * "不客气" — the complaint stayed open while the customer believed it withdrawn). Asked first (a withdrawal cannot be
 * undone here), then, before any agent took it, closed as withdrawn and said so; once an agent has it, the agent is
 * told; a question after it says it is withdrawn — never a new complaint. Only the customer's own complaint, in their own
 * conversation; never on words that turn the withdrawal down or go to the regulator (review of session 39).
 */
describe('a filed complaint taken back', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const file = async (locale: string) => {
    const adapter = h.adapter({ locale });
    const turns =
      locale === 'en-US'
        ? [`${delayed} is late and the driver was rude`, 'an apology', 'skip', 'submit']
        : locale === 'zh-CN'
          ? [`${delayed} 晚了 快递员态度还很差`, '道歉', '跳过', '提交']
          : [`${delayed} 遲咗 速遞員態度仲好差`, '道歉', '唔使', '提交'];
    const replies = await talk(adapter, turns);
    expect(all(replies[3])).toMatch(FILED);
    return adapter;
  };

  it.each([
    [
      'en-US',
      'he came back and apologised. can you cancel the complaint please',
      'yes',
      'so is it cancelled or not?',
      /withdr(awn|ew)/,
    ],
    ['zh-CN', '站长打电话来道歉了 那投诉就撤了吧', '对', '撤销 不用处理了 谢谢', /已撤销/],
    ['zh-TW', '佢返嚟同我道咗歉 張投訴唔要喇', '係', '撤咗未呀', /撤銷/],
  ])('%s: asked, withdrawn on the yes, and said so when asked again', async (locale, withdraw, yes, again, said) => {
    const adapter = await file(locale);
    const [asked, withdrawn, after] = await talk(adapter, [withdraw, yes, again]);
    expect(all(asked)).toMatch(ASKED);
    const [ticket] = await h.store.tickets.find({});
    expect(all(withdrawn)).toMatch(said);
    const [closed] = await h.store.tickets.find({});
    expect(ticket?.status).toBe('withdrawn');
    expect(closed?.history.at(-1)?.by).toBe('customer');
    expect(all(after)).toMatch(said);
    expect(all(after)).not.toMatch(
      /不客气|不客氣|唔使客氣|You're welcome|What would you like us to do|怎么处理|點樣處理/,
    );
    expect(await h.store.tickets.find({})).toHaveLength(1);
  });

  it('en: "so is it cancelled or not?" to the question hears it is not yet, asked again', async () => {
    const adapter = await file('en-US');
    const [, again] = await talk(adapter, ['can you cancel the complaint please', 'so is it cancelled or not?']);
    expect(all(again)).toMatch(ASKED);
    expect(all(again)).not.toMatch(/added that to your complaint/);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.status).toBe('open');
  });

  it.each([
    ['en-US', 'can you cancel the complaint please', 'no, keep it'],
    ['zh-CN', '投诉撤了吧', '算了 不撤了'],
  ])('%s: a no keeps it', async (locale, withdraw, no) => {
    const adapter = await file(locale);
    const [, kept] = await talk(adapter, [withdraw, no]);
    expect(all(kept)).toMatch(/stays open|保留/);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.status).toBe('open');
  });

  it.each([
    ['en-US', "don't cancel the complaint, I still want the apology"],
    ['en-US', 'I will not withdraw my complaint until someone calls me'],
    ['zh-CN', '你们不用处理了，我直接打12315投诉你们'],
    ['zh-CN', '撤销订单 我要退款'],
  ])('%s: "%s" withdraws nothing and asks nothing of it', async (locale, text) => {
    const adapter = await file(locale);
    const [answer] = await talk(adapter, [text]);
    expect(all(answer)).not.toMatch(ASKED);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.status).not.toBe('withdrawn');
  });

  it('en: once an agent has it, the agent is told and the complaint stays', async () => {
    const adapter = await file('en-US');
    const [ticket] = await h.store.tickets.find({});
    await h.parts.services.tickets.accept(ticket!.id, { id: 'alice', supervisor: false });
    const [asked, answer] = await talk(adapter, ['please withdraw my complaint, it is sorted', 'yes']);
    expect(all(asked)).toMatch(ASKED);
    expect(all(answer)).toMatch(/already on your complaint/);
    const [after] = await h.store.tickets.find({});
    expect(after?.status).toBe('in_progress');
    expect(after?.history.at(-1)).toMatchObject({ action: 'withdrawal asked', by: 'customer' });
  });

  it.each([
    ['en-US', [`${delayed} is late`, 'an apology', 'skip', 'submit'], 'cancel the complaint please', 'Withdraw it'],
    ['zh-CN', [`${delayed} 晚了三天`, '道歉', '跳过', '提交'], '投诉撤销吧 不用处理了', '撤销投诉'],
  ])(
    '%s: a complaint waiting for an agent is withdrawn, not only its request for a person',
    async (locale, turns, withdraw, button) => {
      const adapter = h.adapter({ locale });
      const replies = await talk(adapter, turns);
      const [waiting] = await h.store.tickets.find({});
      expect(waiting?.status).toBe('pending_agent');
      expect(all(replies[3])).toMatch(FILED);
      const [asked, said] = await talk(adapter, [withdraw, button]);
      expect(all(asked)).toMatch(ASKED);
      expect(all(said)).toMatch(/withdrawn|已撤销/);
      const [after] = await h.store.tickets.find({});
      expect(after?.status).toBe('withdrawn');
    },
  );

  it("en: another customer's conversation cannot withdraw it", async () => {
    await file('en-US');
    const [ticket] = await h.store.tickets.find({});
    const stranger = h.adapter({ locale: 'en-US', user: 'someone-else' });
    await talk(stranger, [`cancel complaint ${ticket!.number}`, 'yes']);
    const [after] = await h.store.tickets.find({});
    expect(after?.status).toBe('open');
  });
});
