import { botHarness, talk, type BotHarness } from './harness';

// A complaint that a parcel came back unasked, with redelivery demanded in the same message, is a complaint (returned
// without reason: 其他) with the demand redelivery — not a change of delivery; and "I'm the sender, last 4 …" after a
// question about why a parcel was returned proves that parcel, never "which tracking number?" (issue #17).
describe('a returned parcel: a complaint with redelivery demanded, and the proof after asking why', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('files a Simplified Chinese complaint about a return with redelivery as its demand', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      '投诉！EA526018152CN 莫名其妙给退回来了，要求你们重新派送',
      '13800002222',
    ]);
    // (Category 'other', named as LABELS.md does since blind batch 26b 26.5.)
    expect(replies[1]?.join('\n')).toMatch(/类型：无故退回[\s\S]*诉求：重新派送/);
  });

  it('files a Traditional Chinese one the same way', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      '我要申訴，EA526018152CN 被退件了，請重新派送給收件人',
      '0922332222',
    ]);
    expect(replies[1]?.join('\n')).toMatch(/類型：無故退回[\s\S]*訴求：重新派送/);
  });

  it('files an English one the same way', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'complaint: EA526018152CN got sent back for no reason, I want it delivered again',
      '13800002222',
    ]);
    expect(replies[1]?.join('\n')).toMatch(/Type: returned without reason[\s\S]*You'd like: redelivery/);
  });

  it('proves the returned parcel by the sender digits given after asking why (Traditional Chinese)', async () => {
    const [, proved] = await talk(h.adapter({ locale: 'zh-TW' }), [
      'EA526018152CN 怎麼被退回來了？',
      '寄件人，電話末4碼 2222',
    ]);
    expect(proved?.[0]).toContain('核對無誤');
    expect(proved?.join('\n')).not.toContain('哪個貨運單號');
  });

  it('proves it in Simplified Chinese', async () => {
    const [, proved] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'EA526018152CN 怎么退回了',
      '我是寄件人 手机尾号2222',
    ]);
    expect(proved?.join('\n')).toContain('寄件人：Chen Wei');
    expect(proved?.join('\n')).not.toContain('哪个快递单号');
  });

  it('proves it in English', async () => {
    const [, proved] = await talk(h.adapter({ locale: 'en-US' }), [
      'how come EA526018152CN was returned?',
      'sender here, my last four are 2222',
    ]);
    expect(proved?.[0]).toContain('that matches');
  });
});
