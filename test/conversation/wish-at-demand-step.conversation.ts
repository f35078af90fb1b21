import { botHarness, send, type BotHarness } from './harness';

// A wish for the delivery said where a complaint asks what the customer would like ("please knock next time", "以后送
// 之前先打个电话" with no number) is the demand, in their words, and a change request beside the complaint — never
// "is that the parcel at the door?", nor lost (issue #17, engineers' notes). The waybill's phone is named by its last
// 4 digits only once the parcel is proved (then: "calling the recipient's number on the waybill (ending 4444)").
describe('a delivery wish at the demand step', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('takes "knock on the door" as the wish, in English', async () => {
    const chat = h.adapter({ locale: 'en-US' });
    await send(chat, 'I want to complain, the driver left SF1402837465921 at the gate without ringing');
    const said = (await send(chat, 'could they knock on the door in future')).join('\n');
    expect(said).not.toContain('Go ahead and check');
    expect(said).toContain('note for the courier');
    const summary = (await send(chat, 'skip')).join('\n');
    expect(summary).toMatch(/You'd like: [^\n]*knock on the door/);
    expect(summary).toContain('Delivery change not made yet');
  });

  it('takes a call first with no number as the wish, in Simplified Chinese', async () => {
    const chat = h.adapter({ locale: 'zh-CN' });
    await send(chat, '投诉一下 SF1402837465921 快递员连电话都不打直接放快递柜');
    const said = (await send(chat, '下次派送前请先打电话给我')).join('\n');
    // (The wish is kept once, as the call on the request to the waybill's number — no courier note saying it again:
    // blind batch 32's "备注给快递员：「…先打电话给我」，派送前先打…的电话" said it twice. Its last 4 digits are not said
    // before the parcel is proved: they are the proof — review of session 38.)
    expect(said).toContain('派送前先打运单上收件人的电话（包裹');
    expect(said).not.toContain('4444');
    expect(said).not.toContain('备注给快递员');
    const summary = (await send(chat, '跳过')).join('\n');
    expect(summary).toMatch(/诉求：[^\n]*打电话给我/);
    expect(summary).toMatch(/尚未办理的派送修改：[^\n]*派送前先打运单上收件人的电话/);
    expect(summary).not.toContain('4444');
    expect(summary).not.toContain('备注给快递员');
  });

  it('keeps a call first once, as the call to the waybill number, with a knock still noted, in English', async () => {
    const chat = h.adapter({ locale: 'en-US' });
    await send(chat, 'I want to complain, the driver left SF1402837465921 at the gate without ringing');
    const said = (await send(chat, 'in future get them to give me a ring beforehand, and knock loudly')).join('\n');
    expect(said).toContain("calling the recipient's number on the waybill before bringing it");
    expect(said).not.toContain('4444');
    expect(said).toMatch(/note for the courier: “knock loudly”/);
    expect(said).not.toMatch(/note for the courier: “[^”]*ring/);
  });

  it('takes a call first as the wish, not a redelivery, in Cantonese', async () => {
    const chat = h.adapter({ locale: 'zh-TW' });
    await send(chat, '我要投訴 SF1402837465921 速遞員一個電話都冇打就放咗落櫃');
    const said = (await send(chat, '下次派件之前記得打電話畀我')).join('\n');
    expect(said).toContain('派件之前先打運單上面收件人嘅電話（包裹');
    expect(said).not.toContain('4444');
    expect(said).not.toContain('留咗句話俾速遞員');
    const summary = (await send(chat, '跳過')).join('\n');
    expect(summary).toMatch(/要求：[^\n]*打電話畀我/);
    expect(summary).not.toContain('要求：重新派送');
  });
});
