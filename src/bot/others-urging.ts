// "客户都在催", "買家一直催我", "啲客催緊", "my customers keep chasing me": someone else — the shop's buyers, the boss —
// pressing the customer. It says why they write, not that they ask the courier to speed anything up: "帮我看两个单：SF…、
// YT…，客户都在催" is a check of two parcels (blind 19: 19.2 was taken for a speed-up of the first and showed neither
// status). No imports: the delivery-change reading needs it, and it is read before anything else.
const OTHERS_ZH =
  /(?:客户|客戶|顾客|顧客|买家|買家|客人|啲客|老板|老闆|上司|收件人|收货人|收貨人|对方|對方|他们|他們|佢哋|人家|大家)(?:都|也|亦|一直|天天|每天|日日|已经|已經|又|还|還|在|正在|喺度|不停|不断|不斷|狂|猛)*催(?:我|我们|我們|我哋|緊|紧|着|著|了|咗|得好急|得很急)*/g;
const OTHERS_EN =
  /\b(?:my|our|the) (?:customers?|clients?|buyers?|boss|recipients?)(?: (?:are|is|have been|has been|keep|keeps))?(?: (?:all|always|really|constantly))? (?:chasing|pushing|hassling|nagging|bugging|pressing|on at) (?:me|us)(?: (?:about|for) (?:it|them|this|these))?\b/gi;

// The same told of a parcel asked after (blind batch 27: 28.3): "幫我睇下 SF… 去到邊，客人催緊", "where is it? my client is
// in a hurry" — why they ask where it is; "客人催緊，幫我催下" still asks the speed-up (its own words stay).
const OTHERS_HURRY =
  /(客人|客户|客戶|买家|買家|顾客|顧客|收件人|老板|老闆|上司|老细|老細|佢哋|佢|他们|他們|她们|她們|他|她)(一直|成日|不停|又|都|已经|已經|好|很)?(在)?(催|急)(緊|紧|着|著|咗|了|住|得好緊|得很紧|我)?|\b(my |the |our )?(client|customer|buyer|boss|recipient|receiver)s? (is|are|was|were|keeps?|kept|has been|have been)( (really|so|very|already|still|constantly))? (chasing|asking|pushing|nagging|hurrying|rushing|in a (hurry|rush)|urgent|impatient)( me| us)?( for it)?( urgently)?\b/gi;

// The express service already bought, or its fee ("我寄的加急", "加急费得退吧", "I paid for express", "the expedited fee"):
// what the customer paid for, no speed-up asked (blind batch 41b: 07.3 "加急费得退吧" was answered "已经帮您申请加急").
const EXPRESS_PAID =
  /(寄|付|买|買|选|選|用|交|办|辦)(的|了|咗|过|過|嘅)?(是|係)?\s*(加急|特快|急件)(件|的|嘅)?|(加急|特快)(费|費|的钱|的錢|嘅錢)|\b(paid|pay|paying|booked|chose|bought|used|sent it|sent|shipped it|went) (for |with |by |as )?(the |an? )?(express|expedited|priority)( (shipping|service|delivery|option|rate))?\b|\b(express|expedited|priority) (fee|surcharge|charge|shipping fee|cost)s?\b/gi;

/**
 * The message without what it says of someone else chasing the customer ("客户都在催", "my buyers keep chasing me"),
 * or of the express service already paid for ("加急费得退吧").
 */
export const withoutOthersUrging = (text: string): string =>
  text.replace(OTHERS_ZH, ' ').replace(OTHERS_EN, ' ').replace(OTHERS_HURRY, ' ').replace(EXPRESS_PAID, ' ');
