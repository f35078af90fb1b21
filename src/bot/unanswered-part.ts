import { faqQuestionIn } from './faq-topics';
import { handleFaqOfPoint } from './handlers';
import { reply, say, type FaqIntent, type Turn } from './turn';

/**
 * "you didnt answer the insurance part", "你还没回答我保价的问题", "你仲未答我運費" (issue #17, blind batch 50a: 03.3 opened a
 * complaint): the part of the customer's earlier message that went unanswered is answered now — found by the words
 * they name in it, else the words named alone — with a word that it was missed. Not a complaint about the bot.
 */

// "you didn't answer X", "u never answered my question about X", "你还没回答X", "你沒回覆我X", "仲未答我X".
const NOT_ANSWERED =
  /\b(?:you|u)\s+(?:still\s+)?(?:didn'?t|did not|never|haven'?t|have not|dont|don'?t)\s+(?:even\s+)?(?:answer(?:ed)?|address(?:ed)?|respond(?:ed)? to|repl(?:y|ied) to)\b(.{0,50})|(?:你|您|你哋)(?:还|還|都|仲)?(?:没|沒|冇|未)(?:有)?(?:回答|回覆|回复|答|覆)(?:我)?(.{0,24})/i;
// What was not answered is a door, a phone or a call, or someone else says so.
const NOT_A_QUESTION =
  /\b(door|doorbell|phone|call|calls|calling|texts?|messages?|emails?)\b|电话|電話|门|門|短信|短訊|簡訊|\b(says?|said|told me|claims?)\b[^.?!]{0,20}\b(you|u) (didn'?t|did not|never)\b|(说|說|話)[^，。？?]{0,6}(你|您)(没|沒|冇)/i;

// Words that only frame what is named: "the … part", "my question about …", "的问题", "呢部分".
const FRAME =
  /\b(?:the|my|your|question|questions|about|on|part|bit|one|thing|that|yet|lol|though|either|bout)\b|问题|問題|部分|部份|方面|那个|那個|嗰個|的|嘅|呢|啊|呀|喔|吧|[?？!！.。,，~]/gi;
// Where an earlier message's points part: a question mark, a full stop, "also", "另外", "還有".
const POINTS = /[?？。!！;；\n]|\.\s|,\s*(?:also|and)\b|\balso\b|另外|还有|還有|仲有|顺便|順便/i;

// A point's joining word: "and", "also", "那", "还有".
const LEAD = /^\s*(?:and|also|but|so|plus|那|那么|那麼|还有|還有|另外|仲有)\s*/i;

/** The words the customer says went unanswered, framing taken out; undefined when they say nothing of the kind. */
export function unansweredWords(text: string): string | undefined {
  // ("your courier says you didn't answer the door", "you didn't answer my call": no question left unanswered.)
  if (NOT_A_QUESTION.test(text)) return undefined;
  const match = NOT_ANSWERED.exec(text);
  if (!match) return undefined;
  return (match[1] ?? match[2] ?? '').replace(FRAME, ' ').replace(/\s+/g, ' ').trim();
}

/** The point of an earlier message that names one of the words (a Latin word whole, or two Chinese characters). */
function pointNaming(earlier: string, words: string): string | undefined {
  const keys = [
    ...(words.toLowerCase().match(/[a-z]{3,}/g) ?? []),
    ...(words.match(/[\u3400-\u9fff]{2,}/g) ?? []).flatMap((run) =>
      Array.from({ length: run.length - 1 }, (_, i) => run.slice(i, i + 2)),
    ),
  ];
  if (keys.length === 0) return undefined;
  return earlier
    .split(POINTS)
    .map((point) => point.trim())
    .find((point) => keys.some((key) => point.toLowerCase().includes(key)));
}

/**
 * Answers the part of the earlier message the customer says was missed, from the FAQ.
 * @returns whether it answered.
 */
export async function answerUnansweredPart(turn: Turn): Promise<boolean> {
  const words = unansweredWords(turn.text);
  if (!words) return false;
  const said = turn.data.said ?? [];
  // (The conversation keeps a message after its turn: the last one kept is the one before this.)
  const earlier = said[said.length - 1];
  const point = ((earlier && pointNaming(earlier, words)) || words).replace(LEAD, '');
  const read = turn.services.nlu.analyze(point, turn.services.clock.now(), turn.locale);
  // (As a question of the FAQ reads it: "and is insurance extra" is the insurance fee, however faint the NLU.)
  const intent =
    read.intent.startsWith('faq.') && read.confidence >= 0.45
      ? (read.intent as FaqIntent)
      : faqQuestionIn({ ...turn, text: point, reading: read });
  if (!intent) return false;
  await reply(turn, say(turn, 'unanswered.sorry'));
  await handleFaqOfPoint(turn, point, read, intent);
  return true;
}
