/**
 * What the deck says about a deck link it could not read in full: the parts it left out and why,
 * the slides whose view was partly reset, or that it shows the default briefing instead. Nothing
 * when the link was read whole. A polite status, so a screen reader hears it once.
 */
import { format, messages } from '@/lib/i18n';
import type { DeckSource } from './deckSource';
import styles from './Deck.module.css';

export function DeckNotice({ source }: { source: DeckSource }) {
  const t = messages().present.deck;
  const lines: string[] = [];
  if (source.failed) lines.push(format(t.ignoredAll, { reason: t.reasons[source.failed] }));
  else if (source.ignored.length > 0) {
    lines.push(`${t.ignoredIntro} ${source.ignored.map((p) => format(t.ignoredPart, { position: p.position, text: p.text, reason: t.reasons[p.reason] })).join('; ')}.`);
  }
  if (source.adjusted.length > 0) lines.push(format(t.adjusted, { positions: source.adjusted.join(', ') }));
  return (
    <div role="status" className={lines.length > 0 ? styles.notice : undefined}>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
