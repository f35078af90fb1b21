import { Nlu, labelOf } from '../../../src/nlu';

// Word families added for the rules-only misses of tuning batch 27 (#19: 990 Traditional Chinese messages, Taiwan
// Mandarin and Hong Kong Cantonese written to probe complaint.other, ticket_status and the other label borders). Every
// sentence here is our own, none is a fixture sentence, and main's rules before these families (6d7fbed) read none
// of the first 29 right: the model may know the wording from the batch, the rules alone must read it.
const rules = new Nlu({ mode: 'rules' });
const byRules = (text: string): string => labelOf(rules.analyze(text, new Date('2026-11-23T02:00:00Z')));

describe('Taiwan and Hong Kong word families of tuning batch 27 (rules alone)', () => {
  it.each([
    ['tw', '理賠申請了一個月，一直沒有任何消息', 'ticket_status'],
    ['hk', '我申訴咗成個月，仲未有人覆我', 'ticket_status'],
    ['tw', '上個月申請的保價理賠，審到哪裡了', 'ticket_status'],
    ['hk', '索償個案而家去到邊度', 'ticket_status'],
    ['tw', '理賠款什麼時候會匯過來', 'ticket_status'],
    ['hk', '我份索償幾時批落嚟', 'ticket_status'],
    ['tw', '上次補交了單據，你們有沒有收到', 'ticket_status'],
    ['hk', '張索償單批唔批得，俾個答案我', 'ticket_status'],
    ['tw', '我的客訴編號 A1234 麻煩查一下狀態', 'ticket_status'],
    ['hk', '經理話今日會覆我，而家都冇消息', 'ticket_status'],
    ['tw', '我之前投訴過送貨員，想知道後來怎麼處理', 'ticket_status'],
    ['hk', '上次投訴咗件貨爛咗，有冇人睇過我個投訴', 'ticket_status'],
    ['tw', '你們答應要退我運費，錢呢？', 'ticket_status'],
    ['hk', '之前send咗單據俾你哋，冇人覆', 'ticket_status'],
    ['tw', '我的申訴回覆到現在還沒收到', 'ticket_status'],
    ['hk', '投訴咗COD入錯數兩個禮拜，都冇人理，激死', 'ticket_status'],
  ])(
    'asking after a complaint, claim or evidence already filed (投訴咗三日, 之前申請理賠, 上次send咗單據), also angry or with the grievance told again, or a case asked after by its stage, its payout or a promise; %s: %s → %s',
    (_region, text, label) => expect(byRules(text)).toBe(label),
  );

  it.each([
    ['hk', '件貨無啦啦退返去寄件人度，又冇講原因', 'complaint.other'],
    ['tw', '包裹沒通知一聲就退運回來了', 'complaint.other'],
    ['hk', '部自助寄件機又死機，張單印唔出', 'complaint.other'],
    ['tw', 'APP一直當掉，寄件資料根本填不完', 'complaint.other'],
    ['tw', '我的會員點數被扣光了也沒說明', 'complaint.other'],
    ['hk', '熱線 2345 6789 打咗三次都冇人聽', 'complaint.other'],
    ['tw', '線上客服回答都答非所問', 'complaint.other'],
    ['tw', '門市沒公告就提早關門，害我白跑', 'complaint.other'],
    ['hk', '你哋啲宣傳短信日日都send，好煩', 'complaint.other'],
    ['hk', '你哋間公司有冇搞錯，我要complain', 'complaint.other'],
    ['tw', '我要反映你們的問題', 'complaint.other'],
    ['tw', '真的是有夠爛的服務', 'complaint.other'],
  ])(
    'complaints of no named category: returned for no reason, the app, site or machine failing, member points gone, a hotline or chat robot that does not help, an outlet shut without notice, advertising messages, "I want to complain" alone; %s: %s → %s',
    (_region, text, label) => expect(byRules(text)).toBe(label),
  );

  it.each([['tw', '剛才傳錯了，sorry', 'other']])(
    'a message sent by mistake is no complaint about wrong information; %s: %s → %s',
    (_region, text, label) => expect(byRules(text)).toBe(label),
  );

  it.each([
    ['tw', '我真的要投訴了', 'complaint.other'],
    ['tw', '寄來的機器壞了', 'complaint.damaged'],
    ['tw', '收件地址打錯了 麻煩幫我改', 'change_delivery'],
    ['tw', '貨態三天沒更新，系統是不是壞了', 'complaint.info_error'],
    ['tw', '我的包裹到哪個營業所了', 'track'],
    ['hk', '我想投訴，件貨遲咗三日', 'complaint.delay'],
  ])(
    'what the families leave alone: about to complain, a damaged machine, a mistyped address to change, tracking not updated, a parcel at an outlet, a complaint with its grievance; %s: %s → %s',
    (_region, text, label) => expect(byRules(text)).toBe(label),
  );
});
