/**
 * Warm thanks: "好的謝謝你喔，你人真好", "谢谢你，很有帮助", "thanks, you've been really helpful" — sincere, never the scorn
 * that "謝謝你喔" can also carry ("謝謝你喔，什麼都沒查到"). A message that praises the help or the person and says
 * nothing failed is taken at its word (issue #17, blind batch 25: 25.6 heard "sorry I didn't help" and a person).
 */

// Praise of the help or of the person ("你們服務很好" — blind batch 55b: 12.7 heard "sorry I didn't help").
const WARM =
  /你人真好|人真好|你真好|(服务|服務|态度|態度)(很好|真好|好好|一流|不错|不錯|很棒|好讚)|好专业|好專業|很专业|很專業|\b(great|good|excellent|lovely) (service|help)\b|真係好人|很有帮助|很有幫助|好有帮助|好有幫助|非常有帮助|非常有幫助|帮了大忙|幫了大忙|帮大忙|幫大忙|太感谢|太感謝|感恩|辛苦你|辛苦了|好贴心|好貼心|很贴心|很貼心|好細心|很细心|很細心|\b(so|very|really|super) (kind|helpful|sweet|patient)\b|\bthat (really )?helped\b|\byou('ve| have) been (so |very |really )?(helpful|great|kind|brilliant|wonderful)\b|\b(much|really) appreciated?\b/i;
// Anything said not to have worked ("沒用", "not helpful", "查不到"): then the thanks may be bitter.
const FAILED =
  /没用|沒用|冇用|無用|帮不上|幫不上|帮不了|幫不了|幫唔到|帮唔到|白问|白問|查不到|找不到|搵唔到|沒查到|没查到|什么都没|什麼都沒|咩都冇|\b(no|not much|not any) help\b|\b(didn'?t|doesn'?t|did not|does not|won'?t) help\b|\bnot helpful\b|\buseless\b|\bfor nothing\b|\bwaste of\b/i;

/** The customer thanks warmly, praising the help or the person, and tells nothing that failed. */
export const warmThanks = (text: string): boolean => WARM.test(text) && !FAILED.test(text);
