import { describe, expect, it } from 'vitest';
import { scorePeg } from './peg.js';
import { scoreStartBack } from './start-back.js';
import { scoreOdi } from './odi.js';
import { scoreDn4 } from './dn4.js';
import { scorePhq4 } from './phq4.js';

/** n true answers followed by false ones, for building boundary inputs. */
const yes = (n: number, length: number) => Array.from({ length }, (_, i) => i < n);

describe('PEG', () => {
  it('is the mean of the three items at full precision', () => {
    expect(scorePeg([7, 6, 8])).toEqual({ score: 7 });
    expect(scorePeg([1, 0, 0]).score).toBeCloseTo(1 / 3, 12);
    expect(scorePeg([0, 0, 0]).score).toBe(0);
    expect(scorePeg([10, 10, 10]).score).toBe(10);
  });
  it('rejects items outside 0-10 or not whole numbers', () => {
    expect(() => scorePeg([11, 0, 0])).toThrow();
    expect(() => scorePeg([-1, 0, 0])).toThrow();
    expect(() => scorePeg([1.5, 0, 0])).toThrow();
  });
});

describe('STarT Back', () => {
  // Items 1-4 are physical, 5-9 psychosocial.
  const items = (physical: number, psychosocial: number) => [...yes(physical, 4), ...yes(psychosocial, 5)];

  it('total 3 is low risk, total 4 is not', () => {
    expect(scoreStartBack(items(3, 0))).toEqual({ total: 3, psychosocial: 0, risk: 'low' });
    expect(scoreStartBack(items(0, 3))).toEqual({ total: 3, psychosocial: 3, risk: 'low' });
    expect(scoreStartBack(items(4, 0))).toEqual({ total: 4, psychosocial: 0, risk: 'medium' });
  });
  it('psychosocial 3 with total >= 4 is medium; psychosocial 4 is high', () => {
    expect(scoreStartBack(items(1, 3))).toEqual({ total: 4, psychosocial: 3, risk: 'medium' });
    expect(scoreStartBack(items(0, 4))).toEqual({ total: 4, psychosocial: 4, risk: 'high' });
    expect(scoreStartBack(items(4, 5))).toEqual({ total: 9, psychosocial: 5, risk: 'high' });
  });
  it('counts item 9 (bothersomeness) in both total and subscale', () => {
    const onlyItem9 = [...yes(0, 8), true];
    expect(scoreStartBack(onlyItem9)).toEqual({ total: 1, psychosocial: 1, risk: 'low' });
  });
  it('needs exactly 9 items', () => {
    expect(() => scoreStartBack(yes(0, 8))).toThrow();
  });
});

describe('Oswestry Disability Index', () => {
  const sections = (total: number, answered = 10): (number | null)[] => {
    const out: (number | null)[] = Array.from({ length: 10 }, (_, i) => (i < answered ? 0 : null));
    let left = total;
    for (let i = 0; i < answered && left > 0; i++) {
      out[i] = Math.min(5, left);
      left -= out[i] as number;
    }
    return out;
  };

  it('scores total / (5 x answered) x 100', () => {
    expect(scoreOdi(sections(16))).toEqual({ percent: 32, band: 'moderate', answered: 10 });
    expect(scoreOdi(sections(16, 9)).percent).toBeCloseTo(35.555, 2);
  });
  it('bands are upper-bound inclusive at 20, 40, 60, 80', () => {
    expect(scoreOdi(sections(10)).band).toBe('minimal'); // 20%
    expect(scoreOdi(sections(11)).band).toBe('moderate'); // 22%
    expect(scoreOdi(sections(20)).band).toBe('moderate'); // 40%
    expect(scoreOdi(sections(21)).band).toBe('severe'); // 42%
    expect(scoreOdi(sections(30)).band).toBe('severe'); // 60%
    expect(scoreOdi(sections(31)).band).toBe('crippled'); // 62%
    expect(scoreOdi(sections(40)).band).toBe('crippled'); // 80%
    expect(scoreOdi(sections(41)).band).toBe('bed-bound'); // 82%
    expect(scoreOdi(sections(50)).band).toBe('bed-bound'); // 100%
    expect(scoreOdi(sections(0)).band).toBe('minimal');
  });
  it('a percentage between whole numbers falls into the band below the next limit', () => {
    // 9 answered: 18/45 = 40% exactly; 19/45 = 42.2%
    expect(scoreOdi(sections(18, 9)).band).toBe('moderate');
    expect(scoreOdi(sections(19, 9)).band).toBe('severe');
  });
  it('allows one missing section and refuses two', () => {
    expect(scoreOdi(sections(5, 9)).answered).toBe(9);
    expect(scoreOdi(sections(5, 8))).toEqual({ percent: null, band: null, answered: 8 });
  });
  it('rejects out-of-range sections and the wrong length', () => {
    expect(() => scoreOdi([6, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toThrow();
    expect(() => scoreOdi([0, 0, 0])).toThrow();
  });
});

describe('DN4', () => {
  it('full version: 3/10 negative, 4/10 positive', () => {
    expect(scoreDn4(yes(3, 10))).toEqual({ score: 3, positive: false, version: 'dn4' });
    expect(scoreDn4(yes(4, 10))).toEqual({ score: 4, positive: true, version: 'dn4' });
  });
  it('interview version: 2/7 negative, 3/7 positive', () => {
    expect(scoreDn4(yes(2, 7))).toEqual({ score: 2, positive: false, version: 'dn4-interview' });
    expect(scoreDn4(yes(3, 7))).toEqual({ score: 3, positive: true, version: 'dn4-interview' });
  });
  it('takes only 7 or 10 items', () => {
    expect(() => scoreDn4(yes(3, 8))).toThrow();
  });
});

describe('PHQ-4', () => {
  it('bands the total at 2/3, 5/6 and 8/9', () => {
    expect(scorePhq4([1, 1, 0, 0]).band).toBe('normal');
    expect(scorePhq4([1, 1, 1, 0]).band).toBe('mild');
    expect(scorePhq4([2, 1, 1, 1]).band).toBe('mild');
    expect(scorePhq4([2, 2, 1, 1]).band).toBe('moderate');
    expect(scorePhq4([2, 2, 2, 2]).band).toBe('moderate');
    expect(scorePhq4([3, 2, 2, 2]).band).toBe('severe');
    expect(scorePhq4([3, 3, 3, 3])).toEqual({
      total: 12,
      band: 'severe',
      anxietyPositive: true,
      depressionPositive: true,
    });
    expect(scorePhq4([0, 0, 0, 0])).toEqual({
      total: 0,
      band: 'normal',
      anxietyPositive: false,
      depressionPositive: false,
    });
  });
  it('anxiety (items 1+2) and depression (items 3+4) screens are positive at 3', () => {
    expect(scorePhq4([1, 1, 1, 1])).toMatchObject({ anxietyPositive: false, depressionPositive: false });
    expect(scorePhq4([2, 1, 0, 0])).toMatchObject({ anxietyPositive: true, depressionPositive: false });
    expect(scorePhq4([0, 0, 1, 2])).toMatchObject({ anxietyPositive: false, depressionPositive: true });
  });
  it('rejects items above 3', () => {
    expect(() => scorePhq4([4, 0, 0, 0])).toThrow();
  });
});
