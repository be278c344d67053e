import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { SiteChrome } from '@/components/shell/SiteChrome';
import { messages } from '@/lib/i18n';
import { paths } from '@/lib/paths';

const t = messages().shell.notFound;

export const metadata: Metadata = { title: t.title };

export default function NotFound() {
  return (
    <SiteChrome>
      <div className="page">
        <h1>{t.title}</h1>
        <p className="lede">{t.body}</p>
        <ul>
          <li>
            <Link href={paths.home()}>{t.home}</Link>
          </li>
          <li>
            <Link href={paths.data()}>{t.data}</Link>
          </li>
        </ul>
      </div>
    </SiteChrome>
  );
}
