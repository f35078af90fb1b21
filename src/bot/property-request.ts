import { leftWithProperty } from './delivery-change-reading';

// "家里没人就…", "屋企冇人嘅話", "if nobody's in", "if I'm not home", "when we're out": what to do when nobody is home.
const IF_NOBODY_HOME =
  /(没|沒|冇|無)(有)?人(在|喺)?(家|屋企|屋)?(的话|的話|嘅話|嘅时候|嘅時候)?[，,\s]*(就|便|要|可以|麻烦|麻煩|唔該|请|請)?[^，。,.!?！？]{0,3}(交|放|留|给|給|俾|畀)|\bif (nobody|no one|no-one|noone)('?s| is)? (in|home|there|around)\b|\bif (i'?m|i am|we'?re|we are) (not (in|home|there|around)|out|away)\b|\b(when|while) (i'?m|we'?re) (out|not (in|home))\b/i;
// A story of what happened, not a request: "说了送到家，结果放物业了", "they left it with the guard instead".
const HAPPENED =
  /结果|結果|却|卻|竟然|居然|明明|说了|說了|讲咗|講咗|不是说|不是說|唔係話|放了|放咗|交了|交咗|\b(they|he|she|courier|driver) (left|gave|handed)\b|\b(was|were) (left|given|handed)\b/i;

/**
 * "送到家，家裡沒人就交給管理室代收", "唔該送去屋企，屋企冇人就交俾管理處代收", "deliver it home and leave it with building
 * management if nobody's in" (issue #17): a request to bring the parcel home with a note to leave it with the
 * building's management when nobody is in — a redelivery to record, never a complaint about a special request.
 * A story of where it was left ("说了送到家，结果交给物业了") is no such request.
 */
export const asksLeaveWithProperty = (text: string): boolean =>
  leftWithProperty(text) && IF_NOBODY_HOME.test(text) && !HAPPENED.test(text);
