import { botHarness, talk, type BotHarness } from './harness';

// Blind batch 29: "好，幫我留站啦" where the place was asked was read as a complaint, the button's own words typed back
// asked for the complaint's demand, and "keep it at the station, is there a storage fee?" got the claim-evidence text.
describe('a hold asked in typed words, with its fee and free days answered from the parcel market’s rules', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('takes "留站" in Cantonese where the place is asked, and answers the storage fee after', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-HK' }), [
      'SF1402837465921 聽日冇人喺屋企，可唔可以暫存？',
      '收件人電話尾數 4444',
      '得，就留站啦',
      '倉租點計？',
    ]);
    const all = replies.map((r) => r.join('\n'));
    expect(all[2]).toContain('已經叫同事將包裹留喺服務點俾你自己去攞');
    expect(all.join('\n')).not.toContain('點樣處理？例如賠償');
    expect(all[3]).toContain('暫存頭 3 日免費，之後每日 人民幣 1 元');
  });

  it('records a hold asked with a storage question in Simplified Chinese and answers the fee with it', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF1402837465921 能不能帮我留在网点，保管费怎么收？',
      '收件人尾号4444',
    ]);
    const proved = replies[1]?.join('\n') ?? '';
    expect(proved).toContain('网点');
    expect(proved).toContain('3 天');
  });

  it('takes "keep it at the station" with a storage-fee question as a hold in English, not claim evidence', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'SF1402837465921 when does it come?',
      "nobody's in tomorrow. could you keep it at your station for me? is storage charged, how many days are free?",
      '4444',
    ]);
    expect(replies[1]?.join('\n')).toContain('last 4 digits');
    expect(replies[1]?.join('\n')).not.toContain('Claim evidence');
    const proved = replies[2]?.join('\n') ?? '';
    expect(proved).toContain('hold it at the station');
    expect(proved).toContain('free for the first 3 days, then CNY 1 a day');
  });
});
