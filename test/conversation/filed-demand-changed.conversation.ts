import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed, normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const FILED = /C-\d{8}-\d{4}/;

/**
 * What the customer wants, changed after the complaint is filed (blind batch 39a: 06.7 "说法也不要了 我要赔偿", 11.5
 * "還是把多收的錢退給我 道歉就不用了", 14.5 "賠償唔使 道個歉就得" were only added as notes — the customer never heard the
 * change was taken): the ticket's demands are changed and said back; an urgency or a question about money changes
 * nothing. Also an apology dismissed while the demand is asked ("光道歉有啥用", 06.2, was recorded as the demand), and
 * "退的話多久會到" after a fee complaint (11.7, not understood). Wordings differ from the blind testers'.
 */
describe('a filed complaint’s demand changed by the customer', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const fileWithApology = async (locale: string) => {
    const adapter = h.adapter({ locale });
    const turns =
      locale === 'en-US'
        ? [`${delayed} is days late and nobody tells me anything`, 'an apology', 'skip', 'submit']
        : locale === 'zh-CN'
          ? [`${delayed} 迟了好几天 也没人通知我`, '道歉', '跳过', '提交']
          : [`${delayed} 遲咗幾日 都冇人通知過我`, '道歉', '唔使', '提交'];
    const replies = await talk(adapter, turns);
    expect(all(replies[3])).toMatch(FILED);
    return adapter;
  };

  it.each([
    ['en-US', "actually forget the apology, i'd rather be compensated", /now compensation/, 'compensation'],
    ['zh-CN', '道歉就算了吧 还是赔钱实际点', /诉求已改为：赔偿/, 'compensation'],
    ['zh-TW', '唔要道歉喇 退返運費俾我就得', /要求已經改做：退款/, 'refund'],
  ])('%s: the ticket’s demand is changed and said back', async (locale, change, said, demand) => {
    const adapter = await fileWithApology(locale);
    const [changed] = await talk(adapter, [change]);
    expect(all(changed)).toMatch(said);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.demand).toBe(demand);
    expect(ticket?.moreDemands ?? []).toEqual([]);
    expect(ticket?.history.at(-1)).toMatchObject({ by: 'customer', action: 'demand changed' });
  });

  it('en-US: a demand added with "also" joins the one held', async () => {
    const adapter = await fileWithApology('en-US');
    const [added] = await talk(adapter, ['i also want a refund of the shipping fee']);
    expect(all(added)).toMatch(/now an apology, refund/i);
    const [ticket] = await h.store.tickets.find({});
    expect([ticket?.demand, ...(ticket?.moreDemands ?? [])]).toEqual(['apology', 'refund']);
  });

  it.each([
    ['en-US', 'it has to be here before friday, it is a birthday present'],
    ['zh-CN', '明天之前一定要送到 这是给孩子的生日礼物'],
    ['en-US', 'will i get any compensation for this?'],
  ])('%s: an urgency or a question changes no demand: "%s"', async (locale, message) => {
    const adapter = await fileWithApology(locale);
    const [reply] = await talk(adapter, [message]);
    expect(all(reply)).not.toMatch(/now compensation|诉求已改为|what you want is now/);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.demand).toBe('apology');
    expect(ticket?.history.some((entry) => entry.action === 'demand changed')).toBe(false);
  });

  it.each([
    ['zh-CN', `${delayed} 晚了三天`, '光说对不起有什么用 我要一个交代', /诉求：给个说法(?!、)/],
    ['en-US', `${delayed} is three days late`, "sorry isn't enough, i want compensation", /like: compensation\./],
  ])(
    '%s: an apology dismissed while the demand is asked is not recorded as one',
    async (locale, first, demand, noted) => {
      const [, said] = await talk(h.adapter({ locale }), [first, demand]);
      expect(all(said)).not.toMatch(/道歉|apology/i);
      expect(all(said)).toMatch(noted);
    },
  );

  it('zh-CN: "退的话要多久才会到" after an overcharge complaint is the refund’s time', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const replies = await talk(adapter, [
      `${normal} 寄的时候称是2公斤 扣款却按4公斤算 多收了钱`,
      '退差价',
      '跳过',
      '提交',
      '那退的话要多久才会到',
    ]);
    expect(all(replies[3])).toMatch(FILED);
    expect(all(replies[4])).toMatch(/3 个工作日/);
  });
});
