import { describe, expect, it } from 'vitest';
import { SelRuleError } from '@sel/core';
import { fixture } from '../test/index.js';
import {
  declaredLanguage,
  formatIsoDate,
  formatMessage,
  LocaleController,
  matchLocale,
  resolveLocale,
  translate,
  loadStrings,
} from './i18n.js';

describe('matchLocale', () => {
  it('matches by primary language, any region or case', () => {
    expect(matchLocale('es')).toBe('es');
    expect(matchLocale('es-MX')).toBe('es');
    expect(matchLocale('ES_us')).toBe('es');
    expect(matchLocale(' en-GB ')).toBe('en');
  });
  it('returns undefined for languages without a catalog and for nothing at all', () => {
    expect(matchLocale('fr-CA')).toBeUndefined();
    expect(matchLocale('')).toBeUndefined();
    expect(matchLocale(null)).toBeUndefined();
    expect(matchLocale('esperanto')).toBeUndefined();
  });
});

describe('resolveLocale', () => {
  it('walks out of shadow roots to the host’s [lang] ancestor', async () => {
    const outer = await fixture<HTMLDivElement>('<div lang="es"><span></span></div>');
    const host = outer.querySelector('span');
    if (!host) throw new Error('no host');
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(declaredLanguage(inner)).toBe('es');
    expect(resolveLocale(inner)).toBe('es');
  });
  it('skips an empty lang and stops at the nearest declared one even without a catalog', async () => {
    const outer = await fixture<HTMLDivElement>('<div lang="es"><p lang=""><i lang="de"><b></b></i></p></div>');
    const b = outer.querySelector('b');
    const p = outer.querySelector('p');
    if (!b || !p) throw new Error('markup missing');
    expect(resolveLocale(b)).toBe('en');
    expect(resolveLocale(p)).toBe('es');
  });
});

describe('formatMessage', () => {
  it('picks plural forms by count and formats numbers for the locale', () => {
    const message = { one: '{count} problem', other: '{count} problems' };
    expect(formatMessage('en', message, { count: 1 })).toBe('1 problem');
    expect(formatMessage('en', message, { count: 0 })).toBe('0 problems');
    expect(formatMessage('en', message, { count: 1200 })).toBe('1,200 problems');
    expect(formatMessage('es', message, { count: 1200 })).toBe('1200 problems');
    expect(formatMessage('es', message, { count: 12000 })).toBe('12.000 problems');
  });
  it('falls back to "other" when no count is given or the form is missing', () => {
    expect(formatMessage('en', { other: 'items' })).toBe('items');
    expect(formatMessage('en', { other: '{count} items' }, { count: 1 })).toBe('1 items');
  });
  it('fills names and leaves unknown placeholders visible', () => {
    expect(formatMessage('en', 'Hello {name}, {missing}', { name: 'Ada' })).toBe('Hello Ada, {missing}');
  });
});

describe('LocaleController.formatNumber', () => {
  it('writes numbers for the element locale with the options of each call', async () => {
    const host = Object.assign(await fixture<HTMLDivElement>('<div></div>'), {
      addController: () => undefined,
      removeController: () => undefined,
      requestUpdate: () => undefined,
      updateComplete: Promise.resolve(true),
    });
    const i18n = new LocaleController(host);
    const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
    expect(i18n.formatNumber(1234.56, oneDecimal)).toBe('1,234.6');
    expect(i18n.formatNumber(2031, { useGrouping: false })).toBe('2031');
    expect(i18n.formatNumber(2031)).toBe('2,031');
    expect(i18n.formatNumber(3, { ...oneDecimal })).toBe('3.0');
    host.lang = 'es';
    i18n.hostUpdate();
    expect(i18n.formatNumber(12345.5, oneDecimal)).toBe('12.345,5');
    expect(i18n.formatNumber(2031, { useGrouping: false })).toBe('2031');
    expect(formatMessage('en', '{n} of {total}', { n: 1000, total: 12000 })).toBe('1,000 of 12,000');
    expect(formatMessage('es', '{n} de {total}', { n: 1000, total: 12000 })).toBe('1000 de 12.000');
  });
});

describe('catalogs', () => {
  it('speaks English until the Spanish strings are loaded, then Spanish', async () => {
    expect(translate('es', 'action.retry')).toBe('Try again');
    await loadStrings('es');
    expect(loadStrings('es'), 'loaded once').toBeUndefined();
    expect(translate('es', 'action.retry')).toBe('Intentar de nuevo');
  });
  it('uses an override before the catalog', async () => {
    await loadStrings('es');
    expect(translate('es', 'action.retry')).toBe('Intentar de nuevo');
    expect(translate('es', 'action.retry', undefined, { 'action.retry': 'Reintentar' })).toBe('Reintentar');
    expect(translate('en', 'form.incomplete', { count: 3 })).toBe('3 items still need an answer.');
  });
  it('says the words of a part added on demand, loaded in the host’s language before they show', async () => {
    const host = Object.assign(await fixture<HTMLDivElement>('<div lang="es"></div>'), {
      addController: () => undefined,
      removeController: () => undefined,
      requestUpdate: () => undefined,
      updateComplete: Promise.resolve(true),
    });
    const i18n = new LocaleController(host);
    i18n.hostConnected();
    await i18n.stringsReady();
    const part = { en: { 'report.sorted': 'In order' }, es: () => Promise.resolve({ 'report.sorted': 'En orden' }) };
    expect(i18n.t('report.sorted'), 'not a word of the host yet').toBe('report.sorted');
    i18n.addWords(part);
    i18n.addWords(part);
    expect(i18n.t('action.retry'), 'its own words still').toBe('Intentar de nuevo');
    await i18n.stringsReady();
    expect(i18n.stringsReady(), 'loaded once').toBeUndefined();
    expect(i18n.t('report.sorted')).toBe('En orden');
    i18n.hostDisconnected();
  });
});

describe('formatIsoDate', () => {
  it('writes dates in English and Spanish in each style', () => {
    expect(formatIsoDate('2026-09-01', 'en')).toBe('September 1st, 2026');
    expect(formatIsoDate('2026-09-01', 'es')).toBe('1 de septiembre de 2026');
    expect(formatIsoDate('2027-01-15', 'en', 'short')).toBe('01/15/2027');
    expect(formatIsoDate('2027-01-15', 'es', 'short')).toBe('15/01/2027');
    expect(formatIsoDate('2027-01-15', 'es', 'month-year')).toBe('enero 2027');
    expect(formatIsoDate('2027-01-15', 'en', 'weekday')).toBe('Friday, January 15th, 2027');
    expect(formatIsoDate('2027-01-15', 'es', 'weekday')).toBe('viernes, 15 de enero de 2027');
    expect(formatIsoDate('2027-01-15', 'en', 'month-year')).toBe('January 2027');
    expect(formatIsoDate('2027-01-15', 'en', 'medium')).toBe('Jan 15, 2027');
  });
  it('writes the English day of a spelled-out month as an ordinal, and only there', () => {
    const days = ['01', '02', '03', '04', '11', '12', '13', '21', '22', '23', '24', '31'];
    expect(days.map((day) => formatIsoDate(`2027-03-${day}`, 'en').split(',')[0])).toEqual([
      'March 1st',
      'March 2nd',
      'March 3rd',
      'March 4th',
      'March 11th',
      'March 12th',
      'March 13th',
      'March 21st',
      'March 22nd',
      'March 23rd',
      'March 24th',
      'March 31st',
    ]);
    expect(formatIsoDate('2027-03-22', 'en', 'medium')).toBe('Mar 22, 2027');
    expect(formatIsoDate('2027-03-22', 'es')).toBe('22 de marzo de 2027');
  });
  it('never shifts a day near the year boundary', () => {
    expect(formatIsoDate('2026-12-31', 'en', 'medium')).toBe('Dec 31, 2026');
    expect(formatIsoDate('2027-01-01', 'es', 'medium')).toBe('1 ene 2027');
  });
  it('rejects dates that do not exist, naming what it expected', () => {
    expect(() => formatIsoDate('2026-02-30', 'en')).toThrow(SelRuleError);
    expect(() => formatIsoDate('2026-02-30', 'en')).toThrow(/YYYY-MM-DD/);
  });
});
