import { botHarness, talk, type BotHarness } from './harness';
import { Replies } from '../../src/bot/replies';

/**
 * A number to be told on, given after a request that waits for the station (blind-32 11.4, blind-33 20.5–20.6: "call /
 * text me with the result" started a complaint, with the demand buttons and later a summary). It goes on the waiting
 * request and the customer hears so, the number by its last 4 digits — no complaint, no demand question.
 */
describe('a contact for news of a waiting request', () => {
  const replies = new Replies();
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const stuck = 'YT6865635515058';
  const last = (said: string[][]) => said.at(-1)?.join('\n') ?? '';

  const contactOn = async (number: string) => {
    const requests = await h.store.deliveryChanges.list({ trackingNumber: number, limit: 10 });
    return requests.find((r) => r.status === 'requested')?.details.contact;
  };

  it('takes it onto a chase in Simplified Chinese', async () => {
    const said = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${stuck} 好几天不动了`,
      '帮我催件',
      '7777',
      '网点回复了麻烦通知我 13722223333',
    ]);
    expect(last(said)).toContain('尾号 3333');
    expect(last(said)).not.toContain('13722223333');
    expect(last(said)).not.toContain(replies.t('zh-CN', 'intake.askDemand'));
    expect(last(said)).not.toContain('投诉');
    expect(await contactOn(stuck)).toBe('13722223333');
  });

  it('takes it onto a chase in English', async () => {
    const said = await talk(h.adapter({ locale: 'en-US' }), [
      `${stuck} hasn't moved in days`,
      'please chase it',
      '7777',
      'once the depot gets back to you, ring me on 13722223333',
    ]);
    expect(last(said)).toContain('ending 3333');
    expect(last(said)).not.toContain(replies.t('en', 'intake.askDemand'));
    expect(last(said)).not.toMatch(/complaint/i);
    expect(await contactOn(stuck)).toBe('13722223333');
  });

  it('takes it onto a chase in Taiwan Mandarin', async () => {
    const said = await talk(h.adapter({ locale: 'zh-TW' }), [
      `${stuck} 好幾天都沒更新`,
      '請幫我催件',
      '7777',
      '處理好了傳簡訊給我 0912345678',
    ]);
    expect(last(said)).toContain('尾號 5678');
    expect(last(said)).not.toContain(replies.t('zh-TW', 'intake.askDemand'));
    expect(last(said)).not.toMatch(/客訴|投訴/);
    expect(await contactOn(stuck)).toBe('0912345678');
  });

  it('takes it onto a chase in Cantonese, and in Cantonese', async () => {
    const said = await talk(h.adapter({ locale: 'zh-TW' }), [
      `${stuck} 點解咁多日都冇更新`,
      '催下佢啦',
      '7777',
      '搞掂咗就打俾我 91234567 唔該',
    ]);
    expect(last(said)).toContain('尾號 4567');
    expect(last(said)).toContain('搵你');
    expect(last(said)).not.toContain(replies.t('zh-TW', 'intake.askDemand', {}, 'yue'));
    expect(await contactOn(stuck)).toBe('91234567');
  });

  it('says it stands when the wish is said again without the number', async () => {
    const said = await talk(h.adapter({ locale: 'zh-CN' }), [
      `${stuck} 好几天不动了`,
      '帮我催件',
      '7777',
      '网点回复了麻烦通知我 13722223333',
      '我不是投诉，就是有消息给我打个电话',
    ]);
    expect(last(said)).toContain('尾号 3333');
    expect(last(said)).not.toContain(replies.t('zh-CN', 'intake.askDemand'));
  });

  it('takes it onto a change of delivery too (a hold), in English', async () => {
    const due = 'SF1402837465921';
    const said = await talk(h.adapter({ locale: 'en-US' }), [
      `${due} please keep it at the station for me to collect`,
      '4444',
      "once it's sorted, message me at 13800138000",
    ]);
    expect(last(said)).toContain('ending 8000');
    expect(last(said)).not.toMatch(/complaint/i);
    expect(await contactOn(due)).toBe('13800138000');
  });
});
