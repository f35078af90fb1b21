import { asksToChangeDelivery } from './context-reading';
import type { Turn } from './turn';

/**
 * "where can i collect a parcel myself in xuhui", "徐汇有没有你们的网点 我想自己去取件", "旺角有冇門市可以自己去攞件" with no
 * parcel in the chat (blind batch 36b: 03.1, 15.1 heard the rule on holds and "which parcel?"): which outlet and when
 * it opens is asked — the outlet answer, not a hold. A hold asked for in so many words ("please keep it at the outlet,
 * where is it open till?") stays a hold.
 */

// "where…", "哪里", "邊度", "有没有…网点", "is there an outlet": which outlet is asked.
const WHICH_OUTLET =
  /\bwhere\b|\b(is there|are there|any) (an? )?(outlet|station|branch|store|shop|pick-?up point)s?\b|哪(里|裡|儿|兒|个|個|间|間)|邊度|边度|喺邊|(有没有|有沒有|有冇|有無|有无)[^，。,.!?！？]{0,10}(网点|網點|门市|門市|营业所|營業所|营业部|營業部|服务点|服務點|驿站|驛站|站)/i;

/** The message, read as an outlet question, seeks an outlet to go to rather than a hold on a parcel. */
export function seeksOutlet(turn: Pick<Turn, 'text' | 'reading' | 'data'>): boolean {
  const { text, reading, data } = turn;
  const parcelKnown = data.lastTracking !== undefined || reading.entities.trackingNumbers.length > 0;
  return (
    reading.intent === 'faq.outlet' && !parcelKnown && WHICH_OUTLET.test(text) && !asksToChangeDelivery(text, reading)
  );
}
