import { botHarness, talk, type BotHarness } from './harness';

// A complaint about a parcel that has had no scan for days but whose promised date has not passed: the record shows
// tracking that stands still, not a late delivery — the summary's type says so (blind batch 24: 19.5).
describe('a stalled parcel not yet due filed as tracking not updated, not as a delay', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const summaryOf = (replies: string[][]): string => replies.flat().join('\n');

  it('types a Simplified Chinese complaint about a parcel stuck for days as 物流信息未更新', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '我要投诉，YT6865635515058 一连好几天都不动',
      '给个说法',
      '13800007777',
    ]);
    const text = summaryOf(replies);
    expect(text).toContain('类型：物流信息未更新');
    expect(text).not.toContain('类型：延误');
  });

  it('types a Traditional Chinese one the same way', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '要客訴，YT6865635515058 卡了好幾天都不動',
      '給個說法',
      '0912347777',
    ]);
    const text = summaryOf(replies);
    expect(text).toContain('類型：物流資訊未更新');
    expect(text).not.toContain('類型：延誤');
  });

  it('types an English one as tracking not updated', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'I want to file a complaint, YT6865635515058 has been stuck for days',
      'an explanation',
      '13800007777',
    ]);
    const text = summaryOf(replies);
    expect(text).toContain('Type: tracking not updated');
    expect(text).not.toContain('Type: delay');
  });
});
