import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { RootDocument } from '@/components/shell/RootDocument';
import { SiteChrome } from '@/components/shell/SiteChrome';
import { messages } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import './globals.css';

/**
 * Any address that is no page, in any language (the site has two root layouts, so the not-found
 * page is its own document: `experimental.globalNotFound`). In English, with links to the
 * dashboard in each language.
 */
const t = messages('en').shell.notFound;

export const metadata: Metadata = { title: t.title };

export default function GlobalNotFound() {
  return (
    <RootDocument locale="en">
      <SiteChrome locale="en" notFound>
        <div className="page page-fills-screen">
          <h1>{t.title}</h1>
          <p className="lede">{t.body}</p>
          <ul>
            <li>
              <Link href={paths.home()}>{t.home}</Link>
            </li>
            <li>
              <Link href={paths.data()}>{t.data}</Link>
            </li>
            <li lang="ru">
              <a href={paths.home({ locale: 'ru' })} hrefLang="ru">{messages('ru').shell.notFound.home}</a>
            </li>
            <li lang="zh-Hans">
              <a href={paths.home({ locale: 'zh' })} hrefLang="zh-Hans">{messages('zh').shell.notFound.home}</a>
            </li>
          </ul>
        </div>
      </SiteChrome>
    </RootDocument>
  );
}
