import { describe, expect, it } from 'vitest';
import { BANNED_HOSTS, bannedHostOf } from './bannedHosts';
import { sources } from '.';

describe('banned hosts', () => {
  it('no source rests on one', () => {
    const found = sources.flatMap((s) => {
      const banned = s.url === undefined ? undefined : bannedHostOf(s.url);
      return banned ? [`${s.id}: ${s.url} (${banned.reason})`] : [];
    });
    expect(found).toEqual([]);
  });

  it('match the host and its subdomains, not a name that merely contains it', () => {
    expect(bannedHostOf('https://m.keyanhelp.cn/x')?.host).toBe('keyanhelp.cn');
    expect(bannedHostOf('https://www.scribd.com/document/1')?.host).toBe('scribd.com');
    expect(bannedHostOf('http://209.141.35.7:8011/page')?.host).toBe('209.141.35.7');
    expect(bannedHostOf('https://notscribd.com/x')).toBeUndefined();
    expect(bannedHostOf('https://en.wikipedia.org/w/index.php?oldid=1')).toBeUndefined();
  });

  it('each say why', () => {
    for (const b of BANNED_HOSTS) expect(b.reason.length, b.host).toBeGreaterThan(10);
  });

  it('Wikipedia is cited on its own domain with a permanent link', () => {
    for (const s of sources.filter((x) => x.url !== undefined && new URL(x.url).hostname.endsWith('wikipedia.org'))) {
      expect(s.url, s.id).toMatch(/[?&]oldid=\d+/);
    }
  });
});
