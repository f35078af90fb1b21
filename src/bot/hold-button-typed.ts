import type { Locale } from '../nlu';
import type { ReplyKey } from './replies';
import type { Turn } from './turn';

/**
 * "放网点自取", "放營業所自取", "Hold it at the station": the words of a button that asks for a hold, typed (or tapped)
 * as the whole message — the hold asked for, as the button does, in any locale and script the catalog words it
 * (issue #17). The NLU may read a bare "放网点自取" as a complaint that the courier left the parcel at the station;
 * the button's own words are never that.
 */
const HOLD_BUTTONS: ReplyKey[] = ['hub.holdChoice', 'change.kind.hold', 'notice.choice.hold'];
const LOCALES: Locale[] = ['zh-CN', 'zh-TW', 'en'];

// What may stand around the button's words: marks and spaces, "please", "吧", "啦".
const around = (text: string): string =>
  text
    .toLowerCase()
    .replace(/please|吧|啦|喇|呀|啊|[\s,，.。!！~]/g, '')
    .trim();

/** The whole message is a hold button's words, in any locale. */
export function typesHoldButton(turn: Turn): boolean {
  const said = around(turn.text);
  if (!said) return false;
  return LOCALES.some((locale) =>
    HOLD_BUTTONS.some((key) => turn.services.replies.wordings(locale, key).some((title) => around(title) === said)),
  );
}
