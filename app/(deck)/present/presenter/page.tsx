import type { Metadata } from 'next';
import { Suspense } from 'react';
import { defaultDeck } from '@/components/present/deck';
import { slideLibrary } from '@/components/present/notes/slideLibrary.server';
import { Presenter } from '@/components/present/Presenter';
import { messages } from '@/lib/i18n';
import deckStyles from '@/components/present/Deck.module.css';

const t = messages().present;

export const metadata: Metadata = { title: t.metadata.presenterTitle, robots: { index: false } };

/** /present/presenter: the presenter view, a second window that follows and drives /present. */
export default function PresenterPage() {
  const library = slideLibrary();
  const defaults = defaultDeck(library.views.maxYear);
  return (
    <main className={deckStyles.fullWindow} aria-label={t.metadata.presenterTitle}>
      <Suspense fallback={<p className="page">{t.deck.loading}</p>}>
        <Presenter library={library} defaults={defaults} />
      </Suspense>
    </main>
  );
}
