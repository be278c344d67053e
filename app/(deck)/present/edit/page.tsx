import type { Metadata } from 'next';
import { Suspense } from 'react';
import { defaultDeck } from '@/components/present/deck';
import { DeckEditor } from '@/components/present/DeckEditor';
import { slideLibrary } from '@/components/present/notes/slideLibrary.server';
import { messages } from '@/lib/i18n';

const t = messages().present;

export const metadata: Metadata = { title: t.metadata.editTitle, robots: { index: false } };

/** /present/edit: the deck editor; the deck comes from the URL, this browser, or the default. */
export default function EditPage() {
  const library = slideLibrary();
  const defaults = defaultDeck(library.views.maxYear);
  return (
    <main aria-label={t.metadata.editTitle}>
      <Suspense fallback={<p className="page">{t.deck.loading}</p>}>
        <DeckEditor library={library} defaults={defaults} />
      </Suspense>
    </main>
  );
}
