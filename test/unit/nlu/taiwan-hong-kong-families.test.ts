import { Nlu, labelOf } from '../../../src/nlu';

// Taiwan Mandarin and Hong Kong Cantonese word families added for the misses of tuning batch 25 (#19), each
// checked with sentences of our own in both regional forms — none of them is a fixture sentence. The rules alone
// must read them: the model may not have seen the wording.
const rules = new Nlu({ mode: 'rules' });
const byRules = (text: string): string => labelOf(rules.analyze(text, new Date('2026-11-23T02:00:00Z')));

describe('Taiwan and Hong Kong word families (rules alone)', () => {
  describe('asking after a complaint or claim already made is ticket_status', () => {
    it.each([
      ['hk', '我上個月個投訴有冇人跟緊？'],
      ['hk', '份索償表交咗兩個禮拜，批咗未'],
      ['hk', '我個索償審緊嗎'],
      ['tw', '上次申請的理賠審核中嗎'],
      ['tw', '理賠申請批了沒'],
      ['tw', '我上週的客訴處理狀態如何'],
      ['hk', '上星期投訴咗，想問下後續'],
      ['tw', '我的申訴結案了沒'],
      ['hk', '投訴咗，你哋收到未？'],
      ['hk', '我個投訴仲要等幾耐'],
      ['hk', '索償仲需要補交啲乜嘢文件'],
      ['hk', '我嗰單投訴而家點呀'],
      ['tw', '我的客訴現在怎麼樣'],
      ['hk', '幫我check下我個投訴'],
      ['hk', '之前投訴過，客服話三日內打返嚟，到而家都未有'],
      ['hk', '投訴咗咁耐，你哋聯絡咗個司機未'],
      ['tw', '我的理賠申請受理了嗎'],
      ['tw', '投訴調查結果出來了沒'],
      ['hk', '上禮拜投訴咗仲未有回覆'],
    ])('%s: %s', (_region, text) => expect(byRules(text)).toBe('ticket_status'));

    it('how long a claim takes in general is faq.claim, not the progress of one (先有結果 is no "any result yet")', () => {
      expect(byRules('理賠一般要幾耐先有結果')).toBe('faq.claim');
      expect(byRules('索償要唔要影相做證據')).toBe('faq.claim');
      expect(byRules('申請理賠需不需要照片')).toBe('faq.claim');
    });
  });

  it.each([
    ['hk', '叫個職員打電話俾我啦'],
    ['hk', '麻煩你哋經理call我'],
    ['tw', '請專員打電話給我'],
    ['hk', '搵個真人聽電話'],
    ['hk', '我想同真人講'],
    ['tw', '可以跟真人說嗎'],
    ['hk', '要人呀'],
    ['tw', '你們主管在哪'],
    ['tw', '客服呢？'],
  ])('asks for a person, %s: %s → human', (_region, text) => expect(byRules(text)).toBe('human'));

  it.each([
    ['hk', '我架件出咗車未'],
    ['tw', '我的包裹出車了沒'],
    ['hk', '速遞員派緊未'],
    ['tw', '包裹簽收了沒'],
    ['hk', '係咪仲喺葵涌倉？'],
    ['tw', '是不是還在轉運中心'],
    ['hk', '今日會唔會送到'],
    ['tw', '明天會不會送到'],
    ['hk', '到咗轉運中心未'],
    ['tw', '寄去新竹要幾天'],
  ])('where it is or when it comes, %s: %s → track', (_region, text) => expect(byRules(text)).toBe('track'));

  it.each([
    ['hk', '寄去離島有冇附加費'],
    ['tw', '寄到花蓮有沒有偏遠地區費'],
    ['hk', '週末上門收件要唔要加錢'],
    ['hk', '有冇運費表可以睇'],
    ['tw', '運費試算在哪裡'],
    ['hk', '寄包裹用海運同空運價錢差幾多'],
    ['tw', '超商取貨跟宅配價錢一樣嗎'],
    ['hk', '寄一箱書去台南要幾多'],
  ])('a price question, %s: %s → faq.fee', (_region, text) => expect(byRules(text)).toBe('faq.fee'));

  it('要幾多 asks a price, 要幾多日 a time', () => {
    expect(byRules('寄一箱書去台南要幾多')).toBe('faq.fee');
    expect(byRules('寄一箱書去台南要幾多日')).toBe('track');
  });

  it.each([
    ['hk', '可唔可以延後派送'],
    ['tw', '可以延後配送嗎'],
    ['hk', '件貨先留住，唔好送住'],
    ['tw', '先放著不要送，等我回家再送'],
    ['tw', '收件地址改一下'],
    ['hk', '幫我改聽日下晝送'],
    ['hk', '聽日唔喺度，可唔可以改後日'],
  ])('a change asked for, %s: %s → change_delivery', (_region, text) => expect(byRules(text)).toBe('change_delivery'));

  it('寄存 (hold it for me) is a change, not a question of what may be sent', () => {
    expect(byRules('可以寄存喺門市嗎')).toBe('change_delivery');
    expect(byRules('可以寄兩支香水過去嗎')).toBe('faq.prohibited');
  });

  it.each([
    ['hk', '打風嗰日門市開唔開'],
    ['tw', '颱風天營業所有開門嗎'],
  ])('opening in a typhoon or a holiday, %s: %s → faq.outlet', (_region, text) =>
    expect(byRules(text)).toBe('faq.outlet'),
  );

  it.each([
    ['hk', '你哋架車成日阻住我舖頭門口'],
    ['tw', '司機把貨車停在騎樓擋住出入口'],
    ['hk', '熱線打咗成朝都冇人聽'],
    ['tw', '客服電話打了一整天都打不通'],
    ['tw', '你們公司真的很爛'],
  ])('a grievance of no category, %s: %s → complaint.other', (_region, text) =>
    expect(byRules(text)).toBe('complaint.other'),
  );

  it('"3q" is thanks', () => expect(byRules('ok 3q')).toBe('thanks'));
});
