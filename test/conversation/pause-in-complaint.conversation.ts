import { Replies } from '../../src/bot/replies';
import { botHarness, talk, type BotHarness } from './harness';

// "好吧那我再問朋友" where the complaint asked for the number (blind-29 21.4 filed it as the number): a pause — the
// customer can come back with it, what they told is kept, and the complaint goes on from there when taken up again.
describe('a pause to ask someone in the middle of a complaint', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('tells an English customer to come back with the number, and goes on from the draft', async () => {
    const [, paused, , again] = await talk(h.adapter({ locale: 'en-US' }), [
      'the parcel my cousin sent never turned up and I want to complain about it',
      "let me check with the sender and I'll get back to you",
      'SF2210478832106',
      'File a complaint',
    ]);
    expect(paused).toEqual([replies.t('en', 'intake.pausedForNumber')]);
    // (What happened was kept: the demand is asked next, not the account again.)
    expect(again?.join('\n')).toContain('What would you like us to do?');
  });

  it('does not take a number not found, then a pause, as the number in Simplified Chinese', async () => {
    const [, , paused] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '家里人给我寄的东西一直没收到，我要投诉',
      'SF8765432109876',
      '那我问下我妈再来找你',
    ]);
    expect(paused).toEqual([replies.t('zh-CN', 'intake.pausedForNumber')]);
  });

  it('pauses at the demand question in Traditional Chinese', async () => {
    const [, , paused] = await talk(h.adapter({ locale: 'zh-TW' }), [
      'SF2210478832106 晚了三天還沒到，我要客訴',
      '寄件人末四碼3333',
      '等我問一下家人先',
    ]);
    expect(paused?.join('\n')).toBe(replies.t('zh-TW', 'intake.paused'));
  });
});
