/**
 * The static outline for any year, before the app runs: each state's status in every year as
 * one letter per year, and the tiny inline script that, on a deep link to another year
 * (`/?year=2003`), fills the outline for that year before the first paint. The same script marks
 * `<html data-map-deeplink>`, which hides the legend and year readout (built for the default
 * year) until the app has hydrated and drawn the linked year (globals.css).
 */
import { statusesInYear } from './mapModel';
import type { StatusKey } from './StatusPatterns';
import type { MapStateSummary } from './types';

/** One letter per status; `-` for none. */
export const STATUS_LETTER = {
  shanghaiFive: 'F',
  member: 'M',
  observer: 'O',
  dialoguePartner: 'D',
  partner: 'P',
  none: '-',
} as const satisfies Record<StatusKey, string>;

export interface OutlineYears {
  minYear: number;
  /** Per ISO numeric id: the status letter of each year from `minYear` on. */
  codes: Record<string, string>;
  /** The fill of each letter (a colour or a pattern url). */
  fills: Record<string, string>;
}

export function outlineYears(
  states: readonly MapStateSummary[],
  range: { minYear: number; maxYear: number },
  asOf: number,
  fillOf: (status: StatusKey) => string,
): OutlineYears {
  const codes: Record<string, string> = {};
  for (const s of states) codes[s.numericId] = '';
  for (let year = range.minYear; year <= range.maxYear; year++) {
    const statuses = statusesInYear(states, year, asOf);
    for (const s of states) codes[s.numericId] += STATUS_LETTER[statuses.get(s.id) ?? 'none'];
  }
  const fills: Record<string, string> = {};
  for (const [status, letter] of Object.entries(STATUS_LETTER)) fills[letter] = fillOf(status as StatusKey);
  return { minYear: range.minYear, codes, fills };
}

/**
 * Runs right after the outline's <svg> (its previous sibling), while the page is parsed: if the
 * URL names another year the data covers, it fills each state for that year. Plain ES5, no
 * dependencies; its text never changes, so a strict CSP needs one hash for it.
 */
export const OUTLINE_YEAR_SCRIPT = `(function(){try{var s=document.currentScript.previousElementSibling,y=new URLSearchParams(location.search).get('year');if(!s||!y||!/^\\d{4}$/.test(y)||y===s.getAttribute('data-static-outline'))return;var d=JSON.parse(s.getAttribute('data-years')),i=+y-d.minYear,p=s.querySelectorAll('path[data-n]');if(i<0)return;for(var k=0;k<p.length;k++){var c=(d.codes[p[k].getAttribute('data-n')]||'')[i];if(!c)return}for(k=0;k<p.length;k++){c=d.codes[p[k].getAttribute('data-n')][i];p[k].setAttribute('fill',d.fills[c]);p[k].setAttribute('data-status-letter',c)}s.setAttribute('data-static-outline',y);s.setAttribute('aria-label',s.getAttribute('aria-label').replace(/\\d{4}/,y));document.documentElement.setAttribute('data-map-deeplink',y)}catch(e){}})();`;
