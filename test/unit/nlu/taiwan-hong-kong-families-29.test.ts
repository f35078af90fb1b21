import { Nlu, labelOf } from '../../../src/nlu';

// Word families added for the rules-only misses of tuning batch 29 (#19: 330 Traditional Chinese messages written
// blind, half Taiwan Mandarin, half Hong Kong Cantonese). Every sentence here is our own, none is a fixture sentence,
// and main's rules before these families (7fc52a1) read none of them right: the model may know the wording from the
// batch, the rules alone must.
const rules = new Nlu({ mode: 'rules' });
const byRules = (text: string): string => labelOf(rules.analyze(text, new Date('2026-11-23T02:00:00Z')));

describe('Taiwan and Hong Kong families of tuning batch 29 (rules alone)', () => {
  it.each([
    ['HK', '我份快遞今日送唔送㗎'],
    ['TW', '請問我的包裹明天送不送'],
    ['HK', '想問係咪聽日派'],
    ['HK', '我嘅件入咗快遞櫃未'],
    ['TW', '想知道貨件的進度'],
    ['TW', '幫我確認一下送達了沒'],
  ])('whether it comes today, is in the locker yet, how far it has got: a tracking question; %s: %s', (_region, text) =>
    expect(byRules(text)).toBe('track'),
  );

  it.each([
    ['TW', '系統寫已領取 可是我根本沒領過', 'complaint.lost'],
    ['HK', '門口乜都冇 但系統話派咗', 'complaint.lost'],
    ['TW', '店員找了很久說沒有這件', 'complaint.lost'],
    ['HK', '官網寫兩個工作天 而家已經係第五個工作天', 'complaint.delay'],
    ['TW', '說禮拜二送到 現在都禮拜五了', 'complaint.delay'],
    ['TW', '以前三天就收到，這次怎麼這樣', 'complaint.delay'],
    ['HK', '騎單車送都仲快過你哋', 'complaint.delay'],
    ['HK', '張卡俾咗兩次錢 退返一次俾我', 'complaint.fee'],
    ['TW', '我秤過才3公斤，你們秤成6公斤', 'complaint.fee'],
    ['TW', '領貨時竟然要我補運費', 'complaint.fee'],
    ['TW', '司機一直嫌我動作慢', 'complaint.attitude'],
    ['HK', '師傅話唔搬上樓', 'complaint.attitude'],
    ['TW', '貨被司機從車上丟下來', 'complaint.attitude'],
    ['TW', '客服還嗆我說自己查', 'complaint.attitude'],
    ['TW', '包裹上收件人姓名被打錯', 'complaint.info_error'],
    ['TW', '查詢好幾天都沒有任何變動', 'complaint.info_error'],
    ['TW', '我的電話怎麼會印在別人的包裹上', 'complaint.info_error'],
  ])(
    'a grievance told the Taiwan or Hong Kong way: never collected, a working day counted, charged twice, weighed heavier, looked down on, a name typed wrong; %s: %s → %s',
    (_region, text, label) => expect(byRules(text)).toBe(label),
  );

  it.each([
    ['HK', '保價最高可以保到多少', 'faq.claim'],
    ['TW', '沒保價是不是就不賠', 'faq.claim'],
    ['HK', '遺失的話點計賠償', 'faq.claim'],
    ['TW', '賠償是按照購買價嗎', 'faq.claim'],
    ['TW', '寄打火機會被退嗎', 'faq.prohibited'],
    ['TW', '可以用你們寄香水嗎', 'faq.prohibited'],
    ['TW', '寄郵局跟寄你們哪個比較便宜', 'faq.fee'],
    ['HK', '中環有冇你哋嘅櫃位', 'faq.outlet'],
    ['HK', '有冇人可以打電話俾我', 'human'],
    ['TW', '有沒有人可以回電給我', 'human'],
    ['HK', '好 冇嘢喇', 'thanks'],
    ['HK', '得喇', 'thanks'],
    ['HK', '可唔可以遲一日先派', 'change_delivery'],
    ['TW', '收件人電話要更新一下', 'change_delivery'],
  ])(
    'questions, a person, a goodbye and a change: the most insurance covers, how a payout is counted, whether an item is sent back, which is cheaper, a counter, someone to call back, "nothing else", a day later; %s: %s → %s',
    (_region, text, label) => expect(byRules(text)).toBe(label),
  );
});
