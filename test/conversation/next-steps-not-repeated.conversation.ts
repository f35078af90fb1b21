import { Replies } from '../../src/bot/replies';
import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const LOST = DEMO_TRACKING.lostLooking;
const STUCK = DEMO_TRACKING.stuck;

/**
 * "What happens next?" then "and how long?" in one complaint (issue #17, session 30: the whole steps paragraph was said
 * again word for word): the second answer is shorter — the steps stand as said, and the complaint's deadlines — then
 * the step again. Never the same paragraph twice in a row.
 */
describe('the steps of a complaint, asked about twice', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const t = (locale: string, key: Parameters<Replies['t']>[1], register?: 'yue') =>
    replies.t(locale as Locale, key, {}, register);

  it.each([
    [
      'en-US',
      'en',
      `${LOST} has vanished, I'd like to complain`,
      'what are you going to do about it?',
      'how long will the search take then?',
      'nextSteps.lostTransit',
      undefined,
    ],
    [
      'en-US',
      'en',
      `${STUCK} hasn't moved in days, complaint please`,
      'how will you handle this?',
      'ok and how long until it is resolved?',
      'nextSteps.general',
      undefined,
    ],
    [
      'zh-CN',
      'zh-CN',
      `${LOST} 找不到了 我要投诉`,
      '你们打算怎么处理',
      '那查要多久？',
      'nextSteps.lostTransit',
      undefined,
    ],
    [
      'zh-TW',
      'zh-TW',
      `${LOST} 唔見咗 我要投訴`,
      '你哋會點跟進',
      '咁搵要幾耐？',
      'nextSteps.lostTransit',
      'yue' as const,
    ],
    [
      'zh-TW',
      'zh-TW',
      `${STUCK} 好幾天沒動了 我要客訴`,
      '你們會怎麼處理',
      '處理要幾天？',
      'nextSteps.general',
      undefined,
    ],
  ])(
    '%s: the steps once, then "as said" with the times',
    async (channel, locale, open, first, again, stepsKey, yue) => {
      const turns = await talk(h.adapter({ locale: channel, user: `steps-twice-${channel}-${open.length}` }), [
        open,
        first,
        again,
      ]);
      const firstText = (turns[1] ?? []).join('\n');
      const againText = (turns[2] ?? []).join('\n');
      const steps = t(locale, stepsKey as Parameters<Replies['t']>[1], yue);
      expect(firstText).toContain(steps);
      expect(againText).not.toContain(steps);
      expect(againText).toContain(t(locale, 'nextSteps.asSaid', yue));
      // The deadlines (the line after the steps, as a priority question gets it) are said both times.
      const lines = firstText.split('\n');
      const deadlines = lines[lines.findIndex((line) => line.includes(steps)) + 1] ?? '';
      expect(deadlines).not.toBe('');
      expect(againText).toContain(deadlines);
    },
  );
});
