import type { Locale } from '../../src/nlu';
import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { delivered: parcel } = DEMO_TRACKING;
const all = (replies: string[] | undefined) => (replies ?? []).join('\n');
const BROWSER: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-US' };
const DENIAL_NOTED = /本人没有签收|本人沒有簽收|本人冇簽收|you didn't sign/;

/**
 * "我想问一下签没签收" asks whether it was signed for: the complaint never records "本人没有签收" (review 31, finding 9);
 * "我根本没签收" still does.
 */
describe('whether it was signed, asked, is no denial of signing', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    ['zh-CN', `${parcel} 显示签收了但我没收到`, '我想问一下签没签收'],
    ['zh-CN', `${parcel} 显示签收了但我没收到`, '我想问一下到底签没签收'],
    ['zh-TW', `${parcel} 顯示簽收了但我沒收到`, '我想問一下到底簽沒簽收'],
  ] as const)('%s: "%s" then "%s" records no denial', async (locale, complaint, asked) => {
    const adapter = h.adapter({ locale: BROWSER[locale] });
    const [, answer] = await talk(adapter, [complaint, asked]);
    expect(all(answer)).not.toMatch(DENIAL_NOTED);
  });

  it('zh-CN: "我根本没签收" is still noted as a denial', async () => {
    const adapter = h.adapter({ locale: 'zh-CN' });
    const [, answer] = await talk(adapter, [`${parcel} 显示签收了但我没收到`, '我根本没签收']);
    expect(all(answer)).toMatch(DENIAL_NOTED);
  });
});
