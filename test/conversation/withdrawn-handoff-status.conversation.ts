import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { stuck } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');

/**
 * "What's my ticket number?" when the only ticket is a hand-off the customer took back: it was withdrawn, nothing is
 * open, no deadline — and the speed-up asked for since is told as it stands (blind batch 18 17.5 heard the withdrawn
 * ticket's deadline, twice).
 */
describe('the status asked after a hand-off taken back', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'zh-CN',
      `${stuck} 好几天没更新了 帮我找个人工`,
      '不用了 不转了',
      '能不能快点送 我是收件人 尾号7777',
      '我的工单编号多少来着',
      /撤回了人工请求/,
      /没有进行中的投诉/,
      /加急派送的请求/,
      /预计在/,
    ],
    [
      'zh-TW',
      `${stuck} 好幾天沒更新了 幫我轉真人`,
      '不用了 不轉了',
      '可以快一點送嗎 我是收件人 末四碼7777',
      '我的客訴單號是多少',
      /撤回了真人客服的請求/,
      /沒有處理中的客訴/,
      /加急/,
      /預計在/,
    ],
    [
      'en-US',
      `${stuck} hasn't updated in days, get me a person`,
      'never mind, no need for a person',
      "can you speed it up? I'm the recipient, last 4 7777",
      "what's my ticket number?",
      /took that request back/,
      /No complaint of yours is open/,
      /speed/i,
      /expected by|before /,
    ],
  ])('%s', async (locale, opening, takeBack, speedUp, asked, withdrawn, noneOpen, change, deadline) => {
    const replies = await talk(h.adapter({ locale }), [opening, takeBack, speedUp, asked]);
    const said = all(replies[3]);
    expect(said).toMatch(withdrawn);
    expect(said).toMatch(noneOpen);
    expect(said).toMatch(change);
    expect(said).not.toMatch(deadline);
  });
});
