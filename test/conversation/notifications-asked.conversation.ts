import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck } = DEMO_TRACKING; // no scan for 4 days, recipient …7777
const said = (turn: string[] | undefined) => (turn ?? []).join('\n');

/** Per language: the notices that really go out, what does not, the chase offered, a withdrawn request's line. */
const LINES = {
  'en-US': {
    sent: /message you here if something new goes wrong/,
    notSent: /no message for each ordinary scan/,
    chase: /chase it now/,
    withdrawn: /You withdrew/,
  },
  'zh-CN': { sent: /在这个对话里给您发消息/, notSent: /不会另行通知/, chase: /催查加急/, withdrawn: /您已撤回/ },
  'zh-TW': { sent: /在這個對話裡傳訊息給您/, notSent: /不會另外通知/, chase: /催查加急/, withdrawn: /您已撤回/ },
  yue: { sent: /喺呢個對話度send訊息俾你/, notSent: /唔會另外通知/, chase: /催查加急/, withdrawn: /撤回/ },
} as const;
const localeOf = (lines: keyof typeof LINES) => (lines === 'yue' ? 'zh-TW' : lines);

/**
 * Issue #17 (blind batch 25: 17.5): "will I be notified?" about a parcel with no request waiting hears what the product
 * really sends — the anomaly notices and the station's answer to a chase, here, and nothing for an ordinary scan —
 * with the chase offered for a parcel that has not moved; never a withdrawn request's line again. Wording differs
 * from the blind tester's.
 */
describe('whether the customer will be notified', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['en-US', `where is ${stuck}? it hasn't moved`, 'will you let me know once there is news?'],
    ['zh-CN', `${stuck} 到哪了`, '那有消息的话你们会通知我吗'],
    ['zh-TW', `${stuck} 現在在哪裡`, '有進展的話會通知我嗎？'],
    ['yue', `${stuck} 去咗邊`, '有消息會唔會通知我？'],
  ] as const)('%s: asked with no request waiting', async (lines, where, asked) => {
    const [, answer] = await talk(h.adapter({ locale: localeOf(lines) }), [where, asked]);
    expect(said(answer)).toMatch(LINES[lines].sent);
    expect(said(answer)).toMatch(LINES[lines].notSent);
    expect(said(answer)).toMatch(LINES[lines].chase);
  });

  it.each([
    [
      'en-US',
      `${stuck} can you deliver it to 88 Renmin Road, Chengdu instead?`,
      'never mind, cancel that address change',
      'will you notify me when you find it?',
    ],
    ['zh-CN', `${stuck} 改送到成都市锦江区红星路88号`, '算了还是别改了', '查到了会告诉我吗'],
    ['zh-TW', `${stuck} 改送到成都市錦江區紅星路88號`, '算了還是不要改了', '查到的話會通知我嗎'],
  ] as const)('%s: asked after the change was withdrawn', async (lines, change, withdraw, asked) => {
    const replies = await talk(h.adapter({ locale: localeOf(lines) }), [change, '7777', withdraw, asked]);
    const answer = said(replies.at(-1));
    expect(answer).toMatch(LINES[lines].sent);
    expect(answer).not.toMatch(LINES[lines].withdrawn);
  });

  // (Told as a grievance — nobody let them know before — it is no question about notifications: blind-25 21.1.)
  it.each([
    ['zh-TW', `${stuck} 怎麼都不動了？根本沒人通知我`],
    ['en-US', `why has ${stuck} not moved? nobody notified me about anything`],
  ] as const)('%s: “%s” is not asked whether they will be told', async (lines, told) => {
    const [answer] = await talk(h.adapter({ locale: localeOf(lines) }), [told]);
    expect(said(answer)).not.toMatch(LINES[lines].notSent);
  });
});
