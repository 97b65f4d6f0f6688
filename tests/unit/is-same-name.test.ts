import { describe, expect, it } from 'vitest';
import { isSameName } from '../../lib/events/find-key-names';

// A place and its demonym are one name for telling events apart ("Russian forces" are about
// Russia); other names stay apart. Cases from several stories.
describe('isSameName', () => {
  it.each([
    ['russia', 'russian', true],
    ['ukraine', 'ukrainian', true],
    ['egypt', 'egyptian', true],
    ['china', 'chinese', true],
    ['iraq', 'iraqi', true],
    ['nepal', 'nepali', true],
    ['mali', 'malian', true],
    ['ever given', 'ever given', true],
    ['russians', 'russia', true],
    ['dana banks', 'banks', true],
    ['banks', 'bank of america', false],
    ['austria', 'australian', false],
    ['credit suisse', 'suez', false],
    ['xin hai tong 23', 'ever given', false],
    ['georgia', 'gaza', false],
  ] as const)('%s / %s -> %s', (a, b, same) => expect(isSameName(a, b)).toBe(same));
});
