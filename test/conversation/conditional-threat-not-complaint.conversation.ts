import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';
import { DEMO_TRACKING } from '../../src/tracking/demo';

/**
 * A threat on a condition not come about — "if it's late I'll go to the bureau" — about a parcel on its way and on
 * time is no complaint (blind-33 06.6 started one, with the demand buttons): the bot hears it, gives the due day and a
 * person, and files nothing. The same threat about a parcel already late is still a complaint.
 */
describe('a conditional threat about a parcel on time', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const due = DEMO_TRACKING.normal; // due tomorrow
  const last = (said: string[][]) => said.at(-1)?.join('\n') ?? '';

  it.each([
    [
      'en-US',
      'en',
      `${due} when does it come`,
      "should it not show up by then, I'm calling the postal regulator",
      undefined,
    ],
    ['zh-CN', 'zh-CN', `${due} 什么时候到`, '万一后天还没送来，那我就打12305', undefined],
    ['zh-TW', 'zh-TW', `${due} 什麼時候會到`, '假如明天沒送到，我就要去消基會申訴', undefined],
    ['zh-HK', 'zh-TW', `${due} 幾時到呀`, '要係聽日都未到，我就去消委會', 'yue' as const],
  ])('%s (%s): the due day and a person, no complaint', async (channel, locale, first, threat, yue) => {
    const said = await talk(h.adapter({ locale: channel }), [first, threat]);
    const text = last(said);
    expect(text).toMatch(/11\s*月\s*24\s*日|Nov 24/);
    expect(text).not.toContain(replies.t(locale as 'en', 'intake.askDemand', {}, yue));
    expect(await h.store.tickets.find({ limit: 5 })).toHaveLength(0);
  });

  it('still takes the complaint of a parcel already late', async () => {
    const said = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${DEMO_TRACKING.delayed} 到哪了`,
      '要是明天还送不到，我就去12305投诉你们',
    ]);
    expect(last(said)).toContain(replies.t('zh-CN', 'intake.askDemand'));
  });
});
