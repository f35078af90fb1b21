/**
 * Perishable goods spoiled or dead (issue #17, blind batch 24: 19.4 "螃蟹死了你们赔吗"): what a claim question about
 * them is answered by — the claim rules' entry on perishables, in every market's files.
 */

// The goods: fresh food, live seafood, chilled or frozen goods, flowers, cakes.
const PERISHABLE =
  /生鲜|生鮮|鲜活|鮮活|海鲜|海鮮|活的|活嘅|(?:蟹|虾|蝦)(?![皮米])|鱼|魚|肉|水果|生果|冷冻|冷凍|冰淇淋|雪糕|蛋糕|鲜花|鮮花|\b(perishables?|fresh|seafood|crabs?|lobsters?|shrimps?|prawns?|fish|meat|fruit|frozen|ice cream|cakes?|flowers)\b/i;
// What became of them: dead, spoiled, rotten, melted.
const SPOILED =
  /死了|死掉|死咗|死晒|变质|變質|变坏|變壞|坏了|壞了|坏掉|壞掉|壞咗|壞晒|壞哂|烂了|爛了|爛咗|臭了|发臭|發臭|腐烂|腐爛|化了|溶咗|融化|\b(died|dead|dies|die|spoil\w*|rott\w*|went bad|gone bad|goes bad|go bad|go off|goes off|went off|melt\w*|thaw\w*)\b/i;

// Goods that spoil or die by the day, named plainly enough to raise a late parcel's priority: not bare "fresh"
// ("no fresh scan") nor dried or cured food (肉干, 腊肉, 虾米, jerky), which keeps, nor the shop 虾皮/蝦皮 (Shopee).
const PERISHABLE_GOODS =
  /生鲜|生鮮|鲜活|鮮活|海鲜|海鮮|活(的|嘅|生生)?(大闸|大閘)?(蟹|虾|蝦|鱼|魚|鸡|雞|鸭|鴨)|(?<![干乾腊臘])(蟹|虾|蝦)(?![皮米])|鲜鱼|鮮魚|活鱼|活魚|(鲜|鮮|生|猪|豬|牛|羊|鸡|雞|鸭|鴨|冻|凍)肉(?![干乾脯松鬆])|肉(类|類)|水果|生果|冷冻|冷凍|冷藏|冰鲜|冰鮮|冰淇淋|雪糕|蛋糕|鲜花|鮮花|鲜奶|鮮奶|\b(perishables?|perishable (goods|food|items?)|fresh (food|produce|fish|meat|seafood|fruits?|flowers|milk|cakes?)|live (crabs?|lobsters?|seafood|fish|shrimps?|prawns?|animals?|chickens?)|seafood|crabs?|lobsters?|shrimps?|prawns?|oysters?|raw meat|fruits?|frozen (food|goods|meat|fish|seafood|items?)|chilled (food|goods|meat|items?)|ice cream|cakes?|flowers)\b/i;

/**
 * Perishable or live goods named in these words (the customer's account of the parcel): time on a late or stuck
 * parcel spoils or kills them, so the complaint's priority is raised (src/tickets/priority.ts).
 */
export const perishableGoods = (text: string): boolean => PERISHABLE_GOODS.test(text);

// A waybill number in a message ("SF1402837465921", "EA526018152CN").
const WAYBILL = /(?<![A-Za-z\d])[A-Za-z]{0,4}\d{8,}[A-Za-z]{0,3}(?![A-Za-z\d])/g;

/**
 * Perishable goods told of for this parcel: in the customer's messages back to the latest that names another parcel
 * (crabs said of another parcel are not in this one).
 * @param said the conversation's messages, oldest first.
 */
export const perishablesToldOf = (said: readonly string[], number: string | undefined): boolean => {
  for (const text of [...said].reverse()) {
    if ((text.match(WAYBILL) ?? []).some((n) => n.toUpperCase() !== number)) return false;
    if (perishableGoods(text)) return true;
  }
  return false;
};

/** Perishables (named in the message or in the complaint's account) told or feared spoiled in the message. */
export const spoiledPerishables = (text: string, account = ''): boolean =>
  SPOILED.test(text) && (PERISHABLE.test(text) || PERISHABLE.test(account));

/** The words the claim rules' entry on perishables is looked up by, in every language's file. */
export const PERISHABLE_ENTRY = 'perishable 生鲜 生鮮';

// Live animals among the goods: "活的大闸蟹", "活蟹", "鲜活", "生猛海鮮", "live crabs", "live lobsters".
const LIVE =
  /活的|活嘅|活生生|活蟹|活虾|活蝦|活鱼|活魚|鲜活|鮮活|生猛|活体|活體|\blive (crabs?|lobsters?|seafood|fish|shrimps?|prawns?|animals?|chickens?|eels?)\b/i;

/**
 * The goods are live animals (live crabs, seafood): not accepted as ordinary parcels, so their survival is never
 * promised — a claim question about them hears that beside the rule on perishables (blind-24 19).
 */
export const liveGoods = (text: string, account = ''): boolean => LIVE.test(text) || LIVE.test(account);
