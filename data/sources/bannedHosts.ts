/**
 * Hosts no figure may rest on, each with the reason. A careful reader would not accept them: copies
 * of other publishers' pages (cite the original), exam-preparation and scraper sites, content
 * farms and aggregators that rewrite or machine-translate agency copy, and sites that publish
 * fabricated or conspiratorial material. `bannedHosts.test.ts` fails on any source whose URL is
 * on one of them. Where only Wikipedia holds a fact, cite en.wikipedia.org with `oldid=`.
 */
export const BANNED_HOSTS = [
  // Copies of Wikipedia on other domains: cite en.wikipedia.org with a permanent link.
  { host: 'movatter.jp', reason: 'a copy of Wikipedia on another domain' },
  { host: 'wikien4.appspot.com', reason: 'a copy of Wikipedia on another domain' },
  { host: 'wikimili.com', reason: 'a copy of Wikipedia on another domain' },
  { host: 'wikiclassic.com', reason: 'a copy of Wikipedia on another domain' },
  // Exam preparation and encyclopedia scrapers.
  { host: 'nammakpsc.com', reason: 'an exam-preparation site' },
  { host: 'ssbcrack.com', reason: 'an exam-preparation site' },
  { host: 'photius.com', reason: 'an encyclopedia scraper (copies of old reference works)' },
  // Copies of another outlet's report on unrelated or unknown hosts: cite the original outlet.
  { host: 'aolaikelin.cn', reason: 'an unrelated site holding a copy of a China Daily report' },
  { host: 'keyanhelp.cn', reason: 'an unrelated site holding a copy of a Xinhua report' },
  { host: 'tiendagourmet.co', reason: 'a shop’s site holding a copy of a RIA Novosti report' },
  { host: 'kllproject.lv', reason: 'an unrelated site holding a copy of a Xinhua report' },
  { host: '209.141.35.7', reason: 'a bare IP address proxying another outlet’s page' },
  { host: 'scribd.com', reason: 'a user upload of someone else’s publication' },
  { host: 'tolerance.ca', reason: 'a republication of another organisation’s statement' },
  { host: 'kazworld.info', reason: 'a copy of a RIA Novosti report' },
  { host: 'blogspot.com', reason: 'a personal blog re-posting agency copy' },
  { host: 'armenianclub.com', reason: 'a club’s site re-posting a Sputnik report' },
  { host: 'globalresearch.ca', reason: 'republishes others’ reports; publishes conspiratorial material' },
  { host: 'voltairenet.org', reason: 'publishes conspiratorial and fabricated material' },
  // Travel guides: not a source for where a place lies or who holds it.
  { host: 'orexca.com', reason: 'a travel guide' },
  // Aggregators, content farms and machine-translated re-writes.
  { host: 'kxan36news.com', reason: 'a machine-translated news aggregator' },
  { host: 'menafn.com', reason: 'an aggregator of press releases and syndicated copy' },
  { host: 'devdiscourse.com', reason: 'an aggregator re-publishing agency copy' },
  { host: 'latestly.com', reason: 'an aggregator re-publishing agency copy' },
  { host: 'redorbit.com', reason: 'an aggregator re-publishing agency copy' },
  { host: 'urdupoint.com', reason: 'an aggregator re-publishing Sputnik copy' },
  { host: 'opoyi.com', reason: 'a content farm' },
  { host: 'pubt.io', reason: 'a content farm' },
  { host: 'kontentchi.com', reason: 'a content farm' },
  { host: 'russiafeed.com', reason: 'a content farm' },
  { host: 'business-news-today.com', reason: 'a content farm' },
  { host: 'marksmendaily.com', reason: 'a content farm' },
  { host: 'mumbaitoday.news', reason: 'a content farm' },
  { host: 'indiapostlive.com', reason: 'a content farm' },
  { host: 'governancetoday.co.in', reason: 'a content farm' },
  { host: 'newsghana.com.gh', reason: 'a foreign aggregator re-posting a ministry’s statement: cite the ministry' },
  { host: 'xebersaati.com', reason: 'an aggregator re-writing agency copy' },
  { host: 'suckhoedoisong.vn', reason: 'a health newspaper re-writing agency copy' },
  { host: 'barcelonaradical.net', reason: 'an activist site quoting another organisation’s report' },
  { host: 'rossaprimavera.ru', reason: 'a movement’s blog re-posting ministry figures' },
  { host: 'idrw.org', reason: 'a defence blog re-writing others’ reports' },
  { host: 'indiandefensenews.in', reason: 'a defence blog re-writing others’ reports' },
  { host: 'defenceview.in', reason: 'a defence blog re-writing others’ reports' },
] as const satisfies readonly { host: string; reason: string }[];

/** The banned entry a URL's host is, or is under (`m.keyanhelp.cn` is under `keyanhelp.cn`). */
export function bannedHostOf(url: string): (typeof BANNED_HOSTS)[number] | undefined {
  const host = new URL(url).hostname.toLowerCase();
  return BANNED_HOSTS.find((b) => host === b.host || host.endsWith(`.${b.host}`));
}
