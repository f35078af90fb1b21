import { DEMO_TRACKING } from '../../src/tracking';
import { botHarness, talk, type BotHarness } from './harness';

const { normal } = DEMO_TRACKING; // on its way, due Nov 24, recipient …4444
const said = (turn: string[] | undefined) => (turn ?? []).join('\n');

/**
 * Issue #17 (blind batch 25: 01.3–01.4): "can the courier just leave it with the security guard?" about a parcel on its
 * way is a delivery on its planned day left with the building's guard or desk, the recipient's consent noted — said
 * back and kept on the request, never a bare "deliver again on Tue". Named again about the request waiting, the
 * request changes to it rather than its status being repeated. Wording differs from the blind tester's.
 */
describe('a parcel left with the building’s guard or desk', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await botHarness();
  });
  afterEach(() => h.close());

  it.each([
    [
      'en-US',
      `${normal} I'm out all day, could the driver drop it with the doorman of my building?`,
      /left with your building's doorman if nobody is in, as the recipient agreed/,
    ],
    ['zh-CN', `${normal} 我白天上班不在，放小区门口门卫那就行`, /家里没人时可交给门卫代收，收件人已同意/],
    ['zh-TW', `${normal} 白天沒人在，放樓下警衛室就好`, /家裡沒人時可交給警衛室代收，收件人已同意/],
    ['zh-TW', `${normal} 我日頭返工唔喺度，交俾看更代收啦`, /屋企冇人嘅話可以交俾看更代收，收件人同意咗/],
  ])('%s: “%s”', async (locale, asked, noted) => {
    const [, proved] = await talk(h.adapter({ locale }), [asked, '4444']);
    expect(said(proved)).toMatch(noted);
    const [change] = await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 10 });
    expect(change).toMatchObject({ kind: 'redeliver', details: { date: '2026-11-24' } });
    expect(change?.details.leaveWith).toBeTruthy();
    expect(await h.store.tickets.find({})).toEqual([]);
  });

  it.each([
    [
      'en-US',
      `${normal} can you bring it the day after tomorrow instead?`,
      'no one will be in, hand it to reception downstairs',
      /left with your building's reception/,
    ],
    ['zh-CN', `${normal} 麻烦改到后天送`, '家里没人，交给楼下保安就行', /交给保安代收/],
    ['zh-TW', `${normal} 麻煩改到後天送`, '我不在家，放管理員那邊代收就好', /交給管理員代收/],
  ])('%s: the desk named after a request changes it', async (locale, first, desk, noted) => {
    const [, , changed] = await talk(h.adapter({ locale }), [first, '4444', desk]);
    expect(said(changed)).toMatch(noted);
    const changes = await h.store.deliveryChanges.list({ trackingNumber: normal, limit: 10 });
    const waiting = changes.filter((c) => c.status === 'requested');
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.details.leaveWith).toBeTruthy();
  });
});
