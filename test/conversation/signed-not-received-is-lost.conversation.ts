import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A parcel the record shows signed for, that the customer never got (LABELS.md rule 4: a loss), in a conversation that
 * began as a question — "is this your parcel?", "what does signed mean?" (blind batch 40b: 02.7 was filed as service
 * attitude, 10.5 as "other", both at low priority): the complaint that follows is a lost parcel. The demo parcel JT…
 * shows "signed for by the recipient in person". Wordings differ from the blind testers'.
 */
describe('signed for but never received, after questions', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en-US: taking up the check of who signed files a lost parcel', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      `my aunt has a text about ${delivered} that says signed, what does that mean? nobody knocked`,
      'who signed it then? is there a photo?',
      'right, then please have them look into it, she still needs the package',
      'redelivery',
      'skip',
    ]);
    expect(all(replies.at(-1))).toMatch(/Type: lost parcel/);
  });

  it.each([
    [
      'zh-CN',
      `${delivered}这个单是你们公司的吗 我分不清是哪家`,
      '显示本人签收？我根本没签 这几天都没在家',
      '帮我找回来就行',
      '跳过',
      /类型：丢失/,
    ],
    [
      'zh-TW',
      `${delivered}呢個係咪你哋公司嘅單`,
      '話本人簽收？我冇簽過 呢幾日都唔喺屋企',
      '幫我搵返就得',
      '跳過',
      /類型：遺失|類型：丟失|類型：唔見咗/,
    ],
  ])('%s: denying the signature after asking whose parcel it is files a lost parcel', async (locale, ...turns) => {
    const type = turns.pop() as RegExp;
    const replies = await talk(h.adapter({ locale }), turns as string[]);
    expect(all(replies.at(-1))).toMatch(type);
  });
});
