// "得 幫我轉 快啲", "transfer me, quickly", "快点转人工": the hurry is the hand-off's, not the parcel's (blind batch 25:
// 27.4 had the parcel sped up instead). No imports: the speed-up and the delivery-change readings both need it.
const TRANSFER_HURRIED =
  /幫我轉|帮我转|[转轉]接|[转轉](人工|真人|客服|同事)|\b(transfer (me|it|this)|put me through|connect me)\b/i;

/**
 * The message hurries the hand-off to a person, not the parcel — by a transfer asked for; a person only named ("不需要人工了，
 * 帮我加急", "forget the agent, just speed it up") is no transfer.
 */
export const hurriesTransfer = (text: string): boolean => TRANSFER_HURRIED.test(text);
