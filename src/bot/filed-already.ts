import { OPEN_STATUSES } from '../tickets';
import { wantsFiled, wordsIn } from './intake-reading';
import { reply, say, type Turn } from './turn';
import { noteOutcome } from './turn-outcome';

// What a bare "submit" is said with: "提交一下", "再送出一次啦", "ok submit it again", "幫我登記吧".
const SUBMIT_WORDS =
  /\b(submit(ted)?|confirm(ed)?|file|send|lodge|log|register|record|go ahead|put (it )?through)\b|提交|送出|确认|確認|登记|登記|交上去|報上去|报上去/gi;
const FILLER =
  /\b(ok(ay)?|yes|yeah|yep|sure|please|pls|just|again|now|then|once more|one more time|it|this|that|the|my|complaint|ticket|i said|can you|could you|do it)\b|再|一次|一下|一遍|多次|吧|啦|喇|呀|啊|了|咗|嘅|吗|嗎|呢|先|帮我|幫我|麻烦你?|麻煩你?|请|請|唔該|那就|就|好的?|行|嗯|得|我|要|想|的|投诉|投訴|客诉|客訴|可以|吖|喔|哦|囉|啰|嘛|[\s,，.。!！?？~～]/gi;

/** "提交", "送出吧", "submit it again": a word to file, and nothing else said. */
export function onlyAsksToFile(text: string): boolean {
  if (!wantsFiled(text)) return false;
  const rest = text.replace(SUBMIT_WORDS, ' ').replace(FILLER, ' ');
  return wordsIn(rest) === 0;
}

// "跳过", "skip", "略過" with nothing else: the word a step offered for passing it over, sent once none is waiting.
const BARE_SKIP = /^\s*(skip( it| this| that)?|pass|跳过|跳過|略过|略過)\s*(吧|啦|喇|la)?\s*[.!。！~]*\s*$/i;

/**
 * "提交", "送出", "submit" once more after the complaint was filed in this conversation (issue #17): it is filed
 * already — said with its number and when the answer comes — not read as a new request, a delivery change, a
 * message for the agent, or something the bot "can't answer".
 * @returns true when the message was answered so.
 */
export async function answerFiledAgain(turn: Turn): Promise<boolean> {
  const { conversation, services } = turn;
  // A stray "跳过" / "skip" once the complaint is filed (batch 11 04.6, 09.7, 23.7: a fallback with an odd button, a
  // status line, a note added to the ticket): nothing more is needed, said with the ticket — one answer for all.
  const skipped = BARE_SKIP.test(turn.text);
  if (!conversation.ticketId || !(skipped || onlyAsksToFile(turn.text))) return false;
  const ticket = await services.store.tickets.get(conversation.ticketId);
  if (!ticket || ticket.customerId !== turn.customer.id || !OPEN_STATUSES.includes(ticket.status)) return false;
  // With a person on it (handed off), their reply time; otherwise when the complaint is to be settled.
  const withAgent = conversation.mode === 'handoff';
  const until = withAgent ? ticket.deadlines.firstResponse : ticket.deadlines.resolution;
  const within = services.replies.within(turn.locale, services.clock.now(), until);
  noteOutcome(turn.context, 'answered');
  const key = skipped
    ? withAgent
      ? 'tickets.nothingMoreAgent'
      : 'tickets.nothingMore'
    : withAgent
      ? 'tickets.filedAlreadyAgent'
      : 'tickets.filedAlready';
  await reply(turn, say(turn, key, { number: ticket.number, within }));
  return true;
}
