import { answerFaq } from './knowledge';
import { customerMarket } from './market';
import { spokenRegister, type Turn } from './turn';

/**
 * A tracking number the shop gave a short while ago that tracking cannot find (issue #17, batch 20: 08, 19, 28): the
 * likely reason — the shop made the label, the parcel is not scanned in yet — with the market's usual wait and what to
 * do, from the knowledge files' entry every market carries (`new tracking number`), not only "check the number".
 */

// The shop, seller or sender gave the number or says it has shipped: "the shop sent me the number yesterday",
// "商家昨天说发货了", "賣家說已經出貨", "間舖話尋日寄咗".
const SHOP =
  /商家|店家|卖家|賣家|网店|網店|店铺|店鋪|间舖|間舖|舖頭|商户|商戶|淘宝|淘寶|\b(shop|seller|store|merchant|vendor|sender)\b/i;
const GAVE_OR_SHIPPED =
  /发货|發貨|出货|出貨|寄出|寄咗|寄了|发了|發了|给了|給了|俾咗|畀咗|单号|單號|\b(sent|shipped|dispatched|gave|given|emailed|texted)\b/i;
// Said recently: "yesterday", "today", "just", "昨天", "尋日", "剛".
const RECENTLY =
  /昨天|昨日|尋日|寻日|琴日|今天|今日|剛|刚|啱啱|头先|頭先|\b(yesterday|today|this morning|last night|just)\b/i;

/** The message tells of a number the shop gave, or a parcel it shipped, a short while ago. */
export const shopGaveNumberRecently = (text: string): boolean =>
  SHOP.test(text) && GAVE_OR_SHIPPED.test(text) && RECENTLY.test(text);

/** The courier's entry on why a new number is not found yet, in the customer's market and language. */
export function newNumberNote(turn: Turn): string | undefined {
  const { knowledge } = turn.services;
  return answerFaq(
    knowledge,
    customerMarket(turn),
    turn.locale,
    'fee',
    'new tracking number',
    'entry',
    spokenRegister(turn),
  );
}
