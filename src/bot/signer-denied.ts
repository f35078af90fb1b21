/**
 * "不是我签的！尾号1111，你查查到底谁签的", "I never signed for it, who did?", "唔係我簽㗎" about a parcel shown delivered
 * (issue #17, blind batch 23: 12.2): the customer denies the signature — a parcel signed for but not received, the
 * complaint whose station checks the signer — not the question "who signed?" to answer with the record again.
 */
const DENIES_SIGNING =
  /不是我(本人)?(签|簽)|不是本人(签|簽)|(我|本人)(根本)?(没|沒|没有|沒有|冇)(签|簽)|唔係我(本人)?簽|\b(i )?(never|didn'?t|did not) sign\b|\b(it )?(wasn'?t|was not|isn'?t) me (who|that) signed\b|\bnot me who signed\b/i;

/** The message says the customer did not sign for the parcel. */
export const deniesSigning = (text: string): boolean => DENIES_SIGNING.test(text);
