/**
 * Someone else pressing, told as the reason for asking (issue #17, blind batch 27: 28.3): "幫我睇下 SF… 去到邊，客人催緊",
 * "SF… 到哪了，买家一直在催", "where is it? my client is in a hurry" — the customer's buyer or boss hurrying them is
 * why they ask where the parcel is, not a request to speed the parcel up; "客人催緊，幫我催下" still asks it.
 */

// A third party hurrying or chasing: "客人催緊", "买家一直在催", "老闆催咗幾次", "my client keeps chasing me",
// "the buyer is in a hurry", "my customer is asking for it urgently".
const OTHERS_HURRY =
  /(客人|客户|客戶|买家|買家|顾客|顧客|收件人|老板|老闆|上司|老细|老細|佢哋|佢|他们|他們|她们|她們|他|她)(一直|成日|不停|又|都|已经|已經|好|很)?(在)?(催|急)(緊|紧|着|著|咗|了|住|得好緊|得很紧|我)?|\b(my |the |our )?(client|customer|buyer|boss|recipient|receiver)s? (is|are|was|were|keeps?|kept|has been|have been)( (really|so|very|already|still|constantly))? (chasing|asking|pushing|nagging|hurrying|rushing|in a (hurry|rush)|urgent|impatient)( me| us)?( for it)?( urgently)?\b/gi;

/** The message with every clause of someone else hurrying taken out: what is left is the customer's own request. */
export const withoutOthersHurrying = (text: string): string => text.replace(OTHERS_HURRY, ' ');
