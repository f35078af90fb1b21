import { ANSWERED_ASIDE } from './intake-state';
import { listedParcelNamed } from './listed-parcels';
import { lookUpParcel } from './parcel-answer';
import { parcelsSeenIn } from './parcel-by-place';
import { shipmentIn } from './shipment-text';
import { deliveryChangeKind } from './delivery-change-reading';
import { reply, say, type Turn } from './turn';

/**
 * Which parcel goes where (issue #17, blind batch 43a): "哪個是寄去成都的 哪個是寄來西安給我的", "which is which?",
 * "卡在鄭州的是我寄給朋友的嗎？我搞混了" with two parcels in the chat — each parcel's route, not a complaint; and "why is
 * the second one going to beijing?? im in shanghai", "怎么是寄到上海的 我在苏州啊 商家是不是给错号了" — where that parcel
 * goes, and that a parcel addressed elsewhere is probably not theirs: the shop may have given the wrong number (01.2
 * opened a wrong-information complaint; 07.3 heard "I can't answer that here").
 */

// "which is which", "哪个是哪个", "邊個係邊個", "搞混了", "分唔清", "which one is going to Chengdu".
const WHICH_IS_WHICH =
  /\bwhich (one )?is which\b|\bwhich (one|parcel|package|number) is (the one )?(going|headed|sent|coming|for|to|from|mine|my)\b|哪个是哪个|哪個是哪個|边个系边个|邊個係邊個|邊個打邊個|哪个是(寄|送|发|去|到|我|给|從|从)|哪個是(寄|送|發|去|到|我|給|從|从)|邊個係(寄|送|去|到|我|俾|由)|边个系(寄|送|去|到|我|俾|由)|搞混|搞乱|搞亂|搞錯咗邊個|分不清|分唔清|弄混/i;

// "why is it going to Beijing", "怎么是寄到上海的", "点解寄去北京", "商家是不是给错号了": where the parcel is going
// questioned — a place after the going word; not "why did it go back" (a return) nor "wrong number" of a typo.
const WRONG_PARCEL_ASKED =
  /\bwhy (is|does|did|was) (it|this|that|the \w+ one|the \w+ parcel|the second one|the first one|the other one)( one)? (go|going|sent|headed|went|addressed) to (?!me\b|my\b|the sender|her\b|him\b)[a-z]|\b(shop|seller|store) (gave|sent) (me )?(the )?wrong (tracking )?number\b|怎么是(寄|送|发)(到|去|往)(?!我)|怎麼是(寄|送|發)(到|去|往)(?!我)|为什么(寄|送|发)(到|去|往)(?!我)|為什麼(寄|送|發)(到|去|往)(?!我)|点解(寄|送)(咗)?(去|到)(?!我)|點解(寄|送)(咗)?(去|到)(?!我)|(商家|卖家|賣家|店家)[^，。,.!?！？]{0,6}(给|給|俾)(错|錯)(了)?(号|號|单号|單號)/i;

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
  if (!number) return undefined;
  const lookup = await lookUpParcel(turn.services, number);
  if (lookup.kind !== 'found') return undefined;
  // (Where the customer is, said alone, asks nothing: "可唔可以改送去我度 我住觀塘" is a new address.)
  if (!WRONG_PARCEL_ASKED.test(turn.text) || deliveryChangeKind(turn.text, turn.reading) === 'change_address')
    return undefined;
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

/** The same in the middle of a complaint being taken down, then the step again. @returns whether it did. */
export async function answerParcelRoutesInIntake(turn: Turn): Promise<boolean> {
  if (!(await answerParcelRoutes(turn))) return false;
  turn.context.turnState.set(ANSWERED_ASIDE, true);
  return true;
}
