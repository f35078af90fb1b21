import { ruleOn, type Found } from './case-rules';
import { wantsToComplain } from './complaint-words';
import { asksLockerFee } from './locker-fee';
import { idPhotoLine } from './id-photo';
import { asksQuestion } from './message-cues';
import { lookUpParcel } from './parcel-answer';
import { reply, say, type ClarifyOption, type ServiceFeeRule, type Turn } from './turn';

/**
 * "They said we must pay a 're-delivery fee' — is that even a real fee?", "送货上楼还要另外收钱的吗？", "搬上樓使唔使另外俾錢？"
 * (issue #17, blind 29: 10.1, 15.1 heard only the tracking number questioned): whether a fee exists or may be charged,
 * or whether a service costs extra, asked beside a complaint or a parcel — answered from the courier's rule on that
 * service (the knowledge files of the parcel's market), before anything else is asked.
 */

// A charge named or asked of: "fee", "surcharge", "cost extra", "收钱", "上楼费", "俾錢", "另外收100元".
const CHARGE =
  /\b(fees?|charges?|charged|surcharges?|cost|costs|pay|paid|free)\b|费|費|收钱|收錢|要钱|要錢|加钱|加錢|俾錢|畀錢|付钱|付錢|(另外|额外|額外|要|多)收|收[了咗我你]{0,2}\s*\d|(给|給|付|俾|畀)(了|咗)?\s*\d+\s*(块|塊|元|蚊)|(?<!\d)\d+\s*(yuan|rmb|hkd|ntd|dollars?|bucks)\b/i;
// Whether it is real or allowed, or whether the service costs more: "is that a real fee", "legit", "are they allowed
// to charge", "does it cost extra", "is there a charge for", "另外收钱", "合理吗", "有这个费吗", "使唔使另外俾錢".
const WHETHER =
  /\b(real|really|legit\w*|genuine|allowed|official|a thing|normal|supposed to)\b|\b(cost|charge|pay)\w*\b[^.?!\n]{0,12}\b(extra|more|anything|separately|additional)\b|\b(extra|additional) (fee|charge|cost)s?\b|\bis (there|it|that) (really |actually )?(a |an |any )?([\w-]+ )?(fee|charge|free)\b|另外|额外|額外|另收|加钱|加錢|合理|合法|正常|真的要|真係要|该收|該收|应该收|應該收|可以收|能收|有这个|有這個|有呢個|有这种|有這種|有呢種|(要|收)(不要|唔要)?(钱|錢|费|費)(吗|嗎|咩|㗎|呀|啊)?[?？]|要唔要(錢|俾錢|畀錢)|要(唔|不)要(收|付|俾|畀|另外收)?(钱|錢|费|費)|(收|要)(钱|錢|费|費)(吗|嗎|咩|㗎)|使唔使(俾|畀)?錢|收唔收(錢|費)|免费(吗|嗎)|免費(嗎|㗎|咩)|(规定|規定)(的|嘅)?(吗|嗎|咩|㗎)|(有|系|係|是)(这个|這個|呢個|这种|這種)?(规定|規定)|\bis (that|this|it) (your|a) (rule|policy)\b|(费|費)(到底)?(有没有|有沒有|有冇)/i;

// The service the charge is for, and the rule that answers it (first match wins: stairs are a door delivery's).
const SERVICES: [RegExp, ServiceFeeRule][] = [
  [
    /(?<![a-z])(upstairs|up the stairs|stairs)\b|\bno (lift|elevator)\b|上楼|上樓|爬楼|爬樓|楼梯|樓梯|电梯|電梯|𨋢/i,
    'upstairs',
  ],
  [
    /\bre-?deliver\w*|\bdeliver\w*\b[^.?!\n]{0,10}\bagain\b|\bsecond (delivery|attempt)\b|再派|再次派送|二次派送|重新派送|再送|再配送|重新配送|再次配送|二次配送/i,
    'redeliver',
  ],
  [
    /送货上门|送貨上門|送货到家|送貨到家|送貨到府|配送到府|\bdoor(step)? delivery\b|\bdeliver\w* to (my|the|our) door\b/i,
    'door',
  ],
];

/** The rule asked of a charge the message names for a service, if it asks whether that charge is real or extra. */
export function feeRuleAsked(text: string): ServiceFeeRule | undefined {
  if (!asksQuestion(text) || !CHARGE.test(text) || !WHETHER.test(text) || asksLockerFee(text)) return undefined;
  return SERVICES.find(([words]) => words.test(text))?.[1];
}

/**
 * Answers the question whether a service's charge is real or extra from the courier's rule, for the parcel the message
 * names (its market's rule) or the customer's market.
 * @returns whether it answered.
 */
export async function answerFeeRule(turn: Turn): Promise<boolean> {
  const rule = feeRuleAsked(turn.text);
  if (!rule) return false;
  const number = turn.reading.entities.trackingNumbers[0]?.number;
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  const parcel: Found | undefined = lookup?.kind === 'found' ? lookup : undefined;
  const answer = ruleOn(turn, rule, parcel);
  if (!answer) return false;
  // ("…非要我把身份证给他拍照，还说上楼费要给15块": no ID photo is needed either.)
  await reply(turn, [answer, idPhotoLine(turn)].filter(Boolean).join('\n'));
  turn.data.feeRuleTold = rule;
  return true;
}

// A charge told as made ("charged me", "收了我", "多收", "扣了"): a dispute, not a question on the rule.
const CHARGED =
  /\b(charged|overcharged|made me pay|i paid|took)\b|收了我|收咗我|多收|扣了|扣咗|(给|給|付|俾|畀)(了|咗)\s*\d*\s*(块|塊|元|蚊)?/i;
// A request to act on a parcel beside the question ("can you redeliver it tomorrow, is it free?"): the change needs it.
const ASKS_TO_ACT = /幫我|帮我|麻煩|麻烦|\bplease\b|\b(can|could) you\b|改到|改去|改成/i;

/**
 * "再派送收不收钱？", "如果我唔喺屋企，再送一次要唔要錢？", "is there a charge if you have to deliver again?" with no parcel
 * named (issue #17, blind batch 31: 30.1 heard "send the tracking number"): a question on the courier's rule, answered
 * from the customer's market's entry — no parcel asked for, no change or complaint started. A charge told as made, a
 * change asked for, a complaint said outright, or anger is read as usual.
 * @returns whether it answered.
 */
export async function answerFeeRuleAlone(turn: Turn): Promise<boolean> {
  const { reading, text } = turn;
  if (reading.entities.trackingNumbers.length > 0 || reading.entities.invalidTracking.length > 0) return false;
  // (A parcel spoken of in this chat answers for itself: "这次再送要钱吗？" after its change is that change's cost.)
  if (turn.data.lastTracking !== undefined) return false;
  if (reading.signals.anger >= 0.4 || reading.signals.escalationThreat) return false;
  if (CHARGED.test(text) || ASKS_TO_ACT.test(text) || wantsToComplain(text)) return false;
  const rule = feeRuleAsked(text);
  const answer = rule ? ruleOn(turn, rule) : undefined;
  if (!answer || !rule) return false;
  await reply(turn, [answer, idPhotoLine(turn)].filter(Boolean).join('\n'));
  turn.data.feeRuleTold = rule;
  return true;
}

// "so do I pay him or not", "那我要不要给他", "使唔使俾佢": whether to pay the courier who asked, after the rule was told.
const PAY_HIM =
  /\bdo i (have to |need to |still )?pay (him|her|them|the (guy|man|courier|driver|delivery \w+))\b|\bshould i pay (him|her|them|the (guy|man|courier|driver))\b|(要不要|需不需要|用不用|该不该|該不該|是不是要)(给|給|付|交)(他|她|快递员|快遞員|师傅|師傅)|(使唔使|要唔要|係咪要)(俾|畀)(佢|速遞員|師傅)/i;

// Another charge named: the postage, cash on delivery — "do I pay them the shipping when it arrives?" is theirs.
const OTHER_CHARGE =
  /\b(shipping|postage|freight|cod|cash on delivery|duty|duties|tax)\b|运费|運費|邮费|郵費|代收|货到付款|貨到付款|到付|关税|關稅|税|稅/i;

/**
 * "so do I pay him or not" after the rule on a service's charge was told in this chat (blind batch 43b: 03.4 heard the
 * parcel's status and "what would you like us to do?"): that rule again, for the conversation's parcel.
 * @returns whether it answered.
 */
export async function answerPayHimAfterRule(turn: Turn): Promise<boolean> {
  const rule = turn.data.feeRuleTold;
  if (!rule || !PAY_HIM.test(turn.text) || OTHER_CHARGE.test(turn.text)) return false;
  // (Said once: a later "do I pay them?" is about whatever is spoken of then — a stranger's review of bde5fa0.)
  turn.data.feeRuleTold = undefined;
  const number = turn.reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  const answer = ruleOn(turn, rule, lookup?.kind === 'found' ? lookup : undefined);
  if (!answer) return false;
  await reply(turn, answer);
  return true;
}

// "那15块能退吗", "can I get the 10 back?", "啲錢可唔可以退返俾我": the money the courier took for it, asked back.
const REFUND_ASKED =
  /(能|可以|可不可以|可唔可以|会不会|會不會|会|會)[^，。,.?？]{0,4}(退|还|還)|退(给|給|俾|畀|返|回)(我)?|退(吗|嗎|唔退|不退)|\b(refund|get (it|that|the \w+|my money) back|money back|pay (me )?back)\b/i;

/**
 * "那15块能退吗" after the rule on a service's charge was told (blind batch 47a: 07.5 was read as damaged goods): yes —
 * money a courier took for what the rule says is free is paid back through a complaint about him; the complaint is
 * offered (a fee dispute), never filed unasked. A photo of the ID taken is answered beside it.
 * @returns whether it answered.
 */
export async function answerRefundAfterRule(turn: Turn): Promise<boolean> {
  const rule = turn.data.feeRuleTold;
  if (!rule || !REFUND_ASKED.test(turn.text) || OTHER_CHARGE.test(turn.text)) return false;
  turn.data.feeRuleTold = undefined;
  const file: ClarifyOption = { title: say(turn, 'choice.complain'), intent: 'complaint', category: 'fee' };
  const human: ClarifyOption = { title: say(turn, 'choice.human'), intent: 'human' };
  turn.data.clarify = { options: [file, human], text: turn.text };
  await reply(
    turn,
    [say(turn, 'feeRule.refundHow'), idPhotoLine(turn)].filter(Boolean).join('\n'),
    [file, human].map((o) => ({ title: o.title, value: o.title })),
  );
  return true;
}
