import { Replies } from '../../../src/bot/replies';

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

  it('fills a reply’s placeholders and leaves unknown ones visible', () => {
    expect(replies.t('en', 'trackUnknown', { number: 'SF1' })).toContain('SF1');
    expect(replies.t('en', 'trackUnknown')).toContain('{number}');
  });
});
