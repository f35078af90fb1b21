import { ruleOn, type Found } from './case-rules';
import { lookUpParcel } from './parcel-answer';
import { reply, say, type Turn } from './turn';

/**
 * "客户那边货急着要 我要不要再补发一票？", "should I just send another one?": a sender asking whether to send the goods again
 * while a parcel is looked for (blind batch 47b: 10.4 had a speed-up ordered). The decision is theirs: they hear when the
 * parcel counts as lost (the market's rule) and that its claim stands whether or not they resend — nothing is ordered.
 */
const WHETHER_TO_RESEND =
  /(要不要|要唔要|该不该|該不該|应不应该|應不應該|用不用|使唔使|需不需要|需唔需要|是不是要|係咪要)[^，。?？]{0,8}(再|重新)?(补发|補發|补寄|補寄|重发|重發|再发|再發|再寄|重寄|寄过|寄過|寄多)|(应该|應該|应不应该|應不應該|该|該)[^，。?？]{0,10}(再寄|重寄|补寄|補寄|再发|再發|寄多)|(叫|请|請|让|讓|搵)[^，。?？]{0,8}(再寄|重寄|补寄|補寄|寄多)[^，。]{0,4}(吗|嗎|呢|好唔好|好不好|[?？])|\bshould (i|we|he|she|they|my \w+) (just )?(resend|send (another|a new one|a replacement|it again|a new \w+))\b|\bshould (i|we) (get|have) (a new|another) \w+ sent\b|\bshould (i|we)\b[^.?!]{0,30}\b(send|courier|post|ship)\w* (a new|another|a replacement)\b|\bdo (i|we) (need|have) to (resend|send (another|a replacement))\b/i;

/** The message asks whether the customer should send the goods again themselves. */
// Photos, a receipt or a message sent again ("要不要重发照片", "do I need to resend the photos?") is the claim's evidence.
const NOT_GOODS =
  /照片|相片|图片|圖片|截图|截圖|发票|發票|收据|收據|资料|資料|信息|訊息|消息|投诉|投訴|客訴|工单|工單|\b(photos?|pictures?|pics?|screenshots?|receipts?|invoices?|messages?|emails?|details|complaints?|tickets?|forms?)\b/i;
export const asksWhetherToResend = (text: string): boolean => WHETHER_TO_RESEND.test(text) && !NOT_GOODS.test(text);

/**
 * Answers whether to resend: when the parcel named or spoken of counts as lost, and that resending is the customer's call.
 * @returns whether it answered.
 */
export async function answerWhetherToResend(turn: Turn, number: string | undefined): Promise<boolean> {
  if (!asksWhetherToResend(turn.text)) return false;
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  const parcel: Found | undefined = lookup?.kind === 'found' ? lookup : undefined;
  // (A parcel delivered is no parcel looked for: whether to resend is another matter — a damaged one's claim.)
  if (parcel?.view.delivered) return false;
  // ("係咪要寄件人再寄過" of a parcel sent back to its sender: the rule on returned parcels, not when one counts as lost —
  // blind batch 51a: 13.6.)
  if (parcel && parcel.view.anomalies.includes('returned')) {
    const returned = ruleOn(turn, 'returned', parcel);
    if (returned) {
      await reply(turn, returned);
      return true;
    }
  }
  const rule = ruleOn(turn, 'countsAsLost', parcel);
  await reply(turn, [say(turn, 'resend.yourCall'), rule].filter(Boolean).join('\n'));
  return true;
}

// Who pays to send it again: "再寄一次運費誰出", "重新寄的邮费谁付", "who pays to send it again?" (blind batch 50b: 11.4
// had "重新派送" noted and the question left).
const RESEND_PAYS =
  /(再寄|重寄|重新寄|再送|再派|寄多一次|寄多次)[^。？?]{0,8}(运费|運費|邮费|郵費|钱|錢|費用|费用)[^。？?]{0,4}(谁|誰|邊個|边个)(来|來)?(出|付|俾|畀|负责|負責|承担|承擔)|\bwho (pays|covers|is paying)\b[^.?!]{0,25}\b(re-?send\w*|send(ing)? it (again|back out)|ship(ping)? it again|second (delivery|shipment))\b/i;

/** The message asks who pays to send the parcel again. */
export const asksWhoPaysResend = (text: string): boolean => RESEND_PAYS.test(text);

/**
 * Who pays to send it again: the market's rule on returned parcels (a return of the courier's making is re-sent free,
 * a refusal or a parcel not collected goes as a new one), of the complaint's parcel when it is found.
 * @returns whether it answered.
 */
export async function answerWhoPaysResend(turn: Turn, number: string | undefined): Promise<boolean> {
  // ("who pays for sending it again if it's really lost": a loss's, not a return's — the claim rules answer that.)
  if (!asksWhoPaysResend(turn.text) || /\blost\b|丢|丟|唔見|遗失|遺失/i.test(turn.text)) return false;
  const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
  // (Of a parcel lost, not returned: the same.)
  if (lookup?.kind === 'found' && !['returned', 'returning'].includes(lookup.view.status) && number) return false;
  const rule = ruleOn(turn, 'returned', lookup?.kind === 'found' ? lookup : undefined);
  if (!rule) return false;
  await reply(turn, rule);
  return true;
}
