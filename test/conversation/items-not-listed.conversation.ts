import { botHarness, send, sendAll, type BotHarness } from './harness';

/**
 * "Can I send X?" is answered for X from the market's prohibited-items entries, item by item; an item the list
 * does not cover is said to be not on it, with whom to ask and a person offered — the general list alone is no
 * answer to it (issue #17, blind batch 13: 19.5 "可唔可以寄榴槤" got only the general list).
 */
describe('item questions answered item by item, an item not on the list said so', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await botHarness();
  });
  afterAll(() => h.close());

  it('zh-CN: a pet and durian have their own rules; an erhu beside liquor is said to be not on the list', async () => {
    const a = h.adapter({ locale: 'zh-CN', user: 'items-cn' });
    expect((await send(a, '我家的小狗能不能寄到杭州')).join('\n')).toContain('活体动物禁止寄递');
    expect((await send(a, '榴莲可以寄吗')).join('\n')).toContain('新鲜榴莲气味很大');
    // (Tea was the unlisted item here until the food entries named it — blind batch 24: 20.3; an instrument is not listed.)
    const mixed = await sendAll(a, '想问下茅台和二胡能寄吗');
    expect(mixed.text).toContain('酒类可以寄国内件');
    expect(mixed.text).toContain('“二胡”在我们的禁寄、限寄清单里没有单独写明');
    expect(mixed.text).toContain('请先问寄件网点的工作人员');
    expect(mixed.buttons).toContain('转人工');
    // Moving house with a pet is a question about the pet, not a change to a parcel (blind batch 14, 09.4).
    const moving = (await send(a, '我们家的猫咪能不能寄去广州 要搬过去了')).join('\n');
    expect(moving).toContain('活体动物禁止寄递');
    expect(moving).not.toContain('运单号');
    expect((await send(a, '那活的大闸蟹呢')).join('\n')).toContain('活体动物禁止寄递');
  });

  it('zh-TW (Taiwan): a cat is a live animal; a guitar is not on the list, the general rules follow', async () => {
    const a = h.adapter({ locale: 'zh-TW', user: 'items-tw' });
    expect((await send(a, '請問貓咪可以寄嗎')).join('\n')).toContain('活體動物（含寵物）不予寄送');
    const guitar = await sendAll(a, '那可以寄一把吉他嗎');
    expect(guitar.text).toContain('「一把吉他」');
    expect(guitar.text).toContain('沒有單獨寫明');
    expect(guitar.text).toContain('一般規定如下');
    expect(guitar.buttons).toContain('轉人工');
  });

  it('zh-TW Cantonese (Hong Kong): durian in Cantonese, then an item not on the list in Cantonese', async () => {
    const a = h.adapter({ locale: 'zh-TW', user: 'items-hk' });
    await send(a, '我喺荃灣');
    expect((await send(a, '榴槤寄唔寄得㗎')).join('\n')).toContain('新鮮榴槤味道太大');
    const camera = await sendAll(a, '咁寄部菲林相機得唔得');
    expect(camera.text).toContain('「菲林相機」喺我哋嘅禁寄、限寄清單度冇寫明');
    expect(camera.text).toContain('請先問服務點職員');
    expect(camera.text).not.toMatch(/營業所|沒有/);
  });

  // (A bicycle was the unlisted item here until bulky items got an entry of their own — blind-30 10.3; a violin is
  // still on no list.)
  it('en: a kitten, a durian, and a violin beside a power bank', async () => {
    const a = h.adapter({ locale: 'en-US', user: 'items-en' });
    expect((await send(a, 'Could I ship a kitten to my sister?')).join('\n')).toContain('Live animals, pets included');
    expect((await send(a, 'is durian ok to send?')).join('\n')).toContain('fresh durian is not accepted');
    const mixed = await sendAll(a, 'can I send a power bank and a violin?');
    expect(mixed.text).toContain('Power banks cannot go internationally');
    expect(mixed.text).toContain('says nothing specific about “violin”');
    expect(mixed.text).not.toContain('“power bank”');
    expect(mixed.buttons).toContain('Talk to a person');
    // "location" names no cat: the general rules answer a question naming no item.
    const none = await sendAll(a, 'what can’t I send to this location?');
    expect(none.text).not.toMatch(/Live animals, pets included|says nothing specific/);
  });
});
