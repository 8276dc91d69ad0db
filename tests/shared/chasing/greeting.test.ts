// The chase greeting: title and surname, as a council letter writes it.
import { describe, expect, it } from 'vitest';
import { greetingFor } from '../../../shared/index';

describe('greetingFor', () => {
  it('uses the title and surname', () => {
    expect(greetingFor('Councillor Ivan Powell')).toBe('Dear Councillor Powell');
    expect(greetingFor('Cllr Ivan Powell')).toBe('Dear Cllr Powell');
    expect(greetingFor('Mrs Jane Smith-Jones')).toBe('Dear Mrs Smith-Jones');
    expect(greetingFor('Dr Anna de la Mare')).toBe('Dear Dr de la Mare');
    expect(greetingFor('Councillor Ivan Powell OBE')).toBe('Dear Councillor Powell');
    expect(greetingFor('  Councillor   Carole  Gandy ')).toBe('Dear Councillor Gandy');
  });

  it('keeps the first name after Sir or Dame', () => {
    expect(greetingFor('Sir Ivan Powell')).toBe('Dear Sir Ivan');
  });

  it('keeps a name without a title whole, and greets a role or nobody formally', () => {
    expect(greetingFor('Jane Smith')).toBe('Dear Jane Smith');
    expect(greetingFor('Executive (cabinet)')).toBe('Dear Sir or Madam');
    expect(greetingFor('Cabinet member for children and families')).toBe('Dear Sir or Madam');
    expect(greetingFor('')).toBe('Dear Sir or Madam');
  });
});
