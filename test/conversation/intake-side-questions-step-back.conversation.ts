import { botHarness, talk, type BotHarness } from './harness';

/**
 * Side questions at a complaint's steps are answered, and the step the intake was on is asked again after each:
 * "where do I send the photos?" is said here with the attachment button (in other words when asked again), the
 * uninsured rule asked beside it is given then, "how long will you keep it?" is the storage period, and several
 * questions in a row never let the demand question go (blind-30 02.3, blind-31 15.4).
 */
describe('side questions at the intake steps', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('answers where photos go and the uninsured rule together in English, then the contact question', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'JT0001234567890 came today and the teapot inside is in pieces',
      'recipient here, 1111, compensation please',
      'got pictures of it - where should they go? and nobody insured it, so is there no payout at all?',
      'where should the pictures go?',
    ]);
    const said = replies[2]?.join('\n') ?? '';
    expect(said).toContain('paperclip button');
    expect(said).toContain('Uninsured parcels');
    expect(said).toContain('not insured on its waybill');
    expect(said).not.toContain('Claim evidence');
    expect(replies[2]?.at(-1)).toContain('How can we reach you?');
    // Asked again: other words, never the same reply twice.
    const again = replies[3]?.join('\n') ?? '';
    expect(again).toContain('Right here in this chat');
    expect(again).not.toContain('To send photos here');
    expect(replies[3]?.at(-1)).toContain('How can we reach you?');
  });

  it('says in Simplified Chinese that photos go here, taking the demand said beside the question', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-CN' }), [
      'JT0001234567890 今天到的 里面的茶壶碎成几块了',
      '收件人 1111',
      '要赔偿 图片都拍好了 发到哪里啊',
    ]);
    const said = replies[2]?.join('\n') ?? '';
    expect(said).toContain('回形针按钮');
    expect(said).not.toContain('目前状态');
    expect(said).not.toContain('暂无具体要求');
    expect(replies[2]?.at(-1)).toContain('联系电话或邮箱');
  });

  it('gives the uninsured rule in Taiwan Chinese beside where the photos go', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-TW' }), [
      'JT0001234567890 今天到了 裡面的茶壺碎掉了',
      '收件人 1111 我要賠償',
      '照片要傳到哪裡？寄件人也沒有保價，這樣是不是完全拿不到錢？',
    ]);
    const said = replies[2]?.join('\n') ?? '';
    expect(said).toContain('迴紋針按鈕');
    expect(said).toContain('未保價');
    expect(said).not.toContain('理賠證據');
    expect(replies[2]?.at(-1)).toContain('聯絡電話或郵箱');
  });

  it('says in Cantonese where photos go and the uninsured rule, never taking "not a dollar" for a value', async () => {
    const replies = await talk(h.adapter({ locale: 'zh-HK' }), [
      'JT0001234567890 今日到咗 入面個茶壺碎晒',
      '收件人 1111 我要賠償',
      '啲相要send去邊度？寄件人又冇買保價，即係一蚊都攞唔返？',
    ]);
    const said = replies[2]?.join('\n') ?? '';
    expect(said).toContain('萬字夾');
    expect(said).toContain('未保價');
    expect(said).not.toContain('件貨值幾多我記低咗');
  });

  it('comes back to the demand after three side questions in English, and tells the storage period', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'JT0001234567890 arrived and the lamp is smashed',
      'last 4 digits 1111',
      'when will I hear from someone?',
      'is it going to be treated as urgent?',
      'who actually deals with this?',
      'refund',
      'how many days do you hold it for?',
    ]);
    for (const i of [2, 3, 4]) {
      expect(replies[i]?.at(-1)).toContain('What would you like us to do?');
      expect(replies[i]?.join('\n')).not.toContain('no specific demand');
    }
    expect(replies[2]?.join('\n')).toContain('within 2 hours');
    const kept = replies[6]?.join('\n') ?? '';
    expect(kept).toContain('How long a parcel is kept');
    expect(kept).not.toContain('Claim evidence');
    expect(replies[6]?.at(-1)).toContain('How can we reach you?');
  });

  it('tells the storage period in Simplified Chinese and Cantonese, then the contact question', async () => {
    const cn = await talk(h.adapter({ locale: 'zh-CN' }), [
      'JT0001234567890 到了 台灯摔坏了',
      '1111',
      '退款',
      '包裹你们能保管几天？',
    ]);
    expect(cn[3]?.join('\n')).toContain('保管期');
    expect(cn[3]?.join('\n')).not.toContain('答不上来');
    expect(cn[3]?.at(-1)).toContain('联系电话或邮箱');
    const hk = await talk(h.adapter({ locale: 'zh-HK' }), [
      'JT0001234567890 到咗 盞燈跌爛咗',
      '1111',
      '退款',
      '件嘢可以擺幾耐？',
    ]);
    expect(hk[3]?.join('\n')).toContain('保管期');
    expect(hk[3]?.join('\n')).not.toContain('答唔到');
  });
});
