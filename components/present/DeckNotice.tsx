/**
 * What the deck says about a deck link it could not read in full: the parts it left out and why,
 * the slides whose view was partly reset, or that it shows the default briefing instead. Nothing
 * when the link was read whole. A polite status, so a screen reader hears it once.
 */
import { LOCALE_TAGS } from '@/lib/messages/locales';
import type { DeckSource } from './deckSource';
import { useDeckWords } from './words/DeckWordsContext';
import styles from './Deck.module.css';

export function DeckNotice({ source }: { source: DeckSource }) {
  const { words, t: say } = useDeckWords();
  const t = words.deck;
  const lines: string[] = [];
  if (source.failed) lines.push(say(t.ignoredAll, { reason: say(t.reasons[source.failed]) }));
  else if (source.ignored.length > 0) {
    lines.push(say(t.ignoredIntro), ...source.ignored.map((p) => say(t.ignoredPart, { position: p.position, text: p.text, reason: say(t.reasons[p.reason]) })));
  }
  if (source.adjusted.length > 0) lines.push(say(t.adjusted, { positions: new Intl.ListFormat(LOCALE_TAGS[words.locale], { type: 'conjunction' }).format(source.adjusted.map(String)) }));
  return (
    <div role="status" className={lines.length > 0 ? styles.notice : undefined}>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
