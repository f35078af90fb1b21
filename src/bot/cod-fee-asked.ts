import { COD } from './cod-words';
import type { Turn } from './turn';

// A handling fee or its rate asked: "手續費幾多%", "what's the fee percentage".
const HANDLING_FEE =
  /手續費|手续费|\bhandling fee\b|\bfee\b[^.?!]{0,12}(%|percent)|幾多\s*%|多少\s*%|百分之|\bpercent(age)?\b/i;

/**
 * "係咪扣咗手續費？幾多%" with cash on delivery spoken of, in the message or the two before (blind batch 42b 13.2
 * heard the local price list): cash on delivery's fee is asked.
 */
export const asksCodHandlingFee = (turn: Turn): boolean =>
  HANDLING_FEE.test(turn.text) &&
  !FREIGHT_COLLECT.test(turn.text) &&
  [turn.text, ...(turn.data.said ?? []).slice(-2)].some((t) => COD.test(t));

// Freight collect named — "到付要手续费吗", "is there a fee for freight collect": the postage paid on arrival, not cash on
// delivery (a stranger's check of 787767a).
const FREIGHT_COLLECT = /(?<![货貨])到付(?!款)|\bfreight collect\b/i;
