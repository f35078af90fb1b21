import { ruleOn } from './case-rules';
import { ANSWERED_ASIDE, type IntakePosition } from './intake-state';
import { asksQuestion } from './message-cues';
import { lookUpParcel } from './parcel-answer';
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
  /\b(typhoon|rainstorm|black rain|red rain|snow\w*|blizzard|storm|weather|flood\w*)\b|\broads? (were |are |is )?(closed|shut)\b|\bhighways? (closed|shut)\b|颱風|台风|打風|風球|风球|熱帶氣旋|热带气旋|暴雨|黑雨|紅雨|红雨|豪雨|下雪|大雪|暴雪|冰雪|寒流|寒潮|天氣|天气|封路|封高速|高速封|水浸|淹水/i;
// Asked as a cause or an effect: "is it because of", "係咪因為", "會唔會受影響", "will the typhoon delay it".
const AS_CAUSE =
  /\b(because|due to|caused|affect\w*|delay\w*|hold\w* up|impact\w*|reason)\b|因为|因為|由于|由於|影响|影響|耽误|耽誤|延误|延誤|延遲|延迟|係咪|是不是|會唔會|会不会|會不會/i;

/**
 * Outside a complaint, or in one (`position`): the record's word on the cause and the market's rule on severe weather.
 * @returns whether it answered.
 */
export async function answerWeatherAsked(turn: Turn, position?: IntakePosition): Promise<boolean> {
  const { text, reading, services, data } = turn;
  if (!WEATHER.test(text) || !(AS_CAUSE.test(text) || asksQuestion(text))) return false;
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
    const events = found.shipment.events;
    const problem = [...events].reverse().find((e) => e.status === 'exception' && e.description);
    const reason = problem ? local.events[events.indexOf(problem)]?.description : undefined;
    const last = found.view.lastScan ? local.events[events.indexOf(found.view.lastScan)] : undefined;
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
