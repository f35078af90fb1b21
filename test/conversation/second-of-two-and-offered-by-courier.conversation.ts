import { botHarness, talk, type BotHarness } from './harness';

const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * Two numbers given with "the second one never came" (blind batch 43a: 11.1 heard that the first one, on time, was not
 * lost), and the parcel offered at filing taken up by its courier's name ("now the JT one … who signed??" went onto
 * the ticket just filed: 05.7). Wordings differ from the blind testers'.
 */
describe('the second of two numbers, and the offered parcel named by its courier', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it('zh-TW: "第二個好像一直沒到" of an on-time and a late parcel is about the late one — no "not lost" of the first', async () => {
    const [opening] = await talk(h.adapter({ locale: 'zh-TW' }), [
      '麻煩查一下 SF1402837465921 還有 SF2210478832106 第二個一直都沒收到',
    ]);
    expect(all(opening)).toMatch(/SF2210478832106/);
    expect(all(opening)).toMatch(/超過承諾送達日期 3 天/);
    expect(all(opening)).not.toMatch(/沒有遺失|正送往上海/);
    expect(all(opening)).not.toMatch(/另外登記一張客訴單/);
  });

  it('en: "the second one" of a late and an on-time parcel reassures about the on-time one', async () => {
    const [opening] = await talk(h.adapter({ locale: 'en-US' }), [
      'got two parcels SF2210478832106 and SF1402837465921 - the second one still isnt here, is it lost?',
    ]);
    expect(all(opening)).toMatch(/isn't lost: it's in our network on its way to Shanghai/);
    expect(all(opening)).not.toMatch(/What would you like us to do/);
  });

  it('zh-CN: an ordinal that labels a number ("第二个是 SF…") picks out neither', async () => {
    const [opening] = await talk(h.adapter({ locale: 'zh-CN' }), [
      '第一个是SF2210478832106 第二个是SF1402837465921 帮我查查',
    ]);
    expect(all(opening)).toMatch(/SF2210478832106/);
    expect(all(opening)).toMatch(/SF1402837465921/);
    expect(all(opening)).not.toMatch(/没有遗失|不算晚/);
  });

  it('en: after filing one, "now the JT one, I never got it, who signed??" begins the JT parcel\'s complaint', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'two problems EA526018152CN and JT0001234567890. EA was sent back for no reason, the JT one I never received',
      'i want an explanation',
      'no thanks, reply here',
      'submit',
      'ok the JT one now. never got it. who signed for it??',
    ]);
    const last = all(replies[replies.length - 1]);
    expect(last).toMatch(/JT0001234567890/);
    expect(last).not.toMatch(/added that to ticket/);
    expect(last).toMatch(/check who signed for JT0001234567890/);
  });
});
