/**
 * The year on the map as classes, so that a year step is one class change on the map's svg and
 * no render of its layers: every year's markers are in the DOM (EventLayer), each with a class per
 * year it shows in, and one rule per year shows those of the svg's year. Classes rather than
 * attributes: the browser files the rules by the marker's class and rejects the other years'
 * rules on the svg's class at once (a `[data-years~="2017"]` rule per year cost 10 µs a marker
 * per step, measured). Pure.
 */

/** The svg's class for `year`. */
export const mapYearClass = (year: number) => `map-year-${year}`;

/** A marker's class for each year it shows in. */
export const shownInClass = (year: number) => `shown-${year}`;

export const shownInClasses = (years: readonly number[]) => years.map(shownInClass).join(' ');

/** Selects, among every year's markers, those shown in `year` (for focus and the tab stop). */
export const shownInSelector = (year: number) => `.${shownInClass(year)}`;

/**
 * The years yearRules.css has a rule for: a static stylesheet (the strict Content-Security-Policy
 * refuses a <style> written at run time), generously wider than the data's years
 * (yearClasses.test.ts checks both).
 */
export const YEAR_RULES = { from: 1990, to: 2050 } as const;

/** The rules: a marker layer's year-bound items are hidden but in the svg's year. */
export function yearStyleText(minYear: number, maxYear: number): string {
  const rules = ['[data-marker-layer] [data-year-bound]{display:none}'];
  for (let y = minYear; y <= maxYear; y++) rules.push(`.${mapYearClass(y)} [data-marker-layer] .${shownInClass(y)}{display:inline}`);
  return rules.join('\n');
}
