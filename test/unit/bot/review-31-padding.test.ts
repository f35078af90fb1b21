import { asksIfBooked } from '../../../src/bot/booked-asked';
import { withoutOthersNotCalled } from '../../../src/bot/call-me-not-them';
import { deliveryWindow, refusesCall } from '../../../src/bot/delivery-change-reading';
import { replyTimeAsked } from '../../../src/bot/reply-time-asked';
import { deniesSigning } from '../../../src/bot/signer-denied';
import type { NluResult } from '../../../src/nlu';

/**
 * The regexes added in review 31's range, on a message padded with 5,000 spaces: read at once, never stalling the
 * server (optional words between runs of spaces backtracked in cubic time: '不要' + 2,000 spaces took 3.9 s).
 */
describe('a message padded with 5,000 spaces is read at once (review 31)', () => {
  const spaces = ' '.repeat(5000);
  const tabs = ' \t'.repeat(2500);
  const quick = <T>(read: () => T): T => {
    const started = Date.now();
    const result = read();
    // (A stall took seconds; the bound leaves room for a busy shared machine — 200 ms failed once under load.)
    expect(Date.now() - started).toBeLessThan(2000);
    return result;
  };
  const noDates = { entities: { dates: [] } } as unknown as Pick<NluResult, 'entities'>;

  it('another person turned down as the one to call', () => {
    quick(() => withoutOthersNotCalled(`不要${spaces}x`));
    quick(() => withoutOthersNotCalled(`别${tabs}打${tabs}x`));
    quick(() => withoutOthersNotCalled(`don't${spaces}x`));
    expect(quick(() => withoutOthersNotCalled(`不要 打 给 她的电话，打我电话`))).not.toMatch(/她/);
    expect(quick(() => withoutOthersNotCalled(`don't call her, call my number`))).not.toMatch(/her/);
  });

  it('a part of the day the change is said of', () => {
    quick(() => deliveryWindow(`改成${spaces}下午${spaces}x`, noDates));
    quick(() => deliveryWindow(`make it${spaces}tomorrow${tabs}afternoon${spaces}x`, noDates));
    expect(quick(() => deliveryWindow(`她上午要去医院，能不能改成 下午 送`, noDates))).toEqual({
      after: '12:00',
      before: '18:00',
    });
  });

  it('a reply asked for within a time', () => {
    quick(() => replyTimeAsked(`回复1${spaces}x`));
    quick(() => replyTimeAsked(`回复三${tabs}個${tabs}x`));
    expect(quick(() => replyTimeAsked('請專人於三 個 工作 天內回覆'))).toEqual({ within: '三 個 工作 天內' });
  });

  it('the words read by the fixes of review 31 (booked?, a call refused, a signature denied)', () => {
    expect(quick(() => asksIfBooked(`约好了没${spaces}呀${spaces}x`))).toBe(false);
    expect(quick(() => asksIfBooked(`is it booked${tabs}?`))).toBe(true);
    quick(() => refusesCall(`don't${spaces}x`));
    quick(() => deniesSigning(`我${spaces}没签`));
  });
});
