import { Nlu, labelOf } from '../../../src/nlu';
import { groundsOf } from '../../../src/nlu/combine';
import { detectCues } from '../../../src/nlu/cues';
import { normalize } from '../../../src/nlu/normalize';

// Word families added for the rules-only misses of tuning batches 30 and 31 (#19: Simplified Chinese written blind
// at the label borders — track against a delay, a case asked after against a new complaint, `other` with parcel
// words, a person asked for inside a complaint, a change worded as a plea — and by ordinary phone writers, dialect
// and senders) and 32 (English, the same borders). Every sentence here is our own, none is a fixture sentence, and
// the rules of the code that read the batches first (d38ce2b) read none of them right.
const rules = new Nlu({ mode: 'rules' });
const combined = new Nlu();
const at = new Date('2026-12-04T02:00:00Z');
const byRules = (text: string): string => labelOf(rules.analyze(text, at));
const combinedReading = (text: string): string => labelOf(combined.analyze(text, at));

describe('border families of tuning batches 30 to 32 (rules alone)', () => {
  it.each([
    ['zh-CN', '我那箱书是不是已经到小区驿站了'],
    ['zh-CN', '我的包裹是在丰巢还是在门卫那'],
    ['zh-CN', '还要多长时间啊 我那个件'],
    ['zh-CN', '月底前能送到吗'],
    ['zh-CN', '我的书到网点没有'],
    ['zh-CN', '今天有配送安排吗'],
    ['zh-CN', '衣服派出去了没'],
    ['zh-CN', '是不是还没发出来啊 我的那个件'],
    ['zh-CN', '麻烦看下揽收了没'],
    ['zh-CN', '小哥出发了没 我在楼下等'],
    ['zh-CN', '请问我的件在路上了吗'],
    ['zh-CN', '查一下物流 谢谢'],
    ['zh-CN', '取件码找不到了 帮我看看我的件在哪个柜子'],
    ['en', 'is the package arriving this week or next'],
    ['en', 'is the courier coming tomorrow or friday'],
    ['en', 'has my box got to Singapore yet'],
    ['en', 'when it reaches Penang pls tell me'],
  ])(
    'where or when the parcel is, asked (reached yet, sent out yet, on the way, coming today, which locker); thanks after the question and a pickup code not found do not make it a goodbye or a loss; %s: %s',
    (_lang, text) => expect(byRules(text)).toBe('track'),
  );

  it.each([
    ['zh-CN', '工单显示“受理中”好几天了'],
    ['zh-CN', '我的赔偿申请批下来了吗'],
    ['zh-CN', '我的赔偿款到账了没有'],
    ['zh-CN', '我提交的破损照片你们收到了没'],
    ['zh-CN', '上周登记的丢件调查有结果了吗'],
    ['zh-CN', '说好的退款什么时候能到账'],
    ['zh-CN', '之前上报过破损 有消息了吗'],
    ['en', 'where my claim stands now, any idea?'],
    ['en', 'I complained about the driver, has it been followed up?'],
    ['en', 'has the depot responded to my case yet'],
  ])(
    'a case or claim already made, asked after: its stage shown, approved yet, paid out yet, evidence received, a promised refund, a report made before; %s: %s',
    (_lang, text) => expect(byRules(text)).toBe('ticket_status'),
  );

  it.each([
    ['zh-CN', '在线有人工吗'],
    ['zh-CN', '麻烦转一下客服专员'],
    ['zh-CN', '别回复模板了 找个人来处理'],
    ['zh-CN', '能不能让人工接一下'],
    ['zh-CN', '请安排个客服跟我沟通'],
    ['zh-CN', 'rg'],
    ['en', 'a human being please, not this menu'],
    ['en', 'transfer me to someone from customer service pls'],
  ])('a person asked for; %s: %s', (_lang, text) => expect(byRules(text)).toBe('human'));

  it.each([
    ['zh-CN', '我们公司每月发几百单 有月结价吗', 'faq.fee'],
    ['zh-CN', '寄一箱书到拉萨啥价', 'faq.fee'],
    ['zh-CN', '寄到广州运费贵吗', 'faq.fee'],
    ['zh-CN', '寄个电视机运费咋算', 'faq.fee'],
    ['zh-CN', '按件数算钱还是按重量', 'faq.fee'],
    ['en', 'delivery fee for a sofa to Shenzhen?', 'faq.fee'],
    ['en', 'do you charge more for weekend delivery', 'faq.fee'],
    ['zh-CN', '我们镇上有你们的网点吗', 'faq.outlet'],
    ['zh-CN', '晚上十点后还有地方可以寄吗', 'faq.outlet'],
    ['zh-CN', '去哪寄国际件', 'faq.outlet'],
    ['zh-CN', '周六能去营业点寄东西吗', 'faq.outlet'],
    ['zh-CN', '原来街口那个营业点搬哪去了', 'faq.outlet'],
    ['zh-CN', '元旦那天营业点上班不', 'faq.outlet'],
    ['zh-CN', '楼下那个驿站是你们合作的吗', 'faq.outlet'],
    ['zh-CN', '烟花让寄吗', 'faq.prohibited'],
    ['zh-CN', '榴莲能走快递吗', 'faq.prohibited'],
    ['zh-CN', '电子烟能发吗', 'faq.prohibited'],
    ['en', 'can I carry lithium batteries in a parcel', 'faq.prohibited'],
    ['zh-CN', '丢件了是找商家还是找你们', 'faq.claim'],
    ['zh-CN', '丢了的话按什么价赔', 'faq.claim'],
    ['zh-CN', '晚到的话能退运费吗', 'faq.claim'],
    ['zh-CN', '保价有限额吗', 'faq.claim'],
    ['zh-CN', '理赔的页面在哪', 'faq.claim'],
    ['zh-CN', '我打算寄个花瓶 碎了能赔不', 'faq.claim'],
    ['en', 'should the sender or the receiver apply for compensation', 'faq.claim'],
    ['en', 'if the box arrives wet can i still claim', 'faq.claim'],
  ])(
    'questions before any dispute: a volume price, a price for an item or a place, how it is reckoned; where to send from, a holiday, an outlet moved or a partner; what may be sent; who handles a claim, how much is paid, a cap, a sender about to send; %s: %s → %s',
    (_lang, text, label) => expect(byRules(text)).toBe(label),
  );

  it.each([
    ['zh-CN', '外箱压塌了 好在里面的碗没碎', 'complaint.packaging'],
    ['zh-CN', '封口像被拆过又粘上的 东西倒是齐的', 'complaint.packaging'],
    ['zh-CN', '易碎品就包了一张报纸 太随意了', 'complaint.packaging'],
    ['zh-CN', '箱子里东西晃来晃去的 一点填充都没有', 'complaint.packaging'],
    ['zh-CN', '外面就缠了几圈胶带 连个箱子都没', 'complaint.packaging'],
    ['zh-CN', '寄来的香肠都长毛了', 'complaint.damaged'],
    ['zh-CN', '显示已签收 我家门口啥也没有', 'complaint.lost'],
    ['zh-CN', '说是送到了 可我压根没见着', 'complaint.lost'],
    ['zh-CN', '打开柜门是空的 什么都没有', 'complaint.lost'],
    ['zh-CN', '同城的件走了五天', 'complaint.delay'],
    ['zh-CN', '一次次往后拖 已经推了三次了', 'complaint.delay'],
    ['zh-CN', '在转运站躺了四天都不动', 'complaint.delay'],
    ['zh-CN', '那个快递员说话特别冲 爱答不理的', 'complaint.attitude'],
    ['zh-CN', '我问他件在哪 他说关我什么事', 'complaint.attitude'],
  ])(
    'grievances: the box harmed but the contents spared ("好在…没碎"), opened and resealed, wrapped in newspaper; mould; signed for and nothing there; a short trip taking days, put off again and again, lying at a depot; a curt courier; %s: %s → %s',
    (_lang, text, label) => expect(byRules(text)).toBe(label),
  );
});

describe('messages the model may not read a courier request into', () => {
  it.each([
    '帮我把这单快递开个电子发票',
    '快递纸箱你们回收吗',
    '快递站要兼职吗 我想去面试',
    '包裹的泡沫箱拿去卖废品能卖多少',
  ])(
    'an invoice, recycling boxes, a job, scrap: parcel words in a question that asks nothing of a parcel give the model no ground: %s',
    (text) => expect(groundsOf(detectCues(normalize(text)), 0).parcels).toBe(false),
  );
});

describe('a question about where or when the parcel is, with no grievance, is no delay or broken arrangement', () => {
  it.each([
    '月底前能送到吗 是婚礼要用的',
    '我儿子的药在路上了吗 快吃完了',
    '还要多久能到 孩子的开学用品',
    '包裹派出去了没有 家里老人等着用',
    'is the package arriving this week or next? need it for a wedding',
  ])('urgency or a reason is not lateness (LABELS.md: track, no dissatisfaction expressed): %s', (text) =>
    expect(combinedReading(text)).toBe('track'),
  );

  it.each([
    ['说好周五前到 现在还没到 还要多久', 'complaint.delay'],
    ['备注了周末送 结果周四就送来了 我不在家', 'complaint.special_request'],
  ])('guards: a promise passed is still a delay, an arrangement broken still one: %s → %s', (text, label) =>
    expect(combinedReading(text)).toBe(label),
  );
});
