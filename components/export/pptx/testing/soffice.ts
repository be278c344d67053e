/**
 * LibreOffice (`soffice`) for the test that opens the .pptx as a reader's office suite would and
 * converts it to PDF. Not every machine has it (`apt-get install -y libreoffice-impress`); without
 * it that test skips and `vitest.setup.ts` prints one line saying so. `SOFFICE` may name the binary.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const SOFFICE_ENV = 'SOFFICE';

const CANDIDATES = ['soffice', 'libreoffice'];
const FIXED = ['/Applications/LibreOffice.app/Contents/MacOS/soffice'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The soffice binary: `SOFFICE`, else the first on PATH, else null. */
export function sofficePath(): string | null {
  const configured = process.env[SOFFICE_ENV];
  if (configured) return executable(configured) ? configured : null;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of CANDIDATES) for (const dir of dirs) if (executable(join(dir, name))) return join(dir, name);
  return FIXED.find(executable) ?? null;
}

/** Why the LibreOffice check did not run, or null when it does. */
export function sofficeSkipReason(): string | null {
  if (sofficePath() !== null) return null;
  const configured = process.env[SOFFICE_ENV];
  return configured
    ? `PowerPoint-in-LibreOffice check skipped: ${SOFFICE_ENV}=${configured} is not an executable.`
    : 'PowerPoint-in-LibreOffice check skipped: no soffice on PATH (apt-get install -y libreoffice-impress, or set SOFFICE) to convert the .pptx to PDF and count its pages.';
}
