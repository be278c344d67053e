import type { LocaleMessages } from '../shape';
import { charts } from './charts';
import { data } from './data';
import { exportStrings } from './export';
import { formatWords } from './format';
import { map } from './map';
import { present } from './present';
import { shell } from './shell';

/** All Russian strings, by feature: the same keys as English (locales/en), every value translated.
 * Counted nouns are ICU plurals (one/few/many/other); terms follow locales/GLOSSARY.md. */
export const ru = { shell, map, charts, data, export: exportStrings, present, format: formatWords } satisfies LocaleMessages;
