import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal, delayed } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Issue #17, blind batch 23 (01.6): two parcels shown together, the late one's complaint handed to a person — "and the
 * first one, still tomorrow right? what time roughly" was only "added to the ticket". The parcel pointed to is answered
 * from its record (its due date), with the queue line after.
 */
describe('the other listed parcel asked about while a person is awaited', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      [
        `can you check ${normal} and ${delayed}`,
        'the 2nd one is days late, I want to complain',
        'compensation',
        '13800006666',
        'submit',
      ],
      'what about the first one, is it still tomorrow?',
      /Nov 24/,
    ],
    [
      'zh-CN',
      [`查一下 ${normal} 和 ${delayed}`, '第二个晚了好几天了，我要投诉', '赔偿', '13800006666', '提交'],
      '那第一个呢，大概几点能到',
      /11月24日/,
    ],
    [
      'zh-TW',
      [`幫我查 ${normal} 同 ${delayed}`, '第二件遲咗幾日 我要投訴', '賠償', '98761111', '提交'],
      '第一件呢 仲係聽日到嘛',
      /11月24日/,
    ],
  ])('answers its due date, not only "added to the ticket" (%s)', async (...row) => {
    const [locale, turns, asked, due] = row;
    const replies = await talk(h.adapter({ locale }), [...turns, asked]);
    const [ticket] = await h.store.tickets.find({});
    expect(ticket?.trackingNumbers).toEqual([delayed]);
    expect(ticket?.status).toBe('pending_agent');
    const answer = all(replies.at(-1));
    expect(answer).toContain(normal);
    expect(answer).toMatch(due);
  });
});
