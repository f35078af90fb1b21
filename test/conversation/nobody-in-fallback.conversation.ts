import { botHarness, send, type BotHarness } from './harness';

// Where to leave the parcel if nobody is in, asked about a delivery the customer has waiting, goes on that request as
// a fallback beside its day and time — said back as added — never "yes" with nothing recorded, nor an offer to swap
// the delivery for a locker hold (blind-31 11.4).
describe('a place to leave the parcel if nobody is in, on a waiting delivery', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  async function requested(number: string) {
    const requests = await h.store.deliveryChanges.list({ trackingNumber: number, limit: 5 });
    return requests.filter((r) => r.status === 'requested');
  }

  it('adds a locker as the fallback beside the Saturday delivery, in Simplified Chinese', async () => {
    const chat = h.adapter({ locale: 'zh-CN' });
    await send(chat, 'SF1402837465921 这两天家里没人，改成周六送可以吗');
    await send(chat, '收件人尾号4444');
    const said = (await send(chat, '如果那天家里还是没人，可以放快递柜吗')).join('\n');
    expect(said).toMatch(/已补充：[^\n]*周六[^\n]*家里没人时放快递柜/);
    expect(said).not.toContain('我没有做改动');
    expect(said).not.toContain('原来的请求会同时撤回');
    const [request] = await requested('SF1402837465921');
    expect(request?.kind).toBe('redeliver');
    expect(request?.details.nobodyIn).toEqual({ place: 'locker' });
    expect(request?.details.date).toBe('2026-11-28');
  });

  it('adds it beside the day and the time asked, in English', async () => {
    const chat = h.adapter({ locale: 'en-US' });
    await send(chat, 'could SF1402837465921 come on Saturday afternoon instead? after 3pm');
    await send(chat, 'recipient, 4444');
    const said = (await send(chat, "in case nobody's in on the day, is a parcel locker ok?")).join('\n');
    expect(said).toMatch(/Added: [^\n]*Sat, Nov 28 after 15:00, to go to a parcel locker if nobody is in/);
    expect(said).not.toContain("I haven't changed it");
    const [request] = await requested('SF1402837465921');
    expect(request?.kind).toBe('redeliver');
    expect(request?.details.after).toBe('15:00');
    expect(request?.details.nobodyIn?.place).toBe('locker');
  });

  it('says the fallback in Cantonese, in Hong Kong', async () => {
    const chat = h.adapter({ locale: 'zh-TW' });
    await send(chat, 'SF1402837465921 可唔可以改做星期六先派？');
    await send(chat, '收件人尾數4444');
    const said = (await send(chat, '萬一嗰陣屋企冇人，放喺樓下智能櫃得唔得？')).join('\n');
    expect(said).toMatch(/已經補充：[^\n]*屋企冇人嘅話放喺/);
    expect(said).not.toContain('原本嘅要求會一齊撤回');
    const [request] = await requested('SF1402837465921');
    expect(request?.details.nobodyIn?.place).toBe('locker');
  });

  it('says the fallback in Taiwan Mandarin, with the store named', async () => {
    const chat = h.adapter({ locale: 'zh-TW' });
    await send(chat, 'SF1402837465921 可以改成星期六再配送嗎？');
    await send(chat, '收件人末四碼4444');
    const said = (await send(chat, '假如當天沒人簽收，就放全家便利商店好了')).join('\n');
    expect(said).toMatch(/已補充：[^\n]*家裡沒人時放[^\n]*全家/);
    const [request] = await requested('SF1402837465921');
    expect(request?.kind).toBe('redeliver');
    expect(request?.details.nobodyIn?.place).toBe('convenience_store');
  });

  it('still offers a station pickup as another option when no absence is said', async () => {
    const chat = h.adapter({ locale: 'en-US' });
    await send(chat, 'could SF1402837465921 come on Saturday afternoon instead? after 3pm');
    await send(chat, 'recipient, 4444');
    const said = (await send(chat, "if the afternoon doesn't work out, could I collect it from the station?")).join(
      '\n',
    );
    expect(said).not.toContain('if nobody is in');
    const [request] = await requested('SF1402837465921');
    expect(request?.details.nobodyIn).toBeUndefined();
  });
});
