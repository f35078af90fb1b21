import { saysNoNumber } from './no-number';

/**
 * After filing, a correction to the ticket's tracking number — "改單號，冇單號", "remove the tracking number, I don't have
 * one", "单号填错了 删掉吧": the customer corrects what was filed, which only the agent can change; it goes on the ticket
 * as the customer's correction, and they hear that the agent will see it (issue #17) — never "I'm not sure what you
 * mean".
 */

// Asked to be changed or taken off: "改", "更正", "删掉", "拿走", "唔要", "remove", "take off", "wrong".
const CHANGE =
  /改|更正|修正|订正|訂正|删|刪|去掉|拿掉|拿走|撤|唔要|不要|填错|填錯|写错|寫錯|打错|打錯|\b(change|correct|fix|update|amend|remove|delete|drop|take (it |that )?(off|out)|wrong|mistake)\b/i;
// The tracking number, however it is named.
const NUMBER =
  /单号|單號|运单号|運單號|快递单号|快遞單號|\btracking( number| no\.?)?\b|\b(the|that|this) number\b|\bwaybill( number)?\b/i;

/** The message corrects the filed complaint's tracking number: changes or removes it, or says there is none. */
export const correctsFiledNumber = (text: string): boolean =>
  (CHANGE.test(text) && NUMBER.test(text)) || (saysNoNumber(text) && text.trim().length <= 60);
