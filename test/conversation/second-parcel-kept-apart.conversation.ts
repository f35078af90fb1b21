import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Blind batch 51b (a second problem in the same chat), what was left: a person asked for in the middle of a complaint
 * dropped the other parcel the bot had promised to take down next, whose complaint then came back as a second "delay"
 * with none of its story; "这两个别给我混在一起 丢的那个我要赔钱 晚的那个…" heard that the loss was on this ticket already
 * and put both parcels' demands on it; "不要赔钱 赶紧送到" was filed with compensation; "an apology from him and i
 * dont want him delivering again" asked for the demand again. Wordings differ from the testers'.
 */
describe('a second parcel kept apart', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('en: a person asked for mid-complaint, the other parcel is offered next with its story and kind', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, [
      'where is SF2210478832106 its 3 days late',
      'also the courier who brought JT0001234567890 yesterday swore at my colleague and threw it over the gate',
    ]);
    const [person] = await talk(adapter, ['can a person call me about the late one']);
    expect(all(person)).toMatch(/passed your case/);
    expect(all(person)).toMatch(/Now JT0001234567890, the other parcel you mentioned/);
    await talk(adapter, ['and now the driver thing on JT0001234567890']);
    const [, summary] = await talk(adapter, [
      'an apology from him and i dont want him delivering to us again',
      'skip, reply here',
    ]);
    const said = all(summary);
    expect(said).toMatch(/Type: service attitude/);
    expect(said).toMatch(/swore at my colleague/);
    expect(said).toMatch(/You'd like: an apology/);
  });

  it('zh-CN: "这两个别给我混在一起" — two tickets, and each parcel keeps its own demand', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    await talk(adapter, ['782828807290222 八天没动了 是不是丢了', '还有一个 SF2210478832106 也晚了三天']);
    const [apart] = await talk(adapter, ['这两个别给我混在一起 丢的那个我要赔钱 晚的那个我只要赶紧送到']);
    expect(all(apart)).toMatch(/两张，一个包裹一张/);
    expect(all(apart)).toMatch(/已记下您的诉求：赔偿。/);
    expect(all(apart)).not.toMatch(/同一张工单/);
    const [summary] = await talk(adapter, ['13991235555']);
    expect(all(summary)).toMatch(/诉求：赔偿\n/);
    expect(all(summary)).not.toMatch(/重新派送/);
    await talk(adapter, ['提交']);
    const [second] = await talk(adapter, ['好 晚的那个也登记']);
    expect(all(second)).toMatch(/晚的那个我只要赶紧送到/);
    expect(all(second)).toMatch(/诉求：重新派送/);
  });

  it('zh-TW (Cantonese): "唔好撈埋一齊" — two tickets, the lost one\'s demand on this one', async () => {
    const adapter = h.adapter({ locale: 'zh-HK' });
    await talk(adapter, ['782828807290222 八日冇郁過 係咪唔見咗', '仲有 SF2210478832106 都遲咗三日']);
    const [apart] = await talk(adapter, ['唔好撈埋一齊呀 唔見嗰件我要賠錢 遲咗嗰件快啲送到就得']);
    expect(all(apart)).toMatch(/兩張，一件貨一張/);
    expect(all(apart)).toMatch(/已經記低你嘅要求：賠償。/);
  });

  it('en: "keep them separate" — the lost one\'s compensation is this complaint\'s demand', async () => {
    const adapter = h.adapter({ locale: 'en-US' });
    await talk(adapter, ['782828807290222 hasnt moved in 8 days, is it lost?', 'also SF2210478832106 is 3 days late']);
    const [apart] = await talk(adapter, [
      'keep them separate please. for the lost one i want compensation, the late one just deliver it asap',
    ]);
    expect(all(apart)).toMatch(/Two tickets, one per parcel/);
    expect(all(apart)).toMatch(/what you'd like: compensation\./);
  });

  it('zh-CN: "不要赔钱 赶紧给我送到就行" is a redelivery, never compensation', async () => {
    const [, summary] = await talk(h.adapter({ locale: 'zh-CN' }), [
      'SF2210478832106 晚了三天了 不要赔钱 赶紧给我送到就行',
      '13991235555',
    ]);
    expect(all(summary)).toMatch(/诉求：重新派送/);
    expect(all(summary)).not.toMatch(/赔偿/);
  });

  it('zh-TW: "不用賠錢 趕快送來就好" in the opening is a redelivery only', async () => {
    const [, summary] = await talk(h.adapter({ locale: 'zh-TW' }), [
      'SF2210478832106 已經遲了三天 我要客訴 不用賠錢 趕快送來就好',
      '0912345678',
    ]);
    expect(all(summary)).toMatch(/訴求：重新派送\n/);
  });

  it('en: "no compensation needed, just get it to me" is a redelivery only', async () => {
    const [, summary] = await talk(h.adapter({ locale: 'en-US' }), [
      "SF2210478832106 is 3 days late, I'm complaining. no compensation needed just get it to me",
      '13912345678',
    ]);
    expect(all(summary)).toMatch(/You'd like: redelivery\n/);
  });
});
