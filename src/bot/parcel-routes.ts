import { ANSWERED_ASIDE } from './intake-state';
import { listedParcelNamed } from './listed-parcels';
import { lookUpParcel } from './parcel-answer';
import { endNames, parcelsSeenIn } from './parcel-in-words';
import { shipmentIn } from './shipment-text';
import { deliveryChangeKind } from './delivery-change-reading';
import { reply, say, type Turn } from './turn';
import { wantsToComplain } from './complaint-words';

/**
 * Which parcel goes where (issue #17, blind batch 43a): "哪個是寄去成都的 哪個是寄來西安給我的", "which is which?",
 * "卡在鄭州的是我寄給朋友的嗎？我搞混了" with two parcels in the chat — each parcel's route, not a complaint; and "why is
 * the second one going to beijing?? im in shanghai", "怎么是寄到上海的 我在苏州啊 商家是不是给错号了" — where that parcel
 * goes, and that a parcel addressed elsewhere is probably not theirs: the shop may have given the wrong number (01.2
 * opened a wrong-information complaint; 07.3 heard "I can't answer that here").
 */

// "which is which", "哪个是哪个", "邊個係邊個", "搞混了", "分唔清", "which one is going to Chengdu".
const WHICH_IS_WHICH =
  /\bwhich (one )?is which\b|\bwhich (one|parcel|package|number) is (the one )?(going|headed|sent|coming|for|to|from|mine|my)\b|哪个是哪个|哪個是哪個|边个系边个|邊個係邊個|邊個打邊個|哪个是(寄|送|发|去|到|我|给|從|从)|哪個是(寄|送|發|去|到|我|給|從|从)|邊個係(寄|送|去|到|我|俾|由)|边个系(寄|送|去|到|我|俾|由)|(分不清|分唔清)[^，。,.!?！？]{0,4}(哪|邊)/i;

// "why is it going to Beijing", "怎么是寄到上海的", "点解寄去北京", "商家是不是给错号了": where the parcel is going
// questioned — a place after the going word; not "why did it go back" (a return) nor "wrong number" of a typo.
const WRONG_PARCEL_ASKED =
  /\bwhy (is|does|did|was) (it|this|that|the \w+ one|the \w+ parcel|the second one|the first one|the other one)( one)? (go|going|sent|headed|went|addressed) to (?!me\b|my\b|the sender|her\b|him\b)[a-z]|\b(shop|seller|store) (gave|sent) (me )?(the )?wrong (tracking )?number\b|怎么是(寄|送|发)(到|去|往)(?!我)|怎麼是(寄|送|發)(到|去|往)(?!我)|为什么(寄|送|发)(到|去|往)(?!我)|為什麼(寄|送|發)(到|去|往)(?!我)|点解(寄|送)(咗)?(去|到)(?!我)|點解(寄|送)(咗)?(去|到)(?!我)|(商家|卖家|賣家|店家)[^，。,.!?！？]{0,6}(给|給|俾)(错|錯)(了)?(号|號|单号|單號)/i;

// Where it is said to be going: "going to beijing", "寄到上海的", "送去北京".
const GOING_TO =
  /\b(?:go|going|sent|headed|went|addressed) to ([a-z][a-z' -]{1,20})|(?:寄|送|发|發)(?:咗)?(?:到|去|往)([\u4e00-\u9fff]{2,6})/i;
// The shop's number doubted.
const SHOP_NUMBER_DOUBTED =
  /\b(shop|seller|store) (gave|sent) (me )?(the )?wrong (tracking )?number\b|(商家|卖家|賣家|店家)[^，。,.!?！？]{0,6}(给|給|俾)(错|錯)(了)?(号|號|单号|單號)/i;
// Where the customer is: "I live in Chengdu", "我在苏州".
const WHERE_I_AM =
  /\b(?:i'?m|i am|im|i live|we live|we'?re|we are)\s+(?:[a-z]+\s+){0,4}?(?:in|at)\s+([a-z][a-z' -]{1,20})|(?:我|我们|我們|我哋)(?:人)?(?:在|住在|住|喺)\s*([\u4e00-\u9fff]{2,6})/i;
// The address was the customer's own, or the parcel is told missing: a complaint, not a doubt about whose it is.
const TOLD_OTHERWISE =
  /我填的|我写的|我寫的|我填嘅|\bi (wrote|put|entered|gave)\b|没收到|沒收到|冇收到|\b(paid for|never (got|received)|haven'?t (got|received))\b/i;

/** Each parcel the chat has seen, with where it goes: "YT…: 杭州 → 成都". */
async function routesOf(turn: Turn, numbers: readonly string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const number of numbers) {
    const lookup = await lookUpParcel(turn.services, number);
    if (lookup.kind !== 'found') continue;
    const { origin, destination } = shipmentIn(turn.locale, lookup.shipment).shipment;
    lines.push(say(turn, 'parcels.routeLine', { number, origin, destination }));
  }
  return lines;
}

/** The parcel a "why is it going there?" is about: named, by place or order, or the chat's. */
function parcelAsked(turn: Turn): string | undefined {
  return turn.reading.entities.trackingNumbers[0]?.number ?? listedParcelNamed(turn) ?? turn.data.lastTracking;
}

/**
 * The answer to "which is which?" or "why is it going there?", when the message asks one; undefined otherwise.
 */
async function routesAnswer(turn: Turn): Promise<string | undefined> {
  const seen = parcelsSeenIn(turn);
  if (WHICH_IS_WHICH.test(turn.text) && seen.length >= 2) {
    const lines = await routesOf(turn, seen);
    if (lines.length >= 2) return [say(turn, 'parcels.whichIsWhich'), ...lines].join('\n');
  }
  const number = parcelAsked(turn);
  if (!number || !WRONG_PARCEL_ASKED.test(turn.text) || TOLD_OTHERWISE.test(turn.text)) return undefined;
  if (deliveryChangeKind(turn.text, turn.reading) === 'change_address' || wantsToComplain(turn.text)) return undefined;
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found' || ['returned', 'returning'].includes(lookup.view.status)) return undefined;
  const ends = endNames(lookup.shipment, 'destination').map((end) => end.toLowerCase());
  // The place after the going word is where this parcel goes ("why is it going to beijing"), unless the shop's number
  // alone is doubted; and the customer is not there ("I live in Chengdu so that's right").
  const going = GOING_TO.exec(turn.text);
  const place = (going?.[1] ?? going?.[2] ?? '').toLowerCase();
  const shopDoubted = SHOP_NUMBER_DOUBTED.test(turn.text);
  if (!shopDoubted && !(place && ends.some((end) => end.length >= 2 && place.includes(end)))) return undefined;
  const there = WHERE_I_AM.exec(turn.text);
  const mine = (there?.[1] ?? there?.[2] ?? '').toLowerCase();
  if (mine && ends.some((end) => end.length >= 2 && mine.includes(end))) return undefined;
  const { origin, destination } = shipmentIn(turn.locale, lookup.shipment).shipment;
  return say(turn, 'parcels.maybeNotYours', { number, origin, destination });
}

/** Answers "which is which?" or "why is it going there?" outside a complaint. @returns whether it did. */
export async function answerParcelRoutes(turn: Turn): Promise<boolean> {
  const answer = await routesAnswer(turn);
  if (!answer) return false;
  await reply(turn, answer);
  return true;
}

/**
 * The same in the middle of a complaint being taken down, then the step again — not when the message names another
 * parcel by its number ("SF… 这个也是我的 哪个是哪个啊"), which the other-parcel reading holds for its own complaint.
 * @returns whether it did.
 */
export async function answerParcelRoutesInIntake(turn: Turn, own: string | undefined): Promise<boolean> {
  if (turn.reading.entities.trackingNumbers.some((t) => t.number !== own)) return false;
  if (!(await answerParcelRoutes(turn))) return false;
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
