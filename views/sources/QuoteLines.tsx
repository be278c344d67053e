/**
 * A citation's quote and locator ("p. 4"), one line each, as /sources and /sources/contested show
 * them under a figure or a claim. No hooks: server and client parts both render it.
 */
import styles from './quoteLines.module.css';

export interface QuoteLinesProps {
  quote?: string;
  locator?: string;
  /** The locator's template, resolved by the caller's locale: "Locator: {locator}". */
  locatorLabel: string;
}

export function QuoteLines({ quote, locator, locatorLabel }: QuoteLinesProps) {
  return (
    <>
      {quote ? <q className={styles.quote}>{quote}</q> : null}
      {locator ? <span className={styles.locator}>{locatorLabel.replace('{locator}', () => locator)}</span> : null}
    </>
  );
}
