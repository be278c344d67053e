import { describe, expect, it } from 'vitest';
import { pageDataFileFor, pageDataUrl, takePageData } from './pageData';

/** An entry as Next writes it: JSON, with `</` escaped so the text cannot end the script. */
const push = (text: string) => `<script>self.__next_f.push(${JSON.stringify([1, text]).replaceAll('</', '<\\/')})</script>`;
const page = [
  '<!DOCTYPE html><html><head><script>document.documentElement.dataset.theme="dark"</script></head>',
  '<body><h1>Title</h1>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  push('1:"$Sreact.fragment"\n'),
  push('2:["$","h1",null,{"children":"Title </script> & “quotes”"}]\n'),
  '</body></html>',
].join('');

describe('takePageData', () => {
  it('takes Next’s page data out of the page, in order, and keeps every other script', () => {
    const { html, text } = takePageData(page);
    expect(text).toBe('1:"$Sreact.fragment"\n2:["$","h1",null,{"children":"Title </script> & “quotes”"}]\n');
    expect(html).not.toContain('__next_f');
    for (const kept of ['dataset.theme="dark"', 'TURBOPACK', '<h1>Title</h1>']) expect(html).toContain(kept);
  });

  it('leaves a page without page data as it is', () => {
    const plain = '<html><body><p>Hi</p><script>var a=1</script></body></html>';
    expect(takePageData(plain)).toEqual({ html: plain, text: null });
  });

  it('stops on page data it does not recognise rather than dropping it', () => {
    const start = '<script>(self.__next_f=self.__next_f||[]).push([0])</script>';
    expect(() => takePageData(`<body>${start}<script>self.__next_f.push([2,null])</script></body>`)).toThrow(/does not recognise/);
    expect(() => takePageData(`<body>${start}<script>self.__next_f.push([3,"AAEC"])</script></body>`)).toThrow(/does not recognise/);
    expect(() => takePageData(`<body>${start}<script>self.__next_f.push([1,"a"]);go()</script></body>`)).toThrow(/does not recognise/);
    expect(() => takePageData(`<body>${push('a')}${start}</body>`)).toThrow(/before the page data starts/);
    expect(() => takePageData(`<body>${start}${start}</body>`)).toThrow(/twice/);
    expect(() => takePageData('<body><script>self.__next_f=[]</script></body>')).toThrow(/does not recognise/);
  });
});

describe('pageDataUrl', () => {
  const files = new Map([
    ['/index.txt', 'home'],
    ['/charts/index.txt', 'charts'],
    ['/_not-found/index.txt', 'not found'],
  ]);

  it('names the file Next exports beside the page when it holds the same text', () => {
    expect(pageDataFileFor('charts/index.html')).toBe('charts/index.txt');
    expect(pageDataUrl('charts/index.html', 'charts', files)).toBe('/charts/index.txt');
    expect(pageDataUrl('index.html', 'home', files)).toBe('/index.txt');
  });

  it('finds another page’s file with the same text for a page exported without one (404.html)', () => {
    expect(pageDataUrl('404.html', 'not found', files)).toBe('/_not-found/index.txt');
  });

  it('names no file when none holds exactly the page’s text', () => {
    expect(pageDataUrl('charts/index.html', 'charts, changed', files)).toBeNull();
  });
});
