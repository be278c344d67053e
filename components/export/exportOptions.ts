/**
 * The Export menu's entries as data: what each one makes. Labels live in locales/<locale>/export.ts
 * under the same keys.
 */
import type { ExportFormat } from './exportView';

export type ExportOptionKey = 'png1' | 'png2' | 'png4' | 'png1920' | 'png1200' | 'svg' | 'csv' | 'copy';

export type ExportAction = { type: 'file'; format: ExportFormat } | { type: 'copy' };

export const EXPORT_OPTIONS: readonly { key: ExportOptionKey; action: ExportAction }[] = [
  { key: 'png1', action: { type: 'file', format: { type: 'png', size: { scale: 1 } } } },
  { key: 'png2', action: { type: 'file', format: { type: 'png', size: { scale: 2 } } } },
  { key: 'png4', action: { type: 'file', format: { type: 'png', size: { scale: 4 } } } },
  { key: 'png1920', action: { type: 'file', format: { type: 'png', size: { width: 1920, height: 1080 } } } },
  { key: 'png1200', action: { type: 'file', format: { type: 'png', size: { width: 1200, height: 675 } } } },
  { key: 'svg', action: { type: 'file', format: { type: 'svg' } } },
  { key: 'csv', action: { type: 'file', format: { type: 'csv' } } },
  { key: 'copy', action: { type: 'copy' } },
];

export function exportOption(key: string): ExportAction | undefined {
  return EXPORT_OPTIONS.find((o) => o.key === key)?.action;
}
