import { clausesOf } from './message-cues';
import type { ComplaintCategory } from '../nlu';
import { ANSWERED_ASIDE, DEMAND_PROMPT, type IntakePosition } from './intake-state';
import { takeDemandsSaid } from './demand-step';
import { demandsSaid } from './demand-details';
import { allDemands, demandsIn } from './intake-reading';
import { keepOtherParcelWords } from './other-parcel-words';
import { oneTicketEach } from './ticket-count';
import { reply, say, type Turn } from './turn';

/**
 * "这两个别给我混在一起 丢的那个我要赔钱 晚的那个我只要赶紧送到", "keep them separate please", "唔好撈埋一齊": with
 * another parcel spoken of in the middle of a complaint, the customer asks that the two be kept apart — they are
 * (one ticket per parcel), said so; and what they want of each, named by its problem ("the late one", "丢的那个"),
 * goes to that parcel: this complaint's demand from its own clauses, the other's kept for its own ticket (blind
 * batch 51b: 06.4 heard "the loss is on this ticket already" and recorded both parcels' demands on one).
 */

// Asked that the handling be kept apart, or whether it is: "别混在一起", "分开处理", "分開登記", "一起还是分开",
// "keep them separate", "separate tickets", "don't merge them" — never "分开寄的", "分开包装", "paid separately", "别搞混了"
// (how they were sent or bought, or which is which: a review of session 50).
const APART =
  /(别|別|不要|唔好|不好)(给我|給我|俾我)?(混在一起|混埋一齊|撈埋一齊|捞埋一齐|溝埋一齊|混為一談|混为一谈)|分(开|開)(处理|處理|登记|登記|投诉|投訴|客诉|客訴|跟进|跟進|开单|開單)|(两|兩)(单|單|张|張)(分开|分開)|(一起|一齊|合并|合併)(还是|還是|定係|定)分(开|開)|\bkeep (them|these|the two|both) (complaints|tickets|cases) (apart|separate)\b|\bkeep (them|these|the two|both) (apart|separate)\b(?![^.?!]{0,40}\b(send|sent|pack|packed|box|boxes|replacement|deliver)\w*)|\bseparate (tickets|complaints|cases)\b|\b(don'?t|do not|dont) (mix|merge|combine|lump) (them|these|the two|both)\b(?! up)|\b(merge|combine) (them|the two|both) (or|into one (ticket|complaint|case))\b/i;

// A parcel named by what went wrong with it: "the late one", "晚的那个", "遲咗嗰件", "丢的那个", "the broken one".
const NAMED_BY_PROBLEM: Partial<Record<ComplaintCategory, RegExp>> = {
  delay: /\bthe (late|delayed|slow) (one|parcel|package)\b|(晚|迟|遲|延误|延誤|慢)(了|咗)?(的|嘅|嗰|果|那|那个|那個)/i,
  lost: /\bthe (lost|missing) (one|parcel|package)\b|(丢|丟|唔見|不见|不見|遗失|遺失)(了|咗)?(的|嘅|嗰|果|那|那个|那個)/i,
  damaged:
    /\bthe (broken|damaged|smashed) (one|parcel|package)\b|(坏|壞|破|烂|爛|碎)(了|咗)?(的|嘅|嗰|果|那|那个|那個)/i,
};

const namedBy = (clause: string, category: ComplaintCategory | undefined): boolean =>
  category !== undefined && NAMED_BY_PROBLEM[category]?.test(clause) === true;

/** The message asks that its parcels be kept apart, or whether they are ("merge or separate?"). */
export const asksKeptApart = (text: string): boolean => APART.test(text);

/** In a complaint with another parcel spoken of: answered, each parcel's wishes to its own. @returns whether it did. */
export async function keepParcelsApart(turn: Turn, position: IntakePosition): Promise<boolean> {
  const { state } = position;
  const number = state.trackingNumbers[0];
  const other = state.otherParcel;
  if (!number || !other || other === number || state.otherParcelOnlyAsked || !asksKeptApart(turn.text)) return false;
  const clauses = clausesOf(turn.text);
  const otherClauses = clauses.filter(
    (c) => c.includes(other) || (namedBy(c, state.otherParcelCategory) && !namedBy(c, state.category)),
  );
  // This one's wishes: clauses named by its problem, or plain ones that name no parcel ("我要赔偿", "for this one I
  // want a refund").
  const ownClauses = clauses.filter(
    (c) =>
      !otherClauses.includes(c) &&
      (namedBy(c, state.category) || !Object.values(NAMED_BY_PROBLEM).some((named) => named?.test(c))),
  );
  if (otherClauses.length > 0) keepOtherParcelWords({ ...turn, text: otherClauses.join(' ') }, state, other);
  await reply(turn, oneTicketEach(turn, number, other));
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  // What they want of this one: the demand step's answer, or beside what is there at another step.
  const own = ownClauses.join('，');
  const { nlu, replies } = turn.services;
  const { demand, more } = own ? demandsIn(nlu, replies, state.locale, own, state.category) : { more: [] };
  if (demand && demand !== 'none') {
    const wanted = [demand, ...more];
    if (position.prompt === DEMAND_PROMPT) return takeDemandsSaid({ ...turn, text: own }, position, wanted);
    const held = allDemands(state).filter((d) => d !== 'none');
    if (!state.demand || state.demand === 'none') state.demand = demand;
    state.moreDemands = [...new Set([...held, ...wanted])].filter((d) => d !== state.demand);
    await reply(turn, say(turn, 'intake.demandNoted', { demand: demandsSaid(replies, state) }));
  }
  return true;
}
