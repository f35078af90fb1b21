import { botHarness, talk, type BotHarness } from './harness';

/**
 * The claim rules asked in the middle of a complaint, or beside another claims question (issue #17, blind batch 27:
 * 15.6, 06.2, 22.3): what a delay gives back at the summary, a claim's papers and its time limit together at the
 * remedy question — never "I can't answer that here", nor the caps for a receipt asked about as evidence.
 */
describe('the claim rules answered at any step of a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  const last = (replies: string[][]): string => (replies.at(-1) ?? []).join('\n');

  it('says what a delay gives back when asked at the summary, then asks to submit again (en)', async () => {
    const replies = await talk(h.adapter({ locale: 'en-US' }), [
      'I want to complain, SF2210478832106 is late again',
      'an explanation',
      '3333',
      'you can reach me here',
      "it's days overdue, is there any compensation for that?",
    ]);
    const said = last(replies);
    expect(said).toContain('express surcharge');
    expect(said).toContain('Shall I submit it?');
    expect(said).not.toContain("can't answer");
  });

  it('says what a delay gives back when asked at the summary (zh-CN)', async () => {
    const said = last(
      await talk(h.adapter({ locale: 'zh-CN' }), [
        '投诉一下 SF2210478832106 一直没到',
        '给个说法',
        '3333',
        '就在这里回复我',
        '拖了这么多天，延误有赔偿吗',
      ]),
    );
    expect(said).toContain('特快费');
    expect(said).toContain('确认提交吗');
    expect(said).not.toContain('答不上来');
  });

  it('says what a delay gives back when asked at the summary (zh-TW)', async () => {
    const said = last(
      await talk(h.adapter({ locale: 'zh-TW' }), [
        '我要客訴 SF2210478832106 遲遲沒送到',
        '給個說法',
        '3333',
        '在這裡回覆我就好',
        '延誤了好幾天，會補償嗎',
      ]),
    );
    expect(said).toContain('只是晚到');
    expect(said).toContain('確認提交嗎');
  });

  it('answers the papers and the time limit of a damage claim beside the demand (en)', async () => {
    const said = last(
      await talk(h.adapter({ locale: 'en-US' }), [
        'JT0001234567890 came today and the glass bowl inside is smashed',
        "I'd like to be compensated. which documents does the claim need, and is there a deadline to claim?",
      ]),
    );
    expect(said).toContain('Claim evidence');
    expect(said).toContain('7 days from delivery');
    expect(said).toContain('How can we reach you');
  });

  it('answers photos and a receipt asked as evidence with the evidence rule, not the caps (en)', async () => {
    const said = last(
      await talk(h.adapter({ locale: 'en-US' }), [
        'JT0001234567890 arrived and the lamp is broken, the sender insured it',
        'money back please. what should I send you, pictures? the receipt? how many days do I have?',
      ]),
    );
    expect(said).toContain('Claim evidence');
    expect(said).toContain('7 days from delivery');
    expect(said).not.toContain('not insured on its waybill');
  });

  it('answers the papers and the time limit of a damage claim beside the demand (zh-CN)', async () => {
    const said = last(
      await talk(h.adapter({ locale: 'zh-CN' }), [
        'JT0001234567890 今天收到，里面的玻璃碗碎了',
        '我要赔偿。理赔要准备哪些材料？有没有期限？',
      ]),
    );
    expect(said).toContain('理赔证据');
    expect(said).toContain('7 天内');
    expect(said).toContain('联系电话');
  });

  it('answers the papers and the time limit of a damage claim beside the demand (zh-TW)', async () => {
    const said = last(
      await talk(h.adapter({ locale: 'zh-TW' }), [
        'JT0001234567890 今天到了，裡面的玻璃碗摔碎了',
        '我要賠償。索賠需要提供什麼證明？有時限嗎？',
      ]),
    );
    expect(said).toContain('理賠證據');
    expect(said).toContain('7 天內');
  });

  it.each([
    [
      'en-US',
      'how much does insurance cost? and if something arrives broken, which documents do I need for the claim?',
      'Claim evidence',
    ],
    ['zh-CN', '保价怎么收费？要是东西寄坏了，理赔需要提供什么材料？', '理赔证据'],
    ['zh-TW', '保價費怎麼算？如果收到時壞了，理賠要準備什麼資料？', '理賠證據'],
  ])(
    'answers the papers a claim takes beside the insurance rate, outside a complaint (%s)',
    async (locale, text, rule) => {
      const said = last(await talk(h.adapter({ locale }), [text]));
      expect(said).toContain(rule);
      expect(said).toMatch(/1%/);
    },
  );
});
