/**
 * A catalogue message whose arguments are elements (a note in a span with its own `lang`): the
 * message is formatted in the locale with a marker in each element's place, and the elements
 * are put back where the markers fell, so the sentence stays the catalogue's. Server only.
 */
import { Fragment, type ReactNode } from 'react';
import { format, type Locale } from '@/lib/i18n';

const MARK = '\u{F8FF}';

export function RichMessage({ message, locale, values }: { message: string; locale: Locale; values: Readonly<Record<string, ReactNode>> }) {
  const names = Object.keys(values);
  const text = format(message, Object.fromEntries(names.map((name, i) => [name, `${MARK}${i}${MARK}`])), locale);
  const pieces = text.split(new RegExp(`${MARK}(\\d+)${MARK}`, 'u'));
  return (
    <>
      {pieces.map((piece, i) => (
        <Fragment key={i}>{i % 2 === 1 ? values[names[Number(piece)] ?? ''] : piece}</Fragment>
      ))}
    </>
  );
}
