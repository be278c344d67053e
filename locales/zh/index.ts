import type { LocaleMessages } from '../shape';
import { charts } from './charts';
import { data } from './data';
import { exportStrings } from './export';
import { formatWords } from './format';
import { map } from './map';
import { present } from './present';
import { shell } from './shell';

/** All Chinese (Simplified, zh-Hans) strings, by feature; the same shape as `en`. */
export const zh = { shell, map, charts, data, export: exportStrings, present, format: formatWords } satisfies LocaleMessages;
