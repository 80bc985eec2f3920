import { describe, expect, it } from 'vitest';
import { streetOf } from '../../../electron/core/data/address';

describe('streetOf', () => {
  it('finds the road with or without the administrative prefix', () => {
    expect(streetOf('浙江省台州市椒江区海门街道解放南路654号')).toBe('解放南路');
    expect(streetOf('椒江区解放南路654号')).toBe('解放南路');
    expect(streetOf('解放南路654号')).toBe('解放南路');
    expect(streetOf('台州市椒江区东海大道88号')).toBe('东海大道');
    expect(streetOf('浙江省台州市椒江区白云街道白云山南路1号')).toBe('白云山南路');
    expect(streetOf('台州市椒江区葭沚街道青年路3弄')).toBe('青年路');
  });
  it('gives null where there is no road', () => {
    expect(streetOf('')).toBeNull();
    expect(streetOf(null)).toBeNull();
    expect(streetOf('某地')).toBeNull();
  });
});
