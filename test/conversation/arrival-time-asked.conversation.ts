import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/** What time a parcel comes, with a day away from home: its due day and no time of day yet, no proof (blind-31 28.1). */
describe('arrival time asked', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    {
      locale: 'en-US',
      text: `${normal} what time will it turn up tomorrow? I'm out at work`,
      time: /No time of day is recorded/,
    },
    { locale: 'zh-CN', text: `${normal} 明天大概几点能到？我白天上班`, time: /具体几点送到还没有记录/ },
    { locale: 'zh-TW', text: `${normal} 聽日大概幾點送到？我成朝都唔喺度`, time: /具體幾點送到仲未有記錄/ },
  ])('$locale: the due day and no time of day yet', async ({ locale, text, time }) => {
    const replies = await talk(h.adapter({ locale }), [text]);
    expect(all(replies.at(-1))).toMatch(time);
    expect(all(replies.at(-1))).toMatch(/Nov 24|11月24日/);
    expect(all(replies.at(-1))).not.toMatch(/before I change|改.*之前|to change the delivery|修改.*之前/);
  });
});
