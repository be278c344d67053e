/** The first focusable element on every page: jumps past the header to the main content. */
import { messages } from '@/lib/i18n';
import styles from './SkipLink.module.css';

export const MAIN_ID = 'main';

export function SkipLink() {
  return (
    <a href={`#${MAIN_ID}`} className={styles.skip}>
      {messages().shell.skipLink}
    </a>
  );
}
