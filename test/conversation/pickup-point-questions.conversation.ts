import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, send, sendAll, type BotHarness } from './harness';

const DELIVERED = DEMO_TRACKING.delivered; // 南京 → 苏州, signed for by the recipient in person at 苏州姑苏营业部
const ON_ITS_WAY = DEMO_TRACKING.normal; // 深圳 → 上海, at the sorting hub

/**
 * Questions about a locker, a pickup point or a convenience store and its code (issue #17, batch 19: 02.3–02.4,
 * 21.3–21.4, 27.1–27.4): answered from the parcel's record (handed over in person, so no code; not in any locker
 * yet, so a text saying otherwise is about another parcel or not ours) and the market's rule on pickup codes (what
 * the customer can do, a person offered) — never taken as a redelivery demand, nor "I didn't understand".
 */
describe('locker, pickup point and store questions', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: in a complaint, "是不是放快递柜了？取件码多少" hears the record (signed in person, no code) — no demand', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, `${DELIVERED} 显示签收了 可我根本没收到`);
    const said = (await send(adapter, '会不会是放到快递柜了？取件码多少')).join('\n');
    expect(said).toContain('签收人：本人');
    expect(said).toContain('没有放进快递柜或便利店，所以没有取件码');
    expect(said).not.toContain('已记下您的诉求');
    expect(said).toContain('您希望我们怎么处理？');
  });

  it('zh-TW: in a complaint, "全家說沒有 你們送去哪了" hears where it was handed over — no redelivery demand', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await send(adapter, `${DELIVERED} 顯示已經簽收 但我沒有收到`);
    const said = (await send(adapter, '我去全家問過 店員說沒有 你們送去哪了')).join('\n');
    expect(said).toContain('蘇州姑蘇營業部');
    expect(said).toContain('沒有放進取件櫃或超商');
    expect(said).not.toContain('重新派送');
  });

  it('en: "got a text that it is in a locker at the mall??" against a parcel still at the hub — not the status again', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await send(adapter, `where is ${ON_ITS_WAY}`);
    const said = (await send(adapter, 'huh? I was texted that my parcel waits in a locker at the mall??')).join('\n');
    expect(said).toContain('it has not been put in a locker or a store yet');
    expect(said).toContain('check the tracking number in the text');
    expect(said).not.toContain('means the parcel is moving');
  });

  it('en: "the pickup code is not working, can somebody open the locker" — what to do, and a person offered', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    const { text, buttons } = await sendAll(
      adapter,
      'the pickup code is not working, can somebody open the locker for me',
    );
    expect(text).toContain('"Forgot code"');
    expect(text).toContain('helpline shown on the locker');
    expect(text).toContain('A person here can ask the station to send the code again or open the door');
    expect(buttons).toEqual(['Talk to a person']);
  });

  it('zh-TW (Cantonese): "個櫃啲密碼用唔到呀" — the Hong Kong rule in Cantonese, a person offered', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    const { text, buttons } = await sendAll(adapter, '樓下個智能櫃啲密碼用唔到呀 點算');
    expect(text).toContain('取件碼用唔到');
    expect(text).toContain('遙距開櫃');
    expect(buttons).toEqual(['轉真人客服']);
  });

  it('zh-CN: "柜子里也没有" with no parcel named yet is no question for the pickup-code rule', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await send(adapter, '我的快递丢了');
    const said = (await send(adapter, '丰巢柜子里也没有 驿站也说没有')).join('\n');
    expect(said).not.toContain('取件码：');
  });

  it.each([
    ['zh-CN', '我的账户密码忘了怎么办？'],
    ['en-US', 'I got the pickup code in the sms, thanks'],
  ])('%s: "%s" asks nothing about a locker', async (locale, said) => {
    const replies = (await send(h.adapter({ locale }), said)).join('\n');
    expect(replies).not.toMatch(/取件码：|Pickup codes:|doesn't match our record/);
  });
});
