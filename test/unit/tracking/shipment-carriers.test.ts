import { EmbeddedShipmentLookup } from '../../../src/tracking';

describe('EmbeddedShipmentLookup.carriers', () => {
  it('reads the stored carriers once, and again only after ten minutes', async () => {
    let now = 0;
    const stored = [['sf'], ['sf', 'yto']];
    const carriers = jest.fn(() => Promise.resolve(stored.shift() ?? []));
    const lookup = new EmbeddedShipmentLookup({ get: () => Promise.resolve(undefined), carriers }, { now: () => now });
    expect(await lookup.carriers()).toEqual(['sf']);
    now = 9 * 60_000;
    expect(await lookup.carriers()).toEqual(['sf']);
    expect(carriers).toHaveBeenCalledTimes(1);
    now = 10 * 60_000;
    expect(await lookup.carriers()).toEqual(['sf', 'yto']);
    expect(carriers).toHaveBeenCalledTimes(2);
  });

  it('reads again after a failed read', async () => {
    const carriers = jest
      .fn<Promise<string[]>, []>()
      .mockRejectedValueOnce(new Error('busy'))
      .mockResolvedValueOnce(['jt']);
    const lookup = new EmbeddedShipmentLookup({ get: () => Promise.resolve(undefined), carriers }, { now: () => 0 });
    await expect(lookup.carriers()).rejects.toThrow('busy');
    expect(await lookup.carriers()).toEqual(['jt']);
  });
});
