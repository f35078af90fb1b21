import type { Demand } from '../nlu';
import { OPEN_STATUSES } from '../tickets';
import type { Ticket } from '../tickets/records';
import type { ReplyKey } from './replies';
import { asksWhoMayClaim } from './claimant-asked';
import { reviseDemands, revisesDemands } from './demand-revision';
import { PREFERRED, turnedDownDemands } from './intake-reading';
import { statedDemands } from './intake-volunteered';
import { say, spokenRegister, type Turn } from './turn';
import { deliveryChangeKind } from './delivery-change-reading';
import { asksQuestion } from './message-cues';

/**
 * What the customer wants, changed after the complaint was filed (issue #17, blind batch 39a: 06.7, 11.5, 14.5 were
 * only added as notes, the customer never told the change was taken): "说法也不要了 我要赔偿", "還是把多收的錢退給我 道歉就
 * 不用了", "賠償唔使 道個歉就得", "also an apology please". The ticket's demands are changed (the agent's desk shows them)
 * and said back. The same rule as at the intake's steps (demand-revision.ts): a demand turned down is dropped, "only X"
 * leaves X, "also X" adds X, "还是/instead" settles on what follows. A demand named plainly, with no such word, changes
 * the ticket only when it is said as wanted ("我要赔偿") and is not the parcel brought — "明天之前必须送到" about a late
 * parcel tells the urgency, for the agent, as before.
 * @returns the line that says the change, or undefined when the message changes no demand.
 */
export async function changeFiledDemands(turn: Turn, ticket: Ticket): Promise<string | undefined> {
  const { text } = turn;
  if (!OPEN_STATUSES.includes(ticket.status)) return undefined;
  const held = [ticket.demand, ...(ticket.moreDemands ?? [])].filter((d): d is Demand => d !== undefined);
  // ("是不是要寄件人来索赔？" asks who may claim: nothing turned down.)
  const down = asksWhoMayClaim(text) ? [] : turnedDownDemands(text);
  // A delivery asked for ("please deliver it tomorrow after 6pm", "明天送到就行") is a change of delivery, or the urgency
  // the agent reads — never the ticket's demand changed (review of session 40): the parcel brought is no demand here.
  if (deliveryChangeKind(text, turn.reading) !== undefined) return undefined;
  // ("咁運費可唔可以退返俾我", "can I get a refund of the postage then?": the rule asked — answered where it waits — not
  // the demand changed; a change of demand is said, not asked.)
  if (asksQuestion(text) || MAY_I.test(text)) return undefined;
  const named = statedDemands(turn, ticket.category).filter((d) => !down.includes(d) && d !== 'redelivery');
  const marked = revisesDemands(text, down) || PREFERRED.test(text) || CHANGED_TO.test(text);
  const added = named.filter((d) => !held.includes(d));
  if (!marked && (added.length === 0 || !WANTS.test(text))) return undefined;
  // ("我还是希望尽快送到": 还是 as "still", nothing dropped and nothing new — no change.)
  if (added.length === 0 && !held.some((d) => down.includes(d))) return undefined;
  const next = reviseDemands({ held, named: marked ? named : added, down, text, plain: 'add' });
  if (!next || next.length === 0 || next.join() === held.join()) return undefined;
  const changed = await turn.services.handoff.changeDemands(ticket.id, turn.customer.id, next, text);
  if (!changed) return undefined;
  const { replies } = turn.services;
  const demand = next
    .map((d) => replies.t(turn.locale, `demand.${d}` as ReplyKey, {}, spokenRegister(turn)))
    .join(turn.locale === 'en' ? ', ' : '、');
  return say(turn, 'tickets.demandChanged', { number: ticket.number, demand });
}

// "可唔可以…", "能不能…", "can I…": asked, not said.
const MAY_I = /可唔可以|可不可以|能不能|能唔能|得唔得|行不行|\b(can|could|may) (i|we)\b/i;

// "改成赔偿", "換成退款", "instead", "change it to a refund": the demand replaced.
const CHANGED_TO =
  /改(成|为|為|做|要)|换成|換成|转成|轉成|\binstead\b|\brather\b|\bchange (it|that|my demand|what i want) to\b/i;

// "我要赔偿", "俾返錢我", "I want a refund": a demand said as wanted, not only mentioned.
const WANTS =
  /我(还|還|就|只|都)?(要|想要)|要求|给我|給我|俾(返)?(錢)?我|畀(返)?(錢)?我|\b(i|we) (still |just |only |really |would )?(want|need|like|'d like|expect|demand)\b/i;
