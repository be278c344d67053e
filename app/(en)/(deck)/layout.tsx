import type { ReactNode } from 'react';
import { DECK_THEME_SCRIPT } from '@/components/present/deckTheme';
import { DeckNoScript } from '@/components/present/DeckNoScript';
import { DeckThemeScope } from '@/components/present/DeckThemeScope';

/**
 * Briefing mode (`/present`, its presenter view and its editor): full-bleed pages without the
 * site's header and footer. The deck's own theme (projector unless the briefer picks another) is
 * applied before the first paint, over the site's. Without JavaScript, a note says what needs it
 * and links to the pages that do not.
 */
export default function DeckLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: DECK_THEME_SCRIPT }} />
      <DeckThemeScope />
      <DeckNoScript locale="en" />
      {children}
    </>
  );
}
