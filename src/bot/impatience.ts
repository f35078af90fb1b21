import type { ReplyKey } from './replies';

/**
 * A customer who pings the bot while it waits on their answer — "hello??", "???", "人呢", "在吗", "喂 有冇人㗎" (issue #17):
 * not a question to answer ("I can't answer that one here") nor a request for a person, only impatience. The step gets
 * a short word that the bot is still there, then its question again.
 */

// The whole message: an optional "hello / 喂" and one of the pings, then punctuation — or punctuation alone ("???").
const PING =
  /^\s*(?:(?:hello+|hel+o+|hi+|hey+|yo|喂+|哈囉|哈啰)[\s,，.。!！?？~]*)?(?:人呢|人咧|人勒|有人(?:在)?(?:吗|嗎|没|沒|冇|嘛)?|有冇人(?:㗎|呀|啊|喺度|在)?|在(?:吗|嗎|不在|唔在)|还在(?:吗|嗎)?|還在(?:嗎|吗)?|喺唔喺度|仲喺唔喺度|仲喺度(?:嗎|吗|未)?|(?:is )?any(?:one|body) (?:there|here|home)|are (?:you|u) (?:still )?there|(?:you|u) (?:still )?there|still there|hello+|hel+o+|喂+)?[\s?？!！.。…~呀啊㗎嘛啦]*$/i;

/** The message only pings ("hello??", "???", "人呢", "喂 有冇人㗎"): the customer wonders whether anyone is there. */
export const onlyPings = (text: string): boolean => text.trim().length > 0 && PING.test(text);

const STILL_HERE: ReplyKey[] = ['intake.stillHere.1', 'intake.stillHere.2', 'intake.stillHere.3'];

/** The n-th "still here" (from 0), so that a customer who pings again does not hear the same words. */
export const stillHereKey = (times: number): ReplyKey => STILL_HERE[times % STILL_HERE.length] as ReplyKey;
