import { COD } from './cod-words';

/**
 * Cash on delivery taken from the recipient at the door that they never owed (issue #17, blind batch 27: 05.1, 05.2):
 * "the courier made me pay 60 yuan cash on delivery, I already paid the shop online, I want it back", "快递员要我货到
 * 付款60块，我早就在网上付过了", "速遞員逼我俾貨到付款，我根本冇揀過" — a fee taken wrongly from the one who received
 * the parcel (a fee dispute, 费用争议), never a seller waiting for the COD money the courier owes them.
 */

// The recipient made to pay or charged: "made me pay", "charged me", "took 60 yuan off me", "I had to pay",
// "demanded cash", "要我付", "逼我俾", "收了我", "问我收", "我被收了".
const CHARGED_ME =
  /\b(made|make|making|forced|force|asked|told|got) (me|us) (to )?pay\b|\bcharged (me|us)\b|\b(i|we) (got|was|were) charged\b|\btook\b[^.?!]{0,20}\b(off|from) (me|us)\b|\b(i|we) (had to|was made to|were made to|was forced to|were forced to) pay\b|\bdemand(ed|ing)\b[^.?!]{0,15}\b(cash|money|payment|\d+)|(要|叫|逼|让|讓|迫|要求|强迫|強迫)(我|我哋|我们|我們)(先)?(付|给|給|交|俾|畀|支付|出)|(收|扣)(了|咗)(我|我哋)|(问|問)(我|我哋)(收|要)|(我|我哋)(被|俾人|畀人)(收|扣)/i;

// Why it was not owed: already paid, never chose it, or the money wanted back — "already paid (the shop) online",
// "never chose/agreed to COD", "I want that money back", "refund", "早就付过了", "冇揀過", "退返俾我".
const NOT_OWED =
  /\balready paid\b|\bpaid (the (shop|seller|store|merchant)|online|in advance|upfront|up front|by card)\b|\b(never|didn'?t|did not|not) (chose|choose|agreed?|ask(ed)? for|order(ed)?|opt(ed)? for|select(ed)?|pick(ed)?)\b|\bwant\b[^.?!]{0,15}\bback\b|\brefund\w*|(已|早|早就|已经|已經)[^，。,.!?！？]{0,4}(付|支付|俾|畀|给|給)|(付|俾|畀)(过|過|咗)(钱|錢|款)|(网上|網上|线上|線上|在线|在線|网购|網購)[^，。,.!?！？]{0,4}(付|支付|俾|畀)|(没|沒|冇|未)(有)?(选|選|揀|要求|同意|叫)|退(钱|錢|款|返|回)|(还|還)(给)?我|要(返|回)/i;

/** The message tells of cash on delivery charged to its recipient at the door that they did not owe. */
export const tellsCodChargedAtDoor = (text: string): boolean =>
  COD.test(text) && CHARGED_ME.test(text) && NOT_OWED.test(text);
