import { wantsToComplain } from './complaint-words';
import { isYes, wantsFiled } from './intake-reading';
import { parcelNamedInWords } from './parcel-in-words';
import type { Turn } from './turn';

// "登记第二个", "那个也投诉", "另一件", "嗰件", "the other one", "that one too", "the second parcel".
const POINTS_TO_IT =
  /\b(the )?(other|second|2nd|next) (one|parcel|package|order)\b|\bthat one\b|第二(个|個|件|单|單|票|包)|另(外)?(一)?(个|個|件|单|單|票|包)|(那|嗰)(个|個|件|单|單)(也|都)/i;

// "now file the other one", "log that one too", "do the second parcel as well".
// ("you said you would take it down after": the promise the bot made, taken up.)
const FILE_VERB = /\b(file|log|lodge|register|report|submit|do)\b|\btake (it|that|this|them) down\b/i;

/**
 * "提交！！提交完马上登记第二个，要么找到要么赔", "now file the other one": once a complaint was filed and the other
 * parcel offered for its own (file-complaint.ts), a word to file or complain that points to it opens that parcel's
 * complaint — not the status of the ticket just filed (blind batch 23: 11.7).
 */
export async function takesUpOfferedParcel(turn: Turn): Promise<boolean> {
  const { data, text, reading, conversation, services } = turn;
  const offered = data.lastTracking;
  if (!data.suggestedCategory || !offered || !conversation.ticketId) return false;
  if (reading.entities.trackingNumbers.some((t) => t.number !== offered)) return false;
  // (Right after the offer, "File a complaint" — its button's words typed — or "yes" is about it: blind 31: 02.7.)
  const justOffered = data.offeredComplaint === offered;
  // ("now the JT one. I never got it, who signed??": named by its courier, and what went wrong told — blind batch
  // 43a: 05.7 went onto the ticket just filed.)
  const inWords = parcelNamedInWords(turn) === offered;
  const names = reading.entities.trackingNumbers.length > 0 || POINTS_TO_IT.test(text) || justOffered || inWords;
  const yes = justOffered && isYes(text) && reading.entities.trackingNumbers.length === 0;
  // ("and now the driver thing on JT…" right after the offer: its number and a complaint — blind batch 51b: 01.6.)
  const namedNow = justOffered && reading.entities.trackingNumbers.some((t) => t.number === offered);
  const toldWrong = (inWords || namedNow) && reading.intent === 'complaint';
  if (!names || !(wantsFiled(text) || wantsToComplain(text) || FILE_VERB.test(text) || yes || toldWrong)) return false;
  const filed = await services.store.tickets.get(conversation.ticketId);
  return filed !== undefined && !filed.trackingNumbers.includes(offered);
}

/**
 * The offered parcel's complaint begins: a complaint on it, of the kind its record or the customer's words suggest,
 * whose account is what they told of it during the complaint just filed ("I want it found or my money back, it's a
 * 600 rmb jacket") — its demand and story taken from there, not asked again (blind batch 31: 02.7).
 */
export function takeUpOfferedParcel(turn: Turn): void {
  const { data, services } = turn;
  const kept = data.otherParcelWords;
  data.otherParcelWords = undefined;
  if (kept) {
    turn.text = `${kept}\n${turn.text}`;
    turn.reading = services.nlu.analyze(turn.text, services.clock.now(), turn.locale);
  }
  turn.reading = { ...turn.reading, intent: 'complaint', category: data.suggestedCategory };
}
