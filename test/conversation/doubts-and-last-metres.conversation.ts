import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * More of blind batches 50a and 50b: "你确定25号前能到？" heard "I can't answer that"; "what compensation do i get" in a
 * loss complaint heard the status again; "that's a joke" about the uninsured cap became the demand's words; "係咪一定要單號"
 * heard "I can't answer that"; "再寄一次運費誰出" was noted as a redelivery; "冇收過任何短訊" was warned of a text; "where
 * physically is it right now?" got the outlet list; "whats the ticket number" after a speed-up had none to find; a
 * village address was asked for a street three times. Wordings differ from the testers'.
 */
describe('doubts, the claim cap, and the last few metres', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-CN: "都四天没动了 你确定25号能到？" is no promise, and the chase offered', async () => {
    const [, doubted] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'YT6865635515058 现在在哪',
      '都四天没动了 你确定25号能到？',
    ]);
    expect(all(doubted)).toMatch(/不能保证/);
    expect(all(doubted)).not.toMatch(/答不上来/);
  });

  it('en: in a lost-parcel complaint, "what compensation would i get, it cost 1500" is the claim cap by the waybill', async () => {
    const [, asked] = await talk(h.adapter({ locale: 'en-US' }), [
      '782828807290222 been stuck for ages. is it lost or what',
      "so it's lost then. what compensation do i get, it was a 1500 yuan tablet",
    ]);
    expect(all(asked)).toMatch(/up to 3 times the shipping fee/);
    expect(all(asked)).not.toMatch(/status: delivery problem/);
  });

  it('zh-TW: "只賠三倍運費？太離譜了吧" is the objection on the complaint, compensation asked', async () => {
    const adapter = h.adapter({ locale: 'zh-TW' });
    await talk(adapter, ['782828807290222 好像丟了 我要客訴']);
    const [scorned] = await talk(adapter, ['只賠三倍運費？太離譜了吧 裡面是兩千的耳機']);
    expect(all(scorned)).toMatch(/異議我已經寫進客訴/);
    expect(all(scorned)).not.toMatch(/已記下您的訴求：賠償（/);
  });

  it('zh-TW (Cantonese): "冇單號係咪就幫唔到" at the number step is no, and "skip"', async () => {
    const [, asked] = await talk(h.adapter({ locale: 'zh-HK' }), [
      '個速遞員好hea 擺低喺樓下就走 我要投訴',
      '冇單號係咪就幫唔到我',
    ]);
    expect(all(asked)).toMatch(/唔係一定要/);
  });

  it('zh-TW: "那再寄一次運費誰出" in a complaint with no number is the returned-parcel rule, not the hold prices', async () => {
    const [, , asked] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '我的包裹在全家放太久被退回去了 我要客訴',
      '跳過',
      '那再寄一次運費誰出',
    ]);
    expect(all(asked)).toMatch(/退回的包裹/);
    expect(all(asked)).not.toMatch(/暫存與改送/);
  });

  it('zh-TW (Cantonese): "點解退返轉頭 我冇收過短訊" is the recorded reason, no warning of a text', async () => {
    const [asked] = await talk(h.adapter({ locale: 'zh-HK' }), [
      'EA526018152CN 點解退返轉頭？我冇收過短訊話放咗入智能櫃',
    ]);
    expect(all(asked)).toMatch(/收件人地址無法派送/);
    expect(all(asked)).not.toMatch(/短訊同我哋記錄唔夾/);
  });

  it('en: "where exactly is it now, a station near me?" after a speed-up is the parcel\'s place; "ticket number?" says a request has none', async () => {
    const [, , where, ticket] = await talk(h.adapter({ locale: 'en-US' }), [
      'YT6865635515058 is stuck, please speed it up',
      'recipient 7777',
      'where exactly is it now? at a station near me?',
      "what's the ticket number for that",
    ]);
    expect(all(where)).toMatch(/Wuhan sorting hub/);
    expect(all(where)).not.toMatch(/Staffed outlets/);
    expect(all(ticket)).toMatch(/no ticket number of its own/);
  });

  it('zh-CN: a village of a town is the new address, its clause alone', async () => {
    const [, , given] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF2210478832106 能不能改送到我老家',
      '收件人6666',
      '就是 大兴区礼贤镇东黄垡村村委会旁边 麻烦了',
    ]);
    expect(all(given)).toMatch(/改送到 大兴区礼贤镇东黄垡村村委会旁边（/);
  });
});
