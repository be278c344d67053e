import { describe, expect, it, vi } from 'vitest';
import type { PptxSlide } from './deckTypes';
import { downloadPptx, PPTX_MIME, pptxDoneText, pptxProgressText } from './downloadPptx';
import { placeholderPng } from './testing/placeholderPng';
import { deckWords } from '@/components/present/words/deckWords.server';

const downloads = vi.hoisted(() => [] as { blob: Blob; name: string }[]);
vi.mock('../output/deliver', () => ({ download: (blob: Blob, name: string) => downloads.push({ blob, name }) }));

describe('downloadPptx', () => {
  it('builds the file, names it by the briefing’s date and hands it to the browser', async () => {
    const slides: PptxSlide[] = [
      { title: 'Joint exercises per year, by kind', notes: 'Two in 2019.', sourceLine: 'Source: TASS (2019)', asOf: 'Data as of 10 March 2026', image: placeholderPng(80, 40) },
      { title: 'Sources', notes: '', sourceLine: '', asOf: 'Data as of 10 March 2026', body: ['TASS'] },
    ];
    const seen: string[] = [];
    const result = await downloadPptx({ title: 'Briefing', asOf: '2026-03-10', date: '2026-12-05' }, slides, (p) => seen.push(pptxProgressText(p, deckWords('en'))));
    expect(result).toMatchObject({ file: 'sco-briefing-2026-12-05.pptx', slides: 2 });
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.name).toBe('sco-briefing-2026-12-05.pptx');
    expect(downloads[0]?.blob.type).toBe(PPTX_MIME);
    expect(downloads[0]?.blob.size).toBe(result.bytes);
    expect(seen).toEqual([
      'Building the PowerPoint file: slide 1 of 2…',
      'Building the PowerPoint file: slide 2 of 2…',
      'Writing the PowerPoint file (2 slides)…',
    ]);
    expect(pptxDoneText(result, deckWords('en'))).toBe('Downloaded sco-briefing-2026-12-05.pptx (2 slides)');
    // In the deck's language; the file's name stays ASCII.
    expect(pptxProgressText({ phase: 'slides', done: 3, total: 16 }, deckWords('ru'))).toMatch(/PowerPoint.*3.*16/);
    expect(pptxProgressText({ phase: 'slides', done: 3, total: 16 }, deckWords('ru'))).toMatch(/\p{Script=Cyrillic}/u);
    expect(pptxDoneText(result, deckWords('zh'))).toContain('sco-briefing-2026-12-05.pptx');
    expect(pptxDoneText(result, deckWords('zh'))).toMatch(/\p{Script=Han}/u);
  });
});
