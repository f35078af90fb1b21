/**
 * "if nobody answers, leave it with Mrs Li next door in 1202", "放隔壁1202李阿姨那里就行", "交俾隔籬屋陳太代收啦": a
 * neighbour the recipient named to take the parcel in when nobody is home (issue #17, blind batch 36b: 05.4–05.6). Like
 * the building's guard, a delivery instruction given with the recipient's consent; said back with the name and the
 * flat the customer gave, so the courier knows whose door to knock on.
 */

// Who may take a parcel in for the recipient, before "代收" ("同事代收", "門衛代收"): shared by the reading of that question
// (someone-else-receives.ts) and of a hold (delivery-change-reading.ts), where such a person is no place to hold it.
export const TAKERS_ZH =
  '同事|邻居|鄰居|隔篱|隔籬|家人|屋企人|老婆|老公|太太|先生|朋友|室友|同学|同學|前台|前檯|门卫|門衛|保安|管理员|管理員|管理处|管理處|管理室|物业|物業|秘书|秘書|助理|别人|別人|其他人';

// "对面邻居", "隔壁", "隔籬屋", "對門": a neighbour (longer words first, so "對面鄰居" is said whole).
export const NEIGHBOUR_ZH = '对面邻居|對面鄰居|隔壁邻居|隔壁鄰居|邻居|鄰居|隔壁|隔籬屋|隔籬|对门|對門';
const NEIGHBOUR_EN = /\b(?:neighbou?r(?:'s|s'?)?|next[- ]door|across the (?:hall|landing))\b/i;
// The neighbour named first, as the words to be left "with": "the neighbour…", "her neighbour…", "Mrs Li next door…".
const NEIGHBOUR_FIRST_EN =
  /^\s*(?:(?:the|our|my|her|his|their|a)\s+)?(?:(?:Mrs|Mr|Ms|Miss|Dr|Auntie|Aunty|Uncle|Granny)\.?\s+[A-Z][a-z]+\s+)?(?:neighbou?r|next[- ]door)/i;
const TITLED_NAME_EN = /\b(?:Mrs|Mr|Ms|Miss|Dr|Auntie|Aunty|Uncle|Granny)\.?\s+[A-Z][a-z]+/;
// ("in flat 5", "at #12", "in 1202", "from 12B" — not "at 9", a time.)
const FLAT_EN =
  /\b(?:in|at|from|of)\s+(?:(?:(?:flat|unit|apt|apartment|room|no|number)\.?\s*|#\s*)([A-Z]?\d{1,4}[A-Z]?)|(\d{3,4}[A-Z]?|\d{1,2}[A-Z]))\b/i;
// "leave it with…", "can it be left with…", "give it to…": what the parcel is to be left with, to the sentence's end.
const NEIGHBOUR_LEFT_WITH_EN = /\b(?:leave|left|give|hand|drop)\b[^.?!]{0,24}?\b(?:with|to)\b([^.?!]{1,48})/i;
// "leave it next door", "her neighbour can take it".
const LEFT_NEXT_DOOR_EN = /\b(?:leave|drop)\s+(?:it|them|the parcel|the package)\s+next[- ]door\b/i;
const NEIGHBOUR_TAKES_IT_EN =
  /\bneighbou?rs?\b[^.?!,]{0,24}?\b(?:can|could|will|may)\s+(?:take|sign for|receive|accept|keep)\s+(?:it|them|the parcel)\b/i;

// What follows the word: "1202李阿姨", "陳太", up to where they are said to take it in.
const TAIL_ZH =
  /^[^，。,.!?！？\s]{0,10}?(?=那里|那裡|那边|那邊|那|度|處|处|代收|代签|代簽|签收|簽收|收|啦|吧|就|帮|幫|替|同我|[吗嗎呀啊嘛咩呢了咗]|[，。,.!?！？\s]|$)/;
// "隔壁便利店", "隔壁小区的快递柜", "隔壁的菜鸟驿站": a place next door — a store, a locker, a station — not a neighbour.
const PLACE_NEXT_DOOR =
  /^(?:的)?(?:小区|小區|大厦|大廈|楼|樓|栋|棟|座|街|铺|舖|店|便利店|超市|士多|快递柜|快遞櫃|柜|櫃|驿站|驛站|网点|網點|门市|門市|服务点|服務點|代收点|代收點|菜鸟|菜鳥|7-11|711|全家|萊爾富|莱尔富|OK)/i;

/** The neighbour as the customer named them ("neighbour Mrs Li in 1202", "隔壁1202李阿姨"), given where in the words it starts. */
export function neighbourNamed(text: string, wordAt: number, word: string): string | undefined {
  const after = text.slice(wordAt + word.length);
  if (PLACE_NEXT_DOOR.test(after)) return undefined;
  const tail = TAIL_ZH.exec(after)?.[0] ?? '';
  // ("快递员放邻居家了": where it was left, told.)
  if (/^[了咗]/.test(after.slice(tail.length))) return undefined;
  return `${word}${tail}`;
}

/** The neighbour an English message asks the parcel to be left with ("neighbour Mrs Li in 1202"), if any. */
export function englishNeighbourIn(text: string): string | undefined {
  const window = NEIGHBOUR_LEFT_WITH_EN.exec(text)?.[1];
  const named = window !== undefined && NEIGHBOUR_FIRST_EN.test(window);
  if (!named && !LEFT_NEXT_DOOR_EN.test(text) && !NEIGHBOUR_TAKES_IT_EN.test(text)) return undefined;
  const around = named ? window : text;
  const name = TITLED_NAME_EN.exec(around)?.[0];
  const found = FLAT_EN.exec(around);
  const flat = found?.[1] ?? found?.[2];
  return `neighbour${name ? ` ${name}` : ''}${flat ? ` in ${flat}` : ''}`;
}

// "…but I never got it", "she says nothing came", "邻居说没有，到底放哪了": a parcel missing, the neighbour a place it may
// be — no instruction to leave it there (the review of blind batch 37's fixes).
const NOT_RECEIVED =
  /没收到|沒收到|冇收到|收不到|说没有|說沒有|话冇|話冇|放哪|放到哪|放咗邊|放去邊|唔見|不见|不見|\b(never (got|received|came|arrived)|didn'?t (get|receive|come|arrive)|not (received|arrived)|nothing (came|arrived)|(says?|said) (nothing|no|she|he|they)|(is|it'?s) (gone|missing|lost)|can you check)\b/i;

/** The message tells of a parcel not received: a neighbour named in it is where it may be, not where to leave it. */
export const notReceived = (text: string): boolean => NOT_RECEIVED.test(text);

const NEIGHBOUR_FIRST_ZH = new RegExp(`^(?:${NEIGHBOUR_ZH})`);

/** Whether a place to leave the parcel with, as stored, is a neighbour rather than the building's desk. */
export function isNeighbour(place: string): boolean {
  return NEIGHBOUR_EN.test(place) || NEIGHBOUR_FIRST_ZH.test(place);
}
