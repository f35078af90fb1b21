import { Replies } from '../../../src/bot/replies';
import en from '../../../src/bot/replies/en.json';

describe('Replies', () => {
  const replies = new Replies();

  it('writes a date-time in the courier’s zone the way each locale writes it, the same when asked again', () => {
    const instant = '2026-11-23T01:05:00.000Z'; // 09:05 in Shanghai
    for (const locale of ['en', 'zh-CN', 'zh-TW'] as const) {
      const first = replies.dateTime(locale, instant, 'Asia/Shanghai');
      expect(first).toContain('09:05');
      expect(replies.dateTime(locale, instant, 'Asia/Shanghai')).toBe(first);
    }
    expect(replies.dateTime('zh-CN', instant, 'Asia/Shanghai')).toMatch(/11月23日/);
    expect(replies.dateTime('en', instant, 'Europe/London')).toContain('01:05');
  });

  it('keeps writing correctly after it has remembered thousands of date-times', () => {
    const start = Date.parse('2026-01-01T00:00:00.000Z');
    for (let i = 0; i < 6000; i += 1) {
      replies.dateTime('en', new Date(start + i * 60_000).toISOString(), 'UTC');
    }
    expect(replies.dateTime('en', '2026-01-01T00:01:00.000Z', 'UTC')).toBe('Jan 1, 00:01');
    expect(replies.dateTime('en', '2026-01-05T03:59:00.000Z', 'UTC')).toBe('Jan 5, 03:59');
  });

  it('gives every wording of a button title in a locale: Taiwan Mandarin and Cantonese, once each', () => {
    expect(replies.wordings('zh-TW', 'choice.changeDemand')).toEqual(['修改訴求', '改要求']);
    expect(replies.wordings('zh-TW', 'choice.submit')).toEqual(['提交']);
    expect(replies.wordings('zh-CN', 'choice.human')).toEqual([replies.t('zh-CN', 'choice.human')]);
  });

  it('fills a reply’s placeholders and leaves unknown ones visible', () => {
    expect(replies.t('en', 'trackUnknown', { number: 'SF1' })).toContain('SF1');
    expect(replies.t('en', 'trackUnknown')).toContain('{number}');
  });

  it('writes counts in English with the plural the number takes, never "day(s)"', () => {
    const late = (days: number) => replies.t('en', 'anomaly.past_promised_date', { days });
    expect(late(1)).toBe('It is 1 day past the promised date.');
    expect(late(6)).toBe('It is 6 days past the promised date.');
    expect(late(0)).toBe('It is 0 days past the promised date.');
    expect(replies.t('en', 'intake.photosReceived', { count: 1 })).toBe("Thanks, I've attached 1 photo.");
    expect(replies.t('en', 'intake.photosReceived', { count: 3 })).toBe("Thanks, I've attached 3 photos.");
    expect(
      replies.t('en', 'arrival.late', { number: 'SF1', days: 1, date: 'Nov 20', place: 'hub', time: 'now' }),
    ).toMatch(/^SF1 is 1 day past its promised date/);
    const from = new Date('2026-11-23T02:00:00Z');
    expect(replies.within('en', from, '2026-11-23T02:01:00Z')).toBe('1 minute');
    expect(replies.within('en', from, '2026-11-23T03:00:00Z')).toBe('1 hour');
    expect(replies.within('en', from, '2026-11-23T05:00:00Z')).toBe('3 hours');
    expect(replies.t('en', 'change.cost.hold', { number: 'SF1', days: 1, after: '' })).toBe(
      'Holding SF1 for you is free for the first day.',
    );
    // Chinese has no plural: its replies are untouched.
    expect(replies.t('zh-CN', 'anomaly.past_promised_date', { days: 1 })).not.toMatch(/plural|#/);
  });

  it('leaves a plural whose number is not given visible, as any unknown placeholder', () => {
    expect(replies.t('en', 'anomaly.past_promised_date')).toContain('{days, plural,');
  });

  it('no English reply in the catalog writes a plural as "(s)"', () => {
    expect(Object.entries(en).filter(([, text]) => /\w\((s|es)\)/.test(text))).toEqual([]);
  });
});
