import { describe, expect, it } from 'vitest';
import { DEFAULT_APR_FORM, evaluateAprForm } from './apr-form.ts';

const form = (changes: Partial<typeof DEFAULT_APR_FORM>) => ({ ...DEFAULT_APR_FORM, ...changes });

describe('evaluateAprForm', () => {
  it('annualises 0.05% a day to 18.25% simple with the compounded figure', () => {
    const outcome = evaluateAprForm(form({ rate: '0.05%', per: 'day' }));
    expect(outcome.ok && outcome.result).toMatchObject({ apr: 18.25, simple: true, compounded: 20.02 });
  });

  it('takes 万分之5 and full-width digits', () => {
    const outcome = evaluateAprForm(form({ rate: '万分之5', principal: '１０，０００' }));
    expect(outcome.ok && outcome.result.apr).toBe(18.25);
  });

  it('annualises a 0.6% monthly fee over 12 instalments to 13.03% (IRR)', () => {
    const outcome = evaluateAprForm(form({ mode: 'fee', rate: '0.6', terms: '12' }));
    expect(outcome.ok && outcome.result.apr).toBe(13.03);
    expect(outcome.ok && outcome.schedule.totalCost).toBe(720);
    expect(outcome.ok && outcome.assumedTerms).toBe(false);
  });

  it('assumes 12 instalments for a fee without a count, and says so', () => {
    const outcome = evaluateAprForm(form({ mode: 'fee', rate: '0.75', terms: '' }));
    expect(outcome.ok && outcome.terms).toBe(12);
    expect(outcome.ok && outcome.assumedTerms).toBe(true);
  });

  it('reports each bad field with its own message key', () => {
    expect(evaluateAprForm(form({ principal: 'abc', rate: 'x', terms: '0' }))).toEqual({
      ok: false,
      errors: { principal: 'apr.error.principal', rate: 'apr.error.rate', terms: 'apr.error.terms' },
    });
    expect(evaluateAprForm(form({ rate: '' }))).toEqual({ ok: false, errors: { rate: 'apr.error.rateEmpty' } });
    expect(evaluateAprForm(form({ rate: '200', per: 'day' }))).toEqual({ ok: false, errors: { rate: 'apr.error.rateTooHigh' } });
  });
});
