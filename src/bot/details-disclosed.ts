/**
 * The customer's personal details told to someone else by the courier (issue #17, batch 20): "the driver gave my
 * address to a man downstairs", "快递员把我电话告诉了别人", "速遞員將我個地址講咗俾人知". That is a personal-data leak
 * (LABELS.md: complaint.info_error, high priority in DESIGN.md) whatever word the customer uses — "leak" or "privacy"
 * need not be said, and the NLU may read the anger in it as the courier's attitude.
 */

// The details: an address, a phone or number, a name, personal information.
const DETAILS_EN = String.raw`(address|phone( number)?|number|mobile|cell|name|details|info|information|personal data|whereabouts|flat number|unit number)`;
const DETAILS_ZH = '(地址|住址|电话|電話|手机|手機|号码|號碼|门牌|門牌|名字|姓名|资料|資料|信息|資訊|个资|個資)';
// Told, given, passed on or shown to another.
const TOLD_EN = String.raw`(gave|give[sn]?|given|told|tell[s]?|telling|shared?|sharing|passed( on)?|handed( out)?|showed|shown|read out|disclosed|revealed|let slip|gave out|gave away)`;
// Someone else: a stranger, another person, a neighbour, people asking.
const OTHERS_EN = String.raw`(stranger|someone|somebody|some (guy|man|woman|person|people|bloke|dude)|a (guy|man|woman|person)|another (person|customer)|other people|anyone|anybody|(the|my|a) neighbou?r|people|him|her|them|the (guy|man|woman|person))`;

const ENGLISH = new RegExp(
  String.raw`\b${TOLD_EN}\b[^.?!]{0,30}\b(my|our|his|her)\b[^.?!]{0,15}\b${DETAILS_EN}\b[^.?!]{0,50}\b(to|with)\b[^.?!]{0,10}\b${OTHERS_EN}\b` +
    String.raw`|\b${TOLD_EN}\s+(the |my |a |some |that )?(neighbou?rs?|stranger|guy|man|woman|person|someone|somebody|people|him|her|them)\b[^.?!]{0,15}\b(my|our)\b[^.?!]{0,10}\b${DETAILS_EN}\b` +
    String.raw`|\b(my|our)\b[^.?!]{0,15}\b${DETAILS_EN}\b[^.?!]{0,20}\b(was|were|got|been)\b[^.?!]{0,10}\b${TOLD_EN}\b[^.?!]{0,20}\b(to|with)\b`,
  'i',
);
// "把我电话告诉了那个人", "將我個地址同電話講咗俾個陌生人知", "把我的住址給了別人"; "告诉别人我的地址", "话咗俾人知我住邊".
const OTHERS_ZH =
  '(樓下|楼下|門口|门口|大堂|路上|隔壁)?(的|嘅)?(个|個|嗰個|那个|那個|一个|一個)?(陌生人|别人|別人|其他人|外人|不认识的人|不認識的人|唔識嘅人|人|陌生男人|陌生女人|路人)';
const CHINESE = new RegExp(
  `(把|将|將)(我|我的|我个|我個|我嘅|我哋|我们|我們)?[^，。,.!！?？]{0,4}${DETAILS_ZH}[^，。,.!！?？]{0,10}` +
    `((告诉|告訴|讲|講|话|話|说|說|给|給|俾|畀|交)(咗|了)?(给|給|俾|畀)?(了)?${OTHERS_ZH}|泄露|洩露|透露|外泄|外洩)` +
    `|(告诉|告訴|讲|講|话|話|透露|说|說)(咗|了)?(给|給|俾|畀)?${OTHERS_ZH}(知)?[^，。,.!！?？]{0,6}${DETAILS_ZH}` +
    `|${DETAILS_ZH}[^，。,.!！?？]{0,10}(告诉|告訴|讲|講|话|話|透露|泄露|洩露|说|說|给|給)(咗|了)?(给|給|俾|畀)?${OTHERS_ZH}`,
);

// Posted or spread where many can read it: a group chat, social media, online ("he posted my name, phone and address
// in our compound's WeChat group", "把我電話地址發到業主群", "將我個地址post咗上網").
const PUBLIC_EN = String.raw`(group|group chat|chat|wechat|whatsapp|facebook|fb|instagram|ig|line|telegram|moments|weibo|xiaohongshu|forum|internet|online|social media)`;
const POSTED_EN = new RegExp(
  String.raw`\b(posted|published|put|shared|uploaded|leaked|spread|broadcast|screenshotted)\b[^.?!]{0,20}\b(my|our)\b[^.?!]{0,30}\b${DETAILS_EN}\b[^.?!]{0,40}\b(in|on|to|into|onto|across)\b[^.?!]{0,25}\b${PUBLIC_EN}\b`,
  'i',
);
const PUBLIC_ZH =
  '(群|群组|群組|网上|網上|上网|上網|朋友圈|微博|脸书|臉書|面书|面書|facebook|fb|ig|论坛|論壇|小红书|小紅書|抖音|社交)';
const POSTED_ZH = new RegExp(
  `(把|将|將)?(我|我的|我个|我個|我嘅)[^，。,.!！?？]{0,4}${DETAILS_ZH}[^，。,.!！?？]{0,12}` +
    `(发|發|贴|貼|晒|曬|po|post|放|传|傳|公开|公開|挂|掛)(咗|了)?(到|在|喺|上|去|落)[^，。,.!！?？]{0,10}${PUBLIC_ZH}`,
  'i',
);

/** The message tells of the customer's personal details told or given to someone else, or posted for many to read. */
export const disclosesDetails = (text: string): boolean =>
  ENGLISH.test(text) || CHINESE.test(text) || POSTED_EN.test(text) || POSTED_ZH.test(text);
