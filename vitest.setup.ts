/** Printed once per test run: which checks skip on this machine, and how to run them. */
import { sofficeSkipReason } from './components/export/pptx/testing/soffice';
import { seedArticleSkipReason } from './data/testing/seedArticle';

export default function setup(): void {
  for (const reason of [seedArticleSkipReason(), sofficeSkipReason()]) {
    if (reason !== null) process.stdout.write(`${reason}\n`);
  }
}
