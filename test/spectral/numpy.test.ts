import { describe, expect, it } from 'vitest';
import { npArange, npLinspace, npSum } from '../../src/spectral/numpy.js';
import { findNumpyPython, runPython } from '../helpers/python.js';

const hasPy = findNumpyPython() !== null;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe.skipIf(!hasPy)('numpy-order helpers match numpy bit for bit', () => {
  it('npSum equals np.sum for lengths around the pairwise block (128) and buffer (8192) sizes', () => {
    const rnd = lcg(7);
    const lengths = [0, 1, 7, 8, 9, 127, 128, 129, 1000, 8191, 8192, 8193, 20000];
    const arrays = lengths.map((n) => Array.from({ length: n }, () => Math.exp(20 * (rnd() - 0.5)) * (rnd() < 0.3 ? -1 : 1)));
    const sums = runPython<string[]>('print(json.dumps([np.sum(np.array(a,dtype=np.float64)).hex() for a in inp]))', arrays);
    const hex = (x: number): string => runHex(x);
    arrays.forEach((a, k) => expect(hex(npSum(Float64Array.from(a)))).toBe(normHex(sums[k]!)));
    // slices (the power-law fit sums suffixes)
    const a = Float64Array.from(arrays[12]!);
    const sl = runPython<string[]>('a=np.array(inp,dtype=np.float64)\nprint(json.dumps([np.sum(a[i:]).hex() for i in (1,5,333,11807)]))', arrays[12]);
    [1, 5, 333, 11807].forEach((i, k) => expect(hex(npSum(a, i))).toBe(normHex(sl[k]!)));
  });

  it('npArange and npLinspace build the grids numpy builds', () => {
    const cases = [[0.05 * 0.7342, 2 * 0.7342, 0.01 * 0.7342], [0.05 * 1.2345678, 2 * 1.2345678, 0.01 * 1.2345678], [0.1, 1.25, 0.01]];
    const ref = runPython<number[][][]>(
      'print(json.dumps([[np.arange(a,b,s).tolist() for a,b,s in inp], [np.linspace(0,x,1000).tolist() for x in (3.7, 12.25)]]))',
      cases,
    );
    cases.forEach(([a, b, s], k) => expect(Array.from(npArange(a!, b!, s!))).toEqual(ref[0]![k]));
    expect(Array.from(npLinspace(0, 3.7, 1000))).toEqual(ref[1]![0]);
    expect(Array.from(npLinspace(0, 12.25, 1000))).toEqual(ref[1]![1]);
  });
});

/** float.hex() of a double, as Python prints it. */
function runHex(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  const hi = b.getUint32(0);
  const lo = b.getUint32(4);
  const sign = hi >>> 31 ? '-' : '';
  const exp = (hi >>> 20) & 0x7ff;
  const mant = ((hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0')).replace(/0+$/, '') || '0';
  return `${sign}0x1.${mant}p${exp - 1023 >= 0 ? '+' : ''}${exp - 1023}`;
}
function normHex(h: string): string {
  return h.replace(/^(-?0x1\.)(.*)(p.*)$/, (_m, a: string, m: string, p: string) => `${a}${m.replace(/0+$/, '') || '0'}${p}`);
}
