import { CHINESE_NUMBER, ENGLISH_NUMBER, parseNumber } from './entities/numbers';
import { RegexGate } from './regex-gate';
import type { EscalationThreat, Signals } from './types';

// English words stand alone (\b): "issue" holds "sue", "immediately" holds "media", "courteous" holds "court"; and
// "Sue" is a name, "Harbour Court" a building, "Room 315" and "$3.15" no consumer-rights day.
const THREATS: [EscalationThreat, RegExp][] = [
  [
    'regulator',
    /邮政管理局|邮管局|邮政局|12305|国家邮政|交通部|\bpostal (regulator|bureau|authority)|\bregulators?\b|\bofcom\b|\bfcc\b|\bpostal administration/i,
  ],
  [
    'consumer_association',
    // 3·15 is consumer-rights day; a bare 315 inside a number or a price is not.
    /消协|消费者协会|消保|消基会|消委会|消费者委员会|12315|315晚会|3[·.]15晚会|(?<![\d.$¥])3·15(?!\d)|\bconsumer (association|council|protection|rights)|\bbbb\b|better business bureau/i,
  ],
  [
    'media',
    /媒体|曝光|记者|上新闻|微博|抖音|小红书|发到网上|网上发|新闻|\bmedia\b|\bjournalists?\b|\bnewspapers?\b|\bgo public\b|\btwitter\b|\btiktok\b|\bpost (this|it) online|\bsocial media\b|\breporters?\b|\b(weibo|facebook|instagram|reddit|xiaohongshu)\b|\bpost (this |it |about (it|this|you) )?on (x|twitter|tiktok|weibo|facebook|instagram|reddit|xiaohongshu|social)\b|脸书|臉書|放上网|放上網|发上网|發上網|连登|連登/i,
  ],
  [
    'lawyer',
    /律师|起诉|法院|告你们|打官司|法律途径|\blawyers?\b|\battorneys?\b|\b(will|gonna|going to|i'?ll|we'?ll|to|and|or|could|can|should|might|i|we) sue\b|\bsue (you|u|your|the|them|this|ur)\b|\bsuing\b|\blegal action|\b(to|in|into) court\b|\bcourt (case|action|order|claim)s?\b|\bsmall claims/i,
  ],
];
const ANGER = [
  // 妈的 as a curse, not "我妈的生日礼物" (my mum's); 靠 as a curse, not 靠近 / 靠谱 / 靠墙 (near, reliable, by the wall).
  /垃圾|破服务|什么鬼|搞什么|搞咩|气死|无语|受不了|太过分|过分|离谱|坑|骗子|滚|他妈|tmd|(?<![我你她咱俺姑舅姨大老妈])妈的|(?<![依可停倚投])靠(?![近谱边墙岸着在得住背窗门])|我服了|像话吗|什么素质|必须|到底|怎么回事|催了个寂寞|用脚走|当足球踢/g,
  /\bunacceptable|\bridiculous|\bfurious|\bterrible|\bworst\b|\buseless|\bpathetic|\bdisgusting|\bthe hell\b|\bwtf\b|\bf\*+|\bdamn|\bbloody\b|\bscam|\boutrageous|\bunbelievable|\bseriously\b|\bfed up\b|\bsick of\b|\bdone waiting|\bthanks for nothing/gi,
  /[!！]{2,}|[?？]{2,}|😡|😠|🤬|😤|💢/gu,
];
const URGENT =
  /急|尽快|马上|立刻|立即|赶紧|快点|火速|今天必须|asap|urgent|immediately|right now|\bnow\b|as soon as possible|emergency|hurry/i;
const MINOR = /轻微|一点点|有点|稍微|小划痕|小问题|略有|slight|slightly|a little|minor|small (scratch|dent)|a bit/i;
const SEVERE =
  /严重|完全|彻底|全部|全都|碎成渣|报废|整个|巨大|severe|seriously damaged|completely|totally|badly|destroyed|ruined|entire/i;
const DAYS = `(${CHINESE_NUMBER}|\\d+)`;
// How late the customer says it is: explicit lateness first, then elapsed time while it still has not come.
const DAYS_LATE: RegExp[] = [
  new RegExp(
    `(?:晚了|迟了|延误了?|延迟了?|超时了?|超期|逾期|慢了|晚到了?|遲咗|迟咗)(?:整整|足足)?${DAYS}(?:个)?(天|日|礼拜|星期|周)`,
  ),
  new RegExp(`${DAYS}(?:个)?(天|日|礼拜|星期|周)(?:才到|才送到)`),
  new RegExp(`超过.{0,8}${DAYS}(?:个)?(天|日|礼拜|星期|周)`),
  new RegExp(`\\b(${ENGLISH_NUMBER}) (?:business )?(day|week)s? (?:late|overdue|past|behind|after)`, 'i'),
  new RegExp(`\\b(?:arrived|came|brought it|delivered(?: it)?) (${ENGLISH_NUMBER}) (day|week)s? late`, 'i'),
];

function toDays(count: number, unit: string): number {
  return /礼拜|星期|周|week/i.test(unit) ? count * 7 : count;
}

// "A week" late: seven days, when no count was read.
const A_WEEK = /一个(礼拜|星期)|a week late|week late/;
const LATE = /晚|迟|延误|late/;

// Every pattern above, so that one walk over the text tells which of them can match at all (most cannot).
export const SIGNAL_PATTERNS: readonly RegExp[] = [
  ...ANGER,
  ...THREATS.map(([, pattern]) => pattern),
  ...DAYS_LATE,
  URGENT,
  MINOR,
  SEVERE,
  A_WEEK,
  LATE,
];
// Made when readSignals is first called without a gate's answer (the NLU passes its own: see text-gate).
let gate: RegexGate | undefined;
const ANGER_AT = 0;
const THREATS_AT = ANGER.length;
const DAYS_LATE_AT = THREATS_AT + THREATS.length;
const URGENT_AT = DAYS_LATE_AT + DAYS_LATE.length;
const A_WEEK_AT = URGENT_AT + 3;

/**
 * Tone and escalation signals of a message (normalised, Simplified, lower case). `may` is a RegexGate's answer for
 * the text with SIGNAL_PATTERNS first, when the caller has one.
 */
export function readSignals(
  text: string,
  emphatic = false,
  may: Uint8Array = (gate ??= new RegexGate(SIGNAL_PATTERNS)).mayMatch(text),
): Signals {
  // Repeated ! and ? were collapsed by normalisation; `emphatic` says they were there.
  let hits = emphatic ? 1 : 0;
  for (let i = 0; i < ANGER.length; i += 1) if (may[ANGER_AT + i]) hits += text.match(ANGER[i] as RegExp)?.length ?? 0;
  const threat = THREATS.find(([, pattern], i) => may[THREATS_AT + i] === 1 && pattern.test(text))?.[0] ?? null;
  if (threat) hits += 2;
  let daysLate: number | null = null;
  for (let i = 0; i < DAYS_LATE.length; i += 1) {
    const m = may[DAYS_LATE_AT + i] ? (DAYS_LATE[i] as RegExp).exec(text) : null;
    if (m) {
      const count = parseNumber(m[1] as string);
      if (count !== undefined) daysLate = toDays(count, m[2] as string);
      break;
    }
  }
  if (may[A_WEEK_AT] === 1 && A_WEEK.test(text) && daysLate === null && may[A_WEEK_AT + 1] === 1 && LATE.test(text))
    daysLate = 7;
  return {
    anger: Math.min(1, Math.round(hits * 0.25 * 100) / 100),
    urgent: may[URGENT_AT] === 1 && URGENT.test(text),
    escalationThreat: threat,
    minor: may[URGENT_AT + 1] === 1 && MINOR.test(text),
    severe: (may[URGENT_AT + 2] === 1 && SEVERE.test(text)) || (daysLate !== null && daysLate >= 3),
    daysLate,
  };
}
