import { charts } from './charts';
import { data } from './data';
import { exportStrings } from './export';
import { formatWords } from './format';
import { map } from './map';
import { present } from './present';
import { shell } from './shell';

/** All English strings, by feature. A new locale is a sibling folder with the same shape. */
export const en = { shell, map, charts, data, export: exportStrings, present, format: formatWords } as const;
export type Messages = typeof en;
