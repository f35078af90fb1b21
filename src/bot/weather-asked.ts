import { ruleOn } from './case-rules';
import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { wantsToComplain } from './complaint-words';
import { lookUpParcel, recordedReason } from './parcel-answer';
import { shipmentIn } from './shipment-text';
import { noteOutcome } from './turn-outcome';
import { reply, say, type Turn } from './turn';

/**
 * Weather asked about as the cause of a parcel's delay or return — "Is this because of the snow on the highways?",
 * "上星期四黑雨喎 係咪因為咁所以冇人送？", "新聞說大陸那邊寒流下大雪 是因為這樣嗎", "天文台話有熱帶氣旋 深圳會唔會受影響"
 * (issue #17, blind batch 49b: 02.2, 05.2, 11.2, 13.2, 14.2 heard "sorry you were treated like that", "I can't answer"
 * or the status again): what the parcel's record says — the courier's own reason, or no weather hold noted and where
 * it is — and the market's rule on severe weather. Small talk about the weather, with no parcel spoken of, is not this.
 */

// The weather, or what it closes: typhoons, rainstorms, snow, cold waves, closed roads.
const WEATHER =
  /\b(typhoon|rainstorm|black rain|red rain|snow(storm|fall|ing)?|blizzard|storm|weather(?! to)|flood\w*)\b(?! (globe|boots?|man|shoes))|\broads? (were |are |is )?(closed|shut)\b|\bhighways? (closed|shut)\b|颱風|台风|打風|風球|风球|熱帶氣旋|热带气旋|暴雨|黑雨|紅雨|红雨|豪雨|下雪|大雪|暴雪|冰雪|寒流|寒潮|天氣|天气|封路|封高速|高速封|水浸|淹水/i;
// Asked as a cause or an effect: "is it because of", "係咪因為", "會唔會受影響", "will the typhoon delay it".
const AS_CAUSE =
  /\b(because of|due to|caused by|affect(ed|ing|s)?|delay(ed|ing|s)? (it|the parcel|deliver\w*)|held up by|hold(ing)? it up)\b|(因为|因為|由于|由於)[^，。,.!?！？]{0,6}(天气|天氣|颱風|台风|暴雨|黑雨|雪|寒流|寒潮|封路|風球|风球|打風)|(影响|影響|耽误|耽誤)|(係咪|是不是|會唔會|会不会|會不會)[^，。,.!?！？]{0,4}(因為|因为|受影響|受影响|影響|影响|延誤|延误|延遲|延迟)|(係咪|是不是|会不会|會不會|會唔會)[^，。,.!?！？]{0,6}(天气|天氣|颱風|台风|暴雨|黑雨|下雪|大雪|寒流|寒潮|封路|風球|风球|打風)|(天气|天氣|颱風|台风|暴雨|黑雨|雪|寒流|寒潮|封路|風球|风球|打風)[^，。,.!?！？]{0,12}(是因為|是因为|係咪因為|因為|因为)[^，。,.!?！？]{0,4}(這樣|这样|咁|這個|这个)/i;

const DAMAGE_TOLD = /裂|碎|破|爛|烂|坏了|壞了|壞咗|\b(broken|cracked|smashed|damaged|shattered|leak\w*)\b/i;

/**
 * Outside a complaint, or in one (`position`): the record's word on the cause and the market's rule on severe weather.
 * @returns whether it answered.
 */
export async function answerWeatherAsked(turn: Turn, position?: IntakePosition): Promise<boolean> {
  const { text, reading, services, data } = turn;
  if (!WEATHER.test(text) || !AS_CAUSE.test(text)) return false;
  // (A complaint told in the same first message — "3 days late, is it the snow? I want compensation" — is taken down;
  // its question is answered inside it. The review of fa01cd3.)
  if (!position && reading.intent === 'complaint' && wantsToComplain(text)) return false;
  // ("雪花球裂了 是不是因為天氣太冷": goods broken are the damage complaint's, whatever caused it.)
  if (!position && DAMAGE_TOLD.test(text)) return false;
  const number = reading.entities.trackingNumbers[0]?.number ?? position?.state.trackingNumbers[0] ?? data.lastTracking;
  // (No parcel in the conversation: "today's weather is awful" is small talk's.)
  if (!number) return false;
  const lookup = await lookUpParcel(services, number);
  const found = lookup.kind === 'found' ? lookup : undefined;
  const lines: string[] = [];
  if (found) {
    // (The parcel spoken of from now on: "能不能帮我催一下" next is about it — blind batch 49b: 07.2.)
    data.lastTracking = found.number;
    const local = shipmentIn(turn.locale, found.shipment).shipment;
    const reason = recordedReason(turn.locale, found.shipment);
    const last = found.view.lastScan ? local.events[found.shipment.events.indexOf(found.view.lastScan)] : undefined;
    if (reason) lines.push(say(turn, 'weather.reason', { number, reason }));
    else if (last)
      lines.push(
        say(turn, 'weather.noHold', {
          number,
          place: last.place,
          time: services.replies.dateTime(turn.locale, last.at, services.timeZone),
        }),
      );
  }
  const rule = ruleOn(turn, 'weather', found);
  if (rule) lines.push(rule);
  if (lines.length === 0) return false;
  await reply(turn, lines.join('\n'));
  if (position) turn.context.turnState.set(ANSWERED_ASIDE, true);
  else noteOutcome(turn.context, 'answered');
  return true;
}
