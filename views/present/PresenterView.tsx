import type { Metadata } from 'next';
import { Suspense } from 'react';
import { defaultDeck } from '@/components/present/deck';
import { slideLibrary } from '@/components/present/notes/slideLibrary.server';
import { Presenter } from '@/components/present/Presenter';
import { deckWords } from '@/components/present/words/deckWords.server';
import { messages, type Locale } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { pageMetadata } from '../metadata';
import deckStyles from '@/components/present/Deck.module.css';

export function presenterMetadata(locale: Locale): Metadata {
  return pageMetadata(locale, (o) => paths.presenter(o), { title: messages(locale).present.metadata.presenterTitle, noIndex: true });
}

/** /present/presenter: the presenter view, a second window that follows and drives /present. */
export function PresenterView({ locale }: { locale: Locale }) {
  const t = messages(locale).present;
  const library = slideLibrary(locale);
  const defaults = defaultDeck(library.views.maxYear);
  return (
    <main className={deckStyles.fullWindow} aria-label={t.metadata.presenterTitle}>
      <Suspense fallback={<p className="page">{t.deck.loading}</p>}>
        <Presenter words={deckWords(locale)} library={library} defaults={defaults} />
      </Suspense>
    </main>
  );
}
