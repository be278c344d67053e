/**
 * A date inside a cell's or a label's words ("Member from 2017-06-09", "с 07.2005 по 09.06.2017"):
 * in English as the data writes it (ISO 8601 at the source's precision); in Chinese in its words
 * ("2005年7月"); in Russian in numbers ("07.2005", "09.06.2017"), because the words would follow a
 * preposition ("с июля") and Intl names a month alone in the nominative ("июль 2005 г.").
 */
import { formatPartialDate } from './format';
import type { SiteLocale } from './messages/locales';

export function dateInWords(date: string, locale: SiteLocale): string {
  if (locale === 'en') return date;
  if (locale !== 'ru') return formatPartialDate(date, locale);
  const [year, month, day] = date.split('-');
  return [day, month, year].filter((part) => part !== undefined).join('.');
}
