import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * A thank-you, a goodbye or a pause to ask someone for the number, with small talk beside it, closes politely — never
 * the tracking number asked for again, nor the small talk alone answered (blind-31 30.5; the pause of item 6).
 */
describe('a close for now outside a complaint', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    {
      locale: 'en-US',
      turns: ['where is my parcel', 'no idea what the number is, let me ask my sister and come back'],
      pause: /When you have the tracking number, just send it here/,
      asked: /Which parcel|Please send the tracking number/,
    },
    {
      locale: 'zh-CN',
      turns: ['我的包裹到哪里了', '那我先问问我妈妈再来找你 谢谢'],
      pause: /拿到快递单号后，随时在这里发给我/,
      asked: /请发一下快递单号|请发给我运单号/,
    },
    {
      locale: 'zh-TW',
      turns: ['我件貨到咗邊', '好啦 等我問下老公先 多謝晒 今日好大雨呀'],
      pause: /攞到單號之後，隨時喺度send俾我/,
      asked: /唔該send個運單號|天氣/,
    },
  ])('$locale: a pause to get the number from someone is a pause', async ({ locale, turns, pause, asked }) => {
    const replies = await talk(h.adapter({ locale }), turns);
    expect(all(replies.at(-1))).toMatch(pause);
    expect(all(replies.at(-1))).not.toMatch(asked);
  });

  it.each([
    {
      locale: 'en-US',
      ask: `where is ${normal}`,
      close: "ok thanks that's all, freezing out there huh",
      welcome: /You're welcome/,
    },
    { locale: 'zh-CN', ask: `${normal} 到哪了`, close: '好的谢谢 没事了', welcome: /不客气/ },
    { locale: 'zh-TW', ask: `${normal} 到咗未`, close: '多謝晒 拜拜', welcome: /唔使客氣/ },
  ])('$locale: thanks or goodbye after a parcel is answered closes', async ({ locale, ask, close, welcome }) => {
    const replies = await talk(h.adapter({ locale }), [ask, close]);
    expect(all(replies.at(-1))).toMatch(welcome);
    expect(all(replies.at(-1))).not.toMatch(/天氣|天气|weather|tracking number|單號|单号/);
  });
});
