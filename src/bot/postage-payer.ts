import { ruleOn } from './case-rules';
import { caseQuestionIn } from './case-questions';
import { lookUpParcel } from './parcel-answer';
import { wantsToComplain } from './start-intake';
import { reply, type Turn } from './turn';

/**
 * Who pays the postage (issue #17): "运费谁出", "運費是寄件人付還是收件人付", "運費邊個俾 可唔可以到付", "who pays the
 * shipping?" ask whether a parcel goes prepaid or freight collect (寄付 / 到付) — answered from the knowledge files (the
 * entry keyed `who pays postage` in every market and language, Hong Kong's with the cross-border rule for the Mainland),
 * not with cash on delivery of the goods, the price list or a fee complaint. Who pays to send a returned parcel again
 * stays the case question it is (case-questions.ts).
 */

// "运费谁出", "運費誰付", "運費邊個俾", "邮费谁付", "運費係咪收件人俾", "寄件人付还是收件人付", "寄付还是到付", "可唔可以到付",
// "who (usually) pays the shipping", "does the receiver pay the postage", "can it be freight collect", "can the receiver
// pay instead of me", "可以让收件人付吗", "可以讓我表哥那邊付運費嗎", "can my cousin pay the postage" (blind batch 42b 12.2). (Not 到付 inside 貨到付款, cash on delivery of the goods: cod-offered.ts.)
const WHO_PAYS =
  /(运费|運費|邮费|郵費|快递费|快遞費|寄费|寄費)[^，。,.?？]{0,6}(谁|誰|邊個|边个|哪方|哪一方)[^，。,.?？]{0,3}(出|付|给|給|俾|畀|负责|負責|承担|承擔|負擔|负担)|(谁|誰|邊個|边个)[^，。,.?？]{0,3}(出|付|俾|畀)[^，。,.?？]{0,3}(运费|運費|邮费|郵費)|(寄件人|寄方|寄件方)[^，。,.?？]{0,4}(付|出|俾)[^，。,.?？]{0,4}(还是|還是|定係|定)[^，。,.?？]{0,4}(收件人|收方|收件方)|(寄付|到付)[^，。,.?？]{0,2}(还是|還是|定係|定|或|或者)[^，。,.?？]{0,2}(寄付|到付)|(可以|可唔可以|可不可以|能不能|能唔能|可否|接唔接受|接不接受|支不支持|支唔支持|有没有|有沒有|有冇)[^，。,.?？]{0,4}(运费到付|運費到付|(?<![货貨])到付(?!款))|(运费|運費|邮费|郵費)[^，。,.?？]{0,6}(收件人|寄件人|收件方|寄件方|收方|寄方)[^，。,.?？]{0,3}(付|出|俾|畀|负责|負責|承担|承擔|負擔)|\bwho( \w+ly)? (pays|covers|is paying|should pay)\b[^.?!]{0,12}\b(shipping|postage|delivery fee|courier fee|freight|carriage)\b|\b(shipping|postage)\b[^.?!]{0,12}\bwho pays\b|\b(can|does|do|will) (the )?(receiver|recipient|they|he|she|buyer)\b[^.?!]{0,10}\bpay (the )?(shipping|postage|delivery)\b|\b(can|could|will) (the )?(receiver|recipient|addressee|buyer|other (person|side|end))\b[^.?!]{0,6}\bpay (instead|for (it|the (parcel|box|package|shipping|postage)))\b|(可以|可不可以|可唔可以|能不能|能唔能|能否|能)[^，。,.?？]{0,2}(让|讓|叫|由)?(收件人|收件方|收方|对方|對方)[^，。,.?？]{0,2}(付|出|俾|畀)(运费|運費|邮费|郵費|钱|錢)?(吗|嗎|呀|吖|嘛)?[？?]?$|\bfreight collect\b|\b(pay(ing)? on arrival|receiver pays|recipient pays)\b|(让|讓|叫|由)(?!我[下去来來自])[^，。,.?？]{1,12}(付|出|俾|畀)(运费|運費|邮费|郵費)|(运费|運費|邮费|郵費)[^，。,.?？]{0,4}(可以|可不可以|可唔可以|能不能|能)?(让|讓|叫|由)(?!我[下去来來自])[^，。,.?？]{1,12}(付|出|俾|畀)|\b(can|could) (my|the|our|his|her) \w+( \w+)? pay\b[^.?!]{0,20}\b(postage|shipping|delivery fee|for the (shipping|postage))\b/i;

const NOT_POSTAGE_PAYER =
  /\bcod\b|cash on delivery|代收|[货貨]到付款|[货貨]款|\bpay (me|us) back\b|\b(can|could) (the )?(courier|driver|you|company)\b[^.?!]{0,10}\bpay\b/i;

/**
 * Who pays the postage (prepaid or freight collect) is asked, no complaint nor the freight of a resend; nor the
 * freight of a return when a parcel is on its way back (`returnInView`: a caller that does not look leaves the return's
 * freight to the case question). "If I refuse it, who pays the return shipping?" of a parcel not sent back is this
 * question: freight collect refused is paid by the sender.
 */
export const asksWhoPaysPostage = (text: string, returnInView = true): boolean => {
  const caseAsked = caseQuestionIn(text);
  return (
    WHO_PAYS.test(text) &&
    // ("can my mum pay the COD and the shipping?", "can the courier pay me back the shipping fee?": cash on delivery
    // of the goods, or money back — review of 0bd6389.)
    !NOT_POSTAGE_PAYER.test(text) &&
    !wantsToComplain(text) &&
    caseAsked !== 'resend' &&
    !(caseAsked === 'returnFreight' && returnInView)
  );
};

/** The parcel in view (named, or the conversation's) is returned or on its way back. */
async function returnInView(turn: Turn): Promise<boolean> {
  const number = turn.reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  const found = number ? await lookUpParcel(turn.services, number) : undefined;
  return found?.kind === 'found' && (found.view.status === 'returned' || found.view.status === 'returning');
}

/** Who pays the postage, from the knowledge file of the customer's market; undefined when it has no entry. */
export const postagePayerAnswer = (turn: Turn): string | undefined => ruleOn(turn, 'postagePayer');

/** Answers "who pays the postage?" outside a complaint. */
export async function answerPostagePayer(turn: Turn): Promise<boolean> {
  const back = caseQuestionIn(turn.text) === 'returnFreight' && (await returnInView(turn));
  if (!asksWhoPaysPostage(turn.text, back)) return false;
  const answer = postagePayerAnswer(turn);
  if (!answer) return false;
  turn.data.lastFaq = 'faq.fee';
  await reply(turn, answer);
  return true;
}
