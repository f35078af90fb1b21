import type { Activity } from 'botbuilder-core';
import { reply, say, type Turn } from './turn';

/** A message its channel cut to the channel's limit: how long it was, and the limit. */
export interface CutMessage {
  chars: number;
  limit: number;
}

/** The key in `channelData` where a channel says it cut the text; a client's own value there is dropped. */
const CUT_MARK = 'parcelcareCut';

/**
 * Holds an inbound message to a channel's longest message: text beyond `limit` characters (UTF-16 code units,
 * as a browser's `String.length` counts them) is cut off, so the stream and the transcript keep at most `limit`
 * characters and an ellipsis, and the activity records how long the text was. The bot then answers what to do
 * (`answerCutMessage`) instead of reading half a message. A client cannot set the mark itself.
 */
export function cutToLimit<T extends Partial<Activity>>(activity: T, limit: number): T {
  const { [CUT_MARK]: _claimed, ...channelData } = (activity.channelData ?? {}) as Record<string, unknown>;
  const clean = { ...activity, ...(activity.channelData ? { channelData } : {}) };
  const text = activity.text ?? '';
  if (text.length <= limit) return clean;
  // Never split a surrogate pair (an emoji, a rare CJK character) in two.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
  const mark: CutMessage = { chars: text.length, limit };
  return { ...clean, text: `${text.slice(0, end)}…`, channelData: { ...channelData, [CUT_MARK]: mark } };
}

/** How long the message was, when its channel cut it to its limit. */
export function cutMessageOf(activity: Partial<Activity>): CutMessage | undefined {
  const mark = (activity.channelData as Record<string, unknown> | undefined)?.[CUT_MARK] as
    Partial<CutMessage> | undefined;
  return typeof mark?.chars === 'number' && typeof mark.limit === 'number'
    ? { chars: mark.chars, limit: mark.limit }
    : undefined;
}

/**
 * Tells the customer their message was too long to read and what to do instead: send it in parts, or email it
 * where the courier takes mail (a mail: send the main points in a shorter one). The conversation (an intake step, a hand-off) stays where it was.
 */
export async function answerCutMessage(turn: Turn, cut: CutMessage): Promise<void> {
  const number = new Intl.NumberFormat(turn.locale === 'en' ? 'en-US' : turn.locale);
  const vars = { chars: number.format(cut.chars), limit: number.format(cut.limit) };
  // A mail too long to read is answered by mail: a shorter one with the main points, not "email it to us".
  if (turn.context.activity.channelId === 'email')
    return void (await reply(turn, say(turn, 'message.tooLongMail', vars)));
  const address = turn.services.emailAddress;
  await reply(
    turn,
    address ? say(turn, 'message.tooLongOrEmail', { ...vars, address }) : say(turn, 'message.tooLong', vars),
  );
}

// A run of six or more spaces, punctuation marks or symbols ("。。。。。。", "!?!?!?", a page of blank lines).
const LONG_RUN = /[\s\p{P}\p{S}]{6,}/gu;

/**
 * The text as the bot reads it: each long run of spaces, punctuation or symbols kept to its first three characters
 * ("！！！" still reads as shouting, "……" as trailing off). Many readings split a message into clauses at punctuation
 * and line breaks; a message padded with 20,000 full stops was 20,000 clauses, each read by every pattern — linear,
 * but seconds of CPU in which no other customer's turn ran. No wording means more with a longer run.
 */
export function squeezeRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => Array.from(run).slice(0, 3).join(''));
}
