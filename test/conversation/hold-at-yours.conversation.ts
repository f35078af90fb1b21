import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A hold "at your place" — "放喺你哋度", "放你們那邊", "keep it with you guys" — is held at the courier's own service
 * point, never asked where (blind batch 22: 28.5).
 */
describe('a hold at the courier’s own place is held at the service point', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-TW', `${normal} 後日我唔得閒 幫我存喺你哋嗰度 我得閒先嚟拎`, '收件人 4444', /服務點|營業所/],
    ['zh-TW', `${normal} 明天不在家 先放你們那邊 我下班去拿`, '收件人 4444', /營業所/],
    ['zh-CN', `${normal} 这两天不在家 放你们那里吧 我回来自己去拿`, '收件人 4444', /网点/],
    ['en-US', `${normal} can you keep it at your place, I'll swing by and get it`, 'receiver, 4444', /station/],
  ])('%s: “%s”', async (locale, asked, proof, place) => {
    const replies = await talk(h.adapter({ locale }), [asked, proof]);
    expect(all(replies[1])).toMatch(place);
    expect(all(replies[1])).not.toMatch(/智能櫃|快递柜|locker/i);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 5 });
    expect(request).toMatchObject({ kind: 'hold', details: { place: 'outlet' } });
  });

  // (The hold's own button, sent after it was recorded, names no service point.)
  it('zh-TW: the hold button’s words after the hold name no place', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      `${normal} 聽日唔喺度 放喺你哋度啦`,
      '收件人 4444',
      '暫存服務點自取',
    ]);
    expect(all(replies[2])).not.toMatch(/（暫存服務點自取）/);
    const [request] = await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 5 });
    // (The hold is recorded at the service point, with no place named for it.)
    expect(request).toMatchObject({ kind: 'hold', details: { place: 'outlet' } });
    expect(request?.details.placeName).toBeUndefined();
  });
});
