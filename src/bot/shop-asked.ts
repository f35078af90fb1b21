import { noteOutcome } from './turn-outcome';
import { reply, say, type Turn } from './turn';

/**
 * "hello is this amazon", "这是淘宝客服吗", "係咪HKTVmall呀": the customer thinks they are talking to the shop they bought
 * from (issue #17, blind batch 32: 10.1 heard only "what can I do for you?"). They hear who this is — the courier's
 * assistant, not the shop — what it can do for that shop's order (track it by its number), and who handles the order
 * itself. A courier named instead is other-courier.ts's.
 */

// Shops and marketplaces customers buy from, as they write them.
const SHOP =
  /\b(amazon|taobao|tmall|jd\.com|pinduoduo|temu|shein|shopee|lazada|ebay|aliexpress|hktv ?mall|pchome|momo)\b|淘宝|淘寶|天猫|天貓|京东商城|京東商城|拼多多|亚马逊|亞馬遜|虾皮|蝦皮|速卖通|速賣通|唯品会|唯品會|抖音商城/i;
// Asked whether this is that shop: "is this …", "are you …", "am I talking to …"; "这是…吗", "你们是…", "係咪…".
const ASKS_IF_SHOP =
  /^\s*(?:(?:hi+|hello+|hey+|yo)[\s,!.]*)?(?:is (?:this|that|it)|are (?:you|u)|am i (?:talking|chatting|speaking) (?:to|with))\s+(?:the\s+)?(?:\S+\s+){0,1}?$|(?:这|這|你|您|你们|你們|你哋|呢度|呢個)(?:里|裡|度)?(?:是|係)(?:不是|唔係|咪)?\s*$|^\s*(?:係咪|是不是|是)\s*$/i;

/** The shop the customer asks whether this is ("is this amazon?"), as they wrote it; undefined otherwise. */
export function shopAskedAbout(text: string): string | undefined {
  const said = text.trim();
  if (said.length > 60) return undefined;
  const found = SHOP.exec(said);
  if (!found) return undefined;
  // ("is this the amazon parcel?" asks about a parcel, not who this is.)
  const after = said.slice(found.index + found[0].length);
  if (
    /^\s*(?:parcel|package|order|delivery|box|shipment|item|one)s?\b|^\s*(?:的|嘅)?(?:包裹|件|货|貨|单|單)/i.test(after)
  )
    return undefined;
  return ASKS_IF_SHOP.test(said.slice(0, found.index)) ? found[0] : undefined;
}

/** Answers "is this amazon?": no, the courier's assistant, and what it can do for that order. */
export async function answerShopAsked(turn: Turn): Promise<boolean> {
  const named = shopAskedAbout(turn.text);
  if (!named) return false;
  noteOutcome(turn.context, 'answered');
  await reply(turn, say(turn, 'shop.notUs', { named }));
  return true;
}
