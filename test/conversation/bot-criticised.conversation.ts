import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import { DEMO_TRACKING } from '../../src/tracking/demo';

/**
 * Venting about the assistant itself — "this bot is useless", "机器人太笨" — is no complaint about the parcel (blind-33
 * 17.3 started one, with the demand buttons): one line of acknowledgement, back to the customer's parcel, a person
 * offered; never the same line twice in a row.
 */
describe('the assistant criticised', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const parcel = DEMO_TRACKING.normal;
  const last = (said: string[][]) => said.at(-1)?.join('\n') ?? '';

  it.each([
    ['en-US', 'en', `${parcel} where is it`, 'honestly this chatbot is so inflexible', undefined],
    ['zh-CN', 'zh-CN', `${parcel} 到哪了`, '你这个智能客服真笨', undefined],
    ['zh-TW', 'zh-TW', `${parcel} 到哪裡了`, '你們這個機器人很不靈活耶', undefined],
    ['zh-HK', 'zh-TW', `${parcel} 去到邊`, '你個機械人好冇用呀', 'yue' as const],
  ])('%s (%s): acknowledged, back to the parcel, a person offered', async (channel, locale, first, vent, yue) => {
    const said = await talk(h.adapter({ locale: channel }), [first, vent]);
    const text = last(said);
    const l = locale as 'en';
    expect(text).toContain(replies.t(l, 'botCriticised.backToParcel', { number: parcel }, yue));
    expect(text).not.toContain(replies.t(l, 'intake.askDemand', {}, yue));
    expect(await h.store.tickets.find({ limit: 5 })).toHaveLength(0);
  });

  it('says a different line the second time', async () => {
    const said = await talk(h.adapter({ locale: 'zh-CN' }), ['机器人太死板了', '真是个没用的机器人']);
    const [first, second] = [said.at(-2)?.[0] ?? '', said.at(-1)?.[0] ?? ''];
    expect(first.split('\n')[0]).not.toBe(second.split('\n')[0]);
    expect(second).toContain(replies.t('zh-CN', 'botCriticised.back'));
  });
});
