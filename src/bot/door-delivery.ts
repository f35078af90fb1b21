/**
 * Whether parcels are brought to the door by default ("不是默认送上门吗？", "以后能不能都送上门", "aren't you supposed to
 * deliver to the door?"): the market's rule — to the door unless the recipient agrees otherwise — from the knowledge
 * files, also asked in the middle of a complaint about a parcel left in a locker (issue #17, blind batch 25: 18.4, 18.6).
 */
import { asksQuestion } from './message-cues';

const TO_DOOR =
  /送货上门|送貨上門|送上门|送上門|送到家|送到门口|送到門口|派送上门|派件上門|上门派送|上門派送|送到府|配送到府|送貨到府|送到楼上|送到樓上|送上楼|送上樓|\b(deliver(ed|s|y|ing)?|brought|bring|take|taken)\b[^.?!]{0,20}\b(to (my|the|our) (door|doorstep|front door|flat|apartment|house|home)|upstairs)\b|\bdoor(step)? delivery\b/i;
// The rule asked, not one delivery told: "by default", "always", "supposed to", "不是…吗", "能不能", "是不是".
const AS_A_RULE =
  /默认|默認|預設|一律|都送|都要送|一定|必须|必須|应该|應該|是不是|是唔是|係咪|不是|唔係|能不能|可不可以|可唔可以|可以|会不会|會不會|會唔會|有没有|有沒有|\b(default|always|supposed to|should(n'?t)?|by rule|normally|usually|standard|can you|could you|will you|isn'?t it|aren'?t you|don'?t you)\b/i;

/** The message asks whether the courier delivers to the door as a rule. */
export const asksDoorDelivery = (text: string): boolean =>
  TO_DOOR.test(text) && AS_A_RULE.test(text) && asksQuestion(text);
