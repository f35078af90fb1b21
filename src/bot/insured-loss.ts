import { COD } from './cod-words';
import { grievanceIn, tellsCodUnpaid } from './grievance';
import { goodsBroke } from './message-cues';
import type { ComplaintCategory } from '../nlu';

/**
 * An insured parcel that is missing is a loss (issue #17, blind-31 06.1–06.2: "I paid for insurance … insured value
 * 4000" about a parcel stuck for a week was typed 增值服务未履行). LABELS.md keeps `value_added` for a paid extra not
 * honoured — an insured payout refused or short, cash on delivery not remitted — so a message that only tells the
 * insurance or its value, about a parcel the courier cannot account for, tells what the lost parcel was worth.
 */

// The paid extra itself disputed: a payout refused or short ("they refused my claim", "only offered 200", "保价了却只赔
// 20", "拒赔", "唔肯賠"), or a signature required that was not asked for ("signed for without my signature", "签收").
const PAYOUT_DISPUTED =
  /\b(refus\w*|reject\w*|denied|declin\w*|only (paid|offered|gave|give|pay)|short|won'?t pay|not paid out|underpaid|signature|signed)\b|拒赔|拒賠|不赔|不賠|唔賠|唔肯賠|只赔|只賠|少赔|少賠|赔少|賠少|签收|簽收/i;

// Insurance or a declared value named: "insured value 4000", "保价 3000", "有買保價", "declared value".
const INSURANCE = /\binsur\w*|\bdeclared value\b|保价|保價|投保|申报价值|申報價值/i;

/**
 * A message about a parcel the courier cannot account for that tells of its insurance or declared value, read by the
 * NLU as a paid extra not honoured (`value_added`) — or as damage, "裡面是空拍機，保價 3000" (what was inside) telling
 * nothing broken — and not of a payout refused or short, nor of cash on delivery: what the lost parcel was worth.
 */
export function insuranceToldOfLoss(read: ComplaintCategory | undefined, text: string): boolean {
  const misread =
    read === 'value_added' || (read === 'damaged' && INSURANCE.test(text) && !goodsBroke(text, 'spaces split'));
  return (
    misread &&
    !COD.test(text) &&
    !tellsCodUnpaid(text) &&
    grievanceIn(text) === undefined &&
    !PAYOUT_DISPUTED.test(text)
  );
}
