import { deniesSigning, hasTheParcel } from './signer-denied';
import type { ComplaintCategory } from '../nlu';
import { handleTicketStatus } from './handlers';
import {
  asksHowItGoes,
  asksQuestion,
  namesComplaint,
  refersToEarlierComplaint,
  refusesNewComplaint,
} from './message-cues';
import { lookUpParcel, trackingAnswer } from './parcel-answer';
import { arrivalAndLateRule } from './intake-questions';
import { cancelAnswer, cancelNotAsked, ruleOn, type Found } from './case-rules';
import { shipmentIn } from './shipment-text';
import { namesReturnFreight, returnFreightAnswer } from './return-freight';
import type { ReplyKey } from './replies';
import { reply, say, spokenRegister, type Turn } from './turn';

/**
 * Questions about the case itself, asked in the middle of a complaint (issue #17, batch 9 pattern 3): can the fee
 * be refunded, who pays to send it again, can the shipment be cancelled, how an earlier complaint on file stands,
 * who signed for the parcel. Each is answered from the courier's rules (the knowledge files of the parcel's market),
 * the parcel's record or the ticket store — never with the parcel's status again, never "I can't answer that".
 */
export type CaseQuestion =
  'refund' | 'resend' | 'returnFreight' | 'freight' | 'cancel' | 'earlier' | 'signer' | 'courier';

// "這3塊能退給我嗎", "嗰幾蚊可唔可以退返俾我", "can I get that fee back", "will you refund the locker charge".
const REFUND =
  /退(返|回|还|還)?(给|給|俾|畀)?我|退(返|回|还|還)?(钱|錢|款|费|費|运费|運費|差价|差價)|(运费|運費|邮费|郵費)[^，。,.?？]{0,4}退|\brefund\w*|\bmoney back\b|\bget (it|that|this|the|my)( \w+){0,2} back\b|\bpay (it|that|me) back\b|\b(money|difference|extra|overcharge|amount)\b[^.?!]{0,12}\b(returned|given back|paid back)\b/i;
// Sending the parcel out once more: "send it again", "resend", "再寄過嚟", "重新寄", "再派一次", "再send過嚟".
const RESEND =
  /\b(send|ship|deliver|post)\w*\b[^.?!]{0,20}\b(again|back out|out again|once more)\b|\bre-?(send|ship|deliver)\w*|再寄|重新寄|重寄|再派|重新派|再送|再配送|重新配送|寄過嚟|寄过来|寄返嚟|寄回来|再\s*(send|ship|deliver|post)|\b(send|ship|post)\s*(過嚟|过来|返嚟|回来|回來|返來)/i;
// Paying the postage once more, which is sending it again: "so I have to pay again to send it?", "pay the shipping
// again?", "那我还要再付一次运费？", "咁我要再俾多次運費？", "运费还要再出一次吗".
const PAY_AGAIN =
  /\bpay(ing)?\b[^.?!]{0,20}\bagain\b|\bpay(ing)? (for )?(the )?(postage|shipping|freight|delivery) (again|twice|a second time)\b|再(付|交|出|俾|畀)(一次|多次|多一次|一遍|过|過)?[^，。,.?？]{0,2}(运费|運費|邮费|郵費|钱|錢)|(运费|運費|邮费|郵費)[^，。,.?？]{0,4}再(付|交|出|俾|畀)/i;
// Posted once more: "再寄過嚟", "重新寄", "寄返嚟", "resend", "send it again".
// (Not "寄過嚟" alone: "佢到底幾時寄過嚟㗎" asks when it was sent — a review of session 50.)
const SENT_AGAIN = /再寄|重新寄|重寄|\bre-?send|\b(send|ship|post) (it |them )?(again|once more)\b/i;
// "How do I do that?", "怎么弄": how to go about what the sentence before it said.
const HOW_DO_THAT =
  /\bhow (do|can|would|should|shall) (i|we) (do|get|go about|arrange|request) (that|it|this)\b|怎么弄|怎麼弄|怎么办理|怎麼辦理|要怎么做|要怎麼做/i;
// Something turned down in the sentence before: "I don't want a refund", "不想退款", "我不要退款".
const TURNED_DOWN_BEFORE = /\b(don'?t|do not|dont|not|no)\b|不要|不想|不用|唔要|唔想|唔使/i;
// When: "幾時", "什么时候", "多久", "when", "how soon".
const RESEND_WHEN = /幾時|几时|什么时候|什麼時候|啥时候|啥時候|多久|幾耐|\bwhen\b|\bhow soon\b/i;
/** The message asks for the parcel to be sent out once more ("可唔可以再寄過嚟", "can you resend it"). */
export const asksToResend = (text: string): boolean => RESEND.test(text);
// Who pays for it: "who pays", "do I have to pay", "is it free", "要俾多次錢", "使唔使俾錢", "谁出运费".
const PAYS =
  /\bwho('s| is)? (pays?|paying|covers?)\b|\b(do|will|would) (i|we) (have to |need to )?pay\b|\bpay (for (it|that|this)|again|extra)\b|\b(is it|it's|will it be) free\b|\bcharge(d)? (me|again|for)\b|\bcost\b|俾(多次)?錢|畀(多次)?錢|付(钱|錢|费|費)|收(钱|錢|费|費)|要(钱|錢)|免费|免費|谁(出|付|负责|負責)|誰(出|付|負責)|邊個(俾|畀|出|付)|运费|運費|邮费|郵費/i;
// Who bears the freight, asked without naming which way: "运费谁出", "運費邊個俾", "who pays the shipping?".
const FREIGHT_PAID =
  /(运费|運費|邮费|郵費)[^，。,.?？]{0,3}(谁|誰|邊個)(来|來|嚟|要|會|会)?(出|付|俾|畀|负责|負責|承担|承擔)|(谁|誰|邊個)(来|來|嚟|要|會|会)?(出|付|俾|畀|负责|負責|承担|承擔)[^，。,.?？]{0,3}(运费|運費|邮费|郵費)|\bwho('s| is)? (pays?|paying|covers?|bears?)\b[^.?!]{0,12}\b(shipping|postage|freight|delivery (fee|cost|charge)s?)\b/i;
// Cancelling the shipment (not the complaint): "can you cancel it or not", "取消寄件", "撤件", "截件", "攔截".
const CANCEL = /\bcancel\w*\b|取消|撤件|撤销|撤銷|截件|拦截|攔截/i;
// "誰簽收的", "边个签收", "who signed for it", "who took it", "signed by whom", "那是誰拿走了", "邊個攞咗".
// (Whoever took a parcel signed for is whoever signed: the same question — blind batch 22: 22.5.)
// ("signed by the guard?? which guard", "保安签收的？": the record's signer doubted — the same question.)
const SIGNER =
  /\bsigned (for )?by (the |a |my |some )?(guard|security|concierge|doorman|neighbou?r|someone|somebody)\b|\bwhich (security )?(guard|concierge|doorman|neighbou?r)\b|(保安|门卫|門衛|看更|管理处|管理處|管理员|管理員|邻居|鄰居)(代)?(签收|簽收|签|簽)|(哪个|哪個|边个|邊個)(保安|门卫|門衛|看更|管理员|管理員)|[谁誰](签收|簽收|签|簽|收|拿|取|领|領)|邊個(签收|簽收|簽|签|收|攞|拿|取)|签收人是|簽收人是|\bwho (signed|received|took|collected|picked|got|has) (it|them|my (parcel|package|stuff))\b|\bwho (signed|received|took|collected|picked)\b|\bsigned (for )?by whom\b/i;
// Whom it went to, of a parcel shown delivered: "DELIVERED?? to who?", "delivered it to whom", "handed to who?",
// "交给谁了", "送给誰", "派咗俾邊個", "簽收了？給誰了" — who signed, the same question (blind batch 28: 03.5).
const DELIVERED_TO =
  /\b(deliver(ed)?|given|gave|handed|left|dropped( off)?)\b(\s+(it|them|my (parcel|package)))?[\s?!.,]{0,6}(to|with) whom?\b|(交|送|派|签|簽)(给|給|俾|畀)(了|咗)?(谁|誰|邊個)|(签收|簽收|送到|送达|送達|派咗)(了|咗)?[?？!！\s]{0,4}(给|給|俾|畀)(了|咗)?(谁|誰|邊個)/i;
// What becomes of the courier complained about: "会不会被开除", "你们会怎么处理他", "佢會唔會俾人炒", "will he be fired?",
// "what will happen to the driver?", "will he be told off?", "佢會唔會俾人鬧" — a question, not the customer's wish that it happen.
// (Scolding is asked of only as "會唔會/会不会": "有冇搞錯佢鬧我" is an outcry at the courier — review 31. "held responsible"
// is not here: "Is the courier held responsible for the loss?" asks who answers for the loss — claim-questions.ts.)
const COURIER_FATE =
  /(会不会|會不會|会唔会|會唔會|会否|會否|能不能|可不可以|可唔可以|有没有|有沒有|有冇)[^，。,.!！?？]{0,6}(开除|開除|炒|辞退|辭退|处分|處分|处罚|處罰|罚款|罰款|扣钱|扣錢|扣工资|扣人工|追究|问责|問責)|(会不会|會不會|会唔会|會唔會)[^，。,.!！?？]{0,6}(批评|批評|警告|鬧|骂|罵)|(怎么|怎麼|怎样|怎樣|点样|點樣|如何|點|点)(处理|處理|处罚|處罰|处分|處分|对待|對待|搞)(他|她|佢|那个|那個|嗰个|嗰個|这个|這個|快递员|快遞員|速遞員|送货|送貨|派件)|(他|她|佢|快递员|快遞員|速遞員)[^，。,.!！?？]{0,6}(开除|開除|炒|处分|處分|处罚|處罰)[^，。,.!！]{0,4}(吗|嗎|咩|未|不|唔)|\b(will|would|could|is|are) (he|she|they|the (courier|driver|delivery (guy|man|person))|that (guy|courier|driver))\b[^.?!]{0,15}\b(fired|sacked|punished|disciplined|penali[sz]ed|warned|dismissed|reprimanded|told off|spoken to|talked to|in trouble)\b|\bwhat (will|would|is going to|are you going to) (happen to|do (about|with)) (him|her|them|the (courier|driver)|that (guy|courier|driver))\b|\bhow (will|would|are) you (going to )?(deal with|handle|punish|discipline) (him|her|them|the (courier|driver)|that (guy|courier|driver))\b/i;
// "處理到哪", "跟進成點", "any news": how something stands, beside the shared question words.
const STANDS = /(处理|處理|跟进|跟進|进展|進展|搞)(到|得|成)|到哪|點樣|怎样|怎樣|\bhow far\b/i;

/**
 * The question about the case a message asks, if it asks one: its words in a clause that asks ("给我退钱，另外保价
 *怎么算？" demands a refund and asks about insurance — no question about the refund).
 */
export function caseQuestionIn(text: string): CaseQuestion | undefined {
  const asking = asksQuestion(text) || STANDS.test(text);
  if (!asking) return undefined;
  // (A space between Chinese words ends a clause too: "我要退款啊 东西都碎了还能用吗" asks nothing about the refund.)
  const clauses = text
    .split(/(?<=[，,。.;；！!？?])|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/)
    .filter((c) => asksQuestion(c));
  // ("I would like the extra money returned please. How do I do that?": the question is of the sentence before it —
  // blind batch 52a: 04.5.)
  // (Only the sentence just before it, and only a wish it does not turn down: "I don't want a refund, I want it
  // delivered to my office. How do I do that?" asks how to change the delivery — a review of session 50.)
  const before = HOW_DO_THAT.exec(text);
  const said = before
    ? (text
        .slice(0, before.index)
        .split(/[。.!！?？]/)
        .filter((c) => c.trim())
        .at(-1) ?? '')
    : '';
  const ofWhatWasSaid = before !== null && !TURNED_DOWN_BEFORE.test(said);
  const asks = (words: RegExp) => clauses.some((clause) => words.test(clause)) || (ofWhatWasSaid && words.test(said));
  if (asks(SIGNER) || DELIVERED_TO.test(text)) return 'signer';
  if (COURIER_FATE.test(text)) return 'courier';
  // ("I don't want a new one, how is the first one going?" leaves this complaint: not a question inside it.)
  if (refersToEarlierComplaint(text) && (asksHowItGoes(text) || STANDS.test(text)))
    return refusesNewComplaint(text) ? undefined : 'earlier';
  // ("can you cancel the complaint please": the complaint taken back, not the shipment — complaint-withdrawn.ts.)
  if (asks(CANCEL) && !namesComplaint(text) && !cancelNotAsked(text)) return 'cancel';
  // ("Who pays for the return shipping?", "退回来的运费要我出吗": the way back's freight, not a new sending.)
  if (namesReturnFreight(text) && asks(PAYS)) return 'returnFreight';
  if ((RESEND.test(text) && asks(PAYS)) || asks(PAY_AGAIN)) return 'resend';
  // ("咁幾時可以再寄過嚟？", "when can you send it again?": when a resend can be — the rule of a parcel sent back, or of a
  // redelivery; blind batch 52b: 13.4 heard its demand noted again.)
  // (Sent, not brought again: "幾時再派？" of a parcel on its way asks when the next try is — delivery-wish-in-complaint.)
  if (clauses.some((clause) => SENT_AGAIN.test(clause) && RESEND_WHEN.test(clause))) return 'resend';
  // ("运费谁出", "who covers the shipping?", no way named: the way back's freight of a parcel sent back — 12.3 — else
  // prepaid or freight collect, postage-payer.ts.)
  if (asks(FREIGHT_PAID) && !asks(REFUND)) return 'freight';
  if (asks(REFUND)) return 'refund';
  return undefined;
}

/** Who signed for a parcel, from its delivery scan; or that nobody has yet, with its status. */
function signerAnswer(turn: Turn, { number, shipment, view }: Found): string {
  const local = shipmentIn(turn.locale, shipment);
  const delivered = [...local.shipment.events].reverse().find((e) => e.status === 'delivered');
  const status = say(turn, `status.${view.status}` as ReplyKey);
  if (!delivered) return say(turn, 'caseQ.notSigned', { number, status });
  const time = turn.services.replies.dateTime(turn.locale, delivered.at, turn.services.timeZone);
  const note = delivered.description ?? say(turn, 'status.delivered');
  return say(turn, 'caseQ.signer', { number, note, time, place: delivered.place });
}

// Whether it is on the complaint: "is the refund part of the ticket?", "is that included", "退款有写进去吗", "有冇記低".
const ON_TICKET_ASKED =
  /\b(part of|on|in|included in|added to) (the|my|this) (ticket|complaint|case)\b|\b(included|on there|noted|recorded|written down)\b|(写|寫|记|記|加)(进|進|上|低|埋|入)(去)?(了|咗)?(吗|嗎|没|沒|未|冇)|有(没有|沒有|冇)(写|寫|记|記)|(在|喺)(投诉|投訴|客诉|客訴|工单|工單|单|單)(里|裡|度)(吗|嗎|呀|嘛)/i;

/**
 * Answers a case question about the complaint's parcel (when the complaint has one).
 * @returns whether it answered; the caller asks its step's question again.
 */
export async function answerCaseQuestion(
  turn: Turn,
  question: CaseQuestion,
  parcelNumber: string | undefined,
  noteInAccount: () => void,
  category?: ComplaintCategory,
  refundWanted = false,
): Promise<boolean> {
  const lookup = parcelNumber ? await lookUpParcel(turn.services, parcelNumber) : undefined;
  const parcel = lookup?.kind === 'found' ? lookup : undefined;
  switch (question) {
    case 'signer':
      if (!parcel) return false;
      // Only a parcel signed for can have been signed for by someone else: that is what the station checks. The
      // complaint it offers is a parcel signed for but not received — a loss (LABELS.md rule 4), whatever words take
      // it up next ("ok then yes please ask them to check" was filed as service attitude: blind batch 40b 02.7).
      if (parcel.view.delivered && ![turn.text, ...(turn.data.said ?? [])].some(hasTheParcel)) {
        turn.data.suggestedCategory = 'lost';
        turn.data.suggestedByCustomer = [turn.text, ...(turn.data.said ?? [])].some(deniesSigning);
      }
      await reply(
        turn,
        parcel.view.delivered
          ? `${signerAnswer(turn, parcel)}\n${say(turn, 'caseQ.signerChecked')}`
          : signerAnswer(turn, parcel),
      );
      // ("…谁签的？商家说补发了 新单号SF… 这个啥时候到": the other parcel named beside it is answered too — blind batch
      // 43a: 07.1 heard only the signature.)
      for (const other of turn.reading.entities.trackingNumbers.map((t) => t.number)) {
        if (other === parcel.number) continue;
        const found = await lookUpParcel(turn.services, other);
        if (found.kind === 'found')
          await reply(
            turn,
            (await trackingAnswer(turn.services, turn.context, turn.locale, found, spokenRegister(turn))).join('\n'),
          );
      }
      noteInAccount();
      return true;
    case 'courier':
      // What the station does to the courier is its decision under the courier's rules: said plainly, no outcome
      // promised, and the customer hears it comes back with the answer to the complaint.
      await reply(turn, say(turn, 'caseQ.courier'));
      noteInAccount();
      return true;
    case 'earlier': {
      // The customer's complaints on file, whichever parcel; none here is looked up by the parcel (tickets-on-parcel.ts).
      const tickets = await turn.services.tickets.forCustomer(turn.customer.id, 1);
      if (tickets.length === 0) return false;
      await handleTicketStatus(turn);
      return true;
    }
    case 'cancel': {
      const answer = cancelAnswer(turn, parcel);
      if (!answer) return false;
      await reply(turn, answer);
      return true;
    }
    case 'resend': {
      const back = parcel && (parcel.view.status === 'returned' || parcel.view.status === 'returning');
      const rule = ruleOn(turn, back ? 'returned' : 'redeliver', parcel);
      if (!rule) return false;
      await reply(turn, rule);
      return true;
    }
    case 'freight':
    case 'returnFreight': {
      const rule = returnFreightAnswer(turn, parcel);
      if (!rule) return false;
      await reply(turn, rule);
      noteInAccount();
      return true;
    }
    case 'refund': {
      // Money back for goods broken or lost is paid by the claims rules, not the rules on a fee charged wrongly.
      // ("Can I get a refund for them?": how much is paid, uninsured and insured, then when.)
      if (category === 'damaged' || category === 'lost') {
        const rules = [ruleOn(turn, 'limits', parcel), ruleOn(turn, 'payout', parcel)].filter(Boolean);
        if (rules.length > 0) await reply(turn, rules.join('\n'));
        return rules.length > 0;
      }
      // ("WHEN and whether I get my shipping fee back" in a delay complaint: when it comes, from its record, and what
      // lateness gives back — blind batch 53b: 02.2 heard the rule on fees charged wrongly alone.)
      // ("Is the refund of the shipping fee part of the ticket?" with the refund its demand: yes, first — blind batch
      // 52b: 01.3.)
      const onIt = refundWanted && ON_TICKET_ASKED.test(turn.text) ? say(turn, 'caseQ.refundOnTicket') : undefined;
      const late = category === 'delay' ? ruleOn(turn, 'lateRefund', parcel) : undefined;
      if (late) {
        await reply(turn, [onIt, arrivalAndLateRule(turn, parcel, late)].filter(Boolean).join('\n'));
        return true;
      }
      const rule = ruleOn(turn, 'refund', parcel);
      await reply(turn, [onIt, say(turn, 'caseQ.refund'), rule].filter(Boolean).join('\n'));
      return true;
    }
  }
}
