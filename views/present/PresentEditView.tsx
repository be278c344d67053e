import type { Metadata } from 'next';
import { Suspense } from 'react';
import { defaultDeck } from '@/components/present/deck';
import { DeckEditor } from '@/components/present/DeckEditor';
import { slideLibrary } from '@/components/present/notes/slideLibrary.server';
import { deckWords } from '@/components/present/words/deckWords.server';
import { messages, type Locale } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { pageMetadata } from '../metadata';

export function presentEditMetadata(locale: Locale): Metadata {
  return pageMetadata(locale, (o) => paths.presentEdit(o), { title: messages(locale).present.metadata.editTitle, noIndex: true });
}

/** /present/edit: the deck editor; the deck comes from the URL, this browser, or the default. */
export function PresentEditView({ locale }: { locale: Locale }) {
  const t = messages(locale).present;
  const library = slideLibrary(locale);
  const defaults = defaultDeck(library.views.maxYear);
  return (
    <main aria-label={t.metadata.editTitle}>
      <Suspense fallback={<p className="page">{t.deck.loading}</p>}>
        <DeckEditor words={deckWords(locale)} library={library} defaults={defaults} />
      </Suspense>
    </main>
  );
}
