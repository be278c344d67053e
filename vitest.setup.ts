/** Printed once per test run: which checks skip on this machine, and how to run them. */
import { seedArticleSkipReason } from './data/testing/seedArticle';

export default function setup(): void {
  const reason = seedArticleSkipReason();
  if (reason !== null) process.stdout.write(`${reason}\n`);
}
