import { describe, it, expect } from 'vitest';
import { splitName } from '../../src/export/names.js';

describe('splitName', () => {
  it.each([
    ['Marcus Chen', 'Marcus', 'Chen'],
    ['José María García-López', 'José María', 'García-López'],
    ['Nguyễn Thị Lan', 'Thị Lan', 'Nguyễn'],
    ['Madonna', 'Madonna', ''],
    ['Marcus Chen Jr.', 'Marcus', 'Chen Jr.'],
    ['Marcus Chen, Jr.', 'Marcus', 'Chen Jr.'],
    ['Martin Luther King III', 'Martin Luther', 'King III'],
    ['Dr. Priya Raman', 'Priya', 'Raman'],
    ['Priya Raman, PhD', 'Priya', 'Raman'],
    ['Elena Petrova MBA', 'Elena', 'Petrova'],
    ['García-López, José María', 'José María', 'García-López'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['Juan de la Cruz', 'Juan', 'de la Cruz'],
    ['Vincent van der Berg', 'Vincent', 'van der Berg'],
    ['  Sofia   Alvarez  ', 'Sofia', 'Alvarez'],
    ['王小明', '小明', '王'],
    ['山田 太郎', '太郎', '山田'],
    ['Le Van', 'Le', 'Van'], // no Vietnamese letters: read as Western order
    ['', '', ''],
  ])('%s → first "%s", last "%s"', (full, first, last) => {
    expect(splitName(full)).toEqual({ first, last });
  });

  it('treats null as no name', () => {
    expect(splitName(null)).toEqual({ first: '', last: '' });
  });
});
