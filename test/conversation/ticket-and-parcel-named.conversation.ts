import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A ticket number the bot cannot find, given beside the parcel it was about ("I complained about SF… last week,
 * ticket C-…"): the parcel is looked at too — the customer's complaints on it, and how it stands — with a person and
 * a new complaint as the way on, not only "check the number" (blind batch 19: 08.1, 30.1).
 */
describe('a ticket number not found, with the parcel named beside it', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `上周就投诉过 ${delayed} 了 工单号 C-20261110-0077 到现在没人理`,
      /C-20261110-0077/,
      /已经超过承诺送达日期|超过承诺送达日期/,
    ],
    [
      'zh-TW',
      `上禮拜就客訴過 ${delayed} 客訴單號 C-20261110-0077 到現在都沒人回`,
      /C-20261110-0077/,
      /超過承諾送達日期/,
    ],
    [
      'en-US',
      `I reported ${delayed} last week, reference C-20261110-0077, and nobody has called`,
      /C-20261110-0077/,
      /past the promised date/,
    ],
  ])('%s', async (locale, said, ticket, parcelState) => {
    const [reply] = await talk(h.adapter({ locale }), [said]);
    expect(all(reply)).toMatch(ticket);
    expect(all(reply)).toContain(delayed);
    expect(all(reply)).toMatch(parcelState);
  });
});
