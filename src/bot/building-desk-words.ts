/**
 * "can the courier just leave it with the security guard downstairs?", "放楼下保安那里就行", "交俾看更代收啦", "放警衛室就好":
 * a wish to have the parcel left with someone of the recipient's building — its security desk, front-desk guard,
 * concierge or management office (issue #17, blind batch 25: 01.3–01.4). A delivery instruction the recipient
 * gives, with their consent in it; the station notes it on the delivery. A story of where it was left ("结果放保安了",
 * "they left it with the guard") or a refusal ("别放门卫") is no such wish. A neighbour named to take it in is such a
 * person too (`neighbour-words.ts`).
 */
import { englishNeighbourIn, NEIGHBOUR_ZH, neighbourNamed, notReceived } from './neighbour-words';

// Someone of the building who takes parcels in for its residents (a compound's or campus's gate post and mailroom
// too: 门岗, 传达室, 收发室 — blind batch 45b: 09.1). ("一樓櫃檯", "接待櫃檯": an office tower's front desk —
// blind batch 39b: 12.3–12.7 read it as a locker, 櫃.)
const DESK_ZH =
  '物业|物業|管理处|管理處|管理室|管理员|管理員|管理中心|保安室|保安|门卫室|門衛室|门卫|門衛|门岗|門崗|岗亭|崗亭|传达室|傳達室|收发室|收發室|警衛室|警卫室|警衛|警卫|看更|前台|前檯|大堂|接待櫃檯|接待柜台|接待處|接待处|服務台|服务台|櫃檯|柜台';
const DESK_EN =
  "security (guard|desk|office)|security|(front|reception) desk|front-desk guard|receptionist|reception|concierge|doorman|guard( ?house)?|gatehouse|mail ?room|post ?room|building('s)? (management|manager|office)|management office|property (management|office)|lobby";

// "放楼下保安那", "放小区门口门卫那", "交给门卫", "擺喺管理處", "留俾看更", "送到小区门口的岗亭就行": left with them, where
// they are, or handed to them;
// "让物业帮我代收": they take it in for the customer.
const LEFT_WITH_ZH = new RegExp(
  `(?:(?:放|交|留|擺|摆|寄放|存)(?:在|喺|到|去|给|給|俾|畀)?|送(?:到|去|喺|俾|畀|给|給))[^，。,.!?！？\\s]{0,5}?(${DESK_ZH}|${NEIGHBOUR_ZH})|(${DESK_ZH}|${NEIGHBOUR_ZH})(?:那里|那裡|那边|那邊|度|處|处)?\\s?(?:有人)?(?:可以|能|會|会)?(?:帮我|幫我|替我|同我|帮忙|幫忙)?(?:代收|代签|代簽|签收|簽收|收(?!拾|费|費|钱|錢|到|了|咗))`,
);
const DESK_WORD = new RegExp(`^(?:${DESK_EN})$`, 'i');
// "leave it with the security guard", "give it to the guard at the front desk", "drop it at reception", "can it be left
// with the guard", "please deliver to the gatehouse of my compound" (a review of session 45; "deliver it to reception at
// 88 Century Avenue" is an address, its desk noted on it).
const LEFT_WITH_EN = new RegExp(
  `\\b(?:leave|leaving|left|give|hand|drop)\\b[^.?!]{0,24}?\\b(?:with|at|to)\\s+(?:the |our |my )?(?:building'?s? |downstairs |lobby )?(${DESK_EN})\\b|\\b(?:deliver|bring|take)\\b(?: it| them| the parcel)? to\\s+(?:the |our |my |her |his )?(?:building'?s? |downstairs |lobby )?(${DESK_EN})\\b(?![^.?!\\d]*\\d)`,
  'i',
);

// "the doorman can take it", "could the building management take it?": they take it in, said the other way round.
const TAKEN_IN_EN = new RegExp(
  `\\b(?:the |our |my )?(?:building'?s? |downstairs |lobby )?(${DESK_EN})\\s+(?:can|could|will|may)\\s+(?:take|sign for|receive|accept|keep)\\s+(?:it|them|the parcel)\\b|\\b(?:can|could|will|may)\\s+(?:the |our |my )(?:building'?s? |downstairs |lobby )?(${DESK_EN})\\s+(?:take|sign for|receive|accept|keep)\\s+(?:it|them|the parcel)\\b`,
  'i',
);

// Where it was left, or what was asked for before, told — not asked for now ("told you to leave it with the
// concierge, it went in a paid locker", "講明放管理處 你哋擺咗入櫃": a special request ignored).
const HAPPENED =
  /结果|結果|却|卻|竟然|居然|明明|说了|說了|讲咗|講咗|讲明|講明|交代|吩咐|叮嘱|叮囑|不是说|不是說|唔係話|放了|放咗|擺咗|摆了|交了|交咗|\b(they|he|she|courier|driver) (just )?(left|gave|handed)\b|\b(was|were|been|got) (left|given|handed)\b|\b(may|might|must|could) have (left|given|handed)\b|\b(told|asked) (you|them|him|her|the courier|the driver|your courier|your driver)\b|\bi (said|told|asked)\b|\bwent (in|into)\b/i;
// "快递员把它交给保安了", "放咗喺管理處咗": left there already (not "交给保安就好了").
const LEFT_ALREADY = new RegExp(
  `(${DESK_ZH}|${NEIGHBOUR_ZH})(?:那里|那裡|那边|那邊|那|度|處|处)?(?:代收|代签|代簽|签收|簽收|收)?(?:了|咗)(?![^，。,.!?！？]{0,3}(?:吧|啦|就))`,
);
// "别放门卫", "唔好交俾看更", "don't leave it with the guard", "不要送到保安那里", "please don't deliver to the reception":
// not there; "没送到前台" tells it was not (a stranger's review of session 46).
const REFUSED =
  /(别|別|不要|唔好|不用|唔使|勿)\s*(放|交|留|擺|摆|送)|(没|沒|冇)(有)?(送|放|交)(到|去|喺|俾|给|給)?|\b(don'?t|do not|never|not|didn'?t)\s+(leave|give|hand|drop|deliver|bring|take|send)\b/i;

const NEIGHBOUR_WORD = new RegExp(`^(?:${NEIGHBOUR_ZH})$`);

/**
 * The building's person or desk the words ask the parcel to be left with, as the customer named them ("security
 * guard", "保安", "管理處"), or the neighbour with their name and flat ("neighbour Mrs Li in 1202", "隔壁1202李阿姨");
 * undefined when they ask no such thing.
 */
export function buildingDeskIn(text: string): string | undefined {
  if (HAPPENED.test(text) || LEFT_ALREADY.test(text) || REFUSED.test(text)) return undefined;
  const zh = LEFT_WITH_ZH.exec(text);
  if (zh) {
    const word = zh[1] ?? zh[2] ?? '';
    if (!NEIGHBOUR_WORD.test(word)) return word;
    return notReceived(text) ? undefined : neighbourNamed(text, zh.index + zh[0].lastIndexOf(word), word);
  }
  // ("building management": the building's is said around it.)
  const en = LEFT_WITH_EN.exec(text) ?? TAKEN_IN_EN.exec(text);
  const desk = en?.[1] ?? en?.find((group, i) => i > 0 && group !== undefined && DESK_WORD.test(group));
  if (desk) return desk.toLowerCase().replace(/^building'?s? /, '');
  return notReceived(text) ? undefined : englishNeighbourIn(text);
}
